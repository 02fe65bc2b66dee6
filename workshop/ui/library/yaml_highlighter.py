"""Colours for YAML as trainers write it: field names, text, numbers, comments, Markdown blocks.

A line-by-line approximation, not a parser: the validator is the judge of
what the file means. The one thing it tracks across lines is a block of
text (``prompt: |``), whose lines are Markdown, not YAML, and are shown so.
Tabs in the indentation, which YAML refuses, are shown as errors.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from workshop.ui.widgets.theme import CONSOLE

_KEY = re.compile(r"""^(\s*)(-\s+)?((?:"[^"]*"|'[^']*'|[^\s#'"{\[\]}&*!|>%@`,][^#:]*?))\s*:(?=\s|$)""")
_DASH = re.compile(r"^(\s*)(-)(?=\s|$)")
_QUOTED = re.compile(r""""(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?""")
_CONSTANT = re.compile(r"(?<![\w.-])(?:true|false|null|~|-?\d+(?:\.\d+)?)(?![\w.:-])",
                       re.IGNORECASE)
_DURATION = re.compile(r"(?<![\w.-])\d+\s*(?:h|min|m|s)(?:\s*\d+\s*(?:min|m|s))*(?![\w.-])")
_ANCHOR = re.compile(r"[&*][\w-]+")
# One scalar: a whole plain value, or one item of a flow collection ({a: 1, b: [2, 3]}).
_SCALAR = re.compile(r"(?:^|[\[{,]|[:-]\s)\s*([^\s,\[\]{}:#](?:[^,\[\]{}#:]|:(?!\s))*?)\s*(?=$|[,\]}]|\s#)")
_BLOCK_START = re.compile(r":\s*[|>][-+0-9]*\s*(?:#.*)?$")

NORMAL = -1  # block states: -1 is plain YAML; n >= 0 is a text block under a field indented n


def _format(colour: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    result = QTextCharFormat()
    result.setForeground(QColor(colour))
    if bold:
        result.setFontWeight(QFont.Weight.Bold)
    result.setFontItalic(italic)
    return result


class YamlHighlighter(QSyntaxHighlighter):
    """Highlights one YAML document in an editor."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {
            "key": _format(CONSOLE.accent, bold=True),
            "dash": _format(CONSOLE.accent, bold=True),
            "text": _format("#0f6b2f"),
            "constant": _format("#7a3ab8"),
            "duration": _format("#7a3ab8", bold=True),
            "comment": _format(CONSOLE.muted, italic=True),
            "anchor": _format("#8a5a00"),
            "markdown": _format("#33404d"),
        }
        self.formats["error"] = QTextCharFormat()
        self.formats["error"].setBackground(QColor("#f6c9c4"))
        self.formats["error"].setForeground(QColor(CONSOLE.error))

    def highlightBlock(self, text: str) -> None:
        indent = len(text) - len(text.lstrip(" \t"))
        parent = self.previousBlockState()
        if parent >= 0 and (not text.strip() or indent > parent):
            self.setFormat(0, len(text), self.formats["markdown"])
            self.setCurrentBlockState(parent)
            return
        self.setCurrentBlockState(NORMAL)
        self._tabs(text, indent)
        comment = _comment_start(text)
        code = text[:comment]
        key = _KEY.match(code)
        value_from = 0
        if key:
            if key.group(2):
                self.setFormat(key.start(2), 1, self.formats["dash"])
            self.setFormat(key.start(3), key.end(3) - key.start(3), self.formats["key"])
            value_from = key.end() - 1  # from the colon: values are found after ": "
            if _BLOCK_START.search(text, key.end() - 1):
                # The text block belongs to the field: its lines are indented past the field name.
                self.setCurrentBlockState(key.start(3) if key.group(2) else indent)
        elif dash := _DASH.match(code):
            self.setFormat(dash.start(2), 1, self.formats["dash"])
            value_from = dash.start(2)  # from the dash: values are found after "- "
        self._values(code, value_from)
        if comment < len(text):
            self.setFormat(comment, len(text) - comment, self.formats["comment"])

    def _tabs(self, text: str, indent: int) -> None:
        for position, char in enumerate(text[:indent]):
            if char == "\t":
                self.setFormat(position, 1, self.formats["error"])

    def _values(self, code: str, start: int) -> None:
        quoted_spans: list[tuple[int, int]] = []
        for match in _QUOTED.finditer(code, start):
            quoted_spans.append(match.span())
            self.setFormat(match.start(), match.end() - match.start(), self.formats["text"])

        def outside_quotes(position: int) -> bool:
            return not any(begin <= position < end for begin, end in quoted_spans)

        for match in _ANCHOR.finditer(code, start):
            if outside_quotes(match.start()):
                self.setFormat(match.start(), match.end() - match.start(), self.formats["anchor"])
        # A number, true/false or duration only when it is the whole value: the
        # "no" of "A baby with no manual" is text.
        for match in _SCALAR.finditer(code, start):
            value = match.group(1)
            where = match.start(1)
            for pattern, name in ((_DURATION, "duration"), (_CONSTANT, "constant")):
                if pattern.fullmatch(value) and outside_quotes(where):
                    self.setFormat(where, len(value), self.formats[name])


def _comment_start(text: str) -> int:
    """Where a comment starts (len(text) if none): a # at the start or after a space, not in quotes."""
    quote = ""
    for position, char in enumerate(text):
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'" and (position == 0 or text[position - 1] in " \t:[{,-"):
            quote = char
        elif char == "#" and (position == 0 or text[position - 1] in " \t"):
            return position
    return len(text)
