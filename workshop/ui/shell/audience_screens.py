"""The audience window on the screens: full screen on the projector, folded away when it goes.

A session opened with a second screen attached shows the room its view
there; a projector plugged in during a session gets it, and one unplugged
folds it away with a word on the message bar (and that word goes again if
the projector comes back). The console's thumbnail of the room follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen

    from workshop.ui.shell.main_window import MainWindow


class AudienceScreens:
    """Shows and hides `window`'s audience window, the View > Audience window action in step."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def set_visible(self, visible: bool) -> None:
        """Show the audience view full screen (on the second screen if any), or hide it."""
        window = self._window
        window.action_set.toggle_audience.setChecked(visible)
        if visible:
            window.audience.present(window.screen())
            window.run_page.show_room_preview(True)
            self._keyboard_to_the_console()
        elif window.is_built("audience") and window.audience.isVisible():
            window.audience.hide()
            window.activateWindow()

    def _keyboard_to_the_console(self) -> None:
        """With the room's view on a projector, the keys stay with the console, in the entry."""
        window = self._window
        if window.audience.on_own_screen:
            window.activateWindow()
            if window.controller is not None:
                window.run_page.focus_entry()

    def session_shown(self) -> None:
        """A session was just opened: with a second screen attached, the room sees it there."""
        if len(QGuiApplication.screens()) > 1:
            self.set_visible(True)

    def hidden(self) -> None:
        """The audience window was closed by itself (its own key, or its window manager)."""
        window = self._window
        window.action_set.toggle_audience.setChecked(False)
        if window.is_built("run_page"):
            window.run_page.show_room_preview(False)

    def screens_changed(self, screens: list[QScreen]) -> None:
        """A projector plugged in gets the room view; one unplugged folds it away."""
        window = self._window
        if window.controller is None:
            return
        toggle = window.action_set.toggle_audience
        unplugged = translate("MainWindow", "The projector was disconnected: the audience view is hidden. "
                        "{keys} shows it full screen here.").format(keys=toggle.shortcut().toString())
        if len(screens) > 1:
            toggle.setChecked(True)
            window.audience.present(window.screen(), screens)
            window.run_page.show_room_preview(True)
            self._keyboard_to_the_console()
            if window.message_bar.text == unplugged:
                window.message_bar.dismiss()
        elif window.audience.isVisible() and window.audience.on_own_screen:
            self.set_visible(False)
            window.message_bar.show_info(unplugged)
