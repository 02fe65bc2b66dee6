"""Export from the window: off the GUI thread, with a busy cue, then a result or an error."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.checkout import ROOT
from tests.pdf_text import pdf_text
from tests.ui.conftest import stop_index
from workshop import paths
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.shell.preferences import Preferences

EXPORT_TIMEOUT_MS = 60_000


def test_the_default_export_path_names_the_session_and_date(running: MainWindow, tmp_path: Path) -> None:
    assert running.exports.default_path() == tmp_path / "exports" / "service-culture-day-2026-11-22.pdf"


def test_export_writes_the_pdf_with_the_cards_and_offers_to_open_it(qtbot: QtBot, running: MainWindow,
                                                                    tmp_path: Path) -> None:
    controller = running.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "keep-it-alive", "write"))
    controller.add_card("Every guest leaves lighter")
    target = running.exports.default_path()

    with qtbot.waitSignal(running.exports.exporter.finished, timeout=EXPORT_TIMEOUT_MS) as finished:
        running.exports.export_to(target)
        assert running.exports.status.isVisible()
        assert not running.action_set.export_pdf.isEnabled()
        # Typed while the PDF is being written: not in this PDF, and no harm done.
        controller.add_card("Typed during the export")

    assert finished.args == [target]
    assert target.read_bytes().startswith(b"%PDF")
    text = pdf_text(target)
    assert "Every guest leaves lighter" in text
    assert "Service culture day" in text
    assert "Typed during the export" not in text
    assert not running.exports.status.isVisible()
    assert running.action_set.export_pdf.isEnabled()
    assert running.message_bar.level == "info"
    assert str(target) in running.message_bar.text
    assert running.message_bar.button_texts() == ["Open PDF", "Show folder"]


def test_an_export_that_fails_says_why(qtbot: QtBot, running: MainWindow, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with qtbot.waitSignal(running.exports.exporter.failed, timeout=EXPORT_TIMEOUT_MS):
        running.exports.export_to(blocker / "out.pdf")

    assert running.message_bar.level == "error"
    assert running.message_bar.text.startswith("The PDF was not written: ")
    assert not running.exports.status.isVisible()
    assert running.action_set.export_pdf.isEnabled()


def test_export_reports_progress_and_can_be_cancelled(qtbot: QtBot, running: MainWindow) -> None:
    target = running.exports.default_path()
    progress: list[int] = []
    running.exports.exporter.progressed.connect(lambda percent, _label: progress.append(percent))
    running.exports.export_to(target)
    assert running.exports.status.cancel.isVisible()
    qtbot.waitUntil(lambda: bool(progress), timeout=EXPORT_TIMEOUT_MS)
    with qtbot.waitSignal(running.exports.exporter.cancelled, timeout=10_000):
        qtbot.mouseClick(running.exports.status.cancel, Qt.MouseButton.LeftButton)
    assert not running.exports.exporter.busy
    assert not running.exports.status.isVisible() and not running.exports.status.cancel.isVisible()
    assert not target.exists()
    assert not [p for p in target.parent.glob("*") if p.name != target.name and "pdf" in p.name]
    assert running.action_set.export_pdf.isEnabled()


def test_the_file_name_chooses_the_format(qtbot: QtBot, running: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "exports" / "day.md"
    with qtbot.waitSignal(running.exports.exporter.finished, timeout=EXPORT_TIMEOUT_MS):
        running.exports.export_to(target)
        assert running.exports.status.label.text() == "Writing the Markdown…"
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert "Service culture day" in target.read_text(encoding="utf-8")
    assert running.message_bar.button_texts() == ["Open", "Show folder"]


def test_exports_go_beside_the_session_unless_run_from_a_checkout(tmp_path: Path) -> None:
    session = tmp_path / "Workshops" / "day.workshop"
    assert paths.default_exports_dir(session, checkout=None) == session.parent
    assert paths.default_exports_dir(session, checkout=tmp_path / "src") == tmp_path / "src" / "exports"
    # These tests run from a checkout: its exports/ folder, as the README says.
    assert paths.checkout_root() == ROOT
    assert paths.default_exports_dir(session) == ROOT / "exports"


def test_the_window_proposes_the_default_folder_then_the_one_chosen_last(
        qtbot: QtBot, running: MainWindow, context: AppContext, tmp_path: Path) -> None:
    context.exports_dir = None
    assert running.exports.default_path().parent == paths.default_exports_dir(running.controller.path)
    chosen = tmp_path / "handouts" / "day.md"
    chosen.parent.mkdir()
    with qtbot.waitSignal(running.exports.exporter.finished, timeout=EXPORT_TIMEOUT_MS):
        running.exports.export_chosen(chosen)
    assert chosen.is_file()

    # Remembered for this user: a window started later proposes the same folder.
    later = MainWindow(AppContext(library=context.library, recent=context.recent,
                                  preferences=Preferences(context.preferences.path.parent)))
    qtbot.addWidget(later)
    assert later.exports.folder() == chosen.parent
    # A remembered folder that has gone since is not proposed.
    shutil.rmtree(chosen.parent)
    assert later.exports.folder() != chosen.parent
