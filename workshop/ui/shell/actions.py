"""Every action of the main window, built once with its shortcut from `hotkeys`.

The window connects them to the pages and the controller; buttons show them
(`action_button.ActionButton`), and the audience window carries the run actions too, so
the keys work whichever window is in front. The planner's actions live on the
planner page (their keys only work while it is on screen).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup

from workshop.core.languages import LANGUAGES
from workshop.ui.shell.hotkeys import make_action
from workshop.ui.widgets.theme import THEMES


class WorkshopActions(QObject):
    """The actions of the app, by name; connect their `triggered` signals to act."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # File
        self.new_session = make_action(self, "new_session", self.tr("&New session…"))
        self.open_session = make_action(self, "open_session", self.tr("&Open…"))
        self.planner = make_action(self, "planner", self.tr("&Plan an agenda…"))
        self.export_pdf = make_action(self, "export_pdf", self.tr("&Export…"))
        self.close_session = make_action(self, "close_session", self.tr("&Close session"))
        self.quit = make_action(self, "quit", self.tr("&Quit"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit: the session's undo stack (the run page enables them and names the change).
        self.undo = make_action(self, "undo", self.tr("&Undo"))
        self.redo = make_action(self, "redo", self.tr("&Redo"))
        for action in (self.undo, self.redo):
            action.setEnabled(False)
        # Library: with the others, so the F1 sheet, the menu and the key are one row of the table
        self.show_library = make_action(self, "show_library", self.tr("Show the &library"), None,
                                        self.tr("Exercises and plans, and editing your own"))
        # Run
        self.start_pause = make_action(self, "start_pause", self.tr("&Start"))
        self.add_minute = make_action(self, "add_minute", self.tr("+1 min"))
        self.remove_minute = make_action(self, "remove_minute", self.tr("−1 min"))
        self.reset_timer = make_action(self, "reset_timer", self.tr("&Reset timer"))
        self.next_step = make_action(self, "next_step", self.tr("&Next step"))
        self.previous_step = make_action(self, "previous_step", self.tr("&Previous step"))
        self.new_card = make_action(self, "new_card", self.tr("New &card"))
        self.auto_advance = make_action(self, "auto_advance", self.tr("&Auto-advance"))
        self.auto_advance.setCheckable(True)
        self.mute = make_action(self, "mute", self.tr("&Mute sound"))
        self.mute.setCheckable(True)
        # View
        self.toggle_audience = make_action(self, "toggle_audience", self.tr("&Audience window"))
        self.toggle_audience.setCheckable(True)
        self.zoom_in = make_action(self, "zoom_in", self.tr("Zoom &in"))
        self.zoom_out = make_action(self, "zoom_out", self.tr("Zoom &out"))
        self.zoom_reset = make_action(self, "zoom_reset", self.tr("&Normal size"))
        self.next_theme = make_action(self, "next_theme", self.tr("Next &theme"))
        self.theme_group = QActionGroup(self)
        self.theme_group.setExclusive(True)
        self.themes: dict[str, QAction] = {}
        system = self.tr("Like the system")
        for key, label in (("", system), *((key, QCoreApplication.translate("theme", theme.label))
                                           for key, theme in THEMES.items())):
            action = make_action(self, f"theme_{key or 'system'}", label, (),
                                 self.tr("Use the {name} theme").format(name=label) if key
                                 else self.tr("Follow the system's light or dark look and its contrast"))
            action.setCheckable(True)
            action.setData(key)
            self.theme_group.addAction(action)
            self.themes[key] = action
        # The room may have a theme of its own: a dark projector in a dim room, say, beside a
        # light laptop. "" follows the console's.
        self.room_theme_group = QActionGroup(self)
        self.room_theme_group.setExclusive(True)
        self.room_themes: dict[str, QAction] = {}
        same = self.tr("&Same as the console")
        for key, label in (("", same), *((key, QCoreApplication.translate("theme", theme.label))
                                         for key, theme in THEMES.items())):
            action = make_action(self, f"room_theme_{key or 'same'}", label, (),
                                 self.tr("The audience window follows the console's theme") if not key
                                 else self.tr("The audience window uses the {name} theme").format(
                                     name=label.replace("&", "")))
            action.setCheckable(True)
            action.setData(key)
            self.room_theme_group.addAction(action)
            self.room_themes[key] = action
        # The window's language, from the next start: the user's, or one chosen here.
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.languages: dict[str, QAction] = {}
        for tag, name in (("", self.tr("The &system's")), *LANGUAGES.items()):
            tip = (self.tr("The window follows the language of the computer") if not tag
                   else self.tr("The window speaks {name} from the next start").format(name=name))
            action = make_action(self, f"language_{tag or 'system'}", name, (), tip)
            action.setCheckable(True)
            action.setData(tag)
            self.language_group.addAction(action)
            self.languages[tag] = action
        # Room: the phones (`room_controls` keeps them checked and enabled as the room is)
        self.room_joins = make_action(self, "room_joins", self.tr("Let the room &join from phones"))
        self.room_joins.setCheckable(True)
        self.room_show_code = make_action(
            self,
            "room_show_code",
            self.tr("&Show the join code on the wall"),
            (),
            self.tr("The QR code, address and code beside the wall's step"),
        )
        self.room_show_code.setCheckable(True)
        self.room_show_code.setChecked(True)
        self.room_lock = make_action(
            self,
            "room_lock",
            self.tr("&Close joining"),
            (),
            self.tr("No new phone may join; the phones in the room stay"),
        )
        self.room_lock.setCheckable(True)
        self.room_hold = make_action(
            self,
            "room_hold",
            self.tr("&Hold this step's cards from phones"),
            (),
            self.tr("Cards from phones wait, hidden from the room, till you reveal them"),
        )
        self.room_hold.setCheckable(True)
        self.room_new_code = make_action(
            self,
            "room_new_code",
            self.tr("&New join code…"),
            (),
            self.tr("Every phone leaves and must scan the new code"),
        )
        # The step's results on the wall: only a step whose template waits for the cue (`RevealBar`)
        self.reveal_results = make_action(self, "reveal_results", self.tr("&Reveal the results on the wall"))
        self.reveal_results.setCheckable(True)
        self.reveal_results.setEnabled(False)
        self.room_phones = make_action(
            self,
            "room_phones",
            self.tr("&Phones and address…"),
            (),
            self.tr("The phones in the room, removing one, and the address they use"),
        )
        # Help
        self.shortcuts = make_action(self, "shortcuts", self.tr("&Keyboard shortcuts"))

    @property
    def run_actions(self) -> list[QAction]:
        """What the facilitator uses during a session; enabled only with one open."""
        return [
            self.start_pause,
            self.add_minute,
            self.remove_minute,
            self.reset_timer,
            self.next_step,
            self.previous_step,
            self.new_card,
        ]

    @property
    def session_actions(self) -> list[QAction]:
        return [*self.run_actions, self.export_pdf, self.close_session, self.toggle_audience, self.room_joins]

    @property
    def joins_actions(self) -> list[QAction]:
        """What only makes sense while phones may join."""
        return [self.room_show_code, self.room_lock, self.room_hold, self.room_new_code, self.room_phones]

    @property
    def room_actions(self) -> list[QAction]:
        """The keys that must also work while the audience window is in front."""
        return [
            *self.run_actions,
            self.undo,
            self.redo,
            self.toggle_audience,
            self.zoom_in,
            self.zoom_out,
            self.zoom_reset,
            self.auto_advance,
            self.mute,
            self.next_theme,
            self.room_joins,
            self.reveal_results,
            self.shortcuts,
        ]

    def all(self) -> list[QAction]:
        return (
            [value for value in vars(self).values() if isinstance(value, QAction)]
            + list(self.themes.values())
            + list(self.room_themes.values())
        )
