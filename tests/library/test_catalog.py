"""The library across folders: which file wins, ids clashing in a folder, checking unsaved text."""

from __future__ import annotations

from pathlib import Path

from workshop.library.catalog import check_text, load_library
from workshop.paths import library_roots, shipped_library, user_library

SHIPPED = shipped_library() / "exercises"


def _copy(name: str, folder: Path, *, title: str = "", new_id: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = (SHIPPED / f"{name}.yaml").read_text(encoding="utf-8")
    if title:
        text = text.replace("\ntitle: ", f"\ntitle: {title} ", 1)
    if new_id:
        text = text.replace(f"id: {name}\n", f"id: {new_id}\n", 1)
    path = folder / f"{new_id or name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_user_folder_is_searched_after_the_shipped_one() -> None:
    mine = _copy("words-test", user_library() / "exercises", title="Our")
    library = load_library(library_roots())
    assert library.roots[:2] == (shipped_library(), user_library())
    assert library.exercises["words-test"].title.startswith("Our ")
    [group] = [g for g in library.groups("exercise") if (g.id, g.language) == ("words-test", "en")]
    assert group.winner is not None and group.winner.path == mine
    assert [e.path for e in group.others] == [SHIPPED / "words-test.yaml"]
    assert group.others[0].overridden_by == mine


def test_a_broken_copy_never_hides_the_working_one(tmp_path: Path) -> None:
    broken = tmp_path / "exercises" / "words-test.yaml"
    broken.parent.mkdir()
    broken.write_text("id: words-test\ntitle: [\n")
    library = load_library([shipped_library(), tmp_path])
    assert library.exercises["words-test"].title == load_library([shipped_library()]).exercises[
        "words-test"].title
    [group] = [g for g in library.groups("exercise") if (g.id, g.language) == ("words-test", "en")]
    assert group.winner is not None and group.winner.path == SHIPPED / "words-test.yaml"
    assert not group.entries[-1].is_valid


def test_the_same_id_in_two_folders_is_an_override_in_one_folder_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "exercises"
    original = _copy("words-test", folder)
    library = load_library([shipped_library(), tmp_path])
    assert library.problems == []
    clash = _copy("words-test", folder, new_id="words-test-2")
    clash.write_text(clash.read_text().replace("id: words-test-2\n", "id: words-test\n"))
    library = load_library([shipped_library(), tmp_path])
    assert [(p.path.name, p.field) for p in library.problems] == [
        (clash.name, "id"), (clash.name, "id"), (original.name, "id")]
    assert library.exercises["words-test"].title  # the shipped one still serves


def test_check_text_sees_unsaved_text_without_changing_the_library(tmp_path: Path) -> None:
    library = load_library([shipped_library(), tmp_path])
    before = dict(library.exercises)
    path = tmp_path / "exercises" / "keep-it-alive.yaml"
    text = (SHIPPED / "keep-it-alive.yaml").read_text()
    entry = check_text(text.replace("duration: 5m", "duration: soon", 1), path, "exercise", library)
    assert [str(p) for p in entry.problems] == [
        f"{path}:50:15: steps[1].duration: 'soon' is not a duration: write e.g. 5m, 90s or 1h15m"]
    entry = check_text(text.replace("title: \"", "title: \"Ours: ", 1), path, "exercise", library)
    assert entry.is_valid and entry.template is not None
    assert library.exercises == before and all(e.path.parent == SHIPPED or e.kind == "plan"
                                               for e in library.entries)


def test_check_text_of_a_plan_uses_the_library(tmp_path: Path) -> None:
    library = load_library([shipped_library()])
    path = tmp_path / "plans" / "day.yaml"
    entry = check_text("id: day\ntitle: Day\nitems:\n  - exercise: keep-it-alive\n  - exercise: nope\n",
                       path, "plan", library)
    assert [str(p) for p in entry.problems] == [
        f"{path}:5:15: items[1].exercise: no valid exercise has the id 'nope'"]


def test_checking_again_gives_the_same_answer(tmp_path: Path) -> None:
    folder = tmp_path / "exercises"
    folder.mkdir()
    (folder / "a.yaml").write_text("id: b\ntitle: A\nsummary: S\nsteps: [{key: k, title: K, duration: 1m}]\n")
    (folder / "b.yaml").write_text("id: b\ntitle: B\nsummary: S\nsteps: [{key: k, title: K, duration: 1m}]\n")
    library = load_library([tmp_path])
    first = library.problems
    entry = check_text((folder / "b.yaml").read_text(), folder / "b.yaml", "exercise", library)
    assert [p.message for p in entry.problems] == [
        "'b' is also the id of a.yaml in this folder; each file needs its own id"]
    assert library.problems == first
