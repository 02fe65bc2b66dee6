"""The phones' words in the session's language: the pages, the script's messages, the server's.

The room's phones speak the session's language, not the laptop's: the
participants read what the wall reads. The words come from gettext's "phone"
domain (``resources/web/locale/<language>/LC_MESSAGES/phone.mo``, made by
``scripts/update-translations`` from the pages, phone.js and this package).

- The pages mark their text ``{{ _("Join the workshop") }}`` and their values
  ``{{ name }}`` (``{{ lang }}`` and ``{{ words }}`` are always there); `page`
  fills both in, escaped as HTML.
- phone.js writes ``_("Send card")`` and ``ngettext("{n} dot left", "{n} dots
  left", n)``; `script_words` gives it every such message in the language, a
  plural as its form for each count (the script cannot run gettext's rule), in
  a JSON block of the page that the script reads.
- The server's own messages go through `translator(language).gettext`.
"""

from __future__ import annotations

import functools
import gettext
import html
import json
import re
from pathlib import Path
from typing import Any

from workshop.paths import shipped_resources

DOMAIN = "phone"
# A plural's forms are sent for these counts; above them the form of the count's last two
# digits (every gettext plural rule reads a large number by n % 10 and n % 100).
PLURAL_COUNTS = 200

_MARK = re.compile(r"\{\{\s*_\(\"((?:[^\"\\]|\\.)*)\"\)\s*\}\}")
_VALUE = re.compile(r"\{\{\s*(\w+)\s*\}\}")
_SCRIPT_TEXT = re.compile(r"(?<![\w.])_\(\"((?:[^\"\\]|\\.)*)\"")
_SCRIPT_PLURAL = re.compile(r"(?<![\w.])ngettext\(\s*\"((?:[^\"\\]|\\.)*)\",\s*\"((?:[^\"\\]|\\.)*)\"")


@functools.cache
def translator(language: str) -> gettext.NullTranslations:
    """The phone catalogue of `language` (or of its language without the country); English if none."""
    tags = [language, language.replace("-", "_"), language.split("-")[0]]
    return gettext.translation(DOMAIN, shipped_resources() / "web" / "locale", languages=tags, fallback=True)


def page(folder: Path, name: str, language: str, **values: str) -> str:
    """The page `name` of `folder` with its words in `language` and `values` filled in."""
    text = _translated(folder, name, language)
    values = {key: html.escape(value) for key, value in values.items()}
    values["lang"] = html.escape(language)
    values["words"] = script_words(folder, language)  # JSON in a <script> block: never HTML-decoded
    return _VALUE.sub(lambda found: values.get(found[1], ""), text)


@functools.cache
def _translated(folder: Path, name: str, language: str) -> str:
    words = translator(language)
    text = (folder / name).read_text(encoding="utf-8")
    return _MARK.sub(lambda found: html.escape(words.gettext(_unescape(found[1]))), text)


@functools.cache
def script_words(folder: Path, language: str) -> str:
    """The script's messages in `language`, as JSON safe inside the page's <script> block."""
    words = translator(language)
    script = (folder / "phone.js").read_text(encoding="utf-8")
    texts = {_unescape(text): words.gettext(_unescape(text)) for text in _SCRIPT_TEXT.findall(script)}
    plurals: dict[str, list[str]] = {}
    for one, many in _SCRIPT_PLURAL.findall(script):
        one, many = _unescape(one), _unescape(many)
        plurals[one] = [words.ngettext(one, many, count) for count in range(PLURAL_COUNTS)]
    found: dict[str, Any] = {"language": language, "texts": texts, "plurals": plurals}
    # "</" would end the <script> block the JSON sits in.
    return json.dumps(found, ensure_ascii=False).replace("</", "<\\/")


def _unescape(text: str) -> str:
    return json.loads(f'"{text}"')
