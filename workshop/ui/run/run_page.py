"""The console while a session runs: agenda, step and prompt, timer, the group's input, notes.

The page shows what the controller holds and hands every change to it; it
wires the run actions (start/pause, +1 min, next, undo, ...) to the controller
and keeps their text and enabled state in step with it. The middle shows the
input panel of the step's kind (`inputs.area.InputArea`: cards, votes,
ratings, statement, answers, actions). Above the agenda it says how far ahead
or behind the day is; under it, a live thumbnail of the room.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop.core.commands import Batch, Command, SetCardHidden, SetDayStart
from workshop.core.durations import format_minutes
from workshop.core.templates import Step
from workshop.core.timer import StepTimer, TimerState
from workshop.session import How
from workshop.ui.inputs.area import InputArea
from workshop.ui.inputs.card_entry import CardEntryPanel
from workshop.ui.inputs.door import Change, where_changed
from workshop.ui.inputs.field_undo import FieldUndoFirst
from workshop.ui.inputs.notes_board import NotesBoard
from workshop.ui.room.recall import RecallPanel
from workshop.ui.run.agenda_view import AgendaView
from workshop.ui.run.notes_panel import FacilitatorNotes
from workshop.ui.run.reveal_bar import RevealBar
from workshop.ui.run.room_preview import RoomPreview
from workshop.ui.run.run_cues import AutoAdvanceButton, OvertimeCue
from workshop.ui.run.schedule_status import ScheduleStatus
from workshop.ui.shell.actions import WorkshopActions
from workshop.ui.shell.change_labels import change_label
from workshop.ui.shell.controller import SessionController
from workshop.ui.widgets.action_button import ActionButton
from workshop.ui.widgets.step_header import HeaderSizes, StepHeader, current_phase, step_position
from workshop.ui.widgets.theme import CONSOLE, Theme
from workshop.ui.widgets.timer_widget import TimerWidget

if TYPE_CHECKING:
    from workshop.ui.shell.preferences import Preferences

CONSOLE_HEADER = HeaderSizes(eyebrow=15, title=30, prompt=21)
COMPACT_HEADER = HeaderSizes(eyebrow=13, title=24, prompt=17)
WIDE_CONSOLE = 1500  # pixels from which the notes get a column of their own
COMPACT_HEIGHT = 700  # page pixels under which the timer moves aside (a 1280x720 laptop's page is 674)


@dataclass(frozen=True)
class PaneLayout:
    """Where the console's panes go: the notes beside the middle or under the agenda, compact or not."""

    beside: bool
    compact: bool

    @property
    def name(self) -> str:
        """"wide", "narrow", "wide-short" or "narrow-short": the key its pane sizes are kept under."""
        return ("wide" if self.beside else "narrow") + ("-short" if self.compact else "")


class RunPage(QWidget):
    """The facilitator's console for the open session."""

    undoChanged = Signal()  # what Undo and Redo would do has changed

    def __init__(self, actions: WorkshopActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._actions = actions
        self._controller: SessionController | None = None
        self._zoom = 1.0
        self._theme = CONSOLE
        self._preferences: Preferences | None = None  # where pane sizes are kept (`remember_panes_in`)
        self.room: QWidget | None = None  # the audience window, for the thumbnail

        self.agenda = AgendaView(self)
        self.agenda.stopChosen.connect(self._go_to)
        self.schedule = ScheduleStatus(self)
        self.preview = RoomPreview(lambda: self.room, self)
        self.preview.clicked.connect(actions.toggle_audience.trigger)
        self.header = StepHeader(CONSOLE_HEADER, parent=self)
        self.timer_widget = TimerWidget(self._current_timer, CONSOLE, console=True, step=self._current_step,
                                        parent=self)
        self.timer_widget.setMinimumSize(300, 130)
        self.capture_hint = QLabel(self)
        self.capture_hint.setObjectName("captureHint")
        self.capture_hint.setProperty("role", "muted")
        self.capture_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.capture_hint.setWordWrap(True)
        self.inputs = InputArea(self)
        self.notes = FacilitatorNotes(self)
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextLabel")
        self.next_label.setProperty("role", "muted")
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Said for as long as the session is open: a read-only view must never look like the real one.
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.hide()

        self._build_layout()
        self._connect_actions()
        # Ctrl+Z in a field: its own typing first, then the session's undo (`field_undo`).
        self._field_undo = FieldUndoFirst(self)
        self.set_controller(None)

    # -- layout -----------------------------------------------------------------------

    def _build_layout(self) -> None:
        actions = self._actions
        self._timer_box = timer_box = QFrame(self)
        timer_box.setProperty("role", "panel")
        timer_layout = QVBoxLayout(timer_box)
        timer_layout.addWidget(self.timer_widget, 1)
        self._timer_buttons = QGridLayout()
        self.start_button = ActionButton(actions.start_pause, timer_box, role="primary")
        self._timer_button_list = [self.start_button, ActionButton(actions.add_minute, timer_box),
                                   ActionButton(actions.remove_minute, timer_box),
                                   ActionButton(actions.reset_timer, timer_box)]
        timer_layout.addLayout(self._timer_buttons)

        self._top = top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addSpacing(12)  # the timer box comes next, unless the console is short (`_arrange`)

        navigation = QHBoxLayout()
        navigation.addWidget(ActionButton(actions.previous_step, self))
        navigation.addSpacing(16)
        # Toggles, where the eye is when a step ends; the Run menu has them too.
        self.auto_button = AutoAdvanceButton(actions.auto_advance, self)
        self.mute_button = ActionButton(actions.mute, self)
        navigation.addWidget(self.auto_button)
        navigation.addWidget(self.mute_button)
        navigation.addStretch(1)
        self.next_button = ActionButton(actions.next_step, self, role="primary")
        self.overtime_cue = OvertimeCue(self.next_button, self)  # the way on, while time is up
        next_words = QVBoxLayout()  # the overtime hint over "Next: ...": the row grows no wider
        next_words.setSpacing(0)
        next_words.addWidget(self.overtime_cue.hint, 0, Qt.AlignmentFlag.AlignRight)
        next_words.addWidget(self.next_label)
        navigation.addLayout(next_words)
        navigation.addWidget(self.next_button)

        self._centre = centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(16, 8, 16, 8)
        centre_layout.setSpacing(10)
        centre_layout.addWidget(self.read_only_banner)
        centre_layout.addLayout(top)
        centre_layout.addWidget(self.capture_hint)
        self.recall = RecallPanel(self._theme, room=False, parent=centre)  # an earlier step's result
        centre_layout.addWidget(self.recall)
        self.reveal_bar = RevealBar(actions.reveal_results, centre)  # results held for the cue
        centre_layout.addWidget(self.reveal_bar)
        centre_layout.addWidget(self.inputs, 1)
        centre_layout.addLayout(navigation)

        agenda_box = QWidget(self)
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_heading = QLabel(self.tr("Agenda"), agenda_box)
        agenda_heading.setProperty("role", "eyebrow")
        agenda_layout.addWidget(self.schedule)
        agenda_layout.addWidget(agenda_heading)
        agenda_layout.addWidget(self.agenda, 1)
        self._agenda_box = agenda_box
        self._room_box = QWidget(self)
        room_layout = QVBoxLayout(self._room_box)
        room_layout.setContentsMargins(0, 4, 0, 0)
        room_heading = QLabel(self.tr("On the projector"), self._room_box)
        room_heading.setProperty("role", "eyebrow")
        room_layout.addWidget(room_heading)
        room_layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # Only while the room view is up: with one screen it covers the console anyway.
        self.show_room_preview(False)

        # Left: the agenda, the room's thumbnail, and the notes under them when the window is narrow.
        self._left = QSplitter(Qt.Orientation.Vertical, self)
        self._left.setObjectName("consoleLeft")
        self._left.addWidget(agenda_box)
        self._left.addWidget(self._room_box)
        self._left.setContentsMargins(8, 8, 0, 8)
        self._right = QWidget(self)
        QVBoxLayout(self._right).setContentsMargins(0, 8, 8, 8)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("consoleColumns")
        for widget, stretch in ((self._left, 0), (centre, 1), (self._right, 0)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self._left.setMinimumWidth(220)
        # No minimum of its own: it is there only on a wide console, and a minimum here would
        # hold a window made narrower (moved to a laptop) wider than its screen before the
        # notes could move under the agenda. It folds away like the notes.
        self._right.setMinimumWidth(0)
        self.inputs.setMinimumHeight(160)
        for splitter in (self.splitter, self._left):
            splitter.splitterMoved.connect(self._remember_panes)
        self._pane_layout: PaneLayout | None = None
        self._arrange(PaneLayout(beside=True, compact=False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    @property
    def pane_layout(self) -> PaneLayout:
        """How the console is arranged now."""
        assert self._pane_layout is not None
        return self._pane_layout

    def _arrange(self, wanted: PaneLayout) -> None:
        """Notes beside or under the agenda; on a short screen the timer joins the left column too.

        A 1280-pixel laptop cannot give three columns enough room, and at 720
        pixels high the step's header and the timer above the card board left
        it a quarter of the height: there the timer sits at the top of the
        left column and the header's text is smaller, so the board in the
        middle, which matters most while the group talks, gets the height.
        The facilitator's own pane sizes for each arrangement are remembered.
        """
        if wanted == self._pane_layout:
            return
        self._pane_layout = wanted
        if wanted.beside:
            layout = self._right.layout()
            assert layout is not None
            layout.addWidget(self.notes)
            self._right.show()
        else:
            self._left.addWidget(self.notes)
            self._right.hide()
        for button in self._timer_button_list:
            self._timer_buttons.removeWidget(button)
        if wanted.compact:
            self._left.insertWidget(0, self._timer_box)
            self.timer_widget.setMinimumSize(200, 76)
            for number, button in enumerate(self._timer_button_list):
                self._timer_buttons.addWidget(button, number // 2, number % 2)
        else:
            self._top.addWidget(self._timer_box, 0, Qt.AlignmentFlag.AlignTop)
            self.timer_widget.setMinimumSize(300, 130)
            for number, button in enumerate(self._timer_button_list):
                self._timer_buttons.addWidget(button, 0, number)
        self._timer_box.show()
        centre_layout = self._centre.layout()
        assert centre_layout is not None
        centre_layout.setSpacing(6 if wanted.compact else 10)
        centre_layout.setContentsMargins(16, 4 if wanted.compact else 8, 16, 4 if wanted.compact else 8)
        self._apply_header_sizes()
        for index in range(self._left.count()):
            widget = self._left.widget(index)
            # The notes may be folded away; the timer and the agenda never.
            self._left.setCollapsible(index, widget is self.notes)
            self._left.setStretchFactor(index, 1 if widget in (self._agenda_box, self.notes) else 0)
        for index in range(self.splitter.count()):
            self.splitter.setCollapsible(index, self.splitter.widget(index) is self._right)
        if not self._restore_panes():
            self._default_panes(wanted)

    def _default_panes(self, wanted: PaneLayout) -> None:
        if wanted.beside:
            self.splitter.setSizes([320, max(400, self.width() - 640), 320])
            return
        self.splitter.setSizes([300, max(400, self.width() - 300), 0])
        sizes = {self._timer_box: 190, self._agenda_box: 300, self._room_box: 150, self.notes: 200}
        self._left.setSizes([sizes.get(self._left.widget(i), 100) for i in range(self._left.count())])

    def remember_panes_in(self, preferences: Preferences) -> None:
        """Keep the facilitator's pane sizes (and folded notes) in `preferences`, and use them now."""
        self._preferences = preferences
        self._restore_panes()

    def _pane_keys(self) -> tuple[str, str]:
        name = self.pane_layout.name
        return f"console/{name}/columns", f"console/{name}/left"

    def _remember_panes(self) -> None:
        if self._preferences is None:
            return
        columns, left = self._pane_keys()
        self._preferences.set_pane_state(columns, self.splitter.saveState())
        self._preferences.set_pane_state(left, self._left.saveState())

    def _restore_panes(self) -> bool:
        if self._preferences is None:
            return False
        columns, left = self._pane_keys()
        restored = False
        for splitter, key in ((self.splitter, columns), (self._left, left)):
            state = self._preferences.pane_state(key)
            if state is not None and splitter.restoreState(state):
                restored = True
        return restored

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = event.size()
        self._arrange(PaneLayout(beside=size.width() >= WIDE_CONSOLE, compact=size.height() < COMPACT_HEIGHT))

    def _connect_actions(self) -> None:
        actions = self._actions
        actions.start_pause.triggered.connect(lambda: self._on_session(SessionController.toggle_timer))
        actions.add_minute.triggered.connect(lambda: self._on_session(lambda c: c.extend_timer(60.0)))
        actions.remove_minute.triggered.connect(lambda: self._on_session(lambda c: c.extend_timer(-60.0)))
        actions.reset_timer.triggered.connect(lambda: self._on_session(SessionController.reset_timer))
        actions.next_step.triggered.connect(lambda: self._on_session(SessionController.next_step))
        actions.previous_step.triggered.connect(lambda: self._on_session(SessionController.previous_step))
        actions.new_card.triggered.connect(self.focus_entry)

    # -- the session ----------------------------------------------------------------------

    @property
    def controller(self) -> SessionController | None:
        return self._controller

    def set_controller(self, controller: SessionController | None) -> None:
        """Show a session (or none), and follow its changes."""
        old = self._controller
        if old is not None:
            for signal, slot in self._subscriptions(old):
                signal.disconnect(slot)
        self._controller = controller
        if controller is not None:
            for signal, slot in self._subscriptions(controller):
                signal.connect(slot)
        self.inputs.set_door(controller)
        self.recall.set_door(controller)
        self.reveal_bar.set_controller(controller)
        reason = controller.read_only if controller is not None else ""
        self.read_only_banner.setText(self.tr(
            "Read-only: {reason}. You can look through the steps and export it; nothing can be "
            "changed here.").format(reason=reason))
        self.read_only_banner.setVisible(bool(reason))
        self.agenda.set_session(controller.state if controller else None)
        self.schedule.set_controller(controller)
        self.overtime_cue.set_controller(controller)
        self._show_stop()

    def _subscriptions(self, controller: SessionController) -> list[tuple[object, object]]:
        return [(controller.stopChanged, self._on_stop_changed),
                (controller.changed, self._on_changed),
                (controller.timerChanged, self._on_timer_changed),
                (controller.undoChanged, self._sync_undo)]

    def _current_timer(self) -> StepTimer | None:
        return self._controller.timer if self._controller else None

    def _current_step(self) -> Step | None:
        return self._controller.current_stop.step if self._controller else None

    def _on_session(self, act: Callable[[SessionController], object]) -> None:
        if self._controller is not None:
            act(self._controller)

    def _go_to(self, index: int) -> None:
        if self._controller is not None:
            self._controller.go_to(index)

    def focus_entry(self) -> None:
        """Put the cursor where the step's input is typed (the card entry on a notes step)."""
        self.inputs.focus_input()

    @property
    def board(self) -> NotesBoard:
        """The card board (of the notes steps)."""
        return self.inputs.notes_board()

    @property
    def entry_panel(self) -> CardEntryPanel:
        """The card board's entry line."""
        return self.board.entry_panel

    def show_room_preview(self, shown: bool) -> None:
        """The live thumbnail of the audience view, while it is on a screen."""
        self._room_box.setVisible(shown)

    def set_theme(self, theme: Theme) -> None:
        """The console's colours for what is painted rather than styled (timer, cards, agenda)."""
        self._theme = theme
        self.timer_widget.set_theme(theme)
        self.inputs.set_theme(theme)
        self.recall.set_theme(theme)
        self.overtime_cue.set_theme(theme)
        self.agenda.set_theme(theme)
        self.agenda.set_session(self._controller.state if self._controller else None)
        self._refresh_agenda()

    def set_zoom(self, factor: float) -> None:
        """Scale what the room reads, as the console shows it too (the step, its cards, the entry).

        The zoom keys are for the room: the facilitator's own notes keep their size, so that
        Ctrl++ for the back row never crowds the console.
        """
        self._zoom = factor
        self._apply_header_sizes()
        self.inputs.set_zoom(factor)
        self.recall.set_sizes(round(15 * factor), round(110 * factor))

    def _apply_header_sizes(self) -> None:
        compact = self._pane_layout is not None and self._pane_layout.compact
        sizes, factor = (COMPACT_HEADER if compact else CONSOLE_HEADER), self._zoom
        self.header.set_sizes(HeaderSizes(round(sizes.eyebrow * factor), round(sizes.title * factor),
                                          round(sizes.prompt * factor)))

    # -- following the controller ----------------------------------------------------------------

    def _on_stop_changed(self, _index: int) -> None:
        self._show_stop()

    def _show_stop(self) -> None:
        controller = self._controller
        if controller is None:
            self.header.show_stop(None)
            self.notes.show_stop(None)
            self.inputs.show_stop(None)
            self.reveal_bar.show_stop(None)
            self.capture_hint.setVisible(False)
            self.next_label.clear()
            self.timer_widget.refresh()
            self._sync_actions()
            return
        stop = controller.current_stop
        number, count = step_position(stop)
        eyebrow = stop.item.title if stop.item.is_break else self.tr(
            "{exercise} · step {number} of {count}").format(exercise=stop.item.title, number=number,
                                                            count=count)
        self.header.show_stop(stop, eyebrow)
        self.header.show_phase(current_phase(stop.step, controller.timer))
        self.notes.show_stop(stop)
        self.inputs.show_stop(stop)
        self.recall.show_stop(stop)
        self.reveal_bar.show_stop(stop)
        hint = "" if self.inputs.current_panel is not None else self.tr(
            "Nothing to type in this step: the prompt and the timer are on the wall.")
        self.capture_hint.setText(hint)
        self.capture_hint.setVisible(bool(hint))
        self._show_next()
        self._refresh_agenda()
        self.timer_widget.refresh()
        self._sync_actions()
        self.focus_entry()

    def _show_next(self) -> None:
        controller = self._controller
        if controller is None or not controller.has_next:
            self.next_label.setText(self.tr("Last step of the session"))
            return
        upcoming = controller.state.stops[controller.current_index + 1]
        title = upcoming.step.title
        if upcoming.step.round is not None:
            title = self.tr("{title}, round {number} of {count}").format(
                title=title, number=upcoming.step.round.number, count=upcoming.step.round.count)
        self.next_label.setText(self.tr("Next: {title} · {length}").format(
            title=title, length=format_minutes(upcoming.step.duration)))

    def _on_changed(self, change: Change) -> None:
        """An undo or redo of another step's input changes nothing here: say where it happened."""
        controller = self._controller
        if controller is not None and (isinstance(change.command, SetDayStart)
                                       or isinstance(change.inverse, SetDayStart)):
            self.agenda.set_session(controller.state)  # the clock times follow the day's start
            self._refresh_agenda()
        if controller is None or change.how == How.DO:
            return
        place = where_changed(controller.state, change.command) or (
            where_changed(controller.state, change.inverse) if change.inverse is not None else None)
        if place is None or place in (controller.current_stop.key, controller.current_stop.input_key):
            return
        step = controller.state.step_at(*place)
        what = (self.tr("Undone in “{step}”: {change}") if change.how == How.UNDO
                else self.tr("Redone in “{step}”: {change}"))
        text = what.format(step=step.title, change=change_label(change.label))
        if _reveals(change.command):  # a card hidden there is back on the wall: say so
            text += self.tr(" (back on the wall for the room)")
        self.capture_hint.setText(text)
        self.capture_hint.setVisible(True)

    def _sync_undo(self) -> None:
        self.undoChanged.emit()

    # The window's Undo and Redo act here unless the planner is on screen (`MainWindow`).

    def undo_state(self) -> tuple[str | None, str | None]:
        """What Undo and Redo would do, by name; None for nothing."""
        if self._controller is None:
            return None, None
        return self._controller.undo_text(), self._controller.redo_text()

    def undo(self) -> None:
        self._on_session(SessionController.undo)

    def redo(self) -> None:
        self._on_session(SessionController.redo)

    def _on_timer_changed(self) -> None:
        self.timer_widget.refresh()
        self.header.show_phase(current_phase(self._current_step(), self._current_timer()))
        self._refresh_agenda()
        self.schedule.refresh()
        self._sync_actions()

    def _refresh_agenda(self) -> None:
        if self._controller is not None:
            self.agenda.refresh_marks(self._controller.state, self._controller.as_run())

    def _sync_actions(self) -> None:
        controller = self._controller
        self.overtime_cue.check()  # a new step, +1 min or a reset ends the overtime cue at once
        has_session = controller is not None
        for action in self._actions.run_actions:
            action.setEnabled(has_session)
        self._sync_undo()
        if controller is None:
            self._actions.start_pause.setText(self.tr("&Start"))
            return
        state = controller.timer.state
        self._actions.start_pause.setText({TimerState.IDLE: self.tr("&Start"),
                                           TimerState.RUNNING: self.tr("&Pause"),
                                           TimerState.PAUSED: self.tr("&Resume")}[state])
        self._actions.next_step.setEnabled(controller.has_next)
        self._actions.previous_step.setEnabled(controller.has_previous)
        self._actions.new_card.setEnabled(self.inputs.takes_cards and not controller.read_only)
        if controller.read_only:
            for action in (self._actions.start_pause, self._actions.add_minute, self._actions.remove_minute,
                           self._actions.reset_timer):
                action.setEnabled(False)
            return
        self._actions.reset_timer.setEnabled(state is not TimerState.IDLE or controller.timer.extension != 0)


def _reveals(command: Command) -> bool:
    """Whether applying `command` shows the room a card it did not see."""
    if isinstance(command, SetCardHidden):
        return not command.hidden
    if isinstance(command, Batch):
        return any(_reveals(part) for part in command.commands)
    return False
