"""Sessions in and out of the window: opening, creating and closing them, and the recent list.

A session opened or created here becomes the window's `controller`; the
window's parts are handed it, the title and the status line name it, the
run page comes to the front and, with a second screen, the room sees it.
Closing hands every part None and goes back to the home page. A file that
would not open is named on the message bar (and, gone from disk, dropped
from the recent list); a session open for writing elsewhere is offered
read-only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from workshop.ui.language import refusal

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workshop.core.session import SessionState
    from workshop.core.templates import Plan
    from workshop.ui.shell.controller import SessionController
    from workshop.ui.shell.main_window import MainWindow


class SessionFlow:
    """The session shown in `window` (`controller`, None on the home page), and the ways to change it."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.controller: SessionController | None = None

    def open(self, path: Path, *, read_only: bool = False) -> bool:
        """Open a session file and show it; on failure say why and leave the file alone.

        A session open for writing elsewhere (another window, another process,
        another computer on a shared folder) is never opened twice for writing:
        the facilitator is told where it is open and may look at it read-only.
        """
        from workshop.session import SessionFileError, SessionInUse
        from workshop.ui.shell.controller import SessionController

        window, context = self._window, self._window.context
        path = Path(path)
        if self.controller is not None and not read_only and same_file(self.controller.path, path):
            window.pages.setCurrentWidget(window.run_page)  # it is this window's session already
            return True
        try:
            controller = SessionController.open(path, context.clock, context.now, window, read_only=read_only)
        except SessionInUse as in_use:
            if self.ask_open_read_only(path, refusal(in_use.holder.describe())):
                return self.open(path, read_only=True)
            return False
        except SessionFileError as error:
            window.message_bar.show_error(translate("MainWindow", "Could not open {name}: {reason}").format(
                name=path.name, reason=refusal(error)))
            if not path.exists():
                context.recent.remove(path)
                self.refresh_recent()
            return False
        self._adopt(controller)
        return True

    def create(self, path: Path, state: SessionState) -> SessionController:
        """Write a new session file and show it (used by the new-session dialog)."""
        from workshop.ui.shell.controller import SessionController

        context = self._window.context
        controller = SessionController.create(path, state, context.clock, context.now, self._window)
        self._adopt(controller)
        return controller

    def new_session(self) -> None:
        self.new_session_from(None)

    def new_session_from(self, plan: Plan | None) -> None:
        """The new-session dialog, with the planner's agenda (if given) offered first."""
        from workshop.ui.home.new_session_dialog import NewSessionDialog

        window = self._window
        dialog = NewSessionDialog(window.parts.ensure_library(), window.context.sessions_dir, self.create,
                                  window, plan=plan, now=window.context.now)
        dialog.exec()
        dialog.deleteLater()

    def open_dialog_folder(self) -> Path:
        """Where File > Open starts: the folder of the last session opened, if it is still there."""
        context = self._window.context
        for recent in context.recent.paths():
            if recent.parent.is_dir():
                return recent.parent
        return context.sessions_dir if context.sessions_dir.is_dir() else Path.home()

    def choose_and_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self._window,
            translate("MainWindow", "Open a session"),
            str(self.open_dialog_folder()),
            translate("MainWindow", "Workshop sessions (*.workshop);;All files (*)"),
        )
        if chosen:
            self.open(Path(chosen))

    def ask_open_read_only(self, path: Path, where: str) -> bool:
        """Say that `path` is open elsewhere; True if the facilitator wants to look at it read-only."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("MainWindow", "Session already open"),
            translate("MainWindow", "{name} is {where}.").format(name=path.name, where=where),
            parent=self._window,
        )
        box.setObjectName("sessionInUse")
        box.setInformativeText(
            translate(
                "MainWindow",
                "Only one window can change a session. You can open it here read-only, to look "
                "through it and export it; to change it, use the window that has it open.",
            )
        )
        look = box.addButton(translate("MainWindow", "Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(look)
        box.exec()
        chosen = box.clickedButton() is look
        box.deleteLater()
        return chosen

    def close(self) -> None:
        if self.controller is None:
            return
        window = self._window
        if window.is_built("run_page"):
            window.run_page.inputs.flush()  # what is typed and not yet saved goes to the file first
        controller, self.controller = self.controller, None
        if window.is_built("exports"):
            window.exports.session_closed()
        self.show(None)
        controller.close()
        controller.deleteLater()

    def _adopt(self, controller: SessionController) -> None:
        from workshop.ui.run.day_start_notice import tell_day_start

        self.close()
        window = self._window
        self.controller = controller
        controller.failed.connect(window.message_bar.show_error)
        controller.failed.connect(window.status_line.not_saved)
        controller.saved.connect(window.status_line.saved)
        controller.changed.connect(lambda change: tell_day_start(window.message_bar, change))
        window.context.recent.add(controller.path)
        window.message_bar.dismiss()
        self.show(controller)
        window.audience_screens.session_shown()
        window.exports.session_opened()

    def show(self, controller: SessionController | None) -> None:
        """The window as it is with `controller` open, or with none (the home page)."""
        window = self._window
        for action in window.action_set.session_actions:
            action.setEnabled(controller is not None)
        # Phones first: joins stop before the session they were for closes.
        window.room_controls.set_controller(controller)
        # After the line above: the run page refines the run actions (no "Next" at the end...).
        window.parts.set_controller(controller)
        if controller is None:
            window.setWindowTitle(translate("MainWindow", "Workshop"))
            window.status_line.clear()
            window.pages.setCurrentWidget(window.home_page)
            window.set_audience_visible(False)
            self.refresh_recent()
            return
        window.setWindowTitle(
            translate("MainWindow", "{title} – Workshop").format(title=controller.state.header.title)
        )
        window.status_line.show_session(controller.path, controller.read_only)
        window.pages.setCurrentWidget(window.run_page)
        window.run_page.focus_entry()

    def refresh_recent(self) -> None:
        self._window.home_page.set_recent(self._window.context.recent.paths())


def same_file(one: Path, other: Path) -> bool:
    """Whether two paths name one file (False if either is gone)."""
    try:
        return one.samefile(other)
    except OSError:
        return False
