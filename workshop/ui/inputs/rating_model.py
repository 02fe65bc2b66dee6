"""A rating step as a grid: the template's items down, average / spread / group / people across.

The summary columns come first so they stay in sight however many people
there are. A cell holds one person's score (or the group's consensus);
writing a cell is a `SetRating` through the door, an empty cell clears it.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from workshop.core.aggregate import RatingSummary, rating_summaries, score_counts_text
from workshop.core.commands import InputError, SetRating
from workshop.core.templates import RatingScale
from workshop.ui.inputs.door import SessionDoor
from workshop.ui.language import refusal

Index = QModelIndex | QPersistentModelIndex
AVERAGE, SPREAD, COUNT, GROUP = range(4)
FIRST_PERSON = 4


def average_text(summary: RatingSummary) -> str:
    return "–" if summary.average is None else f"{summary.average:.1f}"


def spread_text(summary: RatingSummary) -> str:
    """The spread as people read it: ± the standard deviation, and the range of scores."""
    if summary.spread is None:
        return "–"
    if summary.min == summary.max:
        return f"±{summary.spread:.1f}"
    return f"±{summary.spread:.1f} ({summary.min}–{summary.max})"


def scale_ends(scale: RatingScale) -> str:
    """What the ends of a scale mean, e.g. "1 = never · 5 = often" (empty when unsaid)."""
    return " · ".join(part for part in (f"{scale.min} = {scale.low}" if scale.low else "",
                                        f"{scale.max} = {scale.high}" if scale.high else "") if part)


class RatingModel(QAbstractTableModel):
    """Scores of one rating step: rows are items, columns summaries then people."""

    problem = Signal(str)

    def __init__(self, door: SessionDoor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.item = -1
        self.step = ""
        self.people: list[str] = []
        self._extra: list[str] = []  # added on screen, not scored yet
        self._scores: dict[tuple[int, str | None], int] = {}
        self._summaries: list[RatingSummary] = []
        self._items: tuple[str, ...] = ()
        self.scale = RatingScale()
        # Which column takes scores: the group's in consensus mode, else only the people's, so a
        # digit meant for a person never lands in the group's column (`RatingGrid` sets it).
        self.consensus = False

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
        self._extra = []
        self.refresh()

    def add_person(self, name: str) -> int:
        """A column for someone who has not scored yet; returns its column."""
        name = " ".join(name.split())
        if name and name not in self.people:
            self._extra.append(name)
            self.refresh()
        return FIRST_PERSON + self.people.index(name) if name in self.people else -1

    def refresh(self) -> None:
        state = self.door.state
        if self.item < 0:
            return
        spec = state.spec_at(self.item, self.step)
        people = list(state.header.participants)
        scores: dict[tuple[int, str | None], int] = {}
        for rating in state.ratings_for(self.item, self.step):
            scores[(rating.subject, rating.participant)] = rating.value
            if rating.participant is not None and rating.participant not in people:
                people.append(rating.participant)
        people += [name for name in self._extra if name not in people]
        # The columns keep the order they were shown in: someone added later who scores first
        # must not jump ahead, or the cursor would stand in another person's column.
        shown = [name for name in self.people if name in people]
        people = shown + [name for name in people if name not in shown]
        shape_changed = people != self.people or spec.items != self._items or spec.scale != self.scale
        if shape_changed:
            self.beginResetModel()
        old_scores, old_summaries = self._scores, self._summaries
        self.people, self._items, self._scores = people, spec.items, scores
        self.scale = spec.scale
        self._summaries = rating_summaries(state, self.item, self.step)
        if shape_changed:
            self.endResetModel()
            return
        # Only the cells whose text changed: a score typed repaints its cell and its row's
        # summaries, not the grid.
        for row, (before, after) in enumerate(zip(old_summaries, self._summaries, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(row, AVERAGE), self.index(row, GROUP))
        for row, person in {key for key in old_scores.keys() | scores.keys()
                            if old_scores.get(key) != scores.get(key)}:
            column = GROUP if person is None else FIRST_PERSON + self.people.index(person)
            self.dataChanged.emit(self.index(row, column), self.index(row, column))

    @property
    def summaries(self) -> list[RatingSummary]:
        return list(self._summaries)

    def person_at(self, column: int) -> str | None:
        """The person of a column (None for the group's column); KeyError for summaries."""
        if column == GROUP:
            return None
        if FIRST_PERSON <= column < FIRST_PERSON + len(self.people):
            return self.people[column - FIRST_PERSON]
        raise KeyError(column)

    def is_score(self, index: Index) -> bool:
        """Whether a cell takes a score now: the group's column in consensus mode, a person's else."""
        if not index.isValid():
            return False
        return index.column() == GROUP if self.consensus else index.column() >= FIRST_PERSON

    def column_is_empty(self, column: int) -> bool:
        """No score yet in a person's (or the group's) column."""
        person = self.person_at(column)
        return not any((row, person) in self._scores for row in range(len(self._items)))

    # -- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_PERSON + len(self.people)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._items[section] if 0 <= section < len(self._items) else None
        fixed = [self.tr("Average"), self.tr("Spread"), self.tr("Scores"), self.tr("Group")]
        if section < FIRST_PERSON:
            return fixed[section]
        return self.people[section - FIRST_PERSON] if section - FIRST_PERSON < len(self.people) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._summaries):
            return None
        row, column = index.row(), index.column()
        summary = self._summaries[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            if column == AVERAGE:
                return average_text(summary)
            if column == SPREAD:
                return spread_text(summary)
            if column == COUNT:
                # how many gave each score, so a lone 0 is not lost in the average
                counts = score_counts_text(summary, self.scale)
                return f"{summary.count} ({counts})" if counts else str(summary.count)
            score = self._scores.get((row, self.person_at(column)))
            return "" if score is None else str(score)
        if role == Qt.ItemDataRole.ToolTipRole and column == COUNT:
            return self.tr("Scores given, then how many people gave each score (score: people)")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.is_score(index) else flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not self.is_score(index) or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip() if value is not None else ""
        if text and not text.lstrip("-").isdigit():
            self.problem.emit(self.tr("Type a whole number for the score."))
            return False
        score = int(text) if text else None
        if score == self._scores.get((index.row(), self.person_at(index.column()))):
            return True
        return self.rate(index.row(), self.person_at(index.column()), score)

    def rate(self, subject: int, person: str | None, score: int | None) -> bool:
        try:
            return self.door.execute(SetRating(self.item, self.step, subject, person, score))
        except InputError as error:
            self.problem.emit(refusal(error))
            return False
