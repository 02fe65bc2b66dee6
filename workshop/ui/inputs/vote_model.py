"""The cards and clusters of a voted-on step as a table: dots in all, the tally, one voter's.

Rows keep board order (clusters, then cards) so the row the facilitator is
typing into never jumps; the panel sorts through a proxy when asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from workshop.core.aggregate import vote_results
from workshop.core.commands import InputError, SetVotes
from workshop.core.session import SessionState, Target
from workshop.ui.inputs.door import SessionDoor
from workshop.ui.language import refusal

Index = QModelIndex | QPersistentModelIndex
TOTAL, TALLY, VOTER, TEXT = range(4)
SortRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class VoteRow:
    """One thing to vote on, with the dots on it."""

    target: Target
    text: str
    hidden: bool  # a card hidden from the room
    members: int  # cards in a cluster
    total: int
    tally: int
    voter: int  # the chosen voter's dots here


def vote_rows(state: SessionState, item: int, step: str, voter: str | None) -> list[VoteRow]:
    """Every cluster and card of the step voted on, in board order, with its dots."""
    on = state.spec_at(item, step).on
    # The dots in all, added up once, in core (as the wall and the report have them).
    totals = {result.target: result.count for result in vote_results(state, item, step)}
    tallies: dict[Target, int] = {}
    mine: dict[Target, int] = {}
    for vote in state.votes_for(item, step):
        if vote.voter is None:
            tallies[vote.target] = vote.count
        elif vote.voter == voter:
            mine[vote.target] = vote.count
    cards = state.cards_for(item, on)
    rows = []
    for cluster in state.clusters_for(item, on):
        target = Target.cluster(cluster.id)
        members = sum(1 for card in cards if card.cluster == cluster.id)
        rows.append(VoteRow(target, cluster.name, False, members, totals.get(target, 0),
                            tallies.get(target, 0), mine.get(target, 0)))
    for card in cards:
        target = Target.card(card.id)
        rows.append(VoteRow(target, card.text, card.hidden, 0, totals.get(target, 0),
                            tallies.get(target, 0), mine.get(target, 0)))
    return rows


class VoteModel(QAbstractTableModel):
    """Targets of a vote step; the Tally column takes the room's count as typed."""

    problem = Signal(str)

    def __init__(self, door: SessionDoor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.item = -1
        self.step = ""
        self.voter: str | None = None
        self._rows: list[VoteRow] = []

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
        self.refresh()

    def set_voter(self, voter: str | None) -> None:
        self.voter = voter or None
        self.refresh()

    def refresh(self) -> None:
        new = vote_rows(self.door.state, self.item, self.step, self.voter) if self.item >= 0 else []
        if [r.target for r in new] != [r.target for r in self._rows]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        old, self._rows = self._rows, new
        changed = [n for n, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], TEXT))

    def row_at(self, row: int) -> VoteRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[VoteRow]:
        return list(self._rows)

    # -- Qt's model interface --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Dots"), self.tr("Tally"), self.voter or self.tr("Voter"),
                 self.tr("Card or cluster")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == TOTAL:
                return str(row.total)
            if column == TALLY:
                return str(row.tally) if row.tally else ""
            if column == VOTER:
                return "●" * row.voter if row.voter <= 10 else str(row.voter)
            return self._label(row)
        if role == Qt.ItemDataRole.EditRole and column == TALLY:
            return row.tally
        if role == SortRole:
            return row.total if column == TOTAL else -index.row()
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TEXT:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _label(self, row: VoteRow) -> str:
        text = " ".join(row.text.split())  # one line in a table row
        if row.target.kind == Target.CLUSTER:
            name = text or self.tr("unnamed")
            cards = self.tr("1 card") if row.members == 1 else self.tr("{n} cards").format(n=row.members)
            return self.tr("Cluster: {name} ({cards})").format(name=name, cards=cards)
        return self.tr("{text}  (hidden from the room)").format(text=text) if row.hidden else text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TALLY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or index.column() != TALLY or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            count = int(str(value).strip() or 0)
        except ValueError:
            self.problem.emit(self.tr("Type a number of dots, like 3."))
            return False
        if count == row.tally:
            return True
        return self.set_votes(row.target, None, count)

    def set_votes(self, target: Target, voter: str | None, count: int) -> bool:
        try:
            return self.door.execute(SetVotes(self.item, self.step, target, voter, count))
        except InputError as error:
            self.problem.emit(refusal(error))
            return False
