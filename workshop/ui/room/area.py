"""The part of the audience window that shows the group's input: the view for the step's kind.

Built per kind on first use and kept, like the console's `InputArea`; a step
with nothing to show leaves the wall to the prompt and the timer.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from workshop.core.agenda import Stop
from workshop.core.templates import InputKind
from workshop.ui.inputs.door import SessionDoor
from workshop.ui.room.base import RoomView
from workshop.ui.room.views import ROOM_VIEWS, view_key
from workshop.ui.widgets.theme import AUDIENCE, Theme


class RoomArea(QStackedWidget):
    """The room's view of the current step's input, over one door (the session)."""

    crowded = Signal(bool)  # the current view's `RoomView.crowded`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomArea")
        self.door: SessionDoor | None = None
        self.views: dict[str, RoomView] = {}  # by `views.view_key`
        self.kind = InputKind.NONE
        self._base_px = 36
        self._theme = AUDIENCE
        self._nothing = QWidget(self)
        self.addWidget(self._nothing)

    def set_door(self, door: SessionDoor | None) -> None:
        for view in self.views.values():
            self.removeWidget(view)
            view.hide()
            view.deleteLater()
        self.views = {}
        self.door = door
        self.kind = InputKind.NONE
        self.setCurrentWidget(self._nothing)

    def show_stop(self, stop: Stop | None) -> None:
        kind = stop.step.input.kind if stop is not None and not stop.item.is_break else InputKind.NONE
        view = self.view(view_key(stop.step) if kind is not InputKind.NONE else kind) if stop else None
        self.kind = kind if view is not None else InputKind.NONE
        self.crowded.emit(False)  # the new step's view says when it needs the room
        if view is None or stop is None:
            self.setCurrentWidget(self._nothing)
            return
        view.show_step(*stop.input_key)
        self.setCurrentWidget(view)

    def view(self, kind: str) -> RoomView | None:
        if kind in self.views:
            return self.views[kind]
        build = ROOM_VIEWS.get(kind)
        if build is None or self.door is None:
            return None
        view = build(self.door, self._theme, self)
        view.set_base_px(self._base_px)
        view.crowded.connect(lambda crowded, shown=view: self._view_crowded(shown, crowded))
        self.views[kind] = view
        self.addWidget(view)
        return view

    def _view_crowded(self, view: RoomView, crowded: bool) -> None:
        if view is self.currentWidget() or not crowded:
            self.crowded.emit(crowded)

    @property
    def current_view(self) -> RoomView | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, RoomView) else None

    @property
    def shows_input(self) -> bool:
        return self.current_view is not None

    def set_base_px(self, pixels: int) -> None:
        self._base_px = pixels
        for view in self.views.values():
            view.set_base_px(pixels)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        for view in self.views.values():
            view.set_theme(theme)

    def visible_text(self) -> str:
        view = self.current_view
        return view.visible_text() if view is not None else ""
