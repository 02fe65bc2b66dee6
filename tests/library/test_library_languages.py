"""Versions of an exercise or plan in other languages: named, checked and picked by a session's language."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from workshop.core.languages import closest_language
from workshop.core.templates import ExerciseTemplate, Plan
from workshop.library.catalog import load_library
from workshop.library.plan_writer import dump_plan, save_plan
from workshop.library.writer import dump_exercise
from workshop.paths import shipped_library

SHIPPED = shipped_library()


@pytest.fixture
def english(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped library's English files alone: the versions below are each test's own."""
    root = tmp_path_factory.mktemp("english")
    for folder in ("exercises", "plans"):
        (root / folder).mkdir()
        for path in (SHIPPED / folder).glob("*.yaml"):
            if path.stem.count(".") == 0:
                shutil.copy(path, root / folder / path.name)
    return root


def _version(folder: Path, exercise_id: str, language: str, *, title: str, name: str = "") -> Path:
    """A copy of the shipped English exercise, marked as written in `language`."""
    text = (SHIPPED / "exercises" / f"{exercise_id}.yaml").read_text(encoding="utf-8")  # the English file
    text = text.replace(f"id: {exercise_id}\n", f"id: {exercise_id}\nlanguage: {language}\n", 1)
    text = re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.MULTILINE)
    path = folder / "exercises" / (name or f"{exercise_id}.{language}.yaml")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("available", "wanted", "expected"), [
    (["en", "de"], "de", "de"),
    (["en", "de"], "de-AT", "de"),  # the language, when that country has no version of its own
    (["en", "de-CH"], "de", "de-CH"),  # another country's version before English
    (["en", "de-AT", "de"], "de-AT", "de-AT"),
    (["de", "en"], "fr", "en"),  # no version in it: English
    (["de", "nl"], "fr", "de"),  # nor English: the first found
    (["en", "de"], "DE_de", "de"),
])
def test_the_closest_version_of_a_language(available: list[str], wanted: str, expected: str) -> None:
    assert closest_language(available, wanted) == expected


def test_a_version_in_another_language_sits_beside_the_english_one(tmp_path: Path, english: Path) -> None:
    _version(tmp_path, "keep-it-alive", "de", title="Deutsch")
    library = load_library([english, tmp_path])
    assert library.problems == []
    english = library.exercises["keep-it-alive"]
    german = library.exercises_in("de")["keep-it-alive"]
    assert english.language == "" and english.title.startswith("Keep it alive")
    assert german.language == "de" and german.title == "Deutsch"
    assert library.exercises_in("de-AT")["keep-it-alive"] is german
    assert library.exercises_in("fr")["keep-it-alive"] is english
    # Every other exercise, with no German version, is English in a German session.
    assert library.exercises_in("de")["words-test"] is library.exercises["words-test"]
    groups = {(g.id, g.language) for g in library.groups("exercise") if g.id == "keep-it-alive"}
    assert groups == {("keep-it-alive", "en"), ("keep-it-alive", "de")}
    assert "de" in library.languages() and library.languages()[0] == "en"


def test_an_exercise_only_in_one_language_serves_every_session(tmp_path: Path) -> None:
    path = _version(tmp_path, "keep-it-alive", "de", title="Nur Deutsch", name="keep-it-alive.yaml")
    path.write_text(path.read_text().replace("id: keep-it-alive", "id: nur-deutsch"), encoding="utf-8")
    path.rename(path.with_name("nur-deutsch.yaml"))
    library = load_library([tmp_path])
    assert library.problems == []
    assert library.exercises["nur-deutsch"].language == "de"
    assert library.exercises_in("fr")["nur-deutsch"].language == "de"


def test_a_trainers_version_replaces_only_its_own_language(tmp_path: Path, english: Path) -> None:
    shipped_german = tmp_path / "shipped"
    _version(shipped_german, "words-test", "de", title="Geliefert")
    mine = tmp_path / "mine"
    _version(mine, "words-test", "de", title="Unsere")
    library = load_library([english, shipped_german, mine])
    assert library.problems == []
    assert library.exercises_in("de")["words-test"].title == "Unsere"
    assert library.exercises["words-test"].title == load_library([english]).exercises["words-test"].title
    [group] = [g for g in library.groups("exercise") if (g.id, g.language) == ("words-test", "de")]
    assert [e.path.parent.parent.name for e in group.entries] == ["shipped", "mine"]
    assert group.entries[0].overridden_by == group.entries[1].path


def test_file_names_and_language_tags_are_checked(tmp_path: Path) -> None:
    _version(tmp_path, "words-test", "de", title="x", name="words-test.fr.yaml")
    _version(tmp_path, "keep-it-alive", "Deutsch", title="x", name="keep-it-alive.yaml")
    unmarked = tmp_path / "exercises" / "virtuous-circle.de.yaml"
    unmarked.write_text((SHIPPED / "exercises" / "virtuous-circle.yaml").read_text(), encoding="utf-8")
    library = load_library([tmp_path])
    messages = sorted(f"{p.path.name}:{p.line}: {p.field}: {p.message}" for p in library.problems)
    assert messages == [
        "keep-it-alive.yaml:2: language: expected a language tag such as en, de or pt-BR, got 'Deutsch'",
        "virtuous-circle.de.yaml:1: id: is 'virtuous-circle' but the file is named "
        "'virtuous-circle.de.yaml'; they must match",
        "words-test.fr.yaml:1: id: is 'words-test' in 'de' but the file is named 'words-test.fr.yaml'; "
        "name it words-test.yaml or words-test.de.yaml",
    ]


def test_two_files_of_one_id_and_language_in_one_folder_clash(tmp_path: Path, english: Path) -> None:
    first = _version(tmp_path, "words-test", "de", title="a")
    second = _version(tmp_path, "words-test", "de", title="b", name="words-test.yaml")
    library = load_library([english, tmp_path])
    assert {p.path for p in library.problems} == {first, second}
    assert library.exercises_in("de")["words-test"] is library.exercises["words-test"]  # English serves


def test_a_plan_in_a_language_is_checked_and_run_with_its_languages_exercises(tmp_path: Path,
                                                                            english: Path) -> None:
    _version(tmp_path, "keep-it-alive", "de", title="Deutsch")
    plan_text = (english / "plans" / "customer-service-culture.yaml").read_text(encoding="utf-8")
    plan_path = tmp_path / "plans" / "customer-service-culture.de.yaml"
    plan_path.parent.mkdir()
    plan_path.write_text(plan_text.replace("id: customer-service-culture\n",
                                           "id: customer-service-culture\nlanguage: de\n")
                         .replace("title: Coffee", "title: Kaffeepause"), encoding="utf-8")
    library = load_library([english, tmp_path])
    assert library.problems == []
    german_plan = library.plans_in("de")["customer-service-culture"]
    assert german_plan.language == "de" and library.plans["customer-service-culture"].language == ""
    templates = library.templates_for(german_plan)  # the plan's own language
    assert templates["keep-it-alive"].language == "de" and templates["words-test"].language == ""
    in_english = library.templates_for(german_plan, "en")  # a session in English runs English exercises
    assert in_english["keep-it-alive"].language == ""
    # The German plan names a step its German exercise lacks: checked against that version.
    _version(tmp_path, "keep-it-alive", "de", title="Deutsch").write_text(
        (tmp_path / "exercises" / "keep-it-alive.de.yaml").read_text().replace("key: vote", "key: punkte")
        .replace("recall: vote", "recall: punkte"), encoding="utf-8")
    plan_path.write_text(plan_path.read_text().replace(
        "  - exercise: keep-it-alive\n", "  - exercise: keep-it-alive\n    durations: {vote: 5m}\n"),
        encoding="utf-8")
    library = load_library([english, tmp_path])
    assert [p.message for p in library.problems if p.path == plan_path] == [
        "keep-it-alive has no step 'vote' "
        "(its steps: actions, check, cluster, commit, punkte, warm-up, write)"]


def test_the_writers_keep_the_language(tmp_path: Path, english: Path) -> None:
    path = _version(tmp_path, "keep-it-alive", "de", title="Deutsch")
    template = load_library([tmp_path]).exercises_in("de")["keep-it-alive"]
    assert dump_exercise(template).startswith("id: keep-it-alive\nlanguage: de\ntitle: ")
    path.write_text(dump_exercise(template), encoding="utf-8")
    assert load_library([tmp_path]).exercises_in("de")["keep-it-alive"] == template
    assert ExerciseTemplate.from_dict(template.to_dict()) == template
    plan = replace(load_library([english]).plans["customer-service-culture"], language="de")
    assert dump_plan(plan).startswith("id: customer-service-culture\nlanguage: de\ntitle: ")
    assert Plan.from_dict(plan.to_dict()) == plan
    assert "language" not in replace(plan, language="").to_dict()  # older sessions' files stay as they were
    saved = save_plan(plan, tmp_path / "plans" / "customer-service-culture.de.yaml")
    assert load_library([english, tmp_path]).plans_in("de")["customer-service-culture"] == plan
    with pytest.raises(ValueError, match="must be saved as"):
        save_plan(plan, saved.with_name("customer-service-culture.fr.yaml"))


def _shape(value: object, key: str = "") -> object:
    """What a version in another language must keep: everything but the words people read."""
    if isinstance(value, dict):
        return {name: _shape(item, name) for name, item in value.items() if name != "language"}
    if isinstance(value, list):
        return [_shape(item, key) for item in value]
    if isinstance(value, str) and key not in STRUCTURAL:
        return sorted(re.findall(r"\{\{?\s*(\w+)\s*\}?\}", value))  # the placeholders only
    return value


# Fields whose values are keys, ids, kinds and lengths, the same in every language.
STRUCTURAL = {"id", "key", "kind", "on", "recall", "step", "exercise", "duration", "durations", "total",
              "start", "available", "break", "mode", "reveal", "tags", "steps", "show", "section"}


@pytest.mark.parametrize("path", sorted(SHIPPED.glob("*/*.de.yaml")), ids=lambda p: p.name)
def test_each_shipped_german_version_keeps_the_english_files_structure(path: Path) -> None:
    import yaml

    german = yaml.safe_load(path.read_text(encoding="utf-8"))
    english = yaml.safe_load(path.with_name(path.name.replace(".de.", ".")).read_text(encoding="utf-8"))
    assert german["language"] == "de" and "language" not in english
    assert _shape(german) == _shape(english)


def test_the_shipped_plan_runs_in_german_with_every_exercise_in_german() -> None:
    library = load_library([SHIPPED])
    assert library.problems == [] and library.warnings == []
    plan = library.plans_in("de")["customer-service-culture"]
    assert plan.title == "Servicekultur" and plan.language == "de"
    templates = library.templates_for(plan, "de")
    assert {template.language for template in templates.values()} == {"de"}
    assert templates["keep-it-alive"].title.startswith("Am Leben halten")
    assert library.plans["customer-service-culture"].title == "Customer service culture"
    english = library.templates_for(library.plans["customer-service-culture"])
    assert {template.language for template in english.values()} == {""}


def test_every_shipped_exercise_and_plan_has_its_german_version() -> None:
    """A German session, whatever plan it runs, is German from end to end."""
    english = {path.name.removesuffix(".yaml") for path in SHIPPED.glob("*/*.yaml")
               if path.suffixes == [".yaml"]}
    german = {path.name.removesuffix(".de.yaml") for path in SHIPPED.glob("*/*.de.yaml")}
    assert english == german
