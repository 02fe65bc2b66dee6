"""The editor and the file on disk: another editor's changes are shown, never written over unseen.

A trainer edits an exercise in the app and in a text editor at once. The
app's editor must show what is on disk when it opens the file, take in a
change made elsewhere when nothing is typed in it, and ask before a save
would replace a change it has not shown. A Windows-1252 file is shown, in
the window, with the offer to convert it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from workshop.ui.library.library_page import LibraryPage
from workshop.ui.library.template_editor import TemplateEditor

TITLE_LINE = "title: \"Keep it alive: our customer directive\""




@pytest.fixture
def mine(page: LibraryPage) -> Path:
    """keep-it-alive duplicated into the trainer's library and open in the editor."""
    assert page.select("exercise", "keep-it-alive")
    copy = page.duplicate_selected()
    assert copy is not None and page.editor.path == copy
    return copy


def elsewhere(path: Path, old: str, new: str) -> str:
    """What another text editor does: change the file on disk."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    changed = text.replace(old, new)
    path.write_text(changed, encoding="utf-8")
    return changed


def type_at_the_end(qtbot: QtBot, editor: TemplateEditor, text: str) -> None:
    editor.edit.moveCursor(QTextCursor.MoveOperation.End)
    for line in text.split("\n"):
        qtbot.keyClicks(editor.edit, line)
        qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert editor.is_modified


def answer_conflict(button: str, seen: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == button).click()
    QTimer.singleShot(0, click)


def test_opening_again_shows_what_another_editor_saved(page: LibraryPage, mine: Path) -> None:
    page.show_browser()
    changed = elsewhere(mine, "Keep it alive", "Keep it ALIVE")
    page.select("exercise", "keep-it-alive")
    page.edit_selected()
    assert page.editor.edit.toPlainText() == changed
    assert not page.editor.is_modified


def test_a_change_on_disk_is_taken_in_while_nothing_is_typed(page: LibraryPage, mine: Path) -> None:
    changed = elsewhere(mine, "Keep it alive", "Keep it going")
    page.editor.library_changed()  # what the library's file watcher calls
    assert page.editor.edit.toPlainText() == changed
    assert "changed on disk" in page.editor.status.text()


@pytest.mark.parametrize(("choice", "kept"), [("Keep mine", "mine"), ("Take the file's", "theirs")])
def test_save_never_writes_over_an_unseen_change(qtbot: QtBot, page: LibraryPage, mine: Path,
                                                 choice: str, kept: str) -> None:
    editor = page.editor
    type_at_the_end(qtbot, editor, "\n# Keep it mine\n")
    theirs = elsewhere(mine, "Keep it alive", "Keep it theirs")
    seen: list[str] = []
    answer_conflict(choice, seen)
    saved = editor.save()
    assert seen == [f"{mine.name} was changed on disk while you edited it here."]
    if kept == "theirs":
        assert not saved
        assert editor.edit.toPlainText() == theirs and mine.read_text(encoding="utf-8") == theirs
    else:
        assert saved  # chosen, knowingly: the save goes on
        assert "# Keep it mine" in mine.read_text(encoding="utf-8")
        assert "Keep it theirs" not in mine.read_text(encoding="utf-8")


def test_show_both_puts_the_files_text_beside_mine(qtbot: QtBot, page: LibraryPage, mine: Path) -> None:
    editor = page.editor
    type_at_the_end(qtbot, editor, "\n# a note of mine\n")
    theirs = elsewhere(mine, "Keep it alive", "Keep it theirs")
    answer_conflict("Show both", [])
    assert not editor.save()
    assert editor.theirs.isVisible() and editor.theirs.toPlainText() == theirs
    assert mine.read_text(encoding="utf-8") == theirs
    assert editor.save()  # seen and decided: mine now replaces it
    assert "# a note of mine" in mine.read_text(encoding="utf-8")
    assert not editor.theirs.isVisible()


def test_a_windows_1252_file_is_shown_and_converted(page: LibraryPage, mine: Path,
                                                    capfd: pytest.CaptureFixture[str]) -> None:
    text = mine.read_text(encoding="utf-8").replace("Keep it alive", "Keep it alive, café crème")
    mine.write_bytes(text.encode("cp1252"))
    page.show_browser()
    page.select("exercise", "keep-it-alive")
    page.editor.path = None  # as after another file was open
    page.edit_selected()
    editor = page.editor
    assert "is not UTF-8 text" in editor.status.text() and "Windows-1252" in editor.status.text()
    assert "café crème" in editor.edit.toPlainText() and editor.edit.isReadOnly()
    assert editor.convert_button.isVisible()
    assert not editor.save()  # nothing is written in another encoding's place unasked
    assert editor.convert_to_utf8()
    assert mine.read_text(encoding="utf-8") == text
    assert not editor.edit.isReadOnly() and not editor.convert_button.isVisible()
    assert "Traceback" not in capfd.readouterr().err
