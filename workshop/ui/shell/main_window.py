"""The console window: home, run and planner pages, menus, status line, the audience window.

The window routes: actions to the pages, sessions in and out of the
controller, messages to the message bar, the time-up cue to the timers and
the chime, screens coming and going to the audience window. The pages, the
controller and the window's helpers do the work: `window_parts` builds the
pages and the rest on first use, `menus` and `status_line` are its bars,
`session_flow` opens and closes sessions, `window_front` takes a later
start's hand-off, `audience_screens` places the room's view,
`room_controls` lets the room join from their phones and `appearance`
keeps the themes and the zoom.

Start-up is quick because the window paints the home page before anything
else is built. The app passes ``defer_library=True``: the library is then
read just after the first paint (`WindowParts.ensure_library`). Once the
library is there the planner is built and the library's folders are watched.
It passes ``defer_controls=True`` too: the actions (and so the keys), the
menus, the status line, the room controls and the session flow
(`window_controls`) are built just after the first paint, or by whatever
asks for one of them sooner (a session opened from the command line).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from workshop.ui.home.home_page import HomePage
from workshop.ui.language import LANGUAGES, chosen_language, current_language, translated_in, use_language
from workshop.ui.shell.appearance import ZOOM_STEP, Appearance, SystemLook
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.message_bar import MessageBar
from workshop.ui.shell.window_parts import WindowParts

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QLabel, QMenu, QMenuBar

    from workshop.core.session import SessionState
    from workshop.core.templates import InputKind
    from workshop.library.catalog import Library
    from workshop.ui.library.library_page import LibraryPage
    from workshop.ui.planner.planner_page import PlannerPage
    from workshop.ui.room.audience_window import AudienceWindow
    from workshop.ui.run.chime import Chime
    from workshop.ui.run.exports import Exports
    from workshop.ui.run.run_page import RunPage
    from workshop.ui.run.time_up import TimeUpWatcher
    from workshop.ui.shell.actions import WorkshopActions
    from workshop.ui.shell.audience_screens import AudienceScreens
    from workshop.ui.shell.controller import SessionController
    from workshop.ui.shell.room_controls import RoomControls
    from workshop.ui.shell.screens import ScreenWatcher
    from workshop.ui.shell.session_flow import SessionFlow
    from workshop.ui.shell.shortcut_sheet import ShortcutSheet
    from workshop.ui.shell.status_line import StatusLine
    from workshop.ui.shell.window_controls import WindowControls


class TopMenus(NamedTuple):
    """The menu bar's menus, made empty before the first paint so the bar is there from the first
    frame, and filled with the actions just after it (`menus.build_menus`)."""

    file: QMenu
    edit: QMenu
    run: QMenu
    room: QMenu
    view: QMenu
    library: QMenu
    help: QMenu


def top_menus(bar: QMenuBar) -> TopMenus:
    """File, Edit, Run, Room, View, Library and Help on `bar`, empty; Help last, where every desktop
    puts it."""
    translate = QCoreApplication.translate  # written out per title, so pyside6-lupdate finds each
    menus = TopMenus(bar.addMenu(translate("MainWindow", "&File")),
                     bar.addMenu(translate("MainWindow", "&Edit")),
                     bar.addMenu(translate("MainWindow", "&Run")),
                     bar.addMenu(translate("MainWindow", "R&oom")),
                     bar.addMenu(translate("MainWindow", "&View")),
                     bar.addMenu(translate("LibraryPage", "&Library")),
                     bar.addMenu(translate("MainWindow", "&Help")))
    menus.library.setObjectName("libraryMenu")
    return menus



class MainWindow(QMainWindow):
    """The facilitator's window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 defer_library: bool = False, defer_controls: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = context
        self._shut_down = False
        self._geometry_restored = False  # the remembered place and size, taken as it is first shown
        # The facilitator's language, else the user's; in English "%n card(s)" reads "1 card", "2 cards".
        use_language(chosen_language(context.preferences.language))
        self.appearance = Appearance(context.preferences, SystemLook(self))
        self.appearance.system.changed.connect(self._system_look_changed)
        # The style sheet first: each widget made after it is styled once, as it is made.
        self.setStyleSheet(self.appearance.style_sheet())

        # Each widget is made in its final parent: moving a styled widget restyles all of it.
        central = QWidget(self)
        self.message_bar = MessageBar(central)
        self.pages = QStackedWidget(central)
        self.home_page = HomePage(self.pages)
        self.home_page.set_library_theme(self.appearance.console)
        self.pages.addWidget(self.home_page)  # the other pages join when first shown
        self.shortcut_sheet: ShortcutSheet | None = None
        self._library_came_from: QWidget | None = None
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.parts = WindowParts(self, library_pending=defer_library)
        self.home_page.openRequested.connect(self.open_session)
        self.setWindowTitle(self.tr("Workshop"))
        self.home_page.set_recent(context.recent.paths())
        if context.preferences.zoom != 1.0:
            self.set_zoom(context.preferences.zoom)
        self.resize(1280, 800)
        # The menu bar with its menus, empty, and the status bar: there from the first frame, so the
        # page does not move when their contents come just after it.
        self.top_menus = top_menus(self.menuBar())
        self.statusBar()

        # The actions, menus, status line and room controls (`window_controls`): with
        # `defer_controls`, just after the first paint, the home page being all it shows.
        self._controls: WindowControls | None = None
        self._first_paint_work: list[Callable[[], None]] = [self.appearance.system.settle]
        if defer_controls:
            self._first_paint_work.insert(0, self.ensure_controls)
        else:
            self.ensure_controls()
        if defer_library:
            self.home_page.show_library_loading()
            self._first_paint_work.append(self._read_library)
        else:
            self.home_page.set_library(context.library)
            self._library_ready()

    @property
    def theme_key(self) -> str:
        return self.appearance.theme_key

    @property
    def zoom(self) -> float:
        return self.appearance.zoom

    # -- the controls (`WindowControls`): built by the first that asks, or after the first paint ----

    def ensure_controls(self) -> WindowControls:
        """The actions, menus, status line, room controls and session flow, built now if not yet."""
        if self._controls is None:
            from workshop.ui.shell.window_controls import WindowControls

            self._controls = WindowControls(self)
            self._connect()
            self._restore_choices()
        return self._controls

    @property
    def controls_built(self) -> bool:
        return self._controls is not None

    @property
    def action_set(self) -> WorkshopActions:
        return self.ensure_controls().actions

    @property
    def recent_menu(self) -> QMenu:
        return self.ensure_controls().recent_menu

    @property
    def new_exercise_menu(self) -> QMenu:
        return self.ensure_controls().new_exercise_menu

    @property
    def status_line(self) -> StatusLine:
        return self.ensure_controls().status_line

    @property
    def save_label(self) -> QLabel:
        return self.ensure_controls().status_line.save_label

    @property
    def file_label(self) -> QLabel:
        return self.ensure_controls().status_line.file_label

    @property
    def room_controls(self) -> RoomControls:
        return self.ensure_controls().room_controls

    @property
    def session_flow(self) -> SessionFlow:
        return self.ensure_controls().session_flow

    @property
    def audience_screens(self) -> AudienceScreens:
        return self.ensure_controls().audience_screens

    @property
    def screens(self) -> ScreenWatcher:
        return self.ensure_controls().screens

    # -- parts built on first use (`WindowParts`) -------------------------------------------------

    def is_built(self, part: str) -> bool:
        """Whether a part built on first use (`run_page`, `audience`...) exists yet."""
        return self.parts.is_built(part)

    @property
    def library_pending(self) -> bool:
        return self.parts.library_pending

    @property
    def run_page(self) -> RunPage:
        return self.parts.run_page

    @property
    def audience(self) -> AudienceWindow:
        return self.parts.audience

    @property
    def planner_page(self) -> PlannerPage:
        return self.parts.planner_page

    @property
    def library_page(self) -> LibraryPage:
        return self.parts.library_page

    @property
    def chime(self) -> Chime:
        return self.parts.chime

    @property
    def time_up(self) -> TimeUpWatcher:
        return self.parts.time_up

    @property
    def exports(self) -> Exports:
        return self.parts.exports

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._first_paint_work:
            # From the event loop, once this paint is on screen.
            for work in self._first_paint_work:
                QTimer.singleShot(0, self, work)
            self._first_paint_work = []

    def _read_library(self) -> None:
        """After the first paint: the library, then (a turn of the event loop later) the rest."""
        if not self._shut_down:
            self.parts.ensure_library()
            QTimer.singleShot(0, self, self._library_ready)

    def _library_ready(self) -> None:
        """Watch the library's folders, and build the planner (the library is what it offers)."""
        if not self._shut_down:
            _ = self.parts.library_keeper
            _ = self.parts.planner_page

    def library_changed(self, library: Library) -> None:
        self.home_page.set_library(library)
        if self.is_built("planner_page"):
            self.planner_page.set_library(library)

    # -- the actions ------------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.action_set
        a.new_session.triggered.connect(self.session_flow.new_session)
        a.open_session.triggered.connect(self.session_flow.choose_and_open)
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
        a.next_theme.triggered.connect(lambda: self.set_theme(self.appearance.next_theme_key()))
        a.theme_group.triggered.connect(lambda action: self.set_theme(str(action.data())))
        a.room_theme_group.triggered.connect(lambda action: self.set_room_theme(str(action.data() or "")))
        a.language_group.triggered.connect(lambda action: self.choose_language(str(action.data() or "")))
        a.mute.toggled.connect(self._mute_toggled)
        a.auto_advance.toggled.connect(self._auto_advance_toggled)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        self.pages.currentChanged.connect(self.sync_undo)

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

    def sync_undo(self) -> None:
        from workshop.ui.shell.menus import name_undo_actions

        owner = self._undo_owner()
        name_undo_actions(self.action_set, *(owner.undo_state() if owner is not None else (None, None)))

    # -- sessions (`SessionFlow`) -------------------------------------------------------------

    @property
    def controller(self) -> SessionController | None:
        """The session shown, None on the home page (`SessionFlow`)."""
        return self._controls.session_flow.controller if self._controls is not None else None

    def open_session(self, path: Path, *, read_only: bool = False) -> bool:
        """Open a session file and show it; on failure say why and leave the file alone."""
        return self.session_flow.open(path, read_only=read_only)

    def create_session(self, path: Path, state: SessionState) -> SessionController:
        """Write a new session file and show it (used by the new-session dialog)."""
        return self.session_flow.create(path, state)

    def close_session(self) -> None:
        if self._controls is not None:  # without them no session was ever opened
            self.session_flow.close()

    def open_dialog_folder(self) -> Path:
        return self.session_flow.open_dialog_folder()

    def bring_to_front(self, path: Path | None = None) -> None:
        """Another start of the app handed this window `path` (or nothing): show it, in front.

        The path is opened once no dialog is open (`window_front`).
        """
        from workshop.ui.shell.window_front import come_forward, when_no_dialog

        come_forward(self)
        if path is not None:
            when_no_dialog(self, lambda: self.open_session(path), closed=lambda: self._shut_down)

    # -- the room, the look and the preferences ---------------------------------------------------

    def set_audience_visible(self, visible: bool) -> None:
        """Show the audience view full screen (on the second screen if any), or hide it."""
        self.audience_screens.set_visible(visible)

    def set_zoom(self, factor: float) -> None:
        self.appearance.set_zoom(factor)
        self.parts.set_zoom(self.zoom)

    def set_theme(self, key: str) -> None:
        """Light, dark or high contrast, for the console (and the room, unless it has its own); remembered."""
        self.appearance.set_theme(key)
        self._show_theme()

    def _system_look_changed(self) -> None:
        if not self.appearance.chosen and not self._shut_down:
            self._show_theme()

    def _show_theme(self) -> None:
        self.setStyleSheet(self.appearance.style_sheet())
        self.parts.set_look()
        self.home_page.set_library_theme(self.appearance.console)
        if self._controls is not None:  # (else checked as they are built)
            self.action_set.themes[self.appearance.chosen].setChecked(True)

    def set_room_theme(self, key: str) -> None:
        """A theme for the room alone ("" to follow the console again); remembered."""
        self.appearance.set_room_theme(key)
        if self.is_built("audience"):
            self.audience.set_theme(self.appearance.room)
        self.action_set.room_themes[self.appearance.room_theme_key].setChecked(True)

    def choose_language(self, tag: str) -> None:
        """The window's language from the next start ("" to follow the computer's); remembered."""
        self.context.preferences.language = tag
        self.action_set.languages[tag if tag in self.action_set.languages else ""].setChecked(True)
        chosen = chosen_language(tag)
        if chosen == current_language():
            return
        # Said in the language chosen, which is the one the facilitator reads best.
        said = QT_TRANSLATE_NOOP("MainWindow", "Workshop speaks {name} from its next start.")
        self.message_bar.show_info(translated_in(chosen, "MainWindow", said).format(name=LANGUAGES[chosen]))

    def _restore_choices(self) -> None:
        """The menus' checks as the app remembered them (the zoom and the theme's look are set already)."""
        preferences = self.context.preferences
        self.action_set.themes[self.appearance.chosen].setChecked(True)
        self.action_set.room_themes[self.appearance.room_theme_key].setChecked(True)
        chosen = preferences.language if preferences.language in LANGUAGES else ""
        self.action_set.languages[chosen].setChecked(True)
        self.action_set.mute.setChecked(preferences.muted)
        self.action_set.auto_advance.setChecked(preferences.auto_advance)

    def _mute_toggled(self, muted: bool) -> None:
        if self.is_built("chime"):
            self.chime.muted = muted
        self.context.preferences.muted = muted

    def _auto_advance_toggled(self, on: bool) -> None:
        self.context.preferences.auto_advance = on

    # -- time is up -----------------------------------------------------------------------------

    def time_is_up(self) -> None:
        """The cue on both timers, the chime, and the next step if auto-advance is on."""
        self.audience.timer_widget.pulse()
        self.run_page.timer_widget.pulse()
        self.chime.play()
        controller = self.controller
        if controller is not None and self.action_set.auto_advance.isChecked() and controller.has_next \
                and controller.next_step():
            controller.start_timer()

    def phase_switched(self, index: int) -> None:
        """A step's next phase: "Switch!" on both screens and a short sound."""
        self.audience.header.show_phase(index, cue=True)
        self.run_page.header.show_phase(index, cue=True)
        self.chime.play(switch=True)

    # -- other pages ----------------------------------------------------------------------------

    def show_planner(self) -> None:
        self.pages.setCurrentWidget(self.planner_page)
        self.planner_page.tree.setFocus()

    def leave_planner(self) -> None:
        self.pages.setCurrentWidget(self.run_page if self.controller is not None else self.home_page)

    def plan_saved(self, path: Path) -> None:
        # The keeper reads the folders again (the trainer's included) and tells the
        # home page, the planner and the library page through libraryChanged.
        self.parts.library_keeper.reload()
        self.message_bar.show_info(self.tr("Plan saved: {path}").format(path=path))

    def show_library(self) -> None:
        """The library page (Ctrl+L); its Back button returns to the page shown before."""
        page = self.library_page
        if self.pages.currentWidget() is not page:
            self._library_came_from = self.pages.currentWidget()
            page.show_browser()
            self.pages.setCurrentWidget(page)

    def leave_library(self) -> None:
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

    # -- showing and closing -------------------------------------------------------------------------

    def setVisible(self, visible: bool) -> None:
        # Maximised last time: maximised again, and its normal size is the one it had then.
        if visible and not self._geometry_restored:
            self._geometry_restored = True
            remembered = self.context.preferences.window_geometry
            if remembered is not None:
                self.restoreGeometry(remembered)
        super().setVisible(visible)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._shut_down:
            self._shut_down = True
            if self._geometry_restored:
                self.context.preferences.window_geometry = self.saveGeometry()
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
