"""English plural forms for Qt's "%n" strings, without a translation file.

Qt picks the form of ``tr("%n card(s)", "", n)`` only through a translator:
with none installed it shows the source, "1 card(s)". English needs no .ts
file kept in step with the code for that: `EnglishPlurals` answers every
"%n" string whose source marks its plural with "(s)" ("1 card", "2 cards")
and leaves every other string to Qt (None, a null string, means "not
translated"; an empty string would show nothing).
A real translation installed later comes first, as Qt asks the most
recently installed translator first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

MARK = "(s)"


# Words whose plural is not the singular and an "s".
IRREGULAR = {"person(s)": ("person", "people")}


def english_plural(source: str, n: int) -> str:
    """`source` with its "(s)" marks read for `n` ("%n card(s)": "%n card" for 1, "%n cards" else)."""
    for marked, (one, many) in IRREGULAR.items():
        source = source.replace(marked, one if n == 1 else many)
    return source.replace(MARK, "" if n == 1 else "s")


class EnglishPlurals(QTranslator):
    """A translator that knows only English plurals (see the module)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n < 0 or MARK not in source:
            return None  # a null string: "not translated here", so Qt shows the source
        return english_plural(source, n)

    def isEmpty(self) -> bool:
        return False


_installed: dict[int, QObject] = {}


def use_english_plurals() -> None:
    """Install `EnglishPlurals` on the application, once; widgets that show "%n" strings call it."""
    app = QCoreApplication.instance()
    if app is None or id(app) in _installed:
        return
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    _installed[id(app)] = translator
