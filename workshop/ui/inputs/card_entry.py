"""The always-ready line where the facilitator types what the group says.

Enter adds the card, Shift+Enter starts a new line inside it. An empty entry
adds nothing and the hint under it says why. Page Up / Page Down are passed
on to the window so a presenter clicker still moves between steps while the
cursor waits here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.core.templates import Column
from workshop.ui.board.tiles import typed_text
from workshop.ui.language import ensure_language
from workshop.ui.shell import hotkeys

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
COLUMN_LABEL_PX = 360  # a longer column name is shortened in its middle, whole in its tooltip
PASSES_THROUGH = frozenset(QKeySequence(keys)[0].key() for keys in hotkeys.ENTRY_PASSES_THROUGH)


class CardEntry(QPlainTextEdit):
    """A short multi-line text box: Enter submits, Shift+Enter breaks the line."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardEntry")
        self.setAccessibleName(self.tr("New card"))
        self.setToolTip(self.tr("Type what the group says; Enter adds it as a card, "
                                "Shift+Enter starts a new line"))
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(self.tr("Type what the group says, then press Enter "
                                        "(Shift+Enter for a new line)"))
        self.set_text_px(20)

    def set_text_px(self, pixels: int) -> None:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        self.setFont(font)
        line = QFontMetricsF(font).lineSpacing()
        # Two lines visible: most cards are one line, a few need a second.
        self.setFixedHeight(int(line * 2 + 2 * self.frameWidth() + 16))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.submitted.emit(typed_text(self))
            return
        if event.key() in ENTER_KEYS:
            self.insertPlainText("\n")
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Let the window's shortcuts have Page Up / Page Down (step back / on), and
        # Undo / Redo when the entry has nothing of its own to take back: right
        # after Enter, Ctrl+Z takes back the card just added.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.key() in PASSES_THROUGH
                or (event.matches(QKeySequence.StandardKey.Undo) and not self.document().isUndoAvailable())
                or (event.matches(QKeySequence.StandardKey.Redo) and not self.document().isRedoAvailable())):
            event.ignore()
            return True
        return super().event(event)


class CardEntryPanel(QWidget):
    """The entry, the column it adds to, an Add button and a hint that explains."""

    cardSubmitted = Signal(str, str)  # text, column key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardEntryPanel")
        ensure_language()  # "Saved. 1 card", not "1 card(s)"
        self.entry = CardEntry(self)
        self.entry.submitted.connect(self._submit)
        self.entry.textChanged.connect(self._clear_problem)

        self.column_picker = QComboBox(self)
        self.column_picker.setObjectName("columnPicker")
        self.column_picker.setAccessibleName(self.tr("Column for new cards"))
        self.column_picker.setToolTip(self.tr("The column the next card goes to (Alt+1, Alt+2, …)"))
        self.column_picker.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # As wide as its names, never cutting one off ("Stories: our best-rated w"); a very long
        # name is shortened in the middle instead, and said whole in the tooltip.
        self.column_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.column_picker.currentIndexChanged.connect(self._column_picked)

        self._saved_count: int | None = None  # the count "Saved. N cards" says, while it says it
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("addCardButton")
        self.add_button.setText(self.tr("Add card"))
        self.add_button.setAccessibleName(self.tr("Add card"))
        self.add_button.setToolTip(self.tr("Add the card (Enter)"))
        self.add_button.setProperty("role", "primary")
        self.add_button.clicked.connect(lambda: self._submit(typed_text(self.entry)))

        self.hint = QLabel(self)
        self.hint.setObjectName("cardHint")
        self.hint.setProperty("role", "hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.column_picker)
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.hint)

        # Alt+1 ... Alt+9 choose the column without leaving the entry.
        self._column_shortcuts = []
        for number, key in enumerate(hotkeys.COLUMN_KEYS):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self._pick_column(n))
            self._column_shortcuts.append(shortcut)
        self.set_columns(())
        self.show_idle_hint()

    # -- configuring for a step -------------------------------------------------

    def set_columns(self, columns: tuple[Column, ...]) -> None:
        """Offer the step's columns (hidden when it has none)."""
        picker = self.column_picker
        picker.blockSignals(True)
        picker.clear()
        metrics = picker.fontMetrics()
        for number, column in enumerate(columns, start=1):
            keys = f"  (Alt+{number})" if number <= len(hotkeys.COLUMN_KEYS) else ""
            name = metrics.elidedText(column.label, Qt.TextElideMode.ElideMiddle,
                                      COLUMN_LABEL_PX - metrics.horizontalAdvance(keys))
            picker.addItem(name + keys, column.key)
            picker.setItemData(picker.count() - 1, column.label, Qt.ItemDataRole.ToolTipRole)
        picker.blockSignals(False)
        self._say_column()
        self.column_picker.setVisible(bool(columns))
        self.column_picker.setEnabled(bool(columns))

    def _column_picked(self, _index: int) -> None:
        self._say_column()
        self.entry.setFocus()

    def _say_column(self) -> None:
        tip = self.tr("The column the next card goes to (Alt+1, Alt+2, …)")
        name = self.column_picker.currentData(Qt.ItemDataRole.ToolTipRole)
        self.column_picker.setToolTip(f"{name}: {tip}" if name else tip)

    def current_column(self) -> str:
        return str(self.column_picker.currentData() or "")

    def set_text_px(self, pixels: int) -> None:
        self.entry.set_text_px(pixels)

    # -- telling the facilitator what happened ---------------------------------------

    def card_added(self, count: int) -> None:
        """The card is saved: empty the entry for the next one."""
        self.entry.blockSignals(True)
        self.entry.clear()
        self.entry.blockSignals(False)
        self._set_hint(self.tr("Saved. %n card(s) in this step.", "", count), problem=False)
        self._saved_count = count

    def forget_saved(self, count: int) -> None:
        """The step now holds `count` cards: "Saved. N cards" goes once N is no longer true."""
        if self._saved_count is not None and self._saved_count != count:
            self.show_idle_hint()

    def show_problem(self, message: str) -> None:
        """Say why nothing was added; the typed text stays in the entry."""
        self._set_hint(message, problem=True)

    def show_idle_hint(self) -> None:
        self._set_hint(self.tr("Enter adds the card · Shift+Enter new line · {keys} puts the cursor here")
                       .format(keys=hotkeys.shortcut_text(hotkeys.NEW_CARD)), problem=False)

    def show_kept_hint(self) -> None:
        """The entry holds what was typed last time and never added."""
        self._set_hint(self.tr("Kept from last time, not added yet: Enter adds it as a card, "
                               "Ctrl+Z clears it"), problem=False)

    @property
    def has_problem(self) -> bool:
        return bool(self.hint.property("problem"))

    # -- inside ------------------------------------------------------------------------

    def _submit(self, text: str) -> None:
        if not text.strip():
            self.show_problem(self.tr("Nothing to add: the entry is empty. Type an idea, then press Enter."))
            self.entry.setFocus()
            return
        self.cardSubmitted.emit(text, self.current_column())

    def _pick_column(self, number: int) -> None:
        if number < self.column_picker.count():
            self.column_picker.setCurrentIndex(number)
            self.entry.setFocus()

    def _clear_problem(self) -> None:
        if self.has_problem:
            self.show_idle_hint()

    def _set_hint(self, text: str, *, problem: bool) -> None:
        self._saved_count = None  # set again by `card_added` when this is its message
        self.hint.setText(text)
        self.hint.setProperty("problem", problem)
        # Re-polish so the style sheet's [problem="true"] rule applies.
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
