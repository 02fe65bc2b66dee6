"""A board's flow layout: each row's place, worked out from the place of the row before it.

A heading (any row not a card) takes a line of its own across the width;
cards flow after it as tiles, onto a new line when the next would not fit.
Because each place follows from the one before, a card added at the end
costs one measurement, and a change in the middle re-flows only from its
line on. Places are in content coordinates: the view scrolls them.

On the wall a clustered board is laid out in columns instead (`flow_columns`):
each cluster, its heading over its cards, goes to the shortest column, so
the clusters stand side by side and all of them are in sight at once. A
wall holds a few dozen cards, so that layout is made whole each time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractItemView

Cursor = QAbstractItemView.CursorAction


def row_geometry(viewport_width: int, tile_width: int, spacing: int) -> tuple[int, int]:
    """(row width, tile width) for a viewport `viewport_width` wide: as many tiles as fit, stretched."""
    width = max(80, viewport_width - 2 * spacing)
    across = max(1, (width + spacing) // (tile_width + spacing))
    tile = max(60, (width - (across - 1) * spacing) // across)
    return width, tile


def column_width(width: int, columns: int, gap: int) -> int:
    """The width of each of `columns` columns side by side in `width`, `gap` apart."""
    return max(60, (width - (columns - 1) * gap) // max(1, columns))


class FlowLayout:
    """Where each row of a board goes, for one row width."""

    def __init__(self) -> None:
        self.rects: list[QRect] = []  # each row's place
        self.tops: list[int] = []  # their tops, for bisecting (never decreasing)
        self.before: list[tuple[int, int, int]] = []  # (x, y, line height) before each row
        self.tallest = 0
        self.height = 0  # of the content
        self.width = 0  # the row width the layout was made for
        # False for a layout in columns: the tops then go up and down, and are not bisected.
        self.ordered = True

    def restart(self, width: int) -> None:
        """Forget every place; `flow_from(0)` then lays the board out `width` wide."""
        self.width = width
        self.rects, self.tops, self.before = [], [], []
        self.tallest = 0
        self.ordered = True

    def flow_from(self, first: int, count: int, size_of: Callable[[int], QSize],
                  is_tile: Callable[[int], bool], spacing: int, *, taller_than: int | None = None) -> int:
        """Place rows `first`... of `count` after the rows before them (which stay where they are).

        Returns the top of the first row placed (or of the last row, when none
        was): everything above it is where it was, and need not be painted again.
        With `taller_than`, it stops as soon as the content is taller than that
        (`height` then says how tall the rows placed so far are): the wall asks
        whether a size fits, and a thousand cards overflow after a few dozen.
        """
        del self.rects[first:], self.tops[first:], self.before[first:]
        x = y = line = 0
        if first > 0:  # carry on from where the row before ends
            before_x, before_y, before_line = self.before[first - 1]
            size = self.rects[first - 1].size()
            if is_tile(first - 1):
                x, y, line = before_x + size.width() + spacing, before_y, max(before_line, size.height())
            else:
                y = before_y + size.height() + spacing
        for row in range(first, count):
            size = size_of(row)
            tile = is_tile(row)
            if x > 0 and (not tile or x + size.width() > self.width):
                x, y, line = 0, y + line + spacing, 0  # a new line
            self.before.append((x, y, line))
            rect = QRect(spacing + x, spacing + y, size.width(), size.height())
            self.rects.append(rect)
            self.tops.append(rect.top())
            self.tallest = max(self.tallest, size.height())
            if tile:
                x, line = x + size.width() + spacing, max(line, size.height())
            else:
                x, y, line = 0, y + size.height() + spacing, 0
            if taller_than is not None and y + line + 2 * spacing > taller_than:
                break
        self.height = (y + line + 2 * spacing) if self.rects else 0
        if first < len(self.rects):
            return self.rects[first].top()
        return self.rects[-1].top() if self.rects else 0

    def flow_columns(self, count: int, size_of: Callable[[int], QSize], is_tile: Callable[[int], bool],
                     spacing: int, columns: int, gap: int) -> None:
        """Lay rows `0..count` out as groups (a heading and the cards after it) in `columns` columns.

        Each group goes under the shortest column so far (the first ones left to
        right, in board order); its cards flow as tiles within the column's width.
        """
        self.rects, self.tops, self.before = [], [], []
        self.tallest = 0
        self.ordered = False
        width = column_width(self.width, columns, gap)
        bottoms = [0] * columns
        column = x = y = line = 0
        for row in range(count):
            size = size_of(row)
            tile = is_tile(row)
            if not tile or row == 0:  # a new group: under the shortest column
                if row > 0:
                    bottoms[column] = y + line + gap
                column = bottoms.index(min(bottoms))
                x, y, line = 0, bottoms[column], 0
            elif x > 0 and x + size.width() > width:
                x, y, line = 0, y + line + spacing, 0
            self.before.append((x, y, line))
            rect = QRect(spacing + column * (width + gap) + x, spacing + y, size.width(), size.height())
            self.rects.append(rect)
            self.tops.append(rect.top())
            self.tallest = max(self.tallest, size.height())
            if tile:
                x, line = x + size.width() + spacing, max(line, size.height())
            else:
                y, line = y + size.height() + spacing, 0
        if count:
            bottoms[column] = y + line + gap
        self.height = max(bottoms) - gap + 2 * spacing if count else 0

    def line_start(self, row: int) -> int:
        """The first row of the line `row` is on."""
        while row > 0 and self.before[row][0] > 0:
            row -= 1
        return row

    def rows_between(self, top: int, bottom: int) -> range:
        """Rows whose rectangles may reach into content heights `top`..`bottom`."""
        if not self.ordered:  # columns: a wall's few dozen rows, each looked at
            return range(len(self.rects))
        first = bisect_left(self.tops, top - self.tallest)
        last = bisect_right(self.tops, bottom)
        return range(first, last)

    def rows_meeting(self, area: QRect) -> Iterator[int]:
        """The rows whose rectangles meet `area`."""
        for row in self.rows_between(area.top(), area.bottom()):
            if self.rects[row].intersects(area):
                yield row

    def row_at(self, x: int, y: int) -> int | None:
        for row in self.rows_between(y, y):
            if self.rects[row].contains(x, y):
                return row
        return None

    def row_for_key(self, action: Cursor, current: int, page: int) -> int:
        """The row a cursor key moves to from row `current`; Page Up / Down go `page` high."""
        rect = self.rects[current]
        if action in (Cursor.MoveLeft, Cursor.MovePrevious):
            row = current - 1
        elif action in (Cursor.MoveRight, Cursor.MoveNext):
            row = current + 1
        elif action == Cursor.MoveHome:
            row = 0
        elif action == Cursor.MoveEnd:
            row = len(self.rects) - 1
        elif action in (Cursor.MoveUp, Cursor.MovePageUp):
            above = rect.top() - (page if action == Cursor.MovePageUp else 1)
            row = self.row_near(rect.center().x(), above, upwards=True, fallback=current)
        elif action in (Cursor.MoveDown, Cursor.MovePageDown):
            below = rect.bottom() + (page if action == Cursor.MovePageDown else 1)
            row = self.row_near(rect.center().x(), below, upwards=False, fallback=current)
        else:
            row = current
        return max(0, min(len(self.rects) - 1, row))

    def row_near(self, x: int, y: int, *, upwards: bool, fallback: int) -> int:
        """The row of the line at height `y` (or the nearest line that way) closest to `x`."""
        if upwards:
            candidates = [r for r in range(len(self.rects)) if self.rects[r].top() <= y]
            if not candidates:
                return 0
            top = self.rects[candidates[-1]].top()
        else:
            start = bisect_left(self.tops, y)
            if start >= len(self.tops):
                return len(self.rects) - 1
            top = self.tops[start]
        line = [r for r in range(bisect_left(self.tops, top), bisect_right(self.tops, top))]
        if not line:
            return fallback
        return min(line, key=lambda r: abs(self.rects[r].center().x() - x))
