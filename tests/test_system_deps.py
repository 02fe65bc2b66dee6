"""`scripts/system-deps`: the one list of system packages, and what it says when it cannot install.

`make run` and `make test` run it first, and CI runs `make test`; so these
tests run the real script against the real package database, as a user who
cannot install (no root, no sudo), and on a system without dpkg.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.checkout import ROOT

SCRIPT = ROOT / "scripts" / "system-deps"


def packages(purpose: str) -> list[str]:
    listed = subprocess.run([SCRIPT, "list", purpose], capture_output=True, text=True, check=True)
    return listed.stdout.split()


def test_one_list_serves_the_app_the_tests_and_ci() -> None:
    run, test = packages("run"), packages("test")
    assert set(run) < set(test)
    # The PDF's libraries, HarfBuzz-Subset included; the real window's X server for the tests only.
    assert {"libpango-1.0-0", "libharfbuzz-subset0", "fonts-dejavu-core", "libxcb-cursor0"} <= set(run)
    assert {"xvfb", "desktop-file-utils", "shared-mime-info"} <= set(test) - set(run)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get" not in ci and "make test" in ci


def test_make_runs_it_before_anything_else() -> None:
    for target, purpose in (("run", "run"), ("test", "test")):
        planned = subprocess.run(["make", "--no-print-directory", "-n", target], cwd=ROOT,
                                 capture_output=True, text=True,
                                 check=True).stdout.splitlines()
        assert planned[0] == f"scripts/system-deps {purpose}", planned[:3]


def test_everything_is_installed_here() -> None:
    """`make test` ran the script before this suite: nothing may be missing now."""
    result = subprocess.run([SCRIPT, "test"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def as_user_who_cannot_install(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run `command` as someone with neither root nor sudo: `nobody`, when we can become it."""
    can_sudo = os.geteuid() != 0 and shutil.which("sudo") and subprocess.run(
        ["sudo", "-n", "true"], capture_output=True).returncode == 0
    if os.geteuid() == 0 or can_sudo:
        runuser = shutil.which("runuser") or pytest.fail("runuser (util-linux) is missing")
        command = [*(["sudo", "-n"] if can_sudo else []), runuser, "-u", "nobody", "--", "env",
                   *(f"{k}={v}" for k, v in env.items()), *command]
        env = {"PATH": os.environ["PATH"]}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


def test_a_user_who_cannot_install_gets_the_one_line_to_run() -> None:
    # A copy of the script whose list has one package this machine does not have, in a
    # folder the other user can read (pytest's own temporary folders are private).
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "system-deps"
        text = SCRIPT.read_text(encoding="utf-8")
        script.write_text(text.replace("TESTS=(", "TESTS=(workshop-test-absent-package "), encoding="utf-8")
        script.chmod(0o755)
        Path(folder).chmod(0o755)
        result = as_user_who_cannot_install([str(script), "test"], {"PATH": os.environ["PATH"]})
    if result.returncode == 0 and "installing" in result.stderr:
        pytest.fail("this user could install packages: run the suite as root or a user without sudo")
    assert result.returncode == 1
    assert "missing: workshop-test-absent-package" in result.stderr
    assert "  sudo apt-get install -y workshop-test-absent-package\n" in result.stderr
    assert "Traceback" not in result.stderr


def test_other_systems_are_told_what_to_install(tmp_path: Path) -> None:
    # A PATH with the few programs the script uses, and no dpkg or apt-get.
    tools = tmp_path / "bin"
    tools.mkdir()
    for program in ("bash", "cat", "id"):
        (tools / program).symlink_to(shutil.which(program))
    result = subprocess.run([tools / "bash", SCRIPT, "run"], capture_output=True, text=True,
                            env={"PATH": str(tools)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "not Debian or Ubuntu" in result.stderr
    assert "brew install pango" in result.stderr and "dnf install pango" in result.stderr
