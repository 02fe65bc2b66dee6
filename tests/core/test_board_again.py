"""A notes step with `on` shows an earlier step's board again; the cards stay that step's."""

from __future__ import annotations

import pytest

from workshop.core.agenda import Stop
from workshop.core.commands import AddCard, CreateCluster, place_card
from workshop.core.session import InputError, SessionState


def keep_it_alive(state: SessionState, key: str) -> Stop:
    return next(stop for stop in state.stops
                if stop.item.exercise is not None and stop.item.exercise.id == "keep-it-alive"
                and stop.step.key == key)


def test_share_and_cluster_shows_the_silent_writing_board(state: SessionState) -> None:
    cluster, write = keep_it_alive(state, "cluster"), keep_it_alive(state, "write")
    assert cluster.step.board_key == "write"
    assert cluster.input_key == write.key == (write.item.index, "write")
    assert write.input_key == write.key
    vote = keep_it_alive(state, "vote")
    assert vote.input_key == vote.key  # a vote keeps its own dots; it names its board with `on`


def test_cards_and_clusters_made_there_belong_to_the_board(state: SessionState) -> None:
    cluster = keep_it_alive(state, "cluster")
    item = cluster.item.index
    with pytest.raises(InputError, match="shows the board of “Silent writing”"):
        AddCard(item, "cluster", "Keep every promise").apply(state)
    with pytest.raises(InputError, match="its cards belong to that step"):
        CreateCluster(item, "cluster", "Promises").apply(state)
    assert state.cards == [] and state.clusters == []

    AddCard(*cluster.input_key, "Keep every promise").apply(state)
    CreateCluster(*cluster.input_key, "Promises").apply(state)
    place_card(state, state.cards[0].id, "", state.clusters[0].id).apply(state)
    assert [card.text for card in state.cards_for(item, "write")] == ["Keep every promise"]
    assert state.cards_for(item, "cluster") == []
    assert state.cards[0].cluster == state.clusters[0].id
