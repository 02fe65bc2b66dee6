"""What the room may see of a session, decided once: for the wall, the report and the phones.

A card the facilitator hid is not shown to the room, anywhere, until it is
revealed. A cluster is shown only with at least one card the room may see:
its name alone could give a hidden card away, and an empty heading tells the
room nothing. Dot-vote results follow the same rule. The wall and the report
call these functions, so they agree by construction.
"""

from __future__ import annotations

from workshop.core.aggregate import VoteResult, vote_results
from workshop.core.session import Card, Cluster, SessionState, Target


def shown_cards(state: SessionState, item: int, step: str) -> list[Card]:
    """The cards of a board the room may see, in board order."""
    return [card for card in state.cards_for(item, step) if not card.hidden]


def shown_members(state: SessionState, item: int, step: str) -> dict[int, list[Card]]:
    """Each cluster that has a card the room may see, with those cards (board order)."""
    members: dict[int, list[Card]] = {}
    for card in shown_cards(state, item, step):
        if card.cluster is not None:
            members.setdefault(card.cluster, []).append(card)
    return members


def shown_clusters(state: SessionState, item: int, step: str) -> list[Cluster]:
    """The clusters of a board the room may see: those with a card it may see."""
    members = shown_members(state, item, step)
    return [cluster for cluster in state.clusters_for(item, step) if cluster.id in members]


def room_vote_results(state: SessionState, item: int, step: str, *,
                      include_unvoted: bool = True) -> list[VoteResult]:
    """A vote's results as the room may see them: most dots first, nothing hidden on the list."""
    on = state.spec_at(item, step).on
    cards = {Target.card(card.id) for card in shown_cards(state, item, on)}
    clusters = {Target.cluster(cluster.id) for cluster in shown_clusters(state, item, on)}
    return [result for result in vote_results(state, item, step, include_unvoted=include_unvoted)
            if result.target in cards or result.target in clusters]
