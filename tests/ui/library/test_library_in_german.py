"""In a German window, the library page and the editor say what is wrong with a trainer's file in German."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from workshop.core.templates import InputKind
from workshop.library.skeletons import new_id
from workshop.paths import user_library
from workshop.ui.library.library_page import LibraryPage
from workshop.ui.library.template_editor import CHECK_DELAY_MS


@pytest.fixture
def german_page(german: None, page: LibraryPage) -> LibraryPage:
    folder = user_library() / "exercises"
    folder.mkdir(parents=True)
    (folder / "half-done.yaml").write_text(
        "id: half-done\ntitle: Half done\nsteps: 3\nsumary: A slip\n", encoding="utf-8")
    page.reload()
    return page


def test_the_problems_of_a_broken_file_are_said_in_german(german_page: LibraryPage) -> None:
    assert german_page.select("exercise", "half-done")
    path = user_library() / "exercises" / "half-done.yaml"
    assert german_page.details.text().splitlines()[1:] == [
        f"{path}:3:8: steps: eine Liste von Schritten erwartet, gefunden: die Zahl 3",
        f"{path}:4:1: sumary: unbekanntes Feld; meinten Sie `summary`?",
    ]


def test_the_editor_marks_a_problem_in_german(qtbot: QtBot, german_page: LibraryPage) -> None:
    assert german_page.select("exercise", "keep-it-alive")
    german_page.duplicate_selected()
    editor = german_page.editor
    line = next(number for number, text in enumerate(editor.edit.toPlainText().splitlines(), 1)
                if text == "    duration: 5m")
    text = editor.edit.toPlainText().splitlines()
    text[line - 1] = "    duration: soon"
    editor.edit.setPlainText("\n".join(text))
    qtbot.waitUntil(lambda: editor.edit.marked_lines() == [line], timeout=CHECK_DELAY_MS * 10)
    assert editor.problem_list.item(0).text() == (
        f"Zeile {line}, Spalte 15  steps[1].duration: 'soon' ist keine Dauer: schreiben Sie z. B. 5m, 90s "
        "oder 1h15m")


@pytest.mark.parametrize("kind", [InputKind.STATEMENT, InputKind.VOTE])
def test_a_new_exercise_is_a_german_version_in_german_words(german_page: LibraryPage,
                                                             kind: InputKind) -> None:
    german_page.new_exercise(kind)
    editor = german_page.editor
    assert editor.path == user_library() / "exercises" / f"{new_id(kind)}.de.yaml"
    text = editor.edit.toPlainText()
    assert text.startswith("# Eine neue Übung.") and "\nlanguage: de\n" in text
    assert "Notizen nur für Sie" in text and "facilitator_notes:" in text  # the fields keep their names
    assert editor.problems == []
    assert editor.save()
    saved = german_page.context.library.exercises_in("de")[new_id(kind)]
    assert saved.language == "de" and saved.title.startswith("Neue Übung: ")
    if kind is InputKind.STATEMENT:
        assert saved.steps[0].input.compose == "Wir dienen {who}, indem wir {how}."
    german_page.new_exercise(kind)  # the next one takes the next id, whatever its language
    assert german_page.editor.path == user_library() / "exercises" / f"{new_id(kind)}-2.de.yaml"
