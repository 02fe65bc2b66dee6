"""The planner: compose an agenda from the library, fit it into the time available, save it.

Exercises on the left are added to the agenda in the middle; rows are moved
by drag or Alt+Up / Alt+Down, removed with Delete, and any step's (or
break's) length is changed in the box under the agenda. A start time gives
every row its clock time; the line at the top says whether the agenda fits
the time the room is booked for, and by how much it does not. The agenda is
saved as a plan file in the trainer's library, or a session is started from
it straight away. The plan maths is `core.plan_edit` and `core.agenda`.

This page routes the edits to `core.plan_edit`; its parts show them: the
form above (`plan_form`), the line that says whether it fits (`budget_line`),
the exercises to add (`exercise_picker`), the agenda (`planner_tree`), the
chosen row's length and name (`chosen_row`); `draft_history` keeps Undo's.

Every change to the agenda can be taken back: the window's Undo and Redo
(Ctrl+Z, Ctrl+Shift+Z) act on the planner while it is on screen, and on the
session everywhere else. A run of changes to one field (the arrows of a
length box, the clock times) is one step back, as in a text editor.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from workshop.core import plan_edit
from workshop.core.agenda import Agenda, available_between, build_agenda
from workshop.core.exercise_use import ROUND_KEY_MARK
from workshop.core.templates import ExerciseTemplate, Plan, PlanBreak, PlanExercise
from workshop.library.catalog import Library
from workshop.library.plan_writer import SUFFIX, plan_id_for, save_plan
from workshop.ui.language import current_language
from workshop.ui.planner.budget_line import BudgetLine
from workshop.ui.planner.chosen_row import ChosenRow
from workshop.ui.planner.draft_history import Draft, DraftHistory
from workshop.ui.planner.exercise_picker import ExercisePicker
from workshop.ui.planner.plan_form import PlanForm
from workshop.ui.planner.planner_tree import PlannerTree
from workshop.ui.planner.use_row import UseRow
from workshop.ui.shell.hotkeys import make_action
from workshop.ui.widgets.action_button import ActionButton

NEW_PLAN_ID = "new-agenda"


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
        self.history = DraftHistory(self._draft, self._put_back, self.historyChanged.emit)
        self._build_actions()
        self._build_widgets()
        self._build_layout()
        self.set_library(library)
        self.load_plan(empty_plan())

    # -- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.add_exercise_action = self._action("planner_add_exercise", self.tr("&Add to agenda"),
                                                self.add_exercise)
        self.add_break_action = self._action("planner_add_break", self.tr("Add &break"), self.add_break)
        self.remove_action = self._action("planner_remove", self.tr("&Remove"), self.remove_chosen)
        self.move_up_action = self._action(
            "planner_move_up", self.tr("Move &up"), lambda: self.move_chosen(-1)
        )
        self.move_down_action = self._action(
            "planner_move_down", self.tr("Move &down"), lambda: self.move_chosen(1)
        )
        self.save_action = self._action("planner_save", self.tr("&Save plan…"), self.save)

    def _action(self, name: str, text: str, slot: object) -> QAction:
        action = make_action(self, name, text, slot=slot)  # type: ignore[arg-type]
        # Only while the planner is on screen: the same keys may mean something elsewhere.
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_widgets(self) -> None:
        self.heading = QLabel(self.tr("Plan an agenda"), self)
        self.heading.setProperty("role", "heading")
        font = QFont(self.heading.font())
        font.setPixelSize(28)
        font.setWeight(QFont.Weight.Bold)
        self.heading.setFont(font)
        self.back_button = self._button(
            "plannerBack",
            self.tr("Back"),
            self.tr("Leave the planner; the agenda stays until you start another"),
        )
        self.back_button.clicked.connect(self.closeRequested)

        self.form = PlanForm(self)
        self.form.startFromChosen.connect(self._start_from_chosen)
        self.form.timesChanged.connect(self._times_changed)
        # The form's boxes, by the names the planner has always had for them.
        self.start_from, self.title = self.form.start_from, self.form.title
        self.starts_at, self.room_until = self.form.starts_at, self.form.room_until

        self.budget = BudgetLine(self)

        self.picker = ExercisePicker(self)
        self.picker.addRequested.connect(lambda: self.add_exercise())
        self.exercises = self.picker.list

        self.tree = PlannerTree(self)
        self.tree.moveRequested.connect(self._move)
        self.tree.currentItemChanged.connect(lambda *_: self._show_chosen())
        self.tree.itemDoubleClicked.connect(lambda *_: self.length.setFocus())

        self.chosen_row = ChosenRow(self)
        self.chosen_row.lengthChanged.connect(self._length_changed)
        self.chosen_row.breakRenamed.connect(self._break_renamed)
        self.use_row = UseRow(self)  # the chosen exercise's values for this use, and its rounds
        self.use_row.valueChanged.connect(self._value_changed)
        self.use_row.roundsChanged.connect(self._rounds_changed)
        # The row's own boxes, by the names the planner has always had for them.
        self.chosen_label, self.length = self.chosen_row.label, self.chosen_row.length
        self.break_title = self.chosen_row.break_title

        self.start_button = self._button(
            "plannerStartSession",
            self.tr("Start a session…"),
            self.tr("Create a session file from this agenda and run it"),
            "primary",
        )
        self.start_button.clicked.connect(lambda: self.startRequested.emit(self.current_plan()))

    def _button(self, name: str, text: str, tip: str, role: str = "big") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.setProperty("role", role)
        return button

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.back_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self.picker, 1)
        left_layout.addWidget(ActionButton(self.add_exercise_action, left, role="primary"))

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(8, 0, 0, 0)
        eyebrow = QLabel(self.tr("Agenda"), self)
        eyebrow.setProperty("role", "eyebrow")
        centre_layout.addWidget(eyebrow)
        centre_layout.addWidget(self.tree, 1)
        edit_row = QHBoxLayout()
        for action in (self.move_up_action, self.move_down_action, self.remove_action, self.add_break_action):
            edit_row.addWidget(ActionButton(action, centre))
        edit_row.addStretch(1)
        centre_layout.addLayout(edit_row)
        centre_layout.addWidget(self.chosen_row)
        centre_layout.addWidget(self.use_row)

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
        layout.addWidget(self.form)
        layout.addWidget(self.budget)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    # -- the library --------------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        """Offer the library's valid exercises and plans."""
        self._library = library
        # Exercises the draft already uses stay known even if their file went away meanwhile.
        used = {item.exercise for item in self.plan.items if isinstance(item, PlanExercise)}
        kept = {key: template for key, template in self._templates.items() if key in used}
        # In the window's language: the versions of exercises and plans a trainer reads best.
        exercises = library.exercises_in(current_language())
        self._templates = {**kept, **exercises}
        self.picker.show_exercises(exercises)
        self.form.show_plans(library.plans_in(current_language()), self.plan.id)

    def _start_from_chosen(self, plan_id: str) -> None:
        plan = self._library.plans_in(current_language()).get(plan_id) if plan_id else None
        self.history.remember(
            self.tr("Start from “{plan}”").format(plan=plan.title) if plan else self.tr("Empty the agenda"),
            keep_title=True,
        )
        self.load_plan(plan or empty_plan())

    # -- the plan -------------------------------------------------------------------------------

    def load_plan(self, plan: Plan) -> None:
        """Make `plan` the agenda being planned."""
        self.plan = plan
        self.title.setText(plan.title)
        self.form.show_origin(plan.id)
        start = plan.start or "09:00"
        available = plan.available or self._agenda().total or 3 * 3600
        self.form.show_times(start, available)
        self.plan = plan_edit.set_times(plan, start, available)
        self._refresh(select=(0, "") if plan.items else None)

    # -- undo and redo ------------------------------------------------------------------------

    def _draft(self) -> Draft:
        return Draft(self.plan, self.tree.chosen(), self.title.text())

    def undo_state(self) -> tuple[str | None, str | None]:
        """What Undo and Redo would do, by name; None for nothing."""
        return self.history.labels

    def undo(self) -> None:
        self.history.undo()

    def redo(self) -> None:
        self.history.redo()

    def _put_back(self, draft: Draft) -> None:
        self.plan = draft.plan
        if draft.title is not None:
            self.title.setText(draft.title)
        self.form.show_times(draft.plan.start or "09:00", draft.plan.available)
        self.form.show_origin(draft.plan.id)
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

    def _change(self, plan: Plan, select: tuple[int, str] | None) -> None:
        self.plan = plan
        self._refresh(select)

    def _refresh(self, select: tuple[int, str] | None = None) -> None:
        agenda = self._agenda()
        self.tree.show_agenda(agenda, self.plan.start, select)
        self.budget.show_agenda(agenda, self.plan)
        self._show_chosen()

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
            exercise_id = self.picker.chosen_id()
            if exercise_id is None:
                return
        at = self._insert_at()
        self.history.remember(self.tr("Add exercise"))
        self._change(plan_edit.add_exercise(self.plan, exercise_id, at), (at, ""))

    def add_break(self) -> None:
        at = self._insert_at()
        self.history.remember(self.tr("Add break"))
        self._change(plan_edit.add_break(self.plan, title=self.tr("Break"), at=at), (at, ""))

    def remove_chosen(self) -> None:
        chosen = self.tree.chosen()
        if chosen is None:
            return
        index = chosen[0]
        self.history.remember(self.tr("Remove"))
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
        self.history.remember(self.tr("Move"))
        self._change(plan_edit.move_item(self.plan, index, to), (to, step))

    def set_length(self, index: int, step: str, seconds: int) -> None:
        """A new length for a step of an exercise (`step` its key) or for a break (`step` empty)."""
        item = self.plan.items[index]
        if isinstance(item, PlanBreak):
            plan = plan_edit.set_break(self.plan, index, duration=seconds)
        elif isinstance(item, PlanExercise) and step:
            template = self._templates[item.exercise]
            # A round's step ("consult~2") is the template's step: its length is every round's.
            own = step.split(ROUND_KEY_MARK)[0]
            plan = plan_edit.set_step_duration(self.plan, index, own, seconds, template)
        else:
            return
        if plan == self.plan:
            return
        self.history.remember(self.tr("Change length"), f"length {index} {step}")
        self._change(plan, (index, step))

    def _length_changed(self, minutes: int) -> None:
        chosen = self.tree.chosen()
        if chosen is not None:
            self.set_length(chosen[0], chosen[1], minutes * 60)

    def _value_changed(self, key: str, value: str) -> None:
        self._change_use(self.tr("Change a value"), parameter=(key, value))

    def _rounds_changed(self, key: str, count: int) -> None:
        self._change_use(self.tr("Change rounds"), rounds=(key, count))

    def _change_use(self, label: str, **change: tuple[str, str] | tuple[str, int]) -> None:
        chosen = self.tree.chosen()
        item = self.plan.items[chosen[0]] if chosen is not None else None
        if chosen is None or not isinstance(item, PlanExercise):
            return
        plan = plan_edit.set_use(self.plan, chosen[0], self._templates[item.exercise], **change)  # type: ignore[arg-type]
        if plan == self.plan:
            return
        self.history.remember(label)
        self._change(plan, chosen)

    def _break_renamed(self, title: str) -> None:
        chosen = self.tree.chosen()
        if chosen is None or not isinstance(self.plan.items[chosen[0]], PlanBreak):
            return
        if title.strip() != self.plan.items[chosen[0]].title:  # type: ignore[union-attr]
            self.history.remember(self.tr("Rename break"))
            self._change(plan_edit.set_break(self.plan, chosen[0], title=title), chosen)

    def _show_chosen(self) -> None:
        """The box under the agenda and the actions follow the chosen row."""
        chosen = self.tree.chosen()
        self.chosen_row.show_row(self._agenda(), chosen)
        item = self.plan.items[chosen[0]] if chosen is not None and chosen[0] < len(self.plan.items) else None
        use = item if isinstance(item, PlanExercise) else None
        self.use_row.show_use(use, self._templates.get(use.exercise) if use is not None else None)
        for action in (self.remove_action, self.move_up_action, self.move_down_action):
            action.setEnabled(chosen is not None)
        self.start_button.setEnabled(bool(self.plan.items))
        self.save_action.setEnabled(bool(self.plan.items))

    def _times_changed(self, start: str, end: str) -> None:
        plan = plan_edit.set_times(self.plan, start, available_between(start, end))
        if plan == self.plan:
            return
        self.history.remember(self.tr("Change times"), "times")
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
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the agenda as a plan"), str(self.default_path()), self.tr("Plans (*.yaml)")
        )
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> Path | None:
        """Save the plan; the file name becomes its id (made valid if it is not). None on failure."""
        path = Path(path)
        language = self.plan.language
        # A version in another language is named <id>.<language>.yaml: the id is what comes before.
        marked = bool(language) and path.stem.endswith(f".{language}")
        plan_id = plan_id_for(path.stem.removesuffix(f".{language}") if marked else path.stem)
        plan = replace(self.current_plan(), id=plan_id)
        target = path.with_name(f"{plan_id}.{language}{SUFFIX}" if marked else f"{plan_id}{SUFFIX}")
        try:
            save_plan(plan, target)
        except OSError as error:
            reason = error.strerror or str(error)
            self.budget.say(self.tr("The plan was not saved: {reason}").format(reason=reason), "warning")
            return None
        self.plan = plan
        self.planSaved.emit(target)
        return target
