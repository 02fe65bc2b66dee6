"""The wall's invitation to join from a phone: a large QR code, the short address and the join code.

The QR code is drawn module by module with QPainter, so it stays sharp at
any size on any projector. It is always dark on white with its quiet zone,
whatever the wall's theme: phone cameras read that way round best. Every
size follows the window height, like the rest of the wall.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from workshop.ui.widgets.theme import AUDIENCE, Theme

QUIET = 4  # modules of white around the code, as the standard asks


def qr_modules(text: str) -> list[list[bool]]:
    """The dark (True) and light modules of `text`'s QR code, quiet zone excluded."""
    code = segno.make_qr(text, error="m", boost_error=False)
    return [[bool(module) for module in row] for row in code.matrix]


class QrCode(QWidget):
    """A square QR code, crisp at any size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinQr")
        self._modules: list[list[bool]] = []
        self.text = ""

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self._modules = qr_modules(text) if text else []
            self.setAccessibleName(self.tr("QR code to join from a phone"))
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._modules:
            return
        count = len(self._modules) + 2 * QUIET
        side = min(self.width(), self.height())
        module = max(1, side // count)  # whole pixels: no blurred edges between modules
        size = module * count
        left = (self.width() - size) // 2
        top = (self.height() - size) // 2
        painter = QPainter(self)
        painter.fillRect(left, top, size, size, QColor("#ffffff"))
        black = QColor("#000000")
        for y, row in enumerate(self._modules):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(left + (x + QUIET) * module, top + (y + QUIET) * module, module, module,
                                     black)
        painter.end()


class JoinPanel(QWidget):
    """What the wall shows while phones may join: the code to scan, the address and code to type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("joinPanel")
        self.qr = QrCode(self)
        self._theme = AUDIENCE
        self.heading = self.tr("Join from your phone")
        self.address = ""
        self.code = ""
        self.phones = 0
        self._text_px = 20

    def show_join(self, url: str, address: str, code: str, phones: int) -> None:
        self.qr.set_text(url)
        self.address, self.code, self.phones = address, code, phones
        self.update()

    def set_phones(self, phones: int) -> None:
        if phones != self.phones:
            self.phones = phones
            self.update()

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    def set_text_px(self, pixels: int) -> None:
        self._text_px = max(12, pixels)
        self._place()

    def lines(self) -> list[str]:
        """The panel's text as the room reads it (for checks and for screen readers)."""
        joined = (self.tr("1 phone joined") if self.phones == 1
                  else self.tr("%1 phones joined").replace("%1", str(self.phones)) if self.phones else "")
        return [line for line in (self.heading, self.address, self.tr("Code: %1").replace("%1", self.code),
                                  joined) if line]

    def resizeEvent(self, event: object) -> None:
        self._place()

    def _place(self) -> None:
        width = self.width()
        heading = round(self._text_px * 1.6)
        self.qr.setGeometry(0, heading, width, width)
        self.setAccessibleDescription("\n".join(self.lines()))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        theme = self._theme
        width = self.width()
        heading = round(self._text_px * 1.6)
        self._line(painter, QRectF(0, 0, width, heading), self.heading, theme.text, bold=True)
        top = heading + width + self._text_px * 0.4
        for index, line in enumerate(self.lines()[1:]):
            colour = theme.muted if index == 2 else theme.text
            self._line(painter, QRectF(0, top, width, self._text_px * 1.4), line, colour, bold=index < 2)
            top += self._text_px * 1.4
        painter.end()

    def _line(self, painter: QPainter, rect: QRectF, text: str, colour: str, *, bold: bool) -> None:
        """One line, as large as `_text_px` allows, smaller only if it would not fit the column."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        size = self._text_px
        while True:
            font.setPixelSize(size)
            if size <= 10 or QFontMetrics(font).horizontalAdvance(text) <= rect.width():
                break
            size -= 1
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, text)

    def wanted_height(self) -> int:
        """Height for the current width: heading, code and three lines of text."""
        return round(self._text_px * 1.6 + self.width() + self._text_px * (0.4 + 3 * 1.4))
