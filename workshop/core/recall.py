"""An earlier step's result, for the step that recalls it (`Step.recall`): the wall, the console, the PDF.

What the room may see is decided by `core.room`, as everywhere: a hidden
card, or a cluster with nothing the room may see, is never recalled.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.core.agenda import AgendaItem
from workshop.core.aggregate import RatingSummary, compose, rating_summaries
from workshop.core.room import room_vote_results, shown_cards, shown_clusters, shown_members
from workshop.core.session import SessionState, Target
from workshop.core.templates import RECALL_SHOWS, InputKind, Recall, Step

# How many results each way of showing lists: the wall reads them from the back of the room.
MOST = {"winner": 3, "ranking": 5, "chosen": 1, "cards": 12, "top": 3}


@dataclass(frozen=True)
class RecallLine:
    """One result: a card, a cluster (with its cards), a statement or a rated item."""

    text: str
    cards: tuple[str, ...] = ()  # a cluster's cards the room may see
    dots: int = 0  # a vote's dots on it
    average: float | None = None  # a rated item's average score
    consensus: int | None = None  # a rated item's agreed score
    colour: str = ""  # a card's colour ("" = the theme's own)
    cluster: bool = False


@dataclass(frozen=True)
class Recalled:
    """What a step shows of an earlier step's result; `lines` is empty while it has none."""

    kind: InputKind
    show: str
    step_title: str
    exercise_title: str  # the other exercise's title; "" when it is this step's own
    label: str  # the trainer's heading ("" = worded from the step's title)
    lines: tuple[RecallLine, ...]
    more: int = 0  # results not listed
    tie: bool = False  # more than one winner

    @property
    def has_result(self) -> bool:
        return bool(self.lines)


def recall_source(state: SessionState, item: int, step: Step) -> tuple[AgendaItem, Step] | None:
    """The agenda item and step that `step` (of agenda item `item`) recalls; None if the plan has none.

    Another exercise is looked for among the items before this one, the
    nearest first, then after it (its result is empty until it has run).
    """
    recall = step.recall
    items = state.agenda.items
    if recall is None or not 0 <= item < len(items):
        return None
    own = items[item].exercise
    if not recall.exercise or (own is not None and own.id == recall.exercise):
        candidates = [items[item]]
    else:
        before = [i for i in reversed(items[:item]) if i.exercise and i.exercise.id == recall.exercise]
        after = [i for i in items[item + 1:] if i.exercise and i.exercise.id == recall.exercise]
        candidates = before + after
    for candidate in candidates:
        found = next((s for s in candidate.steps if s.key == recall.step), None)
        if found is not None and found.input.kind in RECALL_SHOWS:
            return candidate, found
    return None


def recall_for(state: SessionState, item: int, step: Step) -> Recalled | None:
    """What `step` shows of the earlier result it recalls; None when it recalls nothing the plan has."""
    source = recall_source(state, item, step)
    if source is None or step.recall is None:
        return None
    other, target = source
    recall: Recall = step.recall
    kind = target.input.kind
    show = recall.show if recall.show in RECALL_SHOWS[kind] else RECALL_SHOWS[kind][0]
    lines, tie = _lines(state, other.index, target, show)
    most = MOST.get(show, 5)
    return Recalled(kind, show, target.title, other.title if other.index != item else "", recall.label,
                    tuple(lines[:most]), max(0, len(lines) - most), tie)


def _lines(state: SessionState, item: int, step: Step, show: str) -> tuple[list[RecallLine], bool]:
    kind = step.input.kind
    if kind is InputKind.VOTE:
        return _vote(state, item, step, show)
    if kind is InputKind.STATEMENT:
        chosen = state.chosen_statement(item, step.key)
        text = compose(step.input.compose, chosen.values) if chosen is not None else ""
        return ([RecallLine(text)] if text.strip() else []), False
    if kind is InputKind.NOTES:
        return _notes(state, item, step.board_key), False
    return _rating(state, item, step, show), False


def _vote(state: SessionState, item: int, step: Step, show: str) -> tuple[list[RecallLine], bool]:
    results = room_vote_results(state, item, step.key, include_unvoted=False)
    if not results:
        return [], False
    members = shown_members(state, item, step.input.on)
    colours = {card.id: card.colour for card in shown_cards(state, item, step.input.on)}
    top = results[0].count
    if show == "winner":
        results = [result for result in results if result.count == top]
    lines = []
    for result in results:
        is_cluster = result.target.kind == Target.CLUSTER
        cards = tuple(card.text for card in members.get(result.target.id, ())) if is_cluster else ()
        lines.append(RecallLine(result.text, cards, result.count, cluster=is_cluster,
                                colour="" if is_cluster else colours.get(result.target.id, "")))
    return lines, show == "winner" and len(lines) > 1


def _notes(state: SessionState, item: int, board: str) -> list[RecallLine]:
    members = shown_members(state, item, board)
    lines = [RecallLine(cluster.name, tuple(card.text for card in members[cluster.id]), cluster=True)
             for cluster in shown_clusters(state, item, board)]
    lines += [RecallLine(card.text, colour=card.colour)
              for card in shown_cards(state, item, board) if card.cluster is None]
    return lines


def _rating(state: SessionState, item: int, step: Step, show: str) -> list[RecallLine]:
    rated = [summary for summary in rating_summaries(state, item, step.key)
             if summary.average is not None or summary.consensus is not None]

    def score(summary: RatingSummary) -> float:  # the group's agreed score speaks for it when there is one
        return float(summary.consensus if summary.consensus is not None else summary.average)

    rated.sort(key=lambda summary: -score(summary))  # stable: ties keep the template's order
    return [RecallLine(summary.label, average=summary.average, consensus=summary.consensus)
            for summary in rated]
