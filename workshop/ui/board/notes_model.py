"""The cards of one column of a board as a flat Qt model: cluster, its cards, ..., loose cards.

A row is a cluster's heading, the heading of the cards in no cluster, or a
card. The view lays headings across the whole width and cards as tiles
after them, so a board reads as groups without a widget per card.

The model is a view of `door.state`: after every change it builds its rows
again and tells the view only what differs (the rows in the middle that
changed; usually one inserted at the end), so a new card on a board of a
thousand does not reset the view. Drops and edits become core commands
handed to the door.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from functools import cached_property

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from workshop.core.commands import Command, EditCard, InputError, RenameCluster
from workshop.core.phones import is_phone_origin
from workshop.core.room import shown_clusters
from workshop.core.session import Card, Cluster
from workshop.ui.board.notes_moves import drop_on_card, is_noop, move_cards
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.language import refusal

CARD_MIME = "application/x-workshop-cards"
RowRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class RowKind(IntEnum):
    CLUSTER = 1  # a cluster's heading
    LOOSE = 2  # the heading of the cards in no cluster
    CARD = 3


@dataclass(frozen=True)
class Row:
    """One row of the board: a heading or a card."""

    kind: RowKind
    card: Card | None = None
    cluster: Cluster | None = None
    count: int = 0  # cards under a heading

    @cached_property
    def key(self) -> tuple[int, int]:
        if self.card is not None:
            return (self.kind, self.card.id)
        return (self.kind, self.cluster.id if self.cluster is not None else 0)


class NotesModel(QAbstractListModel):
    """One column (or the whole board) of a step's cards, for the console or the room.

    `column` None takes every card whose column is none of `others` (the
    whole board when `others` is empty; the cards of a column since renamed,
    otherwise). `room` leaves hidden cards out and makes everything read-only.
    """

    problem = Signal(str)  # a drop or an edit was refused; the text says why
    synced = Signal()  # rows rebuilt after a change

    def __init__(self, door: SessionDoor, column: str | None = None,
                 others: Iterable[str] = (), *, room: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.column = column
        self.others = frozenset(others)
        self.room = room
        self.item = -1
        self.step = ""
        self._rows: list[Row] = []
        # The card rows of the last build, by card id: a card that did not change keeps
        # its row object, so comparing a thousand rows is mostly `is`.
        self._card_rows: dict[int, Row] = {}
        # Cards from the room's phones come in bursts: the rows catch up once per turn of
        # the event loop, not once per card (a key press at the console still shows at once).
        self._catch_up = QTimer(self)
        self._catch_up.setSingleShot(True)
        self._catch_up.setInterval(0)
        self._catch_up.timeout.connect(self._catch_up_with_phones)
        self._from_phones: list[Change] = []
        self._headings: list[int] | None = None  # the heading rows' places, while the rows last
        self._card_places: dict[int, int] | None = None  # card id -> its row, while the rows last
        self.card_count = 0  # the card rows, and how many of them are hidden: kept as rows change
        self.hidden_count = 0

    # -- what is shown ------------------------------------------------------------

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
        self._catch_up.stop()
        self._from_phones = []
        self._headings = self._card_places = None
        self.beginResetModel()
        self._rows = self._build()
        self._count_cards()
        self.endResetModel()
        self.synced.emit()

    def on_changed(self, change: Change | None = None) -> None:
        """Bring the rows in line with the state after a change."""
        if change is not None and not change.tables & {"cards", "clusters"}:
            return
        if change is not None and is_phone_origin(change.origin):
            self._from_phones.append(change)
            self._catch_up.start()
            return
        pending = self._from_phones
        self._catch_up.stop()
        self._from_phones = []
        if pending or change is None or not self._patch(change):
            self._sync(self._build())
        self.synced.emit()

    def _catch_up_with_phones(self) -> None:
        changes, self._from_phones = self._from_phones, []
        if not all(self._patch(change) for change in changes):
            self._sync(self._build())
        self.synced.emit()

    # -- one card at a time ------------------------------------------------------------

    def _patch(self, change: Change) -> bool:
        """Change only the rows of the cards `change` wrote; False when the rows must be rebuilt.

        The usual changes are a card added last on its board, a card edited,
        hidden or shown, or taken away: each becomes one row inserted, changed
        or removed (and its heading's count), so a board of thousands is not
        read again for each. Anything else (a move, a cluster) is rebuilt.
        A patch left half-done by a False is mended by the rebuild.
        """
        if not change.before or "clusters" in change.tables:
            return False
        state = self.door.state
        for (table, key), before in change.before.items():
            if table != "cards":
                continue
            after = state.card(key[0])
            was, now = self._shows(before), self._shows(after)
            if was and now:
                if (before.position, before.cluster) != (after.position, after.cluster) \
                        or not self._replace_card(after):
                    return False
            elif now:
                if not self._insert_card(after):
                    return False
            elif was and not self._remove_card(before):
                return False
        return True

    def _shows(self, card: Card | None) -> bool:
        return card is not None and card.item == self.item and card.step == self.step \
            and self.accepts(card.column) and not (self.room and card.hidden)

    def _row_of_card(self, card_id: int) -> int:
        if self._card_places is None:
            self._card_places = {row.card.id: n for n, row in enumerate(self._rows) if row.card is not None}
        return self._card_places.get(card_id, -1)

    def _heading_of(self, cluster: int | None) -> int | None:
        """The row of the heading over a group's cards; -1 for the loose cards of a board with no
        clusters (no heading); None when the group has no heading yet."""
        self.cards_before(0)  # the headings' places
        assert self._headings is not None
        for place in self._headings:
            row = self._rows[place]
            if cluster is None and row.kind is RowKind.LOOSE:
                return place
            if cluster is not None and row.cluster is not None and row.cluster.id == cluster:
                return place
        return -1 if cluster is None and not self._headings else None

    def _group_end(self, heading: int) -> int:
        """The row after the last card under `heading` (-1: the board has no headings)."""
        assert self._headings is not None
        following = bisect_left(self._headings, heading + 1)
        return self._headings[following] if following < len(self._headings) else len(self._rows)

    def _recount(self, heading: int, by: int) -> None:
        if heading >= 0:
            row = self._rows[heading]
            self._rows[heading] = Row(row.kind, cluster=row.cluster, count=row.count + by)
            self.dataChanged.emit(self.index(heading), self.index(heading))

    def _replace_card(self, card: Card) -> bool:
        place = self._row_of_card(card.id)
        if place < 0:
            return False
        row = Row(RowKind.CARD, card=card)
        self.hidden_count += card.hidden - self._rows[place].card.hidden  # type: ignore[union-attr]
        self._rows[place] = self._card_rows[card.id] = row
        self.dataChanged.emit(self.index(place), self.index(place))
        return True

    def _insert_card(self, card: Card) -> bool:
        """A card come into view: in its group, in board order (usually last)."""
        if self._row_of_card(card.id) >= 0:
            return False
        heading = self._heading_of(card.cluster)
        if heading is None:
            return False  # its heading would be new
        start, end = heading + 1, self._group_end(heading)
        order = (card.position, card.id)
        place = end
        while place > start and (self._rows[place - 1].card.position,  # type: ignore[union-attr]
                                 self._rows[place - 1].card.id) > order:  # type: ignore[union-attr]
            place -= 1  # (from the end: a new card is usually last)
            if end - place > 64:
                return False  # far from the end: the rebuild is as quick
        row = Row(RowKind.CARD, card=card)
        self.beginInsertRows(QModelIndex(), place, place)
        self._rows.insert(place, row)
        self._card_rows[card.id] = row
        self.card_count += 1
        self.hidden_count += card.hidden
        if place == len(self._rows) - 1 and self._card_places is not None:
            self._card_places[card.id] = place
        else:
            self._card_places = None
            self._headings = None
        self.endInsertRows()
        self._recount(heading, 1)
        return True

    def _remove_card(self, card: Card) -> bool:
        place = self._row_of_card(card.id)
        if place < 0:
            return True  # never shown (added and hidden again within one burst from phones)
        heading = self._heading_of(card.cluster)
        if heading is None or (self.room and heading >= 0 and self._rows[heading].count <= 1):
            return False  # on the wall a group's heading goes with its last card
        self.beginRemoveRows(QModelIndex(), place, place)
        self.card_count -= 1
        self.hidden_count -= self._rows[place].card.hidden  # type: ignore[union-attr]
        del self._rows[place]
        self._card_rows.pop(card.id, None)
        self._card_places = None
        self._headings = None
        self.endRemoveRows()
        self._recount(heading, -1)
        return True

    def accepts(self, column: str) -> bool:
        return column not in self.others if self.column is None else column == self.column

    @property
    def drop_column(self) -> str | None:
        """The column a card dropped here goes to; None where cards cannot be dropped."""
        if self.room:
            return None
        if self.column is None:
            return "" if not self.others else None
        return self.column

    def _build(self) -> list[Row]:
        state = self.door.state
        if self.item < 0:
            return []
        cards = [card for card in state.cards_for(self.item, self.step)
                 if self.accepts(card.column) and not (self.room and card.hidden)]
        # The room sees a cluster only with a card it may see (`core.room`, as the report).
        listed = shown_clusters(state, self.item, self.step) if self.room else \
            state.clusters_for(self.item, self.step)
        clusters = [c for c in listed if self.accepts(c.column)]
        members: dict[int | None, list[Card]] = {c.id: [] for c in clusters}
        loose: list[Card] = []
        for card in cards:
            members.get(card.cluster, loose).append(card)
        before, kept = self._card_rows, {}

        def card_row(card: Card) -> Row:
            row = before.get(card.id)
            if row is None or row.card is not card:
                row = Row(RowKind.CARD, card=card)
            kept[card.id] = row
            return row

        rows: list[Row] = []
        for cluster in clusters:
            rows.append(Row(RowKind.CLUSTER, cluster=cluster, count=len(members[cluster.id])))
            rows.extend(card_row(card) for card in members[cluster.id])
        if clusters and (loose or not self.room):  # the console drops cards out of clusters here
            rows.append(Row(RowKind.LOOSE, count=len(loose)))
        rows.extend(card_row(card) for card in loose)
        self._card_rows = kept
        return rows

    def cards_before(self, end: int) -> int:
        """How many of the first `end` rows are cards (the rest are headings)."""
        end = min(end, len(self._rows))
        if self._headings is None:
            self._headings = [n for n, row in enumerate(self._rows) if row.card is None]
        return end - bisect_left(self._headings, end)

    def _count_cards(self) -> None:
        cards = [row.card for row in self._rows if row.card is not None]
        self.card_count, self.hidden_count = len(cards), sum(1 for card in cards if card.hidden)

    def _sync(self, new: list[Row]) -> None:
        """Replace the rows, telling the view about the smallest middle stretch that differs."""
        self._headings = self._card_places = None
        old = self._rows
        old_keys, new_keys = [r.key for r in old], [r.key for r in new]
        if old_keys != new_keys:
            start = 0
            limit = min(len(old), len(new))
            while start < limit and old_keys[start] == new_keys[start]:
                start += 1
            end = 0  # rows equal at the end, not overlapping the start
            while end < limit - start and old_keys[-1 - end] == new_keys[-1 - end]:
                end += 1
            if len(old) - end > start:
                self.beginRemoveRows(QModelIndex(), start, len(old) - end - 1)
                self._rows = old[:start] + old[len(old) - end:]
                self.endRemoveRows()
            if len(new) - end > start:
                self.beginInsertRows(QModelIndex(), start, len(new) - end - 1)
                self._rows = self._rows[:start] + new[start:len(new) - end] + self._rows[start:]
                self.endInsertRows()
            old = self._rows
        self._rows = new
        self._count_cards()
        changed = [row for row, (before, after) in enumerate(zip(old, new, strict=True))
                   if before is not after and before != after]
        # One signal per run of changed rows: a heading's count at the top and a
        # card at the bottom must not make the view measure every row between.
        runs: list[list[int]] = []
        for row in changed:
            if runs and runs[-1][1] == row - 1:
                runs[-1][1] = row
            else:
                runs.append([row, row])
        for first, last in runs:
            self.dataChanged.emit(self.index(first), self.index(last))

    # -- Qt's model interface ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_of_key(self, key: tuple[int, int]) -> int:
        """The row whose `Row.key` is `key` (a card or a heading, as screen readers hold them); -1 if gone."""
        kind, number = key
        if kind == RowKind.CARD:
            return self._row_of_card(number)
        self.cards_before(0)  # the headings' places
        assert self._headings is not None
        return next((place for place in self._headings if self._rows[place].key == key), -1)

    def row_of_cluster(self, cluster_id: int) -> int:
        return next((n for n, row in enumerate(self._rows)
                     if row.kind is RowKind.CLUSTER and row.cluster is not None
                     and row.cluster.id == cluster_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            if row.card is not None:
                return row.card.text
            if row.cluster is not None:
                return row.cluster.name
            return ""
        if role == RowRole:
            return row
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.EditRole or self.room:
            return False
        text = str(value)
        if row.card is not None:
            if text == row.card.text:
                return False
            return self.execute(EditCard(row.card.id, text))
        if row.cluster is not None:
            if text == row.cluster.name:
                return False
            return self.execute(RenameCluster(row.cluster.id, text))
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        flag = Qt.ItemFlag
        if not index.isValid():
            return flag.ItemIsDropEnabled if self.drop_column is not None else flag.NoItemFlags
        row = self.row_at(index.row())
        if row is None or self.room:
            return flag.ItemIsEnabled
        drop = flag.ItemIsDropEnabled if self.drop_column is not None else flag.NoItemFlags
        if row.kind is RowKind.CARD:
            return (flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemIsEditable
                    | flag.ItemIsDragEnabled | drop)
        if row.kind is RowKind.CLUSTER:
            return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemIsEditable | drop
        return flag.ItemIsEnabled | drop

    # -- drag and drop ---------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [row.card.id for index in sorted(indexes, key=lambda i: i.row())
               if (row := self.row_at(index.row())) is not None and row.card is not None]
        data = QMimeData()
        data.setData(CARD_MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return self.drop_column is not None and data.hasFormat(CARD_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [int(n) for n in json.loads(bytes(data.data(CARD_MIME).data()).decode())]
        except (ValueError, TypeError):
            return False
        try:
            command = self.drop_command(ids, row, parent)
        except InputError as error:
            self.problem.emit(refusal(error))
            return False
        if command is None or is_noop(self.door.state, command):
            return False
        # False even when done: the view must not remove the dragged rows itself.
        self.execute(command)
        return False

    def drop_command(self, ids: list[int], row: int, parent: Index) -> Command | None:
        """The move for cards dropped on row `parent`, or between rows before `row`."""
        column = self.drop_column
        assert column is not None
        state = self.door.state
        if parent.isValid():
            target = self.row_at(parent.row())
            if target is None:
                return None
            if target.card is not None:
                return drop_on_card(state, self.item, self.step, ids, target.card.id)
            cluster = target.cluster.id if target.cluster is not None else None
            return move_cards(state, self.item, self.step, ids, column, cluster)
        if row < 0 or row >= len(self._rows):
            return move_cards(state, self.item, self.step, ids, column, None)
        # A gap belongs to the group of the row above it (a heading: the top of its group).
        above = self._rows[row - 1] if row > 0 else self._rows[0]
        cluster = (above.cluster.id if above.cluster is not None
                   else above.card.cluster if above.card is not None else None)
        if row == 0 or above.kind is not RowKind.CARD:
            index = 0
        else:
            first = next(n for n in range(row - 1, -1, -1) if self._rows[n].kind is not RowKind.CARD) \
                if any(r.kind is not RowKind.CARD for r in self._rows[:row]) else -1
            index = row - 1 - first
        return move_cards(state, self.item, self.step, ids, column, cluster, index)

    # -- changes -----------------------------------------------------------------------------

    def execute(self, command: Command) -> bool:
        try:
            return self.door.execute(command)
        except InputError as error:
            self.problem.emit(refusal(error))
            return False
