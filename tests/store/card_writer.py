"""Child process for the crash test: adds cards forever, reporting each one committed.

Run as ``python card_writer.py FILE``. Each line ``committed ID TEXT`` is printed
only after `SessionFile.apply` has returned, i.e. after the commit.
"""

from __future__ import annotations

import sys
from pathlib import Path

from workshop.core.commands import AddCard
from workshop.store import SessionFile


def main() -> None:
    with SessionFile.open(Path(sys.argv[1])) as session:
        number = 0
        while True:
            number += 1
            text = f"card {number} " + "idea " * (number % 40)
            card_id = session.apply(AddCard(1, "motivate", text)).inverse.card  # type: ignore[attr-defined]
            print(f"committed {card_id} {number}", flush=True)


if __name__ == "__main__":
    main()
