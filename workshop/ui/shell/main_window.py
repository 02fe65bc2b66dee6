"""The console window: home, run and planner pages, menus, status line, the audience window.

The window routes: actions to the pages, sessions in and out of the
controller, messages to the message bar, the time-up cue to the timers and
the chime, screens coming and going to the audience window. The pages and
the controller do the work.

Start-up is quick because the window paints the home page before anything
else is built: the run page, the audience window, the library page, the
chime, the exports and the time-up watcher are `cached_property` parts,
imported and built the first time they are used (a session opened, a menu
chosen). The app passes ``defer_library=True``: the library is then read
just after the first paint, the home page saying "Loading the library…"
until it is; whatever needs the library before then reads it at once
(`ensure_library`). Once the library is there the planner is built and the
library's folders are watched.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.home.home_page import HomePage
from workshop.ui.shell.actions import WorkshopActions
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.message_bar import MessageBar
from workshop.ui.shell.screens import ScreenWatcher
from workshop.ui.shell.style_assets import style_images
from workshop.ui.widgets.theme import Theme, ThemeSet, console_style_sheet, next_theme, theme_set

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent, QScreen

    from workshop.core.session import SessionState
    from workshop.core.templates import InputKind, Plan
    from workshop.library.catalog import Library
    from workshop.ui.library.library_keeper import LibraryKeeper
    from workshop.ui.library.library_page import LibraryPage
    from workshop.ui.planner.planner_page import PlannerPage
    from workshop.ui.room.audience_window import AudienceWindow
    from workshop.ui.run.chime import Chime
    from workshop.ui.run.exports import Exports
    from workshop.ui.run.run_page import RunPage
    from workshop.ui.run.time_up import TimeUpWatcher
    from workshop.ui.shell.controller import SessionController
    from workshop.ui.shell.shortcut_sheet import ShortcutSheet

ZOOM_STEP = 1.15
ZOOM_RANGE = (0.6, 2.5)


class MainWindow(QMainWindow):
    """The facilitator's window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 defer_library: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = context
        self.controller: SessionController | None = None
        self._shut_down = False
        self.zoom = 1.0
        preferences = context.preferences
        self.theme_key = theme_set(preferences.theme).key
        self.room_theme_key = preferences.room_theme  # "": the room follows the console
        # The style sheet first: each widget made after it is styled once, as it is made.
        self._style_console(theme_set(self.theme_key))
        self.action_set = WorkshopActions(self)
        self.addActions(self.action_set.all())

        # Each widget is made in its final parent: moving a styled widget restyles all of it.
        central = QWidget(self)
        self.message_bar = MessageBar(central)
        self.pages = QStackedWidget(central)
        self.home_page = HomePage(self.action_set, self.pages)
        self.home_page.library.set_theme(theme_set(self.theme_key).console)
        self.pages.addWidget(self.home_page)  # the other pages join when first shown
        self.shortcut_sheet: ShortcutSheet | None = None
        self._library_came_from: QWidget | None = None
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.screens = ScreenWatcher(self)
        self.screens.screensChanged.connect(self._screens_changed)

        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.home_page.openRequested.connect(self.open_session)
        self._show_session(None)
        self._restore_preferences()
        self.resize(1280, 800)

        self.library_pending = defer_library
        self._first_paint_work: list[Callable[[], None]] = []
        if defer_library:
            self.home_page.show_library_loading()
            self._first_paint_work.append(self._read_library)
        else:
            self.home_page.set_library(context.library)
            self._library_ready()

    # -- parts built on first use ------------------------------------------------------------

    def is_built(self, part: str) -> bool:
        """Whether a part built on first use (`run_page`, `audience`...) exists yet."""
        return part in self.__dict__

    @cached_property
    def run_page(self) -> RunPage:
        from workshop.ui.run.run_page import RunPage

        page = RunPage(self.action_set, self.pages)
        page.room = self.audience
        page.set_theme(theme_set(self.theme_key).console)
        if self.zoom != 1.0:
            page.set_zoom(self.zoom)
        page.undoChanged.connect(self._sync_undo)
        self.pages.addWidget(page)
        return page

    @cached_property
    def audience(self) -> AudienceWindow:
        """The room's view: a window of its own (no parent), closed with this one."""
        from workshop.ui.room.audience_window import AudienceWindow

        audience = AudienceWindow()
        audience.addActions(self.action_set.room_actions)
        audience.hidden.connect(self._audience_hidden)
        audience.set_theme(self.room_theme())
        if self.zoom != 1.0:
            audience.set_zoom(self.zoom)
        return audience

    @cached_property
    def planner_page(self) -> PlannerPage:
        from workshop.ui.planner.planner_page import PlannerPage

        page = PlannerPage(self.ensure_library(), self.context.plans_dir, self.pages)
        page.tree.set_theme(theme_set(self.theme_key).console)
        page.closeRequested.connect(self._leave_planner)
        page.startRequested.connect(self.new_session_from)
        page.planSaved.connect(self._plan_saved)
        page.historyChanged.connect(self._sync_undo)
        self.pages.addWidget(page)
        return page

    @cached_property
    def library_keeper(self) -> LibraryKeeper:
        """Reads the library again when its files change; the pages follow its `libraryChanged`."""
        from workshop.ui.library.library_keeper import LibraryKeeper

        self.ensure_library()
        keeper = LibraryKeeper(self.context, self)
        keeper.libraryChanged.connect(self._library_changed)
        return keeper

    @cached_property
    def library_page(self) -> LibraryPage:
        from workshop.ui.library.library_page import LibraryPage

        page = LibraryPage(self.context, self.pages, keeper=self.library_keeper)
        page.set_theme(theme_set(self.theme_key).console)
        page.closeRequested.connect(self._leave_library)
        self.pages.addWidget(page)
        return page

    @cached_property
    def chime(self) -> Chime:
        from workshop.ui.run.chime import Chime

        return Chime(muted=self.action_set.mute.isChecked(), parent=self)

    @cached_property
    def time_up(self) -> TimeUpWatcher:
        from workshop.ui.run.time_up import TimeUpWatcher

        watcher = TimeUpWatcher(self)
        watcher.timeUp.connect(self._time_up)
        return watcher

    @cached_property
    def exports(self) -> Exports:
        from workshop.ui.run.exports import Exports

        exports = Exports(self, self.context, self.message_bar, self.action_set.export_pdf,
                          lambda: self.controller)
        self.statusBar().addWidget(exports.status)
        return exports

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._first_paint_work:
            # From the event loop, once this paint is on screen.
            for work in self._first_paint_work:
                QTimer.singleShot(0, self, work)
            self._first_paint_work = []

    def ensure_library(self) -> Library:
        """The library, read now if the window was shown before it (see `defer_library`)."""
        if self.library_pending:
            from workshop.library.catalog import load_library

            self.library_pending = False
            self.context.library = load_library(self.context.library.roots)
            self.home_page.set_library(self.context.library)
        return self.context.library

    def _read_library(self) -> None:
        """After the first paint: the library, then (a turn of the event loop later) the rest."""
        if not self._shut_down:
            self.ensure_library()
            QTimer.singleShot(0, self, self._library_ready)

    def _library_ready(self) -> None:
        """Watch the library's folders, and build the planner (the library is what it offers)."""
        if not self._shut_down:
            _ = self.library_keeper
            _ = self.planner_page

    def _library_changed(self, library: Library) -> None:
        self.home_page.set_library(library)
        if self.is_built("planner_page"):
            self.planner_page.set_library(library)

    # -- building ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.action_set
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([a.new_session, a.open_session, a.planner])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(a.export_pdf)
        file_menu.addSeparator()
        file_menu.addActions([a.close_session, a.quit])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        run_menu = self.menuBar().addMenu(self.tr("&Run"))
        run_menu.addActions([a.start_pause, a.add_minute, a.remove_minute, a.reset_timer])
        run_menu.addSeparator()
        run_menu.addActions([a.previous_step, a.next_step])
        run_menu.addSeparator()
        run_menu.addAction(a.new_card)
        run_menu.addSeparator()
        run_menu.addActions([a.auto_advance, a.mute])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(a.toggle_audience)
        view_menu.addSeparator()
        view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        theme_menu.setObjectName("themeMenu")
        theme_menu.addActions(list(a.themes.values()))
        theme_menu.addSeparator()
        theme_menu.addAction(a.next_theme)
        room_menu = view_menu.addMenu(self.tr("&Room theme"))
        room_menu.setObjectName("roomThemeMenu")
        room_menu.addActions(list(a.room_themes.values()))
        self._build_library_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))  # last, where every desktop puts it
        help_menu.addAction(a.shortcuts)

    def _build_library_menu(self) -> None:
        """Library: the library page (Ctrl+L) and new exercises, the page built when first wanted."""
        def tr(text: str) -> str:
            return QCoreApplication.translate("LibraryPage", text)

        menu = self.menuBar().addMenu(tr("&Library"))
        menu.setObjectName("libraryMenu")
        menu.addAction(self.action_set.show_library)
        new_menu = menu.addMenu(tr("&New exercise"))
        new_menu.setObjectName("newExerciseMenu")

        def fill() -> None:
            if new_menu.isEmpty():
                for kind, label in self.library_page.editor.kind_names().items():
                    new_menu.addAction(label).triggered.connect(
                        lambda _checked=False, k=kind: self.new_exercise(k))

        new_menu.aboutToShow.connect(fill)
        self.new_exercise_menu = new_menu

    def _build_status_bar(self) -> None:
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveLabel")
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        bar = self.statusBar()
        bar.addWidget(self.save_label)
        bar.addPermanentWidget(self.file_label)

    def _connect(self) -> None:
        a = self.action_set
        a.new_session.triggered.connect(self.new_session)
        a.open_session.triggered.connect(self.choose_and_open)
        a.export_pdf.triggered.connect(lambda: self.exports.choose_and_export())
        a.show_library.triggered.connect(self.show_library)
        a.close_session.triggered.connect(self.close_session)
        a.quit.triggered.connect(self.close)
        a.toggle_audience.triggered.connect(self.set_audience_visible)
        a.zoom_in.triggered.connect(lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        a.zoom_out.triggered.connect(lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(1.0))
        a.planner.triggered.connect(self.show_planner)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.next_theme.triggered.connect(lambda: self.set_theme(next_theme(self.theme_key)))
        a.theme_group.triggered.connect(lambda action: self.set_theme(str(action.data())))
        a.room_theme_group.triggered.connect(lambda action: self.set_room_theme(str(action.data() or "")))
        a.mute.toggled.connect(self._mute_toggled)
        a.auto_advance.toggled.connect(self._auto_advance_toggled)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        self.pages.currentChanged.connect(self._sync_undo)

    # -- undo and redo ----------------------------------------------------------------------------

    def _undo_owner(self) -> RunPage | PlannerPage | None:
        """The planner's changes while it is on screen; the session's everywhere else."""
        if self.is_built("planner_page") and self.pages.currentWidget() is self.planner_page:
            return self.planner_page
        if self.controller is not None and self.is_built("run_page"):
            return self.run_page
        return None

    def undo(self) -> None:
        owner = self._undo_owner()
        if owner is not None:
            owner.undo()

    def redo(self) -> None:
        owner = self._undo_owner()
        if owner is not None:
            owner.redo()

    def _sync_undo(self) -> None:
        """Undo / Redo enabled when there is something to take back, named after it."""
        owner = self._undo_owner()
        undo_text, redo_text = owner.undo_state() if owner is not None else (None, None)
        a = self.action_set
        a.undo.setEnabled(undo_text is not None)
        a.redo.setEnabled(redo_text is not None)
        a.undo.setText(self.tr("&Undo {change}").format(change=undo_text) if undo_text is not None
                       else self.tr("&Undo"))
        a.redo.setText(self.tr("&Redo {change}").format(change=redo_text) if redo_text is not None
                       else self.tr("&Redo"))

    # -- sessions ---------------------------------------------------------------------------

    def open_session(self, path: Path, *, read_only: bool = False) -> bool:
        """Open a session file and show it; on failure say why and leave the file alone.

        A session open for writing elsewhere (another window, another process,
        another computer on a shared folder) is never opened twice for writing:
        the facilitator is told where it is open and may look at it read-only.
        """
        from workshop.session import SessionFileError, SessionInUse
        from workshop.ui.shell.controller import SessionController

        path = Path(path)
        if self.controller is not None and not read_only and _same_file(self.controller.path, path):
            self.pages.setCurrentWidget(self.run_page)  # it is this window's session already
            return True
        try:
            controller = SessionController.open(path, self.context.clock, self.context.now, self,
                                                read_only=read_only)
        except SessionInUse as in_use:
            if self.ask_open_read_only(path, in_use.holder.describe()):
                return self.open_session(path, read_only=True)
            return False
        except SessionFileError as error:
            self.message_bar.show_error(self.tr("Could not open {name}: {reason}").format(
                name=path.name, reason=error.message))
            if not path.exists():
                self.context.recent.remove(path)
                self._refresh_recent()
            return False
        self._adopt(controller)
        return True

    def bring_to_front(self, path: Path | None = None) -> None:
        """Another start of the app handed this window `path` (or nothing): show it, in front.

        While a dialog is open, the path waits for it to close: opened inside the
        dialog's own event loop, the session would change under the dialog, and
        its questions would stack another dialog on top.
        """
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        modal = QApplication.activeModalWidget()
        if modal is not None:
            modal.raise_()  # the question still waiting is what the facilitator should see
            modal.activateWindow()
        if path is None:
            return

        def open_when_free() -> None:
            if self._shut_down:
                return
            if QApplication.activeModalWidget() is not None:
                QTimer.singleShot(250, self, open_when_free)  # modal widgets share no closed signal
                return
            self.open_session(path)

        open_when_free()

    def ask_open_read_only(self, path: Path, where: str) -> bool:
        """Say that `path` is open elsewhere; True if the facilitator wants to look at it read-only."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Session already open"),
                          self.tr("{name} is {where}.").format(name=path.name, where=where), parent=self)
        box.setObjectName("sessionInUse")
        box.setInformativeText(self.tr(
            "Only one window can change a session. You can open it here read-only, to look "
            "through it and export it; to change it, use the window that has it open."))
        look = box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(look)
        box.exec()
        chosen = box.clickedButton() is look
        box.deleteLater()
        return chosen

    def create_session(self, path: Path, state: SessionState) -> SessionController:
        """Write a new session file and show it (used by the new-session dialog)."""
        from workshop.ui.shell.controller import SessionController

        controller = SessionController.create(path, state, self.context.clock, self.context.now, self)
        self._adopt(controller)
        return controller

    def new_session(self) -> None:
        self.new_session_from(None)

    def new_session_from(self, plan: Plan | None) -> None:
        """The new-session dialog, with the planner's agenda (if given) offered first."""
        from workshop.ui.home.new_session_dialog import NewSessionDialog

        dialog = NewSessionDialog(self.ensure_library(), self.context.sessions_dir, self.create_session, self,
                                  plan=plan)
        dialog.exec()
        dialog.deleteLater()

    def open_dialog_folder(self) -> Path:
        """Where File > Open starts: the folder of the last session opened, if it is still there."""
        for recent in self.context.recent.paths():
            if recent.parent.is_dir():
                return recent.parent
        return self.context.sessions_dir if self.context.sessions_dir.is_dir() else Path.home()

    def choose_and_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a session"),
                                                str(self.open_dialog_folder()),
                                                self.tr("Workshop sessions (*.workshop);;All files (*)"))
        if chosen:
            self.open_session(Path(chosen))

    def close_session(self) -> None:
        if self.controller is None:
            return
        if self.is_built("run_page"):
            self.run_page.inputs.flush()  # what is typed and not yet saved goes to the file first
        controller, self.controller = self.controller, None
        self._show_session(None)
        controller.close()
        controller.deleteLater()

    def _adopt(self, controller: SessionController) -> None:
        self.close_session()
        self.controller = controller
        controller.failed.connect(self.message_bar.show_error)
        controller.failed.connect(self._not_saved)
        controller.saved.connect(self._saved)
        self.context.recent.add(controller.path)
        self.message_bar.dismiss()
        self._show_session(controller)
        if len(QGuiApplication.screens()) > 1:
            self.set_audience_visible(True)

    def _show_session(self, controller: SessionController | None) -> None:
        for action in self.action_set.session_actions:
            action.setEnabled(controller is not None)
        # After the line above: the run page refines the run actions (no "Next" at the end...).
        # Without a session, parts not built yet have nothing to forget.
        for part in ("run_page", "audience", "time_up"):
            if controller is not None or self.is_built(part):
                getattr(self, part).set_controller(controller)
        if controller is None:
            self.setWindowTitle(self.tr("Workshop"))
            self.file_label.clear()
            self.save_label.clear()
            self.pages.setCurrentWidget(self.home_page)
            self.set_audience_visible(False)
            self._refresh_recent()
            return
        self.setWindowTitle(self.tr("{title} – Workshop").format(title=controller.state.header.title))
        self.file_label.setText(controller.path.name)
        self.file_label.setToolTip(str(controller.path))
        self.save_label.setText(self.tr("Read-only: nothing is written to this file") if controller.read_only
                                else self.tr("All changes are saved in the session file"))
        self.pages.setCurrentWidget(self.run_page)
        self.run_page.focus_entry()

    def _saved(self) -> None:
        self.save_label.setProperty("problem", False)
        self.save_label.setText(self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M:%S")))
        self.save_label.style().polish(self.save_label)

    def _not_saved(self, reason: str) -> None:
        # Until the next change is saved, the status line says what was not: never "saved".
        self.save_label.setProperty("problem", True)
        self.save_label.setText(self.tr("Not saved at {time}: {reason}").format(
            time=datetime.now().strftime("%H:%M:%S"), reason=reason))
        self.save_label.style().polish(self.save_label)

    def _refresh_recent(self) -> None:
        self.home_page.set_recent(self.context.recent.paths())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.context.recent.paths()
        home = Path.home()
        for path in paths:
            # The folder too: two days saved under the same name in different folders differ here.
            folder = (f"~/{path.parent.relative_to(home)}" if path.parent.is_relative_to(home)
                      else str(path.parent))
            action = self.recent_menu.addAction(f"{path.stem}  ({folder})".replace("&", "&&"))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_session(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -- the room --------------------------------------------------------------------------------

    def set_audience_visible(self, visible: bool) -> None:
        """Show the audience view full screen (on the second screen if any), or hide it."""
        self.action_set.toggle_audience.setChecked(visible)
        if visible:
            self.audience.present(self.screen())
            self.run_page.show_room_preview(True)
        elif self.is_built("audience") and self.audience.isVisible():
            self.audience.hide()
            self.activateWindow()

    def _audience_hidden(self) -> None:
        self.action_set.toggle_audience.setChecked(False)
        if self.is_built("run_page"):
            self.run_page.show_room_preview(False)

    def set_zoom(self, factor: float) -> None:
        self.zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], factor))
        for part in ("run_page", "audience"):  # the others take it when they are built
            if self.is_built(part):
                getattr(self, part).set_zoom(self.zoom)
        self.context.preferences.zoom = self.zoom

    def set_theme(self, key: str) -> None:
        """Light, dark or high contrast, for the console (and the room, unless it has its own); remembered."""
        themes = theme_set(key)
        self.theme_key = themes.key
        self._style_console(themes)
        if self.is_built("run_page"):
            self.run_page.set_theme(themes.console)
        if self.is_built("planner_page"):
            self.planner_page.tree.set_theme(themes.console)
        if self.is_built("audience"):
            self.audience.set_theme(self.room_theme())
        if self.is_built("library_page"):
            self.library_page.set_theme(themes.console)
        self.home_page.library.set_theme(themes.console)
        self.action_set.themes[themes.key].setChecked(True)
        self.context.preferences.theme = themes.key

    def room_theme(self) -> Theme:
        """The audience window's colours: its own theme's, or the console theme's room half."""
        return theme_set(self.room_theme_key or self.theme_key).audience

    def set_room_theme(self, key: str) -> None:
        """A theme for the room alone ("" to follow the console again); remembered."""
        self.room_theme_key = theme_set(key).key if key else ""
        if self.is_built("audience"):
            self.audience.set_theme(self.room_theme())
        self.action_set.room_themes[self.room_theme_key].setChecked(True)
        self.context.preferences.room_theme = self.room_theme_key

    def _style_console(self, themes: ThemeSet) -> None:
        console = themes.console
        self.console_style = console_style_sheet(console, style_images(console.text, console.on_accent))
        self.setStyleSheet(self.console_style)

    def _restore_preferences(self) -> None:
        """What the app remembered; the theme's style sheet is already set (see `__init__`)."""
        preferences = self.context.preferences
        self.action_set.themes[self.theme_key].setChecked(True)
        self.action_set.room_themes[self.room_theme_key].setChecked(True)
        if preferences.zoom != 1.0:
            self.set_zoom(preferences.zoom)
        self.action_set.mute.setChecked(preferences.muted)
        self.action_set.auto_advance.setChecked(preferences.auto_advance)

    def _mute_toggled(self, muted: bool) -> None:
        if self.is_built("chime"):
            self.chime.muted = muted
        self.context.preferences.muted = muted

    def _auto_advance_toggled(self, on: bool) -> None:
        self.context.preferences.auto_advance = on

    # -- time is up -----------------------------------------------------------------------------

    def _time_up(self) -> None:
        """The cue on both timers, the chime, and the next step if auto-advance is on."""
        self.audience.timer_widget.pulse()
        self.run_page.timer_widget.pulse()
        self.chime.play()
        controller = self.controller
        if controller is not None and self.action_set.auto_advance.isChecked() and controller.has_next \
                and controller.next_step():
            controller.start_timer()

    # -- screens ----------------------------------------------------------------------------------

    def _screens_changed(self, screens: list[QScreen]) -> None:
        """A projector plugged in gets the room view; one unplugged folds it away."""
        if self.controller is None:
            return
        unplugged = self.tr("The projector was disconnected: the audience view is hidden. "
                            "{keys} shows it full screen here.").format(
            keys=self.action_set.toggle_audience.shortcut().toString())
        if len(screens) > 1:
            self.action_set.toggle_audience.setChecked(True)
            self.audience.present(self.screen(), screens)
            self.run_page.show_room_preview(True)
            if self.message_bar.text == unplugged:
                self.message_bar.dismiss()
        elif self.audience.isVisible() and self.audience.on_own_screen:
            self.set_audience_visible(False)
            self.message_bar.show_info(unplugged)

    # -- other pages ----------------------------------------------------------------------------

    def show_planner(self) -> None:
        self.pages.setCurrentWidget(self.planner_page)
        self.planner_page.tree.setFocus()

    def _leave_planner(self) -> None:
        self.pages.setCurrentWidget(self.run_page if self.controller is not None else self.home_page)

    def _plan_saved(self, path: Path) -> None:
        # The keeper reads the folders again (the trainer's included) and tells the
        # home page, the planner and the library page through libraryChanged.
        self.library_keeper.reload()
        self.message_bar.show_info(self.tr("Plan saved: {path}").format(path=path))

    def show_library(self) -> None:
        """The library page (Ctrl+L); its Back button returns to the page shown before."""
        page = self.library_page
        if self.pages.currentWidget() is not page:
            self._library_came_from = self.pages.currentWidget()
            page.show_browser()
            self.pages.setCurrentWidget(page)

    def _leave_library(self) -> None:
        previous = self._library_came_from or self.home_page
        self.pages.setCurrentWidget(previous if self.pages.indexOf(previous) >= 0 else self.home_page)

    def new_exercise(self, kind: InputKind) -> None:
        """Library > New exercise: the library page, editing a blank exercise of `kind`."""
        self.show_library()
        self.library_page.new_exercise(kind)

    def show_shortcuts(self) -> None:
        """The shortcut sheet, beside the console (F1 again closes it)."""
        from workshop.ui.shell.shortcut_sheet import ShortcutSheet

        if self.shortcut_sheet is not None and self.shortcut_sheet.isVisible():
            self.shortcut_sheet.close()
            return
        if self.shortcut_sheet is None:
            self.shortcut_sheet = ShortcutSheet(self)  # styled by the window's sheet, as a child
        self.shortcut_sheet.show()
        self.shortcut_sheet.raise_()

    # -- closing ------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._shut_down:
            self._shut_down = True
            if self.is_built("time_up"):
                self.time_up.stop()
            if self.is_built("exports"):
                # A file being written is finished first: its temporary file is then cleaned up.
                self.exports.wait()
            self.close_session()
            if self.is_built("audience"):
                self.audience.close()
                self.audience.deleteLater()  # a window of its own: no parent deletes it
        super().closeEvent(event)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False
