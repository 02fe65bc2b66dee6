"""Dot votes: the room's tally typed per card, each person's dots one by one, limits, results."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import place, reopen
from workshop.core.commands import AddCard, CreateCluster, DeleteCard, MoveCard
from workshop.core.session import Target
from workshop.ui.inputs.vote_model import TALLY
from workshop.ui.inputs.vote_panel import VotePanel
from workshop.ui.room.votes import RoomVotes
from workshop.ui.shell.controller import SessionController

CARDS = ("Know every guest's name", "Fix it before they ask", "Say sorry and mean it")


@pytest.fixture
def panel(qtbot: QtBot, door: SessionController) -> Iterator[VotePanel]:
    """Keep it alive / Dot vote (3 dots each) on the cards of its silent-writing step."""
    item, write = place(door.state, "keep-it-alive", "write")
    for text in CARDS:
        door.execute(AddCard(item, write, text))
    panel = VotePanel(door)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show_step(*place(door.state, "keep-it-alive", "vote"))
    panel.show()
    qtbot.waitExposed(panel)
    yield panel
    panel.close()


def totals(panel: VotePanel) -> dict[str, int]:
    return {row.text: row.total for row in panel.model.rows()}


def test_typing_a_number_on_a_card_sets_the_rooms_tally(qtbot: QtBot, panel: VotePanel,
                                                        session_path: Path) -> None:
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.proxy.index(1, 0))
    qtbot.keyClicks(table, "7")
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: totals(panel)["Fix it before they ask"] == 7)

    # Enter moved on to the next card: the next number goes there.
    assert table.currentIndex().row() == 2
    qtbot.keyClicks(table, "2")
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: totals(panel)["Say sorry and mean it"] == 2)
    votes = reopen(session_path).votes
    assert sorted((v.target.id, v.voter, v.count) for v in votes) == [(2, None, 7), (3, None, 2)]
    assert table.model().index(1, TALLY).data() == "7"


def test_one_by_one_each_click_is_a_dot_up_to_the_limit(qtbot: QtBot, panel: VotePanel,
                                                       door: SessionController) -> None:
    panel.set_mode(tally=False)
    panel.voter.setEditText("Ana")
    table = panel.table
    first = table.visualRect(panel.proxy.index(0, 3)).center()
    for _ in range(2):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(panel.proxy.index(2, 3)).center())
    assert totals(panel) == {CARDS[0]: 2, CARDS[1]: 0, CARDS[2]: 1}
    assert panel.left_label.text() == "Ana: 0 of 3 dots left"

    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)  # a fourth dot
    assert totals(panel)[CARDS[0]] == 2
    assert panel.hint.is_problem
    assert panel.hint.text().startswith("Ana has used all 3 dots;")

    # A right-click takes one back; then there is a dot to give again.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.RightButton, pos=first)
    assert totals(panel)[CARDS[0]] == 1
    assert panel.left_label.text() == "Ana: 1 of 3 dots left"
    door.undo()
    assert totals(panel)[CARDS[0]] == 2


def test_keys_give_and_take_dots_one_by_one(qtbot: QtBot, panel: VotePanel) -> None:
    panel.set_mode(tally=False)
    panel.voter.setEditText("Ben")
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(1, 3))
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    qtbot.keyClick(panel.table, Qt.Key.Key_Plus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Minus)
    assert totals(panel)[CARDS[1]] == 1


def test_a_vote_without_a_voter_asks_who(qtbot: QtBot, panel: VotePanel) -> None:
    panel.set_mode(tally=False)
    panel.voter.setEditText("")
    assert not panel.add_dot(0)
    assert panel.hint.text() == "Choose who is voting first."


def test_results_are_sorted_and_a_deleted_card_releases_its_dots(qtbot: QtBot, panel: VotePanel,
                                                                 door: SessionController) -> None:
    room = RoomVotes(door)
    qtbot.addWidget(room)
    room.resize(1600, 900)
    room.show_step(panel.item, panel.step)
    for row, count in ((0, 1), (1, 5), (2, 3)):
        panel.model.set_votes(panel.model.rows()[row].target, None, count)
    assert room.visible_text().splitlines() == [f"5 {CARDS[1]}", f"3 {CARDS[2]}", f"1 {CARDS[0]}"]
    panel.sort_box.setChecked(True)
    assert [panel.proxy.index(r, 3).data() for r in range(3)] == [CARDS[1], CARDS[2], CARDS[0]]

    door.execute(DeleteCard(2))
    assert room.visible_text().splitlines() == [f"3 {CARDS[2]}", f"1 {CARDS[0]}"]
    assert all(vote.target != Target.card(2) for vote in door.state.votes)
    assert panel.summary.text().startswith("4 dots placed")


def test_clusters_are_voted_on_too(qtbot: QtBot, panel: VotePanel, door: SessionController) -> None:
    item, write = place(door.state, "keep-it-alive", "write")
    door.execute(CreateCluster(item, write, "People"))
    door.execute(MoveCard(1, "", 1, 1.0))
    assert panel.model.rows()[0].target == Target.cluster(1)
    assert panel.proxy.index(0, 3).data() == "Cluster: People (1 card)"
    panel.model.set_votes(Target.cluster(1), None, 4)
    room = RoomVotes(door)
    qtbot.addWidget(room)
    room.resize(1600, 900)
    room.show_step(panel.item, panel.step)
    assert room.visible_text().splitlines()[0] == "4 People · 1 card"


def test_a_tally_too_big_is_refused_in_words(qtbot: QtBot, panel: VotePanel) -> None:
    assert not panel.model.setData(panel.model.index(0, TALLY), "1000")
    assert panel.hint.text() == "At most 999 dots fit on one card."


def test_rows_that_do_not_fit_the_wall_are_counted_not_dropped(qtbot: QtBot, panel: VotePanel,
                                                               door: SessionController) -> None:
    item, write = place(door.state, "keep-it-alive", "write")
    for number in range(12):
        door.execute(AddCard(item, write, f"Idea {number}"))
    panel.model.set_votes(panel.model.rows()[0].target, None, 14)
    panel.model.set_votes(panel.model.rows()[5].target, None, 2)
    room = RoomVotes(door)
    qtbot.addWidget(room)
    room.set_base_px(40)
    room.resize(1280, round(room.row_height() * 6))  # room for six lines
    room.show_step(panel.item, panel.step)
    lines = room.visible_text().splitlines()
    assert len(lines) == 6 and lines[:2] == [f"14 {CARDS[0]}", "2 Idea 2"]
    assert lines[-1] == "… and 10 more with no dots"
    # ...and it is painted there, under the last row, not only listed.
    room.show()
    image = room.grab().toImage()
    top, bottom = round(room.more_top()), round(room.more_top() + room.row_height())
    assert bottom <= image.height()
    background = image.pixelColor(image.width() - 2, top + 1)
    assert any(image.pixelColor(x, y) != background
               for y in range(top, bottom, 2) for x in range(0, image.width() // 2, 2))
    room.resize(1280, round(room.row_height() * 2))
    assert room.visible_text().splitlines() == [f"14 {CARDS[0]}", "… and 14 more, 2 dots between them"]


def test_many_dots_stay_clear_of_the_text(qtbot: QtBot, panel: VotePanel, door: SessionController) -> None:
    """14 dots in the room the widest row may take: drawn closer together, never over the words."""
    panel.model.set_votes(panel.model.rows()[0].target, None, 14)
    room = RoomVotes(door)
    qtbot.addWidget(room)
    room.set_base_px(26)  # a 720p projector
    room.resize(1232, 400)
    room.show_step(panel.item, panel.step)
    image = room.grab().toImage()
    accent = room.theme.accent.lower()
    dots_end = room.base_px * 2.4 + room.width() * 0.30
    row = round(room.row_height() / 2)
    drawn = [x for x in range(image.width()) if image.pixelColor(x, row).name() == accent]
    assert drawn and max(drawn) < dots_end


def test_one_voter_is_one_person_not_one_people(qtbot: QtBot, panel: VotePanel) -> None:
    panel.set_mode(tally=False)
    panel.voter.setEditText("Ana")
    assert panel.add_dot(0)
    assert panel.summary.text() == "1 dot placed · 1 person voted one by one · 3 dots each"
    panel.voter.setEditText("Ben")
    assert panel.add_dot(1)
    assert panel.summary.text() == "2 dots placed · 2 people voted one by one · 3 dots each"


@pytest.mark.parametrize(("size", "px"), [((1280, 720), 26), ((1920, 1080), 40)])
def test_the_winning_card_wraps_on_the_wall_never_cut(qtbot: QtBot, panel: VotePanel,
                                                      door: SessionController, size: tuple[int, int],
                                                      px: int) -> None:
    item, write = place(door.state, "keep-it-alive", "write")
    winner = ("Greet every guest by name at the door and tell them what is fresh today, "
              "before they have to ask anyone for help")
    door.execute(AddCard(item, write, winner))
    panel.model.set_votes(panel.model.rows()[-1].target, None, 5)
    panel.model.set_votes(panel.model.rows()[0].target, None, 2)
    room = RoomVotes(door)
    qtbot.addWidget(room)
    room.set_base_px(px)
    room.resize(size[0] - 80, size[1] // 2)
    room.show_step(panel.item, panel.step)
    room.show()
    image = room.grab().toImage()
    best = room.shown()[0]
    lines = room.label_lines(best)
    assert best.text == winner and len(lines) > 1
    assert " ".join(lines) == winner and not any("…" in line for line in lines)
    # Every row, wrapped or not, inside the wall; the next row starts under the winner's lines.
    assert room.more_top() <= room.height()
    # The second line is painted inside the winner's row, where the rows beneath do not reach.
    spacing = QFontMetricsF(room.text_font()).lineSpacing()
    height = room.height_of(best)
    assert height >= len(lines) * spacing
    second = round((height - len(lines) * spacing) / 2 + spacing)
    background = image.pixelColor(image.width() - 2, 1)
    text_left = round(room._columns()[2])
    assert any(image.pixelColor(x, y) != background for y in range(second, round(second + spacing), 2)
               for x in range(text_left, room.width(), 2))


def test_a_cluster_name_too_long_for_three_lines_keeps_its_card_count(qtbot: QtBot, panel: VotePanel,
                                                                     door: SessionController) -> None:
    item, write = place(door.state, "keep-it-alive", "write")
    door.execute(CreateCluster(item, write, " ".join(["Warmth"] * 28)))
    door.execute(MoveCard(1, "", 1, 1.0))
    room = RoomVotes(door)
    qtbot.addWidget(room)
    room.set_base_px(26)
    room.resize(700, 360)
    room.show_step(panel.item, panel.step)
    cluster = next(r for r in room.results if r.target.kind == Target.CLUSTER)
    lines = room.label_lines(cluster)
    assert len(lines) == 3 and lines[-1].endswith("… · 1 card")
