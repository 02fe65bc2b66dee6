"""The window's menu bar, built from its actions, and the Edit menu's Undo / Redo names.

The menus only show actions (`WorkshopActions`); what an action does is the
window's routing. Two menus fill themselves as they open: the recent sessions
(the list changes while the app runs) and the kinds of new exercise (the
library page that names them is built only when first wanted).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from workshop.core.templates import InputKind
    from workshop.ui.shell.actions import WorkshopActions
    from workshop.ui.shell.main_window import TopMenus




class Menus(NamedTuple):
    """The menus the window keeps: they fill themselves as they open."""

    recent: QMenu
    new_exercise: QMenu


def build_menus(top: TopMenus, a: WorkshopActions, *, recent_paths: Callable[[], list[Path]],
                open_path: Callable[[Path], object], exercise_kinds: Callable[[], dict[InputKind, str]],
                new_exercise: Callable[[InputKind], None]) -> Menus:
    """The actions in File, Edit, Run, Room, View, Library and Help (`top_menus`)."""
    file_menu = top.file
    file_menu.addActions([a.new_session, a.open_session, a.planner])
    recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    recent_menu.setObjectName("recentMenu")
    recent_menu.aboutToShow.connect(lambda: fill_recent_menu(recent_menu, recent_paths(), open_path))
    file_menu.addSeparator()
    file_menu.addAction(a.export_pdf)
    file_menu.addSeparator()
    file_menu.addActions([a.close_session, a.quit])
    edit_menu = top.edit
    edit_menu.addActions([a.undo, a.redo])
    run_menu = top.run
    run_menu.addActions([a.start_pause, a.add_minute, a.remove_minute, a.reset_timer])
    run_menu.addSeparator()
    run_menu.addActions([a.previous_step, a.next_step])
    run_menu.addSeparator()
    run_menu.addAction(a.new_card)
    run_menu.addSeparator()
    run_menu.addActions([a.auto_advance, a.mute])
    phones_menu = top.room
    phones_menu.addAction(a.reveal_results)
    phones_menu.addSeparator()
    phones_menu.addAction(a.room_joins)
    phones_menu.addSeparator()
    phones_menu.addActions([a.room_show_code, a.room_hold, a.room_lock])
    phones_menu.addSeparator()
    phones_menu.addActions([a.room_phones, a.room_new_code])
    view_menu = top.view
    view_menu.addAction(a.toggle_audience)
    view_menu.addSeparator()
    view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Theme"))
    theme_menu.setObjectName("themeMenu")
    theme_menu.addActions(list(a.themes.values()))
    theme_menu.addSeparator()
    theme_menu.addAction(a.next_theme)
    room_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Room theme"))
    room_menu.setObjectName("roomThemeMenu")
    room_menu.addActions(list(a.room_themes.values()))
    language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    language_menu.setObjectName("languageMenu")
    language_menu.addActions(list(a.languages.values()))
    new_exercise_menu = _build_library_menu(top.library, a, exercise_kinds, new_exercise)
    top.help.addAction(a.shortcuts)
    return Menus(recent_menu, new_exercise_menu)


def _build_library_menu(menu: QMenu, a: WorkshopActions, exercise_kinds: Callable[[], dict[InputKind, str]],
                        new_exercise: Callable[[InputKind], None]) -> QMenu:
    """Library: the library page (Ctrl+L) and new exercises, the page built when first wanted."""
    menu.addAction(a.show_library)
    new_menu = menu.addMenu(QCoreApplication.translate("LibraryPage", "&New exercise"))
    new_menu.setObjectName("newExerciseMenu")

    def fill() -> None:
        if new_menu.isEmpty():
            for kind, label in exercise_kinds().items():
                new_menu.addAction(label).triggered.connect(lambda _checked=False, k=kind: new_exercise(k))

    new_menu.aboutToShow.connect(fill)
    return new_menu


def fill_recent_menu(menu: QMenu, paths: list[Path], open_path: Callable[[Path], object]) -> None:
    """The recent sessions, newest first; choosing one opens it."""
    menu.clear()
    home = Path.home()
    for path in paths:
        # The folder too: two days saved under the same name in different folders differ here.
        folder = (f"~/{path.parent.relative_to(home)}" if path.parent.is_relative_to(home)
                  else str(path.parent))
        action = menu.addAction(f"{path.stem}  ({folder})".replace("&", "&&"))
        action.setToolTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    if not paths:
        menu.addAction(QCoreApplication.translate("MainWindow", "(none yet)")).setEnabled(False)


def name_undo_actions(a: WorkshopActions, undo_text: str | None, redo_text: str | None) -> None:
    """Undo / Redo enabled when there is something to take back, named after it (None: nothing)."""
    a.undo.setEnabled(undo_text is not None)
    a.redo.setEnabled(redo_text is not None)
    a.undo.setText(
        QCoreApplication.translate("MainWindow", "&Undo {change}").format(change=undo_text)
        if undo_text is not None
        else QCoreApplication.translate("MainWindow", "&Undo")
    )
    a.redo.setText(
        QCoreApplication.translate("MainWindow", "&Redo {change}").format(change=redo_text)
        if redo_text is not None
        else QCoreApplication.translate("MainWindow", "&Redo")
    )
