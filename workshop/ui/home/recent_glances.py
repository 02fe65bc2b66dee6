"""The words of a recent session's row: what it is, how far it got, when it last changed.

Read after the window's first paint (the list shows the files' names
before): each file is glanced at (`session.glance`), never opened.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from workshop.core.worded import Phrase
from workshop.session.glance import Glance
from workshop.ui.language import day_text, refusal

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate


def said_here(words: str) -> str:
    """What the store said of a file (a `Phrase`), in the window's language."""
    return refusal(words) if isinstance(words, Phrase) else words


def when_text(changed: datetime, now: datetime) -> str:
    """ "16:51" today, "yesterday 16:51", else "22 Nov 2026 16:51"."""
    clock = changed.strftime("%H:%M")
    days = (now.date() - changed.date()).days
    if days == 0:
        return clock
    if days == 1:
        return translate("RecentList", "yesterday {time}").format(time=clock)
    return translate("RecentList", "{date} {time}").format(
        date=day_text(changed.date(), translate("Dates", "d MMM yyyy")), time=clock)


def date_text(text: str) -> str:
    """The session's own date as people read it ("Sun 22 Nov 2026"); as typed if it is not a date."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return text
    return day_text(day)


def row_text(look: Glance, now: datetime) -> str:
    """Two or three lines: the title; where it got to and when; how it was left, or why it cannot be read."""
    name = look.path.name
    if look.problem:
        return "\n".join(
            (
                name,
                translate("RecentList", "cannot be read: {reason}").format(reason=said_here(look.problem)),
                str(look.path.parent),
            )
        )
    details = [
        translate("RecentList", "Step {step} of {steps}: {title}").format(
            step=look.step, steps=look.steps, title=look.step_title
        )
    ]
    if look.date:
        details.append(date_text(look.date))
    if look.changed is not None:
        details.append(
            translate("RecentList", "last change {when}").format(when=when_text(look.changed, now))
        )
    lines = [look.title or name, " · ".join(details)]
    if look.left_open:
        lines.append(translate("RecentList", "Not closed cleanly: resume where you left off"))
    elif look.open_elsewhere:
        lines.append(said_here(look.open_elsewhere))
    else:
        lines.append(f"{name} · {look.path.parent}")
    return "\n".join(lines)
