"""The user's language, read from the environment as gettext reads it."""

from __future__ import annotations

import pytest

from workshop.core.languages import user_language


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANGUAGE": "fr:de:en", "LANG": "fr_FR.UTF-8"}, "de"),  # the first one Workshop speaks
    ({"LC_ALL": "de_AT.UTF-8", "LANG": "en_GB.UTF-8"}, "de"),
    ({"LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8"}, "de"),  # C says nothing about a language
    ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({}, "en"),
])
def test_the_users_language(environ: dict[str, str], expected: str) -> None:
    assert user_language(environ) == expected
