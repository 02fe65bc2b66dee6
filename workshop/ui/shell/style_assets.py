"""Small images for the style sheet: arrows in the theme's text colour, a tick on its accent.

Once a style sheet gives a spin box, a combo box or a check box a border,
Qt draws their arrows and ticks from the style sheet too, and a style sheet
can only point at image files. So they are written once per colour as tiny
SVG files in the cache folder (falling back to a temporary one), and the
console's style sheet names them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import platformdirs

from workshop.paths import APP_NAME

_ARROW = ('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="6" viewBox="0 0 10 6">'
          '<path d="{path}" fill="{colour}"/></svg>')
_TICK = ('<svg xmlns="http://www.w3.org/2000/svg" width="12" height="10" viewBox="0 0 12 10">'
         '<path d="M1.5 5 L4.5 8 L10.5 1.5" fill="none" stroke="{colour}" stroke-width="2.2" '
         'stroke-linecap="round" stroke-linejoin="round"/></svg>')
_ARROWS = {"up": "M0 6 L5 0 L10 6 Z", "down": "M0 0 L10 0 L5 6 Z"}


def _folder() -> Path:
    for candidate in (Path(platformdirs.user_cache_dir(APP_NAME)) / "style",
                      Path(tempfile.gettempdir()) / f"{APP_NAME}-style"):
        try:
            candidate.mkdir(parents=True, exist_ok=True)
            return candidate
        except OSError:
            continue
    raise OSError("no folder to write the style's images in")


def style_images(text: str, on_accent: str) -> dict[str, str]:
    """{"up", "down": arrows in `text`, "check": a tick in `on_accent`} as file paths.

    Colours are "#rrggbb"; the result is empty if the files cannot be written
    (the style sheet then keeps Qt's own arrows and ticks).
    """
    wanted = {f"arrow-{name}-{text.lstrip('#')}.svg": _ARROW.format(path=path, colour=text)
              for name, path in _ARROWS.items()}
    wanted[f"tick-{on_accent.lstrip('#')}.svg"] = _TICK.format(colour=on_accent)
    try:
        folder = _folder()
        found = []
        for name, svg in wanted.items():
            target = folder / name
            if not target.exists():
                target.write_text(svg, encoding="utf-8")
            found.append(target.as_posix())
    except OSError:
        return {}
    return dict(zip(("up", "down", "check"), found, strict=True))
