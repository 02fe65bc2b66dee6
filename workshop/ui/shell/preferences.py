"""What the app remembers between runs: themes, sound, auto-advance, zoom, the window and its panes.

An INI file in the user's config folder, through QSettings with an explicit
path (not the default location, which Qt fixes once per process: tests point
each run at its own folder). A value that cannot be read falls back to its
default: a damaged file costs a preference, never a start.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from workshop import paths
from workshop.ui.widgets.theme import THEMES

FILE_NAME = "preferences.ini"


class Preferences:
    """Typed access to the remembered settings; every setter writes at once."""

    def __init__(self, folder: Path | None = None) -> None:
        folder = Path(folder) if folder is not None else paths.user_config_dir()
        self.path = folder / FILE_NAME
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get_bool(self, key: str, default: bool) -> bool:
        value = self._settings.value(key, default)
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes", "on")
        return bool(value)

    def _set(self, key: str, value: object) -> None:
        self._settings.setValue(key, value)
        self._settings.sync()

    @property
    def theme(self) -> str:
        """The console's theme chosen by the facilitator; "" follows the system's look."""
        value = str(self._settings.value("view/theme", ""))
        return value if value in THEMES else ""

    @theme.setter
    def theme(self, key: str) -> None:
        self._set("view/theme", key)

    @property
    def language(self) -> str:
        """The window's language chosen by the facilitator; "" follows the user's."""
        return str(self._settings.value("view/language", ""))

    @language.setter
    def language(self, tag: str) -> None:
        self._set("view/language", tag)

    @property
    def room_theme(self) -> str:
        """The audience window's own theme; "" when it follows the console's."""
        value = str(self._settings.value("view/room_theme", ""))
        return value if value in THEMES else ""

    @room_theme.setter
    def room_theme(self, key: str) -> None:
        self._set("view/room_theme", key)

    @property
    def zoom(self) -> float:
        try:
            return float(self._settings.value("view/zoom", 1.0))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return 1.0

    @zoom.setter
    def zoom(self, factor: float) -> None:
        self._set("view/zoom", round(float(factor), 3))

    @property
    def muted(self) -> bool:
        return self._get_bool("timer/muted", False)

    @muted.setter
    def muted(self, value: bool) -> None:
        self._set("timer/muted", bool(value))

    @property
    def auto_advance(self) -> bool:
        return self._get_bool("timer/auto_advance", False)

    @auto_advance.setter
    def auto_advance(self, value: bool) -> None:
        self._set("timer/auto_advance", bool(value))

    @property
    def export_dir(self) -> Path | None:
        """The folder last chosen in the Export dialog, or None before the first choice."""
        value = str(self._settings.value("files/export_dir", "") or "")
        return Path(value) if value else None

    @export_dir.setter
    def export_dir(self, folder: Path) -> None:
        self._set("files/export_dir", str(folder))

    def pane_state(self, key: str) -> QByteArray | None:
        """A splitter's remembered state (`QSplitter.saveState`) under `key`, or None."""
        value = self._settings.value(f"panes/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_pane_state(self, key: str, state: QByteArray) -> None:
        self._set(f"panes/{key}", state)

    @property
    def window_geometry(self) -> QByteArray | None:
        """The main window's place, normal size and maximised state (`QWidget.saveGeometry`), or None."""
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, state: QByteArray) -> None:
        self._set("window/geometry", state)
