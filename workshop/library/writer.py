"""Write an exercise template back as YAML a trainer would recognise.

Field order and layout follow docs/templates.md and the shipped files: short
settings on one line (``input: {kind: vote, on: write, dots: 3}``), lists of
items one per line, Markdown as block text (``prompt: |``). Loading the
result gives the same template (tested with hypothesis).
"""

from __future__ import annotations

from typing import Any

from workshop.core.durations import format_duration
from workshop.core.templates import Column, ExerciseTemplate, InputKind, InputSpec, StatementField, Step
from workshop.library.yaml_dump import Flow, FlowList, dump_yaml


def dump_exercise(template: ExerciseTemplate) -> str:
    """The YAML text of `template`, ready to save as ``<id>.yaml``."""
    data: dict[str, Any] = {"id": template.id, "title": template.title, "summary": template.summary}
    if template.source:
        data["source"] = template.source
    if template.tags:
        data["tags"] = FlowList(template.tags)
    if template.facilitator_notes:
        data["facilitator_notes"] = template.facilitator_notes
    data["steps"] = [_step(step) for step in template.steps]
    return dump_yaml(data)


def _step(step: Step) -> dict[str, Any]:
    data: dict[str, Any] = {"key": step.key, "title": step.title, "duration": format_duration(step.duration)}
    if step.prompt:
        data["prompt"] = step.prompt
    if step.facilitator_notes:
        data["facilitator_notes"] = step.facilitator_notes
    data["input"] = _input(step.input)
    if step.recall is not None:
        recall = step.recall.to_dict()
        data["recall"] = recall["step"] if len(recall) == 1 else Flow(**recall)
    return data


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
