"""What every projected input view shares: the door, the step, one size everything scales from.

The audience window sets `base_px` from its height (the size of a card's
text); each view derives its other sizes from it, so one number makes a
720p beamer and a 4K screen read alike. Views are read-only and draw only
plain text; hidden cards never reach them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QResizeEvent
from PySide6.QtWidgets import QWidget

from workshop.ui.inputs.door import Change, SessionDoor
from workshop.ui.widgets.theme import AUDIENCE, Theme


class RoomView(QWidget):
    """Base of the projected views; subclasses fill `refresh` and `visible_text`."""

    tables: frozenset[str] = frozenset()
    # True when the group's input needs more of the wall than it has: the window then makes
    # the step's header smaller (the prompt is on the wall for the whole step; the cards
    # are what the room came to read). False again with the next step, or when the wall
    # grows (a larger window, smaller text, cards taken away) and the full header fits again.
    crowded = Signal(bool)

    def __init__(self, door: SessionDoor, theme: Theme = AUDIENCE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.theme = theme
        self.item = -1
        self.step = ""
        self.base_px = 36
        self.is_crowded = False
        self._retry_crowded = False  # the wall may have grown: try the full header again
        self._toggling = False  # resizes caused by the header changing size are not the wall's
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        door.changed.connect(self._on_changed)
        self._crowd_check = QTimer(self)
        self._crowd_check.setSingleShot(True)
        self._crowd_check.setInterval(0)
        self._crowd_check.timeout.connect(self.check_crowded)

    def show_step(self, item: int, step: str) -> None:
        self.item, self.step = item, step
        self.uncrowd()
        self.refresh(None)
        self._crowd_check.start()

    # -- making room ----------------------------------------------------------------------

    def overflows(self) -> bool:
        """Whether what the room should read does not fit the view as it is (views that can cut say)."""
        return False

    def check_crowded(self) -> None:
        """Ask the window for more of the wall when the view's content does not fit.

        Once crowded, the header stays small until the step changes or the wall grows
        (then the full header is tried again, and kept if everything fits with it).
        """
        if not self.isVisible() or self.height() <= 0 or self.item < 0:
            return
        retry, self._retry_crowded = self._retry_crowded, False
        if self.is_crowded:
            if retry:
                self.try_full_header()
            return
        if self.overflows():
            self._set_crowded(True)

    def try_full_header(self) -> None:
        """The full header back, unless the content then overflows (laid out at once: no flicker)."""
        self._set_crowded(False)
        if self.overflows():
            self._set_crowded(True)

    def _set_crowded(self, crowded: bool) -> None:
        if crowded == self.is_crowded:
            return
        self.is_crowded = crowded
        self._toggling = True
        try:
            self.crowded.emit(crowded)
            layout = self.window().layout()
            if layout is not None:
                layout.activate()  # the header's new size, now rather than at the next layout pass
        finally:
            self._toggling = False

    def uncrowd(self) -> None:
        """A new step: its header starts at full size again."""
        if self.is_crowded:
            self.is_crowded = False
            self.crowded.emit(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._toggling:
            self._retry_crowded = True
            self._crowd_check.start()

    def set_base_px(self, pixels: int) -> None:
        """The size of body text on the wall; headings and numbers scale from it."""
        if max(10, pixels) < self.base_px:
            self._retry_crowded = True  # smaller text: the full header may fit again
            self._crowd_check.start()
        self.base_px = max(10, pixels)
        self.refresh(None)

    def set_theme(self, theme: Theme) -> None:
        """The room's colours (the theme's room half)."""
        self.theme = theme
        self.refresh(None)

    def refresh(self, change: Change | None) -> None:
        self.update()

    def visible_text(self) -> str:
        """Everything the room can read here, one piece per line (for checks)."""
        raise NotImplementedError

    def _on_changed(self, change: Change) -> None:
        if self.item >= 0 and (not self.tables or change.tables & self.tables):
            self.refresh(change)
            self._crowd_check.start()

    # -- painting helpers -----------------------------------------------------------------

    def font_px(self, pixels: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, round(pixels)))
        font.setWeight(weight)
        return font

    def draw_line(self, painter: QPainter, rect: QRectF, text: str, font: QFont, colour: str,
                  align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
        """One line of plain text, cut with "…" when it does not fit."""
        painter.setFont(font)
        painter.setPen(QColor(colour))
        elided = QFontMetricsF(font).elidedText(" ".join(text.split()), Qt.TextElideMode.ElideRight,
                                                rect.width())
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine),
                         elided)
