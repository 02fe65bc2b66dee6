"""The window's look: the console's theme, the room's, and the zoom, remembered between runs.

The window hands each change to the parts already built; parts built later
take the look as they are made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.ui.shell.style_assets import style_images
from workshop.ui.widgets.theme import console_style_sheet, next_theme, theme_set

if TYPE_CHECKING:
    from workshop.ui.shell.preferences import Preferences
    from workshop.ui.widgets.theme import Theme

ZOOM_STEP = 1.15
ZOOM_RANGE = (0.6, 2.5)


class Appearance:
    """The themes and zoom now; every change is written to the preferences at once."""

    def __init__(self, preferences: Preferences) -> None:
        self._preferences = preferences
        self.theme_key = theme_set(preferences.theme).key
        self.room_theme_key = preferences.room_theme  # "": the room follows the console
        self.zoom = 1.0  # the remembered one is applied by `MainWindow._restore_preferences`

    @property
    def console(self) -> Theme:
        return theme_set(self.theme_key).console

    @property
    def room(self) -> Theme:
        """The audience window's colours: its own theme's, or the console theme's room half."""
        return theme_set(self.room_theme_key or self.theme_key).audience

    def style_sheet(self) -> str:
        """The console's style sheet, in its theme now."""
        console = self.console
        return console_style_sheet(console, style_images(console.text, console.on_accent))

    def set_theme(self, key: str) -> None:
        """Light, dark or high contrast (an unknown key: the default)."""
        self.theme_key = theme_set(key).key
        self._preferences.theme = self.theme_key

    def next_theme_key(self) -> str:
        return next_theme(self.theme_key)

    def set_room_theme(self, key: str) -> None:
        """A theme for the room alone ("" to follow the console again)."""
        self.room_theme_key = theme_set(key).key if key else ""
        self._preferences.room_theme = self.room_theme_key

    def set_zoom(self, factor: float) -> None:
        """`factor`, kept within `ZOOM_RANGE`."""
        self.zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], factor))
        self._preferences.zoom = self.zoom
