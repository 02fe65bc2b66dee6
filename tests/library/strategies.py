"""Hypothesis strategies for valid exercise templates, as a trainer could write them."""

from __future__ import annotations

import string

from hypothesis import strategies as st

from workshop.core.templates import (
    Column,
    ExerciseTemplate,
    InputKind,
    InputSpec,
    Parameter,
    Phase,
    RatingScale,
    Rounds,
    StatementField,
    Step,
)

ids = st.lists(st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=6),
               min_size=1, max_size=4).map("-".join)
keys = st.builds(lambda first, rest: first + rest, st.sampled_from(string.ascii_lowercase),
                 st.text(string.ascii_lowercase + string.digits + "_-", max_size=8))

# Any character a file can hold (no lone surrogates), weighted towards the
# ones that trouble YAML: quotes, colons, hashes, braces, spaces, line breaks.
_awkward = st.sampled_from([*" :#'\"{}[]&*!|>%@`-?,\n\t\\", "\r\n", "\x85", "\u2028", "é", "🙂", "\x07"])
_any_char = st.characters(exclude_categories=("Cs",))
texts = st.lists(st.one_of(_any_char, _awkward), max_size=40).map("".join)
# Required text: something a person can read.
words = texts.filter(lambda text: text.strip() != "")
# Markdown: several lines, as prompts and notes are written.
markdown = st.lists(texts, max_size=5).map("\n".join)


@st.composite
def keyed(draw: st.DrawFn, make: type) -> tuple:
    chosen = draw(st.lists(keys, min_size=1, max_size=4, unique=True))
    return tuple(make(key, draw(words), draw(texts)) for key in chosen)


@st.composite
def compose_for(draw: st.DrawFn, fields: tuple[StatementField, ...]) -> str:
    plain = texts.map(lambda text: text.replace("{", "").replace("}", ""))
    parts = [draw(plain)]
    for field in draw(st.lists(st.sampled_from(fields), min_size=1, max_size=4)):
        parts += ["{" + field.key + "}", draw(plain)]
    return "".join(parts)


reveals = st.sampled_from(["live", "on-cue"])


@st.composite
def input_specs(draw: st.DrawFn, earlier_notes: list[str]) -> InputSpec:
    kinds = [kind for kind in InputKind if kind is not InputKind.VOTE or earlier_notes]
    kind = draw(st.sampled_from(kinds))
    if kind is InputKind.NOTES:
        if earlier_notes and draw(st.booleans()):  # an earlier board shown again
            return InputSpec(kind, on=draw(st.sampled_from(earlier_notes)), hold=draw(st.booleans()))
        columns = draw(st.one_of(st.just(()), keyed(Column)))
        return InputSpec(kind, columns=columns, hold=draw(st.booleans()))
    if kind is InputKind.VOTE:
        return InputSpec(kind, on=draw(st.sampled_from(earlier_notes)), dots=draw(st.integers(1, 20)),
                         reveal=draw(reveals))
    if kind is InputKind.RATING:
        low = draw(st.integers(-5, 5))
        scale = RatingScale(low, low + draw(st.integers(1, 10)), draw(texts), draw(texts))
        return InputSpec(kind, items=tuple(draw(st.lists(words, min_size=1, max_size=5))), scale=scale,
                         question=draw(texts), mode=draw(st.sampled_from(["participants", "consensus"])),
                         reveal=draw(reveals))
    if kind is InputKind.STATEMENT:
        fields = draw(keyed(StatementField))
        return InputSpec(kind, fields=fields, compose=draw(compose_for(fields)))
    if kind is InputKind.QUESTIONS:
        return InputSpec(kind, questions=tuple(draw(st.lists(words, min_size=1, max_size=4))),
                         reveal=draw(reveals))
    return InputSpec(kind)


parameter_keys = st.builds(lambda first, rest: first + rest, st.sampled_from(string.ascii_lowercase),
                           st.text(string.ascii_lowercase + string.digits + "_", max_size=8)).filter(
    lambda key: key not in ("round", "rounds"))
# A value's text: one line, its spaces as the validator leaves them.
one_line = words.map(lambda text: " ".join(text.split())).filter(bool)


@st.composite
def with_placeholders(draw: st.DrawFn, base: st.SearchStrategy[str], names: list[str], *,
                      required: bool = False) -> str:
    """Text from `base` with {{name}} placeholders put in (never breaking a placeholder up)."""
    text = draw(base).replace("{", "").replace("}", "")
    if required and not text.strip():
        text = "a" + text  # required text stays something a person can read
    chosen = draw(st.lists(st.sampled_from(names), max_size=2)) if names else []
    places = sorted(draw(st.integers(0, len(text))) for _ in chosen)
    for name, at in reversed(list(zip(chosen, places, strict=True))):  # from the end: places stay true
        text = text[:at] + "{{" + name + "}}" + text[at:]
    return text


@st.composite
def phases(draw: st.DrawFn, names: list[str]) -> tuple[Phase, ...]:
    return tuple(Phase(draw(with_placeholders(words, names, required=True)), draw(st.integers(1, 3600)),
                       draw(with_placeholders(markdown, names)))
                 for _ in range(draw(st.integers(2, 4))))


@st.composite
def templates(draw: st.DrawFn) -> ExerciseTemplate:
    parameters = tuple(Parameter(key, draw(words), draw(texts), draw(st.just("") | one_line))
                       for key in draw(st.lists(parameter_keys, max_size=3, unique=True)))
    names = [parameter.key for parameter in parameters]
    steps: list[Step] = []
    notes: list[str] = []
    step_keys = draw(st.lists(keys, min_size=1, max_size=5, unique=True))
    # Some consecutive steps done in rounds: (first index, length, count).
    runs: list[tuple[int, int, int]] = []
    index = 0
    while index < len(step_keys):
        if draw(st.integers(0, 3)) == 0:
            length = draw(st.integers(1, len(step_keys) - index))
            runs.append((index, length, draw(st.integers(1, 20))))
            index += length
        else:
            index += 1
    in_run = {position for first, length, _ in runs for position in range(first, first + length)}
    for position, key in enumerate(step_keys):
        spec = draw(input_specs(notes))
        if spec.kind is InputKind.NOTES and not spec.on:  # boards of their own
            notes.append(key)
        known = names + (["round", "rounds"] if position in in_run else [])
        step_phases = draw(st.just(()) | phases(known))
        duration = sum(p.duration for p in step_phases) if step_phases and draw(st.booleans()) \
            else draw(st.integers(1, 5 * 3600))
        if step_phases and duration != sum(p.duration for p in step_phases):
            step_phases = ()
        steps.append(Step(key, draw(with_placeholders(words, known, required=True)), duration,
                          draw(with_placeholders(markdown, known)), draw(markdown), spec,
                          phases=step_phases, groups=draw(texts)))
    rounds = []
    run_keys = draw(st.lists(keys.filter(lambda k: k not in step_keys), min_size=len(runs),
                             max_size=len(runs), unique=True))
    for (first, length, count), run_key in zip(runs, run_keys, strict=True):
        run_steps = tuple(step_keys[first: first + length])
        # A run of one step is usually written as that step with `rounds:` (the step's key and title).
        if length == 1 and draw(st.booleans()):
            rounds.append(Rounds(run_steps[0], steps[first].title, count, run_steps,
                                 draw(with_placeholders(texts, [*names, "round", "rounds"]))))
        else:
            rounds.append(Rounds(run_key, draw(words), count, run_steps,
                                 draw(with_placeholders(texts, [*names, "round", "rounds"]))))
    title = draw(with_placeholders(words, names, required=True))
    return ExerciseTemplate(draw(ids), title, draw(words), tuple(steps),
                            draw(texts), tuple(draw(st.lists(words, max_size=4))), draw(markdown),
                            parameters, tuple(rounds), draw(texts), draw(texts),
                            tuple(draw(st.lists(words, max_size=3))))
