"""The room's phones: who joined, under which label, and the words a phone may give as its name.

A phone is anonymous unless its holder types a name. Either way it gets a
label that is unique in the session ("Phone 3", or "Ana", or "Ana (2)" for a
second Ana), because the label is what counts a person's dots and scores:
two phones must never share a vote allowance. Only a name someone typed is
ever shown as a name; "Phone 3" is a number, and the report treats it so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from workshop.core.rules import InputError, clean_text
from workshop.core.worded import said

MAX_PHONE_NAME = 40  # fits the console's list and a line of the PDF
PHONE_ORIGIN = "phone:"


@dataclass(frozen=True)
class Phone:
    """A phone that joined the session. `device` is its public id; its secret stays in its cookie."""

    device: str
    label: str
    named: bool
    joined_at: str
    removed: bool = False

    @property
    def origin(self) -> str:
        """How the undo history names changes from this phone."""
        return PHONE_ORIGIN + self.device

    @property
    def name(self) -> str:
        """The name its holder gave, or "" for an anonymous phone."""
        return self.label if self.named else ""


def is_phone_origin(origin: str) -> bool:
    return origin.startswith(PHONE_ORIGIN)


def clean_phone_name(name: object) -> str:
    """The name a phone's holder typed, as one short line; "" stays anonymous.

    Control characters and runs of spaces go (a name is shown on the wall);
    anything else a person may be called stays as typed.
    """
    text = clean_text(name if isinstance(name, str) else "", said("A name"), limit=10 * MAX_PHONE_NAME)
    text = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in text)
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) > MAX_PHONE_NAME:
        raise InputError("A name holds at most {limit} characters; this has {length}.",
                         limit=MAX_PHONE_NAME, length=len(text))
    return text


ANONYMOUS = "Phone {number}"


def phone_label(name: str, taken: Collection[str], joined: int, anonymous: str = ANONYMOUS) -> str:
    """A label no other phone has: the name given, else "Phone N" (N: the phones joined so far + 1).

    `taken` is compared without regard to case: "ana" and "Ana" would read as one person.
    `anonymous` words a phone with no name in the session's language ("Handy {number}").
    """
    if "{number}" not in anonymous or "{" in anonymous.replace("{number}", ""):
        anonymous = ANONYMOUS  # (a translation that lost its number would label every phone alike)
    used = {label.casefold() for label in taken}
    base = name or anonymous.format(number=joined + 1)
    if base.casefold() not in used:
        return base
    number = 2
    while True:
        label = f"{base} ({number})" if name else anonymous.format(number=joined + number)
        if label.casefold() not in used:
            return label
        number += 1
