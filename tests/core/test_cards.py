"""Card and cluster commands: each change, its inverse, and what is refused."""

from __future__ import annotations

import pytest

from tests.core.board import ITEM, refuses, undoes
from workshop.core.commands import (
    AddCard,
    Batch,
    CreateCluster,
    DeleteCard,
    DeleteCluster,
    EditCard,
    MoveCard,
    RenameCluster,
    RestoreCard,
    SetCardColour,
    SetCardHidden,
    SetVotes,
    place_card,
)
from workshop.core.session import MAX_CARD_LENGTH, Card, SessionState, Target


def _add(state: SessionState, text: str, column: str = "keep", step: str = "write") -> int:
    AddCard(ITEM, step, text, column).apply(state)
    return state.cards[-1].id


def test_add_card_and_undo(board: SessionState) -> None:
    inverse = undoes(board, AddCard(ITEM, "write", "  Greet by name \n", "keep", colour="pink",
                                    author="Ana", hidden=True, created_at="2026-11-22T09:00:00"))
    assert inverse == DeleteCard(1)
    [card] = board.cards_for(ITEM, "write")
    assert (card.id, card.text, card.column, card.colour, card.author, card.hidden) == (
        1, "Greet by name", "keep", "pink", "Ana", True)
    assert card.cluster is None and card.position == 1.0


def test_new_cards_go_last_and_ids_count_up(board: SessionState) -> None:
    for text in ("one", "two", "three"):
        _add(board, text)
    _add(board, "elsewhere", column="", step="plain")
    assert [c.text for c in board.cards_for(ITEM, "write")] == ["one", "two", "three"]
    assert [c.id for c in board.cards] == [1, 2, 3, 4]
    assert board.cards_for(ITEM, "plain")[0].author == ""  # anonymous by default


def test_redoing_an_undone_add_gives_the_same_id(board: SessionState) -> None:
    command = AddCard(ITEM, "write", "idea", "keep")
    inverse = command.apply(board)
    inverse.apply(board)
    command.apply(board)  # "apply the original again"
    assert board.cards[0].id == 1


@pytest.mark.parametrize(("command", "match"), [
    (AddCard(ITEM, "write", "   ", "keep"), "needs some text"),
    (AddCard(ITEM, "write", "x" * (MAX_CARD_LENGTH + 1), "keep"), "at most"),
    (AddCard(ITEM, "write", "idea", ""), "Choose one of the columns: Keep, Drop"),
    (AddCard(ITEM, "write", "idea", "maybe"), "Choose one of the columns"),
    (AddCard(ITEM, "plain", "idea", "keep"), "has no columns"),
    (AddCard(ITEM, "write", "idea", "keep", colour="mauve"), "Cards come in"),
    (AddCard(ITEM, "write", "idea", "keep", author="  "), "needs a name"),
    (AddCard(ITEM, "write", "idea", "keep", author="Ana\nBen"), "one line"),
    (AddCard(ITEM, "talk", "idea"), "does not collect cards"),
    (AddCard(ITEM, "vote", "idea"), "does not collect cards"),
    (AddCard(1, "break", "idea"), "does not collect cards"),
    (AddCard(ITEM, "nowhere", "idea"), "no step 'nowhere'"),
    (AddCard(7, "write", "idea"), "no step"),
    (AddCard(ITEM, "write", "idea", "keep", hidden="yes"), "yes or no"),  # type: ignore[arg-type]
])
def test_bad_cards_are_refused_before_anything_changes(board: SessionState, command: AddCard,
                                                       match: str) -> None:
    _add(board, "already there")
    refuses(board, command, match)


def test_card_text_is_kept_literally(board: SessionState) -> None:
    text = "<b>bold</b> &amp; {0} %s 🙂 مرحبا\nsecond line"
    _add(board, text)
    assert board.cards[0].text == text


def test_edit_colour_hide(board: SessionState) -> None:
    card = _add(board, "idea")
    assert undoes(board, EditCard(card, " better idea ")) == EditCard(card, "idea")
    assert board.card(card).text == "better idea"
    undoes(board, SetCardColour(card, "green"))
    undoes(board, SetCardColour(card, ""))
    assert undoes(board, SetCardHidden(card, True)).label == "Reveal card"
    assert board.card(card).hidden
    refuses(board, EditCard(card, ""), "needs some text")
    refuses(board, SetCardColour(card, "#ff0000"), "Cards come in")
    refuses(board, EditCard(99, "text"), "no longer on the board")


def test_delete_card_releases_its_votes_and_undo_brings_them_back(board: SessionState) -> None:
    first, second = _add(board, "first"), _add(board, "second")
    SetVotes(ITEM, "vote", Target.card(first), "Ana", 3).apply(board)
    SetVotes(ITEM, "vote", Target.card(first), None, 12).apply(board)
    SetVotes(ITEM, "vote", Target.card(second), "Ben", 1).apply(board)
    before = board.copy()
    inverse = DeleteCard(first).apply(board)
    assert [v.target for v in board.votes] == [Target.card(second)]
    # Ana's dots are free again.
    SetVotes(ITEM, "vote", Target.card(second), "Ana", 3).apply(board)
    SetVotes(ITEM, "vote", Target.card(second), "Ana", 0).apply(board)
    assert isinstance(inverse, RestoreCard) and len(inverse.votes) == 2
    inverse.apply(board)
    assert board == before
    assert board.card(first).id == first  # the same id: the votes refer to it


def test_restore_card_refuses_a_taken_id(board: SessionState) -> None:
    card = board.card(_add(board, "idea"))
    refuses(board, RestoreCard(card), "already on the board")


def test_move_card_to_another_column_and_back(board: SessionState) -> None:
    card = _add(board, "idea")
    inverse = undoes(board, MoveCard(card, "drop", None, 7.5))
    assert inverse == MoveCard(card, "keep", None, 1.0)
    assert (board.card(card).column, board.card(card).position) == ("drop", 7.5)
    refuses(board, MoveCard(card, "maybe", None, 1.0), "Choose one of the columns")
    refuses(board, MoveCard(card, "keep", None, float("nan")), "must be a number")


def test_a_card_keeps_a_column_renamed_since(board: SessionState) -> None:
    # An old card may sit in a column the template no longer has; moving it
    # within that column is fine, moving another card there is not.
    RestoreCard(Card(1, ITEM, "write", "from a renamed column", "gone")).apply(board)
    undoes(board, MoveCard(1, "gone", None, 5.0))
    other = _add(board, "other")
    refuses(board, MoveCard(other, "gone", None, 1.0), "Choose one of the columns")


def test_clusters_create_rename_and_join(board: SessionState) -> None:
    a, b = _add(board, "a"), _add(board, "b")
    assert undoes(board, CreateCluster(ITEM, "write", " Speed ", "keep")) == DeleteCluster(1)
    assert board.clusters_for(ITEM, "write")[0].name == "Speed"
    undoes(board, RenameCluster(1, "Pace"))
    undoes(board, MoveCard(a, "keep", 1, 1.0))
    undoes(board, place_card(board, b, "keep", 1))
    assert [c.cluster for c in board.cards] == [1, 1]
    refuses(board, MoveCard(a, "drop", 1, 1.0), "in another column")
    refuses(board, MoveCard(a, "keep", 9, 1.0), "not on this card's board")
    refuses(board, RenameCluster(1, "two\nlines"), "one line")
    refuses(board, CreateCluster(ITEM, "write", "x", "maybe"), "Choose one of the columns")
    refuses(board, CreateCluster(ITEM, "talk", "x"), "does not collect cards")


def test_delete_cluster_frees_its_cards_and_dots_and_undo_regroups(board: SessionState) -> None:
    a, b = _add(board, "a"), _add(board, "b")
    CreateCluster(ITEM, "write", "Speed", "keep").apply(board)
    for card in (a, b):
        MoveCard(card, "keep", 1, float(card)).apply(board)
    SetVotes(ITEM, "vote", Target.cluster(1), "Ana", 2).apply(board)
    before = board.copy()
    inverse = DeleteCluster(1).apply(board)
    assert board.clusters == [] and board.votes == []
    assert [(c.cluster, c.column) for c in board.cards] == [(None, "keep"), (None, "keep")]
    inverse.apply(board)
    assert board == before


def test_place_card_between_neighbours(board: SessionState) -> None:
    ids = [_add(board, text) for text in "abcd"]
    move = place_card(board, ids[3], "keep", None, 1)
    assert isinstance(move, MoveCard) and move.position == 1.5
    undoes(board, move)
    assert [c.text for c in board.cards_for(ITEM, "write")] == ["a", "d", "b", "c"]
    undoes(board, place_card(board, ids[0], "keep", None, None))  # to the end
    assert [c.text for c in board.cards_for(ITEM, "write")] == ["d", "b", "c", "a"]
    undoes(board, place_card(board, ids[0], "drop", None, 0))  # to an empty column
    assert board.card(ids[0]).column == "drop"


def test_place_card_renumbers_when_the_gap_runs_out(board: SessionState) -> None:
    ids = [_add(board, text) for text in "abc"]
    # Keep dropping the last card between the first two: the gap halves each time.
    renumbered = 0
    for _ in range(80):
        move = place_card(board, board.cards_for(ITEM, "write")[-1].id, "keep", None, 1)
        renumbered += isinstance(move, Batch)
        undoes(board, move)
    assert renumbered >= 1
    order = [c.id for c in board.cards_for(ITEM, "write")]
    assert order[0] == ids[0] and sorted(order) == ids
    assert len({c.position for c in board.cards}) == 3


def test_place_card_on_equal_positions_renumbers(board: SessionState) -> None:
    # Cards imported without positions all sit at 0.0.
    for number in range(1, 4):
        RestoreCard(Card(number, ITEM, "plain", f"card {number}")).apply(board)
    move = place_card(board, 3, "", None, 1)
    assert isinstance(move, Batch)
    undoes(board, move)
    assert [c.id for c in board.cards_for(ITEM, "plain")] == [1, 3, 2]


def test_batch_is_all_or_nothing(board: SessionState) -> None:
    card = _add(board, "a")
    refuses(board, Batch((CreateCluster(ITEM, "write", "x", "keep"), MoveCard(card, "keep", 1, 1.0),
                          EditCard(card, ""))), "needs some text")
    undoes(board, Batch((CreateCluster(ITEM, "write", "x", "keep"), MoveCard(card, "keep", 1, 1.0)),
                        "Group cards"))
    assert board.card(card).cluster == 1
