"""Small arrow images for the style sheet, in the theme's text colour.

Once a style sheet gives a spin box or a combo box a border, Qt draws their
arrows from the style sheet too, and a style sheet can only point at image
files. So the arrows are written once per colour as tiny SVG files in the
cache folder (falling back to a temporary one), and the console's style sheet
names them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import platformdirs

from workshop.paths import APP_NAME

_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="6" viewBox="0 0 10 6">'
        '<path d="{path}" fill="{colour}"/></svg>')
_PATHS = {"up": "M0 6 L5 0 L10 6 Z", "down": "M0 0 L10 0 L5 6 Z"}


def _folder() -> Path:
    for candidate in (Path(platformdirs.user_cache_dir(APP_NAME)) / "style",
                      Path(tempfile.gettempdir()) / f"{APP_NAME}-style"):
        try:
            candidate.mkdir(parents=True, exist_ok=True)
            return candidate
        except OSError:
            continue
    raise OSError("no folder to write the style's arrows in")


def arrow_files(colour: str) -> dict[str, str]:
    """{"up": path, "down": path} of arrows in `colour` ("#rrggbb"); empty if they cannot be written."""
    try:
        folder = _folder()
        found = {}
        for direction, path in _PATHS.items():
            target = folder / f"arrow-{direction}-{colour.lstrip('#')}.svg"
            if not target.exists():
                target.write_text(_SVG.format(path=path, colour=colour), encoding="utf-8")
            found[direction] = target.as_posix()
        return found
    except OSError:
        return {}
