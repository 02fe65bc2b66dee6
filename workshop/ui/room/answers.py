"""The group's answers on the wall: each question in bold, its answer under it.

The questions are what the room is answering, so they are read from the back
too: nearly the size of the answers, never in the faint colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.room.base import RoomView
from workshop.ui.widgets.theme import AUDIENCE, Theme

# Sizes tried for the answers (of the full size), largest first, until they fit the wall.
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.62, 0.55)  # below 0.55 nobody reads it from the back


class RoomAnswers(RoomView):
    """Questions and answers of a questions step."""

    tables = frozenset({"answers"})

    def __init__(self, door: SessionDoor, theme: Theme = AUDIENCE, parent: QWidget | None = None) -> None:
        super().__init__(door, theme, parent)
        self.setObjectName("roomAnswers")
        self.questions: list[QLabel] = []
        self.answers: list[QLabel] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._shape: tuple[str, ...] = ()
        self.factor = 1.0  # the answers' size, of the full size: below 1 they were made smaller to fit
        self._probe = QLabel(self)  # never shown: sizes are tried on it (`_needs`)
        self._probe.hide()
        self._probe.setWordWrap(True)
        self._probe.setTextFormat(Qt.TextFormat.PlainText)

    def _label(self, colour: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour}; background: transparent;")
        return label

    def refresh(self, change: Change | None) -> None:
        if self.item < 0:
            return
        state = self.door.state
        questions = state.spec_at(self.item, self.step).questions
        if questions != self._shape:
            while self._layout.count():
                child = self._layout.takeAt(0).widget()
                if child is not None:
                    child.hide()  # gone now, not at the next turn of the event loop
                    child.deleteLater()
            self.questions, self.answers = [], []
            for number, question in enumerate(questions, start=1):
                ask, answer = self._label(self.theme.text), self._label(self.theme.text)
                ask.setObjectName(f"roomQuestion{number}")
                answer.setObjectName(f"roomAnswer{number}")
                ask.setText(f"{number}. {question}")
                self._layout.addWidget(ask)
                self._layout.addWidget(answer)
                self.questions.append(ask)
                self.answers.append(answer)
            self._layout.addStretch(1)
            self._shape = questions
        texts = [state.answer(self.item, self.step, number) for number in range(len(questions))]
        changed = change is None
        for ask, answer, text in zip(self.questions, self.answers, texts, strict=True):
            # Only what differs is set: an answer typed repaints its own label, and a style
            # sheet set again (even the same) would restyle and repaint every label on the wall.
            # The colours are compared each time: the theme may have changed.
            _restyle(ask, f"color: {self.theme.text}; background: transparent;")
            # Not answered yet: in italics as well as fainter, since high contrast's faint is near white.
            _restyle(answer, f"color: {self.theme.text if text else self.theme.muted}; "
                             f"font-style: {'normal' if text else 'italic'}; background: transparent;")
            shown = text or self.tr("(not answered yet)")
            if answer.text() != shown:
                answer.setText(shown)
                changed = True
        if changed:
            self.fit_to_wall()

    def _looks(self, factor: float) -> list[tuple[QLabel, QFont, tuple[int, int, int, int]]]:
        """Each label with its font and margins when the answers are `factor` of their full size."""
        looks = []
        for number, ask in enumerate(self.questions):
            # A clear gap above each question but the first, so an answer never runs into the next one.
            looks.append((ask, self.font_px(self.base_px * 0.9 * max(factor, 0.8), QFont.Weight.Bold),
                          (0, round(self.base_px * 0.9) if number else 0, 0, 0)))
        for answer in self.answers:
            looks.append((answer, self.font_px(self.base_px * factor),
                          (round(self.base_px * 0.8), round(self.base_px * 0.15), 0, 0)))
        return looks

    def _apply(self, factor: float) -> None:
        self.factor = factor
        for label, font, margins in self._looks(factor):
            # Only what differs: each would repaint the label. (Compared with what was set, not
            # with `font()`, which the style sheet's italics change.)
            look = f"{font.key()} {margins}"
            if label.property("look") != look:
                label.setFont(font)
                label.setContentsMargins(*margins)
                label.setProperty("look", look)

    def _needs(self, factor: float | None = None) -> int:
        """The height the questions and answers take at the view's width, as they are (or at `factor`).

        A size is tried on a hidden copy of each label, so trying sizes repaints nothing on the wall.
        """
        looks = self._looks(self.factor if factor is None else factor)
        spacing = max(0, self._layout.spacing())
        probe = self._probe
        total = 0
        for label, font, margins in looks:
            if probe.styleSheet() != label.styleSheet():
                probe.setStyleSheet(label.styleSheet())
            probe.setFont(font)
            probe.setContentsMargins(*margins)
            probe.setText(label.text())
            total += probe.heightForWidth(self.width())
        return total + spacing * (len(looks) - 1)

    def fit_to_wall(self) -> None:
        """The answers as large as fits the wall (measured, not guessed from their length)."""
        for factor in FIT_STEPS:
            if self.height() <= 0 or factor == FIT_STEPS[-1] or self._needs(factor) <= self.height():
                self._apply(factor)
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.item >= 0 and self.questions:
            self.fit_to_wall()

    def overflows(self) -> bool:
        return self.factor < 1.0 or self._needs() > self.height()

    def visible_text(self) -> str:
        parts = []
        for ask, answer in zip(self.questions, self.answers, strict=True):
            parts += [ask.text(), answer.text()]
        return "\n".join(parts)


def _restyle(label: QLabel, sheet: str) -> None:
    if label.styleSheet() != sheet:
        label.setStyleSheet(sheet)
