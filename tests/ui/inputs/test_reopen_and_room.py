"""Closing and reopening keeps everything every panel shows; the wall shows it large, never hidden cards."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import open_door, place, undo_steps
from workshop.core.commands import (
    AddAction,
    AddCandidate,
    AddCard,
    ChooseCandidate,
    CreateCluster,
    MoveCard,
    SetAnswer,
    SetRating,
    SetVotes,
)
from workshop.core.session import Target
from workshop.core.templates import InputKind
from workshop.ui.inputs.panel import InputPanel
from workshop.ui.inputs.panels import PANELS
from workshop.ui.room.views import ROOM_VIEWS
from workshop.ui.shell.controller import SessionController

STEPS = {
    InputKind.NOTES: ("keep-it-alive", "write"),
    InputKind.VOTE: ("keep-it-alive", "vote"),
    InputKind.RATING: ("words-test", "rate"),
    InputKind.STATEMENT: ("keep-it-alive", "commit"),
    InputKind.QUESTIONS: ("keep-it-alive", "check"),
    InputKind.ACTIONS: ("keep-it-alive", "actions"),
}


def fill(door: SessionController) -> None:
    """Some of everything, as a morning in the room leaves it."""
    item, write = place(door.state, "keep-it-alive", "write")
    door.execute(AddCard(item, write, "Every guest feels remembered", colour="pink", author="Ana"))
    door.execute(AddCard(item, write, "Not for the room yet", hidden=True))
    door.execute(AddCard(item, write, "Fix it before they ask"))
    door.execute(CreateCluster(item, write, "People"))
    door.execute(MoveCard(1, "", 1, 1.0))
    door.execute(SetVotes(item, "vote", Target.cluster(1), None, 4))
    door.execute(SetVotes(item, "vote", Target.card(2), "Ben", 2))
    rate_item, rate = place(door.state, "words-test", "rate")
    door.execute(SetRating(rate_item, rate, 0, "Ana", 4))
    door.execute(SetRating(rate_item, rate, 0, "Ben", 2))
    door.execute(AddCandidate(item, "commit", {"directive": "Remember every guest"}))
    door.execute(ChooseCandidate(item, "commit", 1))
    door.execute(SetAnswer(item, "check", 0, "Not yet.\nMonday."))
    door.execute(AddAction(item, "actions", "Tell the night team", "Sam", date(2026, 12, 4)))


def shown(panel: InputPanel) -> str:
    """What a console panel shows, as text (enough to compare two sessions' screens)."""
    from workshop.ui.inputs.actions_panel import ActionsPanel
    from workshop.ui.inputs.notes_board import NotesBoard
    from workshop.ui.inputs.questions_panel import QuestionsPanel
    from workshop.ui.inputs.rating_grid import RatingGrid
    from workshop.ui.inputs.statement_panel import StatementPanel
    from workshop.ui.inputs.vote_panel import VotePanel

    if isinstance(panel, NotesBoard):
        return repr([(row.kind, row.card or row.cluster) for model in panel.models for row in model.rows()])
    if isinstance(panel, VotePanel):
        return repr(panel.model.rows())
    if isinstance(panel, RatingGrid):
        model = panel.model
        return repr([[model.index(r, c).data() for c in range(model.columnCount())]
                     for r in range(model.rowCount())])
    if isinstance(panel, StatementPanel):
        return panel.chosen.text() + repr([panel.candidates.item(n).text()
                                          for n in range(panel.candidates.count())])
    if isinstance(panel, QuestionsPanel):
        return repr([box.toPlainText() for box in panel.answers])
    assert isinstance(panel, ActionsPanel)
    model = panel.model
    return repr([[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())])


def screens(qtbot: QtBot, door: SessionController) -> dict[InputKind, tuple[str, str]]:
    """Each kind's console panel and room view, as text."""
    found = {}
    for kind, (exercise, step) in STEPS.items():
        item, key = place(door.state, exercise, step)
        panel = PANELS[kind](door)
        room = ROOM_VIEWS[kind](door)
        assert panel is not None and room is not None
        qtbot.addWidget(panel)
        qtbot.addWidget(room)
        room.resize(1920, 1080)
        panel.show_step(item, key)
        room.show_step(item, key)
        found[kind] = (shown(panel), room.visible_text())
    return found


def test_reopening_shows_the_same_on_every_panel_and_wall(qtbot: QtBot, door: SessionController,
                                                          session_path: Path) -> None:
    fill(door)
    before = screens(qtbot, door)
    door.close()  # the app closes, and opens the file again

    again = open_door(session_path)
    try:
        after = screens(qtbot, again)
    finally:
        again.close()

    assert after == before
    assert "Not for the room yet" not in "".join(room for _console, room in after.values())
    assert "Not for the room yet" in after[InputKind.NOTES][0]


def test_undo_all_then_redo_all_gives_the_same_screens(qtbot: QtBot, door: SessionController) -> None:
    fill(door)
    before = screens(qtbot, door)
    steps = undo_steps(door)
    for _ in range(steps):
        door.undo()
    assert door.state.cards == [] and door.state.votes == [] and door.state.actions == []
    for _ in range(steps):
        door.redo()
    assert door.failures == []
    assert screens(qtbot, door) == before


def test_the_wall_is_large_and_plain(qtbot: QtBot, door: SessionController) -> None:
    """At 1920 x 1080 with 39 px body text (what the audience window asks for)."""
    fill(door)
    for kind, (exercise, step) in STEPS.items():
        room = ROOM_VIEWS[kind](door)
        assert room is not None
        qtbot.addWidget(room)
        room.resize(1800, 900)
        room.set_base_px(39)
        room.show_step(*place(door.state, exercise, step))
        room.show()
        qtbot.waitExposed(room)
        image = room.grab()
        assert not image.isNull()
        for label in room.findChildren(QWidget):
            font = label.font()
            if hasattr(label, "text") and label.isVisible() and label.text():
                assert font.pixelSize() >= 26, f"{kind}: {label.text()!r} at {font.pixelSize()} px"
        room.close()


def test_a_full_board_is_drawn_smaller_rather_than_cut_off(qtbot: QtBot, door: SessionController) -> None:
    from workshop.core.commands import Batch
    from workshop.ui.room.notes import FIT_STEPS, RoomNotes

    item, write = place(door.state, "keep-it-alive", "write")
    room = RoomNotes(door)
    qtbot.addWidget(room)
    room.resize(1800, 900)
    room.set_base_px(39)
    room.show_step(item, write)
    room.show()
    qtbot.waitExposed(room)
    door.execute(Batch(tuple(AddCard(item, write, f"Idea {n} from the group") for n in range(12)), "Some"))
    qtbot.wait(20)
    assert room.fit == 0  # twelve short cards fit at full size

    door.execute(Batch(tuple(AddCard(item, write, f"Another idea {n}") for n in range(40)), "More"))
    qtbot.waitUntil(lambda: room.fit > 0)
    view = room.views[0]
    assert view.content_height() <= view.viewport().height() or room.fit == len(FIT_STEPS) - 1
    door.undo()
    qtbot.waitUntil(lambda: room.fit == 0)
