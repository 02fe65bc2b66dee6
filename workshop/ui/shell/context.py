"""What the windows are given instead of reaching for globals: one small explicit context."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from workshop import paths
from workshop.ui.home.recent_sessions import RecentSessions
from workshop.ui.shell.preferences import Preferences

if TYPE_CHECKING:
    from datetime import datetime

    from workshop.core.timer import Clock
    from workshop.library.catalog import Library

# The same as `controller.WallClock`; named in quotes, so `datetime` waits for the first session.
WallClock = Callable[[], "datetime"]


def local_now() -> datetime:
    """The wall-clock time with the local offset (`controller.local_now`, imported when first asked).

    The controller brings the session store and SQLite with it: the home page,
    painted first, needs neither.
    """
    from workshop.ui.shell.controller import local_now as now

    return now()


@dataclass
class AppContext:
    """The library, the user's folders, what the app remembers and the clocks.

    Tests swap the clocks and folders. The app starts with an empty library
    (only its folders) and reads it after the window is painted.
    """

    library: Library
    recent: RecentSessions = field(default_factory=lambda: RecentSessions(paths.user_config_dir()))
    sessions_dir: Path = field(default_factory=paths.default_sessions_dir)
    # None: beside the session file (`exports/` when run from a checkout), see `paths`.
    exports_dir: Path | None = None
    clock: Clock = time.monotonic
    now: WallClock = local_now
    preferences: Preferences = field(default_factory=Preferences)
    plans_dir: Path = field(default_factory=lambda: paths.user_library() / "plans")
    # While a session is open, an export worker waits ready (`PdfExporter.keep_warm`). Tests
    # that open many sessions and export none turn it off; the tests of the worker keep it.
    warm_exports: bool = True
