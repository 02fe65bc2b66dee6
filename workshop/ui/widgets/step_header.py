"""Where we are: the exercise, the step and its prompt, for console and projector.

Prompts are trainers' Markdown, turned into safe HTML by `core.markdown`;
exercise and step titles are shown as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from workshop.core.agenda import Stop
from workshop.core.exercise_use import place_line
from workshop.core.markdown import render_markdown
from workshop.core.templates import InputKind, Step
from workshop.core.timer import StepTimer, TimerState

SWITCH_CUE_MS = 6000  # how long "Switch!" stays up at a phase's change


def current_phase(step: Step | None, timer: StepTimer | None) -> int | None:
    """The index of the phase running now (the first before the timer starts); None: no phases."""
    if step is None or not step.phases:
        return None
    if timer is None or timer.state is TimerState.IDLE:
        return 0
    return step.phase_at(timer.elapsed)[0]


@dataclass(frozen=True)
class HeaderSizes:
    """Pixel sizes of the three lines."""

    eyebrow: int = 15
    title: int = 30
    prompt: int = 21


def prompt_html(markdown: str) -> str:
    """A prompt as HTML for a rich-text label (empty text stays empty)."""
    return render_markdown(markdown)


def input_details_html(step: Step) -> str:
    """What a preview without input panels says of a step's input.

    The words to rate, the questions to answer, or the board shown again. Items and
    questions are trainers' plain text, so they are escaped here.
    """
    spec = step.input
    if spec.kind is InputKind.RATING and spec.items:
        items = " · ".join(f"<b>{escape(item)}</b>" for item in spec.items)
        return f"<p>{items}</p>"
    if spec.kind is InputKind.QUESTIONS and spec.questions:
        questions = "".join(f"<li>{escape(question)}</li>" for question in spec.questions)
        return f"<ol>{questions}</ol>"
    return ""


def step_position(stop: Stop) -> tuple[int, int]:
    """(number of the step in its item, steps in the item), from 1."""
    keys = [step.key for step in stop.item.steps]
    return keys.index(stop.step.key) + 1, len(keys)


class StepHeader(QWidget):
    """Exercise title (small), step title (large) and the prompt under them."""

    def __init__(self, sizes: HeaderSizes = HeaderSizes(), *, links: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepHeader")
        self.eyebrow = self._label("exerciseTitle", "eyebrow", Qt.TextFormat.PlainText)
        self.title = self._label("stepTitle", "heading", Qt.TextFormat.PlainText)
        # The round and the groups, then the phase running now: trainers' text, so plain text.
        self.place = self._label("stepPlace", "eyebrow", Qt.TextFormat.PlainText)
        self.phase = self._label("stepPhase", "phase", Qt.TextFormat.PlainText)
        self.prompt = self._label("prompt", "prompt", Qt.TextFormat.RichText)
        self._step: Step | None = None
        self._phase_index: int | None = None
        self._cue = QTimer(self)
        self._cue.setSingleShot(True)
        self._cue.setInterval(SWITCH_CUE_MS)
        self._cue.timeout.connect(self._end_cue)
        self.prompt.setOpenExternalLinks(links)
        self.prompt.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse if links
            else Qt.TextInteractionFlag.NoTextInteraction)
        self.prompt.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addStretch(0)  # grows only when centred (see set_centred)
        layout.addWidget(self.eyebrow)
        layout.addWidget(self.title)
        layout.addWidget(self.place)
        layout.addWidget(self.phase)
        layout.addSpacing(6)
        layout.addWidget(self.prompt)
        layout.addStretch(1)
        self.set_sizes(sizes)

    def _label(self, name: str, role: str, text_format: Qt.TextFormat) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setProperty("role", role)
        label.setTextFormat(text_format)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def set_centred(self, centred: bool) -> None:
        """Centre the lines, across and down (a step with nothing else on the wall), or back to top left."""
        align = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
        for label in (self.eyebrow, self.title, self.place, self.phase, self.prompt):
            label.setAlignment(align | (Qt.AlignmentFlag.AlignVCenter if centred
                                        else Qt.AlignmentFlag.AlignTop))
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretch(0, 1 if centred else 0)

    def set_sizes(self, sizes: HeaderSizes) -> None:
        for label, pixels, weight in ((self.eyebrow, sizes.eyebrow, QFont.Weight.DemiBold),
                                      (self.title, sizes.title, QFont.Weight.Bold),
                                      (self.place, sizes.eyebrow, QFont.Weight.DemiBold),
                                      (self.phase, round(sizes.prompt * 1.15), QFont.Weight.Bold),
                                      (self.prompt, sizes.prompt, QFont.Weight.Normal)):
            font = QFont(label.font())
            font.setPixelSize(max(8, pixels))
            font.setWeight(weight)
            label.setFont(font)

    def show_stop(self, stop: Stop | None, eyebrow: str = "") -> None:
        """Show a stop's titles and prompt; `eyebrow` replaces the exercise line if given."""
        self._cue.stop()
        if stop is None:
            for label in (self.eyebrow, self.title, self.place, self.phase, self.prompt):
                label.clear()
            self.place.hide()
            self.phase.hide()
            self._step, self._phase_index = None, None
            return
        self.eyebrow.setText(eyebrow or stop.item.title)
        self.title.setText(stop.step.title)
        place = place_line(stop.step, self.tr("Round {number} of {count}"), self.tr("Groups: {groups}"))
        self.place.setText(place)
        self.place.setVisible(bool(place))
        self._step = stop.step
        self._phase_index = 0 if stop.step.phases else None
        self._show_phase()

    @property
    def phase_index(self) -> int | None:
        return self._phase_index

    def show_phase(self, index: int | None, *, cue: bool = False) -> None:
        """Show phase `index` of the step (its title on the phase line, its prompt under the step's).

        `cue` says "Switch!" on the phase line for a few seconds: the moment to change.
        """
        if self._step is None or not self._step.phases or index is None:
            return
        index = max(0, min(index, len(self._step.phases) - 1))
        if index == self._phase_index and not cue:
            return
        self._phase_index = index
        if cue:
            self._cue.start()
        else:
            self._cue.stop()
        self._show_phase()

    def is_cueing(self) -> bool:
        return self._cue.isActive()

    def _end_cue(self) -> None:
        self._show_phase()

    def _show_phase(self) -> None:
        step = self._step
        if step is None:
            return
        # The words to rate and the questions are shown by the step's input
        # panel on both screens; repeating them here only crowds the prompt.
        html = prompt_html(step.prompt)
        if step.phases and self._phase_index is not None:
            phase = step.phases[self._phase_index]
            position = self.tr("{number} of {count}").format(number=self._phase_index + 1,
                                                             count=len(step.phases))
            if self._cue.isActive():
                self.phase.setText(self.tr("Switch! {phase} ({position})").format(
                    phase=phase.title, position=position))
            else:
                self.phase.setText(self.tr("{phase} ({position})").format(phase=phase.title,
                                                                         position=position))
            self.phase.setProperty("cue", self._cue.isActive())
            self.phase.style().unpolish(self.phase)
            self.phase.style().polish(self.phase)
            html = prompt_html(phase.prompt) + html if phase.prompt else html
        self.phase.setVisible(bool(step.phases))
        self.prompt.setText(html)
        self.prompt.setVisible(bool(html))
