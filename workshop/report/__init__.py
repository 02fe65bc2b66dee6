"""The session as participants keep it: context -> sandboxed Jinja -> HTML -> PDF; Markdown, CSV, JSON.

`export(state, out_path, format)` writes any format in this process;
`ExportJob` does the same in a worker process with progress, cancel and a
time limit (what the app uses). Nothing here imports Qt; WeasyPrint is
imported only when a PDF is written.
"""

from __future__ import annotations

from workshop.report.context import build_context
from workshop.report.export import FORMATS, export
from workshop.report.json_io import session_from_json, session_to_json
from workshop.report.pdf import export_pdf, report_url_fetcher, write_pdf
from workshop.report.render import render_html, shipped_report_dir, trainer_folders
from workshop.report.worker import ExportJob, Update

__all__ = [
    "FORMATS",
    "ExportJob",
    "Update",
    "build_context",
    "export",
    "export_pdf",
    "render_html",
    "report_url_fetcher",
    "session_from_json",
    "session_to_json",
    "shipped_report_dir",
    "trainer_folders",
    "write_pdf",
]
