"""Live reload: files changed on disk show up in the library while the app runs; sessions keep their copy."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workshop.library.catalog import load_library
from workshop.paths import shipped_library, user_library
from workshop.ui.library.library_page import LibraryPage
from workshop.ui.library.library_watcher import LibraryWatcher
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.controller import SessionController

SHIPPED = shipped_library() / "exercises"
RELOAD_TIMEOUT_MS = 5000


@pytest.fixture
def mine() -> Path:
    """My library with a copy of words-test in it."""
    folder = user_library() / "exercises"
    folder.mkdir(parents=True)
    copy = folder / "words-test.yaml"
    copy.write_bytes((SHIPPED / "words-test.yaml").read_bytes())
    return copy


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, mine: Path) -> Iterator[LibraryPage]:
    context.library = load_library([shipped_library(), user_library()])
    page = LibraryPage(context)
    qtbot.addWidget(page)
    page.show()
    yield page
    page.close()


def retitle(path: Path, title: str, *, atomically: bool) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    text = "".join(f"title: {title}\n" if line.startswith("title:") else line for line in lines)
    if atomically:  # as QSaveFile and most editors save: a new file renamed over the old
        temp = path.with_name(f".{path.name}.tmp")
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, path)
    else:
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("atomically", [False, True], ids=["in place", "renamed over"])
def test_a_changed_file_is_picked_up(qtbot: QtBot, page: LibraryPage, mine: Path, atomically: bool) -> None:
    with qtbot.waitSignal(page.libraryChanged, timeout=RELOAD_TIMEOUT_MS):
        retitle(mine, "Words, our way", atomically=atomically)
    assert page.context.library.exercises["words-test"].title == "Words, our way"
    assert ("Words, our way", "ok, replaces 1", "yours") in page.rows()
    # And again: the watch follows the file after it was replaced.
    with qtbot.waitSignal(page.libraryChanged, timeout=RELOAD_TIMEOUT_MS):
        retitle(mine, "Words, again", atomically=atomically)
    assert page.context.library.exercises["words-test"].title == "Words, again"


def test_new_and_deleted_files_are_picked_up(qtbot: QtBot, page: LibraryPage, mine: Path) -> None:
    other = mine.with_name("clear-the-fog.yaml")
    with qtbot.waitSignal(page.libraryChanged, timeout=RELOAD_TIMEOUT_MS):
        other.write_bytes((SHIPPED / "clear-the-fog.yaml").read_bytes())
    assert any(e.path == other for e in page.context.library.entries)
    with qtbot.waitSignal(page.libraryChanged, timeout=RELOAD_TIMEOUT_MS):
        mine.unlink()
    assert all(e.path != mine for e in page.context.library.entries)


def test_editor_noise_reloads_nothing(qtbot: QtBot, page: LibraryPage, mine: Path) -> None:
    with qtbot.assertNotEmitted(page.libraryChanged, wait=800):
        swap = mine.with_name(".words-test.yaml.swp")
        swap.write_text("vim was here")
        swap.unlink()


def test_the_open_editor_checks_again_when_the_library_changes(qtbot: QtBot, page: LibraryPage,
                                                                mine: Path) -> None:
    plan = user_library() / "plans" / "day.yaml"
    page.editor.open_text("id: day\ntitle: Day\nitems:\n  - exercise: brand-new\n", plan, "plan", saved=False)
    assert [p.message for p in page.editor.problems] == ["no valid exercise has the id 'brand-new'"]
    with qtbot.waitSignal(page.libraryChanged, timeout=RELOAD_TIMEOUT_MS):
        text = (SHIPPED / "clear-the-fog.yaml").read_text(encoding="utf-8")
        mine.with_name("brand-new.yaml").write_text(text.replace("id: clear-the-fog", "id: brand-new"))
    assert page.editor.problems == []
    assert page.editor.edit.marked_lines() == []


def test_a_running_session_keeps_its_own_copy(qtbot: QtBot, page: LibraryPage, mine: Path,
                                              controller: SessionController) -> None:
    before = controller.state.templates["words-test"]
    with qtbot.waitSignal(page.libraryChanged, timeout=RELOAD_TIMEOUT_MS):
        retitle(mine, "Changed during the workshop", atomically=True)
    assert page.context.library.exercises["words-test"].title == "Changed during the workshop"
    assert controller.state.templates["words-test"] == before
    assert controller.state.templates["words-test"].title != "Changed during the workshop"


def test_the_watcher_watches_what_exists(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "exercises").mkdir()
    (tmp_path / "exercises" / "a.yaml").write_text("id: a\n")
    (tmp_path / "exercises" / "notes.txt").write_text("not a template")
    watcher = LibraryWatcher([tmp_path, tmp_path / "missing"])
    assert watcher.watched() == {tmp_path, tmp_path / "exercises", tmp_path / "exercises" / "a.yaml"}
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "p.yml").write_text("id: p\n")
    assert watcher.check_now()
    assert tmp_path / "plans" / "p.yml" in watcher.watched()
    assert not watcher.check_now()
    watcher.deleteLater()
