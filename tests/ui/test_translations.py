"""The window's translations: in step with the code, compiled, complete, and loaded.

`scripts/update-translations` refreshes the .ts files from the code and
compiles them; these tests run the same Qt tools on copies and fail when a
string was added, changed or dropped in the code without the files following,
when a .qm is not what its .ts compiles to, or when a German string is left
unfinished.
"""

from __future__ import annotations

import filecmp
import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from tests.checkout import ROOT
from workshop.core.rules import InputError, clean_text
from workshop.core.worded import said
from workshop.store.errors import SessionFileError
from workshop.ui import language

FOLDER = ROOT / "resources" / "translations"
REPORT_LOCALE = ROOT / "resources" / "report" / "locale"


PHONE_LOCALE = ROOT / "resources" / "web" / "locale"
# Each gettext domain and where its catalogues are.
DOMAINS = (("report", REPORT_LOCALE), ("cli", FOLDER / "locale"), ("refusals", FOLDER / "locale"),
           ("phone", PHONE_LOCALE))


def catalogues() -> list[Path]:
    """The gettext catalogues: the report's, the command line's, core's refusals' and the phones'."""
    return [path for domain, folder in DOMAINS for path in folder.glob(f"*/LC_MESSAGES/{domain}.po")]
BIN = Path(sys.executable).parent


def refreshed(tmp_path: Path) -> Path:
    """A copy of the repository's translations, refreshed by the project's own script."""
    copy = tmp_path / "checkout"
    for part in ("workshop/ui", "workshop/report", "workshop/web", "workshop/core", "workshop/store",
                 "workshop/session", "workshop/library", "resources/translations", "resources/report",
                 "resources/web", "scripts"):
        shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "workshop" / "cli.py", copy / "workshop" / "cli.py")
    subprocess.run([sys.executable, str(copy / "scripts" / "update-translations")], check=True,
                   capture_output=True, text=True)
    return copy


def test_the_translation_files_follow_the_code_and_are_compiled(tmp_path: Path) -> None:
    again = refreshed(tmp_path)
    for name in sorted(path.name for path in FOLDER.glob("workshop_*.*")):
        assert filecmp.cmp(FOLDER / name, again / "resources" / "translations" / name, shallow=False), (
            f"resources/translations/{name} is not up to date: run scripts/update-translations")
    for po in sorted(catalogues()):
        relative = po.relative_to(ROOT)
        # (Babel writes its own version in the header: the rest must be the same.)
        assert _without_generator(po) == _without_generator(again / relative), (
            f"{relative} is not up to date: run scripts/update-translations")
        mo = po.with_suffix(".mo")
        assert _messages(mo) == _messages(again / mo.relative_to(ROOT)), f"{mo.relative_to(ROOT)} is stale"


def _without_generator(po: Path) -> list[str]:
    return [line for line in po.read_text(encoding="utf-8").splitlines() if "Generated-By" not in line]


def _messages(mo: Path) -> dict[object, str]:
    with mo.open("rb") as source:
        return {key: value for key, value in gettext.GNUTranslations(source)._catalog.items()  # type: ignore[attr-defined]
                if key != ""}


def test_the_report_and_the_command_line_speak_every_language_the_window_does() -> None:
    from babel.messages.pofile import read_po

    for domain, folder in DOMAINS:
        found = {path.parts[-3] for path in folder.glob(f"*/LC_MESSAGES/{domain}.po")}
        assert found == set(language.LANGUAGES) - {"en"}, domain
    for po in catalogues():
        with po.open("rb") as source:
            catalog = read_po(source)
        left = [message.id for message in catalog if message.id and (not message.string or message.fuzzy
                                                                      or not all(message.string))]
        assert left == [], f"{po.relative_to(ROOT)}: {len(left)} untranslated, e.g. {left[:3]}"


def test_every_language_of_the_window_has_its_compiled_file() -> None:
    assert set(language.LANGUAGES) == {path.stem.removeprefix("workshop_") for path in FOLDER.glob("*.qm")}


def test_no_german_string_is_left_unfinished() -> None:
    source = (FOLDER / "workshop_de.ts").read_text(encoding="utf-8")
    unfinished = re.findall(r'<source>([^<]*)</source>\s*<translation type="unfinished"', source)
    assert unfinished == [], f"{len(unfinished)} unfinished, e.g. {unfinished[:3]}"


def test_the_user_language_is_followed_unless_one_is_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert language.chosen_language("de") == "de"
    assert language.chosen_language("") == language.system_language() == "en"  # (tests run in English)
    assert language.chosen_language("xx") == "en"
    try:
        assert language.use_language("de") == "de"
        assert language.current_language() == "de"
        assert QLocale().language() == QLocale.Language.German  # numbers and dates follow
    finally:
        language.use_language("en")
    assert QCoreApplication.translate("CardEntryPanel", "Saved. %n card(s) in this step.", "", 1) == \
        "Saved. 1 card in this step."


@pytest.mark.parametrize(("variable", "value", "expected"), [
    ("LANGUAGE", "de_DE:en", "de"), ("LANG", "de_AT.UTF-8", "de"), ("LANGUAGE", "fr:en", "en"),
    ("LANGUAGE", "fr", "en"),
])
def test_the_system_language_is_read_from_the_user_settings(variable: str, value: str, expected: str) -> None:
    env = {name: setting for name, setting in os.environ.items()
           if name not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update({variable: value, "QT_QPA_PLATFORM": "offscreen"})
    child = ("from PySide6.QtWidgets import QApplication\napp = QApplication([])\n"
             "from workshop.ui.language import system_language\nprint(system_language())")
    found = subprocess.run([sys.executable, "-c", child], env=env, capture_output=True, text=True,
                           cwd=ROOT, timeout=60)
    assert found.stdout.strip() == expected, found.stderr


def test_every_change_the_session_layer_names_is_translated() -> None:
    import inspect

    from workshop.core import commands
    from workshop.ui.shell.change_labels import LABELS

    named = set()
    for _name, command in inspect.getmembers(commands, inspect.isclass):
        label = vars(command).get("label")
        if isinstance(label, str):
            named.add(label)
        elif isinstance(label, property):  # a label that depends on the change: read its words
            named.update(re.findall(r'"([^"]+)"', inspect.getsource(label.fget)))  # type: ignore[arg-type]
    named.add(commands.Batch.__dataclass_fields__["title"].default)  # type: ignore[attr-defined]
    assert named - set(LABELS) == set(), "add these to workshop/ui/shell/change_labels.py"


def test_in_german_the_menus_the_console_and_the_wall_speak_german(qtbot, context, session_path) -> None:  # type: ignore[no-untyped-def]
    from workshop.ui.shell.main_window import MainWindow

    context.preferences.language = "de"  # as View > Language leaves it for the next start
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus[:2] == ["&Datei", "&Bearbeiten"] and "&Ansicht" in menus
        assert window.home_page.new_button.text() == "Neue Sitzung…"
        # What is wrong with a file is said in German too, the store's own words included.
        notes = session_path.with_name("notizen.workshop")
        notes.write_text("not a session", encoding="utf-8")
        assert not window.open_session(notes)
        assert window.message_bar.text == ("notizen.workshop konnte nicht geöffnet werden: keine "
                                           "Workshop-Sitzungsdatei (keine Datei, die Workshop schreibt)")
        full = SessionFileError(notes, "the change could not be saved: {reason}; nothing was changed",
                                reason=said("the disk is full"))
        assert language.refusal(full) == ("die Änderung konnte nicht gespeichert werden: der Datenträger ist "
                                          "voll; es wurde nichts geändert")
        # A phrase of ours inside a refusal is said in German too; what people typed is not touched.
        with pytest.raises(InputError) as refused_action:
            clean_text("  ", said("What will be done"), required=True)
        assert language.refusal(refused_action.value) == "Was getan wird, braucht Text."
        assert language.refusal(InputError("{what} needs a name.", what="Wer")) == "Wer braucht einen Namen."
        assert window.open_session(session_path)
        controller = window.controller
        coffee = next(n for n, stop in enumerate(controller.state.stops) if stop.item.is_break)
        controller.go_to(coffee)
        window.set_audience_visible(True)
        qtbot.waitUntil(lambda: window.audience.break_panel.isVisible())
        assert window.audience.break_panel.back.text().startswith(("Zurück um", "Willkommen zurück"))
        controller.go_to(0)
        assert window.run_page.timer_widget.caption == "F5 zum Starten"
        # Core's refusals too, in the window's language (not the session's).
        refused = InputError("{voter} has used all {count} dots.", voter="Ana", count=3)
        assert language.refusal(refused) == "Ana hat alle 3 Punkte vergeben."
        assert str(refused) == "Ana has used all 3 dots."
        window.close_session()
        window.close()
    finally:
        language.use_language("en")


def test_a_language_chosen_in_the_window_is_kept_for_the_next_start(qtbot, window, context) -> None:  # type: ignore[no-untyped-def]
    window.action_set.languages["de"].trigger()
    assert context.preferences.language == "de"
    # Said in the language chosen; the window speaks it from its next start.
    assert window.message_bar.text == "Workshop spricht Deutsch ab dem nächsten Start."
    assert window.menuBar().actions()[0].text() == "&File"
    from workshop.ui.shell.main_window import MainWindow

    try:
        again = MainWindow(context)
        qtbot.addWidget(again)
        assert again.menuBar().actions()[0].text() == "&Datei"
        assert again.action_set.languages["de"].isChecked()
        again.action_set.languages[""].trigger()  # the computer's language again: English here
        assert context.preferences.language == ""
    finally:
        language.use_language("en")


def test_no_window_string_hides_from_lupdate() -> None:
    """A `self.tr(...)` inside an f-string is never extracted (lupdate reads no f-strings): it stays
    English in every language. Written outside it, it is found."""
    import ast

    hidden = []
    for path in sorted((ROOT / "workshop" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and \
                            call.func.attr in ("tr", "translate"):
                        hidden.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert hidden == []


def test_every_stage_of_an_export_is_named_in_the_windows_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from workshop.report.worker import STAGES
    from workshop.ui.run.pdf_export import stage_label

    english = {stage: label for stage, (_, label) in STAGES.items()}
    assert {stage: stage_label(stage) for stage in STAGES} == english
    try:
        language.use_language("de")
        assert stage_label("layout") == "Die Seiten werden gesetzt…"
        assert all(stage_label(stage) != label for stage, (_, label) in STAGES.items())
    finally:
        language.use_language("en")
