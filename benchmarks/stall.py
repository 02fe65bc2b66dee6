"""No stall: the longest gap in the main window's event loop while the room works.

Usage: ``.venv/bin/python benchmarks/stall.py [--cards 1000] [--adds 100] [--phones 100]``.

The app's real main window (`MainWindow`, as `workshop` starts it, with the
room's wall open) is opened offscreen on a session file with `--cards` cards
on the board of "Keep it alive / write". A heartbeat timer (1 ms) records
every gap between two turns of the window's event loop, while:

- cards are typed into the console's entry (Enter, as a person does);
- a PDF export runs from the window (the app's export path and its worker);
- the session is saved: every change is committed as it is made, so the
  saving a facilitator does is the JSON export ("the whole session,
  re-importable", the app's "save as"), closing the session (what is typed is
  written first, the file folded) and opening it again.

Then the same with `--phones` phones sending cards through the room's server
(0 to leave it out). Target: the longest gap under 50 ms.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.cards import fill_file, percentile, saying  # noqa: E402
from benchmarks.table import print_table  # noqa: E402

TARGET_MS = 50.0


class Heartbeat:
    """The gaps between the ticks of a 1 ms timer, in milliseconds, kept per situation."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.profiles = 0
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._beat)
        if os.environ.get("BENCH_STACKS"):  # what the window's thread is doing 40 ms into a stall
            import threading

            threading.Thread(target=self._watch, args=(threading.get_ident(),), daemon=True).start()

    def _watch(self, window_thread: int) -> None:
        import traceback

        seen = 0.0
        while True:
            time.sleep(0.005)
            last = self._last
            try:
                beating = self._timer.isActive()
            except RuntimeError:  # the window and its timer are gone: the run is over
                return
            if beating and last != seen and time.perf_counter() - last > 0.04:
                seen = last
                frame = sys._current_frames().get(window_thread)
                stack = "".join(traceback.format_stack(frame)[-14:]) if frame else ""
                print(f"--- stall under way ---\n{stack}", file=sys.stderr, flush=True)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def run(self, begin: Callable[[], object], done: Callable[[], bool],
            timeout: float = 300.0) -> list[float]:
        """Run the event loop from `begin` (called inside it) until `done()`; the gaps seen."""
        from PySide6.QtCore import QEventLoop, QTimer

        self.gaps = []
        loop = QEventLoop()
        deadline = time.perf_counter() + timeout
        check = QTimer()
        check.setInterval(10)
        check.timeout.connect(lambda: loop.quit() if done() or time.perf_counter() > deadline else None)
        self._last = time.perf_counter()
        self._timer.start()
        QTimer.singleShot(0, begin)
        check.start()
        profile = None
        if os.environ.get("BENCH_PROFILE"):  # where the window's thread spends its time: one file each
            import cProfile

            profile = cProfile.Profile()
            profile.enable()
        loop.exec()
        if profile is not None:
            profile.disable()
            self.profiles += 1
            profile.dump_stats(f"{os.environ['BENCH_PROFILE']}.{self.profiles}")
        check.stop()
        self._timer.stop()
        if time.perf_counter() > deadline:
            raise RuntimeError("a situation did not end within its time")
        return self.gaps


def make_file(path: Path, cards: int) -> int:
    """A session with `cards` cards on Keep it alive / write, the day standing at that step."""
    from workshop.store.session_file import SessionFile

    item, _size, _per_add = fill_file(path, cards)
    with SessionFile.open(path) as session_file:
        state = session_file.state
        index = next(i for i, stop in enumerate(state.stops)
                     if stop.item.index == item and stop.step.key == "write")
    return index


def open_window(path: Path, home: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from workshop.library.catalog import load_library
    from workshop.paths import shipped_library
    from workshop.ui.home.recent_sessions import RecentSessions
    from workshop.ui.shell.context import AppContext
    from workshop.ui.shell.main_window import MainWindow

    QApplication.instance() or QApplication([])
    context = AppContext(library=load_library([shipped_library()]), recent=RecentSessions(home / "config"),
                         sessions_dir=home / "sessions", exports_dir=home / "exports",
                         plans_dir=home / "plans")
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    if not window.open_session(path):
        raise RuntimeError("the session did not open")
    return window


def settle(seconds: float) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QApplication.processEvents()
        time.sleep(0.002)


def situations(window, path: Path, step: int, adds: int, beat: Heartbeat,  # type: ignore[no-untyped-def]
               out: Path) -> list[tuple[str, list[float]]]:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    rows: list[tuple[str, list[float]]] = []
    controller = window.controller
    controller.go_to(step)
    settle(0.5)
    entry = window.run_page.entry_panel.entry
    typed = [0]
    typing = QTimer()
    typing.setInterval(40)  # a card every 40 ms: a fast room, faster than any one person

    texts = [saying(20_000 + number) + f" {id(typed)}" for number in range(adds)]

    def type_one() -> None:
        entry.setFocus()
        entry.setPlainText(texts[typed[0]])
        QTest.keyClick(entry, Qt.Key.Key_Return)
        typed[0] += 1
        if typed[0] >= adds:
            typing.stop()

    typing.timeout.connect(type_one)
    before = len(controller.state.cards)
    rows.append((f"typing {adds} cards on a board of {before}",
                 beat.run(typing.start, lambda: typed[0] >= adds)))
    if not set(texts) <= {card.text for card in controller.state.cards}:
        raise RuntimeError("not every typed card reached the file")
    settle(0.2)

    exports = window.exports
    pdf = out / "summary.pdf"
    rows.append(("PDF export from the window", beat.run(lambda: exports.export_to(pdf),
                                                         lambda: not exports.busy and pdf.exists())))
    settle(0.2)
    json_out = out / "session.json"
    rows.append(("save as JSON (the whole session)",
                 beat.run(lambda: exports.export_to(json_out),
                          lambda: not exports.busy and json_out.exists())))
    settle(0.2)
    rows.append(("close the session", beat.run(window.close_session, lambda: window.controller is None)))
    settle(0.2)
    rows.append(("open it again",
                 beat.run(lambda: window.open_session(path), lambda: window.controller is not None)))
    settle(0.5)
    return rows


def start_phones(window, step: int, phones: int, seconds: float, folder: Path):  # type: ignore[no-untyped-def]
    """`phones` phones in a second process sending a card each 5 s (benchmarks/phones.py's load)."""
    joins = window.room_controls.joins
    joins.address = "127.0.0.1"
    if not joins.start():
        raise RuntimeError("the room's server did not start")
    load = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "phones.py"), "--load", joins.url,
                             "--phones", str(phones), "--seconds", str(seconds), "--every", "5",
                             "--step", str(step), "--out", str(folder / "phones.json")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    settle(phones * 0.05 + 2)  # they join over a few seconds
    return joins, load


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--adds", type=int, default=100)
    parser.add_argument("--phones", type=int, default=100)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-stall-"))
    os.environ.setdefault("XDG_CONFIG_HOME", str(folder / "xdg"))
    os.environ.setdefault("XDG_DATA_HOME", str(folder / "xdg"))
    path = folder / "day.workshop"
    step = make_file(path, args.cards)
    window = open_window(path, folder)
    window.set_audience_visible(True)
    settle(1.0)
    import gc

    gc.freeze()  # as the app does once started (ui.shell.app.keep_start_up_out_of_the_collector)
    beat = Heartbeat()
    table = [(name, "wall open", gaps)
             for name, gaps in situations(window, path, step, args.adds, beat, folder)]
    if args.phones:
        joins, load = start_phones(window, step, args.phones, 120, folder)
        try:
            table += [(name, f"wall + {args.phones} phones", gaps)
                      for name, gaps in situations(window, path, step, args.adds, beat, folder)]
        finally:
            load.kill()
            load.wait()
            joins.stop()
    window.close_session()
    window.close()

    print(f"the main window on a session of {args.cards} cards; Qt platform "
          f"{os.environ.get('QT_QPA_PLATFORM', 'default')}; python {sys.version.split()[0]}\n")
    header = ("situation", "with", "longest gap", "p99 gap", "target")
    rows = [(name, what, f"{max(gaps):.0f} ms", f"{percentile(gaps, 0.99):.1f} ms",
             f"< {TARGET_MS:.0f} ms" + ("" if max(gaps) < TARGET_MS else "  MISSED"))
            for name, what, gaps in table]
    print_table(header, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
