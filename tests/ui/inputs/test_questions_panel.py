"""Answers: saved as they are typed, one undo per answer typed in one go, on the wall at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import place, reopen, undo_steps
from workshop.ui.inputs.questions_panel import QuestionsPanel
from workshop.ui.room.answers import RoomAnswers
from workshop.ui.shell.controller import SessionController


@pytest.fixture
def panel(qtbot: QtBot, door: SessionController) -> Iterator[QuestionsPanel]:
    """Keep it alive / Test the directive: three questions."""
    panel = QuestionsPanel(door)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show_step(*place(door.state, "keep-it-alive", "check"))
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.close()


def test_each_question_has_its_own_box(panel: QuestionsPanel) -> None:
    assert len(panel.answers) == 3
    assert panel.questions[0].text().startswith("1. Have we told ALL our people")


def test_an_answer_is_saved_after_a_pause_in_typing(qtbot: QtBot, panel: QuestionsPanel,
                                                    door: SessionController,
                                                   session_path: Path) -> None:
    room = RoomAnswers(door)
    qtbot.addWidget(room)
    room.show_step(panel.item, panel.step)
    box = panel.answers[0]
    box.setFocus()
    qtbot.keyClicks(box, "Not yet: the night team")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "<b>has not</b> heard it")

    qtbot.waitUntil(lambda: door.state.answer(panel.item, panel.step, 0) != "", timeout=3000)
    assert reopen(session_path).answers[0].text == "Not yet: the night team\n<b>has not</b> heard it"
    assert "<b>has not</b> heard it" in room.visible_text()


def test_leaving_the_box_saves_at_once_and_undo_takes_the_whole_answer(qtbot: QtBot, panel: QuestionsPanel,
                                                                       door: SessionController) -> None:
    box = panel.answers[1]
    box.setFocus()
    qtbot.keyClicks(box, "Mystery")
    panel.flush()
    qtbot.keyClicks(box, " guests every month")
    panel.answers[2].setFocus()  # focus out: saved
    assert door.state.answer(panel.item, panel.step, 1) == "Mystery guests every month"
    assert undo_steps(door) == 1  # the two saves of one answer are one undo

    door.undo()
    assert door.state.answers == []
    assert box.toPlainText() == ""
    door.redo()
    assert box.toPlainText() == "Mystery guests every month"


def test_hiding_the_panel_saves_what_was_typed(qtbot: QtBot, panel: QuestionsPanel,
                                               door: SessionController) -> None:
    panel.answers[2].setFocus()
    qtbot.keyClicks(panel.answers[2], "Training moves us nearer")
    panel.hide()
    assert door.state.answer(panel.item, panel.step, 2) == "Training moves us nearer"


def test_answers_on_the_wall_are_as_large_as_fits(qtbot: QtBot, panel: QuestionsPanel,
                                                  door: SessionController) -> None:
    from workshop.core.commands import SetAnswer

    room = RoomAnswers(door)
    qtbot.addWidget(room)
    room.set_base_px(30)
    room.resize(1200, 450)
    room.show()
    room.show_step(panel.item, panel.step)
    door.execute(SetAnswer(panel.item, panel.step, 0, "Mostly yes."))
    assert room.factor == 1.0  # short answers: full size
    long_answer = "The desk team knows it by heart; the kitchen and the night team have not heard it. " * 4
    for number in range(3):
        door.execute(SetAnswer(panel.item, panel.step, number, long_answer))
    assert room.factor < 1.0
    assert room._needs() <= room.height()  # all of it on the wall
    assert room.overflows()  # and the window is asked for more room


def test_answers_from_phones_are_counted_never_put_in_the_groups_box(qtbot: QtBot, panel: QuestionsPanel,
                                                                    door: SessionController) -> None:
    from workshop.core.commands import SetAnswer

    room = RoomAnswers(door)
    qtbot.addWidget(room)
    room.show_step(panel.item, panel.step)
    door.execute(SetAnswer(panel.item, panel.step, 0, "Mostly yes."))
    assert panel.from_phones[0].isHidden()
    door.execute(SetAnswer(panel.item, panel.step, 0, "Not the night shift", participant="Phone 1"))
    door.execute(SetAnswer(panel.item, panel.step, 0, "Only managers", participant="Ana"))
    door.execute(SetAnswer(panel.item, panel.step, 2, "Training", participant="Ana"))
    assert [label.text() if not label.isHidden() else "" for label in panel.from_phones] == [
        "2 answers from phones", "", "1 answer from a phone"]
    assert [box.toPlainText() for box in panel.answers] == ["Mostly yes.", "", ""]
    shown = room.visible_text()
    assert "Mostly yes." in shown and "night shift" not in shown and "Training" not in shown
    # Typing the group's answer while a phone answers leaves both as they are.
    box = panel.answers[2]
    box.setFocus()
    qtbot.keyClicks(box, "We train")
    door.execute(SetAnswer(panel.item, panel.step, 2, "Training, more", participant="Ana"))
    assert box.toPlainText() == "We train"
    panel.flush()
    assert door.state.answer(panel.item, panel.step, 2) == "We train"
    assert door.state.answer(panel.item, panel.step, 2, "Ana") == "Training, more"
