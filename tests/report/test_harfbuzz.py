"""A PDF is written with HarfBuzz-Subset and without it, and neither case says a word to the user.

libharfbuzz-subset is optional to WeasyPrint: without it, fonts are subset
with fontTools, and WeasyPrint warns at import (a DeprecationWarning) and once
per font (a log line). On a machine without it, that warning once failed every
export under warnings-as-errors. Each case runs in a fresh process with
``-W error``, so the import happens there and the outcome does not depend on
which library this machine has: `scripts/system-deps` installs it, and the
second case hides it from WeasyPrint's loader.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from tests.checkout import ROOT

EXPORT = """
import json, logging, sys
logging.basicConfig(level=logging.WARNING)  # a WeasyPrint warning would reach stderr
{hide}
from workshop.report.export import export
from workshop.report.pdf import import_weasyprint
from workshop.report.sample import sample_session

weasyprint = import_weasyprint()
from weasyprint.text import ffi
path = export(sample_session(cards=12), sys.argv[1])
print(json.dumps({{"subset_library": ffi.harfbuzz_subset is not None, "path": str(path)}}))
"""

# WeasyPrint finds its libraries through cffi's dlopen: refusing the
# subset library's names there is what a machine without the package gives.
HIDE_SUBSET = """
import cffi
_dlopen = cffi.FFI.dlopen
def dlopen(self, name, *args, **kwargs):
    if "harfbuzz-subset" in str(name):
        raise OSError(f"cannot load library {name!r}: hidden by the test")
    return _dlopen(self, name, *args, **kwargs)
cffi.FFI.dlopen = dlopen
"""


def export_in_fresh_process(out: Path, hide_subset: bool) -> dict[str, object]:
    code = EXPORT.format(hide=HIDE_SUBSET if hide_subset else "")
    result = subprocess.run([sys.executable, "-W", "error", "-c", code, str(out)], cwd=ROOT,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == "", result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def embedded_fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    return names


def test_the_pdf_is_written_with_harfbuzz_subset(tmp_path: Path) -> None:
    report = export_in_fresh_process(tmp_path / "with.pdf", hide_subset=False)
    assert report["subset_library"] is True, "scripts/system-deps installs libharfbuzz-subset0"
    assert {"DejaVuSans", "DejaVuSerif"} <= {name.replace("-", "") for name in embedded_fonts(
        tmp_path / "with.pdf")}


def test_the_pdf_is_written_without_harfbuzz_subset_and_nothing_is_said(tmp_path: Path) -> None:
    report = export_in_fresh_process(tmp_path / "without.pdf", hide_subset=True)
    assert report["subset_library"] is False
    # The same fonts, subset by fontTools instead.
    assert {"DejaVuSans", "DejaVuSerif"} <= {name.replace("-", "") for name in embedded_fonts(
        tmp_path / "without.pdf")}
