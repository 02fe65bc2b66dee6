"""The sound when time is up: a short chime, optional, and never a reason to crash.

PySide6-Essentials has no QtMultimedia, so the chime is a small WAV file
(synthesised once, into the cache folder) handed to whichever command-line
player the system has (`paplay`, `pw-play`, `aplay`, `afplay`), started
detached so a slow or broken audio stack never blocks the timer. Without a
player (or if it cannot start) we fall back to `QApplication.beep()`; a
machine without audio at all simply stays silent, and the visual cue on the
projector still shows.
"""

from __future__ import annotations

import math
import shutil
import struct
import wave
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QStandardPaths, Signal
from PySide6.QtWidgets import QApplication

PLAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("paplay", ()), ("pw-play", ()), ("aplay", ("-q",)), ("afplay", ()),
)
SAMPLE_RATE = 22_050
WAV_NAME = "workshop-time-up.wav"
SWITCH_WAV_NAME = "workshop-switch.wav"
# A phase's change is a lighter cue than time up: one short high note.
SWITCH_NOTES = ((880.0, 0.0, 0.3),)
TIME_UP_NOTES = ((659.25, 0.0, 0.45), (880.0, 0.35, 0.55))

FindPlayer = Callable[[], Sequence[str] | None]
Launch = Callable[[str, Sequence[str]], bool]


def find_player() -> list[str] | None:
    """The first audio player on PATH, as a command with its options (None if there is none)."""
    for name, options in PLAYERS:
        found = shutil.which(name)
        if found:
            return [found, *options]
    return None


def launch_detached(program: str, arguments: Sequence[str]) -> bool:
    """Start a program without waiting for it; False if it could not start."""
    started, _pid = QProcess.startDetached(program, list(arguments))
    return bool(started)


def write_chime(path: Path, notes: Sequence[tuple[float, float, float]] = TIME_UP_NOTES) -> Path:
    """Soft notes with a gentle fade, 16-bit mono: by default two (E5 then A5), about 0.9 s."""
    frames = bytearray()
    for frequency, start, length in notes:
        first = int(start * SAMPLE_RATE)
        count = int(length * SAMPLE_RATE)
        needed = (first + count) * 2
        if len(frames) < needed:
            frames.extend(b"\x00" * (needed - len(frames)))
        for n in range(count):
            t = n / SAMPLE_RATE
            envelope = min(1.0, t / 0.01) * math.exp(-4.0 * t)  # no click at the start, then decay
            value = int(9000 * envelope * math.sin(2 * math.pi * frequency * t))
            offset = (first + n) * 2
            mixed = struct.unpack_from("<h", frames, offset)[0] + value
            struct.pack_into("<h", frames, offset, max(-32768, min(32767, mixed)))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(bytes(frames))
    return path


def _cache_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))


class Chime(QObject):
    """Plays the time-up sound unless muted; `played` says how (for the status line and tests)."""

    played = Signal(str)  # "player", "beep" or "muted"

    def __init__(self, *, muted: bool = False, player: FindPlayer = find_player,
                 launch: Launch = launch_detached, folder: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.muted = muted
        self._find_player = player
        self._launch = launch
        self._folder = folder
        self._wavs: dict[bool, Path] = {}

    def wav(self, *, switch: bool = False) -> Path | None:
        """The sound's WAV file, written on first use (None if it cannot be written)."""
        wav = self._wavs.get(switch)
        if wav is None or not wav.exists():
            name, notes = (SWITCH_WAV_NAME, SWITCH_NOTES) if switch else (WAV_NAME, TIME_UP_NOTES)
            try:
                wav = self._wavs[switch] = write_chime((self._folder or _cache_folder()) / name, notes)
            except OSError:
                return None
        return wav

    def play(self, *, switch: bool = False) -> str:
        """Sound the chime (`switch`: the short note of a phase's change); returns how: "muted",
        "player" or "beep"."""
        if self.muted:
            how = "muted"
        else:
            how = "beep"
            try:
                command = self._find_player()
                wav = self.wav(switch=switch) if command else None
                if command and wav is not None and self._launch(command[0], [*command[1:], str(wav)]):
                    how = "player"
            except Exception:  # an odd player or file system must never stop the timer
                how = "beep"
            if how == "beep":
                QApplication.beep()
        self.played.emit(how)
        return how
