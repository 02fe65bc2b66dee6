"""The template editor: live marks on the right line, jumping to problems, preview, atomic save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from workshop.paths import shipped_library
from workshop.ui.library.library_page import LibraryPage
from workshop.ui.library.template_editor import CHECK_DELAY_MS, TemplateEditor
from workshop.ui.library.yaml_highlighter import YamlHighlighter
from workshop.ui.shell.context import AppContext

DURATION_LINE = 50  # keep-it-alive.yaml: `    duration: 5m` of the step `write`




def select_rest_of_line(editor: TemplateEditor, line: int, column: int) -> None:
    editor.edit.go_to(line, column)
    cursor = editor.edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.EndOfLine, QTextCursor.MoveMode.KeepAnchor)
    editor.edit.setTextCursor(cursor)


def test_edit_see_the_mark_fix_save_and_see_it_in_the_library(qtbot: QtBot, page: LibraryPage) -> None:
    assert page.select("exercise", "keep-it-alive")
    copy = page.duplicate_selected()
    editor = page.editor
    assert editor.edit.toPlainText().splitlines()[DURATION_LINE - 1] == "    duration: 5m"
    assert editor.edit.marked_lines() == []

    select_rest_of_line(editor, DURATION_LINE, 15)
    qtbot.keyClicks(editor.edit, "soon")
    assert editor.edit.marked_lines() == []  # checked only once typing pauses
    qtbot.waitUntil(lambda: editor.edit.marked_lines() == [DURATION_LINE], timeout=CHECK_DELAY_MS * 10)
    assert editor.problem_list.item(0).text() == (
        "line 50, column 15  steps[1].duration: 'soon' is not a duration: write e.g. 5m, 90s or 1h15m")
    assert editor.status.text().startswith("1 problem to fix")
    assert editor.heading.text() == "keep-it-alive.yaml *"

    editor.edit.go_to(1, 1)
    editor.problem_list.itemClicked.emit(editor.problem_list.item(0))
    cursor = editor.edit.textCursor()
    assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == (DURATION_LINE, 15)

    select_rest_of_line(editor, DURATION_LINE, 15)
    qtbot.keyClicks(editor.edit, "6m")
    qtbot.waitUntil(lambda: editor.edit.marked_lines() == [], timeout=CHECK_DELAY_MS * 10)
    assert editor.problem_list.item(0).text() == "No problems found."

    with qtbot.waitSignal(editor.saved, timeout=2000):
        qtbot.keyClick(editor.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "    duration: 6m\n" in copy.read_text(encoding="utf-8")
    assert editor.heading.text() == "keep-it-alive.yaml"
    assert not list(copy.parent.glob("*.tmp")) and sorted(p.name for p in copy.parent.iterdir()) == [
        "keep-it-alive.yaml"]
    library = page.context.library
    assert library.exercises["keep-it-alive"].step("write").duration == 6 * 60
    title = library.exercises["keep-it-alive"].title
    assert [r for r in page.rows() if r[0] == title] == [
        (title, "ok, replaces 1", "yours"), (title, "replaced", "shipped")]


def test_a_broken_save_keeps_the_original_in_use(qtbot: QtBot, page: LibraryPage) -> None:
    page.select("exercise", "keep-it-alive")
    copy = page.duplicate_selected()
    editor = page.editor
    select_rest_of_line(editor, DURATION_LINE, 15)
    qtbot.keyClicks(editor.edit, "5")
    editor.check_now()
    assert editor.save()
    assert page.context.library.exercises["keep-it-alive"].step("write").duration == 5 * 60
    assert page.select("exercise", "keep-it-alive")
    shown = page.selected_entry()
    assert shown is not None and shown.path == shipped_library() / "exercises" / "keep-it-alive.yaml"
    broken = [r for r in page.rows() if r[1].startswith("⚠ broken")]
    assert broken == [("Keep it alive: our customer directive", "⚠ broken (1): not used", "yours")]
    assert copy.read_text(encoding="utf-8").splitlines()[DURATION_LINE - 1] == "    duration: 5"


def test_the_preview_shows_each_step_as_projected(page: LibraryPage) -> None:
    page.select("exercise", "keep-it-alive")
    page.duplicate_selected()
    html = page.editor.preview.toHtml()
    text = page.editor.preview.toPlainText()
    assert "Silent writing" in text and "step 2 of 7" in text
    assert "5:00" in text and "Dot vote" in text and "Cards" in text
    assert "font-weight:700" in html or "<b>" in html or "font-weight:600" in html  # **exactly** is bold
    assert "Have we told ALL our people about it" in text  # the questions of the check step


def test_changing_the_id_renames_the_file(qtbot: QtBot, page: LibraryPage) -> None:
    page.select("exercise", "words-test")
    original = page.duplicate_selected()
    editor = page.editor
    select_rest_of_line(editor, 1, 5)
    qtbot.keyClicks(editor.edit, "our-words")
    editor.check_now()
    assert editor.problems == []  # the file name follows the id: no mismatch
    assert editor.save()
    assert editor.path == original.with_name("our-words.yaml")
    # The copy under the old name is gone: it would go on replacing the shipped exercise unseen.
    assert editor.path.exists() and not original.exists()
    assert editor.status.text() == ("Saved as our-words.yaml (it was words-test.yaml: "
                                    "the file follows its id).")
    library = page.context.library
    assert "our-words" in library.exercises
    assert library.exercises["words-test"] is not None
    assert [e.path.name for e in library.entries if e.id == "words-test"] == ["words-test.de.yaml",
                                                                             "words-test.yaml"]


def test_tab_indents_with_spaces_and_tabs_are_marked(qtbot: QtBot, page: LibraryPage) -> None:
    page.select("exercise", "words-test")
    page.duplicate_selected()
    editor = page.editor
    editor.edit.go_to(1, 1)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Tab)
    assert editor.edit.toPlainText().startswith("  id: words-test")
    editor.edit.setPlainText("id: x\n\tsteps: []\n")
    editor.check_now()
    assert editor.edit.marked_lines() == [2]
    tab_format = editor.edit.document().findBlockByNumber(1).layout().formats()
    assert any(f.start == 0 and f.length == 1 and f.format.background().color().name() == "#f6c9c4"
               for f in tab_format)


def test_saving_outside_my_library_is_refused(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    editor = TemplateEditor(lambda: context.library, tmp_path / "mine")
    qtbot.addWidget(editor)
    shipped = shipped_library() / "exercises" / "words-test.yaml"
    before = shipped.read_bytes()
    editor.open_text("title: no id here\n", shipped, "exercise", saved=False)
    assert not editor.save()
    assert editor.status.text().startswith("Only files in your library are saved")
    assert shipped.read_bytes() == before


def test_the_highlighter_colours_fields_text_and_markdown_blocks(qtbot: QtBot) -> None:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    highlighter = YamlHighlighter(document)
    document.setPlainText('id: x # note\nprompt: |\n  **Markdown** here: not a key\ntitle: "quoted"\n'
                          "  - {kind: vote, dots: 3}\nduration: 5m\ntitle: A baby with no manual\n")
    highlighter.rehighlight()

    def spans(line: int) -> dict[str, str]:
        block = document.findBlockByNumber(line)
        text = block.text()
        return {text[f.start:f.start + f.length]: f.format.foreground().color().name()
                for f in block.layout().formats()}

    formats = highlighter.formats
    assert spans(0)["id"] == formats["key"].foreground().color().name()
    assert spans(0)["# note"] == formats["comment"].foreground().color().name()
    assert spans(2) == {"  **Markdown** here: not a key": formats["markdown"].foreground().color().name()}
    assert spans(3)['"quoted"'] == formats["text"].foreground().color().name()
    assert spans(4)["3"] == formats["constant"].foreground().color().name()
    assert spans(5)["5m"] == formats["duration"].foreground().color().name()
    assert "no" not in spans(6)  # a word in a sentence, not yes/no
