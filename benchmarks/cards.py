"""A thousand cards on the board: how long from Enter to the card saved and on screen.

Usage: ``.venv/bin/python benchmarks/cards.py [--cards 1000] [--adds 200]``.

The board of one notes step is filled with `--cards` cards, each committed
on its own as in a room (so the file has the layout a real day leaves), and
the file's size is measured. Then the console's card board (and the room's
view of it) is opened on it through the app's `SessionController`, and
`--adds` more cards are typed: each time from the Enter key press until the
card is committed to the file *and* both screens (the console's board and the
wall) have painted it. Target: p95 under 8 ms (half a frame at 60 Hz), and
not growing with the board (`benchmarks/scaling.py` runs this at several sizes).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.table import print_table  # noqa: E402

PLAN_ID = "customer-service-culture"
SAYINGS = ("Greet every guest by name", "Follow up within a day", "Say sorry and mean it",
           "Fix it before they ask", "Smile on the phone, they can hear it",
           "Own the problem until it is solved, even when it started in another team")


def saying(number: int) -> str:
    return f"{SAYINGS[number % len(SAYINGS)]} ({number})"


def fill_file(path: Path, cards: int) -> tuple[int, int, float]:
    """Create a session with `cards` cards on Keep it alive / write; (item, bytes, s per add)."""
    from workshop.core.commands import AddCard
    from workshop.core.session import SessionHeader, build_state
    from workshop.library.catalog import load_library
    from workshop.paths import shipped_library
    from workshop.store.session_file import SessionFile

    library = load_library([shipped_library()])
    plan = library.plans[PLAN_ID]
    state = build_state(SessionHeader("Bench day", "Greenleaf Hotels", "Sam", "2026-11-22"),
                        plan, library.templates_for(plan))
    item = next(stop.item.index for stop in state.stops
                if stop.item.exercise is not None and stop.item.exercise.id == "keep-it-alive")
    with SessionFile.create(path, state) as session_file:
        start = time.perf_counter()
        for number in range(cards):
            session_file.apply(AddCard(item, "write", saying(number)))
        per_add = (time.perf_counter() - start) / max(1, cards)
    # Closed: the write-ahead log is folded into the file, as after a day's work.
    size = path.stat().st_size + sum(p.stat().st_size for p in path.parent.glob(path.name + "-*"))
    return item, size, per_add


def time_adds(path: Path, item: int, adds: int) -> dict[str, list[float]]:
    """Milliseconds from Enter to committed, and to painted on each screen, for each add.

    Through the app's own door (`SessionController.execute`: the file, the undo
    stack, then the screens), with the room's view of the board open as well,
    as it is on the day. "painted" is when both screens have painted the card.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

    from workshop.ui.board.notes_delegate import NotesDelegate
    from workshop.ui.board.notes_model import NotesModel
    from workshop.ui.inputs.notes_board import NotesBoard
    from workshop.ui.room.notes import RoomNotes
    from workshop.ui.shell.controller import SessionController

    app = QApplication.instance() or QApplication([])
    committed: list[float] = []
    painted: dict[str, dict[int, float]] = {"console": {}, "wall": {}}

    class Watching(NotesDelegate):
        screen = ""

        def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
            super().paint(painter, option, index)
            model = index.model()
            row = model.row_at(index.row()) if isinstance(model, NotesModel) else None
            if row is not None and row.card is not None:
                painted[self.screen].setdefault(row.card.id, time.perf_counter())

    controller = SessionController.open(path)
    try:
        # Connected first, so it runs before the panels redraw: the moment of commit.
        controller.changed.connect(lambda _change: committed.append(time.perf_counter()))
        board, room = NotesBoard(controller), RoomNotes(controller)
        board.resize(1280, 800)
        room.resize(1920, 1080)
        board.show_step(item, "write")
        room.show_step(item, "write")
        for screen, view in (("console", board.views[0]), ("wall", room.views[0])):
            watching = Watching(view.delegate.style, view)
            watching.screen = screen
            view.delegate = watching
            view.setItemDelegate(watching)
        board.show()
        room.show()
        QTest.qWaitForWindowExposed(board)
        QTest.qWaitForWindowExposed(room)
        view = board.views[0]
        view.follow_newest()
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        for _ in range(20):  # the first layout of the thousand tiles, before timing
            app.processEvents()
            time.sleep(0.01)
        entry = board.entry_panel.entry
        times: dict[str, list[float]] = {"committed": [], "console": [], "wall": [], "painted": []}
        for number in range(adds):
            entry.setPlainText(saying(10_000 + number))
            new_id = controller.state.next_id("cards")
            start = time.perf_counter()
            QTest.keyClick(entry, Qt.Key.Key_Return)
            deadline = start + 2.0
            while not all(new_id in seen for seen in painted.values()) and time.perf_counter() < deadline:
                app.processEvents()
            if not all(new_id in seen for seen in painted.values()):
                raise RuntimeError(f"card {new_id} was not painted on both screens within 2 s")
            times["committed"].append((committed[-1] - start) * 1000)
            for screen, seen in painted.items():
                times[screen].append((seen[new_id] - start) * 1000)
            times["painted"].append(max(seen[new_id] - start for seen in painted.values()) * 1000)
            app.processEvents()  # anything left over settles between two cards, as between two ideas
        for widget in (board, room):
            widget.close()
            widget.deleteLater()
        app.processEvents()
    finally:
        controller.close()
    return times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--adds", type=int, default=200)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-cards-"))
    path = folder / "thousand.workshop"
    item, size, per_add = fill_file(path, args.cards)
    times = time_adds(path, item, args.adds)
    print(f"{args.cards} cards on one board, {args.adds} more typed; Qt platform "
          f"{os.environ.get('QT_QPA_PLATFORM', 'default')}; python {sys.version.split()[0]}\n")

    def row(label: str, values: list[float], target: str = "") -> tuple[str, ...]:
        return (label, f"p50 {statistics.median(values):.1f} ms", f"p95 {percentile(values, 0.95):.1f} ms",
                f"max {max(values):.1f} ms", target)

    rows = [
        row("Enter -> committed and painted on both screens", times["painted"], "p95 < 8 ms"),
        row("  of which Enter -> committed", times["committed"]),
        row("  Enter -> painted on the console's board", times["console"]),
        row("  Enter -> painted on the wall", times["wall"]),
        (f"commit alone while filling ({args.cards} adds)", f"mean {per_add * 1000:.1f} ms", "", "", ""),
        (f"session file with {args.cards} cards", f"{size / 1024:.0f} KiB",
         f"{size / max(1, args.cards):.0f} B per card", "", ""),
    ]
    header = ("measure", "", "", "", "target")
    print_table(header, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
