"""The planner: compose an agenda, see its clock times and whether it fits, save it, run it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTime, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workshop import paths
from workshop.core.templates import PlanBreak, PlanExercise
from workshop.library.catalog import load_library
from workshop.library.plan_writer import dump_plan
from workshop.paths import shipped_library
from workshop.ui.home.new_session_dialog import NewSessionDialog
from workshop.ui.planner.planner_page import PlannerPage
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.main_window import MainWindow

PLAN_ID = "customer-service-culture"


def ids(planner: PlannerPage) -> list[str]:
    return [item.exercise if isinstance(item, PlanExercise) else f"break:{item.title}"
            for item in planner.plan.items]


def choose_exercise(planner: PlannerPage, title: str) -> None:
    matches = planner.exercises.findItems(title, Qt.MatchFlag.MatchStartsWith)
    assert matches, title
    planner.exercises.setCurrentItem(matches[0])


def key(qtbot: QtBot, widget: object, text: str) -> None:
    widget.window().activateWindow()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.window().isActiveWindow)  # type: ignore[attr-defined]
    widget.setFocus()  # type: ignore[attr-defined]
    QTest.keySequence(widget, QKeySequence(text))  # type: ignore[arg-type]


def test_compose_an_agenda_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.action_set.planner.trigger()
    planner = window.planner_page
    assert window.pages.currentWidget() is planner
    assert planner.plan.items == ()
    assert "Add exercises" in planner.budget.text()

    # Enter in the exercise list adds the chosen one; Ctrl+Return does the same from anywhere on the page.
    choose_exercise(planner, "The words test")
    key(qtbot, planner.exercises, "Return")
    choose_exercise(planner, "Keep it alive")
    key(qtbot, planner.exercises, "Ctrl+Return")
    assert ids(planner) == ["words-test", "keep-it-alive"]

    # A break after the chosen line (the one just added), then moved up between the two.
    key(qtbot, planner.tree, "Ctrl+B")
    assert ids(planner) == ["words-test", "keep-it-alive", "break:Break"]
    key(qtbot, planner.tree, "Alt+Up")
    assert ids(planner) == ["words-test", "break:Break", "keep-it-alive"]
    key(qtbot, planner.tree, "Alt+Down")
    key(qtbot, planner.tree, "Alt+Up")
    assert planner.tree.chosen() == (1, "")

    # Every line gets its clock time from the start.
    rows = planner.tree.rows()
    assert rows[0] == ("09:00", "The words test", "20 min")
    assert ("09:20", "Break (break)", "15 min") in rows
    assert ("09:35", "Keep it alive: our customer directive", "35 min") in rows

    key(qtbot, planner.tree, "Delete")
    assert ids(planner) == ["words-test", "keep-it-alive"]


def test_changing_a_step_length_moves_every_later_clock_time(qtbot: QtBot, window: MainWindow) -> None:
    planner = window.planner_page
    planner.add_exercise("words-test")
    planner.add_exercise("clear-the-fog")
    words = planner.tree.item_row(0)
    planner.tree.setCurrentItem(words.child(0))  # "Rate the words", 6 min
    assert planner.length.isEnabled() and planner.length.value() == 6
    planner.length.setValue(10)

    assert planner.plan.items[0] == PlanExercise("words-test", {"rate": 600})
    assert planner.tree.rows()[0] == ("09:00", "The words test", "24 min")
    assert ("09:24", "Clear the fog", "10 min") in planner.tree.rows()
    assert planner.tree.chosen() == (0, "rate")  # still on the step just changed

    # An exercise row has no length of its own to type: its steps do.
    planner.tree.setCurrentItem(planner.tree.item_row(1))
    assert not planner.length.isEnabled()
    assert "choose one of its steps" in planner.chosen_label.text()


def test_a_break_takes_a_length_and_a_name(qtbot: QtBot, window: MainWindow) -> None:
    planner = window.planner_page
    planner.add_exercise("words-test")
    planner.add_break()
    assert planner.tree.chosen() == (1, "")
    assert planner.break_title.isVisibleTo(planner)
    planner.length.setValue(30)
    planner.break_title.setText("Lunch")
    planner.break_title.editingFinished.emit()
    assert planner.plan.items[1] == PlanBreak(1800, "Lunch")


def test_the_budget_says_clearly_when_it_does_not_fit_and_by_how_much(qtbot: QtBot,
                                                                      window: MainWindow) -> None:
    planner = window.planner_page
    planner.load_plan(window.context.library.plans[PLAN_ID])  # 3 h 6 min, room 09:00-12:15
    assert planner.fits
    assert planner.budget.text().startswith("Fits: 3 h 6 min planned, 09:00–12:06, 9 min to spare")
    assert planner.budget.property("level") == "good"

    planner.room_until.setTime(QTime(12, 0))
    assert not planner.fits
    assert planner.budget.property("level") == "warning"
    assert planner.budget.text().startswith(
        "Does not fit: 3 h 6 min planned for the 3 h from 09:00 to 12:00, 6 min over.")

    planner.starts_at.setTime(QTime(8, 30))  # earlier start, same end: 3 h 30 min available
    assert planner.fits
    assert planner.tree.rows()[0][0] == "08:30"


def test_reorder_by_dragging(qtbot: QtBot, window: MainWindow) -> None:
    planner = window.planner_page
    for exercise in ("words-test", "virtuous-circle", "clear-the-fog"):
        planner.add_exercise(exercise)
    window.show_planner()
    tree = planner.tree
    first, last = tree.item_row(0), tree.item_row(2)
    tree.setCurrentItem(first)  # the row being dragged
    below_last = tree.visualItemRect(last.child(last.childCount() - 1)).bottomLeft() + QPoint(20, -2)

    assert tree.handle_drop(below_last, source=tree)
    qtbot.waitUntil(lambda: ids(planner) == ["virtuous-circle", "clear-the-fog", "words-test"], timeout=2000)
    assert tree.chosen() == (2, "")

    # Dropped on the upper half of the first row: to the top.
    tree.setCurrentItem(tree.item_row(2).child(1))  # a step drags its whole exercise
    assert tree.handle_drop(tree.visualItemRect(tree.item_row(0)).topLeft() + QPoint(20, 1), source=tree)
    qtbot.waitUntil(lambda: ids(planner) == ["words-test", "virtuous-circle", "clear-the-fog"], timeout=2000)
    # A drop from elsewhere (another list, another app) is refused.
    assert not tree.handle_drop(QPoint(5, 5), source=planner.exercises)


def test_save_writes_a_plan_the_library_loads_back(qtbot: QtBot, window: MainWindow,
                                                   context: AppContext) -> None:
    planner = window.planner_page
    planner.load_plan(context.library.plans[PLAN_ID])
    planner.title.setText("Our away day")
    planner.tree.setCurrentItem(planner.tree.item_row(0).child(1))  # "Evidence"
    planner.length.setValue(12)
    planner.tree.setCurrentItem(planner.tree.item_row(3))  # the first coffee
    planner.remove_chosen()
    planner.room_until.setTime(QTime(12, 30))

    with qtbot.waitSignal(planner.planSaved) as saved:
        path = planner.save_to(planner.default_path())

    assert path == paths.user_library() / "plans" / "our-away-day.yaml"
    assert saved.args == [path]
    text = path.read_text(encoding="utf-8")
    assert text == dump_plan(planner.plan)
    assert 'start: "09:00"' in text and "available: 3h30m" in text
    assert "durations: {evidence: 12m}" in text

    reread = load_library([shipped_library(), paths.user_library()])
    assert reread.problems == []
    assert reread.plans["our-away-day"] == planner.plan
    # The app's library knows it at once: the new-session dialog offers it.
    assert "our-away-day" in context.library.plans
    assert "Plan saved" in window.message_bar.text


def test_start_a_session_from_the_agenda(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    planner = window.planner_page
    window.show_planner()
    planner.add_exercise("keep-it-alive")
    planner.title.setText("Just the directive")
    seen: list[str] = []

    def fill_in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewSessionDialog)
        seen.append(dialog.plan.currentText())
        dialog.title.setText("Directive morning")
        dialog.path.setText(str(tmp_path / "directive-morning.workshop"))
        dialog.accept()

    QTimer.singleShot(0, fill_in_the_dialog)  # the dialog is modal: answer it from the event loop
    with qtbot.waitSignal(planner.startRequested) as started:
        qtbot.mouseClick(planner.start_button, Qt.MouseButton.LeftButton)
    plan = started.args[0]
    assert plan.title == "Just the directive" and plan.id == "just-the-directive"
    assert seen == ["Just the directive · 35 min (from the planner)"]  # offered first, chosen

    controller = window.controller
    assert controller is not None
    assert controller.path == tmp_path / "directive-morning.workshop"
    assert controller.state.plan == plan
    assert [item.title for item in controller.state.agenda.items] == ["Keep it alive: our customer directive"]
    assert window.pages.currentWidget() is window.run_page


def test_back_returns_where_the_facilitator_was(window: MainWindow, session_path: Path) -> None:
    window.show_planner()
    window.planner_page.back_button.click()
    assert window.pages.currentWidget() is window.home_page
    window.open_session(session_path)
    window.show_planner()
    window.planner_page.back_button.click()
    assert window.pages.currentWidget() is window.run_page


def test_a_plan_from_the_library_is_a_starting_point(window: MainWindow) -> None:
    planner = window.planner_page
    combo = planner.start_from
    combo.setCurrentIndex(combo.findData(PLAN_ID))
    combo.activated.emit(combo.currentIndex())
    assert planner.plan == window.context.library.plans[PLAN_ID]
    assert planner.title.text() == "Customer service culture"
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert planner.plan.items == ()


def test_a_library_reload_keeps_the_draft_working(window: MainWindow, context: AppContext) -> None:
    planner = window.planner_page
    planner.add_exercise("words-test")
    shipped_only = load_library([shipped_library()])
    for gone in [e for e in shipped_only.entries if e.id == "words-test"]:
        shipped_only.entries.remove(gone)  # as if the files went away (the English and the German)
    planner.set_library(shipped_only)
    assert not planner.exercises.findItems("The words test", Qt.MatchFlag.MatchStartsWith)
    planner.add_break()  # the draft still builds its agenda
    assert planner.tree.rows()[0] == ("09:00", "The words test", "20 min")


def test_every_change_to_the_agenda_can_be_undone_and_redone_by_keyboard(qtbot: QtBot,
                                                                         window: MainWindow) -> None:
    window.action_set.planner.trigger()
    planner = window.planner_page
    undo, redo = window.action_set.undo, window.action_set.redo
    assert not undo.isEnabled() and not redo.isEnabled()
    planner.add_exercise("words-test")
    planner.add_exercise("clear-the-fog")
    planner.add_break()
    planner.tree.setCurrentItem(planner.tree.item_row(0).child(0))  # "Rate the words", 6 min
    for minutes in (7, 8, 9):  # three clicks on the arrow: one change to take back
        planner.length.setValue(minutes)
    planner.move_chosen(1)
    assert ids(planner) == ["clear-the-fog", "words-test", "break:Break"]
    assert undo.isEnabled() and undo.text() == "&Undo Move"

    key(qtbot, planner.tree, "Ctrl+Z")
    assert ids(planner) == ["words-test", "clear-the-fog", "break:Break"]
    assert undo.text() == "&Undo Change length" and redo.text() == "&Redo Move"
    key(qtbot, planner.tree, "Ctrl+Z")
    assert planner.plan.items[0] == PlanExercise("words-test")  # back to 6 min in one step
    assert planner.tree.chosen() == (0, "rate") and planner.length.value() == 6
    key(qtbot, planner.tree, "Ctrl+Z")
    assert ids(planner) == ["words-test", "clear-the-fog"]

    key(qtbot, planner.tree, "Ctrl+Shift+Z")
    key(qtbot, planner.tree, "Ctrl+Y")
    assert planner.plan.items[0] == PlanExercise("words-test", {"rate": 540})
    assert ids(planner) == ["words-test", "clear-the-fog", "break:Break"]

    planner.add_exercise("keep-it-alive")  # a new change: what was undone cannot come back
    assert not redo.isEnabled()
    for _ in range(4):
        planner.undo()
    assert ids(planner) == ["words-test"]


def test_clock_times_and_a_plan_started_from_come_back_too(window: MainWindow) -> None:
    window.show_planner()
    planner = window.planner_page
    planner.add_exercise("words-test")
    planner.title.setText("Our Tuesday")
    for hour in (10, 11, 12):
        planner.starts_at.setTime(QTime(hour, 0))
    assert planner.plan.start == "12:00"
    planner.undo()
    assert planner.plan.start == "09:00" and planner.starts_at.time() == QTime(9, 0)
    assert planner.tree.rows()[0][0] == "09:00"

    combo = planner.start_from
    combo.setCurrentIndex(combo.findData(PLAN_ID))
    combo.activated.emit(combo.currentIndex())
    assert planner.title.text() == "Customer service culture"
    assert window.action_set.undo.text() == "&Undo Start from “Customer service culture”"
    planner.undo()
    assert ids(planner) == ["words-test"] and planner.title.text() == "Our Tuesday"
    assert combo.currentText() == "Empty agenda"  # the box says where the draft came from
    planner.redo()
    assert planner.plan == window.context.library.plans[PLAN_ID]
    assert combo.currentData() == PLAN_ID


def test_undo_in_the_planner_never_touches_the_open_session(qtbot: QtBot, window: MainWindow,
                                                           session_path: Path) -> None:
    assert window.open_session(session_path)
    controller = window.controller
    assert controller is not None
    controller.add_card("A card typed before planning")
    undo = window.action_set.undo
    assert undo.text() == "&Undo Add card"

    window.show_planner()
    assert not undo.isEnabled()  # the planner has nothing to take back yet
    planner = window.planner_page
    planner.add_exercise("words-test")
    key(qtbot, planner.tree, "Ctrl+Z")
    key(qtbot, planner.tree, "Ctrl+Z")  # nothing more in the planner: the card stays
    assert planner.plan.items == ()
    assert [card.text for card in controller.state.cards] == ["A card typed before planning"]

    planner.back_button.click()
    assert window.pages.currentWidget() is window.run_page
    assert undo.isEnabled() and undo.text() == "&Undo Add card"
    undo.trigger()
    assert controller.state.cards == []
