"""The room's door: phones join, send changes and are sent away, through the session.

A phone never touches the file. Its server (`workshop.web`) calls these
methods on the session's own thread (through `SessionOwner.submit`); a
change from a phone is the same command the console would run, committed
the same way, with `origin` "phone:<device>" and a receipt: the name the
phone gave what it sent. The receipt is written in the change's own
transaction, so a change sent again after a dropped connection is found
and not applied twice, even across a crash.
"""

from __future__ import annotations

import secrets

from workshop.core.agenda import Stop
from workshop.core.commands import Command
from workshop.core.phones import ANONYMOUS, Phone, clean_phone_name
from workshop.core.rules import InputError
from workshop.session.service import Action, Change, PhonesChanged, Session, StoreFailed
from workshop.store.session_file import SessionFileError

MAX_PHONES = 400  # a large room, and a bound on what one network can make the app hold
# The join code: 14 characters of an alphabet without look-alikes (no 0/o, 1/l/i), about
# 69 random bits, lower case so a phone's keyboard cannot get it wrong when typed by hand.
TOKEN_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
TOKEN_LENGTH = 14
MAX_CLIENT_ID = 64


def new_token() -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


def typed_token(text: str) -> str:
    """A join code as someone typed it (spaces, dashes, capitals) in the form of the address."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())[:2 * TOKEN_LENGTH]


def shown_token(token: str) -> str:
    """The join code as the wall shows it: in groups of four, easy to read out and type."""
    return "-".join(token[start:start + 4] for start in range(0, len(token), 4))


class RoomClosed(InputError):
    """Joining is locked, the room is full, or this phone was sent away."""


class Room:
    """The phones of an open session and the facilitator's settings for them."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._book = session.phone_book

    # -- the join code --------------------------------------------------------------

    def token(self) -> str:
        """The code in the join address, made once per session and kept in the file."""
        token = self._book.setting("token")
        if not token:
            token = self._store(lambda: self._book.set_setting("token", new_token()))
            token = self._book.setting("token")
        return token

    def rotate_token(self) -> str:
        """A new join code: every phone joined so far is sent away and must scan again."""
        self._store(lambda: (self._book.set_setting("token", new_token()),
                             self._book.remove_all()))
        self._session.tell(PhonesChanged())
        return self._book.setting("token")

    @property
    def locked(self) -> bool:
        """No new phone may join (those in stay in)."""
        return self._book.setting("locked") == "1"

    def set_locked(self, locked: bool) -> None:
        self._store(lambda: self._book.set_setting("locked", "1" if locked else "0"))
        self._session.tell(PhonesChanged())

    # -- holding the room's cards until revealed ----------------------------------------

    def holds(self, stop: Stop) -> bool:
        """Whether cards from phones on this stop wait, hidden, until the facilitator reveals them.

        The template's `hold` says, until the facilitator decides otherwise on the day.
        """
        item, step = stop.input_key
        setting = self._book.setting(f"hold:{item}:{step}")
        return setting == "1" if setting else stop.step.input.hold

    def set_hold(self, stop: Stop, hold: bool) -> None:
        item, step = stop.input_key
        self._store(lambda: self._book.set_setting(f"hold:{item}:{step}", "1" if hold else "0"))
        self._session.tell(PhonesChanged())

    # -- phones ---------------------------------------------------------------------------

    def phones(self) -> list[Phone]:
        """The phones in the room now, in the order they joined."""
        return [phone for phone in self._book.all() if not phone.removed]

    def phone(self, secret: str) -> Phone | None:
        """The phone holding this cookie; None for a stranger or a phone sent away."""
        phone = self._book.by_secret(secret) if secret else None
        return phone if phone is not None and not phone.removed else None

    def join(self, secret: str, name: object = "", anonymous: str = ANONYMOUS) -> Phone:
        """A new phone joins (anonymous unless `name`, then labelled by `anonymous`, "Phone {number}"
        in the session's language); `RoomClosed` when it may not."""
        if self._session.read_only:
            raise RoomClosed("This session is open read-only; phones cannot join.")
        if self.locked:
            raise RoomClosed("Joining is closed for now. Ask the facilitator.")
        if len(self.phones()) >= MAX_PHONES:
            raise RoomClosed("The room is full ({count} phones).", count=MAX_PHONES)
        clean = clean_phone_name(name)
        device = secrets.token_hex(4)
        phone = self._store(lambda: self._book.join(device, secret, clean, anonymous))
        self._session.tell(PhonesChanged())
        return phone

    def remove(self, device: str) -> None:
        """Send a phone away: it can no longer send anything; what it sent stays."""
        self._store(lambda: self._book.remove(device))
        self._session.tell(PhonesChanged())

    def taken_part(self) -> int:
        """How many phones sent at least one change (the report says so)."""
        return len({phone.device for phone in self._book.all()} & self._book.senders())

    # -- changes from phones --------------------------------------------------------------

    def submit(self, phone: Phone, command: Command, client_id: str) -> Change | None:
        """Commit a phone's change once: None when this `client_id` was committed before.

        Raises `InputError` when the session refuses it (the phone is told why)
        and `StoreFailed` when the file did not take it.
        """
        if not isinstance(client_id, str) or not 0 < len(client_id) <= MAX_CLIENT_ID:
            raise InputError("The change has no usable id.")
        receipt = f"{phone.device}:{client_id}"
        if self._book.has_receipt(receipt):
            return None
        return self._session.execute(command, phone.origin, receipt)

    def _store(self, write):  # type: ignore[no-untyped-def]
        try:
            return write()
        except SessionFileError as error:
            raise StoreFailed(Action.CHANGE, error.message) from error
