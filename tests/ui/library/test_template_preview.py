"""The editor's preview says what the group fills in, and the values, rounds and phases of a method."""

from __future__ import annotations

from workshop.ui.library.library_page import LibraryPage


def preview_of(page: LibraryPage, exercise: str) -> str:
    assert page.select("exercise", exercise)
    page.duplicate_selected()
    return page.editor.preview.toPlainText()


def test_a_method_shows_its_values_rounds_phases_and_room(page: LibraryPage) -> None:
    text = preview_of(page, "troika-consulting")
    assert "{{challenge}} What each person brings (default: a challenge you face at work right now)" in text
    assert "Groups: trios" in text
    assert "Materials: A timer everyone can see, Paper for the client's notes" in text
    assert "Done 3 times (Consulting round) · Client: person {{round}}" in text
    assert "The client shares 2:00: The client describes the challenge and the help they need." in text
    assert "What helped" in text


def test_what_the_group_fills_in_is_said_for_ratings_boards_and_statements(page: LibraryPage) -> None:
    text = preview_of(page, "words-test")
    assert "Scale 1 to 5 (1 = never 5 = often)" in text
    assert "Each person rates" in text
    assert "Results stay off the wall until you reveal them (F6)" in text
    text = preview_of(page, "keep-it-alive")
    assert "Dots each: 3, on the cards of step write" in text
    text = preview_of(page, "purpose-statement")
    assert "Sentence:" in text and "Blank:" in text
