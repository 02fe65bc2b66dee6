"""Why the window cannot appear, said before Qt aborts with a cryptic message.

On Linux, Qt's xcb platform plugin needs an X display and a handful of xcb
libraries (libxcb-cursor0 is the one Debian and Ubuntu most often lack). When
either is missing, Qt prints "could not load the Qt platform plugin" and
aborts; we check first and print what fixes it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

APT_FIX = ("sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 "
           "libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 "
           "libxkbcommon-x11-0")

# The libraries the xcb plugin loads that PySide6 does not bundle (ctypes names).
XCB_LIBRARIES = ("xcb-cursor", "xcb-icccm", "xcb-image", "xcb-keysyms", "xcb-randr",
                 "xcb-render-util", "xcb-shape", "xcb-xinerama", "xcb-xkb", "xkbcommon-x11")

# Their file names as the dynamic loader knows them (what Qt's xcb plugin is linked against).
SONAMES = {"xcb-cursor": "libxcb-cursor.so.0", "xcb-icccm": "libxcb-icccm.so.4",
           "xcb-image": "libxcb-image.so.0", "xcb-keysyms": "libxcb-keysyms.so.1",
           "xcb-randr": "libxcb-randr.so.0", "xcb-render-util": "libxcb-render-util.so.0",
           "xcb-shape": "libxcb-shape.so.0", "xcb-xinerama": "libxcb-xinerama.so.0",
           "xcb-xkb": "libxcb-xkb.so.1", "xkbcommon-x11": "libxkbcommon-x11.so.0"}

FindLibrary = Callable[[str], str | None]


def loadable(name: str) -> str | None:
    """The library's file name if the dynamic loader can load it, else None.

    `dlopen` by file name asks the loader exactly what Qt will ask it, in well
    under a millisecond; `ctypes.util.find_library` would run ``ldconfig -p``
    (and maybe gcc) once per library, tens of milliseconds on every start.
    """
    import ctypes

    soname = SONAMES.get(name)
    if soname is None:  # not in the table: take the slow, general way
        import ctypes.util

        return ctypes.util.find_library(name)
    try:
        ctypes.CDLL(soname)
    except OSError:
        return None
    return soname


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will use its xcb (X11) plugin here."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(":")[0] == "xcb"
    # Unset: Qt prefers Wayland when only a Wayland display is around.
    return not (environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY"))


def display_problem(environ: Mapping[str, str], find_library: FindLibrary = loadable,
                    platform: str = sys.platform) -> str | None:
    """A message saying what to do, or None when the window can appear."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if not platform.startswith("linux") or (chosen and chosen.split(":")[0] != "xcb"):
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return ("Workshop needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY "
                "are not set).\nStart it from a desktop session, or under Xvfb: "
                "xvfb-run -a workshop\nThe command-line tools work without a display: workshop --help")
    if not uses_xcb(environ, platform):
        return None
    missing = [name for name in XCB_LIBRARIES if not find_library(name)]
    if missing:
        return ("Workshop's window needs system libraries that are not installed "
                f"(missing: {', '.join('lib' + name for name in missing)}).\n"
                f"Install them with:\n\n    {APT_FIX}\n")
    return None
