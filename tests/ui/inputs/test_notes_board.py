"""The card board: type, edit in place, colour, hide, delete, cluster by dragging, undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.ui.inputs.conftest import place, reopen, undo_steps
from workshop.ui.board.notes_model import RowKind
from workshop.ui.board.notes_view import NotesView
from workshop.ui.inputs.notes_board import NotesBoard
from workshop.ui.room.notes import RoomNotes
from workshop.ui.shell.controller import SessionController


def type_card(qtbot: QtBot, board: NotesBoard, text: str) -> None:
    entry = board.entry_panel.entry
    entry.setFocus()
    qtbot.keyClicks(entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def card_texts(board: NotesBoard, column: int = 0) -> list[str]:
    return [row.card.text for row in board.models[column].rows() if row.card is not None]


def layout(board: NotesBoard) -> list[tuple[str, str]]:
    """The rows of the first column as (kind, text): what the facilitator sees, top to bottom."""
    found = []
    for row in board.models[0].rows():
        if row.card is not None:
            found.append(("card", row.card.text))
        elif row.kind is RowKind.CLUSTER and row.cluster is not None:
            found.append(("cluster", row.cluster.name))
        else:
            found.append(("loose", ""))
    return found


def select(board: NotesBoard, *rows: int, column: int = 0) -> None:
    view = board.views[column]
    view.setFocus()
    view.clearSelection()
    for row in rows:
        view.selectionModel().select(board.models[column].index(row),
                                     view.selectionModel().SelectionFlag.Select)
    view.selectionModel().setCurrentIndex(board.models[column].index(rows[-1]),
                                          view.selectionModel().SelectionFlag.NoUpdate)


def drop(source: NotesView, rows: list[int], target: NotesView, point: QPoint) -> None:
    """Drag `rows` of `source` and drop them at `point` of `target`, as Qt delivers a drop."""
    model = source.model()
    data = model.mimeData([model.index(row, 0) for row in rows])
    actions = Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = target.viewport()
    enter = QDragEnterEvent(point, actions, data, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, actions, data, buttons, keys)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(point.toPointF(), actions, data, buttons, keys))


def centre_of(view: NotesView, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 0)).center()


# -- typing ---------------------------------------------------------------------------------


def test_enter_adds_the_card_shown_at_once_and_in_the_file(qtbot: QtBot, board: NotesBoard,
                                                           session_path: Path) -> None:
    type_card(qtbot, board, "Greet every guest by name")

    assert card_texts(board) == ["Greet every guest by name"]
    assert board.entry_panel.entry.toPlainText() == ""
    assert [c.text for c in reopen(session_path).cards] == ["Greet every guest by name"]
    view = board.views[0]
    assert view.viewport().rect().intersects(view.visualRect(board.models[0].index(0)))


def test_an_empty_card_is_not_added_and_the_entry_says_why(qtbot: QtBot, board: NotesBoard) -> None:
    type_card(qtbot, board, "   ")
    assert card_texts(board) == []
    assert board.entry_panel.has_problem
    assert "empty" in board.entry_panel.hint.text()


def test_an_author_is_kept_for_one_card_then_anonymous_again(qtbot: QtBot, board: NotesBoard,
                                                             door: SessionController) -> None:
    board.author.setText("Ana")
    type_card(qtbot, board, "Named")
    type_card(qtbot, board, "Anonymous")
    assert [c.author for c in door.state.cards] == ["Ana", ""]
    assert board.author.text() == ""


# -- editing in place -----------------------------------------------------------------------------


def test_f2_edits_a_card_in_place_and_enter_keeps_it(qtbot: QtBot, board: NotesBoard, door: SessionController,
                                                     session_path: Path) -> None:
    type_card(qtbot, board, "Smile on the phne")
    select(board, 0)
    qtbot.keyClick(board.views[0], Qt.Key.Key_F2)
    editor = board.views[0].findChild(QPlainTextEdit, "cardEditor")
    assert editor is not None and editor.toPlainText() == "Smile on the phne"
    editor.selectAll()
    qtbot.keyClicks(editor, "Smile on the phone")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "they can hear it")
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    assert card_texts(board) == ["Smile on the phone\nthey can hear it"]
    assert reopen(session_path).cards[0].text == "Smile on the phone\nthey can hear it"
    door.undo()
    assert card_texts(board) == ["Smile on the phne"]


def test_escape_leaves_the_card_as_it_was(qtbot: QtBot, board: NotesBoard, door: SessionController) -> None:
    type_card(qtbot, board, "Keep me")
    select(board, 0)
    board.views[0].edit(board.models[0].index(0))
    editor = board.views[0].findChild(QPlainTextEdit, "cardEditor")
    assert editor is not None
    qtbot.keyClicks(editor, "changed")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert card_texts(board) == ["Keep me"]
    assert undo_steps(door) == 1


# -- colour, hide, delete --------------------------------------------------------------------------


def test_digit_keys_colour_the_selected_cards(qtbot: QtBot, board: NotesBoard,
                                              door: SessionController) -> None:
    for text in ("a", "b", "c"):
        type_card(qtbot, board, text)
    select(board, 0, 2)
    qtbot.keyClick(board.views[0], Qt.Key.Key_3)  # green
    assert [c.colour for c in door.state.cards] == ["green", "", "green"]
    qtbot.keyClick(board.views[0], Qt.Key.Key_0)
    assert [c.colour for c in door.state.cards] == ["", "", ""]
    door.undo()
    assert [c.colour for c in door.state.cards] == ["green", "", "green"]


def test_a_digit_typed_in_the_entry_stays_in_the_entry(qtbot: QtBot, board: NotesBoard,
                                                       door: SessionController) -> None:
    type_card(qtbot, board, "a")
    select(board, 0)
    board.entry_panel.entry.setFocus()
    qtbot.keyClicks(board.entry_panel.entry, "3")
    assert door.state.cards[0].colour == ""
    assert board.entry_panel.entry.toPlainText() == "3"


def test_hidden_cards_never_reach_the_room_until_revealed(qtbot: QtBot, board: NotesBoard,
                                                         door: SessionController) -> None:
    room = RoomNotes(door)
    qtbot.addWidget(room)
    room.show_step(board.item, board.step)
    board.hide_new.setChecked(True)
    type_card(qtbot, board, "Secret till later")
    board.hide_new.setChecked(False)
    type_card(qtbot, board, "Open")

    assert card_texts(board) == ["Secret till later", "Open"]  # the console shows both
    assert "Secret" not in room.visible_text()
    assert board.reveal_all_action.isEnabled()
    select(board, 1)
    qtbot.keyClick(board.views[0], Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert room.visible_text() == ""
    board.reveal_all()
    assert room.visible_text().splitlines() == ["Secret till later", "Open"]
    assert not board.reveal_all_action.isEnabled()


def test_delete_removes_the_selected_cards_and_undo_brings_them_back(qtbot: QtBot, board: NotesBoard,
                                                                    door: SessionController,
                                                                    session_path: Path) -> None:
    for text in ("a", "b", "c"):
        type_card(qtbot, board, text)
    select(board, 0, 1)
    qtbot.keyClick(board.views[0], Qt.Key.Key_Backspace)
    assert card_texts(board) == ["c"]
    assert [c.text for c in reopen(session_path).cards] == ["c"]
    door.undo()
    assert card_texts(board) == ["a", "b", "c"]
    assert [c.id for c in reopen(session_path).cards] == [1, 2, 3]


# -- clusters ---------------------------------------------------------------------------------------


def test_dropping_a_card_on_a_card_makes_a_cluster(qtbot: QtBot, board: NotesBoard, door: SessionController,
                                                   session_path: Path) -> None:
    for text in ("Know names", "Remember birthdays", "Fast checkout"):
        type_card(qtbot, board, text)
    view = board.views[0]

    drop(view, [1], view, centre_of(view, 0))

    assert layout(board) == [("cluster", ""), ("card", "Know names"), ("card", "Remember birthdays"),
                             ("loose", ""), ("card", "Fast checkout")]
    saved = reopen(session_path)
    assert [c.cluster for c in saved.cards] == [1, 1, None]
    assert undo_steps(door) == 4  # the cluster and both moves: one undo
    door.undo()
    assert layout(board) == [("card", "Know names"), ("card", "Remember birthdays"),
                             ("card", "Fast checkout")]


def test_dropping_on_a_heading_or_between_cards_places_the_card(qtbot: QtBot, board: NotesBoard,
                                                                 door: SessionController) -> None:
    for text in ("a", "b", "c", "d"):
        type_card(qtbot, board, text)
    view = board.views[0]
    drop(view, [1], view, centre_of(view, 0))  # a + b in a cluster
    assert layout(board)[:3] == [("cluster", ""), ("card", "a"), ("card", "b")]

    # "d" dropped on the cluster's heading joins it, last.
    drop(view, [5], view, centre_of(view, 0))
    assert layout(board)[:4] == [("cluster", ""), ("card", "a"), ("card", "b"), ("card", "d")]

    # "c" dropped on the left edge of "b" goes before it.
    rect = view.visualRect(board.models[0].index(2))
    drop(view, [5], view, QPoint(rect.left() + 3, rect.center().y()))
    assert layout(board)[:5] == [("cluster", ""), ("card", "a"), ("card", "c"), ("card", "b"),
                                 ("card", "d")]

    # "a" dropped on the "not in a cluster" heading leaves the cluster.
    loose = next(n for n, row in enumerate(board.models[0].rows()) if row.kind is RowKind.LOOSE)
    drop(view, [1], view, centre_of(view, loose))
    assert layout(board) == [("cluster", ""), ("card", "c"), ("card", "b"), ("card", "d"),
                             ("loose", ""), ("card", "a")]


def test_the_models_drop_handler_takes_the_same_drops(qtbot: QtBot, board: NotesBoard) -> None:
    for text in ("a", "b"):
        type_card(qtbot, board, text)
    model = board.models[0]
    data = model.mimeData([model.index(1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(0))
    assert layout(board) == [("cluster", ""), ("card", "a"), ("card", "b"), ("loose", "")]


def test_ctrl_g_groups_the_selection_and_asks_for_a_name(qtbot: QtBot, board: NotesBoard,
                                                        door: SessionController, session_path: Path) -> None:
    for text in ("a", "b", "c"):
        type_card(qtbot, board, text)
    select(board, 0, 2)
    qtbot.keyClick(board.views[0], Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)

    editor = board.views[0].findChild(QLineEdit, "clusterNameEditor")
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor, "Names & faces <3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: layout(board)[0] == ("cluster", "Names & faces <3"))  # Qt commits queued

    assert layout(board) == [("cluster", "Names & faces <3"), ("card", "a"), ("card", "c"),
                             ("loose", ""), ("card", "b")]
    assert reopen(session_path).clusters[0].name == "Names & faces <3"
    door.undo()  # the name
    assert layout(board)[0] == ("cluster", "")
    door.undo()  # the cluster
    assert layout(board) == [("card", "a"), ("card", "b"), ("card", "c")]


def test_cards_move_between_columns_by_drag(qtbot: QtBot, door: SessionController) -> None:
    board = NotesBoard(door)
    qtbot.addWidget(board)
    board.resize(1200, 700)
    board.show_step(*place(door.state, "point-of-difference", "flip"))
    board.show()
    qtbot.waitExposed(board)
    assert board.column_titles() == ["Stereotype of our industry", "Our point of difference"]
    board.entry_panel.column_picker.setCurrentIndex(0)
    type_card(qtbot, board, "Queues and hold music")

    left, right = board.views[0], board.views[1]
    drop(left, [0], right, QPoint(40, 40))

    assert card_texts(board, 0) == []
    assert card_texts(board, 1) == ["Queues and hold music"]
    assert door.state.cards[0].column == "difference"
    board.close()


def test_a_thousand_cards_are_laid_out_once_each(qtbot: QtBot, board: NotesBoard,
                                                 door: SessionController) -> None:
    from workshop.core.commands import AddCard, Batch

    door.execute(Batch(tuple(AddCard(board.item, board.step, f"Idea {n}") for n in range(1000)), "Many"))
    view = board.views[0]
    calls = 0
    original = view.delegate.sizeHint

    def counting(option, index):
        nonlocal calls
        calls += 1
        return original(option, index)

    view.delegate.sizeHint = counting  # type: ignore[method-assign]
    type_card(qtbot, board, "One more")
    assert calls <= 3  # the new card, not the thousand before it
    last = board.models[0].index(board.models[0].rowCount() - 1)
    qtbot.waitUntil(lambda: view.viewport().rect().intersects(view.visualRect(last)))
