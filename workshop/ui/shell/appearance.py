"""The window's look: the console's theme, the room's, and the zoom, remembered between runs.

The window hands each change to the parts already built; parts built later
take the look as they are made. Until the facilitator chooses a theme the
console follows the system's light or dark scheme and its contrast
preference, live; the room never does (a projector's look is chosen for the room).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from workshop.ui.shell.style_assets import style_images
from workshop.ui.widgets.theme import DEFAULT_THEME, THEMES, console_style_sheet, next_theme, theme_set

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAccessibilityHints, QStyleHints

    from workshop.ui.shell.preferences import Preferences
    from workshop.ui.widgets.theme import Theme

ZOOM_STEP = 1.15
ZOOM_RANGE = (0.6, 2.5)


# The application's style hints and their accessibility hints, asked for once and held for
# the life of the process. Each window asking anew crashed now and then (PySide 6.11, after
# some hundreds of windows in one process): a wrapper of the accessibility hints that is let
# go can take Qt's own object with it, and the next window read freed memory.
_HINTS: list[tuple[QStyleHints, QAccessibilityHints]] = []


def _system_hints() -> tuple[QStyleHints, QAccessibilityHints]:
    if not _HINTS:
        hints = QGuiApplication.styleHints()
        _HINTS.append((hints, hints.accessibility()))
    return _HINTS[0]


class SystemLook(QObject):
    """What the operating system asks for: light or dark, and more contrast; `changed` when it changes.

    Tests answer for the system by overriding `scheme` and `contrast`.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hints, self._accessibility = _system_hints()
        # Until the window's first paint the look is read from the palette, which the system
        # sets dark or light too: asking Qt for the scheme itself builds PySide's whole `Qt`
        # namespace, some 18 ms of a cold start (tests/ui/shell/test_start_up.py). `settle`
        # then asks, and says `changed` in the rare case the two disagree.
        self._settled = False
        self.changed.connect(self._mark_settled)  # (first: the system said something; ask it now)
        # Signal to signal, inside Qt: a Python slot would be handed the new value, and making
        # that a Python enum builds the Qt namespace before the first paint (test_start_up).
        self._hints.colorSchemeChanged.connect(self.changed)
        self._accessibility.contrastPreferenceChanged.connect(self.changed)

    def scheme(self) -> Qt.ColorScheme:
        return self._hints.colorScheme()

    def contrast(self) -> Qt.ContrastPreference:
        return self._accessibility.contrastPreference()

    def theme_key(self) -> str:
        if not self._settled:
            from PySide6.QtGui import QPalette

            window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
            return "dark" if window.lightness() < 128 else DEFAULT_THEME
        from PySide6.QtCore import Qt  # here, not above: building the Qt namespace slows the first paint

        if self.contrast() == Qt.ContrastPreference.HighContrast:
            return "high-contrast"
        return "dark" if self.scheme() == Qt.ColorScheme.Dark else DEFAULT_THEME

    def _mark_settled(self) -> None:
        self._settled = True

    def settle(self) -> None:
        """After the first paint: read the system's own scheme and contrast from now on."""
        if self._settled:
            return
        guessed = self.theme_key()
        self._settled = True
        if self.theme_key() != guessed:
            self.changed.emit()


class Appearance:
    """The themes and zoom now; every change is written to the preferences at once."""

    def __init__(self, preferences: Preferences, system: SystemLook) -> None:
        self._preferences = preferences
        self.system = system
        self.chosen = preferences.theme  # "": the console follows the system
        self.room_theme_key = preferences.room_theme  # "": the room follows the console
        self.zoom = 1.0  # the remembered one is applied by `MainWindow._restore_preferences`

    @property
    def theme_key(self) -> str:
        """The console's theme now: the one chosen, else the system's."""
        return self.chosen or self.system.theme_key()

    @property
    def console(self) -> Theme:
        return theme_set(self.theme_key).console

    @property
    def room(self) -> Theme:
        """The audience window's colours: its own theme's, or the chosen console theme's room half."""
        return theme_set(self.room_theme_key or self.chosen or DEFAULT_THEME).audience

    def style_sheet(self) -> str:
        """The console's style sheet, in its theme now."""
        console = self.console
        return console_style_sheet(console, style_images(console.text, console.on_accent))

    def set_theme(self, key: str) -> None:
        """Light, dark or high contrast; "" (or an unknown key) follows the system."""
        self.chosen = key if key in THEMES else ""
        self._preferences.theme = self.chosen

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
