"""What the group's input adds up to: dot-vote results, rating summaries, composed statements.

Pure functions of a `SessionState` (or of plain values), for the projector,
the console and the report alike.
"""

from __future__ import annotations

import statistics
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workshop.core.session import SessionState, Target
from workshop.core.templates import InputKind, RatingScale

PLACEHOLDER = "…"  # a blank of a statement nobody has filled in yet

# -- dot votes -----------------------------------------------------------------------


def dots_used(state: SessionState, item: int, step: str, voter: str,
              besides: Target | None = None) -> int:
    """Dots `voter` has placed in a vote step (not counting those on `besides`)."""
    return sum(vote.count for vote in state.votes_for(item, step)
               if vote.voter == voter and vote.target != besides)


def dots_left(state: SessionState, item: int, step: str, voter: str) -> int:
    """Dots `voter` may still place in a vote step."""
    dots = state.spec_at(item, step, InputKind.VOTE).dots
    return max(0, dots - dots_used(state, item, step, voter))


@dataclass(frozen=True)
class VoteResult:
    """The dots on one card or cluster: the tally and every voter's added up."""

    target: Target
    text: str  # the card's text or the cluster's name
    count: int
    voters: int  # named voters with a dot on it (tallies not counted)


def vote_results(state: SessionState, item: int, step: str, *,
                 include_unvoted: bool = True) -> list[VoteResult]:
    """Every card and cluster of the voted-on step, most dots first.

    Ties keep board order (clusters first, then cards). Dots on a cluster are
    the cluster's own; they are not added to its cards, nor theirs to it.
    """
    spec = state.spec_at(item, step, InputKind.VOTE)
    counts: dict[Target, int] = {}
    voters: dict[Target, int] = {}
    for vote in state.votes_for(item, step):
        counts[vote.target] = counts.get(vote.target, 0) + vote.count
        if vote.voter is not None:
            voters[vote.target] = voters.get(vote.target, 0) + 1
    targets = [(Target.cluster(c.id), c.name) for c in state.clusters_for(item, spec.on)]
    targets += [(Target.card(c.id), c.text) for c in state.cards_for(item, spec.on)]
    results = [VoteResult(target, text, counts.get(target, 0), voters.get(target, 0))
               for target, text in targets]
    if not include_unvoted:
        results = [result for result in results if result.count]
    # sorted() is stable: equal counts stay in board order.
    return sorted(results, key=lambda result: -result.count)


# -- ratings ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RatingSummary:
    """The scores one rated item got: how many, their average, range and spread.

    `spread` is the population standard deviation: the room is the whole
    group, not a sample of a larger one. `histogram[i]` counts the scores
    equal to `scale.min + i`. Figures are None when nobody scored the item.
    """

    subject: int
    label: str
    count: int
    average: float | None
    min: int | None
    max: int | None
    spread: float | None
    histogram: tuple[int, ...]
    consensus: int | None = None  # the group's agreed score, if it gave one


def summarise(values: Iterable[int], scale: RatingScale, subject: int = 0, label: str = "",
              consensus: int | None = None) -> RatingSummary:
    """Count, average, min, max, spread and histogram of some scores on `scale`."""
    scores = list(values)
    histogram = [0] * (scale.max - scale.min + 1)
    for score in scores:
        if scale.min <= score <= scale.max:
            histogram[score - scale.min] += 1
    if not scores:
        return RatingSummary(subject, label, 0, None, None, None, None, tuple(histogram), consensus)
    return RatingSummary(subject, label, len(scores), statistics.fmean(scores), min(scores),
                         max(scores), statistics.pstdev(scores), tuple(histogram), consensus)


def score_counts(summary: RatingSummary, scale: RatingScale) -> list[tuple[int, int]]:
    """How many gave each score, as (score, people) for the scores somebody gave, lowest first.

    A lone 0 of a fist of five is kept, since that zero is why the method is used.
    """
    return [(scale.min + index, count) for index, count in enumerate(summary.histogram) if count]


def score_counts_text(summary: RatingSummary, scale: RatingScale) -> str:
    """The counts in words a reader can copy: "0: 1 · 2: 1 · 3: 2" (score: people); "" if none."""
    return " · ".join(f"{score}: {count}" for score, count in score_counts(summary, scale))


def rating_summaries(state: SessionState, item: int, step: str) -> list[RatingSummary]:
    """One summary per item of a rating step, in the template's order."""
    spec = state.spec_at(item, step, InputKind.RATING)
    scores: dict[int, list[int]] = {index: [] for index in range(len(spec.items))}
    consensus: dict[int, int] = {}
    for rating in state.ratings_for(item, step):
        if rating.participant is None:
            consensus[rating.subject] = rating.value
        elif rating.subject in scores:
            scores[rating.subject].append(rating.value)
    return [summarise(scores[index], spec.scale, index, label, consensus.get(index))
            for index, label in enumerate(spec.items)]


# -- statements --------------------------------------------------------------------------


def compose_parts(template: str, values: Mapping[str, str],
                  placeholder: str = PLACEHOLDER) -> list[tuple[str, bool]]:
    """The sentence of a statement as (text, is_a_filled_blank) pieces, for styling.

    Only the trainer's `template` is read as `{field}` syntax; the values are
    inserted as they are, so a value "{x}" or "%s" stays literal. A missing or
    empty blank shows `placeholder`; conversions and format specs are ignored.
    A template that cannot be read (an unmatched brace) is shown as written.
    """
    try:
        pieces = list(string.Formatter().parse(template))
    except ValueError:
        return [(template, False)]
    parts: list[tuple[str, bool]] = []
    for literal, name, _spec, _conversion in pieces:
        if literal:
            parts.append((literal, False))
        if name is not None:
            value = values.get(name, "")
            parts.append((value, True) if value else (placeholder, False))
    return parts


def compose(template: str, values: Mapping[str, str], placeholder: str = PLACEHOLDER) -> str:
    """The statement's sentence: `template` with its `{field}` blanks filled in. Never fails."""
    return "".join(text for text, _filled in compose_parts(template, values, placeholder))
