"""An exercise as a plan uses it: parameters filled in, rounds laid out, phases kept to the plan's length."""

from __future__ import annotations

from workshop.core.agenda import build_agenda
from workshop.core.exercise_use import exercise_for_use, fill_markdown, fill_text, unset_parameters
from workshop.core.markdown import render_markdown
from workshop.core.templates import (
    ExerciseTemplate,
    InputKind,
    InputSpec,
    Parameter,
    Phase,
    Plan,
    PlanExercise,
    Recall,
    Rounds,
    Step,
)

PHASES = (Phase("Share", 120, "The client shares {{challenge}}"), Phase("Questions", 120),
          Phase("Consult", 300), Phase("Reflect", 60))
TROIKA = ExerciseTemplate(
    "troika", "Troika on {{challenge}}", "Peer coaching.",
    (Step("intro", "How it works", 180, "Think of **{{challenge}}**."),
     Step("consult", "Consulting round", 600, phases=PHASES),
     Step("write", "Ideas, round {{round}} of {{rounds}}", 120, input=InputSpec(InputKind.NOTES)),
     Step("pick", "Pick", 60, input=InputSpec(InputKind.VOTE, on="write")),
     Step("close", "Close", 120, input=InputSpec(InputKind.VOTE, on="write"),
          recall=Recall("pick"))),
    parameters=(Parameter("challenge", "The challenge", "What each client brings"),),
    rounds=(Rounds("consult", "Consulting round", 3, ("consult",), "Client: person {{round}}"),
            Rounds("ideas", "Ideas", 2, ("write", "pick"))),
)


def test_parameters_are_filled_everywhere_as_plain_text() -> None:
    used = exercise_for_use(TROIKA, PlanExercise("troika", parameters={"challenge": "hiring *fast*"}))
    assert used.title == "Troika on hiring *fast*"
    assert used.steps[0].prompt == "Think of **hiring \\*fast\\***."
    assert "<strong>hiring *fast*</strong>" in render_markdown(used.steps[0].prompt)
    assert used.steps[1].phases[0].prompt == "The client shares hiring \\*fast\\*"
    assert used.parameters == TROIKA.parameters  # kept: the console lists what was set


def test_a_value_is_never_read_as_a_placeholder_or_markup() -> None:
    assert fill_text("Q: {{q}}", {"q": "{{q}} and {{r}}"}) == "Q: {{q}} and {{r}}"
    assert fill_markdown("{{q}}", {"q": "# not a heading"}) == "\\# not a heading"
    assert "<h1>" not in render_markdown(fill_markdown("{{q}}", {"q": "# not a heading"}))


def test_an_unset_parameter_reads_as_its_label_never_as_a_placeholder() -> None:
    used = exercise_for_use(TROIKA, PlanExercise("troika"))
    assert used.title == "Troika on The challenge"
    assert [p.key for p in unset_parameters(TROIKA, {})] == ["challenge"]
    assert unset_parameters(TROIKA, {"challenge": " x "}) == []
    assert unset_parameters(TROIKA, {"challenge": "   "})  # blank is not a value


def test_rounds_repeat_their_run_with_the_round_in_the_text() -> None:
    used = exercise_for_use(TROIKA, PlanExercise("troika", rounds={"ideas": 3}))
    assert [s.key for s in used.steps] == [
        "intro", "consult~1", "consult~2", "consult~3",
        "write~1", "pick~1", "write~2", "pick~2", "write~3", "pick~3", "close"]
    consult = used.steps[2]
    assert consult.round is not None and consult.round.heading == "Round 2 of 3 · Client: person 2"
    assert consult.template_key == "consult"
    assert used.steps[8].title == "Ideas, round 3 of 3"
    # A vote in a round votes on its own round's board; a step after the run means the last round.
    assert used.steps[5].input.on == "write~1"
    assert used.steps[-1].input.on == "write~3"
    assert used.steps[-1].recall == Recall("pick~3")
    assert used.rounds == () and used.duration == 180 + 3 * 600 + 3 * 180 + 120


def test_a_plans_length_for_a_step_in_rounds_sets_every_round_and_scales_its_phases() -> None:
    used = exercise_for_use(TROIKA, PlanExercise("troika", durations={"consult": 1200}))
    lengths = {s.key: s.duration for s in used.steps}
    assert lengths["consult~1"] == lengths["consult~3"] == 1200
    assert [p.duration for p in used.steps[1].phases] == [240, 240, 600, 120]


def test_the_phase_running_and_its_time_left() -> None:
    step = TROIKA.steps[1]
    assert step.phase_at(0) == (0, 120)
    assert step.phase_at(130) == (1, 110)
    assert step.phase_at(599) == (3, 1)
    assert step.phase_at(650) == (3, -50)  # overtime stays in the last phase


def test_the_agenda_uses_the_plans_values_and_keeps_them_for_the_console() -> None:
    use = PlanExercise("troika", parameters={"challenge": "onboarding"}, rounds={"consult": 2})
    plan = Plan("p", "P", (use,))
    item = build_agenda(plan, {"troika": TROIKA}).items[0]
    assert item.title == "Troika on onboarding"
    assert item.parameters == (("The challenge", "onboarding"),)
    assert sum(1 for step in item.steps if step.template_key == "consult") == 2
    assert Plan.from_dict(plan.to_dict()) == plan
    assert ExerciseTemplate.from_dict(TROIKA.to_dict()) == TROIKA
    assert item.exercise is not None
    assert ExerciseTemplate.from_dict(item.exercise.to_dict()) == item.exercise  # round places kept
