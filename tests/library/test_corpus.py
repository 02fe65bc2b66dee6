"""The broken-file corpus: each file in tests/library/broken/ gets exactly the messages beside it.

The folder is checked as one library, so files that clash (same id) and a
plan naming a broken exercise see each other. See corpus.py for the format.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.library.corpus import BROKEN, FILES, expected_lines, schema_verdict, sidecar
from workshop.library.catalog import LibraryEntry, check_files
from workshop.library.yamlsource import MAX_FILE_BYTES, MAX_NODES, parse_yaml
from workshop.paths import shipped_library


def shown(entry: LibraryEntry) -> list[str]:
    problems = sorted([*entry.problems, *entry.warnings])
    return [p.describe(p.path.relative_to(BROKEN).as_posix()) for p in problems]


@pytest.fixture(scope="module")
def checked() -> dict[Path, LibraryEntry]:
    return {entry.path: entry for entry in check_files([BROKEN], [shipped_library()])}


def test_the_corpus_is_large_and_every_file_has_its_expectations() -> None:
    assert len(FILES) >= 30
    for path in FILES:
        assert sidecar(path).is_file(), path
        assert schema_verdict(path) in ("rejects", "accepts", "unreadable"), path


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_exact_messages(path: Path, checked: dict[Path, LibraryEntry]) -> None:
    entry = checked[path]
    assert shown(entry) == expected_lines(path)
    if path.name not in ("overrun.yaml", "total-mismatch.yaml"):  # valid, with a warning
        assert entry.template is None and entry.plan is None and not entry.is_valid


def test_a_huge_file_is_refused_without_reading_it_as_yaml(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    step = "  - {key: s%d, title: Talk, duration: 5m, prompt: " + "x" * 200 + "}\n"
    with path.open("w", encoding="utf-8") as out:
        out.write("id: huge\ntitle: Huge\nsummary: Far too big.\nsteps:\n")
        for number in range(MAX_FILE_BYTES // len(step) + 10):
            out.write(step % number)
    [entry] = check_files([path], [shipped_library()])
    size = path.stat().st_size
    assert [str(p) for p in entry.problems] == [
        f"{path}: the file is {size:,} bytes; a template is at most 1,000,000"]


def test_aliases_that_multiply_are_refused() -> None:
    # "Billion laughs": nine lines that would expand to 10**9 values.
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 9)]
    document, problems = parse_yaml("\n".join(lines), Path("laughs.yaml"))
    assert document is None
    assert [str(p) for p in problems] == [f"laughs.yaml: more than {MAX_NODES:,} values "
                                          "(aliases repeating aliases?)"]


def test_a_utf8_byte_order_mark_is_fine(tmp_path: Path) -> None:
    good = (shipped_library() / "exercises" / "words-test.yaml").read_bytes()
    path = tmp_path / "words-test.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + good)
    [entry] = check_files([path], [shipped_library()])
    assert entry.is_valid and entry.template is not None
