"""The trainer's editor, on the right: each step of the exercise being edited as the projector shows it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from workshop.core.durations import format_clock
from workshop.core.templates import ExerciseTemplate, InputKind
from workshop.ui.widgets.step_header import input_details_html, prompt_html
from workshop.ui.widgets.theme import AUDIENCE


def _tr(text: str) -> str:
    # Part of the trainer's editor: its words keep the editor's translation context.
    return QCoreApplication.translate("TemplateEditor", text)


def input_kind_names() -> dict[InputKind, str]:
    """What each input kind is called on screen."""
    return {
        InputKind.NONE: _tr("No input: talk"),
        InputKind.NOTES: _tr("Cards"),
        InputKind.VOTE: _tr("Dot vote"),
        InputKind.RATING: _tr("Rating"),
        InputKind.STATEMENT: _tr("Statement"),
        InputKind.QUESTIONS: _tr("Questions"),
        InputKind.ACTIONS: _tr("Actions"),
    }


def preview_html(template: ExerciseTemplate | None, kind_names: dict[InputKind, str], step_word: str,
                 note: str = "") -> str:
    """Each step as the projector shows it: title, timer length, prompt, what the room fills in."""
    theme = AUDIENCE
    parts = [f"<body style='background:{theme.background}; color:{theme.text};'>"]
    if note:
        parts.append(f"<p style='color:{theme.muted};'><i>{escape(note)}</i></p>")
    if template is None:
        return "".join([*parts, "</body>"])
    total = len(template.steps)
    for number, step in enumerate(template.steps, 1):
        eyebrow = f"{escape(template.title)} · {step_word.format(number=number, total=total)}"
        parts.append(
            f"<div style='margin:8px 0 20px 0;'>"
            f"<p style='color:{theme.muted}; font-size:small;'>{eyebrow}</p>"
            f"<table width='100%'><tr><td><h2 style='margin:0;'>{escape(step.title)}</h2></td>"
            f"<td align='right'><span style='font-size:x-large; font-weight:bold;'>"
            f"{format_clock(step.duration)}</span></td></tr></table>"
            f"<div style='font-size:large;'>{prompt_html(step.prompt)}</div>"
            f"{input_details_html(step)}"
            f"<p style='color:{theme.accent};'>{escape(kind_names[step.input.kind])}</p>"
            f"</div><hr>")
    parts.append("</body>")
    return "".join(parts)


class TemplatePreview(QTextBrowser):
    """The exercise as projected; while the text has errors, its last version without them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePreview")
        self.setOpenLinks(False)
        self.setAccessibleName(_tr("Preview on the projector"))
        self._last_good: ExerciseTemplate | None = None

    def forget(self) -> None:
        """Another file is open: nothing of the last one stands in for it."""
        self._last_good = None

    def show_template(self, kind: str, template: ExerciseTemplate | None) -> None:
        """Show the exercise the text makes (None: the text has errors); a plan has no preview."""
        if kind != "exercise":
            message = _tr("Plans have no projector preview; the planner shows their agenda.")
            self.setHtml(f"<p>{escape(message)}</p>")
            return
        note = ""
        if template is not None:
            self._last_good = template
        elif self._last_good is not None:
            # Keep showing something while a line is half typed.
            template = self._last_good
            note = _tr("Showing the last version without errors.")
        else:
            note = _tr("The preview appears when the file has no errors.")
        self.setHtml(preview_html(template, input_kind_names(), _tr("step {number} of {total}"), note))
