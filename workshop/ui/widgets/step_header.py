"""Where we are: the exercise, the step and its prompt, for console and projector.

Prompts are trainers' Markdown, turned into safe HTML by `core.markdown`;
exercise and step titles are shown as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from workshop.core.agenda import Stop
from workshop.core.markdown import render_markdown
from workshop.core.templates import InputKind, Step


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
    if spec.kind is InputKind.NOTES and spec.on:
        return f"<p>The board of step <b>{escape(spec.on)}</b> again, to cluster and add to.</p>"
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
        self.prompt = self._label("prompt", "prompt", Qt.TextFormat.RichText)
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
        for label in (self.eyebrow, self.title, self.prompt):
            label.setAlignment(align | (Qt.AlignmentFlag.AlignVCenter if centred
                                        else Qt.AlignmentFlag.AlignTop))
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.setStretch(0, 1 if centred else 0)

    def set_sizes(self, sizes: HeaderSizes) -> None:
        for label, pixels, weight in ((self.eyebrow, sizes.eyebrow, QFont.Weight.DemiBold),
                                      (self.title, sizes.title, QFont.Weight.Bold),
                                      (self.prompt, sizes.prompt, QFont.Weight.Normal)):
            font = QFont(label.font())
            font.setPixelSize(max(8, pixels))
            font.setWeight(weight)
            label.setFont(font)

    def show_stop(self, stop: Stop | None, eyebrow: str = "") -> None:
        """Show a stop's titles and prompt; `eyebrow` replaces the exercise line if given."""
        if stop is None:
            for label in (self.eyebrow, self.title, self.prompt):
                label.clear()
            return
        self.eyebrow.setText(eyebrow or stop.item.title)
        self.title.setText(stop.step.title)
        # The words to rate and the questions are shown by the step's input
        # panel on both screens; repeating them here only crowds the prompt.
        html = prompt_html(stop.step.prompt)
        self.prompt.setText(html)
        self.prompt.setVisible(bool(html))
