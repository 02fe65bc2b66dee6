"""The card board's actions: their keys, the row of buttons above the columns, the right-click menu.

Keys and tooltips come from `hotkeys.TABLE` ("Cards on the board"). Each
action runs one of the board's own methods. The keys act only while a board
column has the keyboard (every column's view carries the actions), so
Backspace or a digit typed in the entry line stays there.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QToolButton

from workshop.core.session import CARD_COLOURS
from workshop.ui.shell import hotkeys
from workshop.ui.shell.hotkeys import make_action

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workshop.ui.board.notes_view import NotesView
    from workshop.ui.inputs.notes_board import NotesBoard


class CardActions:
    """What can be done to the selected cards of `board`, as actions, buttons and a menu."""

    def __init__(self, board: NotesBoard) -> None:
        self._board = board
        self.edit_action = make_action(
            board, "board_edit", translate("NotesBoard", "Edit"), slot=board.edit_current
        )
        self.delete_action = make_action(
            board, "board_delete", translate("NotesBoard", "Delete"), slot=board.delete_selected
        )
        self.hide_action = make_action(
            board, "board_hide", translate("NotesBoard", "Hide / reveal"), slot=board.toggle_hidden
        )
        self.reveal_all_action = make_action(
            board, "board_reveal_all", translate("NotesBoard", "Reveal all"), slot=board.reveal_all
        )
        self.group_action = make_action(
            board, "board_group", translate("NotesBoard", "Group"), slot=board.group_selected
        )
        self.ungroup_action = make_action(
            board, "board_ungroup", translate("NotesBoard", "Ungroup"), slot=board.ungroup_selected
        )
        self.colour_menu = QMenu(translate("NotesBoard", "Colour"), board)
        self.colour_menu.menuAction().setObjectName("action_colour_menu")
        self.colour_menu.menuAction().setToolTip(
            translate("NotesBoard", "Colour the selected cards (keys 0 to 6 on the board)")
        )
        self.colour_actions: list[QAction] = []
        names = [
            translate("NotesBoard", "Plain"),
            translate("NotesBoard", "Yellow"),
            translate("NotesBoard", "Pink"),
            translate("NotesBoard", "Green"),
            translate("NotesBoard", "Blue"),
            translate("NotesBoard", "Orange"),
            translate("NotesBoard", "Purple"),
        ]
        for key, (colour, name) in zip(
            hotkeys.COLOUR_KEYS, zip(("", *CARD_COLOURS), names, strict=True), strict=True
        ):
            action = make_action(
                board,
                f"colour_{colour or 'plain'}",
                name,
                (key,),
                translate("NotesBoard", "Colour the selected cards: {colour}").format(colour=name),
                partial(board.colour_selected, colour),
            )
            self.colour_menu.addAction(action)
            self.colour_actions.append(action)
        self.board_actions = [
            self.edit_action,
            self.delete_action,
            self.hide_action,
            self.reveal_all_action,
            self.group_action,
            self.ungroup_action,
            *self.colour_actions,
        ]
        for action in self.board_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.buttons = [
            self._button(action)
            for action in (
                self.edit_action,
                self.group_action,
                self.ungroup_action,
                self.hide_action,
                self.delete_action,
            )
        ]
        self.colour_button = self._button(self.colour_menu.menuAction())
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.reveal_button = self._button(self.reveal_all_action)

    def button_row(self) -> QHBoxLayout:
        """The row of tool buttons: the card actions, the colours, and Reveal all at the far end."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (*self.buttons, self.colour_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reveal_button)
        return row

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self._board)
        button.setDefaultAction(action)
        button.setObjectName(action.objectName().replace("action_", "button_"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Tab reaches it, as every control (the keys F2, Ctrl+G... do the same); a click
        # leaves the keyboard where it was, on the board or in the card entry.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setProperty("role", "run")
        button.setAccessibleName(action.text().replace("&", ""))
        return button

    def lock(self) -> None:
        """Nothing is changed in a read-only session: every action and the colour button off."""
        for action in self.board_actions:
            action.setEnabled(False)
        self.colour_button.setEnabled(False)

    def context_menu(self, view: NotesView, point: QPoint) -> None:
        """The right-click menu over `view` at `point`; a card not selected becomes the current one."""
        index = view.indexAt(point)
        if index.isValid() and not view.selectionModel().isSelected(index):
            view.setCurrentIndex(index)
        menu = QMenu(self._board)
        for action in (self.edit_action, self.group_action, self.ungroup_action, self.hide_action):
            menu.addAction(action)
        menu.addMenu(self.colour_menu)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(view.viewport().mapToGlobal(point))
        menu.deleteLater()

    def add_to(self, view: NotesView) -> None:
        """Let `view` take the actions' keys and open the menu on a right click."""
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda point, v=view: self.context_menu(v, point))
        view.addActions(self.board_actions)
