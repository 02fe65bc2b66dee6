"""The languages Workshop speaks, and the user's, read the way gettext reads it.

The window, the PDF and the command line are translated into these; a session
may be in any language (its tag is kept), and its PDF then falls back to
English words where there is no catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping

SOURCE = "en"
# Each named in its own words, as a language menu lists them.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}


def primary_tag(name: str) -> str:
    """"de" of "de_DE.UTF-8", "de-AT" or "de"; "" for the C and POSIX locales."""
    tag = name.split(".")[0].split("@")[0].replace("_", "-").split("-")[0].lower()
    return "" if tag in ("c", "posix") else tag


def user_language(environ: Mapping[str, str]) -> str:
    """The first language of the user's that Workshop speaks, English if none.

    As gettext: LANGUAGE (a colon-separated list of preferences) first, then
    LC_ALL, LC_MESSAGES and LANG.
    """
    preferences: list[str] = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        if value:
            preferences.extend(value.split(":") if variable == "LANGUAGE" else [value])
    for name in preferences:
        if primary_tag(name) in LANGUAGES:
            return primary_tag(name)
    return SOURCE
