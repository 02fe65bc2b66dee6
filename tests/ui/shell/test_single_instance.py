"""One window per user: a second start gives its file to the app already open, and ends.

Real processes and real sockets. The running app is either a window in this
process (its event loop turns while the test waits in `qtbot.wait`: a hand-off
from this same thread would block on its own server) or a `python -m workshop`
child; later starts are always `python -m workshop` children, with the same
user folders (tests/conftest.py points them at this test's temporary folders,
so the socket's name is this test's own) and a runtime folder of the test's.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.checkout import ROOT
from workshop.ui.shell import single_instance
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.shell.single_instance import (
    Request,
    SingleInstance,
    encode_request,
    parse_request,
    probe,
    socket_address,
)

START_TIMEOUT = 60  # seconds; a start that builds a window of its own never ends by itself

# `python -m workshop` as a double-click starts it, saying when it builds its window and when a
# later start is handed to it, and waiting for a line on stdin first, so two can start together.
OBSERVED_APP = """
import sys
from workshop.ui.shell import app
from workshop.ui.shell.main_window import MainWindow

fit, front = app.fit_to_screen, MainWindow.bring_to_front

def fit_and_say(window):
    print("WINDOW", flush=True)
    fit(window)

def front_and_say(self, path=None):
    print(f"FRONT {path}", flush=True)
    front(self, path)

app.fit_to_screen, MainWindow.bring_to_front = fit_and_say, front_and_say
sys.stdin.readline()
raise SystemExit(app.run_gui())
"""

# A first start (no smoke run, so the real first-launch path) that reports whether QtNetwork
# was loaded at its window's first paint, and again once it listens.
FIRST_PAINT_PROBE = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from workshop.ui.shell import app
from workshop.ui.shell.single_instance import socket_address

fit = app.fit_to_screen

def fit_and_watch(window):
    fit(window)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if watched is window and event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                print("FIRST PAINT " + json.dumps("PySide6.QtNetwork" in sys.modules), flush=True)
                QTimer.singleShot(10_000, lambda: QApplication.exit(1))
                wait_for_socket()
            return False

    def wait_for_socket():
        if os.path.exists(socket_address()):
            print("LISTENING " + json.dumps("PySide6.QtNetwork" in sys.modules), flush=True)
            QApplication.exit(0)
        else:
            QTimer.singleShot(20, wait_for_socket)

    window.installEventFilter(FirstPaint(window))

app.fit_to_screen = fit_and_watch
raise SystemExit(app.run_gui())
"""


@pytest.fixture(autouse=True)
def runtime_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private runtime folder of this test's own: its sockets never land in the user's."""
    folder = tmp_path_factory.mktemp("run")
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


@pytest.fixture
def owner(qtbot: QtBot, window: MainWindow) -> Iterator[SingleInstance]:
    """The app as `run_gui` starts it, in this process: the window owns the name and listens."""
    instance = SingleInstance()
    assert not instance.begin(None) and instance.claimed
    instance.serve(window, window.bring_to_front)
    assert instance.listen()
    yield instance
    instance.close()
    instance.deleteLater()


def start(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None,
          code: str | None = None) -> subprocess.Popen[str]:
    """A later start: `python -m workshop ARGS` (or `code`), as a double-click would run it."""
    full = {name: value for name, value in os.environ.items() if name != "WORKSHOP_SMOKE"}
    full.update(QT_QPA_PLATFORM="offscreen", **(env or {}))
    command = [sys.executable, "-m", "workshop", *args] if code is None else [sys.executable, "-c", code]
    return subprocess.Popen(command, cwd=cwd, env=full, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(qtbot: QtBot, child: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Turn this process's event loop (the app may be here) until `child` ends; its status and output."""
    deadline = time.monotonic() + START_TIMEOUT
    while child.poll() is None:
        if time.monotonic() > deadline:
            child.kill()
            out, err = child.communicate()
            pytest.fail(f"the start did not end: it opened a window of its own\n{out}{err}")
        qtbot.wait(20)
    out, err = child.communicate()
    return child.returncode, out, err


def connect(address: str) -> QLocalSocket:
    client = QLocalSocket()
    client.connectToServer(address)
    assert client.waitForConnected(1000)  # the kernel accepts; the server's loop need not turn
    return client


def wait_until_listening(child: subprocess.Popen[str], address: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not os.path.exists(address):
        assert child.poll() is None, child.communicate()
        assert time.monotonic() < deadline, "the app never listened"
        time.sleep(0.05)


@pytest.mark.parametrize("relative", [False, True], ids=["absolute", "relative"])
def test_a_second_start_with_a_file_opens_it_in_the_running_window(
        qtbot: QtBot, window: MainWindow, owner: SingleInstance, session_path: Path, relative: bool) -> None:
    # A relative path, as a terminal gives it, is made absolute by the start, in its own folder.
    child = start(session_path.name if relative else str(session_path), cwd=session_path.parent)
    status, out, err = finish(qtbot, child)
    assert status == 0, err
    assert out == "Workshop is already open: service-day.workshop is opened there.\n"
    qtbot.waitUntil(lambda: window.controller is not None, timeout=5000)
    assert window.controller.path == session_path
    assert not window.controller.read_only  # the one window that writes it


def test_a_second_start_without_a_file_brings_the_window_forward(
        qtbot: QtBot, window: MainWindow, owner: SingleInstance) -> None:
    asked: list[object] = []
    owner.openRequested.connect(asked.append)
    window.showMinimized()
    status, out, err = finish(qtbot, start())
    assert status == 0, err
    assert out == "Workshop is already open: it is in front.\n"
    qtbot.waitUntil(lambda: asked == [None])
    assert window.isVisible() and not window.isMinimized() and window.controller is None


def test_the_same_file_again_is_still_one_window_writing_it(
        qtbot: QtBot, window: MainWindow, owner: SingleInstance, session_path: Path) -> None:
    assert window.open_session(session_path)
    controller = window.controller
    asked: list[object] = []
    owner.openRequested.connect(asked.append)
    status, _out, err = finish(qtbot, start(str(session_path)))
    assert status == 0, err
    qtbot.waitUntil(lambda: asked == [session_path])
    qtbot.wait(100)
    assert window.controller is controller  # shown again, not opened a second time
    assert window.message_bar.level != "error"
    assert window.findChild(QMessageBox, "sessionInUse") is None


def test_a_file_handed_over_during_a_dialog_waits_for_it(
        qtbot: QtBot, window: MainWindow, owner: SingleInstance, session_path: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Question", "Keep the changes?", parent=window)
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    status, _out, err = finish(qtbot, start(str(session_path)))
    assert status == 0, err
    qtbot.wait(600)
    assert window.controller is None  # not opened under the dialog
    box.done(0)
    qtbot.waitUntil(lambda: window.controller is not None, timeout=5000)
    assert window.controller.path == session_path


@pytest.mark.parametrize("message", [
    b"\xff\xfe not json\n",
    b'{"open": 42}\n',
    b"[1, 2]\n",
    b'{"open": "day.workshop"}\n',  # relative: to which folder?
    b'{"open": "/tmp/day\\u0000.workshop"}\n',  # a NUL ends a path early
    b'{"open": null, "also": "this"}\n',
    b"[" * 50_000 + b"\n",  # deeper than json will follow
    b"x" * 70_000,  # longer than any start sends, and no end of line
], ids=["bytes", "number", "list", "relative", "nul", "extra-key", "deep", "over-long"])
def test_what_no_start_would_send_is_ignored(qtbot: QtBot, owner: SingleInstance, message: bytes) -> None:
    asked: list[object] = []
    owner.openRequested.connect(asked.append)
    client = connect(owner.address or "")
    client.write(message)
    client.flush()
    qtbot.waitUntil(lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
    assert bytes(client.readAll().data()) == b""  # no "ok"
    assert asked == [] and owner.listening
    # And it still answers a real start.
    status, _out, err = finish(qtbot, start())
    assert status == 0, err
    qtbot.waitUntil(lambda: asked == [None])


def test_a_connection_that_never_sends_is_closed(qtbot: QtBot, owner: SingleInstance,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(single_instance, "IDLE_MS", 300)
    silent = [connect(owner.address or "") for _ in range(single_instance.MAX_CONNECTIONS + 2)]
    qtbot.waitUntil(lambda: all(client.state() == QLocalSocket.LocalSocketState.UnconnectedState
                                for client in silent), timeout=5000)
    status, _out, err = finish(qtbot, start())
    assert status == 0, err


def test_requests_are_absolute_paths_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert parse_request(encode_request(Path("day.workshop")).rstrip()) == Request(tmp_path / "day.workshop")
    assert parse_request(encode_request(None).rstrip()) == Request(None)
    odd = Path(os.fsdecode(b"/tmp/caf\xe9 \xff.workshop"))  # not UTF-8: still the same file
    assert parse_request(encode_request(odd).rstrip()) == Request(odd)
    assert parse_request(b'{"open": "/tmp/\\ud800.workshop"}') is None  # no file system names it
    assert parse_request(b'{"open": ""}') is None


def test_a_name_left_by_a_killed_app_is_taken_over(qtbot: QtBot, window: MainWindow) -> None:
    """An app killed by SIGKILL leaves its socket; the next start finds nobody there and is the app."""
    address = socket_address()
    assert address is not None
    killed = start()
    wait_until_listening(killed, address)
    killed.send_signal(signal.SIGKILL)
    killed.communicate()
    assert os.path.exists(address)  # left behind
    instance = SingleInstance()
    assert not instance.begin(None) and instance.claimed
    instance.serve(window, window.bring_to_front)
    assert instance.listen()
    status, out, err = finish(qtbot, start())
    assert status == 0 and out.startswith("Workshop is already open"), err
    instance.close()


def test_a_lock_left_by_a_killed_start_is_taken(qtbot: QtBot) -> None:
    """Killed between its start and its first paint, a start leaves the lock file; it does not hold."""
    single_instance.user_config_dir().mkdir(parents=True)
    holder = start(code=textwrap.dedent(f"""
        import time
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(single_instance.user_config_dir() / single_instance.LOCK_NAME)!r})
        lock.setStaleLockTime(0)
        print("locked" if lock.tryLock(1000) else "not locked", flush=True)
        time.sleep(60)
    """))
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    holder.send_signal(signal.SIGKILL)
    holder.communicate()
    instance = SingleInstance()
    started = time.monotonic()
    assert not instance.begin(None) and instance.claimed
    assert time.monotonic() - started < 2  # the dead process's lock, seen as such at once
    instance.close()


def test_a_lock_held_too_long_starts_a_window_that_does_not_listen(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    first = SingleInstance()
    assert not first.begin(None) and first.claimed  # holds the lock until it listens
    monkeypatch.setattr(single_instance, "LOCK_TIMEOUT_MS", 300)
    # A start in another process waits the same way: Qt sees this live process holds the lock.
    second = SingleInstance()
    assert not second.begin(None) and not second.claimed
    first.close()


def test_two_starts_at_once_make_one_app() -> None:
    """Neither owns the name yet: the lock lets one decide at a time, and the other hands off."""
    address = socket_address()
    assert address is not None
    both = [start(code=OBSERVED_APP) for _ in range(2)]
    for child in both:
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    deadline = time.monotonic() + START_TIMEOUT
    while all(child.poll() is None for child in both):
        if time.monotonic() > deadline:
            for child in both:
                child.kill()
            pytest.fail("both starts became the app: " + repr([child.communicate() for child in both]))
        time.sleep(0.05)
    ended, app = sorted(both, key=lambda child: child.poll() is None)
    out, err = ended.communicate()
    assert ended.returncode == 0, err
    assert out == "Workshop is already open: it is in front.\n"  # and never built a window
    try:
        # The other is the app: a third start hands off to it too.
        third = subprocess.run([sys.executable, "-m", "workshop"], cwd=ROOT, capture_output=True, text=True,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=START_TIMEOUT)
        assert third.returncode == 0 and third.stdout.startswith("Workshop is already open"), third.stderr
        assert app.poll() is None
    finally:
        app.terminate()
        out, _err = app.communicate(timeout=30)
    assert out.splitlines() == ["WINDOW", "FRONT None", "FRONT None"]


def test_qtnetwork_is_loaded_after_the_first_paint() -> None:
    """A first start claims the name before its window, and listens only once it is painted."""
    child = start(code=FIRST_PAINT_PROBE)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, out + err
    assert out.splitlines() == ["FIRST PAINT false", "LISTENING true"], (
        "QtNetwork was loaded before the first paint: import it only once the window is painted "
        "(workshop/ui/shell/single_instance.py)")


def test_the_first_paint_probe_can_tell() -> None:
    """The probe itself sees QtNetwork when something loads it before the window."""
    eager = "import PySide6.QtNetwork\n" + FIRST_PAINT_PROBE
    out, err = start(code=eager).communicate(timeout=120)
    assert out.splitlines()[0] == "FIRST PAINT true", out + err


def test_a_smoke_run_shows_its_own_window_even_with_the_app_open(
        qtbot: QtBot, owner: SingleInstance) -> None:
    asked: list[object] = []
    owner.openRequested.connect(asked.append)
    status, out, err = finish(qtbot, start(env={"WORKSHOP_SMOKE": "1"}))
    assert status == 0, err
    assert out.startswith("main window shown")
    qtbot.wait(100)
    assert asked == [] and owner.listening and os.path.exists(owner.address or "")  # not taken from it


def test_closing_the_window_gives_the_name_up(qtbot: QtBot, window: MainWindow,
                                              owner: SingleInstance) -> None:
    address = owner.address
    assert address is not None and os.path.exists(address)
    window.close()
    assert not owner.listening and not os.path.exists(address)


def test_the_name_is_per_user_and_per_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = single_instance.instance_key()
    config = os.environ["XDG_CONFIG_HOME"]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "another-config"))
    assert single_instance.instance_key() != mine
    monkeypatch.setenv("XDG_CONFIG_HOME", config)
    assert single_instance.instance_key() == mine
    assert socket_address() == str(Path(os.environ["XDG_RUNTIME_DIR"]) / f"workshop-{mine}.sock")
    monkeypatch.setattr(os, "getuid", lambda: 4242 if os.geteuid() != 4242 else 4343)
    assert single_instance.instance_key() != mine


def test_only_folders_and_sockets_of_this_user_are_used(
        tmp_path: Path, runtime_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(temp))
    # A runtime folder others may enter: not used; a folder of this user's own in temp instead.
    runtime_dir.chmod(0o755)
    address = socket_address()
    assert address is not None and Path(address).parent == temp / f"workshop-{os.getuid()}"
    assert Path(address).parent.stat().st_mode & 0o777 == 0o700
    # That folder, if others may write in it, is not used either: no name, a window that does not listen.
    Path(address).parent.chmod(0o777)
    assert socket_address() is None
    instance = SingleInstance()
    assert not instance.begin(None) and not instance.claimed
    # And a socket of another user's is neither connected to nor removed.
    runtime_dir.chmod(0o700)
    address = socket_address() or ""
    Path(address).write_bytes(b"")
    assert probe(address) == "ours"
    assert probe(address, uid=os.getuid() + 1) == "foreign"


def test_the_lock_file_is_in_the_config_folder(qtbot: QtBot) -> None:
    instance = SingleInstance()
    assert not instance.begin(None)
    lock = single_instance.user_config_dir() / single_instance.LOCK_NAME
    assert lock.exists()  # held until listening
    instance.listen()
    assert not lock.exists()
    instance.close()
