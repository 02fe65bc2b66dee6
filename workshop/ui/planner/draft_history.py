"""Undo and Redo in the planner: the agenda as it was before each change, by `core.history`.

The window's Undo and Redo act on these while the planner is on screen. A
snapshot keeps the chosen row, so Undo shows where the change was, and the
title only for a change that replaced it (starting from a plan): typing a
title is the text box's own undo, not the agenda's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from workshop.core.history import UNDO_LIMIT, Snapshot, SnapshotHistory
from workshop.core.templates import Plan


@dataclass(frozen=True)
class Draft:
    """The agenda as it was before a change: what Undo puts back."""

    plan: Plan
    chosen: tuple[int, str] | None
    title: str | None = None  # only a change that replaced the title (a plan started from)


class DraftHistory:
    """The planner's undo and redo stacks; the page keeps the draft and shows what is put back.

    `now` is the draft as it is on screen (its title as typed), `put_back`
    shows a draft again, and `changed` says what Undo and Redo would do has
    changed.
    """

    def __init__(self, now: Callable[[], Draft], put_back: Callable[[Draft], None],
                 changed: Callable[[], None]) -> None:
        self._snapshots: SnapshotHistory[Draft] = SnapshotHistory(UNDO_LIMIT)
        self._now = now
        self._put_back = put_back
        self._changed = changed

    def remember(self, label: str, merge: str = "", *, keep_title: bool = False) -> None:
        """Call before changing the agenda: keep it as it is for Undo, under `label`.

        Changes in a row with the same `merge` key are one step back;
        `keep_title` for a change that replaces the title too.
        """
        now = self._now()
        if self._snapshots.remember(label, now if keep_title else replace(now, title=None), merge):
            self._changed()

    @property
    def labels(self) -> tuple[str | None, str | None]:
        """What Undo and Redo would do, by name; None for nothing."""
        return self._snapshots.undo_label, self._snapshots.redo_label

    def undo(self) -> None:
        self._step(self._snapshots.next_undo(), self._snapshots.undo)

    def redo(self) -> None:
        self._step(self._snapshots.next_redo(), self._snapshots.redo)

    def _step(self, coming: Snapshot[Draft] | None, step: Callable[[Draft], Draft | None]) -> None:
        if coming is None:
            return
        # The title goes back and forth only with the changes that replaced it.
        now = self._now()
        draft = step(now if coming.value.title is not None else replace(now, title=None))
        if draft is not None:
            self._put_back(draft)
            self._changed()
