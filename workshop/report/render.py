"""Report context -> HTML through one sandboxed Jinja environment.

Report templates are trusted less than code: a trainer may download a theme.
So the environment is an immutable sandbox (no attribute tricks, no mutating
the context), autoescapes everything, and fails loudly on a misspelt name
instead of printing an empty string into a client's PDF.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from workshop.core.languages import SOURCE
from workshop.report.defaults import DEFAULT_PAGE_SIZE, Folder
from workshop.report.i18n import translations

REPORT_TEMPLATE = "report.html.j2"
# The cover picks up the first of these found in a trainer's folder; the app
# ships none, so a report without one simply has no logo.
LOGO_NAMES = ("logo.svg", "logo.png")
_PAGE_SIZE_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,30}")
# Control characters a paste can carry into a card: no font has a glyph for
# them, and one in a page makes some PDF readers garble that page's text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")



def shipped_report_dir() -> Path:
    """The report templates and CSS that ship with the app (`report/` of the shipped resources)."""
    from workshop.paths import shipped_report_dir as shipped

    return shipped()


def report_folders(folders: Iterable[Folder] | None = None) -> tuple[Path, ...]:
    """The folders searched for a report file, first match by name wins.

    A trainer's folders come first, so a file there replaces the shipped file
    of the same name; the shipped folder is always last, as the fallback.
    """
    shipped = shipped_report_dir()
    chosen = [Path(folder).resolve() for folder in folders or ()]
    return (*dict.fromkeys(folder for folder in chosen if folder != shipped), shipped)


def trainer_folders(extra: Iterable[Folder] = ()) -> list[Path]:
    """The folders an export searches before the shipped one.

    Folders named explicitly (on the command line, in the export dialog)
    come first, then the trainer's own report folder when it exists: the
    more specific choice wins.
    """
    from workshop.paths import user_report_dir

    user = user_report_dir()
    return [*(Path(folder) for folder in extra), *([user] if user.is_dir() else [])]


def find_logo(folders: Iterable[Folder] | None = None) -> str:
    """The name of the trainer's cover logo (e.g. ``"logo.svg"``), or "" if none.

    Only trainer folders count: the shipped folder has no logo, and a name
    is enough because the URL fetcher looks it up across the folders.
    """
    shipped = shipped_report_dir()
    for folder in report_folders(folders):
        if folder == shipped:
            break
        for name in LOGO_NAMES:
            if (folder / name).is_file():
                return name
    return ""


def page_sizes(folders: Iterable[Folder] | None = None) -> list[str]:
    """The page sizes a report can be printed at: one `pages/<size>.css` each.

    The shipped folder has `a4` and `letter`; a trainer adds another size by
    adding its stylesheet (say `pages/a5.css`) to their folder.
    """
    found = {css.stem for folder in report_folders(folders)
             for css in (folder / "pages").glob("*.css")
             if _PAGE_SIZE_NAME.fullmatch(css.stem)}
    return sorted(found)


def check_page_size(size: str, folders: Iterable[Folder] | None = None) -> str:
    """`size` if a stylesheet exists for it; otherwise ValueError listing the sizes there are."""
    available = page_sizes(folders)
    if not available:
        # No page stylesheet anywhere: the install lost its report files.
        raise ValueError(f"page size {size!r}: no page stylesheets were found; "
                         f"{shipped_report_dir() / 'pages'} should hold a4.css and letter.css. "
                         "Reinstall the app.")
    if size not in available:
        raise ValueError(f"page size {size!r}: expected one of {', '.join(available)}")
    return size


class _ReportLoader(FileSystemLoader):
    """Templates by name across the folders, never through a link leading out of them.

    The same rule as the PDF's URL fetcher: a theme unpacked with a symlink
    to /etc/passwd must not get that file into a report through an include.
    """

    def __init__(self, folders: tuple[Path, ...]) -> None:
        super().__init__([str(folder) for folder in folders])
        self.folders = folders

    def get_source(self, environment: Environment,
                   template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        real = Path(filename).resolve()
        if not any(real.is_relative_to(folder) for folder in self.folders):
            raise SecurityError(f"{template}: a link leading out of the report folder")
        return source, filename, uptodate


def printable(value: Any) -> Any:
    """Every value a template prints, with control characters taken out (tab and newline stay)."""
    if isinstance(value, str) and _CONTROL.search(value):
        cleaned = _CONTROL.sub("", value)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    return value


@lru_cache(maxsize=8)
def _environment(folders: tuple[Path, ...], language: str) -> ImmutableSandboxedEnvironment:
    # Cached per folder list and language: building the environment is cheap, but its
    # compiled-template cache is what makes a second export fast.
    env = ImmutableSandboxedEnvironment(
        loader=_ReportLoader(folders),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=printable,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    # Newstyle: `_("%(name)s", name=...)` escapes what it fills in, like any printed value.
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    return env


def environment(folders: Iterable[Folder] | None = None,
                language: str = SOURCE) -> ImmutableSandboxedEnvironment:
    """The report's Jinja environment over the trainer folders and the shipped one, in `language`."""
    return _environment(report_folders(folders), language)


def render_html(context: Mapping[str, Any], folders: Iterable[Folder] | None = None,
                template: str = REPORT_TEMPLATE, page_size: str = DEFAULT_PAGE_SIZE) -> str:
    """Render the report (or another template by name) to an HTML string.

    Besides `context`, templates see `page.size` (which `pages/<size>.css`
    the document links) and `theme.logo` (the trainer's logo file, or "").
    Raises ValueError for an unknown page size, and `jinja2.TemplateError`
    subclasses: `UndefinedError` for a name the context lacks,
    `SecurityError` for a template reaching outside the sandbox.
    """
    searched = report_folders(folders)
    document = {"page": {"size": check_page_size(page_size, searched)},
                "theme": {"logo": find_logo(searched)}}
    language = str(context.get("lang", SOURCE))
    return environment(searched, language).get_template(template).render({**context, **document})
