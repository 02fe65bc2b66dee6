"""A band across the top of the window for errors and results, never a modal box.

A modal dialog in front of a room blocks the facilitator and (in tests) the
event loop; the bar says what happened, offers the next step as buttons
("Open PDF", "Show folder"), and goes away with its close button or Esc.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

Choice = tuple[str, Callable[[], object]]


class MessageBar(QFrame):
    """One message at a time: an error (red) or information (blue), with optional buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self._buttons: list[QPushButton] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(16, 10, 8, 10)
        self._layout.addWidget(self.label, 1)
        close = QToolButton(self)
        close.setObjectName("messageClose")
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.dismiss)
        self._layout.addWidget(close)
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget() or self) else ""

    @property
    def level(self) -> str:
        return str(self.property("level") or "")

    def button_texts(self) -> list[str]:
        return [button.text() for button in self._buttons]

    def show_error(self, text: str, choices: Sequence[Choice] = ()) -> None:
        self._show("error", text, choices)

    def show_info(self, text: str, choices: Sequence[Choice] = ()) -> None:
        self._show("info", text, choices)

    def dismiss(self) -> None:
        self.hide()

    def _show(self, level: str, text: str, choices: Sequence[Choice]) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        for position, (label, slot) in enumerate(choices, start=1):
            button = QPushButton(label, self)
            button.setAccessibleName(label)
            button.setToolTip(label)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            self._layout.insertWidget(position, button)
            self._buttons.append(button)
        # Set here rather than in __init__: the bar is built before the window's first
        # paint, and PySide6's slow-to-build `Qt` namespace after it (`test_start_up`).
        from PySide6.QtCore import Qt

        self.label.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote file names
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setText(text)
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()
