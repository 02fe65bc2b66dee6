"""The broken-file corpus in tests/library/broken/ and what is expected of each file.

`NAME.yaml.expected` holds the lines `workshop validate` prints for
`NAME.yaml`, with paths relative to broken/, after a first line saying
whether the JSON Schema rejects the file too: `rejects`, `accepts` (with
why: a rule beyond a schema) or `unreadable` (not YAML at all).
"""

from __future__ import annotations

from pathlib import Path

BROKEN = Path(__file__).parent / "broken"
FILES = sorted(p for folder in ("exercises", "plans") for p in (BROKEN / folder).iterdir()
               if p.suffix in (".yaml", ".yml"))


def sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".expected")


def expected_lines(path: Path) -> list[str]:
    text = sidecar(path).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def schema_verdict(path: Path) -> str:
    first = sidecar(path).read_text(encoding="utf-8").splitlines()[0]
    return first.removeprefix("# schema: ").split(" ")[0]
