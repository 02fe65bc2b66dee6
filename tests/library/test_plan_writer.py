"""A plan saved by the planner loads back through the library as the same plan, for any plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.core.templates import Plan, PlanBreak, PlanExercise
from workshop.library.catalog import Library, load_library
from workshop.library.plan_writer import dump_plan, plan_id_for, plan_path, save_plan
from workshop.paths import shipped_library

SHIPPED = load_library([shipped_library()])
STEPS = {exercise_id: [step.key for step in template.steps]
         for exercise_id, template in SHIPPED.exercises.items()}
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
               max_size=40).map(str.strip).filter(bool)
SECONDS = st.integers(1, 4 * 3600)


@st.composite
def plan_items(draw: st.DrawFn) -> PlanExercise | PlanBreak:
    if draw(st.booleans()):
        return PlanBreak(draw(SECONDS), draw(TEXT | st.just("Break")))
    exercise = draw(st.sampled_from(sorted(STEPS)))
    keys = draw(st.lists(st.sampled_from(STEPS[exercise]), unique=True))
    template = SHIPPED.exercises[exercise]
    chosen = draw(st.lists(st.sampled_from([p.key for p in template.parameters] or [""]), unique=True))
    values = {key: " ".join(draw(TEXT).split()) for key in chosen if key}
    runs = draw(st.lists(st.sampled_from([run.key for run in template.rounds] or [""]), unique=True))
    return PlanExercise(exercise, {key: draw(SECONDS) for key in keys if key}, values,
                        {key: draw(st.integers(1, 20)) for key in runs if key})


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    title = draw(TEXT)
    start = draw(st.sampled_from(["", "00:00", "08:05", "09:00", "23:59"]))
    return Plan(plan_id_for(title), title, tuple(draw(st.lists(plan_items(), min_size=1, max_size=8))),
                summary=draw(st.just("") | TEXT), start=start, available=draw(st.just(0) | SECONDS))


def reload(root: Path) -> Library:
    return load_library([shipped_library(), root])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=plans())
def test_any_plan_round_trips_through_a_file(tmp_path_factory: pytest.TempPathFactory, plan: Plan) -> None:
    root = tmp_path_factory.mktemp("library")
    path = save_plan(plan, plan_path(root, plan.id))
    library = reload(root)
    entry = next(e for e in library.entries if e.path == path)
    assert entry.problems == [], entry.problems
    assert entry.plan == plan


def test_the_shipped_plan_saved_again_reads_like_the_original(tmp_path: Path) -> None:
    plan = SHIPPED.plans["customer-service-culture"]
    text = dump_plan(plan)
    assert text.startswith('id: customer-service-culture\ntitle: Customer service culture\n')
    assert 'start: "09:00"\navailable: 3h15m\nitems:\n  - exercise: words-test\n' in text
    assert "  - break: 15m\n    title: Coffee\n" in text
    save_plan(plan, plan_path(tmp_path, plan.id))
    assert reload(tmp_path).plans["customer-service-culture"] == plan


def test_the_file_name_must_be_the_id(tmp_path: Path) -> None:
    plan = Plan("our-day", "Our day", (PlanBreak(600),))
    with pytest.raises(ValueError, match=r"our-day\.yaml"):
        save_plan(plan, tmp_path / "plans" / "other.yaml")
    assert not (tmp_path / "plans" / "other.yaml").exists()


def test_saving_over_a_plan_replaces_it_whole(tmp_path: Path) -> None:
    path = plan_path(tmp_path, "our-day")
    save_plan(Plan("our-day", "Our day", (PlanBreak(600),)), path)
    save_plan(Plan("our-day", "Our day, shorter", (PlanBreak(300),)), path)
    assert reload(tmp_path).plans["our-day"].title == "Our day, shorter"
    assert [p.name for p in path.parent.iterdir()] == ["our-day.yaml"]  # no temporary file left


def test_ids_from_titles() -> None:
    assert plan_id_for("Our away day: Café!") == "our-away-day-cafe"
    assert plan_id_for("???") == "plan"
