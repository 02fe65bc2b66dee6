"""Benchmark (not a test): SessionFile.apply(AddCard) with 1,000 cards in the file, and the file size.

Run: .venv/bin/python benchmarks/store_apply.py [FOLDER]
Prints p50/p95 of 200 adds (plain `apply` and `do`, which also writes the
undo history) and the size of a file holding 1,000 cards.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.core.board import ITEM, board_state
from workshop.core.commands import AddCard
from workshop.store import SessionFile

CARDS = 1_000
ADDS = 200


def _text(number: int) -> str:
    # About the length of what a room says: 40 to 90 characters.
    return f"Idea {number}: greet every guest by name " + "and follow up " * (number % 4)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49] * 1000, cuts[94] * 1000


def main(folder: Path) -> None:
    path = folder / "bench.workshop"
    SessionFile.create(path, board_state()).close()
    with SessionFile.open(path) as session:
        for number in range(CARDS):
            session.apply(AddCard(ITEM, "write", _text(number), "keep"))
    size = path.stat().st_size  # closed: the write-ahead log is checkpointed into the file
    print(f"file size with {CARDS:,} cards: {size / 1024:.0f} KiB ({size:,} bytes)")
    for method in ("apply", "do"):
        with SessionFile.open(path) as session:
            change = getattr(session, method)
            samples = []
            for number in range(ADDS):
                command = AddCard(ITEM, "write", _text(CARDS + number), "keep")
                start = time.perf_counter()
                change(command)
                samples.append(time.perf_counter() - start)
            cards = len(session.state.cards)
        p50, p95 = _percentiles(samples)
        print(f"SessionFile.{method}(AddCard), {cards - ADDS:,}+ cards in the file, {ADDS} adds: "
              f"p50 {p50:.2f} ms, p95 {p95:.2f} ms, max {max(samples) * 1000:.2f} ms")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as temp:
            main(Path(temp))
