"""The languages Workshop speaks, and the user's, read the way gettext reads it.

The window, the PDF and the command line are translated into these; a session
may be in any language (its tag is kept), and its PDF then falls back to
English words where there is no catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

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


def closest_language(available: Sequence[str], wanted: str) -> str:
    """Which of `available` (language tags, in order) to use for `wanted`.

    The same tag, else one of the same language ("de-AT" for "de", "de" for
    "de-CH"), else English, else the first. `available` is not empty.
    """
    folded = [tag.lower().replace("_", "-") for tag in available]
    wanted = wanted.lower().replace("_", "-")
    tests = (lambda tag: tag == wanted, lambda tag: tag == primary_tag(wanted),
             lambda tag: primary_tag(tag) == primary_tag(wanted), lambda tag: primary_tag(tag) == SOURCE)
    for test in tests:
        for index, tag in enumerate(folded):
            if test(tag):
                return available[index]
    return available[0]
