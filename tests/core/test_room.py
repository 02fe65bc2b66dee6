"""What the room may see, decided once in core: the wall and the report agree by construction."""

from __future__ import annotations

from tests.core.board import ITEM, board_state
from workshop.core.commands import AddCard, CreateCluster, MoveCard, SetCardHidden, SetVotes
from workshop.core.room import room_vote_results, shown_cards, shown_clusters
from workshop.core.session import SessionState, Target


def board() -> SessionState:
    """Two clusters: "Open" with a shown card, "Secret" whose only card is hidden; dots on all."""
    state = board_state()
    for command in (AddCard(ITEM, "write", "Greet by name", "keep"),
                    AddCard(ITEM, "write", "Fire the manager", "keep"),
                    AddCard(ITEM, "write", "Loose card", "keep"),
                    CreateCluster(ITEM, "write", "Open", "keep"),
                    CreateCluster(ITEM, "write", "Secret", "keep"),
                    MoveCard(1, "keep", 1, 1.0), MoveCard(2, "keep", 2, 1.0),
                    SetCardHidden(2, True),
                    SetVotes(ITEM, "vote", Target.cluster(2), None, 5),
                    SetVotes(ITEM, "vote", Target.card(2), None, 4),
                    SetVotes(ITEM, "vote", Target.cluster(1), None, 2),
                    SetVotes(ITEM, "vote", Target.card(3), None, 1)):
        command.apply(state)
    return state


def test_a_hidden_card_and_a_cluster_of_hidden_cards_are_never_shown() -> None:
    state = board()
    assert [c.text for c in shown_cards(state, ITEM, "write")] == ["Greet by name", "Loose card"]
    assert [c.name for c in shown_clusters(state, ITEM, "write")] == ["Open"]
    # The secret cluster had the most dots, and the hidden card the next most: neither is listed.
    assert [(r.text, r.count) for r in room_vote_results(state, ITEM, "vote")] == [
        ("Open", 2), ("Loose card", 1), ("Greet by name", 0)]


def test_revealed_the_cluster_comes_back_in_its_place() -> None:
    state = board()
    SetCardHidden(2, False).apply(state)
    assert [c.name for c in shown_clusters(state, ITEM, "write")] == ["Open", "Secret"]
    assert [r.text for r in room_vote_results(state, ITEM, "vote", include_unvoted=False)] == [
        "Secret", "Fire the manager", "Open", "Loose card"]
