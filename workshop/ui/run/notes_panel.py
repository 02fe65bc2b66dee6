"""The facilitator's notes for the current step and exercise: console only, never projected."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from workshop.core.agenda import Stop
from workshop.core.markdown import render_markdown


def notes_html(stop: Stop, step_heading: str, exercise_heading: str, empty: str) -> str:
    """The step's notes, then the exercise's, as HTML (headings are ours, notes are trainers')."""
    parts = []
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
        self.browser.setHtml(notes_html(stop, self.tr("This step"), self.tr("This exercise"),
                                        self.tr("No notes for this step.")))

    def plain_text(self) -> str:
        return self.browser.toPlainText()
