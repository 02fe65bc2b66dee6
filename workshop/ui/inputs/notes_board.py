"""The console's card board: the entry line, then the cards by column, clusters and all.

Type and press Enter to add a card (optionally with who said it, optionally
hidden from the room until revealed). On the board: double-click or F2 edits
a card or names a cluster; drag cards onto a card to cluster them, onto a
heading or between cards to move them; Ctrl+G groups the selected cards,
Ctrl+H hides or reveals them, 0-6 colour them, Backspace removes them. Every
change is one undoable command through the door.

The board routes; its parts are modules of their own: the entry with who
said it, hidden from the room and the draft (`notes_entry`), the card actions
with their keys, buttons and right-click menu (`notes_tools`), and the
columns of views with what is selected in them (`notes_columns`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop.core.commands import (
    Batch,
    Command,
    DeleteCard,
    DeleteCluster,
    InputError,
    SetCardColour,
    SetCardHidden,
)
from workshop.core.session import Card, Cluster
from workshop.ui.board.notes_delegate import BoardStyle
from workshop.ui.board.notes_model import NotesModel
from workshop.ui.board.notes_moves import cluster_cards, unclustered
from workshop.ui.board.notes_view import NotesView
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.inputs.notes_columns import BoardColumns
from workshop.ui.inputs.notes_entry import BoardEntry
from workshop.ui.inputs.notes_tools import CardActions
from workshop.ui.inputs.panel import Hint, InputPanel
from workshop.ui.language import refusal
from workshop.ui.widgets.theme import Theme

CONSOLE_BOARD = BoardStyle(font_px=18, tile_width=240, max_lines=6)


class FoldingHint(Hint):
    """The board's message line, there only while it says something: on a 720-pixel laptop
    the line it would keep empty is a row of cards."""

    def say(self, text: str, *, problem: bool = False) -> None:
        if text or self.text():
            super().say(text, problem=problem)
        self.setVisible(bool(text))


class NotesBoard(InputPanel):
    """Cards of a step on the console: add, edit, colour, hide, cluster, delete."""

    tables = frozenset({"cards", "clusters"})

    def __init__(self, door: SessionDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.setObjectName("notesBoard")
        self.read_only = False
        self.hint.deleteLater()
        self.hint = FoldingHint(self)
        self.hint.hide()

        self.entry_parts = BoardEntry(door, self)
        self.entry_panel = self.entry_parts.panel
        self.author, self.hide_new = self.entry_parts.author, self.entry_parts.hide_new
        self.entry_panel.cardSubmitted.connect(self.add_card)
        self.card_actions = CardActions(self)
        self.delete_action = self.card_actions.delete_action
        self.reveal_all_action = self.card_actions.reveal_all_action
        self.columns = BoardColumns(door, self, self.card_actions, self.hint, CONSOLE_BOARD)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.entry_panel)
        layout.addLayout(self.entry_parts.extras())
        layout.addLayout(self.card_actions.button_row())
        layout.addWidget(self.hint)
        layout.addWidget(self.columns.row, 1)

    @property
    def models(self) -> list[NotesModel]:
        return self.columns.models

    @property
    def views(self) -> list[NotesView]:
        return self.columns.views

    # -- the step on screen ----------------------------------------------------------------------

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
        columns = self.spec.columns
        if self.columns.show(columns):
            self.set_zoom(self._zoom)  # the new columns' headers and views
            for model in self.models:  # (phones' cards reach the models a turn of the event loop later)
                model.synced.connect(self._show_counts)
        for model in self.models:
            model.show_step(item, step)
        self.entry_panel.set_columns(columns)
        self.entry_parts.show_step_hint()
        self.hint.say("")
        self.refresh(None)

    def column_titles(self) -> list[str]:
        return self.columns.titles()

    def set_zoom(self, factor: float) -> None:
        super().set_zoom(factor)
        self.columns.set_style(replace(CONSOLE_BOARD.scaled(factor), theme=self.columns.style.theme))
        self.entry_panel.set_text_px(round(20 * factor))
        self.columns.set_header_px(round(18 * factor))

    def focus_input(self) -> None:
        self.entry_panel.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_theme(self, theme: Theme) -> None:
        """The colours the tiles are painted in (the console's theme)."""
        self.columns.set_style(replace(self.columns.style, theme=theme))

    def texts(self) -> list[str]:
        """Every card's text on the board, column by column, as shown."""
        return [row.card.text for model in self.models for row in model.rows() if row.card is not None]

    def refresh(self, change: Change | None) -> None:
        # The models follow the door themselves, and say when they did (`_show_counts`).
        if change is not None:
            # A message belongs to the action that made it: the next change (a delete, an
            # undo, a card from a phone) makes it stale. The action that made this change
            # says its own words after this.
            self.hint.say("")
        self._show_counts()

    def card_count(self) -> int:
        """The cards on the board; the console's columns hold each card of the step once."""
        return sum(model.card_count for model in self.models)

    def _show_counts(self) -> None:
        """Keep "Saved. N cards" and "Reveal all (N hidden)" true, from the models' own counts."""
        self.entry_panel.forget_saved(self.card_count())
        hidden = sum(model.hidden_count for model in self.models)
        self.reveal_all_action.setText(self.tr("Reveal all (%n hidden)", "", hidden) if hidden
                                       else self.tr("Reveal all"))
        self.reveal_all_action.setEnabled(hidden > 0 and not self.read_only)

    def set_read_only(self) -> None:
        """Look, never change: no entry, no board tools, no drags or edits; the cards still scroll."""
        self.read_only = True
        self.entry_parts.lock()
        self.card_actions.lock()
        self.columns.lock()

    # -- adding -----------------------------------------------------------------------------------

    def add_card(self, text: str, column: str = "") -> bool:
        """Commit a card from the entry line; the entry says why when it cannot."""
        view = self.columns.view_for_column(column)
        if view is not None:
            view.follow_newest()
        command = self.entry_parts.new_card(self.item, self.step, text, column)
        try:
            done = self.door.execute(command)
        except InputError as error:
            self.entry_panel.show_problem(refusal(error))
            return False
        if not done:
            self.entry_panel.show_problem(self.tr("Not saved, so not added: your text is still in the "
                                                  "entry. Press Enter to try again."))
            return False
        self.entry_parts.card_added(self.card_count())
        return True

    def flush(self) -> None:
        """Keep what is in the entry as the session's draft now."""
        self.entry_parts.flush()

    # -- what is selected ----------------------------------------------------------------------------

    def selected_cards(self) -> list[Card]:
        return self.columns.selected_cards()

    def selected_clusters(self) -> list[Cluster]:
        return self.columns.selected_clusters()

    def _need_cards(self) -> list[Card]:
        cards = self.selected_cards()
        if not cards:
            self.hint.say(self.tr("Select one or more cards first (click, Ctrl+click, Shift+arrows)."),
                          problem=True)
        return cards

    # -- board actions ---------------------------------------------------------------------------------

    def edit_current(self) -> None:
        view = self.columns.active_view()
        if view is not None and view.currentIndex().isValid():
            view.edit(view.currentIndex())

    def delete_selected(self) -> None:
        cards, clusters = self.selected_cards(), self.selected_clusters()
        commands: list[Command] = [DeleteCluster(c.id) for c in clusters]
        commands += [DeleteCard(c.id) for c in cards]
        if not commands:
            self._need_cards()
            return
        if self._run(commands, self.tr("Delete")):
            self.hint.say(self.tr("Deleted. Undo (Ctrl+Z) brings it back."))

    def toggle_hidden(self) -> None:
        cards = self._need_cards()
        hide = any(not card.hidden for card in cards)
        self._run([SetCardHidden(card.id, hide) for card in cards],
                  self.tr("Hide cards") if hide else self.tr("Reveal cards"))

    def reveal_all(self) -> None:
        hidden = [card for card in self.state.cards_for(self.item, self.step) if card.hidden]
        if hidden:
            self._run([SetCardHidden(card.id, False) for card in hidden], self.tr("Reveal all"))

    def colour_selected(self, colour: str) -> None:
        cards = self._need_cards()
        self._run([SetCardColour(card.id, colour) for card in cards if card.colour != colour],
                  self.tr("Colour cards"))

    def group_selected(self) -> None:
        cards = self._need_cards()
        if not cards:
            return
        cluster_id = self.state.next_id("clusters")
        try:
            command = cluster_cards(self.state, self.item, self.step, [c.id for c in cards])
        except InputError as error:
            self.hint.say(refusal(error), problem=True)
            return
        if self.execute(command):
            self.hint.say(self.tr("Cluster made: type its name, then press Enter."))
            self.edit_cluster(cluster_id)

    def ungroup_selected(self) -> None:
        cards = self._need_cards()
        if not cards:
            return
        try:
            command = unclustered(self.state, self.item, self.step, [c.id for c in cards])
        except InputError as error:
            self.hint.say(refusal(error), problem=True)
            return
        self.execute(command)

    def edit_cluster(self, cluster_id: int) -> None:
        """Open the name of a cluster for typing."""
        self.columns.edit_cluster(cluster_id)

    def _run(self, commands: list[Command], title: str) -> bool:
        if not commands:
            return False
        return self.execute(commands[0] if len(commands) == 1 else Batch(tuple(commands), title))
