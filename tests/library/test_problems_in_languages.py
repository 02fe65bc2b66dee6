"""The library's problems keep their English template, so each screen says them in its language."""

from __future__ import annotations

import ast
import gettext
from pathlib import Path

from tests.library.corpus import BROKEN
from workshop.core.worded import Phrase
from workshop.library.catalog import check_files
from workshop.library.problems import Problem
from workshop.paths import shipped_library
from workshop.refusals import translator

ROOT = Path(__file__).resolve().parents[2]
# Where problems with trainers' files, due dates, imports and exports are worded.
WORDED = [*sorted((ROOT / "workshop" / "library").glob("*.py")),
          *(ROOT / "workshop" / "core" / name
            for name in ("dates.py", "durations.py", "rebuild.py", "session.py")),
          *(ROOT / "workshop" / "report" / name for name in ("json_io.py", "worker.py"))]
# The calls whose message is extracted for the catalogues, and the message's place among their arguments
# (scripts/update-translations, REFUSALS).
MESSAGE_AT = {"problem": 1, "warn": 1, "missing": 2, "_problem": 2, "said": 0, "said_n": 0,
              "DurationError": 0, "RebuildError": 0, "ImportProblem": 0, "JsonSyntaxError": 1}


def templates(message: str) -> set[str | tuple[str, str]]:
    """The templates `message` is made of: its own and those of the phrases filled in."""
    if not isinstance(message, Phrase):
        return set()
    found: set[str | tuple[str, str]] = {(message.template, message.plural) if message.plural
                                         else message.template}
    for value in message.values.values():
        found |= templates(value) if isinstance(value, str) else set()
    return found


def corpus_problems() -> list[Problem]:
    entries = check_files([BROKEN], [shipped_library()])
    return [problem for entry in entries for problem in [*entry.problems, *entry.warnings]]


def test_every_problem_of_the_broken_corpus_is_in_the_german_catalogue() -> None:
    german = translator("de")
    assert isinstance(german, gettext.GNUTranslations)
    catalogue = german._catalog  # type: ignore[attr-defined]
    problems = corpus_problems()
    used = set().union(*(templates(problem.message) for problem in problems))
    assert len(problems) > 60 and len(used) > 60
    missing = [template for template in used
               if (template if isinstance(template, str) else (template[0], 0)) not in catalogue]
    assert missing == []
    # And what a German trainer reads: German words, the file's own names kept.
    said = {problem.describe(problem.path.name, german) for problem in problems}
    assert any(": Warnung: " in line for line in said)
    assert any("erwartet, gefunden: " in line for line in said)
    assert said.isdisjoint(problem.describe(problem.path.name) for problem in problems)


def test_every_message_of_the_checks_can_be_extracted() -> None:
    """A message written as an f-string, a join or a choice never reaches the catalogues: it stays English."""
    unextractable = []
    for path in WORDED:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            place = MESSAGE_AT.get(name)
            if place is None or len(node.args) <= place:
                continue
            message = node.args[place]
            if isinstance(message, (ast.JoinedStr, ast.IfExp, ast.BinOp)):
                unextractable.append(f"{path.name}:{node.lineno}")
    assert unextractable == []


def test_a_translation_that_does_not_fit_its_values_falls_back_to_english() -> None:
    class Wrong:
        def gettext(self, message: str) -> str:
            return "{nonsense}"

        def ngettext(self, singular: str, plural: str, n: int) -> str:
            return "{nonsense}"

    problem = next(p for p in corpus_problems() if isinstance(p.message, Phrase) and p.message.values)
    assert problem.said_in(Wrong()) == problem.message
