"""Commands on cards: add, edit, delete (and restore), colour, hide, move."""

from __future__ import annotations

from dataclasses import dataclass, replace

from workshop.core.commands.base import (
    Batch,
    Command,
    card_step,
    check_column,
    finite_number,
    flag,
)
from workshop.core.session import (
    CARD_COLOURS,
    Card,
    InputError,
    SessionState,
    Target,
    Vote,
    clean_card_text,
    clean_name,
)
from workshop.core.worded import said


def find_card(state: SessionState, card_id: int) -> Card:
    card = state.card(card_id)
    if card is None:
        raise InputError("That card is no longer on the board.")
    return card


def check_colour(colour: str) -> str:
    if colour != "" and colour not in CARD_COLOURS:
        raise InputError("Cards come in {colours} (or the plain default).", colours=", ".join(CARD_COLOURS))
    return colour


def votes_on(state: SessionState, target: Target) -> tuple[Vote, ...]:
    return tuple(vote for vote in state.votes if vote.target == target)


def end_position(state: SessionState, item: int, step: str) -> float:
    """A position after every card of the step, so a new card goes last."""
    positions = [c.position for c in state.cards if c.item == item and c.step == step]
    return max(positions) + 1.0 if positions else 1.0


@dataclass(frozen=True)
class AddCard(Command):
    """Put a new card on a step's board (last); the inverse deletes it.

    `author` "" keeps the card anonymous. `created_at` "" lets the store stamp
    the time it is written. `device` names the phone that sent it ("" the console).
    """

    item: int
    step: str
    text: str
    column: str = ""
    colour: str = ""
    author: str = ""
    hidden: bool = False
    created_at: str = ""
    device: str = ""

    label = "Add card"

    def apply(self, state: SessionState) -> Command:
        spec = card_step(state, self.item, self.step)
        card = Card(
            id=state.next_id("cards"), item=self.item, step=self.step,
            text=clean_card_text(self.text), column=check_column(spec, self.column),
            created_at=self.created_at, colour=check_colour(self.colour),
            hidden=flag(self.hidden, said("Hidden")),
            author=clean_name(self.author, said("The author")) if self.author else "",
            position=end_position(state, self.item, self.step),
            device=self.device if isinstance(self.device, str) else "",
        )
        state.put("cards", card)
        return DeleteCard(card.id)


@dataclass(frozen=True)
class DeleteCard(Command):
    """Take a card off the board and release the dots on it; the inverse puts both back."""

    card: int

    label = "Delete card"

    def apply(self, state: SessionState) -> Command:
        card = find_card(state, self.card)
        votes = votes_on(state, Target.card(card.id))
        for vote in votes:
            state.remove("votes", vote.key)
        state.remove("cards", card.key)
        return RestoreCard(card, votes)


@dataclass(frozen=True)
class RestoreCard(Command):
    """Put back a deleted card exactly as it was (same id), with its votes."""

    card: Card
    votes: tuple[Vote, ...] = ()

    label = "Restore card"

    def apply(self, state: SessionState) -> Command:
        card = self.card
        # What was there before is put back as it was: no template checks here.
        if state.card(card.id) is not None:
            raise InputError("That card is already on the board.")
        if card.cluster is not None and state.cluster(card.cluster) is None:
            raise InputError("The cluster of that card is gone.")
        if any(vote.target != Target.card(card.id) for vote in self.votes):
            raise InputError("Only the card's own votes come back with it.")
        state.put("cards", card)
        for vote in self.votes:
            state.put("votes", vote)
        return DeleteCard(card.id)


@dataclass(frozen=True)
class EditCard(Command):
    """Change a card's text."""

    card: int
    text: str

    label = "Edit card"

    def apply(self, state: SessionState) -> Command:
        card = find_card(state, self.card)
        state.put("cards", replace(card, text=clean_card_text(self.text)))
        return EditCard(card.id, card.text)


@dataclass(frozen=True)
class SetCardColour(Command):
    """Colour a card ("" for the plain default)."""

    card: int
    colour: str

    label = "Colour card"

    def apply(self, state: SessionState) -> Command:
        card = find_card(state, self.card)
        state.put("cards", replace(card, colour=check_colour(self.colour)))
        return SetCardColour(card.id, card.colour)


@dataclass(frozen=True)
class SetCardHidden(Command):
    """Hide a card from the room, or reveal it."""

    card: int
    hidden: bool

    @property
    def label(self) -> str:  # type: ignore[override]
        return "Hide card" if self.hidden else "Reveal card"

    def apply(self, state: SessionState) -> Command:
        card = find_card(state, self.card)
        state.put("cards", replace(card, hidden=flag(self.hidden, said("Hidden"))))
        return SetCardHidden(card.id, card.hidden)


@dataclass(frozen=True)
class MoveCard(Command):
    """Put a card in a column and cluster (None: none) at a position on its board.

    A card in a cluster takes the cluster's column. `place_card` works out the
    position from where a card was dropped.
    """

    card: int
    column: str
    cluster: int | None
    position: float

    label = "Move card"

    def apply(self, state: SessionState) -> Command:
        card = find_card(state, self.card)
        spec = card_step(state, card.item, card.step)
        column = check_column(spec, self.column, keep=card.column)
        if self.cluster is not None:
            cluster = state.cluster(self.cluster)
            if cluster is None or (cluster.item, cluster.step) != (card.item, card.step):
                raise InputError("That cluster is not on this card's board.")
            if cluster.column != column:
                raise InputError("The cluster “{name}” is in another column.", name=cluster.name)
        position = finite_number(self.position, said("A position"))
        state.put("cards", replace(card, column=column, cluster=self.cluster, position=position))
        return MoveCard(card.id, card.column, card.cluster, card.position)


def place_card(state: SessionState, card_id: int, column: str, cluster: int | None,
               index: int | None = None) -> Command:
    """The move that drops a card at `index` among the cards of a column and cluster.

    `index` None puts it last. Into a cluster, the card takes the cluster's
    column. Positions are halved between neighbours; when two neighbours are
    too close (or equal) the group is renumbered in the same undoable change.
    """
    card = find_card(state, card_id)
    if cluster is not None:
        found = state.cluster(cluster)
        if found is None:
            raise InputError("That cluster is no longer on the board.")
        column = found.column
    group = [c for c in state.cards_for(card.item, card.step)
             if c.column == column and c.cluster == cluster and c.id != card.id]
    index = len(group) if index is None else max(0, min(index, len(group)))
    if not group:
        return MoveCard(card.id, column, cluster, card.position)
    if index == 0:
        return MoveCard(card.id, column, cluster, group[0].position - 1.0)
    if index == len(group):
        return MoveCard(card.id, column, cluster, group[-1].position + 1.0)
    before, after = group[index - 1].position, group[index].position
    middle = (before + after) / 2
    if before < middle < after:
        return MoveCard(card.id, column, cluster, middle)
    # No room left between the neighbours: number the group afresh.
    order = [*group[:index], card, *group[index:]]
    moves: list[Command] = [
        MoveCard(c.id, column, cluster, float(number))
        for number, c in enumerate(order, start=1)
        if c.id == card.id or c.position != float(number)
    ]
    return Batch(tuple(moves), MoveCard.label)
