"""What the wall may say of results held back for the facilitator's cue: how many, never what.

While a step with `reveal: on-cue` waits, the room sees that answers are
coming in (so nobody wonders whether theirs arrived), but no score, dot or
answer that could sway the next person.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.core.room import shown_cards, shown_clusters, shown_members
from workshop.core.session import SessionState
from workshop.core.templates import InputKind


@dataclass(frozen=True)
class HeldCount:
    """How much a held step has received: people who took part, and whether the group's own is in."""

    kind: InputKind
    people: int  # named participants (typed on the console or sent from a phone)
    group: bool  # the group's consensus score, tally or answer was entered


def held_count(state: SessionState, item: int, step: str) -> HeldCount:
    """Who has voted, rated or answered so far in step `step` of agenda item `item`."""
    kind = state.spec_at(item, step).kind
    names: set[str] = set()
    group = False
    rows = {InputKind.VOTE: state.votes, InputKind.RATING: state.ratings,
            InputKind.QUESTIONS: state.answers}.get(kind, [])
    for row in rows:
        if row.item != item or row.step != step:
            continue
        who = row.voter if kind is InputKind.VOTE else row.participant  # type: ignore[union-attr]
        if who is None:
            group = True
        else:
            names.add(who)
    return HeldCount(kind, len(names), group)


def held_choices(state: SessionState, item: int, step: str) -> list[str]:
    """What the room responds to while the results wait: the words to rate, the questions, or what
    the dots go on (clusters by name, then the cards in no cluster).

    Always in the board's or the template's order, never by result: an order by dots
    or by score would give the results away.
    """
    spec = state.spec_at(item, step)
    if spec.kind is InputKind.RATING:
        return list(spec.items)
    if spec.kind is InputKind.QUESTIONS:
        return list(spec.questions)
    if spec.kind is not InputKind.VOTE:
        return []
    members = shown_members(state, item, spec.on)
    # A cluster not named yet is known by its first card, as the board shows it.
    clusters = [cluster.name or members[cluster.id][0].text
                for cluster in shown_clusters(state, item, spec.on)]
    loose = [card.text for card in shown_cards(state, item, spec.on) if card.cluster is None]
    return clusters + loose
