"""The cards of one step as a Qt list model.

Card text is what people said: it is plain text everywhere. The model hands
it out under DisplayRole only, and the views paint it as plain text, so
``<b>`` or ``&amp;`` show exactly as typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from workshop.core.session import Card

CardRole = Qt.ItemDataRole.UserRole + 1
ColumnRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class CardModel(QAbstractListModel):
    """The cards of the step on screen, in the order they were added."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.text
        if role == CardRole:
            return card
        if role == ColumnRole:
            return card.column
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- changing what is shown --------------------------------------------------

    def set_cards(self, cards: Iterable[Card]) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self.endResetModel()

    def append(self, card: Card) -> None:
        row = len(self._cards)
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.append(card)
        self.endInsertRows()

    def cards(self) -> list[Card]:
        return list(self._cards)

    def texts(self) -> list[str]:
        """Every card's text as displayed, in order."""
        return [card.text for card in self._cards]


class ColumnFilter(QSortFilterProxyModel):
    """The cards of one named column of a step."""

    def __init__(self, column: str, source: CardModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.column = column
        self.setSourceModel(source)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(ColumnRole) == self.column


class StrayCardFilter(QSortFilterProxyModel):
    """Cards whose column is none of the step's (e.g. renamed since): still shown."""

    def __init__(self, columns: Iterable[str], source: CardModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = frozenset(columns)
        self.setSourceModel(source)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(ColumnRole) not in self.columns
