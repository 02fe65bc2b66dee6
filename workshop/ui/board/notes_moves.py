"""The commands behind dragging cards around a board: into a cluster, out of one, onto a card.

Plain functions of the state (no Qt), each returning one command, so a drag
of several cards is one undoable change. Several moves are worked out on a
scratch copy of the state, one after another, because each card's position
depends on where the one before it landed.
"""

from __future__ import annotations

from collections.abc import Sequence

from workshop.core.commands import Batch, Command, CreateCluster, InputError, MoveCard, place_card
from workshop.core.session import Card, SessionState

MOVE_TITLE = "Move cards"
CLUSTER_TITLE = "Make cluster"


def _cards(state: SessionState, ids: Sequence[int]) -> list[Card]:
    found = []
    for card_id in dict.fromkeys(ids):  # once each, in the order given
        card = state.card(card_id)
        if card is None:
            raise InputError("That card is no longer on the board.")
        found.append(card)
    if not found:
        raise InputError("Choose one or more cards first.")
    return found


def _one_board(cards: list[Card], item: int, step: str) -> None:
    if any((card.item, card.step) != (item, step) for card in cards):
        raise InputError("Cards move only within their own board.")


def _group(state: SessionState, item: int, step: str, column: str, cluster: int | None,
           leaving: int | None = None) -> list[int]:
    """The ids of the cards of one column and cluster, in board order (without `leaving`)."""
    return [c.id for c in state.cards_for(item, step)
            if c.column == column and c.cluster == cluster and c.id != leaving]


def _moves(state: SessionState, cards: list[Card], column: str, cluster: int | None,
           before: int | None, title: str) -> Command:
    """Move `cards`, in order, into a group, each placed just before card `before` (None: last)."""
    scratch = state.copy()
    moves: list[Command] = []
    for card in cards:
        index = None
        if before is not None:
            index = _group(scratch, card.item, card.step, column, cluster, leaving=card.id).index(before)
        move = place_card(scratch, card.id, column, cluster, index)
        move.apply(scratch)
        moves.append(move)
    return moves[0] if len(moves) == 1 else Batch(tuple(moves), title)


def move_cards(state: SessionState, item: int, step: str, ids: Sequence[int], column: str,
               cluster: int | None, index: int | None = None) -> Command:
    """Put cards into `cluster` (None: out of any) of `column`, at `index` of it (None: last).

    `index` counts the group as it is on screen, the moving cards included.
    """
    cards = _cards(state, ids)
    _one_board(cards, item, step)
    before = None
    if index is not None:
        # The first card staying put from the drop place on: the cards go before it.
        moving = {card.id for card in cards}
        rest = [card_id for card_id in _group(state, item, step, column, cluster)[max(0, index):]
                if card_id not in moving]
        before = rest[0] if rest else None
    return _moves(state, cards, column, cluster, before, MOVE_TITLE)


def cluster_cards(state: SessionState, item: int, step: str, ids: Sequence[int],
                  name: str = "") -> Command:
    """A new cluster holding `ids` (in that order), in the column of the first card."""
    cards = _cards(state, ids)
    _one_board(cards, item, step)
    column = cards[0].column
    if any(card.column != column for card in cards):
        raise InputError("Cards in different columns cannot share a cluster.")
    scratch = state.copy()
    create = CreateCluster(item, step, name, column)
    cluster = scratch.next_id("clusters")
    create.apply(scratch)
    moves = _moves(scratch, [scratch.card(c.id) or c for c in cards], column, cluster, None,
                   CLUSTER_TITLE)
    parts = moves.commands if isinstance(moves, Batch) else (moves,)
    return Batch((create, *parts), CLUSTER_TITLE)


def drop_on_card(state: SessionState, item: int, step: str, ids: Sequence[int],
                 target: int) -> Command | None:
    """Cards dropped on a card: join its cluster before it, or make a cluster of them all.

    None when there is nothing to do (a card dropped on itself).
    """
    onto = state.card(target)
    if onto is None:
        raise InputError("That card is no longer on the board.")
    moving = [card_id for card_id in dict.fromkeys(ids) if card_id != target]
    if not moving:
        return None
    if onto.cluster is not None:
        group = _group(state, item, step, onto.column, onto.cluster)
        return move_cards(state, item, step, moving, onto.column, onto.cluster, group.index(target))
    return cluster_cards(state, item, step, [target, *moving])


def unclustered(state: SessionState, item: int, step: str, ids: Sequence[int]) -> Command:
    """Take cards out of their clusters, to the end of the loose cards of their column."""
    cards = _cards(state, ids)
    _one_board(cards, item, step)
    scratch = state.copy()
    moves: list[Command] = []
    for card in cards:
        if card.cluster is None:
            continue
        move = place_card(scratch, card.id, card.column, None)
        move.apply(scratch)
        moves.append(move)
    if not moves:
        raise InputError("Those cards are not in a cluster.")
    return moves[0] if len(moves) == 1 else Batch(tuple(moves), MOVE_TITLE)


def is_noop(state: SessionState, command: Command) -> bool:
    """True when a move leaves every card where it was (a card dropped back on its own place)."""
    parts = command.commands if isinstance(command, Batch) else (command,)
    for part in parts:
        if not isinstance(part, MoveCard):
            return False
        card = state.card(part.card)
        if card is None or (card.column, card.cluster, card.position) != (
                part.column, part.cluster, part.position):
            return False
    return True
