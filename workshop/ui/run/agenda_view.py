"""The agenda on the console: items, their steps, clock times and lengths.

The current step is highlighted and kept in view; steps that have ended get
a tick, and their length column says how far they ran over or under
("+2 min"); the tooltip tells the whole as-run story (start, pauses, minutes
added, end). Clicking (or Enter on) a step asks to jump there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from workshop.core.durations import format_minutes
from workshop.core.schedule import StepRun
from workshop.core.session import SessionState
from workshop.core.templates import Step
from workshop.ui.language import ensure_language
from workshop.ui.widgets.theme import CONSOLE, Theme

StopRole = Qt.ItemDataRole.UserRole + 1
RunRole = Qt.ItemDataRole.UserRole + 2  # a run in rounds: one line, opened on the round being run

TIME, TITLE, LENGTH = range(3)
CURRENT_MARK = "▶ "
DONE_MARK = "✓ "
NO_BREAK_SPACE, WORD_JOINER = "\u00a0", "\u2060"
_SPACED_SIGN = re.compile(r" ([=+×÷<>≤≥]) ")
_SLASH = re.compile(r"(?<=\S)/(?=\S)")


def unbroken(title: str) -> str:
    """`title` with its formulas kept whole when it wraps: "P = W/E", never "P = W/" and "E".

    The spaces around a sign become no-break spaces and a slash between two
    words is joined to the word after it (U+2060, drawn as nothing).
    """
    title = _SPACED_SIGN.sub(lambda m: f"{NO_BREAK_SPACE}{m.group(1)}{NO_BREAK_SPACE}", title)
    return _SLASH.sub("/" + WORD_JOINER, title)


class WrappingTitles(QStyledItemDelegate):
    """Titles as tall as their wrapped lines at the column's width.

    Qt asks a delegate for a row's size with no width, so its own delegate
    never wraps: the title would end in "…" on a small laptop screen.
    """

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        sized = QStyleOptionViewItem(option)
        self.initStyleOption(sized, index)
        # Any height will do: Qt's style wraps only within a valid rectangle.
        sized.rect = QRect(0, 0, max(40, self._view.columnWidth(index.column())), 10_000)
        return super().sizeHint(sized, index)


class AgendaView(QTreeWidget):
    """Items with their steps; `stopChosen(index)` when the facilitator picks one."""

    stopChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaView")
        ensure_language()  # "Paused 1 time"
        self.setAccessibleName(self.tr("Agenda"))
        self.setToolTip(self.tr("Click a step to go there; hover a step that ran to see how it ran"))
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Time"), self.tr("Agenda"), self.tr("Length")])
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(14)
        self.setUniformRowHeights(False)
        # Long titles wrap rather than end in "…" on a small laptop screen; Qt works out row
        # heights once, so they are worked out again whenever the title column changes width.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegateForColumn(TITLE, WrappingTitles(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LENGTH, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._column_resized)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)
        self._step_items: list[QTreeWidgetItem] = []
        self._run_rows: list[QTreeWidgetItem] = []
        self._step_titles: list[str] = []
        self._step_lengths: list[str] = []
        self._current = -1
        self._theme = CONSOLE

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == TITLE:
            self.scheduleDelayedItemsLayout()

    # -- filling -------------------------------------------------------------------

    def set_session(self, state: SessionState | None) -> None:
        """Show the agenda of a session (or nothing)."""
        self.clear()
        self._step_items, self._step_titles, self._step_lengths, self._current = [], [], [], -1
        self._run_rows = []
        if state is None:
            return
        agenda, start = state.agenda, state.start_clock
        stop_index = 0
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.Bold)
        muted = QBrush(QColor(self._theme.muted))
        for item in agenda.items:
            row = QTreeWidgetItem([agenda.clock_time(item.offset, start), unbroken(item.title),
                                   format_minutes(item.duration)])
            row.setFont(TITLE, bold)
            _align_to_first_line(row)
            row.setData(TITLE, StopRole, stop_index)
            row.setToolTip(TITLE, item.title)
            self.addTopLevelItem(row)
            if item.is_break:
                # A break is one step: the row itself is the stop.
                row.setForeground(TITLE, muted)
                self._step_items.append(row)
                self._step_titles.append(unbroken(item.title))
                self._step_lengths.append(row.text(LENGTH))
                stop_index += 1
                continue
            offset = item.offset
            run_row: QTreeWidgetItem | None = None
            for number, step in enumerate(item.steps):
                place = step.round
                parent = row
                if place is not None:
                    # A run in rounds is one line of the agenda, opened on the round being run.
                    first = number == 0 or item.steps[number - 1].round is None or \
                        item.steps[number - 1].round.rounds != place.rounds  # type: ignore[union-attr]
                    if first or run_row is None:
                        length = sum(s.duration for s in item.steps
                                     if s.round is not None and s.round.rounds == place.rounds)
                        run_row = QTreeWidgetItem([agenda.clock_time(offset, start),
                                                   self.tr("{title} · %n round(s)", "", place.count).format(
                                                       title=unbroken(place.title)),
                                                   format_minutes(length)])
                        run_row.setData(TITLE, StopRole, stop_index)
                        run_row.setData(TITLE, RunRole, True)
                        _align_to_first_line(run_row)
                        for column in (TIME, LENGTH):
                            run_row.setForeground(column, muted)
                        row.addChild(run_row)
                        self._run_rows.append(run_row)
                    parent = run_row
                else:
                    run_row = None
                title = self._round_title(step) if place is not None else unbroken(step.title)
                child = QTreeWidgetItem([agenda.clock_time(offset, start), title,
                                         format_minutes(step.duration)])
                child.setData(TITLE, StopRole, stop_index)
                _align_to_first_line(child)
                child.setToolTip(TITLE, step.title)
                for column in (TIME, LENGTH):
                    child.setForeground(column, muted)
                parent.addChild(child)
                self._step_items.append(child)
                self._step_titles.append(title)
                self._step_lengths.append(child.text(LENGTH))
                offset += step.duration
                stop_index += 1
        self.expandAll()
        for run_row in self._run_rows:
            run_row.setExpanded(False)
        self.refresh_marks(state)

    def _round_title(self, step: Step) -> str:
        """A round's step in its run: "Round 2 · Client: person 2", or "Round 2: Write" in a longer run."""
        place = step.round
        assert place is not None
        if step.title == place.title:
            text = self.tr("Round {number}").format(number=place.number)
            return f"{text} · {place.label}" if place.label else text
        return self.tr("Round {number}: {step}").format(number=place.number, step=unbroken(step.title))

    def refresh_marks(self, state: SessionState, runs: Sequence[StepRun] = ()) -> None:
        """Tick the steps that have ended; mark and show the current one; tell how each ran."""
        current = max(0, min(state.current, len(self._step_items) - 1))
        for index, (stop, tree_item) in enumerate(zip(state.stops, self._step_items, strict=True)):
            record = state.record_for(*stop.key)
            mark = CURRENT_MARK if index == current else DONE_MARK if record.ended else ""
            tree_item.setText(TITLE, mark + self._step_titles[index])
            run = runs[index] if index < len(runs) else None
            self._show_run(tree_item, index, run)
            font = QFont(tree_item.font(TITLE))
            font.setWeight(QFont.Weight.Bold if index == current or tree_item.parent() is None
                           else QFont.Weight.Normal)
            tree_item.setFont(TITLE, font)
        if current != self._current and self._step_items:
            self._current = current
            item = self._step_items[current]
            for run_row in self._run_rows:  # the run being run is open; the others stay one line
                run_row.setExpanded(item.parent() is run_row)
            self.setCurrentItem(item)
            self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _show_run(self, tree_item: QTreeWidgetItem, index: int, run: StepRun | None) -> None:
        """The length column and tooltip of a step from its as-run record."""
        title = self._step_titles[index]
        length = self._step_lengths[index]
        if run is not None and run.ended is None and run.extension:
            # Cut or lengthened and not over yet: the length it has now, not the plan's.
            length = format_minutes(max(0, int(run.planned + run.extension)))
        if run is None or not run.has_run:
            tree_item.setText(LENGTH, length)
            tree_item.setToolTip(TITLE, title if run is None or not run.extension else "\n".join(
                (title, self.tr("Planned: {length}").format(length=format_minutes(run.planned)),
                 self._added(run.extension))))
            tree_item.setForeground(LENGTH, QBrush(QColor(self._theme.muted)))
            return
        over = run.overrun
        if run.ended is not None and abs(over) >= 60:
            sign = "+" if over > 0 else "−"
            tree_item.setText(LENGTH, f"{sign}{format_minutes(int(abs(over)))}")
            colour = self._theme.error if over > 0 else self._theme.good
            tree_item.setForeground(LENGTH, QBrush(QColor(colour)))
        else:
            tree_item.setText(LENGTH, length)
        lines = [title, self.tr("Planned: {length}").format(length=format_minutes(run.planned))]
        if run.started is not None:
            lines.append(self.tr("Started {time}").format(time=run.started.strftime("%H:%M")))
        if run.pauses:
            lines.append(self.tr("Paused %n time(s)", "", len(run.pauses)))
        if run.extension:
            lines.append(self._added(run.extension))
        if run.ended is not None:
            lines.append(self.tr("Ended {time} after {length}").format(
                time=run.ended.strftime("%H:%M"), length=format_minutes(int(run.elapsed))))
        tree_item.setToolTip(TITLE, "\n".join(lines))

    def _added(self, extension: float) -> str:
        return self.tr("Time added: {minutes}").format(
            minutes=("+" if extension > 0 else "−") + format_minutes(int(abs(extension))))

    def current_title(self) -> str:
        """The text of the highlighted row, as shown."""
        item = self.currentItem()
        return item.text(TITLE) if item else ""

    def step_item(self, index: int) -> QTreeWidgetItem:
        return self._step_items[index]

    # -- choosing ------------------------------------------------------------------------

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(TITLE, StopRole)
        if isinstance(index, int):
            self.stopChosen.emit(index)
        # If the move was refused (or the row was the current one), the
        # highlight goes back to where the session really is.
        if 0 <= self._current < len(self._step_items):
            self.setCurrentItem(self._step_items[self._current])


def _align_to_first_line(row: QTreeWidgetItem) -> None:
    """Time and length beside a title's first line when it wraps."""
    for column in (TIME, LENGTH):
        row.setTextAlignment(column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
