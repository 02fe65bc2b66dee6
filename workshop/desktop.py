"""The app in the desktop's menus, with its icon, and `*.workshop` files that open in it.

`workshop desktop-entry --install` writes, in the user's own XDG data folder
(no root needed): a `.desktop` launcher, a shared-mime-info type for session
files (their name, and the SQLite header with the app's id at byte 68, so a
renamed file is still known), and the icon in the sizes the icon theme asks
for, as the app's and as the file type's. Then it asks the desktop's tools
to refresh their caches, where they are installed.

It records what it wrote, with each file's hash, beside the files. Running
it twice writes the same files again; `--uninstall` removes only files that
are still what it wrote (a launcher a user edited since is left, and named).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workshop.paths import DESKTOP_ID, shipped_resources

APP_ID = DESKTOP_ID  # the .desktop file's name; the window's desktopFileName too
MIME_TYPE = "application/x-workshop-session"
MIME_ICON = "application-x-workshop-session"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MANIFEST = Path(APP_ID) / "desktop-entry.json"


class DesktopEntryError(Exception):
    """The entry could not be written or removed; the message names the folder and why."""


@dataclass
class Outcome:
    """What `install` or `uninstall` did, file by file."""

    written: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)  # changed by someone since: left alone
    refreshed: list[str] = field(default_factory=list)  # the cache tools that ran
    launcher: list[str] = field(default_factory=list)  # what the launcher runs (install)


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share as the specification says."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local" / "share"


def default_launcher() -> list[str]:
    """The command a double-click runs: the installed `workshop`, or this Python with -m workshop."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    beside = Path(sys.executable).parent / ("workshop.exe" if os.name == "nt" else "workshop")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("workshop")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable)), "-m", "workshop"]


def desktop_file_text(launcher: Sequence[str]) -> str:
    """The launcher, per the Desktop Entry specification (Exec quoted as it requires)."""
    exec_line = " ".join(_exec_quote(part) for part in launcher) + " %f"
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.4",
        "Name=Workshop",
        "GenericName=Workshop facilitation",
        "Comment=Run a workshop: the console on the laptop, the room's view on the projector, "
        "a PDF for everyone",
        f"Exec={exec_line}",
        f"TryExec={launcher[0]}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "StartupNotify=true",
        f"StartupWMClass={APP_ID}",
        "Categories=Office;Presentation;",
        f"MimeType={MIME_TYPE};",
        "Keywords=facilitation;workshop;agenda;timer;cards;retrospective;",
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
        '    <magic priority="60">',
        '      <match type="string" offset="0" value="SQLite format 3">',
        '        <match type="big32" offset="68" value="0x574B5348"/>',
        "      </match>",
        "    </magic>",
        "  </mime-type>",
        "</mime-info>",
        "",
    ])


def planned_files(launcher: Sequence[str]) -> dict[Path, bytes]:
    """Each file `install` writes (relative to the data home) and its content."""
    icons = shipped_resources() / "icons"
    files: dict[Path, bytes] = {
        Path("applications") / f"{APP_ID}.desktop": desktop_file_text(launcher).encode("utf-8"),
        Path("mime") / "packages" / f"{APP_ID}.xml": mime_text().encode("utf-8"),
    }
    svg = (icons / "workshop.svg").read_bytes()
    for name, context in ((APP_ID, "apps"), (MIME_ICON, "mimetypes")):
        files[Path("icons/hicolor/scalable") / context / f"{name}.svg"] = svg
        for size in ICON_SIZES:
            png = (icons / f"workshop-{size}.png").read_bytes()
            files[Path("icons/hicolor") / f"{size}x{size}" / context / f"{name}.png"] = png
    return files


def install(home: Path | None = None, launcher: Sequence[str] | None = None) -> Outcome:
    """Write the launcher, the file type and the icons into `home` (the XDG data home)."""
    home = Path(home) if home is not None else data_home()
    outcome = Outcome(launcher=list(launcher or default_launcher()))
    written: dict[str, str] = _read_manifest(home)
    try:
        for relative, content in planned_files(outcome.launcher).items():
            target = home / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.new")
            temporary.write_bytes(content)
            os.replace(temporary, target)
            written[relative.as_posix()] = _digest(content)
            outcome.written.append(target)
        _write_manifest(home, written)
    except OSError as error:
        where = Path(error.filename).parent if error.filename else home
        raise DesktopEntryError(f"cannot write in {where}: {error.strerror or error}") from None
    outcome.refreshed = _refresh(home)
    return outcome


def uninstall(home: Path | None = None) -> Outcome:
    """Remove what `install` wrote into `home`, and only what is still as it wrote it."""
    home = Path(home) if home is not None else data_home()
    outcome = Outcome()
    manifest = _read_manifest(home)
    for relative, digest in sorted(manifest.items()):
        target = home / relative
        try:
            content = target.read_bytes()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise DesktopEntryError(f"cannot read {target}: {error.strerror or error}") from None
        if _digest(content) != digest:
            outcome.kept.append(target)
            continue
        try:
            target.unlink()
        except OSError as error:
            raise DesktopEntryError(f"cannot remove {target}: {error.strerror or error}") from None
        outcome.removed.append(target)
    if manifest:
        (home / MANIFEST).unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # something else of ours lives there
            (home / MANIFEST).parent.rmdir()
        outcome.refreshed = _refresh(home)
    return outcome


def _exec_quote(argument: str) -> str:
    """An Exec argument: quoted when it has a reserved character, with the escapes the spec lists."""
    if argument and not any(c in argument for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return argument.replace("%", "%%")
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped.replace("%", "%%")}"'


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _read_manifest(home: Path) -> dict[str, str]:
    try:
        data = json.loads((home / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files", {}) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def _write_manifest(home: Path, files: dict[str, str]) -> None:
    path = home / MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"files": files}, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _refresh(home: Path) -> list[str]:
    """Let the desktop see the change: each cache tool that is installed, quietly."""
    ran = []
    for command in (["update-mime-database", str(home / "mime")],
                    ["update-desktop-database", "-q", str(home / "applications")],
                    ["gtk-update-icon-cache", "-q", "-f", "-t", str(home / "icons" / "hicolor")]):
        if shutil.which(command[0]) is None or not Path(command[-1]).is_dir():
            continue
        try:
            subprocess.run(command, capture_output=True, timeout=60, check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue  # a cache is a convenience; the files are in place either way
        ran.append(command[0])
    return ran


def describe(outcome: Outcome, home: Path) -> str:
    """What happened, for the command line: counts and folders, never a file list a page long."""
    lines = []
    if outcome.written:
        lines.append(f"Wrote the launcher, the *.workshop file type and {len(outcome.written) - 2} icon "
                     f"files into {home}.")
        lines.append(f"  {home / 'applications' / (APP_ID + '.desktop')}")
        lines.append(f"  opens sessions with: {shlex.join(outcome.launcher)}")
    if outcome.removed:
        lines.append(f"Removed {len(outcome.removed)} files that desktop-entry --install had written "
                     f"into {home}.")
    for path in outcome.kept:
        lines.append(f"Left {path}: it was changed since it was installed.")
    if not outcome.written and not outcome.removed and not outcome.kept:
        lines.append(f"Nothing to remove: no desktop entry of Workshop's is installed in {home}.")
    return "\n".join(lines)
