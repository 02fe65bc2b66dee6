"""`workshop desktop-entry`: the launcher, the icon and the *.workshop file type, in the user's folders.

Checked with the desktop's own tools (desktop-file-validate, update-mime-database
and gio, which `scripts/system-deps test` installs): the launcher is valid and
starts the program it names, and a session file is known as one by its name
and, renamed, by its content. Real files in a temporary data home; no mocks.
"""

from __future__ import annotations

import ast
import configparser
import hashlib
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.checkout import ROOT
from workshop.cli import main
from workshop.desktop import (
    APP_ID,
    ICON_SIZES,
    MANIFEST,
    MIME_ICON,
    MIME_TYPE,
    SESSION_APPLICATION_ID,
    WM_CLASS,
    default_launcher,
    desktop_file_text,
    install,
    uninstall,
)
from workshop.store.schema import APPLICATION_ID

ICONS = ROOT / "resources" / "icons"
LAUNCHER = "/opt/work shop/bin/workshop"  # a space: Exec must quote it


def tool(name: str) -> str:
    """The path of a desktop tool; a missing one fails the test (the checks would be lost, not skipped)."""
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: scripts/system-deps test installs it "
                    "(desktop-file-utils, shared-mime-info, libglib2.0-bin)")
    return found


def files_under(folder: Path) -> dict[Path, bytes]:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def expected_files() -> dict[Path, bytes]:
    """Every file install writes, relative to the data home, but the launcher and the mime type."""
    files = {}
    for name, context in ((APP_ID, "apps"), (MIME_ICON, "mimetypes")):
        files[Path(f"icons/hicolor/scalable/{context}/{name}.svg")] = (ICONS / "workshop.svg").read_bytes()
        for size in ICON_SIZES:
            files[Path(f"icons/hicolor/{size}x{size}/{context}/{name}.png")] = (
                ICONS / f"workshop-{size}.png").read_bytes()
    return files


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_install_writes_the_launcher_the_file_type_and_every_icon(tmp_path: Path) -> None:
    outcome = install(tmp_path, [LAUNCHER])

    launcher = tmp_path / "applications" / f"{APP_ID}.desktop"
    xml = tmp_path / "mime" / "packages" / f"{APP_ID}.xml"
    assert sorted(outcome.written) == sorted([launcher, xml, *(tmp_path / p for p in expected_files())])
    for relative, content in expected_files().items():
        assert (tmp_path / relative).read_bytes() == content, relative
        if relative.suffix == ".png":
            size = int(relative.parts[2].split("x")[0])
            assert png_size(content) == (size, size), relative

    entry = desktop_entry(launcher)
    assert entry["Type"] == "Application" and entry["Name"] == "Workshop"
    assert entry["GenericName"] == "Workshop facilitation" and entry["Comment"]
    assert entry["Exec"] == f'"{LAUNCHER}" %f'  # quoted as the specification asks
    assert entry["TryExec"] == LAUNCHER
    assert entry["Icon"] == APP_ID and entry["Terminal"] == "false"
    assert entry["StartupNotify"] == "true" and entry["StartupWMClass"] == WM_CLASS
    assert entry["MimeType"] == f"{MIME_TYPE};" and entry["Categories"].startswith("Office;")
    assert "facilitation" in entry["Keywords"].split(";")
    result = subprocess.run([tool("desktop-file-validate"), str(launcher)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = ET.parse(xml).getroot().find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == MIME_TYPE
    assert kind.findtext("m:comment", namespaces=ns) == "Workshop session"
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.workshop"]
    assert [s.get("type") for s in kind.findall("m:sub-class-of", ns)] == ["application/vnd.sqlite3"]
    assert kind.find("m:generic-icon", ns).get("name") == MIME_ICON  # type: ignore[union-attr]
    header = kind.find("m:magic/m:match", ns)
    assert header is not None and (header.get("offset"), header.get("value")) == ("0", "SQLite format 3")
    app_id = header.find("m:match", ns)
    assert app_id is not None and (app_id.get("type"), app_id.get("offset")) == ("big32", "68")
    assert int(app_id.get("value", ""), 16) == APPLICATION_ID == SESSION_APPLICATION_ID

    # update-mime-database read our XML: the compiled database knows the name and the content.
    tool("update-mime-database")
    assert "update-mime-database" in outcome.refreshed
    assert f"{MIME_TYPE}:*.workshop" in (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    magic = (tmp_path / "mime" / "magic").read_bytes()
    assert f"[60:{MIME_TYPE}]".encode() in magic
    assert b">0=\x00\x0fSQLite format 3" in magic and b"1>68=\x00\x04WKSH" in magic

    manifest = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert manifest == {p.relative_to(tmp_path).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                        for p in outcome.written}


def test_the_launcher_starts_its_program_however_odd_its_folder(tmp_path: Path) -> None:
    # The quoting rule and the string escapes, end to end: GLib reads the entry and starts the program.
    folder = tmp_path / "Work shop $HOME \"quoted\" 'single' back\\slash ;&(x)`y`"
    folder.mkdir()
    program = folder / "workshop"
    program.write_text('#!/bin/sh\n'
                       'printf "%s\\0" "$0" "$@" > "$ARGV_OUT.new" && mv "$ARGV_OUT.new" "$ARGV_OUT"\n')
    program.chmod(0o755)
    install(tmp_path / "data", [str(program)])
    launcher = tmp_path / "data" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run([tool("desktop-file-validate"), str(launcher)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr

    session = tmp_path / "the team's day $1.workshop"
    session.write_bytes(b"")
    argv_out = tmp_path / "argv"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "ARGV_OUT": str(argv_out)}
    launched = subprocess.run([tool("gio"), "launch", str(launcher), str(session)],
                              capture_output=True, text=True, env=env, timeout=30)
    assert launched.returncode == 0, launched.stderr
    deadline = time.monotonic() + 20
    while not argv_out.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert argv_out.read_bytes().split(b"\0")[:-1] == [os.fsencode(program), os.fsencode(session)]


def test_exec_escapes_what_the_specification_reserves() -> None:
    entry = desktop_file_text(['/x/a$b"c\\d', "-m", "100%"])
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    # Quoting rule: "/x/a\$b\"c\\d"; then the string escapes double every backslash.
    assert exec_line == 'Exec="/x/a\\\\$b\\\\"c\\\\\\\\d" -m 100%% %f'


def test_a_session_file_is_known_by_name_and_renamed_by_its_content(tmp_path: Path) -> None:
    install(tmp_path / "data", [LAUNCHER])
    renamed = tmp_path / "from-a-usb-stick.bin"
    db = sqlite3.connect(renamed)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("CREATE TABLE session (id)")
    db.commit()
    db.close()
    other = tmp_path / "someone-elses.bin"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    named = tmp_path / "day.workshop"
    shutil.copy(renamed, named)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}

    def content_type(path: Path) -> str:
        out = subprocess.run([tool("gio"), "info", "-a", "standard::content-type", str(path)],
                             capture_output=True, text=True, env=env, check=True).stdout
        return out.rsplit(":", 1)[-1].strip()

    assert content_type(renamed) == MIME_TYPE
    assert content_type(named) == MIME_TYPE
    assert content_type(other) != MIME_TYPE


def test_installing_twice_is_harmless(tmp_path: Path) -> None:
    first_outcome = install(tmp_path, [LAUNCHER])
    first = files_under(tmp_path)
    second_outcome = install(tmp_path, [LAUNCHER])
    assert files_under(tmp_path) == first
    assert second_outcome.written == first_outcome.written
    assert not [p for p in tmp_path.rglob("*.new")]  # no temporary left behind


def test_uninstall_removes_exactly_what_install_wrote(tmp_path: Path) -> None:
    # Someone else's files in the same folders, there before and after.
    theirs = {
        Path("applications/other.desktop"): b"[Desktop Entry]\nType=Application\nName=Other\nExec=other\n",
        Path("icons/hicolor/48x48/apps/other.png"): (ICONS / "workshop-48.png").read_bytes(),
        Path("mime/packages/other.xml"): b"<mime-info/>\n",
    }
    for relative, content in theirs.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_bytes(content)
    installed = install(tmp_path, [LAUNCHER])
    # Our launcher, edited by the user since: theirs now.
    edited = tmp_path / "applications" / f"{APP_ID}.desktop"
    mine = desktop_file_text([LAUNCHER]).replace("\nName=Workshop\n", "\nName=My Workshop\n")
    edited.write_text(mine)

    outcome = uninstall(tmp_path)
    assert outcome.kept == [edited] and edited.read_text() == mine
    assert sorted(outcome.removed) == sorted(set(installed.written) - {edited})
    assert not [p for p in outcome.removed if p.exists()]
    left = files_under(tmp_path)
    for relative, content in theirs.items():
        assert left[relative] == content
    assert not (tmp_path / MANIFEST).exists() and not (tmp_path / MANIFEST).parent.exists()
    # The databases were refreshed: the desktop no longer knows the file type.
    assert "*.workshop" not in (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")


def test_uninstall_with_nothing_installed_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "applications").mkdir()
    (tmp_path / "applications" / f"{APP_ID}.desktop").write_text("[Desktop Entry]\nName=Not ours\n")
    before = files_under(tmp_path)
    outcome = uninstall(tmp_path)
    assert (outcome.removed, outcome.kept, outcome.refreshed) == ([], [], [])
    assert files_under(tmp_path) == before  # not written by us: not ours to remove
    assert uninstall(tmp_path / "no such folder").removed == []
    assert not (tmp_path / "no such folder").exists()


def test_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["desktop-entry", "--install"]) == 0
    lines = capsys.readouterr().out.splitlines()
    launcher = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert lines[:-1] == [f"wrote {tmp_path / p}" for p in [launcher.relative_to(tmp_path),
                                                             Path("mime/packages") / f"{APP_ID}.xml",
                                                             *expected_files()]]
    assert lines[-1].startswith("Workshop is in the desktop's menus, and *.workshop files open with ")
    assert launcher.is_file()

    launcher.write_text(launcher.read_text() + "NoDisplay=true\n")
    assert main(["desktop-entry", "--uninstall"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len([line for line in lines if line.startswith("removed ")]) == 1 + 2 * (len(ICON_SIZES) + 1)
    assert f"left {launcher}: it was changed since it was installed" in lines
    assert lines[-1].startswith(f"Removed Workshop's desktop entry from {tmp_path} except the 1 changed")

    assert main(["desktop-entry", "--uninstall"]) == 0
    assert capsys.readouterr().out == (f"Nothing to remove: no desktop entry of Workshop's is installed in "
                                       f"{tmp_path}.\n")


def test_an_unwritable_data_home_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["desktop-entry", "--install"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"workshop desktop-entry: cannot write in {blocker}: ")
    assert len(captured.err.splitlines()) == 1 and "Traceback" not in captured.err


def test_the_default_launcher_is_an_absolute_command_that_exists() -> None:
    launcher = default_launcher()
    assert Path(launcher[0]).is_absolute() and Path(launcher[0]).is_file(), launcher
    assert launcher[1:] in ([], ["-m", "workshop"])


def test_the_desktop_module_and_the_command_line_load_no_qt() -> None:
    code = ("import sys, workshop.desktop, workshop.cli; "
            "print(sorted(m for m in sys.modules if 'PySide' in m))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_the_launcher_names_the_window_class_the_app_sets() -> None:
    # StartupWMClass must be the X11 class Qt gives the window: the application's name.
    app = (ROOT / "workshop" / "ui" / "shell" / "app.py").read_text(encoding="utf-8")
    assert f'app.setApplicationName("{WM_CLASS}")' in app
    assert "app.setDesktopFileName(DESKTOP_ID)" in app and APP_ID == "workshop-facilitator"


def test_the_shipped_icons_are_the_sizes_the_render_script_makes() -> None:
    script = ast.parse((ROOT / "scripts" / "render-icons").read_text(encoding="utf-8"))
    sizes = next(ast.literal_eval(node.value) for node in script.body if isinstance(node, ast.Assign)
                 and any(isinstance(t, ast.Name) and t.id == "SIZES" for t in node.targets))
    assert tuple(sizes) == ICON_SIZES
    assert sorted(p.name for p in ICONS.glob("workshop-*.png")) == sorted(
        f"workshop-{n}.png" for n in ICON_SIZES)
    for size in ICON_SIZES:
        png = (ICONS / f"workshop-{size}.png").read_bytes()
        assert png_size(png) == (size, size)
        assert png[24:26] == b"\x08\x06", f"workshop-{size}.png: not 8-bit RGBA (a square, not an icon)"


def test_the_icon_is_plain_svg_that_any_renderer_draws_alike() -> None:
    svg = ET.parse(ICONS / "workshop.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg" and svg.get("viewBox") == "0 0 512 512"
    for element in svg.iter():
        name = element.tag.rsplit("}", 1)[-1]
        assert name not in {"style", "filter", "text", "image", "use", "script", "foreignObject"}, name
        assert "class" not in element.attrib and "style" not in element.attrib, name
        assert not [k for k in element.attrib if k.endswith("href")], name
