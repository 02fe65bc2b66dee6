"""The board on the wall when it is too full to fit: the newest cards, whole rows, and a count.

The wall is read, not scrolled: whatever moved (a cluster made, a card
hidden), the view ends on the newest cards, and starts on a whole row just
under a line that counts the earlier ones ("▲ 12 earlier cards above"). That
line covers every row that would show only in part, so no card is cut in
two.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from workshop.ui.board.notes_delegate import BoardStyle
    from workshop.ui.board.notes_flow import FlowLayout


def banner_height(style: BoardStyle) -> int:
    """The least room the "earlier cards" line takes at the top of a scrolled wall."""
    return round(style.font_px * 1.7)


def settled_offset(flow: FlowLayout, page: int, style: BoardStyle) -> int:
    """How far down the wall shows its board: 0 if it fits, else the newest cards, whole rows.

    The offset may run a little past the last row for that: the spare room goes
    to the bottom of the wall, not to half a card at the top.
    """
    lowest = flow.height - page
    if lowest <= 0:
        return 0
    # The first row starting low enough (the tops never decrease: a search, not a scan,
    # because a wall repaints as often as the room's cards arrive).
    banner = banner_height(style)
    first = bisect_left(flow.tops, lowest + banner + style.spacing)
    return flow.tops[first] - style.spacing - banner if first < len(flow.tops) else lowest


def first_shown_top(flow: FlowLayout, offset: int, style: BoardStyle) -> int:
    """Where the first row wholly below the banner starts (content coordinates)."""
    cut = offset + banner_height(style) - style.spacing
    first = bisect_left(flow.tops, cut)
    return flow.tops[first] if first < len(flow.tops) else cut


def paint_banner(painter: QPainter, text: str, *, width: int, bottom: int, style: BoardStyle,
                 font: QFont) -> None:
    """The line saying how many cards are out of sight, over the rows above `bottom` (viewport)."""
    band = QRect(0, 0, width, max(banner_height(style), bottom))
    painter.fillRect(band, QColor(style.theme.background))
    band.setTop(band.bottom() - banner_height(style))
    font = QFont(font)
    font.setPixelSize(max(16, round(style.font_px * 0.9)))
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor(style.theme.muted))
    align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(band.adjusted(8, 0, -8, 0), int(align), text)
