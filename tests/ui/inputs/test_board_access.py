"""The card board as a screen reader reads it: a list of headings and cards, each with where it is."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from pytestqt.qtbot import QtBot

from tests.ui.inputs.test_notes_board import select, type_card
from tests.ui.run import test_card_entry as card_entry
from tests.ui.run.test_card_entry import go_to_notes_step
from workshop.ui.inputs.notes_board import NotesBoard
from workshop.ui.shell.main_window import MainWindow

Role = QAccessible.Role
Text = QAccessible.Text


def children(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    return [interface.child(n) for n in range(interface.childCount())]


def read(interface: QAccessibleInterface) -> tuple[str, str, str]:
    return interface.role().name, interface.text(Text.Name), interface.text(Text.Description)


def walk(interface: QAccessibleInterface, depth: int = 0) -> Iterator[tuple[int, QAccessibleInterface]]:
    """Every interface under `interface`, as a screen reader's tree walk meets them."""
    yield depth, interface
    for child in children(interface):
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


def test_each_card_and_heading_is_a_child_of_the_board(qtbot: QtBot, board: NotesBoard) -> None:
    for text in ("Keep them safe", "Be kind", "Answer at once"):
        type_card(qtbot, board, text)
    select(board, 0, 1)
    qtbot.keyClick(board.views[0], Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # a cluster of two
    view = board.views[0]
    rows = board.models[0].rows()
    hidden = next(n for n, row in enumerate(rows) if row.card and row.card.text == "Answer at once")
    select(board, hidden)
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)

    interface = QAccessible.queryAccessibleInterface(view)
    assert interface.role() == Role.List and interface.text(Text.Name) == "Cards"
    assert [read(child) for child in children(interface)] == [
        ("Heading", "Unnamed cluster, 2 cards", ""),
        ("ListItem", "Keep them safe", "In an unnamed cluster; Shown in the room"),
        ("ListItem", "Be kind", "In an unnamed cluster; Shown in the room"),
        ("Heading", "Not in a cluster, 1 card", ""),
        ("ListItem", "Answer at once", "In no cluster; Hidden from the room"),
    ]
    card = interface.child(1)
    assert card.parent().object() is view and interface.indexOfChild(card) == 1
    assert interface.child(1) is card  # the same interface each time: a screen reader keeps its place
    # Where it is on screen, and what is there.
    middle = card.rect().center()
    assert interface.childAt(middle.x(), middle.y()) is card
    assert view.viewport().mapToGlobal(view.visualRect(board.models[0].index(1)).topLeft()) == \
        card.rect().topLeft()


def test_the_keyboards_card_is_the_focused_child(qtbot: QtBot, board: NotesBoard) -> None:
    for text in ("One", "Two", "Three"):
        type_card(qtbot, board, text)
    view = board.views[0]
    select(board, 1)
    interface = QAccessible.queryAccessibleInterface(view)
    focused = interface.focusChild()
    assert focused is not None and focused.text(Text.Name) == "Two"
    assert focused.state().focused and focused.state().selected and focused.state().selectable
    qtbot.keyClick(view, Qt.Key.Key_Right)
    focused = interface.focusChild()
    assert focused is not None and focused.text(Text.Name) == "Three"
    assert not interface.child(1).state().focused and interface.child(2).state().focused


def test_a_card_gone_from_the_board_is_no_longer_read(qtbot: QtBot, board: NotesBoard) -> None:
    for text in ("One", "Two"):
        type_card(qtbot, board, text)
    view = board.views[0]
    interface = QAccessible.queryAccessibleInterface(view)
    first = interface.child(0)
    assert first.isValid() and first.text(Text.Name) == "One"
    select(board, 0)
    qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert [child.text(Text.Name) for child in children(interface)] == ["Two"]
    assert len(view._row_access) == 1  # the gone card's interface was handed back to Qt


def test_the_run_page_reads_as_a_tree_of_named_controls_and_cards(qtbot: QtBot, running: MainWindow) -> None:
    """From the window down, as a screen reader walks it: each control named, the board's cards there."""
    go_to_notes_step(running)
    for text in ("Keep them safe", "Be kind"):
        card_entry.type_card(qtbot, running, text)
    board = running.run_page.board
    window = QAccessible.queryAccessibleInterface(running)
    operable = {Role.PushButton, Role.EditableText, Role.ComboBox, Role.CheckBox, Role.SpinBox, Role.List}
    named, nameless = [], []
    cards = []
    for _depth, node in walk(window):
        state = node.state()
        if state.invisible or state.offscreen:
            continue
        if node.role() in operable:
            name = node.text(Text.Name).strip()
            where = node.object().objectName() if node.object() else ""
            (named if name else nameless).append(f"{node.role().name} {where} {name}")
        if node.role() == Role.ListItem and isinstance(node.parent().object(), type(board.views[0])):
            cards.append(node.text(Text.Name))
    assert nameless == []
    assert len(named) > 15 and any(line.startswith("Button") and "Next step" in line for line in named)
    assert cards == ["Keep them safe", "Be kind"]


def test_the_board_reads_where_it_is_clicked(qtbot: QtBot, board: NotesBoard) -> None:
    type_card(qtbot, board, "Only card")
    view = board.views[0]
    interface = QAccessible.queryAccessibleInterface(view)
    nowhere = view.viewport().mapToGlobal(QPoint(view.viewport().width() - 2, view.viewport().height() - 2))
    assert interface.childAt(nowhere.x(), nowhere.y()) is None
