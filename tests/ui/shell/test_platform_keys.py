"""Each platform's keys: macOS's own keys are left to macOS, and no key means two things anywhere."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence

from workshop.ui.shell import hotkeys
from workshop.ui.shell.main_window import MainWindow

PLATFORMS = ("linux", "win32", "darwin")


def test_no_macos_binding_uses_a_key_macos_reserves() -> None:
    for hotkey in hotkeys.TABLE:
        used = set(hotkeys.portable_keys(hotkey.keys_for("darwin"), "darwin"))
        assert not used & hotkeys.MAC_RESERVED, hotkey.name


@pytest.mark.parametrize("platform", PLATFORMS)
def test_no_two_actions_share_a_key(platform: str) -> None:
    # The planner's Ctrl+Return and the forms' Ctrl+Return never meet: the planner has no form.
    owner: dict[str, str] = {}
    for hotkey in hotkeys.TABLE:
        for key in hotkeys.portable_keys(hotkey.keys_for(platform), platform):
            assert owner.setdefault(key, hotkey.name) == hotkey.name, f"{key}: {owner[key]} and {hotkey.name}"


def test_macos_gets_its_own_keys_for_hide_minimise_and_the_room() -> None:
    assert hotkeys.BY_NAME["board_hide"].keys_for("darwin") == ("Ctrl+U",)
    assert hotkeys.BY_NAME["board_hide"].keys_for("linux") == ("Ctrl+H",)
    assert "F11" not in hotkeys.BY_NAME["toggle_audience"].keys_for("darwin")
    assert hotkeys.mac_text("Ctrl+Shift+Z") == "⇧⌘Z"


def test_standard_actions_take_the_platforms_own_keys(running: MainWindow) -> None:
    standard = QKeySequence.StandardKey
    for name, key in (("undo", standard.Undo), ("redo", standard.Redo), ("open_session", standard.Open),
                      ("close_session", standard.Close), ("shortcuts", standard.HelpContents)):
        action = running.findChild(QAction, f"action_{name}")
        assert action is not None, name
        assert action.shortcuts() == QKeySequence.keyBindings(key), name
