"""A template file's text as it is on disk: UTF-8, or read in the code page it most likely is in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSaveFile

# What a non-UTF-8 template most likely is: Windows' own code page (Notepad before 2019,
# Excel exports); it decodes every byte but five, which Latin-1 then takes.
LEGACY_ENCODINGS = ("cp1252", "latin-1")


class NotUtf8(Exception):
    """The file is not UTF-8 text; `text` is it read in a legacy code page, `encoding` which one."""

    def __init__(self, text: str, encoding: str, line: int) -> None:
        super().__init__(encoding)
        self.text, self.encoding, self.line = text, encoding, line


def read_template_text(path: Path) -> str:
    """The file's text (a UTF-8 BOM dropped); `NotUtf8` when it is in another encoding."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        for encoding in LEGACY_ENCODINGS:
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            raise NotUtf8(text, encoding, line) from None
        raise  # pragma: no cover - Latin-1 decodes every byte


def write_atomically(path: Path, data: bytes) -> str:
    """Write `data` to `path` whole or not at all; returns the reason on failure, else ""."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return error.strerror or str(error)
    file = QSaveFile(str(path))
    if not file.open(QSaveFile.OpenModeFlag.WriteOnly):
        return file.errorString()
    file.write(data)
    if not file.commit():
        return file.errorString()
    return ""


def encoding_name(encoding: str) -> str:
    return {"cp1252": "Windows-1252", "latin-1": "Latin-1"}.get(encoding, encoding)
