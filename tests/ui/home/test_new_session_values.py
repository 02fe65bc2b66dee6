"""The new-session form asks for this group's values (an exercise's parameters) and the file keeps them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import read_back
from tests.ui.home.test_new_session_dialog import fill
from workshop.core.templates import Plan, PlanExercise
from workshop.ui.home.new_session_dialog import NewSessionDialog
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.main_window import MainWindow


def test_a_value_the_plan_does_not_give_must_be_filled_in(qtbot: QtBot, window: MainWindow,
                                                          context: AppContext) -> None:
    draft = Plan("draft", "Draft", (PlanExercise("one-two-four-all"), PlanExercise("closing-round")))
    dialog = NewSessionDialog(context.library, context.sessions_dir, window.create_session, window,
                              plan=draft)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, "Team meeting")
    assert dialog.values.isVisible()
    question = dialog.values.field(0, "question")
    closing = dialog.values.field(1, "closing_question")
    assert question.text() == "" and closing.text() == "What do you take away from this meeting?"
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem.text() == "Fill in “1-2-4-All: The question”: the plan gives it no value."
    qtbot.keyClicks(question, "How might we   greet every guest by name?")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    state = read_back(context.sessions_dir / "team-meeting.workshop")
    item = state.plan.items[0]
    assert isinstance(item, PlanExercise)
    assert item.parameters == {"question": "How might we greet every guest by name?"}
    assert state.agenda.items[0].title == "1-2-4-All: How might we greet every guest by name?"
    assert window.audience.header.eyebrow.text() == "1-2-4-All: How might we greet every guest by name?"


def test_the_plans_values_are_offered_and_can_be_changed(qtbot: QtBot, window: MainWindow,
                                                         context: AppContext) -> None:
    dialog = NewSessionDialog(context.library, context.sessions_dir, window.create_session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.plan.setCurrentIndex(dialog.plan.findText("Team meeting that moves", Qt.MatchFlag.MatchStartsWith))
    assert dialog.values.field(0, "question").text() == "What gets in the way of serving our customers well?"
    assert dialog.values.field(3, "question").text() == "What one change would we make first?"
    dialog.values.field(3, "question").setText("Which change first?")
    fill(qtbot, dialog, "Moves")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    state = read_back(context.sessions_dir / "moves.workshop")
    titles = [item.title for item in state.agenda.items if not item.is_break]
    assert titles[2] == "1-2-4-All: Which change first?"
    first = Qt.MatchFlag.MatchStartsWith
    dialog.plan.setCurrentIndex(dialog.plan.findText("Customer service culture", first))
    assert dialog.values.isHidden()


def test_a_value_typed_stays_when_the_language_changes(qtbot: QtBot, window: MainWindow,
                                                       context: AppContext) -> None:
    draft = Plan("draft", "Draft", (PlanExercise("one-two-four-all"), PlanExercise("closing-round")))
    dialog = NewSessionDialog(context.library, context.sessions_dir, window.create_session, window,
                              plan=draft)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.values.field(0, "question"), "How might we greet every guest?")
    dialog.language.setCurrentIndex(dialog.language.findData("de"))  # the same plan, asked again
    assert dialog.values.field(0, "question").text() == "How might we greet every guest?"
    # A value not typed is the German version's own.
    assert dialog.values.field(1, "closing_question").text() == "Was nehmen Sie aus diesem Meeting mit?"
