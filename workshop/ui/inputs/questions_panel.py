"""The console's questions: each of the template's questions with the group's answer under it.

What people answer from their phones is kept apart and never shown in the box the group's
answer is typed in: under each box, only how many there are (they are in the report).

Answers are saved while they are typed: after a short pause, when the
cursor leaves the answer, and before anything else happens to the session
(`flush`). The saves of one answer typed in one go fold into one undo step
(`SetAnswer.merge_key`, in the file's own history), so Ctrl+Z outside the box
takes back the whole answer, not its last word.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from workshop.core.commands import SetAnswer
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.inputs.panel import InputPanel, describe

SAVE_AFTER_MS = 700  # a pause in typing this long saves the answer (one undo step per pause)
# Until then, what is typed is kept as a draft, written within this long of each key
# however fast the typing goes on: a kill loses at most this much of an answer.
DRAFT_AFTER_MS = 100


class QuestionsPanel(InputPanel):
    """One multi-line answer per question of a questions step."""

    tables = frozenset({"answers"})

    def __init__(self, door: SessionDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.setObjectName("questionsPanel")
        self.questions: list[QLabel] = []
        self.answers: list[QPlainTextEdit] = []
        self.from_phones: list[QLabel] = []  # "3 answers from phones", under each box
        self._dirty: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_AFTER_MS)
        self._timer.timeout.connect(self.flush)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_AFTER_MS)
        self._draft_timer.timeout.connect(self.keep_drafts)
        self._drafted: set[int] = set()  # answers with a draft in the file

        self._inner = QWidget(self)
        self._inner_layout = QVBoxLayout(self._inner)
        self._inner_layout.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea(self)
        scroll.setObjectName("questionsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)

    def show_step(self, item: int, step: str) -> None:
        self.flush()
        self.item, self.step = item, step
        while self._inner_layout.count():
            child = self._inner_layout.takeAt(0).widget()
            if child is not None:
                child.hide()
                child.deleteLater()
        self.questions, self.answers, self.from_phones = [], [], []
        for number, question in enumerate(self.spec.questions):
            label = QLabel(f"{number + 1}. {question}", self._inner)
            label.setObjectName(f"question_{number}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setProperty("role", "heading")
            answer = QPlainTextEdit(self._inner)
            answer.setObjectName(f"answer_{number}")
            describe(answer, question, self.tr("The group's answer to question {n}, saved as you type")
                     .format(n=number + 1))
            answer.setPlaceholderText(self.tr("The group's answer (saved as you type)"))
            answer.setTabChangesFocus(True)
            answer.setMinimumHeight(90)
            answer.textChanged.connect(lambda n=number: self._typed(n))
            answer.installEventFilter(self)
            phones = QLabel(self._inner)
            phones.setObjectName(f"from_phones_{number}")
            phones.setProperty("role", "muted")
            phones.hide()
            self._inner_layout.addWidget(label)
            self._inner_layout.addWidget(answer, 1)
            self._inner_layout.addWidget(phones)
            self.questions.append(label)
            self.answers.append(answer)
            self.from_phones.append(phones)
        self._inner_layout.addStretch(0)
        self._dirty.clear()
        self._drafted.clear()
        self.hint.say(self.tr("Answers are saved as you type."))
        self.refresh(None)
        self._bring_back_drafts()
        self.set_zoom(self._zoom)

    def focus_input(self) -> None:
        if self.answers:
            self.answers[0].setFocus()

    def refresh(self, change: Change | None) -> None:
        sent = [0] * len(self.answers)
        for answer in self.state.room_answers(self.item, self.step):
            if answer.question < len(sent):
                sent[answer.question] += 1
        for label, count in zip(self.from_phones, sent, strict=True):
            label.setText(self.tr("1 answer from a phone") if count == 1
                          else self.tr("{n} answers from phones").format(n=count))
            label.setVisible(count > 0)
        for number, answer in enumerate(self.answers):
            if number in self._dirty:
                continue  # being typed: the box is ahead of the file, and will be saved
            saved = self.state.answer(self.item, self.step, number)
            if answer.toPlainText().strip() != saved:
                answer.blockSignals(True)
                answer.setPlainText(saved)
                answer.blockSignals(False)

    def set_zoom(self, factor: float) -> None:
        super().set_zoom(factor)
        for label in self.questions:
            font = QFont(label.font())
            font.setPixelSize(max(12, round(19 * factor)))
            font.setWeight(QFont.Weight.Bold)
            label.setFont(font)
        for answer in self.answers:
            font = QFont(answer.font())
            font.setPixelSize(max(12, round(18 * factor)))
            answer.setFont(font)
        for label in self.from_phones:
            font = QFont(label.font())
            font.setPixelSize(max(11, round(14 * factor)))
            label.setFont(font)

    # -- saving ---------------------------------------------------------------------------------

    def _draft_place(self, number: int) -> str:
        return f"answer:{self.item}:{self.step}:{number}"

    def _typed(self, number: int) -> None:
        self._dirty.add(number)
        self._timer.start()
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def keep_drafts(self) -> None:
        """Write what is typed and not yet saved as an answer to the file's drafts, now."""
        self._draft_timer.stop()
        for number in sorted(self._dirty):
            if number < len(self.answers) and self.door.save_draft(
                    self._draft_place(number), self.answers[number].toPlainText()):
                self._drafted.add(number)

    def _bring_back_drafts(self) -> None:
        """Answers typed and never saved (the app was killed) come back into their boxes."""
        back = 0
        for number, answer in enumerate(self.answers):
            draft = self.door.draft(self._draft_place(number))
            if draft.strip() and draft.strip() != self.state.answer(self.item, self.step, number):
                answer.blockSignals(True)
                answer.setPlainText(draft)
                answer.blockSignals(False)
                self._dirty.add(number)
                self._drafted.add(number)
                back += 1
            elif draft:
                self.door.save_draft(self._draft_place(number), "")  # saved as the answer after all
        if back:
            self.hint.say(self.tr("Brought back what was being typed when the app closed: %n answer(s). "
                                  "It is saved as an answer when you next pause.", "", back))

    def flush(self) -> bool:
        """Save every answer typed since the last save; False if one could not be saved."""
        self._timer.stop()
        ok = True
        for number in sorted(self._dirty):
            text = self.answers[number].toPlainText() if number < len(self.answers) else ""
            self._dirty.discard(number)
            if text.strip() == self.state.answer(self.item, self.step, number):
                continue
            if not self.execute(SetAnswer(self.item, self.step, number, text)):
                self._dirty.add(number)  # kept in the box, tried again at the next pause
                ok = False
        for number in sorted(self._drafted - self._dirty):
            # An answer now: the draft has done its work.
            if self.door.save_draft(self._draft_place(number), ""):
                self._drafted.discard(number)
        if ok and self.hint.is_problem:
            self.hint.say(self.tr("Answers are saved as you type."))
        return ok

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self.answers:
            self.flush()
        return super().eventFilter(watched, event)

    def hideEvent(self, event: object) -> None:
        self.flush()  # the step changes or the window closes: nothing typed is left behind
        super().hideEvent(event)  # type: ignore[arg-type]
