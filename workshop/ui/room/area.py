"""The part of the audience window that shows the group's input: the view for the step's kind.

Built per kind on first use and kept, like the console's `InputArea`; a step
with nothing to show leaves the wall to the prompt and the timer.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from workshop.core.agenda import Stop
from workshop.core.templates import InputKind
from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.room.base import RoomView
from workshop.ui.room.held import HELD, RoomHeld
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
        self._stop: Stop | None = None
        self._held = False  # the current step's results wait for the cue (`held.RoomHeld` shows)

    def set_door(self, door: SessionDoor | None) -> None:
        for view in self.views.values():
            self.removeWidget(view)
            view.hide()
            view.deleteLater()
        self.views = {}
        if self.door is not None:
            with suppress(RuntimeError):  # a closed session's controller may be gone already
                self.door.changed.disconnect(self._on_changed)
        self.door = door
        if door is not None:
            door.changed.connect(self._on_changed)
        self.kind = InputKind.NONE
        self._stop, self._held = None, False
        self.setCurrentWidget(self._nothing)

    def show_stop(self, stop: Stop | None) -> None:
        self._stop = stop
        kind = stop.step.input.kind if stop is not None and not stop.item.is_break else InputKind.NONE
        self._held = kind is not InputKind.NONE and self._waits_for_cue(stop)
        key = HELD if self._held else view_key(stop.step) if kind is not InputKind.NONE else kind
        view = self.view(key) if stop else None
        self.kind = kind if view is not None else InputKind.NONE
        self.crowded.emit(False)  # the new step's view says when it needs the room
        if view is None or stop is None:
            self.setCurrentWidget(self._nothing)
            return
        view.show_step(*stop.input_key)
        self.setCurrentWidget(view)

    def _waits_for_cue(self, stop: Stop | None) -> bool:
        """Whether the step's results are held back from the wall until the facilitator reveals them."""
        if stop is None or self.door is None or not stop.step.input.on_cue:
            return False
        return not self.door.state.results_shown(*stop.input_key)

    def _on_changed(self, change: Change) -> None:
        # Revealed (or held back again, or undone): the results, or the count, at once.
        if "reveals" in change.tables and self._waits_for_cue(self._stop) != self._held:
            self.show_stop(self._stop)

    def view(self, kind: str) -> RoomView | None:
        if kind in self.views:
            return self.views[kind]
        build = RoomHeld if kind == HELD else ROOM_VIEWS.get(kind)
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
