"""The session as participants keep it: context -> sandboxed Jinja -> HTML -> PDF, and JSON.

Nothing here imports Qt. WeasyPrint is imported only when a PDF is written.
"""

from __future__ import annotations

from workshop.report.context import build_context
from workshop.report.json_io import session_from_json, session_to_json
from workshop.report.pdf import export_pdf, report_url_fetcher, write_pdf
from workshop.report.render import render_html, shipped_report_dir

__all__ = [
    "build_context",
    "export_pdf",
    "render_html",
    "report_url_fetcher",
    "session_from_json",
    "session_to_json",
    "shipped_report_dir",
    "write_pdf",
]
