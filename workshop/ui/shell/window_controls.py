"""What the window offers beyond its home page: actions and menus, the status line, the room's controls.

The app builds these just after the window's first paint (`MainWindow.ensure_controls`):
the first frame shows the home page alone, and the actions with their keys, the
menus, the status line, the room controls and the session flow come a turn of the
event loop later. Whatever asks for one of them sooner (a session opened from the
command line) builds them all then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.ui.shell.actions import WorkshopActions
from workshop.ui.shell.audience_screens import AudienceScreens
from workshop.ui.shell.menus import build_menus
from workshop.ui.shell.room_controls import RoomControls
from workshop.ui.shell.screens import ScreenWatcher
from workshop.ui.shell.session_flow import SessionFlow
from workshop.ui.shell.status_line import StatusLine

if TYPE_CHECKING:
    from workshop.ui.shell.main_window import MainWindow


class WindowControls:
    """`window`'s actions (its keys), menus, status line, room controls and session flow."""

    def __init__(self, window: MainWindow) -> None:
        self.actions = WorkshopActions(window)
        window.addActions(self.actions.all())
        window.home_page.use_actions(self.actions)
        self.audience_screens = AudienceScreens(window)
        self.screens = ScreenWatcher(window)
        self.screens.screensChanged.connect(self.audience_screens.screens_changed)
        menus = build_menus(window.top_menus, self.actions, recent_paths=window.context.recent.paths,
                            open_path=window.open_session,
                            exercise_kinds=lambda: window.library_page.editor.kind_names(),
                            new_exercise=window.new_exercise)
        self.recent_menu, self.new_exercise_menu = menus.recent, menus.new_exercise
        self.status_line = StatusLine(window)
        self.room_controls = RoomControls(window, self.actions)
        self.session_flow = SessionFlow(window)
        # No session yet (`SessionFlow.show` keeps them in step from now on).
        for action in self.actions.session_actions:
            action.setEnabled(False)
