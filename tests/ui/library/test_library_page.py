"""The library page: states, which file wins, duplicating, new exercises (real widgets, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workshop.core.templates import InputKind
from workshop.library.skeletons import NAMES, new_id
from workshop.paths import shipped_library, user_library
from workshop.ui.library.library_page import LibraryPage

SHIPPED = shipped_library() / "exercises"




def row(page: LibraryPage, title: str) -> tuple[str, str, str]:
    return next(r for r in page.rows() if r[0] == title)


def test_it_lists_every_file_with_its_state(page: LibraryPage) -> None:
    assert row(page, "Keep it alive: our customer directive") == (
        "Keep it alive: our customer directive", "ok", "shipped")
    assert row(page, "Customer service culture") == ("Customer service culture", "ok", "shipped")
    assert page.editor.isHidden()


def test_a_version_in_another_language_says_so_and_is_copied_beside_the_english(qtbot: QtBot,
                                                                               page: LibraryPage) -> None:
    german = "Am Leben halten: unser Leitsatz für die Kundschaft · Deutsch"
    assert row(page, german) == (german, "ok", "shipped")  # the window's own language is not marked
    assert page.select("exercise", "keep-it-alive")  # the window's language first
    assert page.selected_entry().language == "en"
    assert page.select("exercise", "keep-it-alive", "de")
    copy = page.duplicate_selected()
    assert copy == user_library() / "exercises" / "keep-it-alive.de.yaml"
    assert row(page, german) == (german, "ok, replaces 1", "yours")
    assert row(page, "Keep it alive: our customer directive")[1:] == ("ok", "shipped")  # English untouched
    assert page.editor.target() == copy


def test_a_broken_file_is_shown_with_its_messages(qtbot: QtBot, page: LibraryPage) -> None:
    folder = user_library() / "exercises"
    folder.mkdir(parents=True)
    (folder / "half-done.yaml").write_text("id: half-done\ntitle: Half done\nsteps:\n  - key: a\n")
    page.reload()
    assert row(page, "Half done") == ("Half done", "⚠ broken (3)", "yours")
    assert page.select("exercise", "half-done")
    details = page.details.text().splitlines()
    assert details[0] == str(folder / "half-done.yaml")
    assert details[1] == f"{folder / 'half-done.yaml'}:1:1: `summary` is required"
    assert len(details) == 4 and page.edit_button.isEnabled()


def test_duplicate_copies_into_my_library_and_my_copy_wins(qtbot: QtBot, page: LibraryPage) -> None:
    assert page.select("exercise", "words-test")
    assert not page.edit_button.isEnabled()  # shipped: never edited in place
    copy = page.duplicate_selected()
    assert copy == user_library() / "exercises" / "words-test.yaml"
    assert copy.read_bytes() == (SHIPPED / "words-test.yaml").read_bytes()
    assert page.stack.currentWidget() is page.editor and page.editor.path == copy
    assert not page.editor.is_modified
    title = page.context.library.exercises["words-test"].title
    titles = [r for r in page.rows() if r[0] == title]
    assert titles == [(title, "ok, replaces 1", "yours"), (title, "replaced", "shipped")]
    # A second duplicate never overwrites the copy: it opens it.
    page.show_browser()
    copy.write_text(copy.read_text().replace(f"title: {title}", "title: Changed", 1))
    page.reload()
    assert page.select("exercise", "words-test")
    assert page.duplicate_selected() == copy
    assert "Changed" in copy.read_text()
    assert page.notice.text() == "You already have words-test.yaml in your library: opened it."


@pytest.mark.parametrize("kind", [InputKind.RATING, InputKind.VOTE])
def test_new_exercise_from_a_skeleton(qtbot: QtBot, page: LibraryPage, kind: InputKind) -> None:
    page.new_menu.findChild(type(page.new_menu.actions()[0]), f"new-{kind.value}").trigger()
    editor = page.editor
    assert page.stack.currentWidget() is editor
    assert editor.path == user_library() / "exercises" / f"{new_id(kind)}.yaml"
    assert editor.is_modified and not editor.path.exists()
    assert editor.problems == []
    assert editor.save()
    assert editor.path.exists()
    assert page.context.library.exercises[new_id(kind)].steps[-1].input.kind is kind
    assert row(page, f"New {NAMES[kind]} exercise")[1:] == ("ok", "yours")
    page.new_exercise(kind)
    assert page.editor.path == user_library() / "exercises" / f"{new_id(kind)}-2.yaml"


def test_a_new_exercise_never_saved_can_be_thrown_away(qtbot: QtBot, page: LibraryPage) -> None:
    page.new_exercise(InputKind.NOTES)
    editor = page.editor
    assert editor.path == user_library() / "exercises" / "new-cards-exercise.yaml"
    assert "title: New cards exercise" in editor.edit.toPlainText()
    editor.edit.appendPlainText("oops: [")  # a broken edit, never saved
    editor.check_now()
    assert editor.status.text().endswith("to fix before this exercise can be saved and used.")
    assert editor.revert_button.isEnabled() and editor.revert_button.text() == "Discard this new file"
    editor.revert_button.click()
    assert page.stack.currentWidget() is page.browser
    assert not editor.is_modified and editor.path is None
    assert not (user_library() / "exercises" / "new-cards-exercise.yaml").exists()
    page.new_exercise(InputKind.ACTIONS)  # nothing in the way any more
    assert page.editor.path == user_library() / "exercises" / "new-actions-exercise.yaml"


def test_unsaved_changes_are_not_dropped_by_opening_another_file(qtbot: QtBot, page: LibraryPage) -> None:
    page.new_exercise(InputKind.NOTES)
    first = page.editor.path
    page.show_browser()
    assert "unsaved changes" in page.notice.text()
    page.new_exercise(InputKind.ACTIONS)
    assert page.editor.path == first
    assert page.editor.status.text() == f"Save or discard the changes to {first.name} first."


def test_the_main_window_has_the_page_behind_a_menu_and_a_key(qtbot: QtBot, window) -> None:
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "libraryMenu")
    assert menu is not None
    show = window.findChild(type(menu.actions()[0]), "action_show_library")
    assert show.shortcut().toString() == "Ctrl+L"
    show.trigger()
    assert window.pages.currentWidget() is window.library_page
    window.library_page.back_button.click()
    assert window.pages.currentWidget() is window.home_page


def test_editing_during_a_session_changes_the_library_not_the_session(qtbot: QtBot, running) -> None:
    window = running
    step_before = window.controller.current_index
    templates_before = dict(window.controller.state.templates)
    window.findChild(type(window.actions()[0]), "action_show_library").trigger()
    page = window.library_page
    assert page.select("exercise", "words-test")
    copy = page.duplicate_selected()
    editor = page.editor
    editor.edit.setPlainText(copy.read_text().replace("title: ", "title: Our ", 1))
    qtbot.keyClick(editor.edit, Qt.Key.Key_PageDown)  # scrolls the text, never moves the session on
    assert window.controller.current_index == step_before
    with qtbot.waitSignal(editor.saved, timeout=2000):  # Ctrl+S, whatever other pages bind to it
        qtbot.keyClick(editor.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    new_title = window.context.library.exercises["words-test"].title
    assert new_title.startswith("Our ")
    assert new_title in dict(window.home_page.library.rows())
    assert window.controller.state.templates == templates_before
    page.show_browser()
    page.back_button.click()
    assert window.pages.currentWidget() is window.run_page


def test_a_broken_copy_of_mine_does_not_read_as_replacing_the_original(qtbot: QtBot,
                                                                       page: LibraryPage) -> None:
    copy = user_library() / "exercises" / "clear-the-fog.yaml"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shipped = (SHIPPED / "clear-the-fog.yaml").read_text()
    copy.write_text(shipped.replace("duration: 7m", "duration: 7 minuts"))
    page.reload()
    title = page.context.library.exercises["clear-the-fog"].title
    rows = [r for r in page.rows() if r[0] == title]
    assert rows[0] == (title, "ok; a broken copy is not used", "shipped")
    assert rows[1][1].startswith("⚠ broken (") and rows[1][1].endswith("): not used")
    assert page.select("exercise", "clear-the-fog")
    assert page.details.text().endswith(f"Your copy is {copy}: edit that one.")
