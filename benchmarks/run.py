"""Print the performance table: cold start and PDF export, each beside its floor.

Usage: ``.venv/bin/python benchmarks/run.py [--runs N]`` (or ``make bench``).
Figures are medians of N runs. Targets: start <= 1.3 x the bare-Qt floor;
export of the shipped plan with 150 cards and every input kind filled <= 2 s;
1,000 cards < 10 s and < 400 MB peak in the export worker, and through the
warm worker <= 1.1 x the in-process render. Then the card
entry (`cards.py`), store (`store_apply.py`), stall (`stall.py`) and
scaling (`scaling.py`) tables follow.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.table import print_table  # noqa: E402

PLAN_ID = "customer-service-culture"


def time_until_line(command: list[str], marker: str, env: dict[str, str]) -> float:
    """Seconds from launching `command` until it prints a line starting with `marker`."""
    start = time.perf_counter()
    # stderr is dropped: Qt's offscreen plugin notes what it cannot do at every start.
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             env=env, cwd=ROOT)
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if line.startswith(marker):
                return time.perf_counter() - start
        raise RuntimeError(f"{command} ended without printing {marker!r}")
    finally:
        child.stdout.close()
        child.wait(timeout=30)


def cold_start(runs: int) -> tuple[float, float, str]:
    # An installed app has its bytecode compiled; without this, a machine that
    # sets PYTHONDONTWRITEBYTECODE recompiles every module at every launch.
    import compileall

    compileall.compile_dir(ROOT / "workshop", quiet=1)
    env = {**os.environ}
    platform = "xcb (Xvfb)" if env.get("DISPLAY") else "offscreen"
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    home = tempfile.mkdtemp(prefix="bench-home-")
    env.update(XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, WORKSHOP_SMOKE="1")
    # Alternated, so a change in the machine's load touches both sides alike, and in turn
    # first and second (bare-app, app-bare, ...): a launch right after another one is
    # measurably slower here (10 to 25 ms), which would otherwise fall on one side only.
    bare, app = [], []

    def launch_bare() -> None:
        bare.append(time_until_line([sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
                                    "painted", env))

    def launch_app() -> None:
        app.append(time_until_line([sys.executable, "-m", "workshop"], "main window shown", env))

    for turn in range(runs):
        for launch in ((launch_bare, launch_app) if turn % 2 == 0 else (launch_app, launch_bare)):
            launch()
    return statistics.median(app), statistics.median(bare), platform


def filled_state(cards: int):
    """The shipped plan with `cards` cards and every input kind filled in."""
    from workshop.report.sample import sample_session

    return sample_session(cards)


def export(runs: int, cards: int) -> tuple[float, float, float]:
    """(first export including imports, median export, median bare WeasyPrint render)."""
    from workshop.report import export_pdf
    from workshop.report.context import build_context
    from workshop.report.render import render_html, shipped_report_dir

    state = filled_state(cards)
    out = Path(tempfile.mkdtemp(prefix="bench-export-")) / "summary.pdf"
    start = time.perf_counter()
    export_pdf(state, out)
    first = time.perf_counter() - start
    ours = []
    for _ in range(runs):
        start = time.perf_counter()
        export_pdf(state, out)
        ours.append(time.perf_counter() - start)

    import weasyprint

    html = render_html(build_context(state))
    bare = []
    for _ in range(runs):
        start = time.perf_counter()
        weasyprint.HTML(string=html, base_url=str(shipped_report_dir()) + "/").write_pdf()
        bare.append(time.perf_counter() - start)
    return first, statistics.median(ours), statistics.median(bare)


def export_in_worker(cards: int, *, warm: bool = False) -> tuple[float, float | None]:
    """(seconds, peak MB) of one export through the worker process the app uses.

    `warm`: through a worker started ahead and waited for, as the window keeps one
    while a session is open (the time counts from the export's start).
    """
    from workshop.report.json_io import session_to_json
    from workshop.report.worker import ExportJob, WarmWorker

    out = Path(tempfile.mkdtemp(prefix="bench-worker-")) / "summary.pdf"
    job = ExportJob(session_to_json(filled_state(cards)), out)
    ready = None
    if warm:
        ready = WarmWorker()
        ready.start()
        if not ready.wait_ready(60):
            raise RuntimeError("the warm worker never got ready")
    start = time.perf_counter()
    job.start(warm=ready)
    result = job.wait()
    if result.state != "done":
        raise RuntimeError(result.message)
    return time.perf_counter() - start, result.peak_rss_mb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    app, bare, platform = cold_start(args.runs)
    first, ours, bare_pdf = export(args.runs, 150)
    _, big, big_bare = export(1, 1000)
    worker_time, worker_peak = export_in_worker(1000)
    warm_time, _warm_peak = export_in_worker(1000, warm=True)
    rows = [
        ("cold start to first painted main window", f"{app:.2f} s",
         f"bare PySide6 window {bare:.2f} s", f"{app / bare:.2f} x", "<= 1.3 x"),
        ("export PDF, shipped plan + 150 cards", f"{ours:.2f} s",
         f"bare WeasyPrint render {bare_pdf:.2f} s", f"{ours / bare_pdf:.2f} x", "<= 2 s"),
        ("  first export in a process (imports)", f"{first:.2f} s", "", "", ""),
        ("export PDF, 1,000 cards", f"{big:.2f} s", f"bare WeasyPrint render {big_bare:.2f} s",
         f"{big / big_bare:.2f} x", "< 10 s"),
        ("  through a worker started for it, end to end", f"{worker_time:.2f} s",
         f"peak memory {worker_peak or 0:.0f} MB", f"{worker_time / big:.2f} x", "< 400 MB"),
        ("  through the warm worker the window keeps", f"{warm_time:.2f} s", "in process, above",
         f"{warm_time / big:.2f} x", "<= 1.1 x"),
    ]
    print(f"median of {args.runs} runs; Qt platform: {platform}; python {sys.version.split()[0]}\n")
    header = ("measure", "ours", "floor", "ratio", "target")
    print_table(header, rows)
    for script in ("cards.py", "store_apply.py", "stall.py", "scaling.py"):
        print(f"\n$ benchmarks/{script}", flush=True)
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / script)], check=True, cwd=ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
