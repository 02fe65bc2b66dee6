"""Run a command against files on a real read-only file system, as a USB stick or a CD would be.

As root, file permissions do not stop a write, so a chmod proves nothing;
a read-only mount does. The command runs in a mount namespace of its own
(`unshare`), over a tmpfs that is filled with the files and then remounted
read-only, so nothing outside the test sees the mount. As another user,
a folder and files without write permission are what that user meets.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest


def run_on_read_only_media(files: Sequence[Path], command: Sequence[str | Path],
                           env: dict[str, str] | None = None,
                           timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `command` with `{media}` in its arguments replaced by a read-only folder holding `files`."""
    with tempfile.TemporaryDirectory() as folder:
        media = Path(folder) / "media"
        media.mkdir()
        words = [str(part).replace("{media}", str(media)) for part in command]
        if os.geteuid() != 0:
            for file in files:
                shutil.copy2(file, media / file.name)
                (media / file.name).chmod(0o444)
            media.chmod(0o555)
            try:
                return subprocess.run(words, capture_output=True, text=True, env=env, timeout=timeout)
            finally:
                media.chmod(0o755)
        unshare = shutil.which("unshare") or pytest.fail("unshare (util-linux) is missing")
        copies = " && ".join(f"cp -p {shlex.quote(str(f))} {shlex.quote(str(media))}/" for f in files)
        script = (f"mount -t tmpfs tmpfs {shlex.quote(str(media))} && {copies or 'true'} && "
                  f"mount -o remount,ro {shlex.quote(str(media))} && exec {shlex.join(words)}")
        result = subprocess.run([unshare, "--mount", "--propagation", "private", "sh", "-c", script],
                                capture_output=True, text=True, env=env, timeout=timeout)
        if "mount:" in result.stderr and "permission denied" in result.stderr.lower():
            pytest.fail("cannot make a read-only mount here (needs root and mount namespaces): "
                        + result.stderr)
        return result
