"""The cards of a step on the wall: by column, clustered, never the hidden ones."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from workshop.ui.inputs.audience.base import RoomView
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.inputs.notes_delegate import BoardStyle
from workshop.ui.inputs.notes_model import NotesModel, RowKind
from workshop.ui.inputs.notes_view import NotesView
from workshop.ui.theme import AUDIENCE, Theme


class RoomNotes(RoomView):
    """A step's board as the room sees it (also a vote step's cards, via `show_board`)."""

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

    def style_for(self) -> BoardStyle:
        px = self.base_px
        return BoardStyle(font_px=px, tile_width=max(160, px * 11), max_lines=5, theme=self.theme, room=True)

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
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
        self._layout.addWidget(box, 1)
        self.models.append(model)
        self.views.append(view)

    def refresh(self, change: Change | None) -> None:
        if change is None:
            style = self.style_for()
            for view in self.views:
                view.set_board_style(style)
            for header in self._headers:
                header.setFont(self.font_px(self.base_px * 0.9, QFont.Weight.Bold))

    def visible_text(self) -> str:
        parts = [header.text() for header in self._headers]
        for model in self.models:
            for row in model.rows():
                if row.card is not None:
                    parts.append(row.card.text)
                elif row.kind is RowKind.CLUSTER and row.cluster is not None:
                    parts.append(row.cluster.name)
        return "\n".join(part for part in parts if part)
