"""A step showing an earlier step's result on the wall and on the console, as the results come in."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import stop_index
from workshop.core.commands import (
    AddCandidate,
    AddCard,
    ChooseCandidate,
    CreateCluster,
    MoveCard,
    SetCardHidden,
    SetVotes,
)
from workshop.core.session import Target
from workshop.ui.shell.main_window import MainWindow

DIRECTIVE = "Treat every customer like family"


def _go(window: MainWindow, exercise: str, step: str) -> None:
    controller = window.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, exercise, step))


def _item(window: MainWindow, exercise: str) -> int:
    state = window.controller.state  # type: ignore[union-attr]
    return next(i.index for i in state.agenda.items if i.exercise and i.exercise.id == exercise)


def test_commit_shows_the_winning_cluster_on_the_wall_and_the_console(qtbot: QtBot,
                                                                       running: MainWindow) -> None:
    wall, console = running.audience.recall, running.run_page.recall
    _go(running, "keep-it-alive", "commit")
    assert wall.visible_text() == console.visible_text() == "No result yet from “Dot vote”"
    assert "No result yet from “Dot vote”" in running.audience.visible_text()

    controller, item = running.controller, _item(running, "keep-it-alive")
    assert controller is not None
    for text in (DIRECTIVE, "Greet by name", "A secret card", "Fix it first"):
        controller.execute(AddCard(item, "write", text))
    for command in (CreateCluster(item, "write", "Family, not customers"),
                    MoveCard(1, "", 1, 1.0), MoveCard(2, "", 1, 2.0), MoveCard(3, "", 1, 3.0),
                    SetCardHidden(3, True),
                    SetVotes(item, "vote", Target.cluster(1), None, 6),
                    SetVotes(item, "vote", Target.card(4), None, 2)):
        controller.execute(command)
    # Changed elsewhere, shown here at once: the winner, its dots and the cards the room may see.
    lines = wall.visible_text().splitlines()
    assert lines[:2] == ["Most dots in “Dot vote”", "Family, not customers"]
    assert lines[2].endswith(f"{DIRECTIVE} · Greet by name") and "A secret card" not in wall.visible_text()
    assert console.visible_text().splitlines()[:2] == lines[:2]
    assert "Family, not customers" in running.audience.visible_text()

    _go(running, "keep-it-alive", "check")  # Test the directive: the same winner
    assert wall.visible_text().splitlines()[1] == "Family, not customers"
    _go(running, "keep-it-alive", "actions")  # recalls nothing: the panel is gone
    assert wall.isHidden() and console.isHidden() and wall.visible_text() == ""


def test_the_purpose_step_shows_the_chosen_directive_of_keep_it_alive(qtbot: QtBot,
                                                                       running: MainWindow) -> None:
    controller, item = running.controller, _item(running, "keep-it-alive")
    assert controller is not None
    _go(running, "purpose-statement", "purpose")
    assert running.audience.recall.visible_text() == (
        "No result yet from “Commit” · Keep it alive: our customer directive")
    controller.execute(AddCandidate(item, "commit", {"directive": DIRECTIVE}))
    assert running.audience.recall.visible_text().startswith("No result yet")  # a candidate is not a choice
    controller.execute(ChooseCandidate(item, "commit", 1))
    assert running.audience.recall.visible_text() == f"Our customer directive\nOur directive: {DIRECTIVE}"
    assert running.run_page.recall.visible_text().splitlines()[0] == "Our customer directive"
    controller.undo()
    assert running.audience.recall.visible_text().startswith("No result yet")


def test_the_recalled_result_leaves_the_wall_to_the_step_at_720p(qtbot: QtBot, running: MainWindow) -> None:
    """Many long winners (a tie) stay within their part of a 1280x720 wall; the rest is counted."""
    controller, item = running.controller, _item(running, "keep-it-alive")
    assert controller is not None
    for number in range(1, 7):
        controller.execute(AddCard(item, "write", f"Directive {number}: " + "a long sentence " * 12))
        controller.execute(SetVotes(item, "vote", Target.card(number), None, 3))
    audience = running.audience
    audience.resize(1280, 720)
    audience.show()
    qtbot.waitExposed(audience)
    _go(running, "keep-it-alive", "commit")
    qtbot.waitUntil(lambda: audience.recall.height() > 0)
    recall, statement = audience.recall, audience.inputs
    assert recall.height() <= round(720 * 0.27)
    assert recall.geometry().bottom() < statement.geometry().top()
    assert statement.geometry().bottom() <= audience.height()
    text = recall.visible_text()
    assert text.splitlines()[0] == "Most dots in “Dot vote”: a tie"
    assert "+ 3 more" in text or "+ 4 more" in text or "+ 5 more" in text


def test_the_console_shows_the_result_above_the_steps_input(qtbot: QtBot, running: MainWindow) -> None:
    controller, item = running.controller, _item(running, "keep-it-alive")
    assert controller is not None
    controller.execute(AddCard(item, "write", DIRECTIVE))
    controller.execute(SetVotes(item, "vote", Target.card(1), None, 4))
    running.resize(1280, 720)
    _go(running, "keep-it-alive", "commit")
    page = running.run_page
    qtbot.waitUntil(lambda: page.recall.isVisible() and page.recall.height() > 0)
    assert page.recall.visible_text().splitlines()[1] == DIRECTIVE
    assert page.recall.height() <= 110
    qtbot.waitUntil(lambda: page.recall.geometry().bottom() < page.inputs.geometry().top())
