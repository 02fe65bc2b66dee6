"""A score typed changes its own cell and its item's summaries in the grid, not the whole grid."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import place
from workshop.core.commands import SetRating
from workshop.ui.inputs.rating_model import AVERAGE, FIRST_PERSON, GROUP, RatingModel
from workshop.ui.shell.controller import SessionController


def test_a_score_changes_its_cell_and_its_row_of_summaries(qtbot: QtBot, door: SessionController) -> None:
    item, step = place(door.state, "words-test", "rate")
    for person, subject in (("Ana", 0), ("Ben", 0), ("Ana", 4)):
        door.execute(SetRating(item, step, subject, person, 3))
    model = RatingModel(door)
    door.changed.connect(lambda _change: model.refresh())
    model.show_step(item, step)
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, _roles=None: changed.append((a.row(), a.column(), b.row(), b.column())))
    model.modelReset.connect(lambda: changed.append((-1, -1, -1, -1)))
    door.execute(SetRating(item, step, 4, "Ben", 5))
    ben = FIRST_PERSON + model.people.index("Ben")
    assert sorted(changed) == [(4, AVERAGE, 4, GROUP), (4, ben, 4, ben)]
