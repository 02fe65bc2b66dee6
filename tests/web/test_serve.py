"""`workshop serve`: the room's server without the window, stopped cleanly or killed mid-sentence."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.core.board import board_state
from tests.web.conftest import WRITE, PhoneClient
from workshop.store import SessionFile

PHONES = 20


def _start(path: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen([sys.executable, "-m", "workshop", "serve", str(path), "--bind", "127.0.0.1",
                                "--step", str(WRITE + 1), *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.startswith("Join: http://127.0.0.1:"), first
    return process, first.removeprefix("Join: ").strip()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "board.workshop"
    SessionFile.create(path, board_state()).close()
    return path


def test_serve_prints_the_address_first_and_stops_cleanly_on_sigterm(path: Path) -> None:
    process, url = _start(path)
    try:
        phone = PhoneClient(url)
        phone.join("Ana")
        answer = phone.send({"id": "one", "step": WRITE, "kind": "card", "text": "Greet by name",
                             "column": "keep"})
        assert answer.status == 200
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "everything the phones sent is in the session file" in err
    assert "Traceback" not in err
    state = SessionFile.snapshot(path)
    assert [(c.text, c.author) for c in state.cards] == [("Greet by name", "Ana")]
    assert state.current == WRITE
    # The lock died with the server: the file opens for writing again.
    SessionFile.open(path).close()


def test_serve_says_why_it_cannot_start(path: Path, tmp_path: Path) -> None:
    missing = subprocess.run([sys.executable, "-m", "workshop", "serve", str(tmp_path / "nope.workshop")],
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and missing.stderr.startswith("workshop serve: ")
    assert "Traceback" not in missing.stderr
    process, url = _start(path)
    try:
        port = url.split(":")[2].split("/")[0]
        taken = subprocess.run([sys.executable, "-m", "workshop", "serve", str(path), "--bind", "127.0.0.1",
                                "--port", port], capture_output=True, text=True, timeout=60)
        # The session is open in the first server: the second is told, in a sentence.
        assert taken.returncode == 1 and "open" in taken.stderr and "Traceback" not in taken.stderr
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    assert process.returncode == 0


def test_no_acknowledged_card_is_lost_when_the_server_is_killed(path: Path) -> None:
    """SIGKILL while 20 phones send: every card a phone heard "received" for is in the file."""
    rng = random.Random(13)
    acknowledged: set[str] = set()
    lock = threading.Lock()
    for round_ in range(3):
        process, url = _start(path)
        stop = threading.Event()

        def phone_sends(number: int, url: str = url, round_: int = round_,
                        stop: threading.Event = stop) -> None:
            phone = PhoneClient(url)
            try:
                phone.join(f"P{round_}-{number}")
                for n in range(1000):
                    if stop.is_set():
                        return
                    text = f"r{round_} p{number} card {n}"
                    answer = phone.send({"id": f"{number}-{n}", "step": WRITE, "kind": "card", "text": text,
                                         "column": "keep"})
                    if answer.status == 200:
                        with lock:
                            acknowledged.add(text)
                    time.sleep(0.25)  # within the rate a phone is allowed
            except (OSError, json.JSONDecodeError, AssertionError):
                return  # the server died under this phone

        threads = [threading.Thread(target=phone_sends, args=(n,)) for n in range(PHONES)]
        for thread in threads:
            thread.start()
        time.sleep(1.0 + rng.random() * 1.5)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
        process.communicate(timeout=30)
        on_file = {card.text for card in SessionFile.snapshot(path).cards}
        assert acknowledged <= on_file, sorted(acknowledged - on_file)[:5]
    assert len(acknowledged) >= PHONES  # the phones really were sending when the kills came
