"""Start a new session: plan, title, organisation, facilitator, date, start time, where to save.

The start time is when the day's clock times begin. It offers the plan's
start time, except on the day itself once that time is well past (more
than `LATE_START`): then the next five minutes, so a session made at 16:22
for today starts at 16:25, not 7 hours behind a 09:00 that is gone
(`core.schedule.offered_start`). A time the facilitator picks stays theirs
when the date or plan changes. The plan's own start on the session's
day is kept as "no start of its own" ('' in the file); any other time is
the session's `day_start`.

OK stays disabled until the form is complete; a file that already exists is
never overwritten, and the dialog says so in place. The dialog builds the
session and hands it to `create`, a function from the window that writes the
file; a failure there (a full disk, a folder without rights) is shown in the
dialog, which stays open with everything still filled in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from workshop.core.agenda import build_agenda, clock_minutes
from workshop.core.commands import SetDayStart
from workshop.core.durations import format_minutes
from workshop.core.schedule import day_start_on, offered_start
from workshop.core.session import (
    MAX_NAME_LENGTH,
    MAX_TITLE_LENGTH,
    SessionHeader,
    SessionState,
    build_state,
    check_header,
)
from workshop.core.templates import ExerciseTemplate, Plan
from workshop.library.catalog import Library
from workshop.ui.home.use_values import UseValues
from workshop.ui.language import LANGUAGES, current_language, language_name
from workshop.ui.shell.file_names import SESSION_SUFFIX, session_path, with_suffix

CreateSession = Callable[[Path, SessionState], object]
WallClock = Callable[[], datetime]
DRAFT = "\x00draft"  # the combo's data for the planner's agenda (no plan id can look like it)
def _local_now() -> datetime:
    return datetime.now().astimezone()


def plan_label(plan: Plan, templates: Mapping[str, ExerciseTemplate]) -> str:
    """"Customer service culture · 3 h 6 min" for the plan picker."""
    return f"{plan.title} · {format_minutes(build_agenda(plan, templates).total)}"


class NewSessionDialog(QDialog):
    """The form for a new session; `created_path` is set once the file is written."""

    def __init__(self, library: Library, sessions_dir: Path, create: CreateSession,
                 parent: QWidget | None = None, *, plan: Plan | None = None,
                 now: WallClock = _local_now) -> None:
        super().__init__(parent)
        self.setObjectName("newSessionDialog")
        self.setWindowTitle(self.tr("New session"))
        self.setMinimumWidth(620)
        self._library = library
        self._sessions_dir = sessions_dir
        self._create = create
        self._path_edited = False
        self._now = now
        self._start_edited = False  # a start time the facilitator chose stays theirs
        self.created_path: Path | None = None
        # An agenda from the planner, saved or not, offered first and chosen.
        self._draft = plan

        self.plan = QComboBox(self)
        self.plan.setObjectName("planCombo")
        self.plan.setAccessibleName(self.tr("Plan"))
        self.plan.setToolTip(self.tr("The agenda the session runs; it is copied into the session file"))
        self.title = self._line("titleEdit", self.tr("Title"), self.tr("e.g. Service culture day"),
                                self.tr("The workshop's name, on the PDF's cover (required)"))
        self.organisation = self._line("organisationEdit", self.tr("Organisation"), "",
                                       self.tr("Whose workshop it is, on the PDF's cover"))
        self.facilitator = self._line("facilitatorEdit", self.tr("Facilitator"), "",
                                      self.tr("Who runs it, on the PDF's cover"))
        today = now().date()
        self.date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.date.setObjectName("dateEdit")
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setToolTip(self.tr("The day of the workshop"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("The session's language: the PDF's words and dates, and the "
                                         "exercises' version when the library has one in it"))
        for tag, name in LANGUAGES.items():
            self.language.addItem(name, tag)
        for tag in library.languages():  # a trainer's exercises in a language the window does not speak
            if tag not in LANGUAGES:
                self.language.addItem(language_name(tag), tag)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self._fill_plans()
        self.start = QTimeEdit(self)
        self.start.setObjectName("startEdit")
        self.start.setAccessibleName(self.tr("Start time"))
        self.start.setToolTip(self.tr("When the day starts: the agenda's clock times, and ahead or behind, "
                                      "count from it"))
        self.start.setDisplayFormat("HH:mm")
        self.plan_start = QLabel(self)
        self.plan_start.setObjectName("planStartLabel")
        self.plan_start.setProperty("role", "muted")
        self.plan_start.setTextFormat(Qt.TextFormat.PlainText)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start)
        start_row.addWidget(self.plan_start, 1)
        self.path = self._line("pathEdit", self.tr("Save as"), "",
                               self.tr("The session file; an existing file is never overwritten"))
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.setObjectName("browseButton")
        self.browse.setAccessibleName(self.tr("Browse"))
        self.browse.setToolTip(self.tr("Choose the folder and name of the session file"))
        self.browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)

        self.problem = QLabel(self)
        self.problem.setObjectName("problemLabel")
        self.problem.setProperty("role", "hint")
        self.problem.setProperty("problem", True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Plan"), self.plan)
        form.addRow(self.tr("&Title *"), self.title)
        form.addRow(self.tr("&Organisation"), self.organisation)
        form.addRow(self.tr("&Facilitator"), self.facilitator)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Language"), self.language)
        start_label = QLabel(self.tr("St&art time"), self)
        start_label.setBuddy(self.start)  # a row holding a layout has no buddy of its own
        form.addRow(start_label, start_row)
        save_label = QLabel(self.tr("&Save as"), self)
        save_label.setBuddy(self.path)  # a row holding a layout has no buddy of its own
        form.addRow(save_label, path_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create session"))
        self.ok_button.setAccessibleName(self.tr("Create session"))
        self.ok_button.setToolTip(self.tr("Write the session file and start running it"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Close without creating a session"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.values = UseValues(self)  # this group's question, topic, ...: asked for each exercise

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.values)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.title.textChanged.connect(self._title_changed)
        self.path.textEdited.connect(self._path_typed)
        for signal in (self.title.textChanged, self.path.textChanged, self.plan.currentIndexChanged):
            signal.connect(self._validate)
        self.plan.currentIndexChanged.connect(self._offer_start)
        self.plan.currentIndexChanged.connect(self._ask_values)
        self.values.changed.connect(self._validate)
        self.date.dateChanged.connect(self._offer_start)
        self.start.timeChanged.connect(self._start_typed)
        self.language.currentIndexChanged.connect(self._language_changed)
        # The app's limits, as the session file and an import keep them.
        self.title.setMaxLength(MAX_TITLE_LENGTH)
        self.organisation.setMaxLength(MAX_TITLE_LENGTH)
        self.facilitator.setMaxLength(MAX_NAME_LENGTH)
        self._title_changed(self.title.text())
        self._offer_start()
        self._ask_values()
        self._validate()

    # -- the plans, in the session's language where the library has them in it ------------

    def session_language(self) -> str:
        return self.language.currentData()

    def _plans(self) -> dict[str, Plan]:
        return self._library.plans_in(self.session_language())

    def _templates(self, plan: Plan) -> dict[str, ExerciseTemplate]:
        return self._library.templates_for(plan, self.session_language())

    def _fill_plans(self) -> None:
        """List the plans by their titles in the session's language, keeping the one chosen."""
        chosen = self.plan.currentData()
        self.plan.blockSignals(True)  # one change signalled, once the list is whole
        self.plan.clear()
        if self._draft is not None:
            self.plan.addItem(self.tr("{label} (from the planner)").format(
                label=plan_label(self._draft, self._templates(self._draft))), DRAFT)
        for plan_id, listed in sorted(self._plans().items(), key=lambda kv: kv[1].title.lower()):
            self.plan.addItem(plan_label(listed, self._templates(listed)), plan_id)
        if self.plan.count() == 0:
            self.plan.addItem(self.tr("(no valid plan in the library)"), "")
        self.plan.setEnabled(bool(self.plan.currentData()))
        self.plan.setCurrentIndex(max(0, self.plan.findData(chosen)) if chosen is not None else 0)
        self.plan.blockSignals(False)

    def _language_changed(self) -> None:
        self._fill_plans()
        self._offer_start()
        self._ask_values()

    def _line(self, name: str, accessible: str, placeholder: str, tip: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setToolTip(tip)
        edit.setPlaceholderText(placeholder)
        return edit

    # -- the file name follows the title until the facilitator picks one --------------

    def _title_changed(self, title: str) -> None:
        if not self._path_edited:
            self.path.setText(str(session_path(self._sessions_dir, title.strip() or self.tr("session"))))

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the session as"), self.path.text() or str(self._sessions_dir),
            self.tr("Workshop sessions (*.workshop)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # we refuse existing files ourselves
        if chosen:
            self._path_edited = True
            self.path.setText(str(with_suffix(Path(chosen), SESSION_SUFFIX)))

    # -- the start time follows the date and the plan until the facilitator picks one ---------

    def _chosen_plan(self) -> Plan | None:
        chosen = self.plan.currentData()
        if chosen == DRAFT:
            return self._draft
        return self._plans().get(chosen) if chosen else None

    def _day(self) -> date:
        picked = self.date.date()
        return date(picked.year(), picked.month(), picked.day())

    def _offer_start(self) -> None:
        plan = self._chosen_plan()
        plan_start = plan.start if plan is not None else ""
        self.plan_start.setText(self.tr("the plan starts at {time}").format(time=plan_start)
                                if plan_start else self.tr("the plan names no start time"))
        if self._start_edited:
            return
        offered = offered_start(plan_start, self._day(), self._now())
        self.start.blockSignals(True)  # offered, not chosen
        self.start.setTime(QTime.fromString(offered, "HH:mm"))
        self.start.blockSignals(False)

    def _start_typed(self, _time: QTime) -> None:
        self._start_edited = True

    def day_start(self) -> str:
        """The session's own start as the file keeps it: '' when it is the plan's start time."""
        plan = self._chosen_plan()
        chosen = self.start.time().toString("HH:mm")
        if plan is not None and plan.start and clock_minutes(plan.start) == clock_minutes(chosen):
            return ""
        return day_start_on(self._day(), chosen)

    # -- checking and creating ---------------------------------------------------------------

    def target_path(self) -> Path | None:
        """Where the file will be written; a bare name goes to the sessions folder."""
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._sessions_dir / path
        return with_suffix(path, SESSION_SUFFIX)

    def _ask_values(self) -> None:
        plan = self._chosen_plan()
        self.values.show_plan(plan, self._templates(plan) if plan is not None else {})
        self.adjustSize()
        if hasattr(self, "ok_button"):
            self._validate()

    def _problem_text(self) -> str:
        if not self.plan.currentData():
            return self.tr("There is no valid plan to start from: see the library on the home page.")
        if not self.title.text().strip():
            return self.tr("A session needs a title.")
        missing = self.values.missing()
        if missing:
            return self.tr("Fill in “{value}”: the plan gives it no value.").format(value=missing[0])
        target = self.target_path()
        if target is None:
            return self.tr("Choose where to save the session file.")
        typed = self.path.text().strip()
        if typed.endswith(("/", "\\")) or target.is_dir() or Path(typed).expanduser().is_dir():
            folder = Path(typed).expanduser() if Path(typed).expanduser().is_dir() else target.parent
            return self.tr("{path} is a folder: add a file name.").format(path=folder)
        if target.exists():
            return self.tr("{name} already exists in {folder}. Choose another name: "
                           "an existing session is never overwritten.").format(name=target.name,
                                                                               folder=target.parent)
        return ""

    def _validate(self) -> None:
        problem = self._problem_text()
        # A missing title is not worth a red line before anything was typed.
        quiet = not self.title.text() and problem == self.tr("A session needs a title.")
        self.problem.setText("" if quiet else problem)
        self.ok_button.setEnabled(not problem)

    def session_state(self) -> SessionState:
        chosen = self.plan.currentData()
        plan = self._draft if chosen == DRAFT and self._draft is not None else self._plans()[chosen]
        plan = self.values.applied_to(plan)
        header = check_header(SessionHeader(  # the rules `workshop new` and an import follow too
            title=self.title.text().strip(),
            organisation=self.organisation.text().strip(),
            facilitator=self.facilitator.text().strip(),
            date=self.date.date().toString(Qt.DateFormat.ISODate),
            language=self.language.currentData(),
        ))
        state = build_state(header, plan, self._templates(plan))
        SetDayStart(self.day_start()).apply(state)  # a new session's own start, by the session's rule
        return state

    def accept(self) -> None:
        self._validate()
        target = self.target_path()
        if not self.ok_button.isEnabled() or target is None:
            return
        try:
            self._create(target, self.session_state())
        except OSError as error:  # a folder that cannot be written: said of the folder, in words
            message = self.tr("{folder}: {reason}").format(folder=target.parent,
                                                           reason=error.strerror or type(error).__name__)
            self.problem.setText(self.tr("The session was not created: {reason}").format(reason=message))
            return
        except Exception as error:  # any failure is shown; the form stays filled
            message = getattr(error, "message", None) or str(error)
            self.problem.setText(self.tr("The session was not created: {reason}").format(reason=message))
            return
        self.created_path = target
        super().accept()
