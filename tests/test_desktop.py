"""`workshop desktop-entry`: the launcher, the icon and the *.workshop file type, in the user's folders.

Checked with the desktop's own tools (desktop-file-validate, update-mime-database
and gio, from `scripts/system-deps test`): the launcher is valid, and a
session file is known as one by its name and, renamed, by its content.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import subprocess
from pathlib import Path

import pytest

from tests.checkout import ROOT
from workshop.cli import main
from workshop.desktop import APP_ID, ICON_SIZES, MIME_TYPE, desktop_file_text, install, uninstall
from workshop.store.schema import APPLICATION_ID


def tool(name: str) -> str:
    return shutil.which(name) or pytest.fail(f"{name} is missing: scripts/system-deps test installs it")


def files_under(folder: Path) -> dict[Path, bytes]:
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_install_writes_a_valid_launcher_the_file_type_and_every_icon(tmp_path: Path) -> None:
    outcome = install(tmp_path, ["/opt/work shop/bin/workshop"])
    launcher = tmp_path / "applications" / f"{APP_ID}.desktop"
    text = launcher.read_text(encoding="utf-8")
    assert 'Exec="/opt/work shop/bin/workshop" %f' in text  # quoted as the specification asks
    assert f"MimeType={MIME_TYPE};" in text and f"Icon={APP_ID}" in text
    result = subprocess.run([tool("desktop-file-validate"), str(launcher)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr
    for size in ICON_SIZES:
        png = tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert struct.unpack(">II", png.read_bytes()[16:24]) == (size, size)
    assert (tmp_path / "icons/hicolor/scalable/mimetypes/application-x-workshop-session.svg").is_file()
    assert "update-mime-database" in outcome.refreshed
    assert f"{MIME_TYPE}:*.workshop" in (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")


def test_a_session_file_is_known_by_name_and_renamed_by_its_content(tmp_path: Path) -> None:
    install(tmp_path / "data", ["workshop"])
    renamed = tmp_path / "from-a-usb-stick.bin"
    db = sqlite3.connect(renamed)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("CREATE TABLE session (id)")
    db.commit()
    db.close()
    other = tmp_path / "someone-elses.bin"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
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


def test_installing_twice_is_harmless_and_uninstall_removes_only_what_it_wrote(tmp_path: Path) -> None:
    install(tmp_path, ["workshop"])
    first = files_under(tmp_path)
    install(tmp_path, ["workshop"])
    assert files_under(tmp_path) == first

    # Someone else's launcher beside ours, and our launcher edited by the user since.
    (tmp_path / "applications" / "other.desktop").write_text("[Desktop Entry]\nName=Other\n")
    edited = tmp_path / "applications" / f"{APP_ID}.desktop"
    edited.write_text(desktop_file_text(["workshop"]).replace("Name=Workshop", "Name=My Workshop"))
    outcome = uninstall(tmp_path)
    assert edited in outcome.kept and edited.is_file()
    assert (tmp_path / "applications" / "other.desktop").is_file()
    left = {p for p in files_under(tmp_path) if "icons" in p.parts and p.suffix in (".png", ".svg")}
    assert left == set()
    assert not (tmp_path / "mime" / "packages" / f"{APP_ID}.xml").exists()
    # Nothing left to remove: said, and fine.
    again = uninstall(tmp_path)
    assert again.removed == [] and again.kept == []


def test_the_command_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["desktop-entry", "--install"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Wrote the launcher, the *.workshop file type and 18 icon files into ")
    assert (tmp_path / "applications" / f"{APP_ID}.desktop").is_file()
    assert main(["desktop-entry", "--uninstall"]) == 0
    assert capsys.readouterr().out.startswith("Removed 20 files")
    assert main(["desktop-entry", "--uninstall"]) == 0
    assert "Nothing to remove" in capsys.readouterr().out


def test_an_unwritable_place_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["desktop-entry", "--install"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("workshop desktop-entry: cannot write in ") and len(err.splitlines()) == 1
    assert "Traceback" not in err


def test_the_shipped_icons_are_the_sizes_the_render_script_makes() -> None:
    script = (ROOT / "scripts" / "render-icons").read_text(encoding="utf-8")
    assert f"SIZES = {ICON_SIZES}" in script
    for size in ICON_SIZES:
        png = (ROOT / "resources" / "icons" / f"workshop-{size}.png").read_bytes()
        assert png.startswith(b"\x89PNG") and struct.unpack(">II", png[16:24]) == (size, size)
