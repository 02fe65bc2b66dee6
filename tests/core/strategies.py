"""Hypothesis strategies: any command a facilitator could send, valid or not, for a state."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from tests.core.board import ITEM
from workshop.core.commands import (
    AddAction,
    AddCandidate,
    AddCard,
    Batch,
    ChooseCandidate,
    Command,
    CreateCluster,
    DeleteAction,
    DeleteCandidate,
    DeleteCard,
    DeleteCluster,
    EditAction,
    EditCandidate,
    EditCard,
    MoveCard,
    RenameCluster,
    SetAnswer,
    SetCardColour,
    SetCardHidden,
    SetRating,
    SetVotes,
    place_card,
)
from workshop.core.session import InputError, SessionState, Target


def mostly(valid: st.SearchStrategy, invalid: st.SearchStrategy) -> st.SearchStrategy:
    """Valid nine times in ten: refused commands are tested, but most go through."""
    return st.integers(0, 9).flatmap(lambda n: invalid if n == 9 else valid)


texts = mostly(st.text(min_size=1, max_size=40).filter(str.strip), st.text(max_size=3))
people = mostly(st.sampled_from([None, "Ana", "Ben", "Chen"]), st.sampled_from(["", " ", "A\nB"]))
places = mostly(st.sampled_from([("write", "keep"), ("write", "drop"), ("plain", ""), ("rate", "")]),
                st.sampled_from([("talk", ""), ("write", ""), ("plain", "keep"), ("nowhere", "")]))
columns = mostly(st.sampled_from(["keep", "drop"]), st.sampled_from(["", "maybe"]))
colours = mostly(st.sampled_from(["", "pink", "green"]), st.just("mauve"))
positions = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
dates = st.none() | st.dates(min_value=date(2026, 1, 1), max_value=date(2028, 12, 31))


def _ids(data: st.DataObject, rows: list) -> int:
    """An id that exists (mostly) or one that does not."""
    existing = [row.id for row in rows]
    return data.draw(st.sampled_from(existing) if existing and data.draw(st.integers(0, 9)) < 9
                     else st.integers(0, 30))


def command_for(data: st.DataObject, state: SessionState) -> Command:
    """One command drawn for `state`: often valid, sometimes refused."""
    kind = data.draw(st.integers(0, 23))
    card = lambda: _ids(data, state.cards)  # noqa: E731
    cluster = lambda: _ids(data, state.clusters)  # noqa: E731
    statement = lambda: _ids(data, state.statements)  # noqa: E731
    action = lambda: _ids(data, state.actions)  # noqa: E731
    draw = data.draw
    match kind:
        case 0 | 1 | 2:
            step, column = draw(places)
            return AddCard(ITEM, step, draw(texts), column, draw(colours),
                           draw(mostly(st.sampled_from(["", "Ana"]), st.just(" "))),
                           draw(st.booleans()))
        case 3:
            return EditCard(card(), draw(texts))
        case 4:
            return DeleteCard(card())
        case 5:
            return SetCardColour(card(), draw(colours))
        case 6:
            return SetCardHidden(card(), draw(st.booleans()))
        case 7:
            card_id = card()
            found = state.card(card_id)
            column = draw(columns) if found is None or found.step == "write" else ""
            return MoveCard(card_id, column, draw(st.none() | st.just(cluster())), draw(positions))
        case 8:
            try:
                return place_card(state, card(), draw(columns), draw(st.none() | st.just(cluster())),
                                  draw(st.none() | st.integers(0, 10)))
            except InputError:
                return DeleteCard(-1)  # refused as well
        case 9:
            step, column = draw(places)
            return CreateCluster(ITEM, step, draw(texts), column)
        case 10:
            return RenameCluster(cluster(), draw(texts))
        case 11:
            return DeleteCluster(cluster())
        case 12 | 13:
            voted_on = [c for c in state.cards if c.step == "write"]
            groups = [c for c in state.clusters if c.step == "write"]
            target = draw(st.sampled_from([Target.card(_ids(data, voted_on)),
                                           Target.cluster(_ids(data, groups))]))
            return SetVotes(ITEM, "vote", target, draw(people),
                            draw(mostly(st.integers(0, 3), st.integers(-1, 4))))
        case 14:
            return SetRating(ITEM, "rate", draw(mostly(st.sampled_from([0, 1, 2, "Pride"]),
                                                       st.sampled_from([3, "Nope"]))),
                             draw(people), draw(mostly(st.none() | st.integers(1, 5),
                                                       st.sampled_from([0, 6]))))
        case 15:
            return AddCandidate(ITEM, "commit", draw(st.dictionaries(
                mostly(st.sampled_from(["why", "everything"]), st.just("how")), texts,
                min_size=1, max_size=2)))
        case 16:
            return EditCandidate(statement(), {"why": draw(texts)})
        case 17:
            return DeleteCandidate(statement())
        case 18:
            return ChooseCandidate(ITEM, "commit", draw(st.none() | st.just(statement())))
        case 19:
            return SetAnswer(ITEM, "ask", draw(st.integers(0, 2)), draw(texts), draw(people))
        case 20:
            return AddAction(ITEM, "act", draw(texts), draw(st.sampled_from(["", "Ben"])), draw(dates))
        case 21:
            return EditAction(action(), draw(texts), "Ana", draw(dates))
        case 22:
            return DeleteAction(action())
        case _:
            return Batch((AddCard(ITEM, "plain", draw(texts)), DeleteCard(card())), "Two at once")
