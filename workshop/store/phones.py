"""The room's phones in the session file: who joined, the receipts of what they sent, the room's settings.

None of this is in the undo history: joining is not a change to the group's
input, and a receipt belongs to the change it names (written in that
change's own transaction, by `SessionFile.do`).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable

from workshop.core.phones import ANONYMOUS, Phone, phone_label
from workshop.store.writes import Transaction, now_iso

MAX_RECEIPT = 120


def secret_hash(secret: str) -> str:
    """What the file keeps of a phone's cookie: its hash, so the file alone cannot pose as a phone."""
    return hashlib.sha256(secret.encode("utf-8", "replace")).hexdigest()


class PhoneBook:
    """The phones of one open session file (used by `SessionFile`, on its thread)."""

    def __init__(self, db: sqlite3.Connection, transaction: Callable[[], Transaction]) -> None:
        self._db = db
        self._transaction = transaction
        self._senders: set[str] | None = None  # read once, then kept up to date by `sent`

    def all(self) -> list[Phone]:
        """Every phone that joined, in the order they joined (removed ones too)."""
        return [self._phone(row) for row in self._db.execute(
            "SELECT device, label, named, joined_at, removed FROM phone ORDER BY rowid")]

    def by_secret(self, secret: str) -> Phone | None:
        row = self._db.execute("SELECT device, label, named, joined_at, removed FROM phone "
                               "WHERE secret = ?", (secret_hash(secret),)).fetchone()
        return self._phone(row) if row else None

    def join(self, device: str, secret: str, name: str, anonymous: str = ANONYMOUS) -> Phone:
        """Commit a new phone under a label no other phone has (`anonymous`: see `phone_label`)."""
        labels = [row[0] for row in self._db.execute("SELECT label FROM phone")]
        phone = Phone(device, phone_label(name, labels, len(labels), anonymous), bool(name), now_iso())
        with self._transaction():
            self._db.execute("INSERT INTO phone (device, secret, label, named, joined_at) "
                             "VALUES (?, ?, ?, ?, ?)",
                             (device, secret_hash(secret), phone.label, int(phone.named), phone.joined_at))
        return phone

    def remove(self, device: str) -> None:
        """The facilitator sent this phone away: its cookie opens nothing any more."""
        with self._transaction():
            self._db.execute("UPDATE phone SET removed = 1 WHERE device = ?", (device,))

    def remove_all(self) -> None:
        with self._transaction():
            self._db.execute("UPDATE phone SET removed = 1")

    def has_receipt(self, receipt: str) -> bool:
        return self._db.execute("SELECT 1 FROM receipt WHERE id = ?", (receipt,)).fetchone() is not None

    def senders(self) -> set[str]:
        """The devices that have a receipt: every phone that sent a change the file took."""
        if self._senders is None:
            self._senders = {row[0] for row in self._db.execute(
                "SELECT DISTINCT substr(id, 1, instr(id, ':') - 1) FROM receipt")}
        return self._senders

    def sent(self, receipt: str) -> int:
        """After the commit of a change with `receipt`: how many phones have sent something."""
        senders = self.senders()
        senders.add(receipt.partition(":")[0])
        return len(senders)

    def write_receipt(self, receipt: str) -> None:
        """Inside a change's transaction: this change has been applied."""
        self._db.execute("INSERT INTO receipt (id, at) VALUES (?, ?)", (receipt[:MAX_RECEIPT], now_iso()))

    def setting(self, key: str, default: str = "") -> str:
        row = self._db.execute("SELECT value FROM room WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def settings(self, prefix: str) -> dict[str, str]:
        return dict(self._db.execute("SELECT key, value FROM room WHERE key LIKE ? ESCAPE '\\'",
                                     (prefix.replace("_", "\\_").replace("%", "\\%") + "%",)).fetchall())

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction():
            self._db.execute("INSERT OR REPLACE INTO room (key, value) VALUES (?, ?)", (key, value))

    @staticmethod
    def _phone(row: tuple[str, str, int, str, int]) -> Phone:
        return Phone(row[0], row[1], bool(row[2]), row[3], bool(row[4]))
