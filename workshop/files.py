"""Write a file whole or not at all: the one Qt-free writer (exports, plans, lists, desktop files).

Bytes go to a temporary file beside the target, which is synced and renamed
over it only when complete. A crash, an error or a cancelled export leaves
the previous file (or none) in place, never half a PDF or half a plan, and
no temporary file behind. The export worker gets its temporary name from the
parent, so the parent can remove it after killing a worker that had no time
to. (The window's template editor writes through Qt's QSaveFile, which does
the same.)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

TEMP_SUFFIX = ".part"


def temp_path_for(out: Path) -> Path:
    """A fresh hidden name beside `out` for the bytes being written."""
    # os.urandom, not uuid: this module is loaded before the window's first paint (the
    # recent list), and uuid brings `platform` with it.
    return out.parent / f".{out.name}.{os.urandom(6).hex()}{TEMP_SUFFIX}"


@contextmanager
def atomic_output(out_path: str | os.PathLike[str], temp: Path | None = None) -> Iterator[BinaryIO]:
    """A binary file that becomes `out_path` when the `with` block ends without error.

    Parent folders are created. The file gets the permissions a plain
    `open()` would give (mkstemp's 0600 would surprise someone sharing the
    PDF from a shared folder). `temp` names the temporary file; by default a
    fresh hidden name beside `out_path`.
    """
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    temp = temp or temp_path_for(out)
    # O_EXCL: never write through a file (or a planted symlink) already
    # there. 0o666 is filtered by the umask, as for a plain open().
    handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_atomically(out_path: str | os.PathLike[str], data: bytes) -> Path:
    """Write `data` as `out_path`, whole or not at all; OSError says why not."""
    with atomic_output(out_path) as stream:
        stream.write(data)
    return Path(out_path)
