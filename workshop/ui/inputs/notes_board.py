"""The console's card board: the entry line, then the cards by column, clusters and all.

Type and press Enter to add a card (optionally with who said it, optionally
hidden from the room until revealed). On the board: double-click or F2 edits
a card or names a cluster; drag cards onto a card to cluster them, onto a
heading or between cards to move them; Ctrl+G groups the selected cards,
Ctrl+H hides or reveals them, 0-6 colour them, Backspace removes them. Every
change is one undoable command through the door.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.core.commands import (
    AddCard,
    Batch,
    Command,
    DeleteCard,
    DeleteCluster,
    InputError,
    SetCardColour,
    SetCardHidden,
)
from workshop.core.session import CARD_COLOURS, Card, Cluster
from workshop.ui.board.notes_delegate import BoardStyle
from workshop.ui.board.notes_model import NotesModel, RowKind
from workshop.ui.board.notes_moves import cluster_cards, unclustered
from workshop.ui.board.notes_view import NotesView
from workshop.ui.inputs.card_entry import CardEntryPanel
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.inputs.panel import InputPanel, describe
from workshop.ui.shell import hotkeys
from workshop.ui.shell.hotkeys import make_action
from workshop.ui.widgets.theme import Theme

CONSOLE_BOARD = BoardStyle(font_px=18, tile_width=240, max_lines=6)
DRAFT_PLACE = "card"  # the card entry's draft in the session file
# What is typed reaches the file this long after the first key since the last write,
# however fast the typing goes on: a kill loses at most this much of a card.
DRAFT_DELAY_MS = 100


class NotesBoard(InputPanel):
    """Cards of a step on the console: add, edit, colour, hide, cluster, delete."""

    tables = frozenset({"cards", "clusters"})

    def __init__(self, door: SessionDoor, parent: QWidget | None = None) -> None:
        super().__init__(door, parent)
        self.setObjectName("notesBoard")
        self._style = CONSOLE_BOARD
        self.models: list[NotesModel] = []
        self.views: list[NotesView] = []
        self.read_only = False
        self._headers: list[QLabel] = []
        self._columns_key: tuple[str, ...] | None = None

        self.entry_panel = CardEntryPanel(self)
        self.entry_panel.cardSubmitted.connect(self.add_card)
        # What is typed and not added yet goes to the file as a draft (within DRAFT_DELAY_MS
        # of each key, and at once when the session closes), and comes back on reopening.
        self._draft = door.draft(DRAFT_PLACE)
        self._draft_to_say = bool(self._draft)  # said in the entry's hint on the first step shown
        if self._draft:
            # Typed into the entry rather than set, so Ctrl+Z takes it out again.
            self.entry_panel.entry.textCursor().insertText(self._draft)
            self.entry_panel.entry.moveCursor(QTextCursor.MoveOperation.End)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush)
        self.entry_panel.entry.textChanged.connect(self._draft_soon)
        self.entry_panel.setProperty("ownFont", True)  # sized by set_text_px, as on the old board
        self.author = QLineEdit(self)
        self.author.setObjectName("cardAuthor")
        self.author.setPlaceholderText(self.tr("Who said it (optional)"))
        describe(self.author, self.tr("Author of the next card"),
                 self.tr("Who said it, if the card should name them; left empty, the card is anonymous"))
        self.author.setMinimumWidth(240)
        self.author.setMaximumWidth(320)
        self.hide_new = QCheckBox(self.tr("Add cards hidden from the room"), self)
        self.hide_new.setObjectName("hideNewCards")
        self.hide_new.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        describe(self.hide_new, self.tr("Add cards hidden from the room"),
                 self.tr("New cards stay off the projector until you reveal them (Reveal all)"))

        self._build_actions()
        self._columns = QWidget(self)
        self._columns_layout = QHBoxLayout(self._columns)
        self._columns_layout.setContentsMargins(0, 0, 0, 0)
        self._columns_layout.setSpacing(12)

        extras = QHBoxLayout()
        extras.setContentsMargins(0, 0, 0, 0)
        extras.addWidget(self.author)
        extras.addWidget(self.hide_new)
        extras.addStretch(1)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for action in (self.edit_action, self.group_action, self.ungroup_action, self.hide_action,
                       self.delete_action):
            tools.addWidget(self._button(action))
        self.colour_button = self._button(self.colour_menu.menuAction())
        self.colour_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tools.addWidget(self.colour_button)
        tools.addStretch(1)
        self.reveal_button = self._button(self.reveal_all_action)
        tools.addWidget(self.reveal_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.entry_panel)
        layout.addLayout(extras)
        layout.addLayout(tools)
        layout.addWidget(self.hint)
        layout.addWidget(self._columns, 1)

    # -- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        tr = self.tr
        # Keys and tooltips come from `hotkeys.TABLE` ("Cards on the board").
        self.edit_action = make_action(self, "board_edit", tr("Edit"), slot=self.edit_current)
        self.delete_action = make_action(self, "board_delete", tr("Delete"), slot=self.delete_selected)
        self.hide_action = make_action(self, "board_hide", tr("Hide / reveal"), slot=self.toggle_hidden)
        self.reveal_all_action = make_action(self, "board_reveal_all", tr("Reveal all"), slot=self.reveal_all)
        self.group_action = make_action(self, "board_group", tr("Group"), slot=self.group_selected)
        self.ungroup_action = make_action(self, "board_ungroup", tr("Ungroup"), slot=self.ungroup_selected)
        self.colour_menu = QMenu(tr("Colour"), self)
        self.colour_menu.menuAction().setObjectName("action_colour_menu")
        self.colour_menu.menuAction().setToolTip(tr("Colour the selected cards (keys 0 to 6 on the board)"))
        self.colour_actions: list[QAction] = []
        names = [tr("Plain"), tr("Yellow"), tr("Pink"), tr("Green"), tr("Blue"), tr("Orange"), tr("Purple")]
        for key, (colour, name) in zip(hotkeys.COLOUR_KEYS, zip(("", *CARD_COLOURS), names, strict=True),
                                       strict=True):
            action = make_action(self, f"colour_{colour or 'plain'}", name, (key,),
                                 tr("Colour the selected cards: {colour}").format(colour=name),
                                 self._colour_slot(colour))
            self.colour_menu.addAction(action)
            self.colour_actions.append(action)
        self.board_actions = [self.edit_action, self.delete_action, self.hide_action,
                              self.reveal_all_action, self.group_action, self.ungroup_action,
                              *self.colour_actions]
        # The keys act only while a board column has the keyboard (see `_add_column`),
        # so Backspace or a digit typed in the entry line stays there.
        for action in self.board_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _colour_slot(self, colour: str) -> Callable[[], None]:
        return lambda: self.colour_selected(colour)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setObjectName(action.objectName().replace("action_", "button_"))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("role", "run")
        button.setAccessibleName(action.text().replace("&", ""))
        return button

    # -- the step on screen ----------------------------------------------------------------------

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
        columns = self.spec.columns
        key = tuple(c.key for c in columns)
        if key != self._columns_key:
            self._build_columns(columns)
            self._columns_key = key
            self.set_zoom(self._zoom)  # the new columns' headers and views
        for model in self.models:
            model.show_step(item, step)
        self.entry_panel.set_columns(columns)
        if self._draft_to_say and self.entry_panel.entry.toPlainText() == self._draft:
            self.entry_panel.show_kept_hint()
        else:
            self.entry_panel.show_idle_hint()
        self._draft_to_say = False
        self.hint.say("")
        self.refresh(None)

    def _build_columns(self, columns: tuple) -> None:
        while self._columns_layout.count():
            child = self._columns_layout.takeAt(0).widget()
            if child is not None:
                child.hide()
                child.deleteLater()
        for model in self.models:
            self.door.changed.disconnect(model.on_changed)
            model.deleteLater()
        self.models, self.views, self._headers = [], [], []
        if not columns:
            self._add_column("", NotesModel(self.door, None, (), parent=self))
            return
        keys_ = [c.key for c in columns]
        for column in columns:
            self._add_column(column.label, NotesModel(self.door, column.key, keys_, parent=self))
        # Cards of a column the template no longer has: shown, never lost.
        self._add_column(self.tr("Other"), NotesModel(self.door, None, keys_, parent=self), stray=True)

    def _add_column(self, title: str, model: NotesModel, stray: bool = False) -> None:
        box = QWidget(self._columns)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if title:
            header = QLabel(title, box)
            header.setTextFormat(Qt.TextFormat.PlainText)
            header.setWordWrap(True)
            header.setProperty("role", "columnHeader")
            header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            layout.addWidget(header)
            self._headers.append(header)
        view = NotesView(self._style, box)
        describe(view, self.tr("Cards: {column}").format(column=title) if title else self.tr("Cards"),
                 self.tr("Double-click or F2 edits; drag a card onto another to cluster them; "
                         "Ctrl+G groups, Ctrl+H hides, 0-6 colour, Backspace removes"))
        view.setModel(model)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda point, v=view: self._context_menu(v, point))
        view.addActions(self.board_actions)
        layout.addWidget(view, 1)
        model.problem.connect(lambda text: self.hint.say(text, problem=True))
        self.door.changed.connect(model.on_changed)
        if stray:
            model.synced.connect(lambda b=box, m=model: b.setVisible(m.rowCount() > 0))
        self._columns_layout.addWidget(box, 1)
        self.models.append(model)
        self.views.append(view)
        if self.read_only:
            self._lock_view(view)

    def column_titles(self) -> list[str]:
        return [label.text() for label in self._headers if label.isVisibleTo(self)]

    def set_zoom(self, factor: float) -> None:
        super().set_zoom(factor)
        self._style = replace(CONSOLE_BOARD.scaled(factor), theme=self._style.theme)
        for view in self.views:
            view.set_board_style(self._style)
        self.entry_panel.set_text_px(round(20 * factor))
        for header in self._headers:
            font = QFont(header.font())
            font.setPixelSize(round(18 * factor))
            font.setWeight(QFont.Weight.Bold)
            header.setFont(font)

    def focus_input(self) -> None:
        self.entry_panel.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def set_theme(self, theme: Theme) -> None:
        """The colours the tiles are painted in (the console's theme)."""
        self._style = replace(self._style, theme=theme)
        for view in self.views:
            view.set_board_style(self._style)

    def texts(self) -> list[str]:
        """Every card's text on the board, column by column, as shown."""
        return [row.card.text for model in self.models for row in model.rows() if row.card is not None]

    def refresh(self, change: Change | None) -> None:
        # The models follow the door themselves; this keeps the buttons in step.
        hidden = sum(1 for card in self.state.cards_for(self.item, self.step) if card.hidden)
        self.reveal_all_action.setText(self.tr("Reveal all (%n hidden)", "", hidden) if hidden
                                       else self.tr("Reveal all"))
        self.reveal_all_action.setEnabled(hidden > 0 and not self.read_only)

    # -- a read-only session ---------------------------------------------------------------------

    def set_read_only(self) -> None:
        """Look, never change: no entry, no board tools, no drags or edits; the cards still scroll."""
        self.read_only = True
        for widget in (self.entry_panel, self.author, self.hide_new):
            widget.setEnabled(False)
        for action in self.board_actions:
            action.setEnabled(False)
        self.colour_button.setEnabled(False)
        for view in self.views:
            self._lock_view(view)

    @staticmethod
    def _lock_view(view: NotesView) -> None:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setDragEnabled(False)
        view.setAcceptDrops(False)
        view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

    # -- adding -----------------------------------------------------------------------------------

    def add_card(self, text: str, column: str = "") -> bool:
        """Commit a card from the entry line; the entry says why when it cannot."""
        view = self._view_for_column(column)
        if view is not None:
            view.follow_newest()
        command = AddCard(self.item, self.step, text, column, author=self.author.text().strip(),
                          hidden=self.hide_new.isChecked())
        try:
            done = self.door.execute(command)
        except InputError as error:
            self.entry_panel.show_problem(str(error))
            return False
        if not done:
            self.entry_panel.show_problem(self.tr("Not saved, so not added: your text is still in the "
                                                  "entry. Press Enter to try again."))
            return False
        self.author.clear()  # anonymous again unless someone is named for the next card
        self.entry_panel.card_added(len(self.state.cards_for(self.item, self.step)))
        self.flush()  # the text is a card now, no longer a draft
        return True

    def _draft_soon(self) -> None:
        # Not restarted by every key: continuous typing is written every DRAFT_DELAY_MS.
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def flush(self) -> None:
        """Keep what is in the entry as the session's draft now.

        Written whenever there is text, not only when it changed: another window on the
        same file may have replaced the draft since.
        """
        self._draft_timer.stop()
        text = self.entry_panel.entry.toPlainText()
        if (text or text != self._draft) and self.door.save_draft(DRAFT_PLACE, text):
            self._draft = text

    def _view_for_column(self, column: str) -> NotesView | None:
        for model, view in zip(self.models, self.views, strict=True):
            if model.column == column or (model.column is None and not model.others):
                return view
        return None

    # -- what is selected ----------------------------------------------------------------------------

    def selected_cards(self) -> list[Card]:
        found = []
        for model, view in zip(self.models, self.views, strict=True):
            for index in sorted(view.selectionModel().selectedIndexes(), key=lambda i: i.row()):
                row = model.row_at(index.row())
                if row is not None and row.card is not None:
                    found.append(row.card)
        return found

    def selected_clusters(self) -> list[Cluster]:
        found = []
        for model, view in zip(self.models, self.views, strict=True):
            for index in view.selectionModel().selectedIndexes():
                row = model.row_at(index.row())
                if row is not None and row.kind is RowKind.CLUSTER and row.cluster is not None:
                    found.append(row.cluster)
        return found

    def _active_view(self) -> NotesView | None:
        return next((view for view in self.views if view.hasFocus()), None) or next(
            (view for view in self.views if view.selectionModel().hasSelection()), None)

    def _need_cards(self) -> list[Card]:
        cards = self.selected_cards()
        if not cards:
            self.hint.say(self.tr("Select one or more cards first (click, Ctrl+click, Shift+arrows)."),
                          problem=True)
        return cards

    # -- board actions ---------------------------------------------------------------------------------

    def edit_current(self) -> None:
        view = self._active_view()
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
            self.hint.say(str(error), problem=True)
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
            self.hint.say(str(error), problem=True)
            return
        self.execute(command)

    def edit_cluster(self, cluster_id: int) -> None:
        """Open the name of a cluster for typing."""
        for model, view in zip(self.models, self.views, strict=True):
            row = model.row_of_cluster(cluster_id)
            if row >= 0:
                index = model.index(row)
                view.setFocus()
                view.setCurrentIndex(index)
                view.scrollTo(index)
                view.edit(index)
                return

    def _run(self, commands: list[Command], title: str) -> bool:
        if not commands:
            return False
        return self.execute(commands[0] if len(commands) == 1 else Batch(tuple(commands), title))

    def _context_menu(self, view: NotesView, point: QPoint) -> None:
        index = view.indexAt(point)
        if index.isValid() and not view.selectionModel().isSelected(index):
            view.setCurrentIndex(index)
        menu = QMenu(self)
        for action in (self.edit_action, self.group_action, self.ungroup_action, self.hide_action):
            menu.addAction(action)
        menu.addMenu(self.colour_menu)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(view.viewport().mapToGlobal(point))
        menu.deleteLater()

