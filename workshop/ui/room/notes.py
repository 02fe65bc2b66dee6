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

# (text size of the window's card size, wished-for tile width in text sizes), tried in turn until
# the board fits the wall: narrower tiles (more across) before smaller text. The window's card
# size is 3.6 % of its height: 0.84 of it keeps cards at 3 %, read from the back.
FIT_STEPS = tuple((factor, ems) for factor in (1.0, 0.92, 0.84, 0.76, 0.68, 0.6) for ems in (11, 7))
# A column of clusters is at least this many times the text size wide (some ten letters).
MIN_COLUMN_EMS = 6
# More rows than this and the board is one flow ending on the newest cards: laying out columns
# is done whole, and a wall's clusters are a few dozen cards.
MAX_COLUMN_ROWS = 160


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
        self._hints: list[QLabel] = []  # a line under each heading, when any column has a hint
        self._columns_key: tuple[str, ...] | None = None
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.fit = 0  # index into FIT_STEPS
        self._fitted_for: tuple[tuple[int, int], ...] = ()  # the views' sizes the fit was chosen for
        # Growing back is tried only after cards went or the window changed: trying it
        # after every new card would lay a full wall out twice per card.
        self._may_grow = False
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_to_wall)

    def style_for(self, step: int | None = None) -> BoardStyle:
        factor, ems = FIT_STEPS[self.fit if step is None else step]
        px = round(self.base_px * factor)
        return BoardStyle(font_px=px, tile_width=max(140, px * ems), max_lines=8, theme=self.theme, room=True)

    def _overflows(self) -> bool:
        return any(view.content_height() > view.viewport().height() for view in self.views)

    def _wall_size(self) -> tuple[tuple[int, int], ...]:
        return tuple((view.viewport().width(), view.viewport().height()) for view in self.views)

    def _align_headers(self) -> None:
        """Every column heading as tall as the tallest: a heading that wraps moves no column's cards down."""
        if len(self._headers) < 2 or min(view.width() for view in self.views) < 50:
            return  # (not laid out yet: a heading measured narrower than its column is too tall)
        for labels in (self._headers, [hint for hint in self._hints if not hint.isHidden()]):
            if len(labels) != len(self.views):
                continue
            for label in labels:
                label.setMinimumHeight(0)
                label.setMaximumHeight(16_777_215)
            tallest = max(label.heightForWidth(view.width()) for label, view in zip(labels, self.views,
                                                                                   strict=True))
            for label in labels:
                label.setFixedHeight(max(tallest, 0))
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def _clustered(self) -> bool:
        """Whether the board stands in columns: a cluster on the wall, few enough rows to lay out whole."""
        # The count first: a room's thousand cards are never looked through for a heading.
        return sum(model.rowCount() for model in self.models) <= MAX_COLUMN_ROWS and \
            any(view.group_count() > 0 for view in self.views)

    def fit_to_wall(self) -> None:
        """Shrink the cards a step while the board overflows; grow a step when there is room."""
        if not self.views or self.height() <= 0 or not self.isVisible():
            return  # a hidden window's sizes are not the wall's (see showEvent)
        self._align_headers()
        if self._wall_size() != self._fitted_for:
            self._may_grow = True  # the wall is not the one the size was chosen for: choose again
        if self._clustered():
            self._fit_columns()
        else:
            self._fit_flow()
        self._fitted_for = self._wall_size()

    def _fit_flow(self) -> None:
        start = self.fit
        if any(view.wall_columns for view in self.views):
            self._apply_fit(self.fit, 0)
        if self._overflows() and not self.is_crowded:
            # The header makes room first, then the cards shrink if still needed.
            self._set_crowded(True)
        if self._overflows() and self.fit < len(FIT_STEPS) - 1:
            # Smaller steps are measured first and the one that fits is laid out and painted
            # once, rather than each step in turn.
            step = self.fit + 1
            while step < len(FIT_STEPS) - 1 and not all(
                    view.fits_with(self.style_for(step)) for view in self.views):
                step += 1
            self._apply_fit(step)
        may_grow, self._may_grow = self._may_grow, False
        if self.fit != start or not may_grow or self._overflows():
            return  # (larger cards are taller: a board that overflows now would overflow more)
        # Cards were taken away: as large again as fits. Each size is measured before it is
        # shown, so a try that does not fit is never laid out on the wall nor painted.
        while self.fit > 0 and all(view.fits_with(self.style_for(self.fit - 1)) for view in self.views):
            self._apply_fit(self.fit - 1)
        if self.fit > 0:
            return
        if self.is_crowded:
            self.try_full_header()  # the cards at full size: the full header too, if all still fits

    def _fit_columns(self) -> None:
        """Clusters side by side: the largest text, then the most columns, with which every card shows.

        The full header is tried first; then the header made small; only then
        smaller text. A new card that still fits changes nothing (no search).
        """
        may_grow, self._may_grow = self._may_grow, False
        if not may_grow and all(view.wall_columns for view in self.views) and not self._overflows():
            return
        # The full header at full size first; else the header made small, and then smaller text.
        tries = [(False, 0)] if may_grow or not self.is_crowded else []
        for crowded, step in tries + [(True, step) for step in range(len(FIT_STEPS))]:
            self._set_crowded(crowded)
            if self._columns_fitting(step):
                return
        self._apply_fit(0, 0)  # no columns fit: one flow, smaller, the newest in sight
        self._may_grow = False
        self._fit_flow()

    def _columns_fitting(self, step: int) -> bool:
        """Lay each view out in the most columns in which it fits at `step`; False if one never fits."""
        style = self.style_for(step)
        self.fit = step
        narrowest = style.font_px * MIN_COLUMN_EMS
        for view in self.views:
            groups = max(1, view.group_count())
            room = max(1, (view.viewport().width() + style.spacing * 2) // (narrowest + style.spacing * 2))
            for columns in range(min(groups, room), 0, -1):
                view.set_board_style(style, columns)
                if view.content_height() <= view.viewport().height():
                    break
            else:
                return False
        return True

    def _apply_fit(self, step: int, columns: int | None = None) -> None:
        self.fit = step
        style = self.style_for()
        for view in self.views:
            view.set_board_style(style, columns)

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
        if self.fit or any(view.wall_columns for view in self.views):
            self._apply_fit(0, 0)  # a new board starts at full size
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
        self.models, self.views, self._headers, self._hints = [], [], [], []
        keys = [c.key for c in columns]
        if not columns:
            self._add("", NotesModel(self.door, None, (), room=True, parent=self))
            return
        for column in columns:
            self._add(column.label, NotesModel(self.door, column.key, keys, room=True, parent=self),
                      column.hint)
        hinted = any(column.hint for column in columns)
        for help_line in self._hints:
            help_line.setVisible(hinted)

    def _add(self, title: str, model: NotesModel, hint: str = "") -> None:
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
            # The trainer's line of help, small under the column's name; every column has the
            # line (empty where there is no hint) so the cards of all columns start level.
            help_line = QLabel(hint, box)
            help_line.setObjectName("columnHint")
            help_line.setTextFormat(Qt.TextFormat.PlainText)
            help_line.setWordWrap(True)
            help_line.setFont(self.font_px(self.base_px * 0.6, QFont.Weight.Normal))
            help_line.setStyleSheet(f"color: {self.theme.muted};")
            layout.addWidget(help_line)
            self._hints.append(help_line)
        view = NotesView(self.style_for(), box)
        view.setModel(model)
        view.follow_newest()
        layout.addWidget(view, 1)
        self.door.changed.connect(model.on_changed)
        model.synced.connect(self._fit_timer.start)
        model.rowsRemoved.connect(self._rows_gone)
        view.shrunk.connect(self._rows_gone)  # a card edited shorter
        self._layout.addWidget(box, 1)
        self.models.append(model)
        self.views.append(view)

    def refresh(self, change: Change | None) -> None:
        # The models follow the door themselves: a card changes its own tile, never the wall.
        if change is None:
            for header in self._headers:
                header.setStyleSheet(f"color: {self.theme.muted};")
            self.fit = 0
            self._may_grow = True
            self._fit_timer.start()
            style = self.style_for()
            for view in self.views:
                view.set_board_style(style, 0)
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
