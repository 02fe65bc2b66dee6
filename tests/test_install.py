"""The app as a user installs it: sdist -> wheel -> a fresh environment, used from any folder.

The sdist is built from the checkout's files (tracked and new, never the
ignored ones), and the wheel from the sdist, as `python -m build` does: so
the sdist is proven to hold everything a build needs. The wheel goes into a
new virtual environment where the checkout cannot be imported; the app's
dependencies are borrowed from the test environment through a `.pth` line
(downloading PySide6 for every test run would be slow and need the network),
and the tests check that `workshop` and its resources load from the wheel.
Every command then runs from a temporary folder with temporary user folders.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.checkout import ROOT

DIST = "workshop_facilitator"


@dataclass(frozen=True)
class Installed:
    sdist: Path
    wheel: Path
    venv: Path
    site_packages: Path

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin")


def checkout_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def run(command: list[str | Path], cwd: Path, env: dict[str, str] | None = None,
        timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    for name in checkout_files():
        (source / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, source / name)
    built = run([sys.executable, "-m", "build", "--no-isolation", "--outdir", work / "dist", source],
                cwd=work)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    sdist = next((work / "dist").glob(f"{DIST}-*.tar.gz"))
    wheel = next((work / "dist").glob(f"{DIST}-*.whl"))

    venv = work / "venv"
    made = run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=work)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    pip = run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
               "--quiet", wheel], cwd=work)
    assert pip.returncode == 0, pip.stdout + pip.stderr
    site_packages = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             cwd=work).stdout.strip())
    # The dependencies, after the wheel's own files in the search path. A .pth
    # line only adds a folder: the checkout's editable-install hook, a .pth
    # file in that folder, is not run, so `workshop` can only come from the wheel.
    (site_packages / "test-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    yield Installed(sdist, wheel, venv, site_packages)


@pytest.fixture
def user_env(user_folders: Path) -> dict[str, str]:
    """The environment of a user with no checkout: temporary user folders, no PYTHONPATH."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_the_wheel_holds_the_package_its_resources_and_the_licences(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    shipped = {f"workshop/resources/{path.relative_to(ROOT / 'resources').as_posix()}"
               for path in (ROOT / "resources").rglob("*")
               if path.is_file() and "__pycache__" not in path.parts}
    assert shipped <= names, sorted(shipped - names)[:10]
    assert "workshop/resources/exercises/keep-it-alive.yaml" in names
    assert "workshop/library/schema-exercise.json" in names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names)
    assert any(name.endswith("fonts/LICENSE.txt") for name in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(installed.wheel).read(entry_points).decode()
    assert "[console_scripts]\nworkshop = workshop.cli:main" in text
    assert "[gui_scripts]\nworkshop-app = workshop.cli:main" in text


def test_the_sdist_holds_everything_a_build_and_the_tests_need(installed: Installed) -> None:
    with tarfile.open(installed.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    wanted = {name for name in checkout_files()
              if not name.startswith(".gitignore") and name != ".gitattributes"}
    assert wanted <= names, sorted(wanted - names)[:10]


def test_commands_work_from_any_folder(installed: Installed, user_env: dict[str, str],
                                       tmp_path: Path) -> None:
    workshop = installed.bin / "workshop"
    where = run([installed.bin / "python", "-c",
                 "import workshop, workshop.paths as p; print(workshop.__file__); "
                 "print(p.shipped_resources()); print(p.checkout_root())"], cwd=tmp_path, env=user_env)
    package, resources, checkout = where.stdout.split()
    assert Path(package).is_relative_to(installed.site_packages), where.stdout
    assert Path(resources) == installed.site_packages / "workshop" / "resources"
    assert checkout == "None"

    version = run([workshop, "--version"], cwd=tmp_path, env=user_env)
    assert version.returncode == 0 and version.stdout.startswith("workshop "), version.stderr

    library = run([workshop, "library"], cwd=tmp_path, env=user_env)
    assert library.returncode == 0, library.stdout + library.stderr
    # One line per file: keep-it-alive, and its German version as keep-it-alive (de).
    files = (ROOT / "resources" / "exercises").glob("*.yaml")
    exercises = sorted(re.sub(r"\.(\w+)$", r" (\1)", path.stem) for path in files)
    assert f"Exercises ({len(exercises)}):" in library.stdout
    assert all(exercise in library.stdout for exercise in exercises)
    plans = len(list((ROOT / "resources" / "plans").glob("*.yaml")))
    assert f"Plans ({plans}):" in library.stdout and "customer-service-culture (de)" in library.stdout
    assert "team-meeting-that-moves (de)" in library.stdout
    assert "not there yet" not in library.stdout.split("\n")[1]  # the shipped folder

    new = run([workshop, "new", "--plan", "customer-service-culture", "--title", "Service day",
               "-o", "day.workshop"], cwd=tmp_path, env=user_env)
    assert new.returncode == 0, new.stderr
    assert (tmp_path / "day.workshop").is_file()

    # No -o: beside the session file, never in the install folder.
    pdf = run([workshop, "export", "day.workshop"], cwd=tmp_path, env=user_env)
    assert pdf.returncode == 0, pdf.stderr
    assert pdf.stderr == ""
    assert Path(pdf.stdout.strip()) == tmp_path / "day.pdf"
    assert (tmp_path / "day.pdf").read_bytes().startswith(b"%PDF-")
    for name in ("day.md", "day.zip", "day.json"):
        done = run([workshop, "export", "day.workshop", "-o", name], cwd=tmp_path, env=user_env)
        assert done.returncode == 0, done.stderr
        assert (tmp_path / name).stat().st_size > 0
    assert "Service day" in (tmp_path / "day.md").read_text(encoding="utf-8")
    assert not list(installed.site_packages.rglob("*.pdf"))


def test_the_window_starts_from_the_wheel(installed: Installed, user_env: dict[str, str],
                                          tmp_path: Path) -> None:
    shown = run([installed.bin / "workshop-app"], cwd=tmp_path, env={**user_env, "WORKSHOP_SMOKE": "1"},
                timeout=120)
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert "main window shown" in shown.stdout


def test_a_missing_resource_is_named_in_one_sentence(installed: Installed, user_env: dict[str, str],
                                                     tmp_path: Path) -> None:
    # A copy of the installed environment with one shipped file gone.
    broken = tmp_path / "broken-venv"
    shutil.copytree(installed.venv, broken, symlinks=True)
    site = broken / installed.site_packages.relative_to(installed.venv)
    (site / "workshop" / "resources" / "report" / "pages" / "a4.css").unlink()
    python = broken / "bin" / "python"
    result = run([python, "-m", "workshop", "library"], cwd=tmp_path, env=user_env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "report/pages/a4.css is missing" in result.stderr, result.stderr
    assert "Reinstall" in result.stderr

    # The window says it too (in a dialog on a desktop; smoke mode skips the dialog), never a traceback.
    window = run([python, "-m", "workshop"], cwd=tmp_path, env={**user_env, "WORKSHOP_SMOKE": "1"})
    assert window.returncode == 1
    assert "report/pages/a4.css is missing" in window.stderr and "Traceback" not in window.stderr

    shutil.rmtree(site / "workshop" / "resources")
    result = run([python, "-m", "workshop", "export", "day.workshop"], cwd=tmp_path, env=user_env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "workshop.resources is missing" in result.stderr, result.stderr


def test_every_package_of_the_source_is_listed_for_the_wheel() -> None:
    """pyproject.toml lists the packages (resources/ is mapped in): a new one must be added there."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(path.parent.relative_to(ROOT).parts)
             for path in (ROOT / "workshop").rglob("__init__.py")}
    assert listed == found | {"workshop.resources"}, sorted(listed ^ (found | {"workshop.resources"}))
