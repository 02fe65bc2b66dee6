"""YAML slips said in words, on the line at fault, with the fix; anchors and merge keys work."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.library.validate import check_exercise
from workshop.library.yamlsource import parse_yaml

BASE = """\
id: x
title: X
summary: S
steps:
  - key: a
    title: A
    duration: 5m
  - key: b
    title: B
    duration: 5m
"""
JARGON = ("block end", "block mapping start", "expected <", "while parsing", "while scanning", "simple key",
          "flow mapping", "flow sequence", "scalar")


@pytest.mark.parametrize(("slip", "line", "words"), [
    (("    title: B", "      title: B"), 9, "indented 6 spaces, but `key:` on line 8 is indented 4"),
    (("    title: B", "   title: B"), 9, "indented 3 spaces, but `key:` on line 8 is indented 4"),
    (("    title: B", "    title B"), 9, "`title B` has no `:` after its name; write `title: B`"),
    (("    duration: 5m\n  - key: b", "    duration 5m\n  - key: b"), 7,
     "`duration 5m` has no `:` after its name; write `duration: 5m`"),
    (("  - key: b", "    - key: b"), 8, "the items of its list (line 5) use 2: line its `-` up"),
    (("title: B", 'title: "B'), 9, "this quote is never closed"),
    (("title: B", "title: {kind: notes"), 9, "not closed on its line"),
    (("title: B", "title: {question: what?}"), 9, "must be in quotes"),
    (("title: B\n    duration: 5m\n", "title: B\n    duration: 5m\n    input: [\n"), 11,
     "the file ends before this `{` or `[` is closed"),
    (("title: X", " title: X"), 2, "indented 1 space, but `id:` on line 1 is indented 0"),
    (("title: B", "title: Keep it alive: our directive"), 9,
     'put it in quotes: title: "Keep it alive: our directive"'),
])
def test_a_slip_is_named_on_its_line_in_words(slip: tuple[str, str], line: int, words: str) -> None:
    text = BASE.replace(*slip, 1)
    assert text != BASE
    document, problems = parse_yaml(text, Path("exercises/x.yaml"))
    assert document is None and len(problems) == 1
    problem = problems[0]
    assert problem.line == line, problem
    assert words in problem.message
    assert not any(word in problem.message for word in JARGON), problem.message


TROIKA = """\
id: troika
title: Troika
summary: Anchors for what the rounds share.
steps:
  - &round
    key: first
    title: First client
    duration: 9m
    input: {kind: notes}
  - <<: *round
    key: second
    title: Second client
  - <<: [*round]
    key: third
    title: Third client
    duration: 8m
"""


def test_merge_keys_copy_an_anchored_steps_fields_and_its_own_fields_win() -> None:
    document, problems = parse_yaml(TROIKA, Path("exercises/troika.yaml"))
    assert problems == [] and document is not None
    template, problems = check_exercise(document)
    assert problems == [] and template is not None
    assert [(s.key, s.title, s.duration, s.input.kind.value) for s in template.steps] == [
        ("first", "First client", 540, "notes"), ("second", "Second client", 540, "notes"),
        ("third", "Third client", 480, "notes")]


def test_a_problem_in_a_merged_value_names_the_line_it_is_written_on() -> None:
    text = TROIKA.replace("duration: 9m", "duration: 9 minutes")
    document, _ = parse_yaml(text, Path("exercises/troika.yaml"))
    assert document is not None
    _, problems = check_exercise(document)
    assert {(p.line, p.field) for p in problems} == {(8, "steps[0].duration"), (8, "steps[1].duration")}


def test_merging_what_is_not_a_mapping_is_said_plainly() -> None:
    text = TROIKA.replace("  - <<: *round\n", "  - <<: *title\n")
    text = text.replace("title: Troika", "title: &title Troika")
    _, problems = parse_yaml(text, Path("exercises/troika.yaml"))
    assert [p.message for p in problems] == [
        "`<<:` merges the fields of a mapping, written `<<: *name` where `&name` marks a mapping such as "
        "`{duration: 5m, input: {kind: notes}}`; this is not a mapping"]
