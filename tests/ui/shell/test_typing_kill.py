"""Kill the real window while someone types: at most about a tenth of a second of typing is lost.

A child process runs the main window (offscreen) on a session file and types
one character every 20 ms, without pause, into the card entry or into an
answer, printing how many it has typed. The test SIGKILLs it at a random
moment, then reads the drafts the file holds. What is missing is what was
typed in the last moments before the kill: it must stay within
`LOSS_ALLOWED` characters (the drafts are written within 100 ms of a key,
however long the typing goes on without a pause).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from tests.checkout import ROOT
from workshop.store import SessionFile

KEY_EVERY_MS = 20
# 100 ms of drafts at 20 ms a key is 5 characters; the rest is room for a busy
# machine's scheduling (the kill and the last print are not simultaneous).
LOSS_ALLOWED = 12
ROUNDS = 4

CHILD = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from workshop.library.catalog import load_library
    from workshop.paths import shipped_library
    from workshop.ui.shell.context import AppContext
    from workshop.ui.shell.main_window import MainWindow

    path, where = sys.argv[1], sys.argv[2]
    app = QApplication([])
    window = MainWindow(AppContext(library=load_library([shipped_library()])))
    window.show()
    assert window.open_session(path)
    controller = window.controller
    exercise, step = ("keep-it-alive", "write") if where == "card" else ("keep-it-alive", "check")
    index = next(i for i, stop in enumerate(controller.state.stops)
                 if stop.item.exercise and stop.item.exercise.id == exercise and stop.step.key == step)
    controller.go_to(index)
    app.processEvents()
    inputs = window.run_page.inputs
    field = (inputs.notes_board().entry_panel.entry if where == "card"
             else inputs.current_panel.answers[0])
    field.setFocus()
    typed = 0

    def key():
        global typed
        QTest.keyClicks(field, "abcdefghij"[typed % 10])
        typed += 1
        print(typed, flush=True)

    timer = QTimer()
    timer.timeout.connect(key)
    timer.start(KEY_EVERY_MS)
    app.exec()
""").replace("KEY_EVERY_MS", str(KEY_EVERY_MS))


def type_and_kill(path: Path, where: str, delay: float) -> int:
    """Start typing in a child, SIGKILL it after `delay` seconds of typing; return what it typed."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), where], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    typed = [0]

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            typed[0] = int(line)

    reader = threading.Thread(target=read)
    reader.start()
    deadline = time.monotonic() + 60
    while typed[0] == 0 and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert typed[0] > 0, "the child never started typing"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join()
    assert child.stdout is not None
    child.stdout.close()
    return typed[0]


def shipped_session(tmp_path: Path, state: object, name: str) -> Path:
    path = tmp_path / name
    SessionFile.create(path, state).close()  # type: ignore[arg-type]
    return path


@pytest.mark.parametrize("where", ["card", "answer"])
def test_a_kill_while_typing_loses_at_most_a_tenth_of_a_second(tmp_path: Path, state: object,
                                                                where: str) -> None:
    rng = random.Random(11)
    losses = []
    for round_ in range(ROUNDS):
        path = shipped_session(tmp_path, state, f"{where}-{round_}.workshop")
        typed = type_and_kill(path, where, rng.uniform(0.4, 2.5))
        with SessionFile.open(path) as session:  # the killed window's lock died with it
            drafts = session.drafts()
        kept = max((len(text) for place, text in drafts.items()
                    if place == "card" or place.startswith("answer:")), default=0)
        assert kept <= typed
        losses.append(typed - kept)
    print(f"\n{where}: characters lost at a kill, {ROUNDS} rounds at one key per {KEY_EVERY_MS} ms: "
          f"{losses}")
    assert max(losses) <= LOSS_ALLOWED, losses
