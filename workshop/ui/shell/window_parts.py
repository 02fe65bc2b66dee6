"""The window's parts built on first use, and the library read after the first paint.

Start-up is quick because the window paints the home page before any of these
is built: the run page, the audience window, the planner and library pages,
the library's watcher, the chime, the time-up watcher and the exports are
each imported and built the first time they are used (a session opened, a
menu chosen), made in their final parent, in the window's look, and
connected to the window's routes. A part not built yet has nothing to be
told: a new look, a zoom, a session closing reach only the parts there are.

With ``library_pending`` the library is read just after the window's first
paint, the home page saying "Loading the library…" until it is; whatever
needs the library before then reads it at once (`ensure_library`).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    from workshop.ui.shell.main_window import MainWindow


class WindowParts:
    """`window`'s parts, each built when first asked for."""

    def __init__(self, window: MainWindow, *, library_pending: bool) -> None:
        self._window = window
        self.library_pending = library_pending

    def is_built(self, part: str) -> bool:
        """Whether a part (`run_page`, `audience`...) exists yet."""
        return part in self.__dict__

    @cached_property
    def run_page(self) -> RunPage:
        from workshop.ui.run.run_page import RunPage

        window = self._window
        page = RunPage(window.action_set, window.pages)
        page.room = self.audience
        page.remember_panes_in(window.context.preferences)
        page.set_theme(window.appearance.console)
        if window.zoom != 1.0:
            page.set_zoom(window.zoom)
        page.undoChanged.connect(window.sync_undo)
        window.pages.addWidget(page)
        return page

    @cached_property
    def audience(self) -> AudienceWindow:
        """The room's view: a window of its own (no parent), closed with the window."""
        from workshop.ui.room.audience_window import AudienceWindow

        window = self._window
        audience = AudienceWindow()
        audience.addActions(window.action_set.room_actions)
        audience.hidden.connect(window.audience_screens.hidden)
        audience.set_theme(window.appearance.room)
        if window.zoom != 1.0:
            audience.set_zoom(window.zoom)
        return audience

    @cached_property
    def planner_page(self) -> PlannerPage:
        from workshop.ui.planner.planner_page import PlannerPage

        window = self._window
        page = PlannerPage(self.ensure_library(), window.context.plans_dir, window.pages)
        page.tree.set_theme(window.appearance.console)
        page.closeRequested.connect(window.leave_planner)
        page.startRequested.connect(window.session_flow.new_session_from)
        page.planSaved.connect(window.plan_saved)
        page.historyChanged.connect(window.sync_undo)
        window.pages.addWidget(page)
        return page

    @cached_property
    def library_keeper(self) -> LibraryKeeper:
        """Reads the library again when its files change; the pages follow its `libraryChanged`."""
        from workshop.ui.library.library_keeper import LibraryKeeper

        self.ensure_library()
        keeper = LibraryKeeper(self._window.context, self._window)
        keeper.libraryChanged.connect(self._window.library_changed)
        return keeper

    @cached_property
    def library_page(self) -> LibraryPage:
        from workshop.ui.library.library_page import LibraryPage

        window = self._window
        page = LibraryPage(window.context, window.pages, keeper=self.library_keeper)
        page.set_theme(window.appearance.console)
        page.closeRequested.connect(window.leave_library)
        window.pages.addWidget(page)
        return page

    @cached_property
    def chime(self) -> Chime:
        from workshop.ui.run.chime import Chime

        return Chime(muted=self._window.action_set.mute.isChecked(), parent=self._window)

    @cached_property
    def time_up(self) -> TimeUpWatcher:
        from workshop.ui.run.time_up import TimeUpWatcher

        watcher = TimeUpWatcher(self._window)
        watcher.timeUp.connect(self._window.time_is_up)
        watcher.phaseSwitched.connect(self._window.phase_switched)
        return watcher

    @cached_property
    def exports(self) -> Exports:
        from workshop.ui.run.exports import Exports

        window = self._window
        exports = Exports(window, window.context, window.message_bar, window.action_set.export_pdf,
                          lambda: window.controller)
        window.statusBar().addWidget(exports.status)
        return exports

    def ensure_library(self) -> Library:
        """The library, read now if the window was shown before it."""
        context = self._window.context
        if self.library_pending:
            from workshop.library.catalog import load_library

            self.library_pending = False
            context.library = load_library(context.library.roots)
            self._window.home_page.set_library(context.library)
        return context.library

    # -- telling the parts there are -------------------------------------------------------------

    def set_controller(self, controller: SessionController | None) -> None:
        """The session shown (None: closed); without one, parts not built yet have nothing to forget."""
        if controller is not None or self.is_built("run_page"):
            self.run_page.set_controller(controller)
        if controller is not None or self.is_built("audience"):
            self.audience.set_controller(controller)
        if controller is not None or self.is_built("time_up"):
            self.time_up.set_controller(controller)

    def set_look(self) -> None:
        """The window's themes, to the pages and the audience window."""
        appearance = self._window.appearance
        if self.is_built("run_page"):
            self.run_page.set_theme(appearance.console)
        if self.is_built("planner_page"):
            self.planner_page.tree.set_theme(appearance.console)
        if self.is_built("audience"):
            self.audience.set_theme(appearance.room)
        if self.is_built("library_page"):
            self.library_page.set_theme(appearance.console)

    def set_zoom(self, zoom: float) -> None:
        """The zoom, to the run page and the room if they are built (built later, they take it then)."""
        if self.is_built("run_page"):
            self.run_page.set_zoom(zoom)
        if self.is_built("audience"):
            self.audience.set_zoom(zoom)
