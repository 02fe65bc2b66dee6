"""Core's refusals in a person's language: the window's, the phones', the command line's.

Core and the session layer refuse a change with an `InputError` in English,
given as a template and its values (``InputError("At most {count} dots fit
on one card.", count=999)``), and the store says what is wrong with a file
with a `SessionFileError` in the same way (`core.worded`). Each edge says it
in its own language with `say`: gettext's "refusals" domain, in
``resources/translations/locale/<language>/LC_MESSAGES/refusals.mo``, which
``scripts/update-translations`` extracts from the calls themselves. A refusal
still written as an f-string stays English.
"""

from __future__ import annotations

import functools
import gettext

from workshop.core.worded import Phrase, Worded
from workshop.paths import shipped_resources

DOMAIN = "refusals"


@functools.cache
def translator(language: str) -> gettext.NullTranslations:
    """The refusals of `language` (or of its language without the country); English if none."""
    tags = [language, language.replace("-", "_"), language.split("-")[0]]
    folder = shipped_resources() / "translations" / "locale"
    return gettext.translation(DOMAIN, folder, languages=tags, fallback=True)


def say(error: Worded | Phrase, language: str) -> str:
    """`error`'s message (an `InputError`, a `SessionFileError`, a library problem's) in `language`."""
    return error.translated(translator(language))
