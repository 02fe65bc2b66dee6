"""What the windows are given instead of reaching for globals: one small explicit context."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from workshop import paths
from workshop.core.timer import Clock
from workshop.library.catalog import Library
from workshop.ui.controller import WallClock, local_now
from workshop.ui.preferences import Preferences
from workshop.ui.recent_sessions import RecentSessions


@dataclass
class AppContext:
    """The library, the user's folders, what the app remembers and the clocks.

    Tests swap the clocks and folders.
    """

    library: Library
    recent: RecentSessions = field(default_factory=lambda: RecentSessions(paths.user_config_dir()))
    sessions_dir: Path = field(default_factory=paths.default_sessions_dir)
    exports_dir: Path = field(default_factory=paths.default_exports_dir)
    clock: Clock = time.monotonic
    now: WallClock = local_now
    preferences: Preferences = field(default_factory=Preferences)
    plans_dir: Path = field(default_factory=lambda: paths.user_library() / "plans")
