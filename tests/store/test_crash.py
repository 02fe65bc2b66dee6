"""Kill a process that is adding cards at random moments: no committed card is lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from workshop.store import SessionFile

WRITER = Path(__file__).with_name("card_writer.py")
ROUNDS = 25


def _run_and_kill(path: Path, delay: float) -> list[int]:
    """Start the writer, SIGKILL it after `delay` seconds; return the ids it reported."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, str(WRITER), str(path)], stdout=subprocess.PIPE,
                             text=True, env=env)
    reported: list[int] = []

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("committed "):
                reported.append(int(line.split()[1]))

    reader = threading.Thread(target=read)
    reader.start()
    # Wait for the first commit so every round kills a writer that is busy writing.
    deadline = time.monotonic() + 30
    while not reported and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join()
    assert child.stdout is not None
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return reported


def test_every_reported_card_survives_sigkill(tmp_path: Path, state) -> None:
    path = tmp_path / "crash.workshop"
    SessionFile.create(path, state).close()
    rng = random.Random(20261122)
    reported_total: list[int] = []
    for _ in range(ROUNDS):
        reported = _run_and_kill(path, rng.uniform(0.0, 0.25))
        assert reported, "the writer never committed a card before it was killed"
        reported_total.extend(reported)
        with SessionFile.open(path) as session:
            ids = {card.id for card in session.load().cards}
        missing = set(reported_total) - ids
        assert not missing, f"committed cards lost after SIGKILL: {sorted(missing)[:10]}"
        db = sqlite3.connect(path)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            db.close()
    assert len(reported_total) > ROUNDS * 5
