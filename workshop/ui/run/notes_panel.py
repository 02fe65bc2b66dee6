"""The facilitator's notes for the current step and exercise: console only, never projected."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from workshop.core.agenda import Stop
from workshop.core.markdown import render_markdown


def setting_html(stop: Stop, heading: str, names: tuple[str, str, str]) -> str:
    """This use's values, the groups, the room's set-up and the materials, as HTML (all escaped)."""
    exercise = stop.item.exercise
    if exercise is None:
        return ""
    groups_name, space_name, materials_name = names
    rows = [*stop.item.parameters]
    groups = stop.step.groups or exercise.groups
    for name, value in ((groups_name, groups), (space_name, exercise.space),
                        (materials_name, ", ".join(exercise.materials))):
        if value:
            rows.append((name, value))
    if not rows:
        return ""
    lines = "".join(f"<li><b>{escape(name)}:</b> {escape(value)}</li>" for name, value in rows)
    return f"<h3>{heading}</h3><ul>{lines}</ul>"


def notes_html(stop: Stop, step_heading: str, exercise_heading: str, empty: str,
               setting: str = "") -> str:
    """This use's setting, the step's notes, then the exercise's, as HTML (headings are ours,
    notes are trainers')."""
    parts = [setting] if setting else []
    if stop.step.facilitator_notes.strip():
        parts.append(f"<h3>{step_heading}</h3>{render_markdown(stop.step.facilitator_notes)}")
    exercise = stop.item.exercise
    if exercise is not None and exercise.facilitator_notes.strip():
        parts.append(f"<h3>{exercise_heading}</h3>{render_markdown(exercise.facilitator_notes)}")
    return "".join(parts) or f"<p><i>{empty}</i></p>"


class FacilitatorNotes(QWidget):
    """A heading and a scrolling view of the notes (Markdown from the templates)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facilitatorNotes")
        heading = QLabel(self.tr("Facilitator notes"), self)
        heading.setProperty("role", "eyebrow")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("notesBrowser")
        self.browser.setAccessibleName(self.tr("Facilitator notes"))
        self.browser.setToolTip(self.tr("For you only: never shown on the projector"))
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.browser, 1)
        self.set_text_px(16)

    def set_text_px(self, pixels: int) -> None:
        font = QFont(self.browser.font())
        font.setPixelSize(pixels)
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)

    def show_stop(self, stop: Stop | None) -> None:
        if stop is None:
            self.browser.clear()
            return
        setting = setting_html(stop, self.tr("For this group"),
                               (self.tr("Groups"), self.tr("Room"), self.tr("Materials")))
        self.browser.setHtml(notes_html(stop, self.tr("This step"), self.tr("This exercise"),
                                        self.tr("No notes for this step."), setting))

    def plain_text(self) -> str:
        return self.browser.toPlainText()
