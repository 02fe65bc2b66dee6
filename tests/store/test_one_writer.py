"""One writer per session file, honest read-only views, and reads that never change a file."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.checkout import ROOT
from tests.core.board import ITEM
from tests.read_only_media import run_on_read_only_media
from tests.store.test_migration import write_v1_file
from workshop.core.commands import AddCard
from workshop.core.session import SessionState
from workshop.refusals import say
from workshop.store import SessionFile, SessionFileError
from workshop.store.lock import holder_of, lock_path
from workshop.store.schema import SCHEMA_VERSION
from workshop.store.session_file import TEMP_PREFIX, SessionInUse


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def hold_in_another_process(path: Path) -> subprocess.Popen[str]:
    """A process that opens `path` for writing and waits; returns once it holds the file."""
    code = textwrap.dedent(f"""
        import sys, time
        from workshop.store import SessionFile
        session = SessionFile.open({str(path)!r})
        print("open", flush=True)
        time.sleep(120)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    return child


def stop(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.stdout is not None
    child.stdout.close()


# ------------------------------------------------------------------- one writer


def test_a_second_writer_in_the_same_process_is_refused_in_words(board_path: Path) -> None:
    with SessionFile.open(board_path) as first:
        with pytest.raises(SessionInUse) as refused:
            SessionFile.open(board_path)
        assert refused.value.message.startswith("open in Workshop on this machine since ")
        assert "read-only" in refused.value.message
        # Said in the window's or the command line's language, where it is shown.
        german = say(refused.value, "de")
        assert german.startswith("seit ")
        assert "in Workshop auf diesem Rechner geöffnet; hier lässt sie" in german
        assert refused.value.holder.pid == os.getpid()
        # The writer goes on writing.
        first.apply(AddCard(ITEM, "write", "still mine", "keep"))
    # Closed: the lock and its file are gone, and the next writer opens it.
    assert not lock_path(board_path).exists()
    with SessionFile.open(board_path) as again:
        assert [c.text for c in again.state.cards] == ["still mine"]


def test_another_process_holds_it_and_a_killed_one_never_leaves_it_locked(board_path: Path) -> None:
    child = hold_in_another_process(board_path)
    try:
        with pytest.raises(SessionInUse) as refused:
            SessionFile.open(board_path)
        assert refused.value.holder.pid == child.pid
        assert holder_of(board_path) is not None
    finally:
        stop(child)
    # The kernel let go with the process: the file left behind is no lock.
    assert lock_path(board_path).exists()
    assert holder_of(board_path) is None
    with SessionFile.open(board_path) as session:
        session.apply(AddCard(ITEM, "write", "after the kill", "keep"))


def test_a_read_only_view_beside_the_writer_sees_a_consistent_moment_and_writes_nothing(
        board_path: Path) -> None:
    with SessionFile.open(board_path) as writer:
        writer.apply(AddCard(ITEM, "write", "one", "keep"))
        before = siblings(board_path)
        with SessionFile.open(board_path, read_only=True) as view:
            assert view.read_only == "opened read-only"
            assert [c.text for c in view.state.cards] == ["one"]
            writer.apply(AddCard(ITEM, "write", "two", "keep"))  # the writer is not held up
            with pytest.raises(SessionFileError, match="read-only here"):
                view.apply(AddCard(ITEM, "write", "from the view", "keep"))
            with pytest.raises(SessionFileError, match="read-only here"):
                view.save_draft("card", "typed in the view")
            assert [c.text for c in view.state.cards] == ["one"]
        assert siblings(board_path) == before
        assert [c.text for c in SessionFile.snapshot(board_path).cards] == ["one", "two"]


# ------------------------------------------------------------ upgrade and crash


def test_an_upgrade_committed_but_not_checkpointed_opens_next_time(tmp_path: Path,
                                                                    state: SessionState) -> None:
    """Killed after the upgrade's commit: the header still says the old format, the -wal the new."""
    path = tmp_path / "old.workshop"
    write_v1_file(path, state)
    code = textwrap.dedent(f"""
        import os, sqlite3
        from workshop.store.schema import MIGRATIONS, statements
        db = sqlite3.connect({str(path)!r}, isolation_level=None)
        db.execute("PRAGMA wal_autocheckpoint = 0")
        for version in (1, 2):
            db.execute("BEGIN IMMEDIATE")
            for statement in statements(MIGRATIONS[version]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {{version + 1}}")
            db.execute("COMMIT")
        os._exit(0)  # as a kill would: no checkpoint at close
    """)
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    assert int.from_bytes(path.read_bytes()[60:64], "big") == 1  # the header's version
    assert Path(f"{path}-wal").stat().st_size > 0

    with SessionFile.open(path) as session:
        assert len(session.state.cards) == 3
    # Once opened, the file's own header says what it holds.
    assert int.from_bytes(path.read_bytes()[60:64], "big") == SCHEMA_VERSION


def test_an_upgrade_is_in_the_main_file_before_open_returns(tmp_path: Path, state: SessionState) -> None:
    path = tmp_path / "old.workshop"
    write_v1_file(path, state)
    session = SessionFile.open(path)
    try:
        assert int.from_bytes(path.read_bytes()[60:64], "big") == SCHEMA_VERSION
    finally:
        session.close()


# ------------------------------------------------------- reading never changes a file


def test_a_snapshot_of_an_older_file_leaves_it_byte_for_byte(tmp_path: Path, state: SessionState) -> None:
    path = tmp_path / "old.workshop"
    write_v1_file(path, state)
    before, names = digest(path), siblings(path)
    snapshot = SessionFile.snapshot(path)
    assert [c.text for c in snapshot.cards][:1] == ["Trusted to fix things"]
    assert digest(path) == before and siblings(path) == names
    assert int.from_bytes(path.read_bytes()[60:64], "big") == 1


def test_a_session_on_read_only_media_opens_read_only_and_exports(board_path: Path) -> None:
    code = textwrap.dedent("""
        import os, sys
        from pathlib import Path
        from workshop.core.commands import AddCard
        from workshop.store import SessionFile, SessionFileError
        path = Path(sys.argv[1]) / "board.workshop"
        with SessionFile.open(path) as session:
            print("read-only:", session.read_only)
            print("cards:", len(session.state.cards))
            try:
                session.apply(AddCard(int(sys.argv[2]), "write", "x", "keep"))
            except SessionFileError as error:
                print("refused:", error.message)
        print("snapshot:", SessionFile.snapshot(path).header.title)
        print("files:", sorted(os.listdir(path.parent)))
    """)
    result = run_on_read_only_media([board_path], [sys.executable, "-c", code, "{media}", str(ITEM)],
                                    env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("read-only: the file is read-only") or "folder cannot be written" in lines[0]
    assert "refused: this session is read-only here" in result.stdout
    assert "files: ['board.workshop']" in result.stdout


def test_the_cli_exports_a_session_on_read_only_media(board_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = run_on_read_only_media(
        [board_path], [sys.executable, "-m", "workshop", "export", "{media}/board.workshop", "-o",
                       out / "board.md"], env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert (out / "board.md").is_file()


def test_export_of_a_session_open_in_the_window_works_and_waits_for_nobody(board_path: Path,
                                                                          tmp_path: Path) -> None:
    child = hold_in_another_process(board_path)
    try:
        result = subprocess.run([sys.executable, "-m", "workshop", "export", str(board_path), "-o",
                                 str(tmp_path / "open.json")], cwd=ROOT, capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, result.stderr
        assert (tmp_path / "open.json").is_file()
    finally:
        stop(child)


# --------------------------------------------------------------- new files


def test_a_new_file_honours_the_umask(tmp_path: Path, state: SessionState) -> None:
    old = os.umask(0o022)
    try:
        SessionFile.create(tmp_path / "shared.workshop", state).close()
    finally:
        os.umask(old)
    assert (tmp_path / "shared.workshop").stat().st_mode & 0o777 == 0o644


def test_a_create_killed_half_way_leaves_nothing_the_next_create_does_not_clean(
        tmp_path: Path, state: SessionState) -> None:
    # What a kill during create leaves: a temporary file nobody holds (and its lock file).
    abandoned = tmp_path / f"{TEMP_PREFIX}abc123.workshop"
    db = sqlite3.connect(abandoned)
    db.execute("CREATE TABLE half (x)")
    db.close()
    (tmp_path / f".{abandoned.name}.lock").write_text("{}")
    SessionFile.create(tmp_path / "next.workshop", state).close()
    assert siblings(tmp_path / "next.workshop") == ["next.workshop"]


def test_words_not_sqlite(board_path: Path) -> None:
    # A UNIQUE clash written behind the app's back: the message is words, SQLite's text stays inside.
    with SessionFile.open(board_path) as session:
        session.apply(AddCard(ITEM, "write", "first", "keep"))
        session._db.execute("INSERT INTO card (id, item, step, text, created_at) "
                            "VALUES (2, ?, 'write', 'sneaked in', '')", (ITEM,))
        with pytest.raises(SessionFileError) as failed:
            session.apply(AddCard(ITEM, "write", "second", "keep"))
    assert "UNIQUE" not in failed.value.message and "constraint" not in failed.value.message
    assert failed.value.message == ("the change could not be saved: the change did not fit what the "
                                    "file holds; nothing was changed")
