"""What a phone may see, as plain data for JSON: read on the session's own thread.

A phone sees the current step (its title, prompt, time and what to do), the
cards the wall shows when it votes on them, and its own cards, dots, scores
and answers. It never sees a hidden card, another phone's cards or answers, or
anybody's name: silent writing stays silent, and who wrote what is for the wall
to show, not the phones.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import accumulate
from typing import Any

from workshop.core.exercise_use import place_line
from workshop.core.markdown import render_markdown
from workshop.core.phones import Phone
from workshop.core.room import shown_cards, shown_clusters, shown_members
from workshop.core.session import Target
from workshop.core.templates import InputKind
from workshop.core.timer import TimerState
from workshop.session.service import Session

# What a phone can do in each kind of step; the others show the prompt and the time.
PHONE_KINDS = (InputKind.NOTES, InputKind.VOTE, InputKind.RATING, InputKind.QUESTIONS)


def room_view(session: Session, revision: int, _: Callable[[str], str] = str) -> dict[str, Any]:
    """What every phone sees now: the same for all of them, sent to all at each change.

    `_` translates the few words the view makes itself (the round, the groups) into the
    session's language; the rest is the session's own text.
    """
    stop = session.current_stop
    step = stop.step
    spec = step.input
    kind = spec.kind if spec.kind in PHONE_KINDS else InputKind.NONE
    view: dict[str, Any] = {
        "revision": revision,
        "session": session.state.header.title,
        "step": {
            "index": session.current_index, "count": len(session.state.stops),
            "exercise": "" if stop.item.is_break else stop.item.title,
            "title": step.title, "prompt_html": render_markdown(step.prompt), "kind": kind.value,
            # The round and groups under the title; the phases, which the phone follows on its own
            # countdown (each with the second of the step it ends at).
            "place": place_line(step, _("Round {number} of {count}"), _("Groups: {groups}")),
            "phases": [{"title": phase.title, "prompt_html": render_markdown(phase.prompt), "ends": end}
                       for phase, end in zip(step.phases, accumulate(p.duration for p in step.phases),
                                             strict=True)],
        },
        "timer": timer_view(session),
    }
    item = stop.item.index
    if kind is InputKind.NOTES:
        view["step"]["columns"] = [{"key": c.key, "label": c.label, "hint": c.hint} for c in spec.columns]
    elif kind is InputKind.VOTE:
        view["step"]["dots"] = spec.dots
        view["step"]["targets"] = vote_targets(session, item, spec.on)
    elif kind is InputKind.RATING:
        view["step"]["items"] = list(spec.items)
        view["step"]["scale"] = {"min": spec.scale.min, "max": spec.scale.max,
                                 "low": spec.scale.low, "high": spec.scale.high}
        view["step"]["question"] = spec.question
    elif kind is InputKind.QUESTIONS:
        view["step"]["questions"] = list(spec.questions)
    return view


def timer_view(session: Session) -> dict[str, Any]:
    """The step's time: the phone counts down by itself from `remaining` while it runs."""
    timer = session.timer
    return {"state": timer.state.value, "remaining": round(timer.remaining, 1),
            "duration": round(timer.duration, 1), "running": timer.state is TimerState.RUNNING}


def vote_targets(session: Session, item: int, board: str) -> list[dict[str, Any]]:
    """The clusters and lone cards a vote puts dots on, as the wall shows them (never a hidden card)."""
    state = session.state
    members = shown_members(state, item, board)
    targets: list[dict[str, Any]] = [
        {"target": f"cluster:{cluster.id}", "title": cluster.name,
         "cards": [card.text for card in members[cluster.id]]}
        for cluster in shown_clusters(state, item, board)]
    targets += [{"target": f"card:{card.id}", "title": "", "cards": [card.text]}
                for card in shown_cards(state, item, board) if card.cluster is None]
    return targets


def mine(session: Session, phone: Phone) -> dict[str, Any]:
    """This phone's own part of the current step: its cards, its dots, its scores, its answers."""
    stop = session.current_stop
    state = session.state
    item, board = stop.input_key
    kind = stop.step.input.kind
    own: dict[str, Any] = {"label": phone.label, "named": phone.named}
    if kind is InputKind.NOTES:
        # This phone's few cards, without putting the whole board in order (once per card sent).
        cards = [card for card in state.cards
                 if card.device == phone.device and card.item == item and card.step == board]
        cards.sort(key=lambda card: (card.position, card.id))
        own["cards"] = [{"id": card.id, "text": card.text, "column": card.column} for card in cards]
    elif kind is InputKind.VOTE:
        own["dots"] = {_target_name(vote.target): vote.count
                       for vote in state.votes_for(*stop.key) if vote.voter == phone.label}
    elif kind is InputKind.RATING:
        own["scores"] = {str(rating.subject): rating.value
                         for rating in state.ratings_for(*stop.key) if rating.participant == phone.label}
    elif kind is InputKind.QUESTIONS:
        own["answers"] = {str(answer.question): answer.text
                          for answer in state.room_answers(*stop.key) if answer.participant == phone.label}
    return own


def _target_name(target: Target) -> str:
    return f"{target.kind}:{target.id}"
