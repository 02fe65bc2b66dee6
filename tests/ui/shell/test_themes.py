"""Readable at the back of the room: three themes at 7:1 or better, switched from the View menu,
remembered, and text that grows with the zoom keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from workshop.ui.shell.context import AppContext
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.widgets.theme import TEXT_PAIRS, THEMES, Theme, contrast_ratio, next_theme

EVERY_WINDOW = [(f"{key}-{role}", getattr(themes, role)) for key, themes in THEMES.items()
                for role in ("console", "audience")]


@pytest.mark.parametrize(("name", "theme"), EVERY_WINDOW, ids=[name for name, _ in EVERY_WINDOW])
def test_every_text_colour_reaches_seven_to_one(name: str, theme: Theme) -> None:
    too_faint = {f"{text} on {background}": round(contrast_ratio(getattr(theme, text),
                                                                 getattr(theme, background)), 2)
                 for text, background in TEXT_PAIRS
                 if contrast_ratio(getattr(theme, text), getattr(theme, background)) < 7}
    assert too_faint == {}


def test_the_cues_differ_from_each_other_in_every_theme() -> None:
    for themes in THEMES.values():
        theme = themes.audience
        assert len({theme.timer_normal, theme.timer_low, theme.timer_very_low}) == 3, themes.key
        # Time running low must show from the back of the room. On a dark wall a bright amber
        # or red stands out from white; on a light wall any colour dark enough to read is
        # close to black, so the light themes put a tint behind the digits.
        for colour, fill in ((theme.timer_low, theme.low_fill), (theme.timer_very_low, theme.very_low_fill)):
            if theme.dark:
                assert rgb_distance(colour, theme.timer_normal) >= 150, themes.key
            else:
                assert contrast_ratio(fill, theme.background) >= 1.1, themes.key
        assert theme.dark or theme.low_fill != theme.very_low_fill, themes.key
        # Overtime is a solid block with its own text colour, not just another colour of digits.
        assert theme.overtime_fill != theme.background
        assert (theme.overtime_text, theme.overtime_fill) != (theme.timer_very_low, theme.background)


def rgb_distance(first: str, second: str) -> float:
    channels = [[int(colour[i:i + 2], 16) for i in (1, 3, 5)] for colour in (first, second)]
    return sum((x - y) ** 2 for x, y in zip(*channels, strict=True)) ** 0.5


def test_the_contrast_formula() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)


def test_the_view_menu_switches_the_theme_of_both_windows_and_remembers_it(
        qtbot: QtBot, running: MainWindow, context: AppContext) -> None:
    theme_menu = running.menuBar().findChild(QMenu, "themeMenu")
    assert theme_menu is not None
    assert [action.text() for action in theme_menu.actions() if action.isCheckable()] == \
        ["Like the system", "Light", "Dark", "High contrast"]
    running.action_set.themes["dark"].trigger()

    assert running.audience.theme is THEMES["dark"].audience
    assert running.run_page.timer_widget.theme is THEMES["dark"].console
    assert THEMES["dark"].console.background in running.styleSheet()
    image = running.audience.grab().toImage()
    assert image.pixelColor(3, image.height() - 3).name() == THEMES["dark"].audience.background
    assert context.preferences.theme == "dark"

    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.theme_key == "dark"
    assert again.action_set.themes["dark"].isChecked()
    assert again.audience.theme is THEMES["dark"].audience


def test_the_room_can_have_a_theme_of_its_own(qtbot: QtBot, running: MainWindow,
                                             context: AppContext) -> None:
    room_menu = running.menuBar().findChild(QMenu, "roomThemeMenu")
    assert room_menu is not None
    assert [action.text() for action in room_menu.actions()] == \
        ["&Same as the console", "Light", "Dark", "High contrast"]
    assert running.action_set.room_themes[""].isChecked()
    running.action_set.room_themes["dark"].trigger()  # a dim room, a light laptop
    assert running.audience.theme is THEMES["dark"].audience
    assert running.run_page.timer_widget.theme is THEMES["light"].console
    running.action_set.themes["high-contrast"].trigger()  # the console changes, the room stays
    assert running.audience.theme is THEMES["dark"].audience
    assert context.preferences.room_theme == "dark"

    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.action_set.room_themes["dark"].isChecked()
    assert again.audience.theme is THEMES["dark"].audience
    again.action_set.room_themes[""].trigger()  # follows the console again
    assert again.audience.theme is THEMES["high-contrast"].audience
    assert context.preferences.room_theme == ""


def test_the_next_theme_key_cycles_through_all_three(running: MainWindow) -> None:
    seen = [running.theme_key]
    for _ in range(3):
        running.action_set.next_theme.trigger()
        seen.append(running.theme_key)
    assert seen == ["light", "dark", "high-contrast", "light"]
    assert next_theme("nonsense") == "light"


def test_an_unknown_theme_in_the_settings_falls_back_to_light(qtbot: QtBot, context: AppContext) -> None:
    context.preferences.theme = "neon"
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.theme_key == "light"


def test_zoom_keys_scale_both_windows_and_are_remembered(qtbot: QtBot, running: MainWindow,
                                                         context: AppContext) -> None:
    audience_title = running.audience.header.title
    before = audience_title.font().pixelSize()
    running.action_set.zoom_in.trigger()
    running.action_set.zoom_in.trigger()
    assert audience_title.font().pixelSize() > before
    assert context.preferences.zoom == pytest.approx(1.15 ** 2, abs=0.001)
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.zoom == pytest.approx(1.3225, abs=0.001)
    running.action_set.zoom_reset.trigger()
    assert audience_title.font().pixelSize() == before


def test_a_broken_file_is_red_in_the_theme_of_the_day(qtbot, tmp_path) -> None:
    from PySide6.QtGui import QColor

    from workshop.library.catalog import load_library
    from workshop.ui.library.library_view import LibraryView
    from workshop.ui.widgets.theme import contrast_ratio, theme_set

    (tmp_path / "exercises").mkdir()
    (tmp_path / "exercises" / "broken.yaml").write_text("id: [", encoding="utf-8")
    view = LibraryView()
    qtbot.addWidget(view)
    view.set_library(load_library([tmp_path]))
    dark = theme_set("dark").console
    view.set_theme(dark)
    exercises = view.tree.topLevelItem(1)
    broken = exercises.child(0)
    assert broken.foreground(0).color() == QColor(dark.error)
    assert contrast_ratio(dark.error, dark.background) >= 7


def test_the_console_follows_the_systems_scheme_and_contrast_live_until_a_theme_is_chosen(
        monkeypatch: pytest.MonkeyPatch, running: MainWindow, context: AppContext) -> None:
    system = running.appearance.system
    asked = {"scheme": Qt.ColorScheme.Light, "contrast": Qt.ContrastPreference.NoPreference}
    # The offscreen platform has no scheme to change: the app's own seam answers for the system.
    monkeypatch.setattr(system, "scheme", lambda: asked["scheme"])
    monkeypatch.setattr(system, "contrast", lambda: asked["contrast"])
    hints = QGuiApplication.styleHints()
    assert running.action_set.themes[""].isChecked()
    room = running.audience.theme

    asked["scheme"] = Qt.ColorScheme.Dark
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert running.theme_key == "dark"
    assert running.run_page.timer_widget.theme is THEMES["dark"].console
    assert THEMES["dark"].console.background in running.styleSheet()
    assert running.audience.theme is room  # the projector keeps its own look

    asked["contrast"] = Qt.ContrastPreference.HighContrast
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert running.run_page.timer_widget.theme is THEMES["high-contrast"].console

    running.action_set.themes["light"].trigger()  # the facilitator's choice wins
    asked["contrast"] = Qt.ContrastPreference.NoPreference
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    assert running.run_page.timer_widget.theme is THEMES["light"].console
    assert context.preferences.theme == "light"

    running.action_set.themes[""].trigger()  # and following the system again is remembered too
    assert running.run_page.timer_widget.theme is THEMES["dark"].console
    assert context.preferences.theme == ""


def test_until_the_first_paint_the_system_look_is_read_from_the_palette(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop.ui.shell.appearance import SystemLook

    holder = QWidget()
    qtbot.addWidget(holder)
    system = SystemLook(holder)
    monkeypatch.setattr(system, "scheme", lambda: Qt.ColorScheme.Dark)
    monkeypatch.setattr(system, "contrast", lambda: Qt.ContrastPreference.NoPreference)
    assert system.theme_key() == "light"  # the offscreen palette is light; the scheme is not asked yet
    with qtbot.waitSignal(system.changed, timeout=1000):
        system.settle()  # after the paint: the system's own word, and a change if it differs
    assert system.theme_key() == "dark"
    with qtbot.assertNotEmitted(system.changed):
        system.settle()
