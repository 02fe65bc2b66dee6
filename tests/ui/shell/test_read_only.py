"""A session open elsewhere, or on a read-only disk, is looked at read-only and said to be so."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.checkout import ROOT
from tests.pdf_text import pdf_text
from tests.store.test_one_writer import hold_in_another_process, stop
from tests.ui.conftest import stop_index
from workshop.store import SessionFile
from workshop.ui.shell.main_window import MainWindow

EXPORT_TIMEOUT_MS = 60_000


@pytest.fixture
def held(session_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process with the session open for writing, as a second app would have it."""
    child = hold_in_another_process(session_path)
    yield child
    stop(child)


def answer_next_box(button_text: str, seen: list[str]) -> None:
    """Click `button_text` on the message box about to be shown, noting what it said."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        names = [b.text() for b in box.findChildren(QPushButton)]
        raise AssertionError(f"no {button_text!r} button in {names}")
    QTimer.singleShot(0, click)


def test_a_session_open_elsewhere_is_said_and_can_be_looked_at_read_only(
        qtbot: QtBot, window: MainWindow, session_path: Path, held: subprocess.Popen[str],
        tmp_path: Path) -> None:
    seen: list[str] = []
    answer_next_box("Open read-only", seen)
    assert window.open_session(session_path)
    assert seen[0].startswith(f"{session_path.name} is open in Workshop on this machine since ")
    controller = window.controller
    assert controller is not None and controller.read_only == "opened read-only"
    run = window.run_page
    assert run.read_only_banner.isVisible()
    assert run.read_only_banner.text().startswith("Read-only: opened read-only. You can look")
    assert window.save_label.text() == "Read-only: nothing is written to this file"
    assert not window.action_set.start_pause.isEnabled()

    # The steps can be looked through; nothing can be typed.
    controller.go_to(stop_index(controller.state, "keep-it-alive", "write"))
    board = run.inputs.notes_board()
    assert not board.entry_panel.isEnabled()
    assert not window.action_set.new_card.isEnabled()
    assert not board.delete_action.isEnabled()

    # Every export works from the view.
    target = tmp_path / "look.pdf"
    with qtbot.waitSignal(window.exports.exporter.finished, timeout=EXPORT_TIMEOUT_MS):
        window.exports.export_to(target)
    assert "Service culture day" in pdf_text(target)

    window.close_session()
    assert window.message_bar.level != "error", window.message_bar.text


def test_cancel_leaves_the_window_as_it_was(window: MainWindow, session_path: Path,
                                           held: subprocess.Popen[str]) -> None:
    seen: list[str] = []
    answer_next_box("Cancel", seen)
    assert not window.open_session(session_path)
    assert seen and window.controller is None


def test_opening_the_session_this_window_has_just_shows_it(running: MainWindow,
                                                          session_path: Path) -> None:
    controller = running.controller
    assert running.open_session(session_path)
    assert running.controller is controller and not controller.read_only


def test_the_status_line_says_what_was_not_saved_until_a_save_succeeds(
        qtbot: QtBot, running: MainWindow, session_path: Path) -> None:
    controller = running.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "keep-it-alive", "write"))
    # Another program writes the card id this window will use next, behind its back.
    db = sqlite3.connect(session_path)
    db.execute("INSERT INTO card (id, item, step, text, created_at) VALUES (?, 1, 'write', 'x', '')",
               (controller.state.next_id("cards"),))
    db.commit()
    db.close()
    board = running.run_page.inputs.notes_board()
    board.entry_panel.entry.setPlainText("Lost?")
    qtbot.keyClick(board.entry_panel.entry, Qt.Key.Key_Return)
    assert running.save_label.text().startswith("Not saved at ")
    assert "UNIQUE" not in running.save_label.text() and "constraint" not in running.save_label.text()
    assert board.entry_panel.entry.toPlainText() == "Lost?"  # the words stay where they were typed

    # The next change that does reach the file says so.
    controller.start_timer()
    assert running.save_label.text().startswith("Saved ")


def test_the_file_is_not_touched_by_a_read_only_look(window: MainWindow, session_path: Path,
                                                    held: subprocess.Popen[str]) -> None:
    before = session_path.read_bytes()
    answer_next_box("Open read-only", [])
    assert window.open_session(session_path)
    window.close_session()
    assert SessionFile.snapshot(session_path).cards == []
    assert session_path.read_bytes() == before


def test_a_session_on_read_only_media_opens_in_the_window_read_only(session_path: Path) -> None:
    """As from Recent or a double-click: the window shows it, says why it is read-only, writes nothing."""
    import os

    from tests.read_only_media import run_on_read_only_media

    child = textwrap.dedent("""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from workshop.library.catalog import load_library
        from workshop.paths import shipped_library
        from workshop.ui.shell.context import AppContext
        from workshop.ui.shell.main_window import MainWindow

        app = QApplication([])
        window = MainWindow(AppContext(library=load_library([shipped_library()])))
        window.show()
        path = Path(sys.argv[1]) / "service-day.workshop"
        print("opened:", window.open_session(path))
        print("read-only:", window.controller.read_only)
        print("banner:", window.run_page.read_only_banner.isVisible())
        print("error:", window.message_bar.level == "error")
        window.close_session()
        print("files:", sorted(os.listdir(path.parent)))
    """)
    result = run_on_read_only_media([session_path], [sys.executable, "-c", child, "{media}"],
                                    env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert lines["opened"] == "True" and lines["banner"] == "True" and lines["error"] == "False"
    assert lines["read-only"] in ("the file is read-only",
                                  "its folder cannot be written (a read-only disk, or a folder you may "
                                  "not change)")
    assert lines["files"] == "['service-day.workshop']"
