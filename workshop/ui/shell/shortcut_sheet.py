"""The shortcut sheet (F1): every key of `hotkeys.TABLE`, by group, generated, never hand-written.

Not modal: the facilitator can leave it open beside the console while
learning the keys; Esc or F1 again closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.shell import hotkeys

KEYS, WHAT = range(2)


class ShortcutSheet(QDialog):
    """A two-column list: keys, and what they do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setModal(False)
        intro = QLabel(self.tr("Presenter clickers: Page Down is the next step, Page Up the previous one. "
                               "Space types a space in the card entry; F5 starts and pauses from anywhere. "
                               "Alt+1 … Alt+9 choose the column of a new card."), self)
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setToolTip(self.tr("Every keyboard shortcut of the app, by what it is for"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.tree.header()
        header.setSectionResizeMode(KEYS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setToolTip(self.tr("Close the list (Esc)"))
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(720, 680)

    def _fill(self) -> None:
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.Bold)
        heading_font = QFont(bold)
        heading_font.setPixelSize(round(QFontMetrics(self.tree.font()).height() * 1.1))
        line = QFontMetrics(heading_font).height()
        for number, group in enumerate(hotkeys.GROUPS):
            # A heading across both columns, with room above it: it reads as a heading, not a row.
            heading = QTreeWidgetItem([hotkeys.translated(group), ""])
            heading.setFont(KEYS, heading_font)
            heading.setTextAlignment(KEYS, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            heading.setSizeHint(KEYS, QSize(0, round(line * (1.9 if number else 1.3))))
            heading.setData(KEYS, Qt.ItemDataRole.UserRole, "")
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for hotkey in (h for h in hotkeys.TABLE if h.group == group):
                keys = hotkeys.shortcut_text(hotkey.keys_for())
                row = QTreeWidgetItem([keys, hotkeys.translated(hotkey.what)])
                row.setFont(KEYS, bold)
                row.setData(KEYS, Qt.ItemDataRole.UserRole, hotkey.name)
                self.tree.addTopLevelItem(row)

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what) of every shortcut listed, as shown."""
        items = (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
        return [(item.text(KEYS), item.text(WHAT)) for item in items if item.text(WHAT)]

    def headings(self) -> list[str]:
        items = (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
        return [item.text(KEYS) for item in items if item.isFirstColumnSpanned()]
