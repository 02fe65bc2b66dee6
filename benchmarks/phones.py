"""A room of phones: 300 of them writing cards while the console and the wall paint them.

Usage: ``.venv/bin/python benchmarks/phones.py [--phones 300] [--seconds 60] [--every 5]``.

The app's side runs here: a session of the shipped plan at "Keep it alive /
write", the console's card board and the wall's view of it, and the room's
server (`RoomJoins`, on 127.0.0.1), all through the app's own
`SessionController`. The phones run in a second process (``--load``), so
they do not share this one's interpreter: each joins, keeps the page's
event stream open, and sends a card every `--every` seconds (spread out),
for `--seconds`. Measured, in one run:

- submit -> "received" (the phone's answer, after the commit), p50/p95;
- submit -> painted on the console's board, p50/p95;
- every received card in the file once, none twice;
- the longest gap of the window's event loop (a 5 ms heartbeat timer);
- the app's memory before and after the room joined (resident set).

Targets (issue 13): received p95 < 150 ms, painted p95 < 250 ms, no card
lost or doubled, longest stall < 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PLAN_ID = "customer-service-culture"


# -- the phones (a process of their own) --------------------------------------------------------


async def _phone(session, url: str, number: int, seconds: float, every: float,  # type: ignore[no-untyped-def]
                 step: int, results: list[dict[str, object]]) -> None:
    from urllib.parse import urlsplit

    origin = "http://" + urlsplit(url).netloc
    headers = {"Origin": origin, "Sec-Fetch-Site": "same-origin"}
    async with session.post(url + "api/join", json={"name": ""}, headers=headers) as answer:
        await answer.read()
        if answer.status != 200:
            results.append({"text": "", "submitted": 0.0, "received": 0.0, "status": f"join {answer.status}"})
            return
    events = await session.get(url + "api/events")

    async def listen() -> None:
        async for _line in events.content:
            pass

    listener = asyncio.create_task(listen())
    await asyncio.sleep(random.random() * every)
    end = time.monotonic() + seconds
    sent = 0
    while time.monotonic() < end:
        text = f"phone {number} card {sent}"
        body = {"id": f"{number}-{sent}", "step": step, "kind": "card", "text": text}
        submitted = time.monotonic()
        async with session.post(url + "api/send", json=body, headers=headers) as answer:
            status = answer.status
            await answer.read()
        results.append({"text": text, "submitted": submitted, "received": time.monotonic(), "status": status})
        sent += 1
        await asyncio.sleep(max(0.0, every - (time.monotonic() - submitted)))
    listener.cancel()
    events.close()


async def _load(url: str, phones: int, seconds: float, every: float, step: int) -> list[dict[str, object]]:
    import aiohttp

    results: list[dict[str, object]] = []
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        # Each phone its own cookie jar: one ClientSession per phone would be closer to life
        # but 300 of them cost the load process more than the app; the cookie is per phone here.
        tasks = []
        for number in range(phones):
            jar = aiohttp.CookieJar(unsafe=True)
            phone_session = aiohttp.ClientSession(connector=connector, connector_owner=False, cookie_jar=jar)
            tasks.append((phone_session, asyncio.create_task(
                _phone(phone_session, url, number, seconds, every, step, results))))
            await asyncio.sleep(0.05)  # people join over a few seconds (the server allows 20 a second)
        for phone_session, task in tasks:
            try:
                await task
            finally:
                await phone_session.close()
        del session
    return results


def run_load(url: str, phones: int, seconds: float, every: float, step: int, out: Path) -> None:
    results = asyncio.run(_load(url, phones, seconds, every, step))
    out.write_text(json.dumps(results))


# -- the app (this process) --------------------------------------------------------------------------


def make_session(path: Path) -> int:
    from workshop.core.session import SessionHeader, build_state
    from workshop.library.catalog import load_library
    from workshop.paths import shipped_library
    from workshop.store.session_file import SessionFile

    library = load_library([shipped_library()])
    plan = library.plans[PLAN_ID]
    state = build_state(SessionHeader("Phones day", "Greenleaf Hotels", "Sam", "2026-11-22"),
                        plan, library.templates_for(plan))
    index = next(i for i, stop in enumerate(state.stops)
                 if stop.item.exercise is not None and stop.item.exercise.id == "keep-it-alive"
                 and stop.step.key == "write")
    state.current = index
    SessionFile.create(path, state).close()
    return index


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_room(path: Path, step: int, phones: int, seconds: float, every: float) -> dict[str, object]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QPainter
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

    from workshop.store.session_file import SessionFile
    from workshop.ui.board.notes_delegate import NotesDelegate
    from workshop.ui.board.notes_model import NotesModel
    from workshop.ui.inputs.notes_board import NotesBoard
    from workshop.ui.room.notes import RoomNotes
    from workshop.ui.shell.controller import SessionController
    from workshop.ui.shell.room_joins import RoomJoins

    app = QApplication.instance() or QApplication([])
    painted_at: dict[int, float] = {}
    ids: dict[str, int] = {}

    class Watching(NotesDelegate):
        def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
            super().paint(painter, option, index)
            model = index.model()
            row = model.row_at(index.row()) if isinstance(model, NotesModel) else None
            if row is not None and row.card is not None and row.card.id not in painted_at:
                painted_at[row.card.id] = time.monotonic()

    controller = SessionController.open(path)
    stop = controller.current_stop
    item, board_key = stop.input_key

    def heard(change: object) -> None:
        card = controller.state.card(getattr(getattr(change, "inverse", None), "card", -1))
        if card is not None:
            ids[card.text] = card.id

    controller.changed.connect(heard)
    board, room = NotesBoard(controller), RoomNotes(controller)
    board.resize(1280, 800)
    room.resize(1920, 1080)
    board.show_step(item, board_key)
    room.show_step(item, board_key)
    view = board.views[0]
    watching = Watching(view.delegate.style, view)
    view.delegate = watching
    view.setItemDelegate(watching)
    board.show()
    room.show()
    QTest.qWaitForWindowExposed(board)
    view.follow_newest()

    gaps: list[float] = []
    last = [time.monotonic()]

    stalls: list[tuple[float, float]] = []  # (gap, when), for the note under the table

    def beat() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        if now - last[0] > 0.05:
            stalls.append((now - last[0], now - started[0]))
        last[0] = now

    started = [time.monotonic()]
    import gc

    collections: list[float] = []  # how long each full collection of Python's garbage took
    gc_began = [0.0]

    def collected(phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            gc_began[0] = time.perf_counter()
        else:
            collections.append(time.perf_counter() - gc_began[0])

    gc.callbacks.append(collected)

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(beat)

    import gc

    gc.freeze()  # as the app does once it has started (ui.shell.app.keep_start_up_out_of_the_collector)
    memory_before = resident_mb()
    joins = RoomJoins()
    joins.address = "127.0.0.1"
    joins.set_controller(controller)
    if not joins.start():
        raise RuntimeError("the room's server did not start")
    out = path.parent / "phones.json"
    import resource

    load_began = time.monotonic()
    load = subprocess.Popen([sys.executable, __file__, "--load", joins.url, "--phones", str(phones),
                             "--seconds", str(seconds), "--every", str(every), "--step", str(step),
                             "--out", str(out)])
    heartbeat.start()
    last[0] = started[0] = time.monotonic()
    peak = [memory_before]
    # The window's own event loop, as on the day, until the phones are done.
    loop = QEventLoop()
    watch = QTimer()
    watch.setInterval(100)

    def check() -> None:
        peak[0] = max(peak[0], resident_mb())
        if load.poll() is not None:
            loop.quit()

    watch.timeout.connect(check)
    watch.start()
    profile = None
    if os.environ.get("BENCH_PROFILE"):  # where the window's thread spends its time
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
    loop.exec()
    if profile is not None:
        profile.disable()
        profile.dump_stats(os.environ["BENCH_PROFILE"])
    watch.stop()
    heartbeat.stop()
    peak_memory = peak[0]
    for _ in range(50):  # the last cards painted
        app.processEvents()
        time.sleep(0.002)
    connected_at_end = joins.connected
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_cpu = (children.ru_utime + children.ru_stime) / max(1e-9, time.monotonic() - load_began)
    joins.stop()
    results = json.loads(out.read_text())
    received = [r for r in results if r["status"] == 200]
    refused = [r for r in results if r["status"] != 200]
    if refused:
        print("refused:", {str(s): sum(1 for r in refused if r["status"] == s)
                           for s in {r["status"] for r in refused}}, file=sys.stderr)
    on_file = [card.text for card in controller.state.cards]
    controller.close()
    file_texts = [card.text for card in SessionFile.snapshot(path).cards]
    to_received = [(float(r["received"]) - float(r["submitted"])) * 1000 for r in received]
    to_painted = [(painted_at[ids[r["text"]]] - float(r["submitted"])) * 1000
                  for r in received if r["text"] in ids and ids[r["text"]] in painted_at]
    return {
        "received": len(received), "refused": len(refused), "on_file": len(file_texts),
        "lost": len({r["text"] for r in received} - set(file_texts)),
        "doubled": len(file_texts) - len(set(file_texts)), "state_matches": on_file == file_texts,
        "to_received": to_received, "to_painted": to_painted, "painted": len(to_painted),
        "longest_gap_ms": max(gaps) * 1000 if gaps else 0.0,
        "memory_before": memory_before, "memory_peak": peak_memory, "connected": connected_at_end,
        "stalls": sorted(stalls, reverse=True)[:8],
        "collections": collections,
        "load_cpu": load_cpu,
    }


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--every", type=float, default=5.0)
    parser.add_argument("--load", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--step", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load:
        run_load(args.load, args.phones, args.seconds, args.every, args.step, args.out)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="bench-phones-"))
    path = folder / "phones.workshop"
    step = make_session(path)
    r = run_room(path, step, args.phones, args.seconds, args.every)
    print(f"{args.phones} phones, a card each every {args.every:g} s for {args.seconds:g} s; Qt platform "
          f"{os.environ.get('QT_QPA_PLATFORM', 'default')}; python {sys.version.split()[0]}\n")
    rows = [
        ("submit -> received (committed)", f"p50 {statistics.median(r['to_received']):.0f} ms",
         f"p95 {percentile(r['to_received'], 0.95):.0f} ms", "p95 < 150 ms"),
        ("submit -> painted on the console", f"p50 {statistics.median(r['to_painted'] or [0]):.0f} ms",
         f"p95 {percentile(r['to_painted'], 0.95):.0f} ms", "p95 < 250 ms"),
        ("cards received / in the file / refused", f"{r['received']} / {r['on_file']} / {r['refused']}",
         f"lost {r['lost']}, doubled {r['doubled']}", "none lost or doubled"),
        ("cards seen painted on the console", f"{r['painted']} of {r['received']}", "", ""),
        ("longest stall of the window's event loop", f"{r['longest_gap_ms']:.0f} ms", "", "< 50 ms"),
        ("app memory before joins / peak", f"{r['memory_before']:.0f} MB / {r['memory_peak']:.0f} MB",
         f"+{r['memory_peak'] - r['memory_before']:.0f} MB", ""),
    ]
    header = ("measure", "", "", "target")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print(" | ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))
    print(f"\nthe phones' process used {r['load_cpu']:.0%} of a core (of the machine's "
          f"{os.cpu_count()})")
    if r["collections"]:
        print(f"\nfull garbage collections: {len(r['collections'])}, longest "
              f"{max(r['collections']) * 1000:.0f} ms")
    stalls = r["stalls"]
    if stalls:
        print("\nlongest stalls over 50 ms (length at seconds into the run): "
              + ", ".join(f"{gap * 1000:.0f} ms at {when:.1f} s" for gap, when in stalls))
    return 0


if __name__ == "__main__":
    sys.exit(main())
