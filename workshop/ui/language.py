"""The window's language: Qt translators for our words, and Qt's own for its dialogs.

The window follows the user's language (the system's list of preferred
languages, first one we have) unless the facilitator chose one
(`Preferences.language`). Our words come from
``resources/translations/workshop_<language>.qm`` (made by
``scripts/update-translations`` from the .ts files a translator edits); the
standard dialogs' buttons and the file dialog from Qt's own ``qtbase_<language>.qm``.
English is the source language: its file holds only the plural forms
("%n card(s)" reads "1 card", "2 cards").

Numbers and dates in the window follow the same language (`QLocale.setDefault`).
A change of language applies at the next start: the window's texts are set
as it is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QObject, QTranslator

from workshop.core.languages import LANGUAGES, SOURCE
from workshop.core.worded import Phrase, Worded
from workshop.paths import shipped_resources
from workshop.refusals import say as say_refusal
from workshop.refusals import translator

if TYPE_CHECKING:
    from datetime import date  # (not before the first paint: see test_start_up)

    from workshop.library.problems import Problem

# Each of `LANGUAGES` has resources/translations/workshop_<tag>.qm (a test checks it).
__all__ = [
    "LANGUAGES",
    "SOURCE",
    "chosen_language",
    "current_language",
    "day_text",
    "ensure_language",
    "language_name",
    "problem_line",
    "problem_message",
    "refusal",
    "system_language",
    "use_language",
]

_installed: dict[int, tuple[str, list[QTranslator]]] = {}


def refusal(error: Worded | Phrase) -> str:
    """Why core refused a change, or what is wrong with a file, in the window's language."""
    return say_refusal(error, current_language())


def day_text(day: date, pattern: str = "") -> str:
    """A date nobody misreads, in the window's language: "Fri 4 Dec 2026", "Fr., 4. Dez. 2026".

    `pattern` is another of QLocale's date patterns, translated by the caller.
    """
    pattern = pattern or QCoreApplication.translate("Dates", "ddd d MMM yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def problem_message(problem: Problem) -> str:
    """What the library's checks found wrong in a trainer's file, in the window's language."""
    return problem.said_in(translator(current_language()))


def problem_line(problem: Problem) -> str:
    """``path:line:column: field: message``, the message in the window's language."""
    return problem.describe(str(problem.path), translator(current_language()))


def language_name(tag: str) -> str:
    """A language named in its own words ("Deutsch"), as a language menu lists it."""
    return LANGUAGES.get(tag) or QLocale(tag).nativeLanguageName() or tag


def system_language() -> str:
    """The first of the user's preferred languages that the window speaks (English if none)."""
    for name in QLocale.system().uiLanguages():
        tag = name.replace("_", "-").split("-")[0].lower()
        if tag in LANGUAGES:
            return tag
    return SOURCE


def chosen_language(preference: str = "") -> str:
    """The facilitator's choice when it is one we have, otherwise the user's language."""
    return preference if preference in LANGUAGES else system_language()


def use_language(language: str) -> str:
    """Install the translators for `language` on the application (replacing ours before); the tag used."""
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else SOURCE
    if app is None:
        return language
    previous = _installed.pop(id(app), None)
    if previous is not None:
        for translator in previous[1]:
            app.removeTranslator(translator)
    translators = [translator for translator in _load(app, language) if app.installTranslator(translator)]
    _installed[id(app)] = (language, translators)
    QLocale.setDefault(QLocale(language))
    return language


def ensure_language() -> str:
    """The language installed on the application, installing the user's language if none is yet.

    Widgets that show "%n" strings call it, so they read well when built on their own.
    """
    app = QCoreApplication.instance()
    if app is not None and id(app) in _installed:
        return _installed[id(app)][0]
    return use_language(system_language())


def current_language() -> str:
    app = QCoreApplication.instance()
    found = _installed.get(id(app)) if app is not None else None
    return found[0] if found is not None else SOURCE


def _load(parent: QObject, language: str) -> list[QTranslator]:
    """Qt's own translation first (least preferred: Qt asks the translator installed last first)."""
    found = []
    if language != SOURCE:
        qt = QTranslator(parent)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            found.append(qt)
    ours = QTranslator(parent)
    if ours.load(f"workshop_{language}", str(shipped_resources() / "translations")):
        found.append(ours)
    return found


def translated_in(language: str, context: str, source: str) -> str:
    """`source` in `language`, whatever language is installed (English when there is no translation)."""
    translator = QTranslator()
    folder = str(shipped_resources() / "translations")
    if language != SOURCE and translator.load(f"workshop_{language}", folder):
        found = translator.translate(context, source)
        if found:
            return found
    return source
