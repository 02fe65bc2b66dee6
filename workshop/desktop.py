"""The app in the desktop's menus, with its icon, and `*.workshop` files that open in it.

`workshop desktop-entry --install` writes, in the user's own XDG data folder
(no root needed, never a system folder): a `.desktop` launcher, a
shared-mime-info type for session files (their name, and the SQLite header
with the app's id at byte 68, so a renamed file is still known), and the icon
in the sizes the icon theme asks for, as the app's and as the file type's.
Then it asks the desktop's tools to refresh their caches, where they are
installed.

It records what it wrote, with each file's hash, beside the files. Running
it twice writes the same files again; `--uninstall` removes only files that
are still what it wrote (a launcher a user edited since is left, and named).

No Qt here: the command line uses this module, and the PNGs it copies were
drawn once, by `scripts/render-icons`, and shipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workshop.files import write_atomically
from workshop.paths import DESKTOP_ID, MissingResources, shipped_resources

APP_ID = DESKTOP_ID  # the .desktop file's name; the window's desktopFileName too
# On X11, Qt names a window's WM_CLASS class after QCoreApplication.applicationName
# (ui/app.py sets "Workshop"); docks that match windows to launchers by class need it.
WM_CLASS = "Workshop"
MIME_TYPE = "application/x-workshop-session"
MIME_ICON = "application-x-workshop-session"
# PRAGMA application_id of a session file (store.schema.APPLICATION_ID, "WKSH"),
# repeated here so that this module does not load the store; a test keeps them equal.
SESSION_APPLICATION_ID = 0x574B5348
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MANIFEST = Path(APP_ID) / "desktop-entry.json"


class DesktopEntryError(Exception):
    """The entry could not be written or removed; the message is one line naming the folder and why."""


@dataclass
class Outcome:
    """What `install` or `uninstall` did, file by file."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)  # changed by someone since: left alone
    refreshed: list[str] = field(default_factory=list)  # the cache tools that ran
    launcher: list[str] = field(default_factory=list)  # what the launcher runs (install)


def default_data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute, as the specification says."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def default_launcher() -> list[str]:
    """The command a double-click runs, absolute: the bundle, the installed `workshop`, or -m workshop."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    # pip and pipx put the script beside the interpreter of the environment it belongs to;
    # not resolved, so a virtual environment's bin/python stays the environment's.
    beside = Path(sys.executable).absolute().parent / ("workshop.exe" if os.name == "nt" else "workshop")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("workshop")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "workshop"]


def desktop_file_text(launcher: Sequence[str]) -> str:
    """The launcher, per the Desktop Entry specification (Exec quoted and escaped as it requires)."""
    exec_line = " ".join(_exec_argument(part) for part in launcher) + " %f"
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=Workshop",
        "GenericName=Workshop facilitation",
        "Comment=Run a workshop: the console on the laptop, the room's view on the projector, "
        "a PDF for everyone",
        f"Exec={_string_value(exec_line)}",
        # Hides the entry when the program it starts is gone (the app uninstalled, the entry not).
        f"TryExec={_string_value(launcher[0])}",
        f"Icon={APP_ID}",
        "Terminal=false",
        # Qt ends the launch feedback when its first window shows (X11 and Wayland).
        "StartupNotify=true",
        f"StartupWMClass={WM_CLASS}",
        # One main category: two put the app in two menus (desktop-file-validate says so).
        "Categories=Office;Presentation;",
        f"MimeType={MIME_TYPE};",
        "Keywords=facilitation;workshop;agenda;timer;cards;sticky notes;retrospective;training;",
        "",
    ])


def mime_text() -> str:
    """The shared-mime-info type of session files: by name, and by content (an SQLite file of ours)."""
    return "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">',
        f'  <mime-type type="{MIME_TYPE}">',
        "    <comment>Workshop session</comment>",
        '    <sub-class-of type="application/vnd.sqlite3"/>',
        f'    <generic-icon name="{MIME_ICON}"/>',
        f'    <icon name="{MIME_ICON}"/>',
        '    <glob pattern="*.workshop"/>',
        # Above SQLite's own rule (50), so a session renamed or sent without its ending is ours.
        '    <magic priority="60">',
        '      <match type="string" offset="0" value="SQLite format 3">',
        f'        <match type="big32" offset="68" value="0x{SESSION_APPLICATION_ID:08X}"/>',
        "      </match>",
        "    </magic>",
        "  </mime-type>",
        "</mime-info>",
        "",
    ])


def planned_files(launcher: Sequence[str]) -> dict[Path, bytes]:
    """Each file `install` writes (relative to the data home) and its content.

    Raises `DesktopEntryError` when the shipped icons are not all there.
    """
    try:
        icons = shipped_resources() / "icons"
        svg = (icons / "workshop.svg").read_bytes()
        pngs = {size: (icons / f"workshop-{size}.png").read_bytes() for size in ICON_SIZES}
    except MissingResources as error:
        raise DesktopEntryError(str(error)) from None
    except OSError as error:
        raise DesktopEntryError(f"the app's icon {error.filename} cannot be read "
                                f"({error.strerror or error}). Reinstall the app.") from None
    files: dict[Path, bytes] = {
        Path("applications") / f"{APP_ID}.desktop": desktop_file_text(launcher).encode("utf-8"),
        Path("mime") / "packages" / f"{APP_ID}.xml": mime_text().encode("utf-8"),
    }
    # The same pictures twice: as the app's icon, and as its session files' icon.
    for name, context in ((APP_ID, "apps"), (MIME_ICON, "mimetypes")):
        files[Path("icons/hicolor/scalable") / context / f"{name}.svg"] = svg
        for size, png in pngs.items():
            files[Path("icons/hicolor") / f"{size}x{size}" / context / f"{name}.png"] = png
    return files


def install(data_home: Path | None = None, launcher: Sequence[str] | None = None) -> Outcome:
    """Write the launcher, the file type and the icons into `data_home` (default: the XDG data home).

    `launcher` is the command the entry runs (default: `default_launcher()`).
    Writing the same files again is harmless. Raises `DesktopEntryError`.
    """
    home = Path(data_home) if data_home is not None else default_data_home()
    outcome = Outcome(launcher=list(launcher or default_launcher()))
    planned = planned_files(outcome.launcher)
    written = _read_manifest(home)
    try:
        for relative, content in planned.items():
            target = home / relative
            # Renamed into place, so a desktop reading the folder never sees half a file.
            write_atomically(target, content)
            written[relative.as_posix()] = _digest(content)
            outcome.written.append(target)
    except OSError as error:
        where = Path(error.filename).parent if error.filename else home
        raise DesktopEntryError(f"cannot write in {where}: {error.strerror or error}") from None
    finally:
        # Even after a failure: what was written is listed, so --uninstall can remove it.
        if outcome.written:
            with contextlib.suppress(OSError):
                _write_manifest(home, written)
    if not (home / MANIFEST).is_file():
        raise DesktopEntryError(f"cannot write in {(home / MANIFEST).parent}: the list of installed "
                                "files could not be saved")
    outcome.refreshed = _refresh(home)
    return outcome


def uninstall(data_home: Path | None = None) -> Outcome:
    """Remove what `install` wrote into `data_home`, and only files still as it wrote them.

    A file changed since is left and listed in `Outcome.kept`. Nothing
    installed is not an error: the outcome is empty. Raises `DesktopEntryError`.
    """
    home = Path(data_home) if data_home is not None else default_data_home()
    outcome = Outcome()
    manifest = _read_manifest(home)
    for relative, digest in sorted(manifest.items()):
        target = home / relative
        try:
            content = target.read_bytes()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DesktopEntryError(f"cannot read {target.name} in {target.parent}: "
                                    f"{error.strerror or error}") from None
        if _digest(content) != digest:
            outcome.kept.append(target)
            continue
        try:
            target.unlink()
        except OSError as error:
            raise DesktopEntryError(f"cannot remove {target.name} from {target.parent}: "
                                    f"{error.strerror or error}") from None
        outcome.removed.append(target)
    if manifest:
        try:
            (home / MANIFEST).unlink(missing_ok=True)
        except OSError as error:
            raise DesktopEntryError(f"cannot remove {MANIFEST.name} from {(home / MANIFEST).parent}: "
                                    f"{error.strerror or error}") from None
        with contextlib.suppress(OSError):  # not empty: something else of ours lives there
            (home / MANIFEST).parent.rmdir()
        outcome.refreshed = _refresh(home)
    return outcome


def describe(outcome: Outcome, data_home: Path) -> str:
    """What happened, for the command line: each file written, removed or left, and a closing sentence."""
    lines = [f"wrote {path}" for path in outcome.written]
    lines += [f"removed {path}" for path in outcome.removed]
    lines += [f"left {path}: it was changed since it was installed" for path in outcome.kept]
    refreshed = f" Refreshed with {', '.join(outcome.refreshed)}." if outcome.refreshed else ""
    if outcome.written:
        lines.append(f"Workshop is in the desktop's menus, and *.workshop files open with "
                     f"{shlex.join(outcome.launcher)}.{refreshed}")
    elif outcome.removed or outcome.kept:
        left = f" except the {len(outcome.kept)} changed file(s) above" if outcome.kept else ""
        lines.append(f"Removed Workshop's desktop entry from {data_home}{left}.{refreshed}")
    else:
        lines.append(f"Nothing to remove: no desktop entry of Workshop's is installed in {data_home}.")
    return "\n".join(lines)


# The Desktop Entry specification's reserved characters: an Exec argument holding one is quoted.
_RESERVED = frozenset(' \t\n"\'\\><~|&;$*?#()`')


def _exec_argument(argument: str) -> str:
    """One Exec argument under the quoting rule: in double quotes, with " ` $ and \\ escaped.

    A literal % is %% (field codes are expanded before the arguments are split).
    """
    if any(ord(character) < 0x20 or character == "\x7f" for character in argument):
        raise DesktopEntryError(f"the launcher {argument!r} has a control character or line break, "
                                "which a desktop entry cannot run")
    text = argument.replace("%", "%%")
    if text and not _RESERVED.intersection(text):
        return text
    return '"' + re.sub(r'(["`$\\])', r"\\\1", text) + '"'


def _string_value(value: str) -> str:
    """A value of type string: the general escape rule, applied after the quoting rule.

    So a backslash the quoting rule wrote is written as two: a quoted argument's
    literal backslash ends up as four, and a literal $ as \\\\$.
    """
    escaped = value.replace("\\", "\\\\")
    return "\\s" + escaped[1:] if escaped.startswith(" ") else escaped


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _read_manifest(home: Path) -> dict[str, str]:
    try:
        data = json.loads((home / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files", {}) if isinstance(data, dict) else {}
    if not isinstance(files, dict):
        return {}
    # Only names inside the data home: a manifest edited to say "../.." removes nothing outside it.
    return {str(k): str(v) for k, v in files.items()
            if not Path(str(k)).is_absolute() and ".." not in Path(str(k)).parts}


def _write_manifest(home: Path, files: dict[str, str]) -> None:
    text = json.dumps({"files": files}, indent=1, sort_keys=True) + "\n"
    write_atomically(home / MANIFEST, text.encode("utf-8"))


def _refresh(home: Path) -> list[str]:
    """Let the desktop see the change: each cache tool that is installed, quietly; never an error."""
    ran = []
    for command in (["update-mime-database", str(home / "mime")],
                    ["update-desktop-database", "-q", str(home / "applications")],
                    # -t: the user's hicolor folder has no index.theme of its own.
                    ["gtk-update-icon-cache", "-q", "-f", "-t", str(home / "icons" / "hicolor")]):
        if shutil.which(command[0]) is None or not Path(command[-1]).is_dir():
            continue
        try:
            subprocess.run(command, capture_output=True, timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue  # a cache is a convenience; the files are in place either way
        ran.append(command[0])
    return ran
