"""The cards of a step on screen: one grid, or one grid per named column.

Used by the console and the audience view alike, each with its own model
and style; both are fed the same way (`show_capture`, `add_card`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QStackedLayout, QVBoxLayout, QWidget

from workshop.core.session import Card
from workshop.ui.capture import Capture
from workshop.ui.card_model import CardModel, ColumnFilter, StrayCardFilter
from workshop.ui.card_view import CardStyle, CardView


class CardBoard(QWidget):
    """The current step's cards, laid out by column when the step has columns."""

    def __init__(self, style: CardStyle, *, empty_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardBoard")
        self.model = CardModel(self)
        self._style = style
        self._capture: Capture | None = None
        self._views: list[CardView] = []
        self._headers: list[QLabel] = []
        self._stray_box: QWidget | None = None
        self._stray_filter: StrayCardFilter | None = None

        self._empty = QLabel(empty_text, self)
        self._empty.setObjectName("emptyBoard")
        self._empty.setProperty("role", "muted")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._columns = QWidget(self)
        self._columns_layout = QHBoxLayout(self._columns)
        self._columns_layout.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self._columns)
        self.model.rowsInserted.connect(self._update_visibility)
        self.model.modelReset.connect(self._update_visibility)
        self._update_visibility()

    # -- what is shown ---------------------------------------------------------

    @property
    def views(self) -> list[CardView]:
        return list(self._views)

    def column_titles(self) -> list[str]:
        """The headers on screen, one per column (empty for a board without columns)."""
        return [label.text() for label in self._headers if label.isVisibleTo(self)]

    def show_capture(self, capture: Capture, cards: Iterable[Card]) -> None:
        """Show the board of a stop: its columns (if any) and its cards."""
        if capture.columns != (self._capture.columns if self._capture else None):
            self._build_columns(capture)
        self._capture = capture
        self.model.set_cards(cards)

    def add_card(self, card: Card) -> None:
        """Show a card just committed, if it belongs to the board on screen."""
        capture = self._capture
        if capture is None or (card.item, card.step) != (capture.item, capture.step):
            return
        self.model.append(card)
        for view in self._views:
            view.scroll_to_newest()

    def set_card_style(self, style: CardStyle) -> None:
        self._style = style
        for view in self._views:
            view.set_card_style(self._column_style())
        for label in self._headers:
            label.setFont(self._header_font())

    # -- building -----------------------------------------------------------------

    def _build_columns(self, capture: Capture) -> None:
        while self._columns_layout.count():
            child = self._columns_layout.takeAt(0).widget()
            if child is not None:
                # Hidden now: deleteLater waits for the event loop, and the old
                # grid must not show through the new one meanwhile.
                child.hide()
                child.deleteLater()
        self._views, self._headers = [], []
        self._stray_box = self._stray_filter = None
        if not capture.columns:
            view = CardView(self._style, self._columns)
            view.setModel(self.model)
            self._views.append(view)
            self._columns_layout.addWidget(view)
            return
        for column in capture.columns:
            box, view = self._column_box(column.label, ColumnFilter(column.key, self.model, self))
            self._columns_layout.addWidget(box, 1)
        stray = StrayCardFilter([c.key for c in capture.columns], self.model, self)
        self._stray_box, _ = self._column_box(self.tr("Other"), stray)
        self._stray_filter = stray
        self._columns_layout.addWidget(self._stray_box, 1)

    def _column_box(self, title: str, model: ColumnFilter | StrayCardFilter) -> tuple[QWidget, CardView]:
        box = QWidget(self._columns)
        model.setParent(box)  # goes when the columns are rebuilt for another step
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QLabel(title, box)
        header.setTextFormat(Qt.TextFormat.PlainText)  # trainers' labels are text, not markup
        header.setWordWrap(True)
        header.setProperty("role", "columnHeader")
        header.setFont(self._header_font())
        header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        view = CardView(self._column_style(), box)
        view.setModel(model)
        layout.addWidget(header)
        layout.addWidget(view, 1)
        self._views.append(view)
        self._headers.append(header)
        return box, view

    def _column_style(self) -> CardStyle:
        return self._style

    def _header_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(12, round(self._style.font_px * 0.9)))
        font.setWeight(QFont.Weight.Bold)
        return font

    def _update_visibility(self) -> None:
        has_cards = self.model.rowCount() > 0
        has_columns = bool(self._capture and self._capture.columns)
        # A board with columns shows its headers even before the first card.
        self._stack.setCurrentWidget(self._columns if has_cards or has_columns or not self._empty.text()
                                     else self._empty)
        if self._stray_box is not None and self._stray_filter is not None:
            self._stray_box.setVisible(self._stray_filter.rowCount() > 0)
