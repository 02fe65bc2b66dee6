"""The statement on the wall: the chosen one large; before that, the candidates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop.core.aggregate import compose
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.room.base import RoomView
from workshop.ui.widgets.theme import AUDIENCE, Theme

MAX_CANDIDATES = 6  # more would be too small to read; the newest are shown


class RoomStatement(RoomView):
    """The chosen statement in large type, or the candidates while the room decides."""

    tables = frozenset({"statements"})

    def __init__(self, door: SessionDoor, theme: Theme = AUDIENCE, parent: QWidget | None = None) -> None:
        super().__init__(door, theme, parent)
        self.setObjectName("roomStatement")
        self.eyebrow = self._label("statementEyebrow")
        self.chosen = self._label("roomChosen")
        self.chosen.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.candidates: list[QLabel] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        # The chosen statement with its label right above it, the two centred down the wall
        # (a label at the top and the words in the middle read as two things).
        self._layout.addStretch(0)
        self._layout.addWidget(self.eyebrow)
        self._layout.addWidget(self.chosen)
        self._list = QVBoxLayout()
        self._layout.addLayout(self._list)
        self._layout.addStretch(1)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # what the group wrote, never markup
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {self.theme.text}; background: transparent;")
        return label

    def refresh(self, change: Change | None) -> None:
        if self.item < 0:
            return
        state = self.door.state
        template = state.spec_at(self.item, self.step).compose
        statements = state.statements_for(self.item, self.step)
        chosen = next((s for s in statements if s.chosen), None)
        for label in self.candidates:
            self._list.removeWidget(label)
            label.hide()  # gone now, not at the next turn of the event loop
            label.deleteLater()
        self.candidates = []
        px = self.base_px
        self.chosen.setStyleSheet(f"color: {self.theme.text}; background: transparent;")
        self.eyebrow.setFont(self.font_px(px * 0.8, QFont.Weight.DemiBold))
        self.eyebrow.setStyleSheet(f"color: {self.theme.muted}; background: transparent;")
        self._layout.setStretch(0, 1 if chosen is not None else 0)
        self.eyebrow.setAlignment(Qt.AlignmentFlag.AlignHCenter if chosen is not None
                                  else Qt.AlignmentFlag.AlignLeft)
        if chosen is not None:
            self.eyebrow.setText(self.tr("Our statement"))
            self.chosen.setText(compose(template, chosen.values))
            self.chosen.setFont(self.font_px(px * 1.9, QFont.Weight.Bold))
            self.chosen.show()
            return
        self.chosen.hide()
        self.eyebrow.setText(self.tr("Candidates") if statements else self.tr("No statement yet"))
        for number, statement in enumerate(statements[-MAX_CANDIDATES:], start=1):
            label = self._label(f"roomCandidate{number}")
            label.setText(f"{number}. {compose(template, statement.values)}")
            label.setFont(self.font_px(px * 1.1, QFont.Weight.DemiBold))
            self._list.addWidget(label)
            self.candidates.append(label)

    def visible_text(self) -> str:
        parts = [self.eyebrow.text()]
        if self.chosen.isVisibleTo(self):
            parts.append(self.chosen.text())
        parts += [label.text() for label in self.candidates]
        return "\n".join(part for part in parts if part)
