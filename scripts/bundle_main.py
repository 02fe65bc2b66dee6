"""The bundle's entry point: `workshop` as the command and the window, from a frozen build."""

import os
import sys

if sys.platform.startswith("linux"):
    # PyInstaller starts this program with LD_LIBRARY_PATH pointing into the bundle; the
    # loader has read it by now. Programs the app starts (the PDF viewer through xdg-open,
    # the chime's player, update-desktop-database) must load the system's own libraries,
    # not the bundle's copies of glib, libstdc++ or Pango, or a newer system's programs
    # fail with "undefined symbol".
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = original
    # This program started again (the export worker, multiprocessing's resource tracker)
    # would take the environment above as already set up and load the system's libraries;
    # told to start afresh (PyInstaller 6.10+), it points itself into the bundle again.
    os.environ["PYINSTALLER_RESET_ENVIRONMENT"] = "1"

from workshop.cli import main  # after the environment is put right

raise SystemExit(main())
