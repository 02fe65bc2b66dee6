"""The session as participants keep it: context -> sandboxed Jinja -> HTML -> PDF; Markdown, CSV, JSON.

`export(state, out_path, format)` writes any format in this process;
`ExportJob` does the same in a worker process with progress, cancel and a
time limit (what the app uses). Nothing here imports Qt; WeasyPrint is
imported only when a PDF is written.
"""

from __future__ import annotations

import importlib
from typing import Any

# Each name is imported from its module when first used: the window imports the worker and
# the JSON snapshot (light) while a session runs, and must not pay for Jinja or WeasyPrint then.
_WHERE = {
    "build_context": "context", "FORMATS": "export", "export": "export",
    "session_from_json": "json_io", "session_to_json": "json_io",
    "export_pdf": "pdf", "report_url_fetcher": "pdf", "write_pdf": "pdf",
    "render_html": "render", "shipped_report_dir": "render", "trainer_folders": "render",
    "ExportJob": "worker", "Update": "worker",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


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
