"""The schema of a session file and the migrations that bring old files forward.

`SCHEMA` builds a new file at `SCHEMA_VERSION`. `MIGRATIONS[n]` takes a file
from version n to n + 1, one transaction each; a test checks that a version 1
file brought forward has the same tables, columns, keys and indexes as a new
one. `SCHEMA_V1` is kept, frozen, so tests can build the files older versions
of Workshop wrote.
"""

from __future__ import annotations

# "WKSH": marks an SQLite file as a workshop session, so a foreign database is
# refused before anything is written to it.
APPLICATION_ID = 0x574B5348

SCHEMA_VERSION = 7

# Tables every version has; a file missing one is damaged.
CORE_TABLES = frozenset({"session", "snapshot", "card", "step_event"})

SCHEMA_V1 = """
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

# The group's answers as version 2 made them (version 5 keeps phones' answers there too).
_V2_ANSWER = """
CREATE TABLE answer (
    item INTEGER NOT NULL,
    step TEXT NOT NULL,
    question INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (item, step, question)
);
"""

# Tables new in version 2, shared by SCHEMA and the migration from version 1.
_V2_TABLES = """
CREATE TABLE cluster (
    id INTEGER PRIMARY KEY,
    item INTEGER NOT NULL,
    step TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    column_key TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0
);
CREATE INDEX card_by_cluster ON card (cluster_id);
-- Dots on a card or (exactly one of) a cluster; voter '' is the facilitator's tally.
CREATE TABLE vote (
    item INTEGER NOT NULL,
    step TEXT NOT NULL,
    card_id INTEGER REFERENCES card (id),
    cluster_id INTEGER REFERENCES cluster (id),
    voter TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL CHECK (count > 0),
    CHECK ((card_id IS NULL) <> (cluster_id IS NULL))
);
CREATE UNIQUE INDEX vote_on_card ON vote (card_id, item, step, voter) WHERE card_id IS NOT NULL;
CREATE UNIQUE INDEX vote_on_cluster ON vote (cluster_id, item, step, voter)
    WHERE cluster_id IS NOT NULL;
-- participant '' is the group's consensus.
CREATE TABLE rating (
    item INTEGER NOT NULL,
    step TEXT NOT NULL,
    subject INTEGER NOT NULL,
    participant TEXT NOT NULL DEFAULT '',
    value INTEGER NOT NULL,
    PRIMARY KEY (item, step, subject, participant)
);
-- fields: a JSON object, field key -> text.
CREATE TABLE statement (
    id INTEGER PRIMARY KEY,
    item INTEGER NOT NULL,
    step TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '{}',
    chosen INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1))
);
CREATE UNIQUE INDEX one_chosen_statement ON statement (item, step) WHERE chosen = 1;
""" + _V2_ANSWER + """-- due: an ISO date, or '' for none.
CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    item INTEGER NOT NULL,
    step TEXT NOT NULL,
    what TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT ''
);
-- The undo and redo stacks: each row is the command (JSON) that undoes
-- (stack 'undo') or redoes (stack 'redo') one change; the top has the highest id.
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
    label TEXT NOT NULL,
    command TEXT NOT NULL
);
CREATE INDEX history_by_stack ON history (stack, id);
"""

# New in version 3: what was being typed and not added yet (a card half written when the
# session closed or the laptop went flat), put back in its field when the file opens again.
# One row per field ("card": the card entry); an empty field has no row.
_V3_TABLES = """
CREATE TABLE draft (
    place TEXT PRIMARY KEY,
    text TEXT NOT NULL
);
"""

# New in version 4: where each change in the undo history came from ("console", "import",
# later "phone:<device>"), and the key that folds a run of small edits into one step
# ("answer:3:check:0": an answer saved after each pause in the typing is undone whole).
_V4_COLUMNS = """
ALTER TABLE history ADD COLUMN origin TEXT NOT NULL DEFAULT 'console';
ALTER TABLE history ADD COLUMN merge_key TEXT NOT NULL DEFAULT '';
"""

# New in version 5: the room's phones. `phone` holds each phone that joined: `device`, its
# public id (history origins say "phone:<device>"), `secret` a hash of the cookie it holds,
# `label` the name it gave or "Phone N", unique in the session so two phones never share a
# vote allowance. `receipt` names every change a phone sent, written in the change's own
# transaction, so a change sent again after a lost connection is never applied twice. `room`
# keeps the join token and the facilitator's settings for the room (key, value). A card
# says which phone sent it (`device`, "" for the console).
_V5_TABLES = """
CREATE TABLE phone (
    device TEXT PRIMARY KEY,
    secret TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL UNIQUE,
    named INTEGER NOT NULL DEFAULT 0 CHECK (named IN (0, 1)),
    joined_at TEXT NOT NULL,
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1))
);
CREATE TABLE receipt (
    id TEXT PRIMARY KEY,
    at TEXT NOT NULL
);
CREATE TABLE room (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
ALTER TABLE card ADD COLUMN device TEXT NOT NULL DEFAULT '';
"""

# Also new in version 5: an answer is the group's (participant '') or one participant's, sent
# from their phone. The key grows a column, which SQLite cannot alter in place: the table is
# built again and what it held is kept as the group's answers.
_V5_ANSWER = """
CREATE TABLE answer (
    item INTEGER NOT NULL,
    step TEXT NOT NULL,
    question INTEGER NOT NULL,
    participant TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    PRIMARY KEY (item, step, question, participant)
);
"""
_V5_ANSWER_REBUILT = _V5_ANSWER.replace("CREATE TABLE answer (", "CREATE TABLE answer_v5 (") + """
INSERT INTO answer_v5 (item, step, question, text) SELECT item, step, question, text FROM answer;
DROP TABLE answer;
ALTER TABLE answer_v5 RENAME TO answer;
"""

# New in version 6: the day's own start, when it is not the plan's ('' keeps the plan's; else
# an ISO date and time, set when the session is made or when the day is re-anchored to its first
# timer start), and which steps held back for a cue have shown their results on the wall.
_V6_TABLES = """
ALTER TABLE session ADD COLUMN day_start TEXT NOT NULL DEFAULT '';
CREATE TABLE reveal (
    item INTEGER NOT NULL,
    step TEXT NOT NULL,
    shown INTEGER NOT NULL DEFAULT 0 CHECK (shown IN (0, 1)),
    PRIMARY KEY (item, step)
);
"""

_CARD_V2_COLUMNS = """
    colour TEXT NOT NULL DEFAULT '',
    hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    author TEXT NOT NULL DEFAULT '',
    cluster_id INTEGER REFERENCES cluster (id),
    position REAL NOT NULL DEFAULT 0
"""

# New in version 7: the session's language, a BCP 47 tag ("en", "de"), chosen when it is made.
_V7_COLUMNS = """
ALTER TABLE session ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
"""

SCHEMA = SCHEMA_V1.replace(
    "    created_at TEXT NOT NULL\n);",
    "    created_at TEXT NOT NULL," + _CARD_V2_COLUMNS + ");",
) + _V2_TABLES.replace(_V2_ANSWER, _V5_ANSWER) + _V3_TABLES + _V4_COLUMNS + _V5_TABLES + _V6_TABLES \
    + _V7_COLUMNS

MIGRATIONS: dict[int, str] = {
    # 1 -> 2: card colour, hiding, author, cluster and board position; clusters,
    # votes, ratings, statements, answers, actions and the undo history.
    1: "".join(f"ALTER TABLE card ADD COLUMN {column.strip().rstrip(',')};\n"
               for column in _CARD_V2_COLUMNS.strip().splitlines())
       + "UPDATE card SET position = id;\n"  # keep the order the cards were typed in
       + _V2_TABLES,
    # 2 -> 3: drafts.
    2: _V3_TABLES,
    # 3 -> 4: the undo history says where each change came from, and which run it belongs to.
    3: _V4_COLUMNS,
    # 4 -> 5: the room's phones, their receipts and the room's settings; answers from phones.
    4: _V5_TABLES + _V5_ANSWER_REBUILT,
    # 5 -> 6: the day's own start; results revealed on cue.
    5: _V6_TABLES,
    # 6 -> 7: the session's language (files from before were English).
    6: _V7_COLUMNS,
}

assert "colour" in SCHEMA, "SCHEMA_V1's card table changed: update SCHEMA"
assert _V5_ANSWER in SCHEMA, "_V2_TABLES' answer table changed: update SCHEMA"


def statements(script: str) -> list[str]:
    """The SQL statements of a script: comment lines dropped, split at semicolons.

    (The schema's strings hold no semicolons; comments may.)
    """
    code = "\n".join(line for line in script.splitlines() if not line.strip().startswith("--"))
    return [statement.strip() for statement in code.split(";") if statement.strip()]
