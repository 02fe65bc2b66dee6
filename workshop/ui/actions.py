"""Every action of the main window, built once with its shortcut from `hotkeys`.

The window connects them to the pages and the controller; buttons show them
(`action_button`), and the audience window carries the run actions too, so
the keys work whichever window is in front.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from workshop.ui import hotkeys
from workshop.ui.hotkeys import make_action


class WorkshopActions(QObject):
    """The actions of the app, by name; connect their `triggered` signals to act."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        # File
        self.new_session = make_action(self, "new_session", tr("&New session…"), hotkeys.NEW_SESSION,
                                       tr("Start a new session from a plan"))
        self.open_session = make_action(self, "open_session", tr("&Open…"), hotkeys.OPEN_SESSION,
                                        tr("Open a session file"))
        self.export_pdf = make_action(self, "export_pdf", tr("&Export PDF…"), hotkeys.EXPORT_PDF,
                                      tr("Write the session summary as a PDF"))
        self.close_session = make_action(self, "close_session", tr("&Close session"),
                                         hotkeys.CLOSE_SESSION, tr("Close the session (it is saved)"))
        self.quit = make_action(self, "quit", tr("&Quit"), hotkeys.QUIT, tr("Quit Workshop"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Run
        self.start_pause = make_action(self, "start_pause", tr("&Start"), hotkeys.START_PAUSE,
                                       tr("Start or pause the step timer"))
        self.add_minute = make_action(self, "add_minute", tr("+1 min"), hotkeys.ADD_MINUTE,
                                      tr("Give the step one more minute"))
        self.remove_minute = make_action(self, "remove_minute", tr("−1 min"), hotkeys.REMOVE_MINUTE,
                                         tr("Take one minute off the step"))
        self.reset_timer = make_action(self, "reset_timer", tr("&Reset timer"), hotkeys.RESET_TIMER,
                                       tr("Put the step timer back to its planned time"))
        self.next_step = make_action(self, "next_step", tr("&Next step"), hotkeys.NEXT_STEP,
                                     tr("Go to the next step"))
        self.previous_step = make_action(self, "previous_step", tr("&Previous step"),
                                         hotkeys.PREVIOUS_STEP, tr("Go back to the previous step"))
        self.new_card = make_action(self, "new_card", tr("New &card"), hotkeys.NEW_CARD,
                                    tr("Put the cursor in the card entry"))
        # View
        self.toggle_audience = make_action(self, "toggle_audience", tr("&Audience window"),
                                           hotkeys.TOGGLE_AUDIENCE,
                                           tr("Show or hide what the room sees"))
        self.toggle_audience.setCheckable(True)
        self.zoom_in = make_action(self, "zoom_in", tr("Zoom &in"), hotkeys.ZOOM_IN, tr("Larger text"))
        self.zoom_out = make_action(self, "zoom_out", tr("Zoom &out"), hotkeys.ZOOM_OUT, tr("Smaller text"))
        self.zoom_reset = make_action(self, "zoom_reset", tr("&Normal size"), hotkeys.ZOOM_RESET,
                                      tr("Text at its normal size"))

    @property
    def run_actions(self) -> list[QAction]:
        """What the facilitator uses during a session; enabled only with one open."""
        return [self.start_pause, self.add_minute, self.remove_minute, self.reset_timer,
                self.next_step, self.previous_step, self.new_card]

    @property
    def session_actions(self) -> list[QAction]:
        return [*self.run_actions, self.export_pdf, self.close_session, self.toggle_audience]

    @property
    def room_actions(self) -> list[QAction]:
        """The keys that must also work while the audience window is in front."""
        return [*self.run_actions, self.toggle_audience, self.zoom_in, self.zoom_out, self.zoom_reset]

    def all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)]


class ActionButton(QToolButton):
    """A large button that shows an action: its text, enabled state and tooltip follow it."""

    def __init__(self, action: QAction, parent: QWidget, role: str = "run") -> None:
        super().__init__(parent)
        self.setDefaultAction(action)
        self.setObjectName(action.objectName().replace("action_", "button_"))
        self.setProperty("role", role)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # Keys go to the window's shortcuts; the buttons are for the mouse.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        action.changed.connect(self._follow)
        self._follow()

    def _follow(self) -> None:
        action = self.defaultAction()
        if action is not None:
            self.setAccessibleName(action.text().replace("&", ""))
