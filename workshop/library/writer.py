"""Write an exercise template back as YAML a trainer would recognise.

Field order and layout follow docs/templates.md and the shipped files: short
settings on one line (``input: {kind: vote, on: write, dots: 3}``), lists of
items one per line, Markdown as block text (``prompt: |``). Loading the
result gives the same template (tested with hypothesis).
"""

from __future__ import annotations

from typing import Any

from workshop.core.durations import format_duration
from workshop.core.templates import (
    Column,
    ExerciseTemplate,
    InputKind,
    InputSpec,
    Parameter,
    Phase,
    Rounds,
    StatementField,
    Step,
)
from workshop.library.yaml_dump import Flow, FlowList, dump_yaml


def dump_exercise(template: ExerciseTemplate) -> str:
    """The YAML text of `template`, ready to save as ``<id>.yaml`` (or ``<id>.<language>.yaml``)."""
    data: dict[str, Any] = {"id": template.id}
    if template.language:
        data["language"] = template.language
    data.update(title=template.title, summary=template.summary)
    if template.source:
        data["source"] = template.source
    if template.tags:
        data["tags"] = FlowList(template.tags)
    if template.facilitator_notes:
        data["facilitator_notes"] = template.facilitator_notes
    if template.groups:
        data["groups"] = template.groups
    if template.space:
        data["space"] = template.space
    if template.materials:
        data["materials"] = list(template.materials)
    if template.parameters:
        data["parameters"] = [_parameter(parameter) for parameter in template.parameters]
    data["steps"] = _steps(template)
    return dump_yaml(data)


def _parameter(parameter: Parameter) -> dict[str, Any]:
    data = parameter.to_dict()
    return Flow(data) if "\n" not in parameter.description else data


def _steps(template: ExerciseTemplate) -> list[dict[str, Any]]:
    """The steps in order; a run in rounds as the step with `rounds:` or as a run of its own."""
    runs = {run.steps[0]: run for run in template.rounds if run.steps}
    written: list[dict[str, Any]] = []
    index = 0
    steps = template.steps
    while index < len(steps):
        run = runs.get(steps[index].key)
        if run is None:
            written.append(_step(steps[index]))
            index += 1
        elif run.steps == (run.key,) and steps[index].title == run.title:
            written.append(_step(steps[index], run))
            index += 1
        else:
            block: dict[str, Any] = {"key": run.key, "title": run.title, "rounds": run.count}
            if run.label:
                block["round_label"] = run.label
            block["steps"] = [_step(step) for step in steps[index: index + len(run.steps)]]
            written.append(block)
            index += len(run.steps)
    return written


def _step(step: Step, run: Rounds | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"key": step.key, "title": step.title}
    if run is not None:
        data["rounds"] = run.count
        if run.label:
            data["round_label"] = run.label
    if not step.phases or sum(phase.duration for phase in step.phases) != step.duration:
        data["duration"] = format_duration(step.duration)
    if step.groups:
        data["groups"] = step.groups
    if step.prompt:
        data["prompt"] = step.prompt
    if step.facilitator_notes:
        data["facilitator_notes"] = step.facilitator_notes
    if step.phases:
        data["phases"] = [_phase(phase) for phase in step.phases]
    data["input"] = _input(step.input)
    if step.recall is not None:
        recall = step.recall.to_dict()
        data["recall"] = recall["step"] if len(recall) == 1 else Flow(**recall)
    return data


def _phase(phase: Phase) -> dict[str, Any]:
    data: dict[str, Any] = {"title": phase.title, "duration": format_duration(phase.duration)}
    if phase.prompt:
        data["prompt"] = phase.prompt
    return Flow(data) if "\n" not in phase.prompt else data


def _keyed(entry: Column | StatementField) -> Flow:
    flow = Flow(key=entry.key, label=entry.label)
    if entry.hint:
        flow["hint"] = entry.hint
    return flow


def _notes(spec: InputSpec) -> dict[str, Any]:
    if spec.on:
        notes: dict[str, Any] = Flow(kind=spec.kind.value, on=spec.on)
    elif spec.columns:
        notes = {"kind": spec.kind.value,
                 "columns": [_keyed(c) for c in spec.columns]}
        if spec.pairs:
            notes["pairs"] = True
    else:
        notes = Flow(kind=spec.kind.value)
    if spec.hold:
        notes["hold"] = True
    return notes


def _input(spec: InputSpec) -> dict[str, Any]:
    kind = spec.kind
    if kind is InputKind.VOTE:
        vote = Flow(kind=kind.value, on=spec.on, dots=spec.dots)
        if spec.on_cue:
            vote["reveal"] = spec.reveal
        return vote
    if kind is InputKind.NOTES:
        return _notes(spec)
    if kind is InputKind.RATING:
        data: dict[str, Any] = {"kind": kind.value}
        if spec.question:
            data["question"] = spec.question
        data["items"] = list(spec.items)
        scale = Flow(min=spec.scale.min, max=spec.scale.max)
        ends = (("low", spec.scale.low), ("high", spec.scale.high))
        scale.update({end: word for end, word in ends if word})
        data.update(scale=scale, mode=spec.mode)
        if spec.on_cue:
            data["reveal"] = spec.reveal
        return data
    if kind is InputKind.STATEMENT:
        return {"kind": kind.value, "fields": [_keyed(f) for f in spec.fields],
                "compose": spec.compose}
    if kind is InputKind.QUESTIONS:
        questions: dict[str, Any] = {"kind": kind.value, "questions": list(spec.questions)}
        if spec.on_cue:
            questions["reveal"] = spec.reveal
        return questions
    return Flow(kind=kind.value)
