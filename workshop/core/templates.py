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
    # Timed parts on the step's one timer (share, questions, consult, reflect); their lengths add
    # up to `duration`. Empty: the step is one stretch.
    phases: tuple[Phase, ...] = ()
    groups: str = ""  # how the room works in this step ("pairs", "trios"); "" = the exercise's
    round: RoundPlace | None = None  # set on a step of a run repeated in rounds, as used in an agenda

    @property
    def template_key(self) -> str:
        """The step's key in its template: a round's step is the template's step once per round."""
        return self.round.step if self.round is not None else self.key

    def phase_at(self, elapsed: float) -> tuple[int, float]:
        """The phase running `elapsed` seconds into the step, and the seconds left in it.

        Past the last phase's end, the last phase (with a negative remainder: overtime).
        """
        start = 0
        for index, phase in enumerate(self.phases):
            start += phase.duration
            if elapsed < start or index == len(self.phases) - 1:
                return index, start - elapsed
        raise ValueError("the step has no phases")

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
        if self.phases:
            data["phases"] = [phase.to_dict() for phase in self.phases]
        if self.groups:
            data["groups"] = self.groups
        if self.round is not None:
            data["round"] = self.round.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Step:
        return cls(
            key=data["key"], title=data["title"], duration=int(data["duration"]),
            prompt=data.get("prompt", ""), facilitator_notes=data.get("facilitator_notes", ""),
            input=InputSpec.from_dict(data.get("input", {})),
            recall=Recall.from_dict(data["recall"]) if data.get("recall") else None,
            phases=tuple(Phase.from_dict(phase) for phase in data.get("phases", ())),
            groups=data.get("groups", ""),
            round=RoundPlace.from_dict(data["round"]) if data.get("round") else None,
        )


@dataclass(frozen=True)
class Phase:
    """A timed part of a step: "Share, 2 min", with what the room does in it (Markdown)."""

    title: str
    duration: int  # seconds
    prompt: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"title": self.title, "duration": self.duration}
        if self.prompt:
            data["prompt"] = self.prompt
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Phase:
        return cls(data["title"], int(data["duration"]), data.get("prompt", ""))


@dataclass(frozen=True)
class Rounds:
    """A run of an exercise's steps done `count` times over (Troika's three clients).

    `steps` are the keys of the run, in order; `label` names each round
    ("Client: person {{round}}", "" = just its number).
    """

    key: str
    title: str
    count: int
    steps: tuple[str, ...]
    label: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"key": self.key, "title": self.title, "count": self.count,
                                "steps": list(self.steps)}
        if self.label:
            data["label"] = self.label
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Rounds:
        return cls(data["key"], data["title"], int(data["count"]), tuple(data["steps"]),
                   data.get("label", ""))


@dataclass(frozen=True)
class RoundPlace:
    """Where a step of an agenda stands in its rounds: round `number` of `count` of run `rounds`."""

    rounds: str  # the key of the run (`Rounds.key`)
    title: str  # the run's title, for the agenda's one line
    number: int
    count: int
    step: str  # the step's own key in the template
    label: str = ""  # this round's name, filled in ("Client: person 2")

    @property
    def heading(self) -> str:
        """"Round 2 of 3", or "Round 2 of 3 · Client: person 2"."""
        text = f"Round {self.number} of {self.count}"
        return f"{text} · {self.label}" if self.label else text

    def to_dict(self) -> dict[str, Any]:
        return {"rounds": self.rounds, "title": self.title, "number": self.number, "count": self.count,
                "step": self.step, "label": self.label}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RoundPlace:
        return cls(data["rounds"], data["title"], int(data["number"]), int(data["count"]), data["step"],
                   data.get("label", ""))


@dataclass(frozen=True)
class Parameter:
    """A value an exercise takes per use (this group's question), written {{key}} in its text.

    `default` is used when a plan or the new session does not set it; "" =
    none: the plan or the facilitator must.
    """

    key: str
    label: str
    description: str = ""
    default: str = ""

    def to_dict(self) -> dict[str, str]:
        data = {"key": self.key, "label": self.label}
        data.update({name: value for name, value in (("description", self.description),
                                                     ("default", self.default)) if value})
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Parameter:
        return cls(data["key"], data["label"], data.get("description", ""), data.get("default", ""))


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
    parameters: tuple[Parameter, ...] = ()
    rounds: tuple[Rounds, ...] = ()
    groups: str = ""  # how the room works ("trios"); a step can say otherwise
    space: str = ""  # the room's set-up ("chairs in threes, knee to knee")
    materials: tuple[str, ...] = ()
    language: str = ""  # a language tag ("de"); "" when the file does not say, read as English

    @property
    def duration(self) -> int:
        """The planned length, each round counted."""
        return sum(step.duration * self.round_count(step.key) for step in self.steps)

    def round_count(self, step_key: str) -> int:
        """How many times the step is done (1 unless it is in a run of rounds)."""
        return next((run.count for run in self.rounds if step_key in run.steps), 1)

    def parameter(self, key: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.key == key:
                return parameter
        raise KeyError(key)

    def step(self, key: str) -> Step:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(key)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id, "title": self.title, "summary": self.summary,
            "source": self.source, "tags": list(self.tags),
            "facilitator_notes": self.facilitator_notes,
            "steps": [step.to_dict() for step in self.steps],
        }
        if self.parameters:
            data["parameters"] = [parameter.to_dict() for parameter in self.parameters]
        if self.rounds:
            data["rounds"] = [run.to_dict() for run in self.rounds]
        data.update({name: value for name, value in (("groups", self.groups), ("space", self.space))
                     if value})
        if self.materials:
            data["materials"] = list(self.materials)
        if self.language:
            data["language"] = self.language
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExerciseTemplate:
        return cls(
            id=data["id"], title=data["title"], summary=data.get("summary", ""),
            steps=tuple(Step.from_dict(s) for s in data["steps"]),
            source=data.get("source", ""), tags=tuple(data.get("tags", ())),
            facilitator_notes=data.get("facilitator_notes", ""),
            parameters=tuple(Parameter.from_dict(item) for item in data.get("parameters", ())),
            rounds=tuple(Rounds.from_dict(item) for item in data.get("rounds", ())),
            groups=data.get("groups", ""), space=data.get("space", ""),
            materials=tuple(data.get("materials", ())), language=data.get("language", ""),
        )


@dataclass(frozen=True)
class PlanExercise:
    """An exercise in an agenda: the plan's step durations, parameter values and round counts."""

    exercise: str
    durations: dict[str, int] = field(default_factory=dict)
    parameters: dict[str, str] = field(default_factory=dict)  # parameter key -> this use's value
    rounds: dict[str, int] = field(default_factory=dict)  # run key (`Rounds.key`) -> its count here


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
    language: str = ""  # a language tag ("de"); "" when the file does not say, read as English

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] = []
        for item in self.items:
            if isinstance(item, PlanBreak):
                items.append({"break": item.duration, "title": item.title})
            else:
                entry: dict[str, Any] = {"exercise": item.exercise, "durations": dict(item.durations)}
                if item.parameters:
                    entry["parameters"] = dict(item.parameters)
                if item.rounds:
                    entry["rounds"] = dict(item.rounds)
                items.append(entry)
        data: dict[str, Any] = {"id": self.id, "title": self.title, "summary": self.summary,
                                "start": self.start, "available": self.available, "items": items}
        if self.language:
            data["language"] = self.language
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Plan:
        items: list[PlanItem] = []
        for item in data["items"]:
            if "break" in item:
                items.append(PlanBreak(int(item["break"]), item.get("title", "Break")))
            else:
                items.append(PlanExercise(item["exercise"], dict(item.get("durations", {})),
                                          dict(item.get("parameters", {})), dict(item.get("rounds", {}))))
        return cls(id=data["id"], title=data["title"], items=tuple(items),
                   summary=data.get("summary", ""), start=data.get("start", ""),
                   available=int(data.get("available", 0)), language=data.get("language", ""))
