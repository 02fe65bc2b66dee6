"""Parameters, rounds, phases, groups, space and materials in a template, as docs/templates.md writes them."""

from __future__ import annotations

from pathlib import Path

from workshop.library.problems import Problem
from workshop.library.validate import check_exercise, check_plan
from workshop.library.yamlsource import parse_yaml

TROIKA = """\
id: troika
title: Troika consulting
summary: Peer coaching on {{challenge}}.
groups: trios
space: Chairs in threes, knee to knee
materials: [A timer everyone can see]
parameters:
  - key: challenge
    label: The challenge
    description: What each client brings
    default: a challenge you face
steps:
  - key: intro
    title: How it works
    duration: 3m
  - key: consult
    title: Consulting round
    rounds: 3
    round_label: "Client: person {{round}}"
    groups: trios
    phases:
      - {title: Share, duration: 2m, prompt: "The client shares {{challenge}}."}
      - {title: Questions, duration: 2m}
      - {title: Consult, duration: 5m}
      - {title: Reflect, duration: 1m}
  - key: ideas
    title: Ideas in rounds
    rounds: 2
    steps:
      - key: write
        title: Write, round {{round}} of {{rounds}}
        duration: 2m
        input: {kind: notes}
      - key: pick
        title: Pick
        duration: 1m
        input: {kind: vote, on: write}
"""


def check(text: str, name: str = "troika") -> tuple[object, list[Problem]]:
    document, problems = parse_yaml(text, Path("exercises") / f"{name}.yaml")
    assert document is not None, problems
    return check_exercise(document)


def messages(text: str) -> list[str]:
    return [f"{p.line}: {p.field}: {p.message}" for p in check(text)[1]]


def test_a_method_with_every_new_field_loads() -> None:
    template, problems = check(TROIKA)
    assert problems == []
    assert template.groups == "trios" and template.materials == ("A timer everyone can see",)
    assert template.parameters[0].default == "a challenge you face"
    assert [(r.key, r.count, r.steps) for r in template.rounds] == [
        ("consult", 3, ("consult",)), ("ideas", 2, ("write", "pick"))]
    consult = template.step("consult")
    assert consult.duration == 600 and [p.title for p in consult.phases] == [
        "Share", "Questions", "Consult", "Reflect"]
    assert template.duration == 180 + 3 * 600 + 2 * 180


def test_an_unknown_placeholder_names_its_line_and_the_likely_parameter() -> None:
    assert messages(TROIKA.replace("shares {{challenge}}", "shares {{challange}}")) == [
        "22: steps[1].phases[0].prompt: {{challange}} is not a parameter of this exercise; "
        "did you mean {{challenge}}?"]


def test_the_round_is_known_only_in_rounds() -> None:
    text = TROIKA.replace("    title: How it works", "    title: How it works, round {{round}}")
    assert messages(text) == ["14: steps[0].title: {{round}} is known only in a step done in rounds"]


def test_phases_that_do_not_add_up_to_the_duration_are_an_error() -> None:
    text = TROIKA.replace("    round_label:", "    duration: 12m\n    round_label:")
    assert messages(text) == [
        "19: steps[1].duration: is 12m but the phases add up to 10m (2m + 2m + 5m + 1m); "
        "leave `duration` out or make them agree"]


def test_round_mistakes_are_said_plainly() -> None:
    assert messages(TROIKA.replace("rounds: 3", "rounds: 50")) == [
        "18: steps[1].rounds: expected how many rounds, a whole number from 1 to 20, got a number 50"]
    nested = TROIKA.replace("        title: Pick\n", "        title: Pick\n        rounds: 2\n")
    assert messages(nested) == [
        "36: steps[2].steps[1].rounds: belongs to the run of steps around this step (line 26): "
        "runs do not nest"]
    assert messages(TROIKA.replace("- key: write", "- key: intro")) == [
        "30: steps[2].steps[0].key: 'intro' is already the key of steps[0] (line 13); "
        "give each step its own key",
        "37: steps[2].steps[1].input.on: no step has the key 'write' (its steps: consult, intro, pick)"]


def test_parameter_keys_are_written_in_braces_so_take_no_dashes() -> None:
    text = TROIKA.replace("key: challenge", "key: the-challenge")
    found = messages(text)
    assert found[0] == ("8: parameters[0].key: use lower case letters, digits and _, starting with a letter "
                        "(it is written {{key}} in the text)")


def test_braces_in_an_exercise_without_parameters_stay_valid_as_before() -> None:
    text = ("id: old\ntitle: Old\nsummary: Uses {{braces}} as text\n"
            "steps:\n  - {key: a, title: A, duration: 1m}\n")
    template, problems = check(text, "old")
    assert template is not None
    assert [p.severity for p in problems] == ["warning"]


def test_a_plan_sets_parameters_and_rounds_per_use() -> None:
    text = """\
id: meeting
title: Meeting
items:
  - exercise: troika
    parameters: {challenge: Hiring in a hurry}
    rounds: {consult: 2}
"""
    document, _ = parse_yaml(text, Path("plans") / "meeting.yaml")
    plan, problems = check_plan(document)
    assert problems == []
    assert plan.items[0].parameters == {"challenge": "Hiring in a hurry"}
    assert plan.items[0].rounds == {"consult": 2}


def test_the_schema_reads_the_new_fields_as_the_validator_does() -> None:
    import jsonschema

    from workshop.library.schema import schema

    exercise = jsonschema.Draft202012Validator(schema("exercise"))
    document, _ = parse_yaml(TROIKA, Path("exercises/troika.yaml"))
    assert list(exercise.iter_errors(document.data)) == []
    nested = TROIKA.replace("        title: Pick\n", "        title: Pick\n        rounds: 2\n")
    document, _ = parse_yaml(nested, Path("exercises/troika.yaml"))
    assert list(exercise.iter_errors(document.data)) != []
    no_length = TROIKA.replace("    duration: 3m\n", "", 1)
    document, _ = parse_yaml(no_length, Path("exercises/troika.yaml"))
    assert list(exercise.iter_errors(document.data)) != []
    assert check(no_length)[0] is None


def plan_messages(tmp_path: Path, plan: str, exercise: str = TROIKA) -> tuple[list[str], list[str]]:
    from workshop.library.catalog import load_library

    (tmp_path / "exercises").mkdir()
    (tmp_path / "plans").mkdir()
    (tmp_path / "exercises" / "troika.yaml").write_text(exercise, encoding="utf-8")
    (tmp_path / "plans" / "meeting.yaml").write_text(plan, encoding="utf-8")
    entry = next(e for e in load_library([tmp_path]).entries if e.kind == "plan")
    return ([f"{p.line}: {p.field}: {p.message}" for p in entry.problems],
            [f"{p.line}: {p.field}: {p.message}" for p in entry.warnings])


PLAN = "id: meeting\ntitle: Meeting\nitems:\n  - exercise: troika\n"


def test_a_plan_names_the_exercises_own_parameters_and_runs(tmp_path: Path) -> None:
    text = PLAN + "    parameters: {challange: x}\n    rounds: {consul: 2, ideas: 3}\n"
    problems, _ = plan_messages(tmp_path, text)
    assert problems == [
        "5: items[0].parameters.challange: troika has no parameter 'challange'; did you mean 'challenge'?",
        "6: items[0].rounds.consul: troika has no run of steps in rounds 'consul'; did you mean 'consult'?"]


def test_a_parameter_without_default_left_unset_is_a_warning(tmp_path: Path) -> None:
    no_default = TROIKA.replace("    default: a challenge you face\n", "")
    problems, warnings = plan_messages(tmp_path, PLAN, no_default)
    assert problems == []
    assert warnings == ["4: items[0].exercise: troika asks for 'challenge' (The challenge), which has no "
                        "default: set it under `parameters`, or the new session will ask for it"]
    (tmp_path / "set").mkdir()
    assert plan_messages(tmp_path / "set", PLAN + "    parameters: {challenge: x}\n", no_default) == ([], [])


def test_an_unknown_exercise_gets_a_did_you_mean(tmp_path: Path) -> None:
    problems, _ = plan_messages(tmp_path, PLAN.replace("troika", "troica"))
    assert problems == ["4: items[0].exercise: no valid exercise has the id 'troica'; "
                        "did you mean 'troika'?"]
