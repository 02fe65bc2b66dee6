"""The schema of a session file and the migrations that bring old files forward."""

from __future__ import annotations

# "WKSH": marks an SQLite file as a workshop session, so a foreign database is
# refused before anything is written to it.
APPLICATION_ID = 0x574B5348

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE session (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    app_version TEXT NOT NULL,
    current_stop INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE snapshot (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    plan TEXT NOT NULL,
    templates TEXT NOT NULL
);
CREATE TABLE card (
    id INTEGER PRIMARY KEY,
    item INTEGER NOT NULL,
    step TEXT NOT NULL,
    text TEXT NOT NULL,
    column_key TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX card_by_step ON card (item, step);
CREATE TABLE step_event (
    id INTEGER PRIMARY KEY,
    item INTEGER NOT NULL,
    step TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('start', 'pause', 'resume', 'extend', 'end')),
    at TEXT NOT NULL,
    elapsed REAL NOT NULL DEFAULT 0,
    amount REAL NOT NULL DEFAULT 0
);
"""

# MIGRATIONS[n] takes a file from schema n to n + 1; none yet.
MIGRATIONS: dict[int, str] = {}
