"""Write an exercise template back as YAML a trainer would recognise.

Field order and layout follow docs/templates.md and the shipped files: short
settings on one line (``input: {kind: vote, on: write, dots: 3}``), lists of
items one per line, Markdown as block text (``prompt: |``). Loading the
result gives the same template (tested with hypothesis).
"""

from __future__ import annotations

from typing import Any

import yaml

from workshop.core.durations import format_duration
from workshop.core.templates import ExerciseTemplate, InputKind, InputSpec, Step

# Characters no plain, quoted or block text can carry as they are (YAML
# reads them as line breaks or drops them), so such text is written in
# double quotes, where they are escaped.
_NOT_IN_BLOCKS = frozenset("\r\x85\u2028\u2029\ufeff")


class _Flow(dict):  # type: ignore[type-arg]
    """A mapping written on one line: ``{key: a, label: A}``."""


class _FlowList(list):  # type: ignore[type-arg]
    """A list written on one line: ``[goal-setting, purpose]``."""


class _Dumper(yaml.SafeDumper):
    """Indents lists under their field, as people write them (``steps:\\n  - key: ...``)."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if _NOT_IN_BLOCKS.intersection(value):
        style: str | None = '"'  # escaped, e.g. \N: nothing for a reader to misread
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)
_Dumper.add_representer(_Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True))
_Dumper.add_representer(_FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v,
                                                                     flow_style=True))


def dump_exercise(template: ExerciseTemplate) -> str:
    """The YAML text of `template`, ready to save as ``<id>.yaml``."""
    data: dict[str, Any] = {"id": template.id, "title": template.title, "summary": template.summary}
    if template.source:
        data["source"] = template.source
    if template.tags:
        data["tags"] = _FlowList(template.tags)
    if template.facilitator_notes:
        data["facilitator_notes"] = template.facilitator_notes
    data["steps"] = [_step(step) for step in template.steps]
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=1_000_000, indent=2)


def _step(step: Step) -> dict[str, Any]:
    data: dict[str, Any] = {"key": step.key, "title": step.title, "duration": format_duration(step.duration)}
    if step.prompt:
        data["prompt"] = step.prompt
    if step.facilitator_notes:
        data["facilitator_notes"] = step.facilitator_notes
    data["input"] = _input(step.input)
    return data


def _input(spec: InputSpec) -> dict[str, Any]:
    kind = spec.kind
    if kind is InputKind.VOTE:
        return _Flow(kind=kind.value, on=spec.on, dots=spec.dots)
    if kind is InputKind.NOTES and spec.on:
        return _Flow(kind=kind.value, on=spec.on)
    if kind is InputKind.NOTES and spec.columns:
        return {"kind": kind.value,
                "columns": [_Flow(key=c.key, label=c.label) for c in spec.columns]}
    if kind is InputKind.RATING:
        data: dict[str, Any] = {"kind": kind.value}
        if spec.question:
            data["question"] = spec.question
        data["items"] = list(spec.items)
        scale = _Flow(min=spec.scale.min, max=spec.scale.max)
        ends = (("low", spec.scale.low), ("high", spec.scale.high))
        scale.update({end: word for end, word in ends if word})
        data.update(scale=scale, mode=spec.mode)
        return data
    if kind is InputKind.STATEMENT:
        return {"kind": kind.value, "fields": [_Flow(key=f.key, label=f.label) for f in spec.fields],
                "compose": spec.compose}
    if kind is InputKind.QUESTIONS:
        return {"kind": kind.value, "questions": list(spec.questions)}
    return _Flow(kind=kind.value)
