"""The small modules behind the windows: recent files, display checks, file names, keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from workshop.ui.home.recent_sessions import RecentSessions
from workshop.ui.shell import hotkeys
from workshop.ui.shell.actions import WorkshopActions
from workshop.ui.shell.file_names import export_path, session_path, slug, with_suffix
from workshop.ui.shell.startup_checks import APT_FIX, SONAMES, XCB_LIBRARIES, display_problem, loadable
from workshop.ui.widgets.theme import AUDIENCE, CONSOLE, contrast_ratio

# -- recent sessions -------------------------------------------------------------


def test_recent_sessions_most_recent_first_without_duplicates_or_missing(tmp_path: Path) -> None:
    recent = RecentSessions(tmp_path / "config")
    first, second = tmp_path / "a.workshop", tmp_path / "b.workshop"
    for path in (first, second):
        path.write_bytes(b"x")
    recent.add(first)
    recent.add(second)
    recent.add(first)
    assert recent.paths() == [first, second]
    second.unlink()
    assert recent.paths() == [first]
    assert json.loads(recent.path.read_text())["sessions"][0] == str(first)


def test_a_damaged_recent_list_is_an_empty_one(tmp_path: Path) -> None:
    recent = RecentSessions(tmp_path)
    recent.path.write_text("{not json")
    assert recent.paths() == []
    (tmp_path / "c.workshop").write_bytes(b"x")
    assert recent.add(tmp_path / "c.workshop") == [tmp_path / "c.workshop"]


# -- display checks ----------------------------------------------------------------


def test_no_display_is_explained() -> None:
    message = display_problem({}, lambda _name: "found", platform="linux")
    assert message is not None and "no" in message.lower() and "DISPLAY" in message


def test_a_missing_xcb_cursor_library_prints_the_apt_line() -> None:
    message = display_problem({"DISPLAY": ":0"}, lambda name: None if name == "xcb-cursor" else "lib",
                              platform="linux")
    assert message is not None
    assert APT_FIX in message
    assert "libxcb-cursor" in message
    assert APT_FIX.startswith("sudo apt-get install -y libxcb-cursor0 ")


@pytest.mark.parametrize("environ", [{"DISPLAY": ":0"}, {"QT_QPA_PLATFORM": "offscreen"},
                                     {"QT_QPA_PLATFORM": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
                                     {"WAYLAND_DISPLAY": "wayland-0"}])
def test_nothing_to_say_when_the_window_can_appear(environ: dict[str, str]) -> None:
    assert display_problem(environ, lambda _name: "lib", platform="linux") is None
    # Wayland-only sessions do not need the xcb libraries.
    if "DISPLAY" not in environ:
        assert display_problem(environ, lambda _name: None, platform="linux") is None


def test_other_systems_are_not_checked() -> None:
    assert display_problem({}, lambda _name: None, platform="win32") is None


def test_libraries_are_found_by_file_name_without_a_subprocess(monkeypatch: pytest.MonkeyPatch) -> None:
    import ctypes.util
    import subprocess

    assert set(SONAMES) == set(XCB_LIBRARIES)
    assert all(soname.startswith(f"lib{name}.so.") for name, soname in SONAMES.items())

    def no_subprocess(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a subprocess was started (ldconfig or gcc)")

    monkeypatch.setattr(subprocess, "Popen", no_subprocess)
    monkeypatch.setattr(ctypes.util, "find_library", no_subprocess)
    # Whatever this machine has of them, each is found or not by its file name alone.
    for name in XCB_LIBRARIES:
        assert loadable(name) in (SONAMES[name], None)


def test_a_library_missing_from_the_system_is_reported_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(SONAMES, "xcb-cursor", "libxcb-cursor-that-does-not-exist.so.0")
    assert loadable("xcb-cursor") is None
    assert loadable("no-such-library-anywhere") is None  # not in the table: the general lookup


# -- file names ---------------------------------------------------------------------------


def test_file_names_from_titles(tmp_path: Path) -> None:
    assert slug("Service culture day: Café Crème!") == "service-culture-day-cafe-creme"
    assert slug("???") == "session"
    assert session_path(tmp_path, "Day 1").name == "day-1.workshop"
    assert export_path(tmp_path, "Day 1", "2026-11-22").name == "day-1-2026-11-22.pdf"
    assert with_suffix(tmp_path / "x.WORKSHOP", ".workshop").name == "x.WORKSHOP"
    assert with_suffix(tmp_path / "x", ".pdf").name == "x.pdf"


# -- keys -------------------------------------------------------------------------------------


def test_every_action_has_a_distinct_shortcut_named_in_its_tooltip(qtbot: QtBot) -> None:
    actions = WorkshopActions()
    listed = {f"action_{hotkey.name}" for hotkey in hotkeys.TABLE}
    seen: dict[str, str] = {}
    for action in actions.all():
        assert action.objectName().startswith("action_")
        if action.objectName().startswith(("action_theme_", "action_room_theme_")):
            assert not action.shortcuts()  # chosen in the menu; Ctrl+Shift+T cycles the themes
            continue
        if action in actions.joins_actions:
            assert not action.shortcuts()  # the room's settings, in the Room menu; Ctrl+J turns joins on
            continue
        assert action.objectName() in listed, action.objectName()
        assert action.shortcuts(), action.objectName()
        assert hotkeys.shortcut_text((action.shortcuts()[0].toString(),)) in action.toolTip()
    # Across the whole table, planner and library keys included, no key means two things.
    for hotkey in hotkeys.TABLE:
        for sequence in hotkeys.key_sequences(hotkey.keys):
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in seen, f"{key} is on {seen.get(key)} and {hotkey.name}"
            seen[key] = hotkey.name


def test_presenter_clicker_keys_move_between_steps() -> None:
    assert "PgDown" in hotkeys.NEXT_STEP and "PgUp" in hotkeys.PREVIOUS_STEP
    assert hotkeys.shortcut_text(hotkeys.START_PAUSE) == "Space or F5"


# -- colours -------------------------------------------------------------------------------------


@pytest.mark.parametrize("theme", [CONSOLE, AUDIENCE], ids=lambda t: t.name)
def test_text_colours_reach_seven_to_one(theme: object) -> None:
    for colour in ("text", "muted", "timer_normal", "timer_low", "timer_very_low"):
        assert contrast_ratio(getattr(theme, colour), theme.background) >= 7, colour  # type: ignore[attr-defined]
    assert contrast_ratio(theme.card_text, theme.card_fill) >= 7  # type: ignore[attr-defined]
    assert contrast_ratio(theme.overtime_text, theme.overtime_fill) >= 7  # type: ignore[attr-defined]



def test_a_recent_list_that_cannot_be_written_leaves_nothing_behind(tmp_path: Path) -> None:
    from workshop.ui.home.recent_sessions import RECENT_FILE, RecentSessions

    (tmp_path / RECENT_FILE).mkdir()  # in the way: the rename into place fails
    recent = RecentSessions(tmp_path)
    session = tmp_path / "day.workshop"
    session.write_bytes(b"")
    recent.add(session)  # not remembered, and never an error
    assert sorted(p.name for p in tmp_path.iterdir()) == ["day.workshop", RECENT_FILE]
