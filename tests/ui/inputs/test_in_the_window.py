"""The panels in the app: the run page and the audience window follow the step's kind; undo and redo."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from tests.ui.conftest import read_back, stop_index
from workshop.core.commands import SetRating
from workshop.ui.inputs.actions_panel import ActionsPanel
from workshop.ui.inputs.notes_board import NotesBoard
from workshop.ui.inputs.questions_panel import QuestionsPanel
from workshop.ui.inputs.rating_grid import RatingGrid
from workshop.ui.inputs.statement_panel import StatementPanel
from workshop.ui.inputs.vote_panel import VotePanel
from workshop.ui.room.actions import RoomActions
from workshop.ui.room.answers import RoomAnswers
from workshop.ui.room.notes import RoomNotes
from workshop.ui.room.ratings import RoomRatings
from workshop.ui.room.statement import RoomStatement
from workshop.ui.room.votes import RoomVotes
from workshop.ui.shell.main_window import MainWindow


def go(window: MainWindow, exercise: str, step: str) -> None:
    controller = window.controller
    assert controller is not None
    index = stop_index(controller.state, exercise, step)
    assert controller.go_to(index) or controller.current_index == index


def type_card(qtbot: QtBot, window: MainWindow, text: str) -> None:
    entry = window.run_page.entry_panel.entry
    entry.setFocus()
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def press(qtbot: QtBot, widget: object, keys: str) -> None:
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())


@pytest.mark.parametrize(("exercise", "step", "panel", "view"), [
    ("keep-it-alive", "write", NotesBoard, RoomNotes),
    ("keep-it-alive", "cluster", NotesBoard, RoomNotes),
    ("keep-it-alive", "vote", VotePanel, RoomVotes),
    ("words-test", "rate", RatingGrid, RoomRatings),
    ("purpose-statement", "purpose", StatementPanel, RoomStatement),
    ("keep-it-alive", "check", QuestionsPanel, RoomAnswers),
    ("keep-it-alive", "actions", ActionsPanel, RoomActions),
])
def test_each_kind_has_its_panel_and_its_view_on_the_wall(running: MainWindow, exercise: str, step: str,
                                                          panel: type, view: type) -> None:
    go(running, exercise, step)
    if running.controller.current_stop.step.input.on_cue:  # type: ignore[union-attr]
        running.action_set.reveal_results.trigger()  # held for the cue until then (tests/ui/room)
    assert isinstance(running.run_page.inputs.current_panel, panel)
    assert running.run_page.inputs.current_panel.isVisibleTo(running.run_page)
    assert isinstance(running.audience.inputs.current_view, view)
    assert not running.run_page.capture_hint.isVisible()


def test_a_talk_step_shows_no_panel(running: MainWindow) -> None:
    go(running, "keep-it-alive", "warm-up")
    assert running.run_page.inputs.current_panel is None
    assert running.audience.inputs.current_view is None
    assert "Nothing to type" in running.run_page.capture_hint.text()


def test_the_controller_reads_the_files_own_state(running: MainWindow) -> None:
    controller = running.controller
    assert controller is not None
    assert controller.state is controller.session._file.state


def test_ctrl_z_in_the_empty_entry_takes_back_the_card(qtbot: QtBot, running: MainWindow,
                                                       session_path: Path) -> None:
    go(running, "keep-it-alive", "write")
    type_card(qtbot, running, "Remember names")
    type_card(qtbot, running, "Oops")
    undo, redo = running.action_set.undo, running.action_set.redo
    assert undo.isEnabled() and undo.text() == "&Undo Add card"
    assert not redo.isEnabled()

    press(qtbot, running.run_page.entry_panel.entry, "Ctrl+Z")

    assert running.run_page.board.texts() == ["Remember names"]
    assert [c.text for c in read_back(session_path).cards] == ["Remember names"]
    assert "Oops" not in running.audience.visible_text()
    assert redo.isEnabled() and redo.text() == "&Redo Add card"
    press(qtbot, running.run_page.entry_panel.entry, "Ctrl+Shift+Z")
    assert running.run_page.board.texts() == ["Remember names", "Oops"]
    press(qtbot, running.run_page.entry_panel.entry, "Ctrl+Z")
    press(qtbot, running.run_page.entry_panel.entry, "Ctrl+Y")
    assert [c.text for c in read_back(session_path).cards] == ["Remember names", "Oops"]


def test_ctrl_z_while_typing_is_the_entrys_own(qtbot: QtBot, running: MainWindow) -> None:
    go(running, "keep-it-alive", "write")
    type_card(qtbot, running, "Kept")
    entry = running.run_page.entry_panel.entry
    qtbot.keyClicks(entry, "half typed")
    press(qtbot, entry, "Ctrl+Z")
    assert running.run_page.board.texts() == ["Kept"]  # the text box undid its typing instead


def test_undo_reaches_back_across_steps_and_says_where(qtbot: QtBot, running: MainWindow) -> None:
    go(running, "keep-it-alive", "write")
    type_card(qtbot, running, "From the writing step")
    running.action_set.next_step.trigger()  # Share and cluster: the same board
    running.action_set.next_step.trigger()  # the dot vote on the writing step's cards
    vote = running.run_page.inputs.current_panel
    assert isinstance(vote, VotePanel)
    assert [row.text for row in vote.model.rows()] == ["From the writing step"]

    running.action_set.undo.trigger()

    assert vote.model.rows() == []
    hint = running.run_page.capture_hint
    assert hint.isVisible() and hint.text() == "Undone in “Silent writing”: Add card"
    assert running.controller.state.cards == []  # type: ignore[union-attr]


def test_undo_works_while_the_room_view_is_in_front(qtbot: QtBot, running: MainWindow) -> None:
    go(running, "words-test", "rate")
    running.action_set.reveal_results.trigger()  # the scores on the wall, not held for the cue
    running.controller.execute(SetRating(0, "rate", 0, "Ana", 4))  # type: ignore[union-attr]
    running.action_set.toggle_audience.trigger()
    audience = running.audience
    qtbot.waitExposed(audience)
    assert "Pride 4.0" in audience.visible_text()
    press(qtbot, audience, "Ctrl+Z")
    assert "Pride 4.0" not in audience.visible_text()
    audience.hide()


def test_a_change_the_disk_refuses_is_not_shown_and_not_on_the_stack(
        qtbot: QtBot, running: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    go(running, "keep-it-alive", "actions")
    controller = running.controller
    assert controller is not None

    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("workshop.store.session_file._write_changes", disk_full)
    panel = running.run_page.inputs.current_panel
    assert isinstance(panel, ActionsPanel)
    panel.what.setText("Tell the night team")
    assert not panel.submit()

    assert controller.state.actions == []
    assert panel.model.rowCount() == 0
    assert panel.what.text() == "Tell the night team"  # kept, to try again
    assert "disk is full" in running.message_bar.text
    assert len(controller.session.undo_labels()) == 0


def test_an_answer_being_typed_is_saved_when_the_step_changes(qtbot: QtBot, running: MainWindow,
                                                              session_path: Path) -> None:
    go(running, "keep-it-alive", "check")
    panel = running.run_page.inputs.current_panel
    assert isinstance(panel, QuestionsPanel)
    panel.answers[0].setFocus()
    qtbot.keyClicks(panel.answers[0], "Not yet")
    running.action_set.next_step.trigger()  # at once, before the pause that would save it
    assert read_back(session_path).answers[0].text == "Not yet"


def test_zoom_and_theme_reach_the_panels(running: MainWindow) -> None:
    go(running, "keep-it-alive", "write")
    board = running.run_page.board
    size = board.views[0].board_style.font_px
    running.set_zoom(1.5)
    assert board.views[0].board_style.font_px > size
    running.set_theme("dark")
    assert board.views[0].board_style.theme.dark


def test_the_board_keys_of_the_table_act_on_the_board_only(qtbot: QtBot, running: MainWindow) -> None:
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest

    from workshop.ui.shell import hotkeys

    go(running, "keep-it-alive", "write")
    type_card(qtbot, running, "A card")
    board = running.run_page.board
    view = board.views[0]
    for hotkey in (h for h in hotkeys.TABLE if h.name.startswith("board_")):
        found = running.findChildren(QAction, f"action_{hotkey.name}")
        assert len(found) == 1, hotkey.name
        action = found[0]
        assert action.shortcuts() == hotkeys.key_sequences(hotkey.keys)
        hits: list[bool] = []
        action.triggered.disconnect()
        action.triggered.connect(lambda *_, hits=hits: hits.append(True))
        action.setEnabled(True)
        entry = running.run_page.entry_panel.entry
        entry.setFocus()
        QTest.keySequence(entry, hotkeys.key_sequences(hotkey.keys)[0])
        assert hits == [], f"{hotkey.name} acted from the entry line"
        view.setFocus()
        QTest.keySequence(view, hotkeys.key_sequences(hotkey.keys)[0])
        assert hits == [True], f"{hotkey.name} did not reach the board"


def test_space_gives_a_dot_in_the_vote_list_not_the_timer(qtbot: QtBot, running: MainWindow) -> None:
    from workshop.core.timer import TimerState

    go(running, "keep-it-alive", "write")
    type_card(qtbot, running, "A card to vote on")
    go(running, "keep-it-alive", "vote")
    panel = running.run_page.inputs.current_panel
    assert isinstance(panel, VotePanel)
    panel.set_mode(tally=False)
    panel.voter.setEditText("Ana")
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(0, 3))
    running.activateWindow()
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    assert [row.total for row in panel.model.rows()] == [1]
    assert running.controller.timer.state is TimerState.IDLE  # type: ignore[union-attr]


def test_share_and_cluster_brings_the_silent_writing_board_back(qtbot: QtBot, running: MainWindow,
                                                                session_path: Path) -> None:
    go(running, "keep-it-alive", "write")
    type_card(qtbot, running, "Keep every promise")
    type_card(qtbot, running, "Promise less, do more")
    running.action_set.next_step.trigger()
    controller = running.controller
    assert controller is not None and controller.current_stop.step.key == "cluster"
    board = running.run_page.board
    assert board.texts() == ["Keep every promise", "Promise less, do more"]
    assert "Promise less, do more" in running.audience.visible_text()

    type_card(qtbot, running, "Remember names")  # an idea said aloud while sharing
    view = board.views[0]
    view.setFocus()
    for row in (0, 1):
        view.selectionModel().select(board.models[0].index(row), view.selectionModel().SelectionFlag.Select)
    press(qtbot, view, "Ctrl+G")

    item = controller.current_stop.item.index
    saved = read_back(session_path)
    assert [c.text for c in saved.cards_for(item, "write")] == [
        "Keep every promise", "Promise less, do more", "Remember names"]
    assert saved.cards_for(item, "cluster") == [] and saved.clusters_for(item, "cluster") == []
    [cluster] = saved.clusters_for(item, "write")
    assert sorted(c.text for c in saved.cards_for(item, "write") if c.cluster == cluster.id) == [
        "Keep every promise", "Promise less, do more"]

    running.action_set.next_step.trigger()  # the dot vote offers the cluster and the loose card
    vote = running.run_page.inputs.current_panel
    assert isinstance(vote, VotePanel)
    rows = vote.model.rows()
    assert (rows[0].target.kind, rows[0].members) == ("cluster", 2)
    assert rows[-1].text == "Remember names"


def test_undoing_a_hide_from_another_step_says_the_card_is_on_the_wall_again(qtbot: QtBot,
                                                                             running: MainWindow) -> None:
    go(running, "keep-it-alive", "write")
    type_card(qtbot, running, "Not for the room yet")
    controller = running.controller
    assert controller is not None
    from workshop.core.commands import SetCardHidden

    controller.execute(SetCardHidden(controller.state.cards[0].id, True))
    go(running, "keep-it-alive", "vote")
    running.action_set.undo.trigger()
    assert not controller.state.cards[0].hidden
    assert running.run_page.capture_hint.text() == (
        "Undone in “Silent writing”: Hide card (back on the wall for the room)")
