"""Undo and redo by snapshots, for what is edited as a whole immutable value (the planner's agenda).

A session's changes are commands, undone by their inverse in the session
file's own history. The planner edits an immutable `Plan` instead, so the
simplest faithful undo is to keep the value as it was before each change.
The values are immutable, so a snapshot is one reference. A run of changes
to one field (a length box's arrows) is one step back: give them the same
`merge` key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

UNDO_LIMIT = 200


@dataclass(frozen=True)
class Snapshot(Generic[T]):
    label: str  # "Add exercise": the menu says "Undo Add exercise"
    merge: str  # changes in a row with the same non-empty key are one step back
    value: T  # what Undo (or Redo) puts back


class SnapshotHistory(Generic[T]):
    """The undo and redo stacks of snapshots; the caller keeps the current value."""

    def __init__(self, limit: int = UNDO_LIMIT) -> None:
        self._undo: list[Snapshot[T]] = []
        self._redo: list[Snapshot[T]] = []
        self._limit = limit

    def remember(self, label: str, before: T, merge: str = "") -> bool:
        """Keep `before` (the value as it is now, about to change); False when it joins the last step."""
        last = self._undo[-1] if self._undo else None
        if merge and last is not None and last.merge == merge and not self._redo:
            return False  # the same field again: the whole run is one step back
        self._undo.append(Snapshot(label, merge, before))
        del self._undo[:-self._limit]
        self._redo.clear()
        return True

    def undo(self, now: T) -> T | None:
        """The value to go back to (None: nothing to undo); `now` is kept for Redo."""
        return self._step(self._undo, self._redo, now)

    def redo(self, now: T) -> T | None:
        return self._step(self._redo, self._undo, now)

    def next_undo(self) -> Snapshot[T] | None:
        """The snapshot Undo would put back (to see what it holds before asking)."""
        return self._undo[-1] if self._undo else None

    def next_redo(self) -> Snapshot[T] | None:
        return self._redo[-1] if self._redo else None

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()

    @staticmethod
    def _step(source: list[Snapshot[T]], target: list[Snapshot[T]], now: T) -> T | None:
        if not source:
            return None
        snapshot = source.pop()
        target.append(Snapshot(snapshot.label, "", now))
        return snapshot.value
