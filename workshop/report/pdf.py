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
import os
import tempfile
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from workshop.report.render import Folder, render_html, report_folders

if TYPE_CHECKING:
    from weasyprint.urls import URLFetcher

log = logging.getLogger(__name__)

# A theme's fonts and logo are well under this; a bigger file is a mistake or
# an attempt to exhaust memory.
MAX_RESOURCE_BYTES = 20 * 1024 * 1024


class ResourceRefused(ValueError):
    """The report asked for something outside its folders; nothing was read."""


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


def _umask() -> int:
    # mkstemp creates 0600 files; a PDF for participants should get the
    # usual permissions, as if written directly.
    mask = os.umask(0)
    os.umask(mask)
    return mask


@cache
def _fetcher_class() -> type[URLFetcher]:
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


def write_pdf(source: Mapping[str, Any] | str, out_path: Folder,
              folders: Iterable[Folder] | None = None) -> Path:
    """Write the report as a PDF at `out_path` and return that path.

    `source` is a context from `build_context` (rendered with the report
    templates first) or ready HTML. The PDF is written to a temporary file
    beside `out_path` and moved over it, so a crash never leaves half a PDF.
    Title, author and language come from the HTML's <title>, <meta
    name="author"> and <html lang>.
    """
    from weasyprint import HTML

    searched = report_folders(folders)
    html = source if isinstance(source, str) else render_html(source, searched)
    out = Path(out_path).resolve()
    document = HTML(string=html, base_url=searched[0].as_uri() + "/",
                    url_fetcher=report_url_fetcher(searched))
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".pdf.part",
                                         dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as temp:
            document.write_pdf(temp, pdf_tags=True)
            temp.flush()
            os.fsync(temp.fileno())
        os.chmod(temp_name, 0o666 & ~_umask())
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    log.info("wrote %s", out)
    return out
