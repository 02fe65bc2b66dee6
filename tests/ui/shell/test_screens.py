"""Where the audience window goes: on the projector when there is one, over the console when not,
and after the projector is unplugged and plugged back in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.checkout import ROOT as PROJECT_ROOT
from workshop.ui.shell.main_window import MainWindow

SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "dpr": 1},
    {"name": "projector", "x": 1920, "y": 0, "width": 1280, "height": 720, "logicalDpi": 96, "dpr": 1},
]}


def run_with_two_screens(tmp_path: Path) -> list[dict[str, object]]:
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(tmp_path)
    result = subprocess.run([sys.executable, "-m", "tests.ui.screens_helper", str(tmp_path)],
                            cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_with_a_projector_the_room_view_opens_there_and_follows_it(tmp_path: Path) -> None:
    opened, unplugged, plugged = run_with_two_screens(tmp_path)

    assert opened["screens"] == ["laptop", "projector"]
    # The console stays on the laptop; the room view fills the projector, on its own.
    assert opened["console_screen"] == "laptop"
    assert opened["audience_visible"] and opened["audience_full_screen"]
    assert opened["audience_screen"] == "projector"
    assert opened["audience_geometry"] == [1920, 0, 1280, 720]
    assert opened["toggle_checked"] and opened["preview_shown"]
    # The keyboard stays with the console, in the step's input (a rating grid here): the
    # projector's window refuses it, so typing never goes to the room's screen.
    assert opened["audience_refuses_focus"]
    assert opened["active_window"] == "mainWindow" and opened["focus"] == "ratingTable"

    # Unplugged: the room view folds away instead of landing on top of the console.
    assert not unplugged["audience_visible"]
    assert not unplugged["toggle_checked"] and not unplugged["preview_shown"]
    assert "projector was disconnected" in str(unplugged["message"])
    assert unplugged["console_screen"] == "laptop"

    # Plugged back in: full screen on the projector again, and the message goes.
    assert plugged["audience_visible"] and plugged["audience_screen"] == "projector"
    assert plugged["audience_geometry"] == [1920, 0, 1280, 720]
    assert plugged["message"] == ""
    assert plugged["active_window"] == "mainWindow" and plugged["focus"] == "ratingTable"


def test_with_one_screen_the_room_view_waits_for_the_toggle(qtbot: QtBot, running: MainWindow) -> None:
    audience = running.audience
    assert not audience.isVisible()  # one screen: opening a session leaves the console in front
    assert not running.run_page.preview.isVisible()

    running.action_set.toggle_audience.trigger()
    qtbot.waitExposed(audience)
    assert audience.isFullScreen()
    assert audience.screen() is running.screen()
    assert not audience.on_own_screen
    # Alone on one screen it covers the console, so it takes the keys.
    assert not audience.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus

    # A screen event with one screen left does not hide a room view the facilitator asked for.
    running.screens.screensChanged.emit([running.screen()])
    assert audience.isVisible()
    running.action_set.toggle_audience.trigger()
    assert not audience.isVisible()


def test_the_thumbnail_shows_the_room_while_the_room_view_is_up(qtbot: QtBot, running: MainWindow) -> None:
    preview = running.run_page.preview
    running.action_set.toggle_audience.trigger()
    qtbot.waitExposed(running.audience)
    running.activateWindow()
    assert preview.isVisible() and preview.is_refreshing()
    frames = preview.frames
    qtbot.waitUntil(lambda: preview.frames >= frames + 2, timeout=3000)  # about twice a second
    assert preview.shows_room
    # Its picture is the room's: the audience window's own colours are in it.
    image = preview.pixmap().toImage()
    background = running.audience.theme.background
    assert image.pixelColor(2, image.height() - 3).name() == background

    running.action_set.toggle_audience.trigger()
    assert not preview.isVisible() and not preview.is_refreshing()
