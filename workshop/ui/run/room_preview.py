"""A live thumbnail of the audience view on the console: what the room sees, twice a second.

While the audience window is shown, it is rendered into a pixmap
(`QWidget.grab`) and scaled to the thumbnail; while it is hidden the room
sees nothing, and the thumbnail says so (and how to show it). Only while the
thumbnail itself is on screen: a hidden console costs nothing. Clicking it
shows or hides the audience view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QMouseEvent, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from workshop.ui.shell import hotkeys

REFRESH_MS = 500
MAX_WIDTH = 300
ASPECT = 9 / 16


class RoomPreview(QLabel):
    """The thumbnail; `clicked` when the facilitator clicks it."""

    clicked = Signal()

    def __init__(self, source: Callable[[], QWidget | None], parent: QWidget | None = None,
                 hidden_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("roomPreview")
        self.setAccessibleName(self.tr("What the room sees"))
        self.setToolTip(self.tr("A live copy of the audience view. Click to show or hide it on the "
                                "projector."))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(160, 90)
        self.setMaximumWidth(MAX_WIDTH)  # a glance, not a second screen: the agenda needs the room
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._source = source
        self.setWordWrap(True)
        self.setProperty("role", "muted")
        self._hidden_text = hidden_text or self.tr(
            "The room sees nothing yet: click here or press {key} to show the audience view.").format(
            key=hotkeys.shortcut_text(hotkeys.TOGGLE_AUDIENCE[:1]))
        self._ticker = QTimer(self)
        self._ticker.setInterval(REFRESH_MS)
        self._ticker.timeout.connect(self.refresh)
        self.frames = 0  # how many times the picture was taken (for tests)

    def sizeHint(self) -> QSize:
        return QSize(320, round(320 * ASPECT))

    def heightForWidth(self, width: int) -> int:
        return round(width * ASPECT)

    def hasHeightForWidth(self) -> bool:
        return True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = round(event.size().width() * ASPECT)
        if self.height() != height:
            self.setFixedHeight(max(90, height))

    def refresh(self) -> None:
        """Take the picture now."""
        widget = self._source()
        if widget is None or not widget.isVisible():
            if self.pixmap().isNull() and self.text() == self._hidden_text:
                return
            self.setPixmap(QPixmap())
            self.setText(self._hidden_text)
            return
        if self.width() < 10:
            return
        picture: QPixmap = widget.grab()
        self.setPixmap(picture.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
        self.frames += 1

    @property
    def shows_room(self) -> bool:
        """Whether the thumbnail holds a picture of the room (not the "hidden" text)."""
        return not self.pixmap().isNull()

    def is_refreshing(self) -> bool:
        return self._ticker.isActive()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ticker.start()
        QTimer.singleShot(0, self, self.refresh)

    def hideEvent(self, event: QHideEvent) -> None:
        self._ticker.stop()
        super().hideEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
