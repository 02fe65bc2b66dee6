"""The report's words in the session's language: gettext catalogues, dates by locale (Babel).

The shipped templates write their fixed words as ``{{ _("Agenda") }}`` and
their plurals as ``{{ ngettext("%(num)d card", "%(num)d cards", n) }}``; the
catalogue of a language is ``report/locale/<lang>/LC_MESSAGES/report.mo``
beside the templates (compiled from its .po by ``scripts/update-translations``,
which also extracts the messages). English is the source language; a session
in a language with no catalogue prints English words, with its own dates.
"""

from __future__ import annotations

import gettext
from datetime import date
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.support import Translations

from workshop.core.languages import SOURCE

DOMAIN = "report"


def locale_dir() -> str:
    from workshop.paths import shipped_report_dir

    return str(shipped_report_dir() / "locale")


@lru_cache(maxsize=8)
def translations(language: str) -> gettext.NullTranslations:
    """The report's catalogue for `language` (nothing to translate for English or an unknown one)."""
    if language == SOURCE:
        return gettext.NullTranslations()
    return Translations.load(locale_dir(), [language.replace("-", "_")], DOMAIN)


def babel_locale(language: str) -> Locale:
    """The locale dates are written in: British English for English (the report's own spelling)."""
    if language == SOURCE:
        return Locale("en", "GB")
    try:
        return Locale.parse(language, sep="-")
    except (UnknownLocaleError, ValueError):
        return Locale("en", "GB")


def short_date(value: date, language: str = SOURCE) -> str:
    """A due date nobody misreads, in the session's language: "Fri 4 Dec 2026", "Fr., 4. Dez. 2026"
    (the pattern, Babel's, is the catalogue's: each language writes its own order)."""
    return format_date(value, translations(language).gettext("EEE d MMM y"), locale=babel_locale(language))


def long_date(value: date, language: str = SOURCE) -> str:
    """A date as people write it on a cover: "Sunday, 22 November 2026", "Sonntag, 22. November 2026"."""
    return format_date(value, "full", locale=babel_locale(language))
