"""The trainer's editor, on the right: each step of the exercise being edited as the projector shows it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from workshop.core.durations import format_clock
from workshop.core.templates import ExerciseTemplate, InputKind, Rounds, Step
from workshop.ui.widgets.step_header import input_details_html, prompt_html
from workshop.ui.widgets.theme import AUDIENCE

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate


def input_kind_names() -> dict[InputKind, str]:
    """What each input kind is called on screen."""
    return {
        InputKind.NONE: translate("TemplateEditor", "No input: talk"),
        InputKind.NOTES: translate("TemplateEditor", "Cards"),
        InputKind.VOTE: translate("TemplateEditor", "Dot vote"),
        InputKind.RATING: translate("TemplateEditor", "Rating"),
        InputKind.STATEMENT: translate("TemplateEditor", "Statement"),
        InputKind.QUESTIONS: translate("TemplateEditor", "Questions"),
        InputKind.ACTIONS: translate("TemplateEditor", "Actions"),
    }


def _items(entries: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{entry}</li>" for entry in entries) + "</ul>" if entries else ""


def parameters_html(template: ExerciseTemplate) -> str:
    """The values the exercise asks for per use, and the room it needs."""
    rows = []
    for parameter in template.parameters:
        default = (
            translate("TemplateEditor", "default: {value}").format(value=escape(parameter.default))
            if parameter.default
            else translate("TemplateEditor", "no default: the plan or the new session gives it")
        )
        rows.append(
            f"<b>{{{{{escape(parameter.key)}}}}}</b> {escape(parameter.label)} ({default})"
            + (f"<br><i>{escape(parameter.description)}</i>" if parameter.description else "")
        )
    for name, value in (
        (translate("TemplateEditor", "Groups"), template.groups),
        (translate("TemplateEditor", "Room"), template.space),
        (translate("TemplateEditor", "Materials"), ", ".join(template.materials)),
    ):
        if value:
            rows.append(f"<b>{escape(name)}:</b> {escape(value)}")
    asked = escape(translate("TemplateEditor", "Asked for each use"))
    return f"<p><b>{asked}</b></p>{_items(rows)}" if rows else ""


def fills_in_html(step: Step) -> str:
    """What the group fills in, in words: columns and hints, the scale and its words, fields, ..."""
    spec = step.input
    lines: list[str] = []
    if spec.kind is InputKind.NOTES:
        if spec.on:
            lines.append(
                translate("TemplateEditor", "The board of step {step} again, to cluster and add to").format(
                    step=f"<b>{escape(spec.on)}</b>"
                )
            )
        for column in spec.columns:
            hint = f" <i>({escape(column.hint)})</i>" if column.hint else ""
            lines.append(
                translate("TemplateEditor", "Column: {label}").format(label=f"<b>{escape(column.label)}</b>")
                + hint
            )
        if spec.pairs:
            lines.append(
                translate("TemplateEditor", "Each card of the second column answers the one beside it")
            )
        if spec.hold:
            lines.append(translate("TemplateEditor", "Cards from phones wait until you reveal them"))
    elif spec.kind is InputKind.VOTE:
        lines.append(
            translate("TemplateEditor", "Dots each: {dots}, on the cards of step {step}").format(
                dots=spec.dots, step=f"<b>{escape(spec.on)}</b>"
            )
        )
    elif spec.kind is InputKind.RATING:
        scale = spec.scale
        ends = " ".join(
            part
            for part in (
                f"{scale.min} = {escape(scale.low)}" if scale.low else "",
                f"{scale.max} = {escape(scale.high)}" if scale.high else "",
            )
            if part
        )
        lines.append(
            translate("TemplateEditor", "Scale {low} to {high}").format(low=scale.min, high=scale.max)
            + (f" ({ends})" if ends else "")
        )
        if spec.question:
            lines.append(escape(spec.question))
        lines.append(
            translate("TemplateEditor", "Each person rates")
            if spec.mode == "participants"
            else translate("TemplateEditor", "The room agrees one score")
        )
    elif spec.kind is InputKind.STATEMENT:
        for field in spec.fields:
            hint = f" <i>({escape(field.hint)})</i>" if field.hint else ""
            lines.append(
                translate("TemplateEditor", "Blank: {label}").format(label=f"<b>{escape(field.label)}</b>")
                + hint
            )
        lines.append(translate("TemplateEditor", "Sentence: {compose}").format(compose=escape(spec.compose)))
    if spec.on_cue:
        lines.append(translate("TemplateEditor", "Results stay off the wall until you reveal them (F6)"))
    if step.recall is not None:
        lines.append(
            translate("TemplateEditor", "Shows the result of step {step}").format(
                step=f"<b>{escape(step.recall.step)}</b>"
            )
        )
    return _items(lines)


def timing_html(step: Step, rounds: Rounds | None) -> str:
    """Rounds, groups and phases of a step."""
    lines = []
    if rounds is not None:
        label = f" · {escape(rounds.label)}" if rounds.label else ""
        lines.append(
            translate("TemplateEditor", "Done {count} times ({title})").format(
                count=rounds.count, title=escape(rounds.title)
            )
            + label
        )
    if step.groups:
        lines.append(translate("TemplateEditor", "Groups: {groups}").format(groups=escape(step.groups)))
    for phase in step.phases:
        lines.append(
            f"<b>{escape(phase.title)}</b> {format_clock(phase.duration)}"
            + (f": {escape(phase.prompt)}" if phase.prompt else "")
        )
    return _items(lines)


def preview_html(
    template: ExerciseTemplate | None, kind_names: dict[InputKind, str], step_word: str, note: str = ""
) -> str:
    """Each step as the projector shows it: title, timer length, prompt, what the room fills in."""
    theme = AUDIENCE
    parts = [f"<body style='background:{theme.background}; color:{theme.text};'>"]
    if note:
        parts.append(f"<p style='color:{theme.muted};'><i>{escape(note)}</i></p>")
    if template is None:
        return "".join([*parts, "</body>"])
    parts.append(parameters_html(template))
    total = len(template.steps)
    runs = {key: run for run in template.rounds for key in run.steps}
    for number, step in enumerate(template.steps, 1):
        eyebrow = f"{escape(template.title)} · {step_word.format(number=number, total=total)}"
        parts.append(
            f"<div style='margin:8px 0 20px 0;'>"
            f"<p style='color:{theme.muted}; font-size:small;'>{eyebrow}</p>"
            f"<table width='100%'><tr><td><h2 style='margin:0;'>{escape(step.title)}</h2></td>"
            f"<td align='right'><span style='font-size:x-large; font-weight:bold;'>"
            f"{format_clock(step.duration)}</span></td></tr></table>"
            f"{timing_html(step, runs.get(step.key))}"
            f"<div style='font-size:large;'>{prompt_html(step.prompt)}</div>"
            f"{input_details_html(step)}"
            f"<p style='color:{theme.accent};'>{escape(kind_names[step.input.kind])}</p>"
            f"{fills_in_html(step)}"
            f"</div><hr>"
        )
    parts.append("</body>")
    return "".join(parts)


class TemplatePreview(QTextBrowser):
    """The exercise as projected; while the text has errors, its last version without them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePreview")
        self.setOpenLinks(False)
        self.setAccessibleName(translate("TemplateEditor", "Preview on the projector"))
        self._last_good: ExerciseTemplate | None = None

    def forget(self) -> None:
        """Another file is open: nothing of the last one stands in for it."""
        self._last_good = None

    def show_template(self, kind: str, template: ExerciseTemplate | None) -> None:
        """Show the exercise the text makes (None: the text has errors); a plan has no preview."""
        if kind != "exercise":
            message = translate(
                "TemplateEditor", "Plans have no projector preview; the planner shows their agenda."
            )
            self.setHtml(f"<p>{escape(message)}</p>")
            return
        note = ""
        if template is not None:
            self._last_good = template
        elif self._last_good is not None:
            # Keep showing something while a line is half typed.
            template = self._last_good
            note = translate("TemplateEditor", "Showing the last version without errors.")
        else:
            note = translate("TemplateEditor", "The preview appears when the file has no errors.")
        self.setHtml(
            preview_html(
                template, input_kind_names(), translate("TemplateEditor", "step {number} of {total}"), note
            )
        )
