"""Hypothesis strategies for valid exercise templates, as a trainer could write them."""

from __future__ import annotations

import string

from hypothesis import strategies as st

from workshop.core.templates import (
    Column,
    ExerciseTemplate,
    InputKind,
    InputSpec,
    RatingScale,
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


@st.composite
def templates(draw: st.DrawFn) -> ExerciseTemplate:
    steps: list[Step] = []
    notes: list[str] = []
    for key in draw(st.lists(keys, min_size=1, max_size=5, unique=True)):
        spec = draw(input_specs(notes))
        if spec.kind is InputKind.NOTES and not spec.on:  # boards of their own
            notes.append(key)
        steps.append(Step(key, draw(words), draw(st.integers(1, 5 * 3600)), draw(markdown),
                          draw(markdown), spec))
    return ExerciseTemplate(draw(ids), draw(words), draw(words), tuple(steps), draw(texts),
                            tuple(draw(st.lists(words, max_size=4))), draw(markdown))
