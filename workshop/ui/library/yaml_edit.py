"""The text box of the trainer's editor: YAML with line numbers and a mark beside each line at fault."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from workshop.library.problems import Problem
from workshop.ui.language import problem_message
from workshop.ui.widgets.theme import CONSOLE

MARK_COLOUR = "#fdecea"


class YamlEdit(QPlainTextEdit):
    """A plain-text editor with line numbers and a mark beside each line at fault."""

    saveRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("yamlEdit")
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        self.marked: dict[int, str] = {}  # 1-based line -> its messages
        # A light scheme in every theme, as code editors keep theirs: the syntax
        # colours, the margin and the marks are all chosen for a light page.
        self.setStyleSheet(f"QPlainTextEdit {{ background: #ffffff; color: {CONSOLE.text}; "
                           f"selection-background-color: {CONSOLE.selection}; }}")
        self.margin = _Margin(self)
        self.blockCountChanged.connect(self._fit_margin)
        self.updateRequest.connect(self._scroll_margin)
        self._fit_margin()

    def margin_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 18 + self.fontMetrics().horizontalAdvance("9") * digits + 8

    def _fit_margin(self) -> None:
        self.setViewportMargins(self.margin_width(), 0, 0, 0)

    def _scroll_margin(self, rect: QRect, dy: int) -> None:
        if dy:
            self.margin.scroll(0, dy)
        else:
            self.margin.update(0, rect.y(), self.margin.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        area = self.contentsRect()
        self.margin.setGeometry(QRect(area.left(), area.top(), self.margin_width(), area.height()))

    def event(self, event: QEvent) -> bool:
        # The window's run shortcuts (PgDown: next step, Ctrl+Right...) must not
        # fire while a trainer types here with a session open: keys that edit
        # or move through text belong to the editor. Function keys stay global.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and (_is_editing_key(event) or event.matches(QKeySequence.StandardKey.Save)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # YAML refuses tabs for indenting: the Tab key indents with two spaces.
        if event.key() == Qt.Key.Key_Tab and not event.modifiers():
            self.insertPlainText("  ")
            return
        if event.matches(QKeySequence.StandardKey.Save):
            # Claimed here, not left to a window shortcut: another page's Ctrl+S
            # (the planner's) would make the key ambiguous and do nothing.
            self.saveRequested.emit()
            return
        super().keyPressEvent(event)

    def set_problems(self, problems: list[Problem]) -> None:
        """Mark the lines of `problems` and underline each from its column."""
        self.marked = {}
        selections: list[QTextEdit.ExtraSelection] = []
        for problem in problems:
            if not problem.line:
                continue
            block = self.document().findBlockByNumber(problem.line - 1)
            if not block.isValid():
                continue
            earlier = self.marked.get(problem.line)
            self.marked[problem.line] = f"{earlier}\n{problem_message(problem)}" if earlier \
                else problem_message(problem)
            whole = QTextEdit.ExtraSelection()
            whole.format.setBackground(QColor(MARK_COLOUR))
            whole.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            whole.cursor = QTextCursor(block)
            selections.append(whole)
            selections.append(self._underline(block.text(), block.position(), problem.column))
        self.setExtraSelections(selections)
        self.margin.update()

    def _underline(self, line: str, start: int, column: int) -> QTextEdit.ExtraSelection:
        first = min(max(column - 1, 0), max(len(line) - 1, 0))
        last = first + 1
        while last < len(line) and not line[last].isspace():
            last += 1
        mark = QTextEdit.ExtraSelection()
        mark.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        mark.format.setUnderlineColor(QColor(CONSOLE.error))
        cursor = QTextCursor(self.document())
        cursor.setPosition(start + first)
        cursor.setPosition(start + min(last, len(line)), QTextCursor.MoveMode.KeepAnchor)
        mark.cursor = cursor
        return mark

    def marked_lines(self) -> list[int]:
        """The 1-based lines with a full-line mark, as a test or a screen reader would ask."""
        return sorted({selection.cursor.blockNumber() + 1 for selection in self.extraSelections()
                       if selection.format.property(QTextFormat.Property.FullWidthSelection)})

    def go_to(self, line: int, column: int) -> None:
        """Put the cursor at a 1-based line and column and show it."""
        block = self.document().findBlockByNumber(max(line, 1) - 1)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=min(max(column - 1, 0), block.length() - 1))
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()

    def paint_margin(self, event: QPaintEvent) -> None:
        painter = QPainter(self.margin)
        painter.fillRect(event.rect(), QColor(CONSOLE.background))
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            number = block.blockNumber() + 1
            if block.isVisible():
                if number in self.marked:
                    painter.setBrush(QColor(CONSOLE.error))
                    painter.setPen(Qt.PenStyle.NoPen)
                    size = min(10, height - 4)
                    painter.drawEllipse(4, top + (height - size) // 2, size, size)
                painter.setPen(QColor(CONSOLE.error if number in self.marked else CONSOLE.muted))
                painter.drawText(0, top, self.margin.width() - 6, height,
                                 Qt.AlignmentFlag.AlignRight, str(number))
            top += round(self.blockBoundingRect(block).height())
            block = block.next()


_MOVING_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
                          Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


def _is_editing_key(event: QKeyEvent) -> bool:
    key = Qt.Key(event.key())
    if Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35 or key == Qt.Key.Key_Escape:
        return False
    modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
    if modifiers == Qt.KeyboardModifier.NoModifier:
        return True
    return modifiers == Qt.KeyboardModifier.ControlModifier and key in _MOVING_KEYS


class _Margin(QWidget):
    def __init__(self, editor: YamlEdit) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self.editor.margin_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self.editor.paint_margin(event)

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            cursor = self.editor.cursorForPosition(event.pos())
            text = self.editor.marked.get(cursor.blockNumber() + 1, "")
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
