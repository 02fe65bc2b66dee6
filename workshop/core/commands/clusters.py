"""Commands on clusters: create, rename, delete (and restore). Cards join one with MoveCard."""

from __future__ import annotations

from dataclasses import dataclass, replace

from workshop.core.commands.base import Command, card_step, check_column
from workshop.core.commands.cards import votes_on
from workshop.core.session import (
    MAX_NAME_LENGTH,
    Cluster,
    InputError,
    SessionState,
    Target,
    Vote,
    clean_text,
)
from workshop.core.worded import said


def find_cluster(state: SessionState, cluster_id: int) -> Cluster:
    cluster = state.cluster(cluster_id)
    if cluster is None:
        raise InputError("That cluster is no longer on the board.")
    return cluster


def clean_cluster_name(name: str) -> str:
    # A cluster may stay unnamed for a while: the room names it after grouping.
    cleaned = clean_text(name, said("A cluster's name"), limit=MAX_NAME_LENGTH)
    if "\n" in cleaned or "\r" in cleaned:
        raise InputError("A cluster's name must fit on one line.")
    return cleaned


@dataclass(frozen=True)
class CreateCluster(Command):
    """A new, empty cluster on a step's board (in `column`, if the board has columns)."""

    item: int
    step: str
    name: str = ""
    column: str = ""

    label = "Create cluster"

    def apply(self, state: SessionState) -> Command:
        spec = card_step(state, self.item, self.step)
        positions = [c.position for c in state.clusters_for(self.item, self.step)]
        cluster = Cluster(
            id=state.next_id("clusters"), item=self.item, step=self.step,
            name=clean_cluster_name(self.name), column=check_column(spec, self.column),
            position=max(positions) + 1.0 if positions else 1.0,
        )
        state.put("clusters", cluster)
        return DeleteCluster(cluster.id)


@dataclass(frozen=True)
class RenameCluster(Command):
    """Give a cluster a (new) name."""

    cluster: int
    name: str

    label = "Rename cluster"

    def apply(self, state: SessionState) -> Command:
        cluster = find_cluster(state, self.cluster)
        state.put("clusters", replace(cluster, name=clean_cluster_name(self.name)))
        return RenameCluster(cluster.id, cluster.name)


@dataclass(frozen=True)
class DeleteCluster(Command):
    """Remove a cluster: its cards stay on the board, unclustered; dots on it are released."""

    cluster: int

    label = "Delete cluster"

    def apply(self, state: SessionState) -> Command:
        cluster = find_cluster(state, self.cluster)
        members = tuple(card.id for card in state.cards if card.cluster == cluster.id)
        votes = votes_on(state, Target.cluster(cluster.id))
        for card_id in members:
            card = state.card(card_id)
            assert card is not None
            state.put("cards", replace(card, cluster=None))
        for vote in votes:
            state.remove("votes", vote.key)
        state.remove("clusters", cluster.key)
        return RestoreCluster(cluster, members, votes)


@dataclass(frozen=True)
class RestoreCluster(Command):
    """Put back a deleted cluster (same id), its cards and the dots on it."""

    cluster: Cluster
    cards: tuple[int, ...] = ()
    votes: tuple[Vote, ...] = ()

    label = "Restore cluster"

    def apply(self, state: SessionState) -> Command:
        cluster = self.cluster
        if state.cluster(cluster.id) is not None:
            raise InputError("That cluster is already on the board.")
        card_step(state, cluster.item, cluster.step)
        members = []
        for card_id in self.cards:
            card = state.card(card_id)
            if card is None or (card.item, card.step) != (cluster.item, cluster.step):
                raise InputError("A card of that cluster is no longer on the board.")
            members.append(card)
        if any(vote.target != Target.cluster(cluster.id) for vote in self.votes):
            raise InputError("Only the cluster's own votes come back with it.")
        state.put("clusters", cluster)
        for card in members:
            state.put("cards", replace(card, cluster=cluster.id))
        for vote in self.votes:
            state.put("votes", vote)
        return DeleteCluster(cluster.id)
