"""Every shipped file validates; broken files get `path:line:column: field: message`.

The corpus of broken files and their exact messages is in test_corpus.py.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from workshop.core.templates import InputKind, Recall
from workshop.library.catalog import check_files, load_library
from workshop.paths import shipped_library

GOOD = """\
id: {id}
title: Good
summary: Works.
steps:
  - key: write
    title: Write
    duration: 5m
    input: {{kind: notes}}
  - key: vote
    title: Vote
    duration: 3m
    input: {{kind: vote, on: write, dots: 3}}
"""


def test_every_shipped_file_is_valid(library) -> None:
    assert library.problems == []
    assert len(library.exercises) == 11
    assert {"customer-service-culture", "team-meeting-that-moves"} <= set(library.plans)
    assert library.warnings == []


def test_shipped_content_covers_the_input_kinds(library) -> None:
    kinds = {step.input.kind for t in library.exercises.values() for step in t.steps}
    assert kinds == set(InputKind)
    qualities = library.exercises["servant-leadership"]
    rating = next(s for s in qualities.steps if s.input.kind is InputKind.RATING)
    assert len(rating.input.items) == 10


def test_shipped_plan_fits_about_three_hours(library) -> None:
    from workshop.core.agenda import build_agenda

    plan = library.plans["customer-service-culture"]
    agenda = build_agenda(plan, library.templates_for(plan))
    assert 170 * 60 <= agenda.total <= 200 * 60
    assert agenda.overrun() <= 0
    used = {i.exercise.id for i in agenda.items if i.exercise}
    meeting = library.plans["team-meeting-that-moves"]
    moves = build_agenda(meeting, library.templates_for(meeting))
    assert 60 * 60 <= moves.total <= 90 * 60 == meeting.available
    assert used | {i.exercise.id for i in moves.items if i.exercise} == set(library.exercises)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _messages(path: Path, roots: list[Path] | None = None) -> list[str]:
    entries = check_files([path], roots or [shipped_library()])
    return [str(p).removeprefix(f"{path}:") for e in entries for p in e.problems]


def test_plan_problems_include_cross_file_rules(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    path = _write(folder, "day.yaml", """\
        id: day
        title: Day
        start: 9:70
        items:
          - exercise: keep-it-alive
            durations: {nope: 5m}
          - exercise: no-such-thing
          - break: soon
          - lunch: 1h
        """)
    assert _messages(path) == [
        '3:8: start: expected a time of day such as "09:00", got text \'9:70\'',
        "6:17: items[0].durations.nope: keep-it-alive has no step 'nope' (its steps: actions, check, "
        "cluster, commit, vote, warm-up, write)",
        "7:15: items[1].exercise: no valid exercise has the id 'no-such-thing'",
        "8:12: items[2].break: 'soon' is not a duration: write e.g. 5m, 90s or 1h15m",
        "9:5: items[3]: each item is `exercise: ID` or `break: DURATION`",
    ]
    path.write_text(path.read_text().replace("9:70", "09:00").replace("soon", "10m")
                    .replace("  - lunch: 1h\n", "").replace("no-such-thing", "words-test")
                    .replace("nope", "vote"))
    assert _messages(path) == []


def test_unquoted_start_time_reads_as_a_time(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    path = _write(tmp_path / "plans", "early.yaml",
                  "id: early\ntitle: Early\nstart: 08:30\nitems:\n  - break: 5m\n")
    [entry] = check_files([path], [shipped_library()])
    assert entry.plan is not None and entry.plan.start == "08:30"


def test_a_broken_file_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "exercises").mkdir()
    _write(tmp_path / "exercises", "good.yaml", GOOD.format(id="good"))
    _write(tmp_path / "exercises", "bad.yaml", "id: [")
    library = load_library([tmp_path])
    assert set(library.exercises) == {"good"}
    states = {e.id: e.state for e in library.entries}
    assert states == {"good": "ok", "bad": "broken"}


def test_user_file_overrides_shipped_by_id(tmp_path: Path) -> None:
    (tmp_path / "exercises").mkdir()
    _write(tmp_path / "exercises", "keep-it-alive.yaml",
           GOOD.format(id="keep-it-alive").replace("title: Good", "title: Our own"))
    library = load_library([shipped_library(), tmp_path])
    assert library.exercises["keep-it-alive"].title == "Our own"
    shipped = next(e for e in library.entries
                   if e.id == "keep-it-alive" and e.language == "en" and e.path.parent.parent != tmp_path)
    assert shipped.overridden_by == tmp_path / "exercises" / "keep-it-alive.yaml"


def test_a_notes_step_may_hold_the_rooms_cards(tmp_path: Path) -> None:
    (tmp_path / "exercises").mkdir()
    _write(tmp_path / "exercises", "held.yaml", GOOD.format(id="held").replace("{kind: notes}",
                                                                               "{kind: notes, hold: true}"))
    library = load_library([tmp_path])
    assert library.problems == [] and library.exercises["held"].steps[0].input.hold
    assert library.exercises["held"].steps[0].input.to_dict() == {"kind": "notes", "hold": True}
    bad = _write(tmp_path, "wobbly.yaml", GOOD.format(id="wobbly").replace("{kind: notes}",
                                                                           "{kind: notes, hold: yes please}"))
    assert _messages(bad) == ["8:32: steps[0].input.hold: expected true or false, got text 'yes please'"]


RECALLS = """\
id: {id}
title: Recalls
summary: Shows earlier results.
steps:
  - key: talk
    title: Talk
    duration: 1m
    recall: write
  - key: write
    title: Write
    duration: 5m
    input: {{kind: notes}}
  - key: vote
    title: Vote
    duration: 3m
    input: {{kind: vote, on: write, dots: 3}}
  - key: commit
    title: Commit
    duration: 3m
    recall: {{step: vot, show: winner}}
  - key: check
    title: Check
    duration: 3m
    recall: {{step: talk}}
  - key: again
    title: Again
    duration: 3m
    recall: {{step: vote, show: chosen, colour: red}}
  - key: self
    title: Self
    duration: 3m
    recall: self
    input: {{kind: notes}}
  - key: odd
    title: Odd
    duration: 3m
    recall: 3
"""


def test_a_recall_names_an_earlier_step_with_a_result_in_words_with_file_line_and_field(
        tmp_path: Path) -> None:
    path = _write(tmp_path, "recalls.yaml", RECALLS.format(id="recalls"))
    assert _messages(path) == [
        "8:13: steps[0].recall: step 'write' comes later; name an earlier step, whose result exists by then",
        "20:20: steps[3].recall.step: no step has the key 'vot'; did you mean 'vote'?",
        "24:20: steps[4].recall.step: step 'talk' takes no input, which has no result to show; "
        "name a vote, statement, notes or rating step",
        "28:32: steps[5].recall.show: a vote step shows winner or ranking, not 'chosen'",
        "28:40: steps[5].recall.colour: unknown field; known fields: exercise, label, show, step",
        "32:13: steps[6].recall: a step cannot show its own result; name an earlier step",
        "37:13: steps[7].recall: expected a step key (recall: vote) or a mapping such as "
        "{step: vote, show: winner}, got a number 3",
    ]


def test_a_recall_of_another_exercise_is_checked_against_the_library(tmp_path: Path) -> None:
    (tmp_path / "exercises").mkdir()
    (tmp_path / "plans").mkdir()
    path = _write(tmp_path / "exercises", "later.yaml", """\
        id: later
        title: Later
        summary: Recalls another exercise.
        steps:
          - {key: a, title: A, duration: 1m, recall: {exercise: keep-it-alive, step: check}}
          - {key: b, title: B, duration: 1m, recall: {exercise: keep-it-alive, step: commit}}
          - {key: c, title: C, duration: 1m, recall: {exercise: no-such, step: commit}}
        """)
    _write(tmp_path / "plans", "day.yaml", """\
        id: day
        title: Day
        items:
          - exercise: later
          - exercise: keep-it-alive
        """)
    library = load_library([shipped_library(), tmp_path])
    # Another file may be overridden or left out of a plan: the step then shows nothing of it.
    assert library.problems == []
    assert [p.describe(p.path.name) for p in library.warnings] == [
        "later.yaml:5:78: warning: steps[0].recall.step: step 'check' is a questions step, which has no "
        "result to show; name a vote, statement, notes or rating step; meanwhile this step shows "
        "nothing of it",
        "later.yaml:7:57: warning: steps[2].recall.exercise: no valid exercise has the id 'no-such': "
        "this step shows its result only in a plan that has it",
        "day.yaml:4:15: warning: items[0].exercise: steps 'a', 'b' of later show a result of "
        "keep-it-alive, which comes later in this plan: put keep-it-alive first, or they show "
        "\"No result yet\"",
    ]
    assert library.exercises["later"].steps[1].recall == Recall("commit", "keep-it-alive")
    assert path.exists()


def test_the_shipped_day_carries_its_results_forward(library) -> None:
    keep = library.exercises["keep-it-alive"]
    assert keep.step("commit").recall == keep.step("check").recall == Recall("vote")
    purpose = library.exercises["purpose-statement"].step("purpose").recall
    assert purpose is not None and (purpose.exercise, purpose.step) == ("keep-it-alive", "commit")
    assert library.exercises["point-of-difference"].step("flip").input.pairs
    assert library.warnings == []


def test_pairs_need_two_columns_and_survive_the_writer(tmp_path: Path) -> None:
    from workshop.library.writer import dump_exercise

    pairs = GOOD.format(id="paired").replace(
        "{kind: notes}", "{kind: notes, pairs: true, columns: [{key: a, label: A}, {key: b, label: B}]}")
    (tmp_path / "exercises").mkdir()
    _write(tmp_path / "exercises", "paired.yaml", pairs.replace("    input: {kind: vote",
                                                                "    recall: {step: write, label: Ours}\n"
                                                                "    input: {kind: vote"))
    library = load_library([tmp_path])
    template = library.exercises["paired"]
    assert template.steps[0].input.pairs and template.steps[1].recall == Recall("write", label="Ours")
    again = _write(tmp_path, "paired.yaml", dump_exercise(template))
    assert load_library([tmp_path]).exercises["paired"] == template and again.exists()
    bad = _write(tmp_path, "single.yaml", GOOD.format(id="single").replace(
        "{kind: notes}", "{kind: notes, pairs: true}"))
    assert _messages(bad) == ["8:33: steps[0].input.pairs: pairs need exactly two columns (the card, "
                              "and the one answering it), not 0"]


def test_a_vote_may_wait_for_the_facilitators_cue(tmp_path: Path) -> None:
    (tmp_path / "exercises").mkdir()
    cue = "{kind: vote, on: write, dots: 3, reveal: on-cue}"
    _write(tmp_path / "exercises", "cued.yaml",
           GOOD.format(id="cued").replace("{kind: vote, on: write, dots: 3}", cue))
    library = load_library([tmp_path])
    assert library.problems == []
    vote = library.exercises["cued"].steps[1].input
    assert vote.on_cue and vote.to_dict()["reveal"] == "on-cue"
    assert not library.exercises["cued"].steps[0].input.on_cue  # live is the default

    later = _write(tmp_path, "later.yaml", GOOD.format(id="later").replace(
        "{kind: vote, on: write, dots: 3}", "{kind: vote, on: write, dots: 3, reveal: later}"))
    assert _messages(later) == ["12:53: steps[1].input.reveal: expected live (results on the wall as they "
                                "come) or on-cue (shown when you reveal them), got text 'later'"]
    notes = _write(tmp_path, "notes.yaml", GOOD.format(id="notes").replace(
        "{kind: notes}", "{kind: notes, reveal: on-cue}"))
    assert len(_messages(notes)) == 1 and "a vote, rating or questions input" in _messages(notes)[0]


def test_yes_and_no_are_words_where_words_are_wanted(tmp_path: Path) -> None:
    # YAML 1.1 reads Yes, No, on and off as true and false; a trainer writing a column
    # "Yes" and one "No" means the words (and got "'' is used twice" besides).
    (tmp_path / "exercises").mkdir()
    columns = "{kind: notes, columns: [{key: yes-side, label: Yes}, {key: no-side, label: No}]}"
    _write(tmp_path / "exercises", "words.yaml", GOOD.format(id="words").replace("{kind: notes}", columns))
    library = load_library([tmp_path])
    assert library.problems == []
    assert [c.label for c in library.exercises["words"].steps[0].input.columns] == ["Yes", "No"]
    # Where the app wants true or false, it asks for true or false.
    bad = _write(tmp_path, "held.yaml", GOOD.format(id="held").replace("{kind: notes}",
                                                                       "{kind: notes, hold: yes}"))
    assert _messages(bad) == ["8:32: steps[0].input.hold: expected true or false, got text 'yes'"]
