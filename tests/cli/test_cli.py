"""The `workshop` command without a display: validate, library, new, export, import."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pdf_text import pdf_text
from workshop import __version__
from workshop.cli import main
from workshop.core.commands import AddCard
from workshop.core.session import Card
from workshop.paths import shipped_library
from workshop.store import SessionFile


def _add(session: SessionFile, item: int, step: str, text: str, column: str = "") -> Card:
    """A card typed into the file (what the session layer's add_card does, without a session)."""
    applied = session.apply(AddCard(item, step, text, column))
    card = session.state.card(applied.inverse.card)  # type: ignore[attr-defined]
    assert card is not None
    return card



def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"workshop {__version__}"


def test_python_dash_m_runs_the_same_entry_point() -> None:
    out = subprocess.run([sys.executable, "-m", "workshop", "validate"], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "all valid" in out.stdout


def test_validate_reports_every_problem_and_exits_1(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\ntitle: Bad\nsummary: S\nsteps:\n  - key: a\n    title: A\n    duration: soon\n"
                   "  - key: b\n    title: B\n    duration: 5m\n    input: {kind: vote, on: zzz}\n")
    assert main(["validate", str(bad)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{bad}:7:15: steps[0].duration: 'soon' is not a duration: write e.g. 5m, 90s or 1h15m",
        f"{bad}:11:29: steps[1].input.on: no step has the key 'zzz' (its steps: a, b)",
    ]


def test_validate_json_for_editors(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\ntitle: Bad\nsummary: S\nsteps:\n  - key: a\n    title: A\n    durtion: 5m\n")
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    assert main(["validate", "--json", str(bad), str(empty)]) == 1
    assert json.loads(capsys.readouterr().out) == [
        {"path": str(bad), "line": 7, "column": 5, "field": "steps[0].durtion",
         "message": "unknown field; did you mean `duration`?", "severity": "error"},
        {"path": str(empty), "line": None, "column": None, "field": "",
         "message": "the file is empty", "severity": "error"},
    ]
    assert main(["validate", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_validate_warnings_do_not_fail(tmp_path: Path, capsys) -> None:
    (tmp_path / "plans").mkdir()
    plan = tmp_path / "plans" / "short.yaml"
    plan.write_text("id: short\ntitle: Short\navailable: 30m\nitems:\n  - exercise: keep-it-alive\n")
    assert main(["validate", str(plan)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{plan}:3:12: warning: available: the agenda takes 35m, 5m more than the 30m available",
        "1 file checked, all valid",
    ]


def test_schema_prints_the_shipped_schemas(capsys) -> None:
    assert main(["schema"]) == 0
    exercise = json.loads(capsys.readouterr().out)
    assert exercise["title"] == "Workshop exercise template"
    assert main(["schema", "plan"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Workshop plan (agenda)"
    assert main(["schema", "plan", "--path"]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert path.name == "schema-plan.json"
    assert json.loads(path.read_text())["$id"] == "urn:workshop:schema:plan"


def test_validate_whole_library_is_clean(capsys) -> None:
    assert main(["validate"]) == 0
    files = len(list(shipped_library().glob("*/*.yaml")))
    assert files > 13 and f"{files} files checked, all valid" in capsys.readouterr().out


def test_validate_missing_path(tmp_path: Path, capsys) -> None:
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_library_lists_states(tmp_path: Path, capsys) -> None:
    (tmp_path / "exercises").mkdir()
    (tmp_path / "exercises" / "broken.yaml").write_text("id: [")
    assert main(["--library", str(tmp_path), "library"]) == 1
    out = capsys.readouterr().out
    assert "keep-it-alive" in out and "customer-service-culture" in out
    assert "broken   " in out and "YAML syntax" in out


def test_library_says_which_file_wins(tmp_path: Path, capsys) -> None:
    from workshop.paths import shipped_library, user_library

    shipped = shipped_library() / "exercises"
    mine = user_library() / "exercises"
    mine.mkdir(parents=True)
    (mine / "words-test.yaml").write_text((shipped / "words-test.yaml").read_text().replace(
        "title: ", "title: Our ", 1))
    extra = tmp_path / "exercises"
    extra.mkdir()
    (extra / "keep-it-alive.yaml").write_text("id: keep-it-alive\ntitle: [")
    assert main(["--library", str(tmp_path), "library"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:4] == [
        "Library folders, in search order (a file with the same id in a later folder "
        "replaces the earlier one):",
        f"  1. shipped   {shipped_library()}",
        f"  2. yours     {user_library()}",
        f"  3. --library {tmp_path}",
    ]
    words = lines.index(next(line for line in lines if line.startswith("  words-test ")))
    assert lines[words + 1:words + 3] == [f"      uses     {mine / 'words-test.yaml'}",
                                          f"      replaces {shipped / 'words-test.yaml'}"]
    assert "Our " in lines[words]
    alive = lines.index(next(line for line in lines if line.startswith("  keep-it-alive ")))
    assert lines[alive].split()[:2] == ["keep-it-alive", "ok"]
    assert lines[alive + 1:alive + 4] == [
        f"      uses     {shipped / 'keep-it-alive.yaml'}",
        f"      ignores  {extra / 'keep-it-alive.yaml'} (broken):",
        f"          {extra / 'keep-it-alive.yaml'}:2:8: YAML syntax: the file ends before this `{{` or `[` "
        "is closed: close it with `}` or `]`",
    ]


def _new(tmp_path: Path) -> Path:
    out = tmp_path / "day"
    assert main(["new", "--plan", "customer-service-culture", "--title", "Service day",
                 "--organisation", "Acme", "--facilitator", "Sam", "--date", "2026-11-22",
                 "-o", str(out)]) == 0
    return tmp_path / "day.workshop"


def test_new_creates_a_session_file(tmp_path: Path) -> None:
    path = _new(tmp_path)
    with SessionFile.open(path) as session:
        state = session.load()
    assert (state.header.title, state.header.organisation, state.header.date) == (
        "Service day", "Acme", "2026-11-22")
    assert state.plan.id == "customer-service-culture"


def test_new_takes_the_language_asked_or_the_users(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "de")  # the user's language
    base = ["new", "--plan", "customer-service-culture", "--title", "Tag", "--date", "2026-11-22"]
    assert main([*base, "-o", str(tmp_path / "theirs.workshop")]) == 0
    assert main([*base, "--language", "en", "-o", str(tmp_path / "asked.workshop")]) == 0
    theirs = SessionFile.snapshot(tmp_path / "theirs.workshop")
    asked = SessionFile.snapshot(tmp_path / "asked.workshop")
    assert theirs.header.language == "de" and asked.header.language == "en"
    # The library's German plan and exercises for a German session; the English ones for English.
    assert (theirs.plan.title, theirs.templates["keep-it-alive"].language) == ("Servicekultur", "de")
    assert (asked.plan.title, asked.templates["keep-it-alive"].language) == ("Customer service culture", "")


def test_new_refuses_a_language_that_is_no_tag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--plan", "customer-service-culture", "--title", "Tag", "--language", "German",
                 "-o", str(tmp_path / "x.workshop")]) == 1
    assert "language must be a tag" in capsys.readouterr().err
    assert not (tmp_path / "x.workshop").exists()


def test_the_command_line_speaks_the_users_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    import workshop.cli

    monkeypatch.setenv("LANGUAGE", "de")
    monkeypatch.setattr(workshop.cli, "_CATALOGUE", None)  # read the user's language afresh
    monkeypatch.setattr(argparse, "_", argparse._)  # (argparse speaks English again after)
    monkeypatch.setattr(argparse, "ngettext", argparse.ngettext)
    assert main(["new", "--plan", "nope", "--title", "Tag", "-o", str(tmp_path / "x.workshop")]) == 1
    assert "kein gültiger Ablaufplan hat die ID 'nope'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["new", "--help"])
    help_text = capsys.readouterr().out
    assert "die ID des Ablaufplans" in help_text
    # argparse's own words too.
    assert help_text.startswith("Aufruf: workshop new") and "\nOptionen:\n" in help_text
    assert "diese Hilfe zeigen und beenden" in help_text
    with pytest.raises(SystemExit):
        main(["new", "--title", "Tag"])
    assert "workshop new: Fehler: diese Argumente fehlen: --plan, -o/--output" in capsys.readouterr().err
    monkeypatch.setattr(workshop.cli, "_CATALOGUE", None)  # the next test reads English again


def test_new_without_a_start_keeps_the_plans(tmp_path: Path) -> None:
    with SessionFile.open(_new(tmp_path)) as session:
        assert session.state.day_start == ""


def test_new_with_a_start_begins_the_day_then(tmp_path: Path, capsys) -> None:
    out = tmp_path / "afternoon.workshop"
    assert main(["new", "--plan", "customer-service-culture", "--title", "Afternoon", "--date", "2026-11-22",
                 "--start", "16:25", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    with SessionFile.open(out) as session:
        assert session.state.day_start == "2026-11-22T16:25:00"  # that day's wall-clock time


@pytest.mark.parametrize("start", ["4pm", "25:00", "16.25", "16:25:30", "16:"])
def test_new_with_a_start_that_is_no_time_says_so_and_writes_nothing(tmp_path: Path, capsys,
                                                                     start: str) -> None:
    assert main(["new", "--plan", "customer-service-culture", "--title", "T", "--start", start,
                 "-o", str(tmp_path / "x")]) == 1
    err = capsys.readouterr().err
    assert f"--start {start!r} is not a time of day like 16:25" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_new_with_unknown_plan_or_bad_date(tmp_path: Path, capsys) -> None:
    assert main(["new", "--plan", "nope", "--title", "T", "-o", str(tmp_path / "x")]) == 1
    assert "no valid plan has the id 'nope'" in capsys.readouterr().err
    assert main(["new", "--plan", "customer-service-culture", "--title", "T", "--date", "soon",
                 "-o", str(tmp_path / "x")]) == 1
    assert "not a date" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_json_export_import_round_trip(tmp_path: Path) -> None:
    path = _new(tmp_path)
    with SessionFile.open(path) as session:
        stop = next(s for s in session.load().stops if s.step.key == "write")
        _add(session, stop.item.index, "write", "Every guest leaves happier")
        _add(session, stop.item.index, "write", "<script>alert(1)</script>")
        session.set_current(2)
    exported = tmp_path / "day.json"
    assert main(["export", str(path), "--format", "json", "-o", str(exported)]) == 0
    assert "Every guest leaves happier" in exported.read_text(encoding="utf-8")
    copy = tmp_path / "copy.workshop"
    assert main(["import", str(exported), "-o", str(copy)]) == 0
    with SessionFile.open(path) as a, SessionFile.open(copy) as b:
        original, imported = a.load(), b.load()
    assert imported.cards == original.cards
    assert (imported.header, imported.plan, imported.templates, imported.current) == (
        original.header, original.plan, original.templates, original.current)


def test_a_days_own_start_survives_export_and_import(tmp_path: Path) -> None:
    made = tmp_path / "afternoon.workshop"
    assert main(["new", "--plan", "customer-service-culture", "--title", "Afternoon", "--date", "2026-11-22",
                 "--start", "16:25", "-o", str(made)]) == 0
    exported = tmp_path / "afternoon.json"
    assert main(["export", str(made), "--format", "json", "-o", str(exported)]) == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["day_start"] == "2026-11-22T16:25:00"
    copy = tmp_path / "copy.workshop"
    assert main(["import", str(exported), "-o", str(copy)]) == 0
    with SessionFile.open(copy) as session:
        assert session.state.day_start == "2026-11-22T16:25:00"


def test_import_bad_json_names_the_file(tmp_path: Path, capsys) -> None:
    source = tmp_path / "bad.json"
    source.write_text('{"format": ')
    assert main(["import", str(source), "-o", str(tmp_path / "x.workshop")]) == 1
    assert f"{source}:1: not valid JSON" in capsys.readouterr().err
    source.write_text(json.dumps({"hello": 1}))
    assert main(["import", str(source), "-o", str(tmp_path / "x.workshop")]) == 1
    assert str(source) in capsys.readouterr().err
    assert not (tmp_path / "x.workshop").exists()


def test_export_refuses_a_foreign_file(tmp_path: Path, capsys) -> None:
    junk = tmp_path / "junk.workshop"
    junk.write_text("not a session")
    assert main(["export", str(junk), "-o", str(tmp_path / "out.pdf")]) == 1
    assert "not a file Workshop writes" in capsys.readouterr().err
    assert not (tmp_path / "out.pdf").exists()


def test_export_every_format_through_the_worker(tmp_path: Path) -> None:
    import zipfile


    path = _new(tmp_path)
    with SessionFile.open(path) as session:
        stop = next(s for s in session.load().stops if s.step.input.kind == "notes")
        _add(session, stop.item.index, stop.step.key, "Greet every guest by name",
                         column=stop.step.input.columns[0].key if stop.step.input.columns else "")
    outputs = {}
    for fmt, suffix in (("pdf", ".pdf"), ("md", ".md"), ("csv", ".zip")):
        outputs[fmt] = tmp_path / f"out{suffix}"
        assert main(["export", str(path), "--format", fmt, "-o", str(outputs[fmt])]) == 0
    text = pdf_text(outputs["pdf"])
    assert "Greet every guest by name" in text and "Service day" in text
    assert "Greet every guest by name" in outputs["md"].read_text(encoding="utf-8")
    with zipfile.ZipFile(outputs["csv"]) as archive:
        cards = next(n for n in archive.namelist() if "cards" in n)
        assert "Greet every guest by name" in archive.read(cards).decode("utf-8-sig")


def test_export_time_limit_stops_a_runaway_report(tmp_path: Path, capsys) -> None:
    path = _new(tmp_path)
    folder = tmp_path / "theme"
    folder.mkdir()
    (folder / "report.html.j2").write_text("{% for i in range(10**9) %}{{ i }}{% endfor %}")
    out = tmp_path / "slow.pdf"
    assert main(["export", str(path), "--report-folder", str(folder), "--time-limit", "3",
                 "-o", str(out)]) == 1
    assert capsys.readouterr().err.strip()
    assert not out.exists()


def test_export_takes_its_format_from_the_name_and_refuses_a_mismatch(tmp_path: Path, capsys) -> None:
    path = _new(tmp_path)
    markdown = tmp_path / "day.md"
    assert main(["export", str(path), "-o", str(markdown)]) == 0  # no --format: the ending decides
    assert markdown.read_text(encoding="utf-8").startswith("# Service day")
    capsys.readouterr()
    for args, expected in (
            (["-o", str(tmp_path / "day.pdf"), "--format", "md"],
             "--format md writes a .md file; name it day.md, or leave --format out"),
            (["-o", str(tmp_path / "day.txt")],
             "end the name in .pdf, .md, .zip (CSV) or .json to say what to write, or give --format"),
            (["-o", str(tmp_path / "day.txt"), "--format", "pdf"], "--format pdf writes a .pdf file")):
        assert main(["export", str(path), *args]) == 1
        assert expected in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["day.md", "day.workshop"]


def test_new_needs_a_title_and_import_knows_a_session_file(tmp_path: Path, capsys) -> None:
    assert main(["new", "--plan", "customer-service-culture", "--title", " ", "-o", str(tmp_path / "x")]) == 1
    assert "--title: a session needs a title" in capsys.readouterr().err
    path = _new(tmp_path)
    assert main(["import", str(path), "-o", str(tmp_path / "copy.workshop")]) == 1
    assert "this is a session file already" in capsys.readouterr().err
    assert not (tmp_path / "copy.workshop").exists()


def test_the_usage_line_names_the_subcommands(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "workshop {validate,library,schema,new,export,import,serve,desktop-entry} ..." in out


@pytest.mark.parametrize("where", ["before", "after"])
def test_library_may_follow_the_command_as_the_docs_write_it(tmp_path: Path, capsys, where: str) -> None:
    (tmp_path / "exercises").mkdir()
    (tmp_path / "exercises" / "broken.yaml").write_text("id: [")
    args = ["validate", "--library", str(tmp_path)] if where == "after" else [
        "--library", str(tmp_path), "validate"]
    assert main(args) == 1
    assert "broken.yaml" in capsys.readouterr().out


def test_validate_and_library_speak_the_users_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import workshop.cli

    monkeypatch.setenv("LANGUAGE", "de")
    monkeypatch.setattr(workshop.cli, "_CATALOGUE", None)  # read the user's language afresh
    (tmp_path / "plans").mkdir()
    plan = tmp_path / "plans" / "short.yaml"
    plan.write_text("id: short\ntitle: Short\navailable: 30m\nitems:\n  - exercise: keep-it-alive\n")
    assert main(["validate", str(plan)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{plan}:3:12: Warnung: available: der Ablauf dauert 35m, 5m länger als die verfügbaren 30m",
        "1 Datei geprüft, alles gültig",
    ]
    bad = tmp_path / "exercises" / "bad.yaml"
    bad.parent.mkdir()
    bad.write_text("id: bad\ntitle: Bad\nsummary: S\nsteps:\n  - key: a\n    title: A\n    durtion: 5m\n")
    assert main(["validate", "--json", str(bad)]) == 1
    assert json.loads(capsys.readouterr().out)[0]["message"] == "unknown field; did you mean `duration`?"
    assert main(["validate", str(bad)]) == 1
    assert capsys.readouterr().out == (f"{bad}:7:5: steps[0].durtion: unbekanntes Feld; meinten Sie "
                                       "`duration`?\n")
    shipped = shipped_library() / "exercises" / "keep-it-alive.yaml"
    (tmp_path / "exercises" / "keep-it-alive.yaml").write_text(shipped.read_text(encoding="utf-8"),
                                                               encoding="utf-8")
    main(["--library", str(tmp_path), "library"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Bibliotheksordner in Suchreihenfolge")
    assert lines[1].startswith("  1. mitgeliefert ") and lines[2].startswith("  2. Ihre ")
    assert any(line.startswith("Übungen (") for line in lines) and any(line.startswith("Ablaufpläne (")
                                                                        for line in lines)
    assert f"      verwendet {tmp_path / 'exercises' / 'keep-it-alive.yaml'}" in lines
    assert f"      ersetzt   {shipped}" in lines
    monkeypatch.setattr(workshop.cli, "_CATALOGUE", None)  # the next test reads English again
