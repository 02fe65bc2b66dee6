"""A step showing an earlier step's result: what it finds, and what the room may see of it."""

from __future__ import annotations

from dataclasses import replace

from tests.core.board import BOARD, HEADER, ITEM, board_state
from workshop.core.commands import (
    AddCandidate,
    AddCard,
    ChooseCandidate,
    CreateCluster,
    MoveCard,
    SetCardHidden,
    SetRating,
    SetVotes,
)
from workshop.core.recall import recall_for
from workshop.core.session import SessionState, Target
from workshop.core.templates import (
    ExerciseTemplate,
    InputKind,
    InputSpec,
    Plan,
    PlanBreak,
    PlanExercise,
    Recall,
    Step,
)


def _with(recall: Recall, kind: InputKind = InputKind.NONE) -> Step:
    return Step("later", "Later", 60, input=InputSpec(kind), recall=recall)


def _state(*extra: Step, plan_items: tuple = ()) -> SessionState:
    board = replace(BOARD, steps=(*BOARD.steps, *extra))
    later = ExerciseTemplate("later", "Purpose", "Recalls the board.",
                             (Step("purpose", "P = W/E", 60, recall=Recall("commit", "board")),))
    plan = Plan("p", "P", plan_items or (PlanExercise("board"), PlanBreak(600), PlanExercise("later")))
    return SessionState(header=HEADER, plan=plan, templates={"board": board, "later": later})


def _voted(state: SessionState) -> None:
    for command in (AddCard(ITEM, "write", "Greet by name", "keep", "pink", "Ana"),
                    AddCard(ITEM, "write", "Smile", "keep"),
                    AddCard(ITEM, "write", "Call back", "keep", "green"),
                    AddCard(ITEM, "write", "Secret", "keep"),
                    CreateCluster(ITEM, "write", "Be human", "keep"),
                    MoveCard(1, "keep", 1, 1.0), MoveCard(2, "keep", 1, 2.0),
                    SetCardHidden(4, True),
                    SetVotes(ITEM, "vote", Target.cluster(1), None, 5),
                    SetVotes(ITEM, "vote", Target.card(4), None, 9),
                    SetVotes(ITEM, "vote", Target.card(3), None, 2)):
        command.apply(state)


def test_the_winner_of_a_vote_is_the_cluster_with_most_dots_and_never_a_hidden_card() -> None:
    state = _state(_with(Recall("vote")))
    step = state.step_at(ITEM, "later")
    empty = recall_for(state, ITEM, step)
    assert empty is not None and not empty.has_result and empty.step_title == "Dot vote"
    _voted(state)
    recalled = recall_for(state, ITEM, step)
    assert recalled is not None and recalled.exercise_title == ""
    [winner] = recalled.lines
    assert (winner.text, winner.cards, winner.dots, winner.cluster) == (
        "Be human", ("Greet by name", "Smile"), 5, True)
    assert not recalled.tie


def test_a_ranking_lists_the_results_most_dots_first_and_a_tie_shows_every_winner() -> None:
    state = _state(_with(Recall("vote", show="ranking")), replace(_with(Recall("vote")), key="tie"))
    _voted(state)
    ranking = recall_for(state, ITEM, state.step_at(ITEM, "later"))
    assert ranking is not None
    assert [(line.text, line.dots, line.colour) for line in ranking.lines] == [
        ("Be human", 5, ""), ("Call back", 2, "green")]
    SetVotes(ITEM, "vote", Target.card(3), None, 5).apply(state)
    tie = recall_for(state, ITEM, state.step_at(ITEM, "tie"))
    assert tie is not None and tie.tie and [line.text for line in tie.lines] == ["Be human", "Call back"]


def test_another_exercise_recalls_the_chosen_statement_of_the_nearest_earlier_one() -> None:
    state = _state()
    purpose = state.step_at(2, "purpose")
    recalled = recall_for(state, 2, purpose)
    assert recalled is not None and not recalled.has_result
    assert (recalled.step_title, recalled.exercise_title) == ("Our purpose", "Every kind of input")
    AddCandidate(ITEM, "commit", {"why": "make days easier", "everything": "rules"}).apply(state)
    assert not recall_for(state, 2, purpose).has_result  # a candidate is not the choice
    ChooseCandidate(ITEM, "commit", 1).apply(state)
    assert [line.text for line in recall_for(state, 2, purpose).lines] == [
        "We make days easier, over rules."]


def test_a_plan_without_the_recalled_exercise_shows_nothing() -> None:
    state = _state(plan_items=(PlanExercise("later"),))
    assert recall_for(state, 0, state.step_at(0, "purpose")) is None
    plain = board_state()
    assert recall_for(plain, ITEM, plain.step_at(ITEM, "vote")) is None  # no recall at all


def test_notes_and_ratings_show_their_cards_and_best_rated_items() -> None:
    state = _state(_with(Recall("write")), replace(_with(Recall("rate")), key="rated"))
    _voted(state)
    notes = recall_for(state, ITEM, state.step_at(ITEM, "later"))
    assert [(line.text, line.cards) for line in notes.lines] == [
        ("Be human", ("Greet by name", "Smile")), ("Call back", ())]
    for subject, person, value in ((0, "Ana", 2), (1, "Ana", 5), (2, "Ana", 4), (0, None, 5)):
        SetRating(ITEM, "rate", subject, person, value).apply(state)
    rated = recall_for(state, ITEM, state.step_at(ITEM, "rated"))
    # The group's agreed 5 for Pride speaks for it, over Ana's 2.
    assert [line.text for line in rated.lines] == ["Pride", "Engage", "Delight"]
    assert rated.lines[1].average == 5.0


def test_the_recall_is_kept_in_the_sessions_copy_of_the_template() -> None:
    step = _with(Recall("vote", "", "ranking", "The vote"))
    assert Step.from_dict(step.to_dict()) == step
    template = replace(BOARD, steps=(*BOARD.steps, step))
    assert ExerciseTemplate.from_dict(template.to_dict()) == template
    assert "recall" not in BOARD.steps[0].to_dict()  # a step without one is stored as before
    assert Recall.from_dict({"step": "vote"}) == Recall("vote")
