"""The cards of a step on the wall: by column, clustered, never the hidden ones."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop.ui.board.notes_delegate import BoardStyle
from workshop.ui.board.notes_model import NotesModel, RowKind
from workshop.ui.board.notes_view import NotesView
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.room.base import RoomView
from workshop.ui.widgets.theme import AUDIENCE, Theme

# Text sizes (of the window's card size) tried, largest first, until the board fits the wall.
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6)


class RoomNotes(RoomView):
    """A step's board as the room sees it: as large as fits, and no smaller than 60 %.

    A board too full for the wall at full size is drawn smaller, step by step,
    rather than cut off at the bottom; past the smallest step the newest cards
    stay in sight.
    """

    tables = frozenset({"cards", "clusters"})

    def __init__(self, door: SessionDoor, theme: Theme = AUDIENCE, parent: QWidget | None = None) -> None:
        super().__init__(door, theme, parent)
        self.setObjectName("roomNotes")
        self.models: list[NotesModel] = []
        self.views: list[NotesView] = []
        self._headers: list[QLabel] = []
        self._columns_key: tuple[str, ...] | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.fit = 0  # index into FIT_STEPS
        # Growing back is tried only after cards went or the window changed: trying it
        # after every new card would lay a full wall out twice per card.
        self._may_grow = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_to_wall)

    def style_for(self, factor: float | None = None) -> BoardStyle:
        px = round(self.base_px * (FIT_STEPS[self.fit] if factor is None else factor))
        return BoardStyle(font_px=px, tile_width=max(140, px * 11), max_lines=8, theme=self.theme, room=True)

    def _overflows(self) -> bool:
        return any(view.content_height() > view.viewport().height() for view in self.views)

    def fit_to_wall(self) -> None:
        """Shrink the cards a step while the board overflows; grow a step when there is room."""
        if not self.views or self.height() <= 0 or not self.isVisible():
            return  # a hidden window's sizes are not the wall's (see showEvent)
        start = self.fit
        if self._overflows() and not self.is_crowded:
            # The header makes room first, then the cards shrink if still needed.
            self._set_crowded(True)
        while self._overflows() and self.fit < len(FIT_STEPS) - 1:
            self._apply_fit(self.fit + 1)
        may_grow, self._may_grow = self._may_grow, False
        if self.fit != start or not may_grow:
            return
        while self.fit > 0:  # cards were taken away: as large again as fits
            self._apply_fit(self.fit - 1)
            if self._overflows():
                self._apply_fit(self.fit + 1)
                return
        if self.is_crowded:
            self.try_full_header()  # the cards at full size: the full header too, if all still fits

    def _apply_fit(self, step: int) -> None:
        self.fit = step
        style = self.style_for()
        for view in self.views:
            view.set_board_style(style)

    def overflows(self) -> bool:
        return self._overflows()

    def check_crowded(self) -> None:
        """Boards decide in `fit_to_wall`, together with the size of their cards."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._may_grow = True
        self._fit_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._toggling:  # the header changing size for this board is not a new wall
            self._may_grow = True
            self._fit_timer.start()

    def _rows_gone(self) -> None:
        self._may_grow = True

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
        self.uncrowd()
        if self.fit:
            self._apply_fit(0)  # a new board starts at full size
        columns = self.door.state.spec_at(item, step).columns
        key = tuple(c.key for c in columns)
        if key != self._columns_key:
            self._build(columns)
            self._columns_key = key
        for model in self.models:
            model.show_step(item, step)

    def _build(self, columns: tuple) -> None:
        while self._layout.count():
            child = self._layout.takeAt(0).widget()
            if child is not None:
                child.hide()
                child.deleteLater()
        for model in self.models:
            self.door.changed.disconnect(model.on_changed)
            model.deleteLater()
        self.models, self.views, self._headers = [], [], []
        keys = [c.key for c in columns]
        if not columns:
            self._add("", NotesModel(self.door, None, (), room=True, parent=self))
            return
        for column in columns:
            self._add(column.label, NotesModel(self.door, column.key, keys, room=True, parent=self))

    def _add(self, title: str, model: NotesModel) -> None:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        if title:
            header = QLabel(title, box)
            header.setTextFormat(Qt.TextFormat.PlainText)
            header.setWordWrap(True)
            header.setProperty("role", "columnHeader")
            header.setFont(self.font_px(self.base_px * 0.9, QFont.Weight.Bold))
            header.setStyleSheet(f"color: {self.theme.muted};")
            layout.addWidget(header)
            self._headers.append(header)
        view = NotesView(self.style_for(), box)
        view.setModel(model)
        view.follow_newest()
        layout.addWidget(view, 1)
        self.door.changed.connect(model.on_changed)
        model.synced.connect(self._fit_timer.start)
        model.rowsRemoved.connect(self._rows_gone)
        model.dataChanged.connect(self._rows_gone)  # a card edited shorter
        self._layout.addWidget(box, 1)
        self.models.append(model)
        self.views.append(view)

    def refresh(self, change: Change | None) -> None:
        for header in self._headers:
            header.setStyleSheet(f"color: {self.theme.muted};")
        if change is None:
            self.fit = 0
            self._fit_timer.start()
            style = self.style_for()
            for view in self.views:
                view.set_board_style(style)
            for header in self._headers:
                header.setFont(self.font_px(self.base_px * 0.9, QFont.Weight.Bold))

    def column_titles(self) -> list[str]:
        return [header.text() for header in self._headers]

    def visible_text(self) -> str:
        parts = [header.text() for header in self._headers]
        for view, model in zip(self.views, self.models, strict=True):
            hidden = view.hidden_above()
            if hidden:
                parts.append(view.above_text(hidden))
            for row in model.rows():
                if row.card is not None:
                    parts.append(row.card.text)
                elif row.kind is RowKind.CLUSTER and row.cluster is not None:
                    parts.append(row.cluster.name)
        return "\n".join(part for part in parts if part)
