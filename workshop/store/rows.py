"""How each kind of thing a session holds is laid out as a row of its table.

One `RowMap` per list of `SessionState` (see `session.TABLES`): the columns,
which of them identify a row, and the conversions both ways. The session
file writes a command's effect as "delete the old rows, insert the new".
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from workshop.core.session import (
    Action,
    Answer,
    Card,
    Cluster,
    DayStart,
    Rating,
    Reveal,
    Statement,
    Target,
    Vote,
)

Row = tuple[Any, ...]


@dataclass(frozen=True)
class RowMap:
    """The table of one kind of entity and how an entity becomes a row and back."""

    table: str
    columns: tuple[str, ...]
    key: tuple[str, ...]  # columns that identify a row (a vote's card or cluster may be NULL)
    to_row: Callable[[Any], Row]
    from_row: Callable[[Sequence[Any]], Any]

    def insert(self, db: sqlite3.Connection, entities: Sequence[Any]) -> None:
        marks = ", ".join("?" for _ in self.columns)
        db.executemany(f"INSERT INTO {self.table} ({', '.join(self.columns)}) VALUES ({marks})",
                       [self.to_row(entity) for entity in entities])

    def delete(self, db: sqlite3.Connection, entity: Any) -> None:
        row = self.to_row(entity)
        pairs = [(column, row[self.columns.index(column)]) for column in self.key]
        # "= ?" rather than "IS ?" where there is a value: only then can SQLite
        # use the partial indexes (e.g. votes on cards), instead of a scan.
        where = " AND ".join(f"{column} = ?" if value is not None else f"{column} IS NULL"
                             for column, value in pairs)
        db.execute(f"DELETE FROM {self.table} WHERE {where}",
                   [value for _column, value in pairs if value is not None])

    def load(self, db: sqlite3.Connection) -> list[Any]:
        rows = db.execute(f"SELECT {', '.join(self.columns)} FROM {self.table}")
        return [self.from_row(row) for row in rows]


class SessionColumn(RowMap):
    """A value kept in one column of the session's only row: at most one entity, none being ''.

    `table` is "session" and `columns` the one column; writing it is an
    UPDATE, removing it puts '' back, so the row itself is never touched.
    """

    def insert(self, db: sqlite3.Connection, entities: Sequence[Any]) -> None:
        for entity in entities:
            db.execute(f"UPDATE session SET {self.columns[0]} = ? WHERE id = 1", self.to_row(entity))

    def delete(self, db: sqlite3.Connection, entity: Any) -> None:
        db.execute(f"UPDATE session SET {self.columns[0]} = '' WHERE id = 1")

    def load(self, db: sqlite3.Connection) -> list[Any]:
        column = self.columns[0]
        rows = db.execute(f"SELECT {column} FROM session WHERE id = 1 AND {column} != ''")
        return [self.from_row(row) for row in rows]


def _card_row(card: Card) -> Row:
    return (card.id, card.item, card.step, card.text, card.column, card.created_at, card.colour,
            int(card.hidden), card.author, card.cluster, card.position, card.device)


def _card(row: Sequence[Any]) -> Card:
    return Card(row[0], row[1], row[2], row[3], row[4], row[5], row[6], bool(row[7]), row[8],
                row[9], float(row[10]), row[11])


def _vote_row(vote: Vote) -> Row:
    on_card = vote.target.kind == Target.CARD
    return (vote.item, vote.step, vote.target.id if on_card else None,
            None if on_card else vote.target.id, vote.voter or "", vote.count)


def _vote(row: Sequence[Any]) -> Vote:
    target = Target.card(row[2]) if row[2] is not None else Target.cluster(row[3])
    return Vote(row[0], row[1], target, row[4] or None, row[5])


def _statement_row(statement: Statement) -> Row:
    return (statement.id, statement.item, statement.step,
            json.dumps(dict(statement.values), ensure_ascii=False), int(statement.chosen))


def _statement(row: Sequence[Any]) -> Statement:
    values = json.loads(row[3])
    if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
        raise ValueError(f"statement {row[0]}: its fields are not text")
    return Statement(row[0], row[1], row[2], values, bool(row[4]))


ROWS: dict[str, RowMap] = {
    "cards": RowMap(
        "card", ("id", "item", "step", "text", "column_key", "created_at", "colour", "hidden",
                 "author", "cluster_id", "position", "device"), ("id",), _card_row, _card),
    "clusters": RowMap(
        "cluster", ("id", "item", "step", "name", "column_key", "position"), ("id",),
        lambda c: (c.id, c.item, c.step, c.name, c.column, c.position),
        lambda r: Cluster(r[0], r[1], r[2], r[3], r[4], float(r[5]))),
    "votes": RowMap(
        "vote", ("item", "step", "card_id", "cluster_id", "voter", "count"),
        ("item", "step", "card_id", "cluster_id", "voter"), _vote_row, _vote),
    "ratings": RowMap(
        "rating", ("item", "step", "subject", "participant", "value"),
        ("item", "step", "subject", "participant"),
        lambda r: (r.item, r.step, r.subject, r.participant or "", r.value),
        lambda r: Rating(r[0], r[1], r[2], r[3] or None, r[4])),
    "statements": RowMap(
        "statement", ("id", "item", "step", "fields", "chosen"), ("id",),
        _statement_row, _statement),
    "answers": RowMap(
        "answer", ("item", "step", "question", "participant", "text"),
        ("item", "step", "question", "participant"),
        lambda a: (a.item, a.step, a.question, a.participant or "", a.text),
        lambda r: Answer(r[0], r[1], r[2], r[4], r[3] or None)),
    "actions": RowMap(
        "action", ("id", "item", "step", "what", "who", "due"), ("id",),
        lambda a: (a.id, a.item, a.step, a.what, a.who, a.due.isoformat() if a.due else ""),
        lambda r: Action(r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5]) if r[5] else None)),
    "day_starts": SessionColumn(
        "session", ("day_start",), (), lambda d: (d.at,), lambda r: DayStart(r[0])),
    # A row is a step revealed on cue (`shown` stays 1: held back again deletes the row).
    "reveals": RowMap(
        "reveal", ("item", "step", "shown"), ("item", "step"),
        lambda r: (r.item, r.step, 1), lambda row: Reveal(row[0], row[1])),
}
