"""One entry point for every export format: `export(state, out_path, format)`.

The CLI calls it directly; the app calls it through `worker.ExportJob`, which
runs it in another process with a time limit. Every format is written
atomically (see `atomic`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from workshop.core.session import SessionState
from workshop.files import atomic_output
from workshop.report.render import (
    DEFAULT_PAGE_SIZE,
    Folder,
    check_page_size,
    report_folders,
    trainer_folders,
)

# Format name -> the file suffix the export is usually given.
FORMATS = {"pdf": ".pdf", "md": ".md", "csv": ".zip", "json": ".json"}

Progress = Callable[[str], None]


def export(state: SessionState, out_path: Folder, format: str = "pdf", *,
           page_size: str = DEFAULT_PAGE_SIZE, folders: Iterable[Folder] | None = None,
           generated_at: datetime | None = None, progress: Progress | None = None,
           temp: Path | None = None) -> Path:
    """Write `state` as `format` ("pdf", "md", "csv" or "json") to `out_path`; return the path.

    - pdf: the designed report, at `page_size` ("a4" or "letter"). Report
      files are looked up by name in `folders` (named for this export),
      then the trainer's own report folder (`paths.user_report_dir()`, when
      it exists), then the shipped folder.
    - md: the same content as Markdown; csv: a zip of cards.csv, votes.csv,
      ratings.csv and actions.csv; json: the whole session, re-importable.

    `progress` is called with "context", "html", "layout", "write" as each
    stage starts (Markdown, CSV and JSON skip "html" and "layout").
    `generated_at` fixes the "made on" time (tests). Raises ValueError for
    an unknown format or page size; template and fetch errors propagate.
    """
    from workshop.report.context import build_context

    if format not in FORMATS:
        raise ValueError(f"format {format!r}: expected one of {', '.join(FORMATS)}")
    report = progress or (lambda stage: None)
    out = Path(out_path).resolve()
    searched = report_folders(trainer_folders(folders or ()))
    if format == "pdf":
        check_page_size(page_size, searched)  # before any work, so a typo fails fast
    report("context")
    if format == "json":
        from workshop.report.json_io import session_to_json

        text = json.dumps(session_to_json(state), ensure_ascii=False, indent=2) + "\n"
        report("write")
        with atomic_output(out, temp) as stream:
            stream.write(text.encode("utf-8"))
        return out
    context = build_context(state, generated_at)
    if format == "pdf":
        from workshop.report.pdf import write_pdf

        return write_pdf(context, out, searched, page_size=page_size, progress=report, temp=temp)
    report("write")
    if format == "md":
        from workshop.report.markdown_export import write_markdown

        return write_markdown(context, out, temp)
    from workshop.report.csv_export import write_csv_zip

    return write_csv_zip(context, out, temp)
