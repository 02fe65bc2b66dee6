"""The hostile corpus: report themes and card texts that try to leak, escape or hang.

Each folder under `hostile/` is a theme as a trainer might download one, with
a `case.toml` saying what it tries and what must happen:

- ``expect = "ok"``: the report renders, and neither the secret file nor
  /etc/passwd is in the PDF's text, its bytes or its attachments;
- ``expect = "error"``: the export fails with a message matching `message`,
  and leaves no file behind.

Either way it must be over within the time limit. `@SECRET@` in a theme file
is replaced by the URI of a secret file beside (outside) the theme; `card`
adds a card with that text and `printed` is what must show literally.
Cases marked ``worker = true`` need the worker process's time or memory limit
and run there (``time_limit`` shortens the limit for a case that needs it);
the rest run in this process: the same code, without a second of start-up
each.
"""

from __future__ import annotations

import re
import shutil
import time
import tomllib
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.pdf_text import pdf_text
from workshop.core.session import Card, SessionState
from workshop.report.export import export
from workshop.report.json_io import session_to_json
from workshop.report.worker import ExportJob, describe_error

CORPUS = Path(__file__).parent / "hostile"
SECRET = "s3cret-root:x:0:0:do-not-print"
TIME_LIMIT = 15.0  # seconds; the worker's start-up (about 1 s) counts
IN_PROCESS_LIMIT = 10.0


def _real_passwd_line() -> str | None:
    try:
        return Path("/etc/passwd").read_text().splitlines()[0]
    except (OSError, IndexError):
        return None


def _cases() -> list[Path]:
    return sorted(path for path in CORPUS.iterdir() if (path / "case.toml").is_file())


def test_corpus_is_big_enough() -> None:
    assert len(_cases()) >= 15


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "secret.txt"
    path.parent.mkdir()
    path.write_text(SECRET + "\n")
    return path


def _install(case: Path, into: Path, secret: Path) -> Path:
    theme = into / "theme"
    shutil.copytree(case, theme, ignore=shutil.ignore_patterns("case.toml"))
    for path in theme.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("@SECRET@", secret.as_uri()), encoding="utf-8")
    return theme


def _session(make_session: Any, card: str | None) -> SessionState:
    state = make_session()
    if card is not None:
        state.cards.append(Card(100, 0, "write", card, position=100))
    return state


def _pdf_text(path: Path) -> str:
    return pdf_text(path)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("case", _cases(), ids=lambda path: path.name)
def test_hostile_case(case: Path, tmp_path: Path, secret: Path, make_session: Any,
                      generated_at: datetime) -> None:
    spec = tomllib.loads((case / "case.toml").read_text(encoding="utf-8"))
    theme = _install(case, tmp_path, secret)
    state = _session(make_session, spec.get("card"))
    out = tmp_path / "out" / "report.pdf"

    start = time.monotonic()
    if spec.get("worker"):
        time_limit = spec.get("time_limit", TIME_LIMIT)
        job = ExportJob(session_to_json(state), out, folders=[theme], time_limit=time_limit,
                        generated_at=generated_at.isoformat())
        update = job.wait()
        error = update.message if update.state == "failed" else None
        limit = time_limit + 5  # the kill and clean-up after the limit
    else:
        try:
            export(state, out, folders=[theme], generated_at=generated_at)
            error = None
        except Exception as exc:  # what the worker would turn into a message
            error = describe_error(exc)
        limit = IN_PROCESS_LIMIT
    elapsed = time.monotonic() - start
    assert elapsed < limit, f"{case.name} took {elapsed:.1f} s"

    leftovers = sorted(p.name for p in out.parent.iterdir()) if out.parent.exists() else []
    if spec["expect"] == "error":
        assert error is not None, f"{case.name}: rendered, but should have failed"
        assert re.search(spec["message"], error), error
        assert leftovers == [], leftovers  # no PDF, no temporary file
        return

    assert error is None, f"{case.name}: {error}"
    assert leftovers == ["report.pdf"]
    data = out.read_bytes()
    text = _pdf_text(out)
    assert SECRET not in text and SECRET.encode() not in data
    real = _real_passwd_line()
    if real:
        assert real not in text and real.encode() not in data
    reader = PdfReader(out)
    assert not reader.attachments
    assert "/EmbeddedFiles" not in str(reader.trailer["/Root"].get("/Names", {}))
    if "printed" in spec:
        assert _squash(spec["printed"]) in _squash(text)
