"""The real app, in a real X window under Xvfb, shows its main window.

The rest of the suite runs on Qt's offscreen platform; this one proves that the
xcb platform plugin and its system libraries load, as on a facilitator's laptop.
`make test` installs Xvfb first (`scripts/system-deps`), so it fails rather than
skips when Xvfb is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_main_window_appears_under_xvfb(user_folders: Path) -> None:
    xvfb_run = shutil.which("xvfb-run")
    if xvfb_run is None:
        pytest.fail("xvfb-run is missing: scripts/system-deps test installs it (make test runs it)")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(WORKSHOP_SMOKE="1", QT_QPA_PLATFORM="xcb")
    result = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1920x1080x24", sys.executable, "-m", "workshop"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "main window shown" in result.stdout
