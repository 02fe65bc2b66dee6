"""The planner: compose an agenda from the library, fit it into the time available, save it.

Exercises on the left are added to the agenda in the middle; rows are moved
by drag or Alt+Up / Alt+Down, removed with Delete, and any step's (or
break's) length is changed in the box under the agenda. A start time gives
every row its clock time; the line at the top says whether the agenda fits
the time the room is booked for, and by how much it does not. The agenda is
saved as a plan file in the trainer's library, or a session is started from
it straight away. The plan maths is `core.plan_edit` and `core.agenda`.

Every change to the agenda can be taken back: the window's Undo and Redo
(Ctrl+Z, Ctrl+Shift+Z) act on the planner while it is on screen, and on the
session everywhere else. A run of changes to one field (the arrows of a
length box, the clock times) is one step back, as in a text editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.core import plan_edit
from workshop.core.agenda import Agenda, available_between, build_agenda, format_clock_minutes
from workshop.core.durations import format_minutes
from workshop.core.history import UNDO_LIMIT, Snapshot, SnapshotHistory
from workshop.core.templates import ExerciseTemplate, Plan, PlanBreak, PlanExercise
from workshop.library.catalog import Library
from workshop.library.plan_writer import SUFFIX, plan_id_for, save_plan
from workshop.ui.planner.planner_tree import PlannerTree
from workshop.ui.shell.hotkeys import make_action
from workshop.ui.widgets.action_button import ActionButton

ExerciseRole = Qt.ItemDataRole.UserRole + 1
NEW_PLAN_ID = "new-agenda"


@dataclass(frozen=True)
class Draft:
    """The agenda as it was before a change: what Undo puts back."""

    plan: Plan
    chosen: tuple[int, str] | None
    title: str | None = None  # only a change that replaced the title (a plan started from)


def empty_plan() -> Plan:
    title = QCoreApplication.translate("PlannerPage", "New agenda")
    return Plan(NEW_PLAN_ID, title, (), start="09:00", available=3 * 3600)


class PlannerPage(QWidget):
    """Compose, time and save an agenda; `startRequested(plan)` to run it."""

    closeRequested = Signal()
    planSaved = Signal(Path)
    startRequested = Signal(object)  # Plan
    historyChanged = Signal()  # what Undo and Redo would do has changed

    def __init__(self, library: Library, plans_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerPage")
        self._library = library
        self._templates: dict[str, ExerciseTemplate] = {}
        self.plans_dir = Path(plans_dir)
        self.plan = empty_plan()
        self.history: SnapshotHistory[Draft] = SnapshotHistory(UNDO_LIMIT)
        self._build_actions()
        self._build_widgets()
        self._build_layout()
        self.set_library(library)
        self.load_plan(empty_plan())

    # -- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        tr = self.tr
        self.add_exercise_action = self._action("planner_add_exercise", tr("&Add to agenda"),
                                                self.add_exercise)
        self.add_break_action = self._action("planner_add_break", tr("Add &break"), self.add_break)
        self.remove_action = self._action("planner_remove", tr("&Remove"), self.remove_chosen)
        self.move_up_action = self._action("planner_move_up", tr("Move &up"), lambda: self.move_chosen(-1))
        self.move_down_action = self._action("planner_move_down", tr("Move &down"),
                                             lambda: self.move_chosen(1))
        self.save_action = self._action("planner_save", tr("&Save plan…"), self.save)

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = make_action(self, name, text, slot=slot)  # type: ignore[arg-type]
        # Only while the planner is on screen: the same keys may mean something elsewhere.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_widgets(self) -> None:
        tr = self.tr
        self.heading = QLabel(tr("Plan an agenda"), self)
        self.heading.setProperty("role", "heading")
        font = QFont(self.heading.font())
        font.setPixelSize(28)
        font.setWeight(QFont.Weight.Bold)
        self.heading.setFont(font)
        self.back_button = self._button("plannerBack", tr("Back"),
                                        tr("Leave the planner; the agenda stays until you start another"))
        self.back_button.clicked.connect(self.closeRequested)

        self.start_from = QComboBox(self)
        self.start_from.setObjectName("plannerStartFrom")
        self.start_from.setAccessibleName(tr("Start from"))
        self.start_from.setToolTip(tr("Begin with an empty agenda or a copy of a plan from the library"))
        self.start_from.activated.connect(self._start_from_chosen)
        self.title = QLineEdit(self)
        self.title.setObjectName("plannerTitle")
        self.title.setAccessibleName(tr("Agenda title"))
        self.title.setToolTip(tr("The plan's name; its file name is made from it"))
        self.starts_at = self._time_edit("plannerStart", tr("Starts at"),
                                         tr("When the workshop begins: each clock time counts from it"))
        self.room_until = self._time_edit("plannerEnd", tr("Room until"),
                                          tr("When the time available ends: the agenda must fit before it"))
        self.starts_at.timeChanged.connect(self._times_changed)
        self.room_until.timeChanged.connect(self._times_changed)

        self.budget = QLabel(self)
        self.budget.setObjectName("plannerBudget")
        self.budget.setAccessibleName(tr("Does the agenda fit"))
        self.budget.setToolTip(tr("The agenda's total against the time from the start to the end of "
                                  "the room"))
        self.budget.setWordWrap(True)
        self.budget.setTextFormat(Qt.TextFormat.PlainText)
        budget_font = QFont(self.budget.font())
        budget_font.setPixelSize(20)
        self.budget.setFont(budget_font)

        self.exercises = QListWidget(self)
        self.exercises.setObjectName("plannerExercises")
        self.exercises.setAccessibleName(tr("Exercises in the library"))
        self.exercises.setToolTip(tr("Double-click or press Enter to add an exercise after the chosen line"))
        self.exercises.setWordWrap(True)
        self.exercises.itemActivated.connect(lambda _item: self.add_exercise())
        self.exercise_summary = QLabel(self)
        self.exercise_summary.setObjectName("plannerExerciseSummary")
        self.exercise_summary.setProperty("role", "muted")
        self.exercise_summary.setWordWrap(True)
        self.exercise_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.exercises.currentItemChanged.connect(self._show_exercise_summary)

        self.tree = PlannerTree(self)
        self.tree.moveRequested.connect(self._move)
        self.tree.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.tree.itemDoubleClicked.connect(lambda *_: self.length.setFocus())

        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("plannerChosen")
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        self.length = QSpinBox(self)
        self.length.setObjectName("plannerLength")
        self.length.setAccessibleName(tr("Length in minutes"))
        self.length.setToolTip(tr("The length of the chosen step or break, in minutes"))
        self.length.setRange(0, 600)
        self.length.setSpecialValueText("—")  # 0: nothing chosen that has a length
        self.length.setSuffix(tr(" min"))
        self.length.setMinimumWidth(110)
        self.length.setKeyboardTracking(False)  # typed digits apply on Enter; arrows at once
        self.length.valueChanged.connect(self._length_changed)
        self.break_title = QLineEdit(self)
        self.break_title.setObjectName("plannerBreakTitle")
        self.break_title.setAccessibleName(tr("Break title"))
        self.break_title.setToolTip(tr("What the agenda calls this break, e.g. Coffee or Lunch"))
        self.break_title.editingFinished.connect(self._break_title_changed)

        self.start_button = self._button("plannerStartSession", tr("Start a session…"),
                                         tr("Create a session file from this agenda and run it"), "primary")
        self.start_button.clicked.connect(lambda: self.startRequested.emit(self.current_plan()))

    def _button(self, name: str, text: str, tip: str, role: str = "big") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.setProperty("role", role)
        return button

    def _time_edit(self, name: str, accessible: str, tip: str) -> QTimeEdit:
        edit = QTimeEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(tip)
        edit.setDisplayFormat("HH:mm")
        edit.setWrapping(True)
        edit.setMinimumWidth(110)
        return edit

    def _build_layout(self) -> None:
        tr = self.tr
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back_button)

        form = QHBoxLayout()
        fields = QFormLayout()
        fields.addRow(tr("Start &from"), self.start_from)
        fields.addRow(tr("&Title"), self.title)
        times = QFormLayout()
        times.addRow(tr("Starts &at"), self.starts_at)
        times.addRow(tr("Room &until"), self.room_until)
        form.addLayout(fields, 3)
        form.addSpacing(24)
        form.addLayout(times, 1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self._eyebrow(tr("Exercises")))
        left_layout.addWidget(self.exercises, 1)
        left_layout.addWidget(self.exercise_summary)
        left_layout.addWidget(ActionButton(self.add_exercise_action, left, role="primary"))

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(8, 0, 0, 0)
        centre_layout.addWidget(self._eyebrow(tr("Agenda")))
        centre_layout.addWidget(self.tree, 1)
        edit_row = QHBoxLayout()
        for action in (self.move_up_action, self.move_down_action, self.remove_action, self.add_break_action):
            edit_row.addWidget(ActionButton(action, centre))
        edit_row.addStretch(1)
        centre_layout.addLayout(edit_row)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen_label, 1)
        self.length_label = QLabel(tr("&Length"), centre)
        self.length_label.setBuddy(self.length)
        chosen_row.addWidget(self.length_label)
        chosen_row.addWidget(self.length)
        self.break_title_label = QLabel(tr("Break &name"), centre)
        self.break_title_label.setBuddy(self.break_title)
        chosen_row.addWidget(self.break_title_label)
        chosen_row.addWidget(self.break_title)
        centre_layout.addLayout(chosen_row)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(centre)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(ActionButton(self.save_action, self))
        bottom.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.budget)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def _eyebrow(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "eyebrow")
        return label

    # -- the library --------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        """Offer the library's valid exercises and plans."""
        self._library = library
        # Exercises the draft already uses stay known even if their file went away meanwhile.
        used = {item.exercise for item in self.plan.items if isinstance(item, PlanExercise)}
        kept = {key: template for key, template in self._templates.items() if key in used}
        self._templates = {**kept, **library.exercises}
        self.exercises.clear()
        for template in sorted(library.exercises.values(), key=lambda t: t.title.lower()):
            item = QListWidgetItem(self.tr("{title} · {length}").format(
                title=template.title, length=format_minutes(template.duration)))
            item.setData(ExerciseRole, template.id)
            item.setToolTip(template.summary)
            self.exercises.addItem(item)
        if self.exercises.count():
            self.exercises.setCurrentRow(0)
        self.start_from.clear()
        self.start_from.addItem(self.tr("Empty agenda"), "")
        for plan_id, plan in sorted(library.plans.items(), key=lambda kv: kv[1].title.lower()):
            self.start_from.addItem(plan.title, plan_id)
        self.start_from.setCurrentIndex(max(0, self.start_from.findData(self.plan.id)))

    def _start_from_chosen(self, _index: int) -> None:
        plan_id = self.start_from.currentData()
        plan = self._library.plans.get(plan_id) if plan_id else None
        self._remember(self.tr("Start from “{plan}”").format(plan=plan.title) if plan
                       else self.tr("Empty the agenda"), keep_title=True)
        self.load_plan(plan or empty_plan())

    def _show_exercise_summary(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        template = self._templates.get(current.data(ExerciseRole)) if current else None
        self.exercise_summary.setText(template.summary if template else "")

    # -- the plan -------------------------------------------------------------------------------

    def load_plan(self, plan: Plan) -> None:
        """Make `plan` the agenda being planned."""
        self.plan = plan
        self.title.setText(plan.title)
        listed = self.start_from.findData(plan.id)
        self.start_from.setCurrentIndex(listed if listed >= 0 and plan.id in self._library.plans else 0)
        start = plan.start or "09:00"
        available = plan.available or self._agenda().total or 3 * 3600
        for edit, text in ((self.starts_at, start),
                           (self.room_until, self._clock_after(start, available))):
            edit.blockSignals(True)
            edit.setTime(QTime.fromString(text, "HH:mm"))
            edit.blockSignals(False)
        self.plan = plan_edit.set_times(plan, start, available)
        self._refresh(select=(0, "") if plan.items else None)

    # -- undo and redo ------------------------------------------------------------------------

    def _remember(self, label: str, merge: str = "", *, keep_title: bool = False) -> None:
        """Call before changing the agenda: keep it as it is for Undo."""
        title = self.title.text() if keep_title else None
        if self.history.remember(label, Draft(self.plan, self.tree.chosen(), title), merge):
            self.historyChanged.emit()

    def undo_state(self) -> tuple[str | None, str | None]:
        """What Undo and Redo would do, by name; None for nothing."""
        return self.history.undo_label, self.history.redo_label

    def undo(self) -> None:
        self._step(self.history.next_undo(), self.history.undo)

    def redo(self) -> None:
        self._step(self.history.next_redo(), self.history.redo)

    def _step(self, coming: Snapshot[Draft] | None, step: Callable[[Draft], Draft | None]) -> None:
        if coming is None:
            return
        # The title goes back and forth only with the changes that replaced it.
        title = self.title.text() if coming.value.title is not None else None
        draft = step(Draft(self.plan, self.tree.chosen(), title))
        if draft is not None:
            self._put_back(draft)
            self.historyChanged.emit()

    def _put_back(self, draft: Draft) -> None:
        self.plan = draft.plan
        if draft.title is not None:
            self.title.setText(draft.title)
        start = draft.plan.start or "09:00"
        for edit, text in ((self.starts_at, start),
                           (self.room_until, self._clock_after(start, draft.plan.available))):
            edit.blockSignals(True)
            edit.setTime(QTime.fromString(text, "HH:mm"))
            edit.blockSignals(False)
        listed = self.start_from.findData(draft.plan.id)
        self.start_from.setCurrentIndex(listed if listed >= 0 and draft.plan.id in self._library.plans else 0)
        chosen = draft.chosen
        if chosen is not None and chosen[0] >= len(draft.plan.items):
            chosen = None
        self._refresh(chosen)

    def current_plan(self) -> Plan:
        """The agenda with the title typed; its id is made from the title."""
        title = self.title.text().strip() or empty_plan().title
        return replace(self.plan, id=plan_id_for(title), title=title)

    def agenda(self) -> Agenda:
        return self._agenda()

    def _agenda(self) -> Agenda:
        return build_agenda(self.plan, self._templates)

    @staticmethod
    def _clock_after(start: str, seconds: int) -> str:
        hours, minutes = (int(part) for part in start.split(":"))
        return format_clock_minutes(hours * 60 + minutes + seconds // 60)

    def _change(self, plan: Plan, select: tuple[int, str] | None) -> None:
        self.plan = plan
        self._refresh(select)

    def _refresh(self, select: tuple[int, str] | None = None) -> None:
        agenda = self._agenda()
        self.tree.show_agenda(agenda, self.plan.start, select)
        self._show_budget(agenda)
        self._show_chosen()

    def _show_budget(self, agenda: Agenda) -> None:
        tr = self.tr
        plan = self.plan
        if not agenda.items:
            text, level = tr("Add exercises from the list on the left: Enter or double-click adds one."), \
                "neutral"
        else:
            total = agenda.total
            end = agenda.end_time(plan.start)
            room_end = self._clock_after(plan.start, plan.available)
            over = agenda.overrun(plan.available)
            if not plan.available:
                text, level = tr("{total} planned, {start}–{end}.").format(
                    total=format_minutes(total), start=plan.start, end=end), "neutral"
            elif over > 0:
                text, level = tr("Does not fit: {total} planned for the {available} from {start} to "
                                 "{room_end}, {over} over. Shorten steps or remove something.").format(
                    total=format_minutes(total), available=format_minutes(plan.available), start=plan.start,
                    room_end=room_end, over=format_minutes(over)), "warning"
            else:
                text, level = tr("Fits: {total} planned, {start}–{end}, {spare} to spare before "
                                 "{room_end}.").format(total=format_minutes(total), start=plan.start, end=end,
                            spare=format_minutes(-over), room_end=room_end), "good"
        self.budget.setText(text)
        self.budget.setProperty("level", level)
        self.budget.style().unpolish(self.budget)
        self.budget.style().polish(self.budget)

    @property
    def fits(self) -> bool:
        return self._agenda().overrun(self.plan.available) <= 0

    # -- editing --------------------------------------------------------------------------------

    def _insert_at(self) -> int:
        chosen = self.tree.chosen()
        return chosen[0] + 1 if chosen else len(self.plan.items)

    def add_exercise(self, exercise_id: str | None = None) -> None:
        """Add an exercise (the one chosen in the list by default) after the chosen agenda line."""
        if exercise_id is None:
            item = self.exercises.currentItem()
            if item is None:
                return
            exercise_id = str(item.data(ExerciseRole))
        at = self._insert_at()
        self._remember(self.tr("Add exercise"))
        self._change(plan_edit.add_exercise(self.plan, exercise_id, at), (at, ""))

    def add_break(self) -> None:
        at = self._insert_at()
        self._remember(self.tr("Add break"))
        self._change(plan_edit.add_break(self.plan, title=self.tr("Break"), at=at), (at, ""))

    def remove_chosen(self) -> None:
        chosen = self.tree.chosen()
        if chosen is None:
            return
        index = chosen[0]
        self._remember(self.tr("Remove"))
        plan = plan_edit.remove_item(self.plan, index)
        self._change(plan, (min(index, len(plan.items) - 1), "") if plan.items else None)

    def move_chosen(self, delta: int) -> None:
        chosen = self.tree.chosen()
        if chosen is None:
            return
        self._move(chosen[0], chosen[0] + delta, chosen[1])

    def _move(self, index: int, to: int, step: str = "") -> None:
        to = max(0, min(to, len(self.plan.items) - 1))
        if to == index:
            return
        self._remember(self.tr("Move"))
        self._change(plan_edit.move_item(self.plan, index, to), (to, step))

    def set_length(self, index: int, step: str, seconds: int) -> None:
        """A new length for a step of an exercise (`step` its key) or for a break (`step` empty)."""
        item = self.plan.items[index]
        if isinstance(item, PlanBreak):
            plan = plan_edit.set_break(self.plan, index, duration=seconds)
        elif isinstance(item, PlanExercise) and step:
            template = self._templates[item.exercise]
            plan = plan_edit.set_step_duration(self.plan, index, step, seconds, template)
        else:
            return
        if plan == self.plan:
            return
        self._remember(self.tr("Change length"), f"length {index} {step}")
        self._change(plan, (index, step))

    def _length_changed(self, minutes: int) -> None:
        chosen = self.tree.chosen()
        if minutes <= 0:
            return
        if chosen is not None and self.length.isEnabled():
            self.set_length(chosen[0], chosen[1], minutes * 60)

    def _break_title_changed(self) -> None:
        chosen = self.tree.chosen()
        if chosen is None or not isinstance(self.plan.items[chosen[0]], PlanBreak):
            return
        if self.break_title.text().strip() != self.plan.items[chosen[0]].title:  # type: ignore[union-attr]
            self._remember(self.tr("Rename break"))
            self._change(plan_edit.set_break(self.plan, chosen[0], title=self.break_title.text()), chosen)

    def _show_chosen(self) -> None:
        """The length box and break name follow the chosen row."""
        chosen = self.tree.chosen()
        agenda = self._agenda()
        length: int | None = None
        is_break = False
        text = self.tr("Choose a step or a break to change its length.")
        if chosen is not None and chosen[0] < len(agenda.items):
            item = agenda.items[chosen[0]]
            is_break = item.is_break
            if is_break:
                length, text = item.duration, self.tr("Break: {title}").format(title=item.title)
            elif chosen[1]:
                step = next(s for s in item.steps if s.key == chosen[1])
                length, text = step.duration, self.tr("{exercise}: {step}").format(exercise=item.title,
                                                                                    step=step.title)
            else:
                text = self.tr("{exercise}: choose one of its steps to change its length.").format(
                    exercise=item.title)
        self.chosen_label.setText(text)
        self.length.blockSignals(True)
        self.length.setEnabled(length is not None)
        self.length.setValue(max(1, round(length / 60)) if length else 0)
        self.length.blockSignals(False)
        for widget in (self.break_title, self.break_title_label):
            widget.setVisible(is_break)
        if is_break and chosen is not None:
            self.break_title.setText(agenda.items[chosen[0]].title)
        has_row = chosen is not None
        for action in (self.remove_action, self.move_up_action, self.move_down_action):
            action.setEnabled(has_row)
        self.start_button.setEnabled(bool(self.plan.items))
        self.save_action.setEnabled(bool(self.plan.items))

    def _times_changed(self) -> None:
        start = self.starts_at.time().toString("HH:mm")
        end = self.room_until.time().toString("HH:mm")
        plan = plan_edit.set_times(self.plan, start, available_between(start, end))
        if plan == self.plan:
            return
        self._remember(self.tr("Change times"), "times")
        self.plan = plan
        self._refresh(self.tree.chosen())

    # -- saving ----------------------------------------------------------------------------------

    def default_path(self) -> Path:
        """The trainer's plans folder, the file named after the title."""
        return self.plans_dir / f"{self.current_plan().id}{SUFFIX}"

    def save(self) -> None:
        """Ask where (the trainer's plans folder by default), then save."""
        if not self.plan.items:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the agenda as a plan"),
                                                str(self.default_path()), self.tr("Plans (*.yaml)"))
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> Path | None:
        """Save the plan; the file name becomes its id (made valid if it is not). None on failure."""
        path = Path(path)
        plan_id = plan_id_for(path.stem)
        plan = replace(self.current_plan(), id=plan_id)
        target = path.with_name(f"{plan_id}{SUFFIX}")
        try:
            save_plan(plan, target)
        except OSError as error:
            reason = error.strerror or str(error)
            self._say(self.tr("The plan was not saved: {reason}").format(reason=reason), "warning")
            return None
        self.plan = plan
        self.planSaved.emit(target)
        return target

    def _say(self, text: str, level: str) -> None:
        self.budget.setText(text)
        self.budget.setProperty("level", level)
        self.budget.style().unpolish(self.budget)
        self.budget.style().polish(self.budget)
