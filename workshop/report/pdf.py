"""HTML -> PDF with WeasyPrint, fetching nothing outside the report folders.

WeasyPrint is imported inside the functions that need it: importing it costs
about half a second, which the app's start-up should not pay.

Anything the HTML or CSS points at (stylesheets, fonts, a logo, an
attachment) goes through `report_url_fetcher`, which serves files inside the
report folders and `data:` URIs and refuses the rest, so neither a card's
text nor a downloaded theme can pull a local file or a web page into a PDF.
"""

from __future__ import annotations

import logging
import mimetypes
import warnings
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from workshop.files import atomic_output
from workshop.report.context import build_context
from workshop.report.render import DEFAULT_PAGE_SIZE, Folder, render_html, report_folders

if TYPE_CHECKING:
    from datetime import datetime

    from weasyprint.document import Document
    from weasyprint.urls import URLFetcher

    from workshop.core.session import SessionState

log = logging.getLogger(__name__)

# A theme's fonts and logo are well under this; a bigger file is a mistake or
# an attempt to exhaust memory.
MAX_RESOURCE_BYTES = 20 * 1024 * 1024
# Larger than A0 (841 x 1189 mm) is not a page anyone prints or reads.
MAX_PAGE_MM = 1500
# Tagged for screen readers (PDF/UA-1 implies pdf_tags and PDF 1.7), with
# DisplayDocTitle set so a reader announces the title, not the file name.
PDF_VARIANT = "pdf/ua-1"

Progress = Callable[[str], None]


def import_weasyprint() -> ModuleType:
    """WeasyPrint, imported without its notice that HarfBuzz-Subset will be required one day.

    Where the system lacks libharfbuzz-subset (an optional library: Debian's
    libharfbuzz-subset0), WeasyPrint subsets the PDF's fonts with fontTools
    instead and warns at import that a future version will need it. That
    notice is for whoever packages the app, not for the facilitator: it must
    never turn into a failed export (nor, under the tests' warnings-as-errors,
    a failed test), nor into a warning per font on the terminal.
    `tests/report/test_harfbuzz.py` exports with and without it.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="HarfBuzz-Subset will be required",
                                category=DeprecationWarning)
        import weasyprint
    weasyprint_log = logging.getLogger("weasyprint")
    if _FONTTOOLS_NOTICE not in weasyprint_log.filters:
        weasyprint_log.addFilter(_FONTTOOLS_NOTICE)
    return weasyprint


class _FontToolsNotice(logging.Filter):
    """Drops WeasyPrint's "Using fontTools instead of HarfBuzz-Subset" line (see `import_weasyprint`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("Using fontTools instead of HarfBuzz-Subset")


_FONTTOOLS_NOTICE = _FontToolsNotice()


class ResourceRefused(ValueError):
    """The report asked for something outside its folders; nothing was read."""


class PageTooLarge(ValueError):
    """The report's CSS asked for a page no one could print or view."""


def resolve_report_file(url: str, folders: tuple[Path, ...]) -> Path:
    """The file a `file:` URL names, looked up by name across the report folders.

    The URL must point inside one of `folders`; its path relative to that
    folder is then looked up in every folder in order, so `report.css` or
    `fonts/x.woff2` in a trainer's folder wins over the shipped one whichever
    folder the document's base URL names. Raises `ResourceRefused` for `..`,
    a path outside the folders, a symlink leading out, or anything that is
    not a regular file.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in ("", "localhost"):
        raise ResourceRefused(f"not a local report file: {url}")
    raw = unquote(parts.path)
    if ".." in raw.replace("\\", "/").split("/"):
        raise ResourceRefused(f"'..' is not allowed in a report resource: {url}")
    wanted = Path(url2pathname(parts.path))
    relative = next((wanted.relative_to(folder) for folder in folders
                     # Compared before resolving: resolving would follow a
                     # symlink before we know the path is in a report folder.
                     if wanted.is_relative_to(folder)), None)
    if relative is None:
        raise ResourceRefused(f"outside the report folders: {url}")
    for folder in folders:
        candidate = folder / relative
        if not candidate.exists():
            continue
        # resolve() follows symlinks: a link may point elsewhere in the folder,
        # never out of it (to /etc/passwd or /dev/zero).
        real = candidate.resolve()
        if not real.is_relative_to(folder.resolve()):
            raise ResourceRefused(f"a link leading out of the report folder: {url}")
        if not real.is_file():
            raise ResourceRefused(f"not a regular file: {url}")
        if real.stat().st_size > MAX_RESOURCE_BYTES:
            raise ResourceRefused(f"larger than {MAX_RESOURCE_BYTES} bytes: {url}")
        return real
    raise ResourceRefused(f"no such file in the report folders: {relative}")


@cache
def _fetcher_class() -> type[URLFetcher]:
    import_weasyprint()
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class ReportURLFetcher(URLFetcher):
        """Serves the report folders and `data:` URIs; refuses everything else."""

        def __init__(self, folders: tuple[Path, ...]) -> None:
            # Rendering goes on without a refused resource (WeasyPrint logs
            # it), so one broken logo does not cost the facilitator the PDF.
            super().__init__(allowed_protocols=("file", "data"), fail_on_errors=False)
            self.folders = folders

        def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
            scheme = url.split(":", 1)[0].lower() if ":" in url else ""
            if scheme == "data":
                # urllib's data handler decodes in memory and opens nothing.
                return super().fetch(url, headers)
            if scheme != "file":
                raise ResourceRefused(f"only report files and data: URIs are allowed: {url}")
            path = resolve_report_file(url, self.folders)
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(path.as_uri(), path.read_bytes(),
                                      {"Content-Type": content_type})

    return ReportURLFetcher


def report_url_fetcher(folders: Iterable[Folder] | None = None) -> URLFetcher:
    """A WeasyPrint URL fetcher limited to the report folders and `data:` URIs."""
    return _fetcher_class()(report_folders(folders))


def _check_page_sizes(document: Document) -> None:
    """Refuse a layout with absurd pages before writing them.

    A theme with ``@page { size: 100000cm }`` lays out quickly, but the PDF
    it makes crashes or hangs the viewers participants open it in.
    """
    limit = MAX_PAGE_MM / 25.4 * 96  # WeasyPrint measures pages in CSS px
    for number, page in enumerate(document.pages, start=1):
        if page.width > limit or page.height > limit:
            raise PageTooLarge(
                f"page {number} is {page.width / 96 * 25.4:.0f} x {page.height / 96 * 25.4:.0f} mm; "
                f"the report allows at most {MAX_PAGE_MM} mm a side: check the @page size "
                "in the report folder's CSS")


def write_pdf(source: Mapping[str, Any] | str, out_path: Folder,
              folders: Iterable[Folder] | None = None, *, page_size: str = DEFAULT_PAGE_SIZE,
              progress: Progress | None = None, temp: Path | None = None) -> Path:
    """Write the report as a PDF at `out_path` and return that path.

    `source` is a context from `build_context` (rendered with the report
    templates first) or ready HTML. `page_size` picks `pages/<size>.css`
    ("a4" or "letter"). `progress` is called with "html", "layout" and
    "write" as each stage starts. The PDF is written atomically (see
    `atomic_output`; `temp` names its temporary file). It is tagged PDF/UA-1
    for screen readers, with fonts embedded; title, author and language
    come from the HTML's <title>, <meta name="author"> and <html lang>.
    """
    HTML = import_weasyprint().HTML

    report = progress or (lambda stage: None)
    searched = report_folders(folders)
    report("html")
    html = source if isinstance(source, str) else render_html(source, searched,
                                                               page_size=page_size)
    report("layout")
    document = HTML(string=html, base_url=searched[0].as_uri() + "/",
                    url_fetcher=report_url_fetcher(searched)).render(pdf_variant=PDF_VARIANT)
    _check_page_sizes(document)
    report("write")
    out = Path(out_path).resolve()
    with atomic_output(out, temp) as stream:
        document.write_pdf(stream, pdf_variant=PDF_VARIANT)
    log.info("wrote %s", out)
    return out


def export_pdf(state: SessionState, out_path: Folder, folders: Iterable[Folder] | None = None,
               generated_at: datetime | None = None, page_size: str = DEFAULT_PAGE_SIZE) -> Path:
    """Build the context of `state`, render it and write the PDF; return its path."""
    return write_pdf(build_context(state, generated_at), out_path, folders, page_size=page_size)
