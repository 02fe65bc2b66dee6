"""A session file at a glance, for the list of recent sessions: read quickly, never loudly.

Only what the list shows is read, on a read-only connection that changes
nothing beside the file: the title, the date, the step it is on out of how
many, and when it last changed. A file that cannot be read is said in words
(`Glance.problem`), never raised: the list must open even when one of its
files is damaged, moved or from a newer version.

Whether the session was closed cleanly comes from its lock file
(`store.lock`). Closing removes it; a session whose app was killed, crashed
or lost its power leaves it behind, held by nobody. So a lock file that
nobody holds means "not closed cleanly", with no extra marker to write.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workshop.core.agenda import build_agenda
from workshop.core.templates import ExerciseTemplate, Plan
from workshop.core.worded import said
from workshop.store.checks import check_header, connect
from workshop.store.errors import SessionFileError, sqlite_in_words
from workshop.store.lock import holder_of, lock_path


@dataclass(frozen=True)
class Glance:
    """What the recent list shows of one session file."""

    path: Path
    title: str = ""
    date: str = ""  # the session's own date, as typed (YYYY-MM-DD), or ""
    step: int = 0  # the step it is on, counted from 1
    steps: int = 0
    step_title: str = ""
    changed: datetime | None = None  # when the file last changed (local time)
    left_open: bool = False  # not closed cleanly: its lock file was left behind
    open_elsewhere: str = ""  # "open in Workshop on this machine since 10:42" (a `Phrase`), or ""
    problem: str = ""  # why it cannot be read (a `Phrase`, said in each screen's language), or ""


def glance(path: Path) -> Glance:
    """`path` at a glance; a file that cannot be read gives a `Glance` whose `problem` says why."""
    path = Path(path)
    try:
        check_header(path)
        changed = last_change(path)
        db = connect(path, read_only=True)
        try:
            row = db.execute("SELECT title, date, current_stop FROM session WHERE id = 1").fetchone()
            snapshot = db.execute("SELECT plan, templates FROM snapshot WHERE id = 1").fetchone()
        finally:
            db.close()
        if row is None or snapshot is None:
            return Glance(path, problem=said("the file is damaged (no session header)"))
        plan = Plan.from_dict(json.loads(snapshot[0]))
        templates = {key: ExerciseTemplate.from_dict(value) for key, value in json.loads(snapshot[1]).items()}
        stops = build_agenda(plan, templates).stops
    except SessionFileError as error:
        return Glance(path, problem=said(error.template, **error.values))
    except sqlite3.Error as error:
        return Glance(path, problem=said("the file cannot be read: {reason}", reason=sqlite_in_words(error)))
    except OSError as error:
        return Glance(path, problem=said("the file cannot be read: {reason}",
                                         reason=error.strerror or str(error)))
    except (ValueError, KeyError, TypeError, AttributeError):
        return Glance(path, problem=said("the file is damaged (what it holds does not make a session)"))
    current = max(0, min(int(row[2]), len(stops) - 1))
    holder = holder_of(path)
    return Glance(path, title=str(row[0]), date=str(row[1]), step=current + 1, steps=len(stops),
                  step_title=stops[current].step.title if stops else "", changed=changed,
                  left_open=holder is None and lock_path(path).exists(),
                  open_elsewhere=holder.describe() if holder is not None else "")


def last_change(path: Path) -> datetime:
    """When the session file (or its write-ahead log, where a change lands first) last changed."""
    times = [path.stat().st_mtime]
    wal = path.with_name(f"{path.name}-wal")
    if wal.exists():
        times.append(wal.stat().st_mtime)
    return datetime.fromtimestamp(max(times)).astimezone()
