"""The actions on the wall: what, who and by when, the date written so nobody misreads it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from workshop.core.dates import format_date
from workshop.ui.inputs.audience.base import RoomView
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.theme import AUDIENCE, Theme


class RoomActions(RoomView):
    """One line per action: what (large), who, by when."""

    tables = frozenset({"actions"})

    def __init__(self, door: SessionDoor, theme: Theme = AUDIENCE, parent: QWidget | None = None) -> None:
        super().__init__(door, theme, parent)
        self.setObjectName("roomActions")
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)

    def _label(self, colour: str, font: QFont, wrap: bool = False) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(wrap)
        label.setFont(font)
        label.setStyleSheet(f"color: {colour}; background: transparent;")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def refresh(self, change: Change | None) -> None:
        if self.item < 0:
            return
        while self._grid.count():
            child = self._grid.takeAt(0).widget()
            if child is not None:
                child.hide()  # gone now, not at the next turn of the event loop
                child.deleteLater()
        for row in range(self._grid.rowCount()):  # a stretch stays on its row across refreshes
            self._grid.setRowStretch(row, 0)
        self.rows = []
        px = self.base_px
        body = self.font_px(px, QFont.Weight.DemiBold)
        side = self.font_px(px * 0.85)
        heading = self.font_px(px * 0.8, QFont.Weight.Bold)
        for column, title in enumerate((self.tr("What"), self.tr("Who"), self.tr("By when"))):
            self._grid.addWidget(self._label(self.theme.muted, heading), 0, column)
            self._grid.itemAtPosition(0, column).widget().setText(title)  # type: ignore[union-attr]
        actions = self.door.state.actions_for(self.item, self.step)
        for number, action in enumerate(actions, start=1):
            what = self._label(self.theme.text, body, wrap=True)
            # Nobody named, no date: said on the wall, where the room can still fix it.
            who = self._label(self.theme.text if action.who else self.theme.muted, side)
            due = self._label(self.theme.text if action.due else self.theme.muted, side)
            what.setText(action.what)
            who.setText(action.who or self.tr("who?"))
            due.setText(format_date(action.due) if action.due else self.tr("when?"))
            for column, label in enumerate((what, who, due)):
                self._grid.addWidget(label, number, column)
            self.rows.append((what, who, due))
        self._grid.setRowStretch(len(actions) + 1, 1)
        self._grid.setHorizontalSpacing(round(px * 0.8))
        self._grid.setVerticalSpacing(round(px * 0.4))

    def visible_text(self) -> str:
        return "\n".join(" · ".join(label.text() for label in row if label.text()) for row in self.rows)
