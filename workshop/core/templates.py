"""Exercise templates and plans as typed, immutable objects.

The `library` package builds these from YAML files; the session file stores
them as plain dicts (`to_dict` / `from_dict`) so a past workshop never changes
when a template file is edited later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class InputKind(StrEnum):
    """What the group produces in a step."""

    NONE = "none"
    NOTES = "notes"
    VOTE = "vote"
    RATING = "rating"
    STATEMENT = "statement"
    QUESTIONS = "questions"
    ACTIONS = "actions"


# The kinds whose results a step can hold back for the facilitator's cue (`InputSpec.reveal`).
REVEALED_KINDS = frozenset({InputKind.VOTE, InputKind.RATING, InputKind.QUESTIONS})
REVEAL_MODES = ("live", "on-cue")


@dataclass(frozen=True)
class Column:
    """A named column or stage of a notes step; `hint` is a line of help shown under its label."""

    key: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class StatementField:
    """One blank of a statement, e.g. the W of P = W/E; `hint` is shown under its label."""

    key: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class RatingScale:
    """The scale of a rating step, with optional words for its ends."""

    min: int = 1
    max: int = 5
    low: str = ""
    high: str = ""


# What a step can show of an earlier step's result (`Step.recall`), by the earlier step's kind;
# the first is what it shows when the template does not say.
RECALL_SHOWS: dict[InputKind, tuple[str, ...]] = {
    InputKind.VOTE: ("winner", "ranking"),
    InputKind.STATEMENT: ("chosen",),
    InputKind.NOTES: ("cards",),
    InputKind.RATING: ("top", "ranking"),
}


@dataclass(frozen=True)
class Recall:
    """An earlier step's result shown with this step, on the wall, the console and in the PDF.

    `exercise` names another exercise of the plan (the nearest one before this
    step's); "" is this exercise. `show` is one of `RECALL_SHOWS` for the
    earlier step's kind ("" = its first); `label` is the heading ("" = worded
    from the earlier step's title).
    """

    step: str
    exercise: str = ""
    show: str = ""
    label: str = ""

    def to_dict(self) -> dict[str, str]:
        data = {"step": self.step}
        data.update({name: value for name, value in (("exercise", self.exercise), ("show", self.show),
                                                     ("label", self.label)) if value})
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Recall:
        return cls(data["step"], data.get("exercise", ""), data.get("show", ""), data.get("label", ""))


@dataclass(frozen=True)
class InputSpec:
    """The settings of a step's input; only those of its kind are used."""

    kind: InputKind = InputKind.NONE
    columns: tuple[Column, ...] = ()
    on: str = ""
    dots: int = 3
    items: tuple[str, ...] = ()
    scale: RatingScale = RatingScale()
    question: str = ""
    mode: str = "participants"
    fields: tuple[StatementField, ...] = ()
    compose: str = ""
    questions: tuple[str, ...] = ()
    # Notes: cards from the room's phones wait, hidden, until the facilitator reveals them
    # (changeable on the day). Off by default: a card never revealed would miss the PDF.
    hold: bool = False
    # Notes with two columns: each card of the second answers the card beside it in the first
    # (point-of-difference's stereotype and its flip), shown as pairs in board order.
    pairs: bool = False
    # Votes, ratings and answers: "live" shows them on the wall as they come; "on-cue" keeps
    # them off the wall (the console always shows them) until the facilitator reveals them,
    # for methods where each person decides alone before the spread is seen.
    reveal: str = "live"

    @property
    def on_cue(self) -> bool:
        """Whether the wall waits for the facilitator's cue to show this step's results."""
        return self.reveal == "on-cue" and self.kind in REVEALED_KINDS

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.kind.value}
        if self.kind is InputKind.NOTES:
            if self.columns:
                data["columns"] = [_keyed(c) for c in self.columns]
            if self.on:
                data["on"] = self.on
            if self.hold:
                data["hold"] = True
            if self.pairs:
                data["pairs"] = True
        elif self.kind is InputKind.VOTE:
            data.update(on=self.on, dots=self.dots)
        elif self.kind is InputKind.RATING:
            data.update(
                items=list(self.items),
                scale={"min": self.scale.min, "max": self.scale.max,
                       "low": self.scale.low, "high": self.scale.high},
                question=self.question,
                mode=self.mode,
            )
        elif self.kind is InputKind.STATEMENT:
            data.update(fields=[_keyed(f) for f in self.fields],
                        compose=self.compose)
        elif self.kind is InputKind.QUESTIONS:
            data["questions"] = list(self.questions)
        if self.on_cue:
            data["reveal"] = self.reveal
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> InputSpec:
        scale = data.get("scale") or {}
        return cls(
            kind=InputKind(data.get("kind", "none")),
            columns=tuple(Column(c["key"], c["label"], c.get("hint", "")) for c in data.get("columns", ())),
            on=data.get("on", ""),
            dots=int(data.get("dots", 3)),
            items=tuple(data.get("items", ())),
            scale=RatingScale(int(scale.get("min", 1)), int(scale.get("max", 5)),
                              scale.get("low", ""), scale.get("high", "")),
            question=data.get("question", ""),
            mode=data.get("mode", "participants"),
            fields=tuple(StatementField(f["key"], f["label"], f.get("hint", ""))
                         for f in data.get("fields", ())),
            compose=data.get("compose", ""),
            questions=tuple(data.get("questions", ())),
            hold=bool(data.get("hold", False)),
            pairs=bool(data.get("pairs", False)),
            reveal=data.get("reveal", "live"),
        )


def _keyed(entry: Column | StatementField) -> dict[str, str]:
    data = {"key": entry.key, "label": entry.label}
    if entry.hint:
        data["hint"] = entry.hint
    return data


@dataclass(frozen=True)
class Step:
    """One timed step of an exercise."""

    key: str
    title: str
    duration: int  # seconds
    prompt: str = ""  # Markdown
    facilitator_notes: str = ""  # Markdown, console only
    input: InputSpec = InputSpec()
    recall: Recall | None = None  # an earlier step's result, shown with this one

    @property
    def board_key(self) -> str:
        """The step whose cards this step shows: its own, or the earlier board a notes step continues.

        A notes step with `on` (keep-it-alive's "Share and cluster") puts the
        board of that earlier step back on screen to cluster, edit and add
        to; the cards stay that step's.
        """
        if self.input.kind is InputKind.NOTES and self.input.on:
            return self.input.on
        return self.key

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "key": self.key, "title": self.title, "duration": self.duration,
            "prompt": self.prompt, "facilitator_notes": self.facilitator_notes,
            "input": self.input.to_dict(),
        }
        if self.recall is not None:
            data["recall"] = self.recall.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Step:
        return cls(
            key=data["key"], title=data["title"], duration=int(data["duration"]),
            prompt=data.get("prompt", ""), facilitator_notes=data.get("facilitator_notes", ""),
            input=InputSpec.from_dict(data.get("input", {})),
            recall=Recall.from_dict(data["recall"]) if data.get("recall") else None,
        )


@dataclass(frozen=True)
class ExerciseTemplate:
    """An exercise as a trainer wrote it: steps, prompts, notes, source."""

    id: str
    title: str
    summary: str
    steps: tuple[Step, ...]
    source: str = ""
    tags: tuple[str, ...] = ()
    facilitator_notes: str = ""

    @property
    def duration(self) -> int:
        return sum(step.duration for step in self.steps)

    def step(self, key: str) -> Step:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "summary": self.summary,
            "source": self.source, "tags": list(self.tags),
            "facilitator_notes": self.facilitator_notes,
            "steps": [step.to_dict() for step in self.steps],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExerciseTemplate:
        return cls(
            id=data["id"], title=data["title"], summary=data.get("summary", ""),
            steps=tuple(Step.from_dict(s) for s in data["steps"]),
            source=data.get("source", ""), tags=tuple(data.get("tags", ())),
            facilitator_notes=data.get("facilitator_notes", ""),
        )


@dataclass(frozen=True)
class PlanExercise:
    """An exercise in an agenda, with step durations the plan overrides."""

    exercise: str
    durations: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanBreak:
    """A break in an agenda."""

    duration: int
    title: str = "Break"


PlanItem = PlanExercise | PlanBreak


@dataclass(frozen=True)
class Plan:
    """An agenda: exercises and breaks in order."""

    id: str
    title: str
    items: tuple[PlanItem, ...]
    summary: str = ""
    start: str = ""  # "HH:MM"
    available: int = 0  # seconds; 0 = not stated

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] = []
        for item in self.items:
            if isinstance(item, PlanBreak):
                items.append({"break": item.duration, "title": item.title})
            else:
                items.append({"exercise": item.exercise, "durations": dict(item.durations)})
        return {"id": self.id, "title": self.title, "summary": self.summary,
                "start": self.start, "available": self.available, "items": items}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Plan:
        items: list[PlanItem] = []
        for item in data["items"]:
            if "break" in item:
                items.append(PlanBreak(int(item["break"]), item.get("title", "Break")))
            else:
                items.append(PlanExercise(item["exercise"], dict(item.get("durations", {}))))
        return cls(id=data["id"], title=data["title"], items=tuple(items),
                   summary=data.get("summary", ""), start=data.get("start", ""),
                   available=int(data.get("available", 0)))
