"""What a person may type, and the error that says why not, in words for them.

The limits and the cleaning of typed text (a card, a name, a title) live
here once, for the keyboard, an import and the room's phones alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from workshop.core.worded import Worded, said


@dataclass(frozen=True)
class SessionHeader:
    """What the cover of the PDF says about the workshop."""

    title: str
    organisation: str = ""
    facilitator: str = ""
    date: str = ""  # ISO date, "2026-11-22"
    participants: tuple[str, ...] = ()
    # The session's language (a BCP 47 tag, "de", "pt-BR"): the PDF's words, dates and
    # hyphenation, and the exercises' version the library picks. Chosen when it is made.
    language: str = "en"


MAX_CARD_LENGTH = 10_000
MAX_NAME_LENGTH = 200  # a person, a cluster, a colour: one short line
# A workshop's title and its organisation: a line on the wall and on the PDF's cover.
MAX_TITLE_LENGTH = 200
MAX_PARTICIPANTS = 500
LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


class InputError(Worded, ValueError):
    """A change the session cannot take; the message says why, in words for the facilitator.

    Every command raises this (and only this) for bad input, before changing anything.

    The message is English. Given as a template with its values,
    ``InputError("At most {count} dots.", count=3)``, it can be said in another
    language where it is shown (`Worded.translated`): the window, the phones and
    the command line each have a catalogue of these messages; core has none.
    """

    def __init__(self, message: str = "", **values: object) -> None:
        super().__init__(self.word(message, values))


class CardTextError(InputError):
    """Text that cannot become a card; the message says why, for the entry line."""


def _mend(text: str) -> str:
    # A lone surrogate (a broken paste) cannot be written as UTF-8; show it as
    # the replacement character rather than refuse the whole card.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)
    return text


def clean_card_text(text: str) -> str:
    """The text a card keeps: trailing space trimmed, nothing else touched.

    Raises `CardTextError` for an empty card or one longer than `MAX_CARD_LENGTH`.
    """
    cleaned = _mend(text).strip()
    if not cleaned:
        raise CardTextError("A card needs some text: type an idea, then press Enter.")
    if len(cleaned) > MAX_CARD_LENGTH:
        raise CardTextError("A card holds at most {limit:,} characters; this one has {length:,}.",
                            limit=MAX_CARD_LENGTH, length=len(cleaned))
    return cleaned


def clean_text(text: str, what: str, *, required: bool = False,
               limit: int = MAX_CARD_LENGTH) -> str:
    """Free text (an answer, an action, a statement blank) trimmed; `what` names it in errors."""
    if not isinstance(text, str):
        raise InputError("{what} must be text.", what=what)
    cleaned = _mend(text).strip()
    if required and not cleaned:
        raise InputError("{what} needs some text.", what=what)
    if len(cleaned) > limit:
        raise InputError("{what} holds at most {limit:,} characters; this has {length:,}.",
                         what=what, limit=limit, length=len(cleaned))
    return cleaned


def clean_name(name: str, what: str) -> str:
    """A person's name (author, voter, participant): one short line, never empty."""
    cleaned = clean_text(name, what, limit=MAX_NAME_LENGTH)
    if not cleaned:
        raise InputError("{what} needs a name.", what=what)
    if "\n" in cleaned or "\r" in cleaned:
        raise InputError("{what} must fit on one line.", what=what)
    return cleaned


def check_header(header: SessionHeader) -> SessionHeader:
    """The header as the app keeps it: a title, short one-line names, a real date.

    The same rules for the New session dialog, `workshop new` and an import,
    so a title that ran off the PDF's cover (or took a minute to lay out) can
    come in by none of them. Raises `InputError`.
    """
    title = _one_line(clean_text(header.title, said("The title"), required=True, limit=MAX_TITLE_LENGTH),
                      said("The title"))
    organisation = _one_line(clean_text(header.organisation, said("The organisation"),
                                        limit=MAX_TITLE_LENGTH), said("The organisation"))
    facilitator = (clean_name(header.facilitator, said("The facilitator")) if header.facilitator.strip()
                   else "")
    if header.date:
        try:
            date.fromisoformat(header.date)
        except (TypeError, ValueError):
            raise InputError("The date must look like 2026-11-22, not {date!r:.40}.",
                             date=header.date) from None
    if len(header.participants) > MAX_PARTICIPANTS:
        raise InputError("At most {limit} participants; this has {count}.",
                         limit=MAX_PARTICIPANTS, count=len(header.participants))
    participants = tuple(clean_name(name, said("A participant")) for name in header.participants)
    language = header.language.strip() or "en"
    if not LANGUAGE_TAG.fullmatch(language):
        raise InputError("The language must be a tag such as en, de or pt-BR, not {language!r:.40}.",
                         language=language)
    return SessionHeader(title, organisation, facilitator, header.date, participants, language)


def _one_line(text: str, what: str) -> str:
    if "\n" in text or "\r" in text:
        raise InputError("{what} must fit on one line.", what=what)
    return text
