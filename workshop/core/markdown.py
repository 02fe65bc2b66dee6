"""The trainers' Markdown (prompts, summaries) as safe HTML.

Template files come from trainers and may be shared between teams, so their
Markdown is trusted no more than card text: raw HTML is escaped, images are
shown as their alt text (an image would make the PDF renderer fetch
something), and links keep only schemes that cannot reach the local machine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any
from urllib.parse import quote

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token

# A link to anything else (file:, data:, javascript:, a relative path that the
# PDF renderer would resolve against the report folder) is left as plain text.
SAFE_LINK_SCHEMES = ("http://", "https://", "mailto:")


def _validate_link(url: str) -> bool:
    return url.strip().lower().startswith(SAFE_LINK_SCHEMES)


def _image_as_text(renderer: Any, tokens: Sequence[Token], idx: int,
                   options: Any, env: Any) -> str:
    token = tokens[idx]
    alt = renderer.renderInlineAsText(token.children or [], options, env)
    return f'<span class="image-alt">{escapeHtml(alt)}</span>' if alt else ""


@cache
def _parser() -> MarkdownIt:
    # CommonMark plus tables and strikethrough, which trainers use in handouts. A single line
    # break is kept (`breaks`): trainers break a prompt's lines on purpose ("Stop. / Look.").
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False, "breaks": True})
    md.enable(["table", "strikethrough"])
    md.validateLink = _validate_link  # type: ignore[method-assign]
    md.add_render_rule("image", _image_as_text)
    return md


def render_markdown(text: str) -> str:
    """Convert Markdown to HTML that is safe to put unescaped into the report.

    Raw HTML comes out escaped, images come out as their alt text, and only
    http(s) and mailto links stay links; the rest stays readable text.
    """
    if not text or not text.strip():
        return ""
    return _parser().render(text)


# Characters that start inline Markdown or HTML anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&!#])")
# What makes a line a heading, quote, list item, rule or setext underline.
_LINE_START = re.compile(r"^(\s*)(#|>|[-+=]|\d+(?=[.)]))")


def escape_inline(text: str) -> str:
    """Text that Markdown prints as it is, inside a line."""
    return _INLINE.sub(r"\\\1", text)


def escape_line_start(line: str) -> str:
    """`line` with what would make it a heading, quote, list item or rule escaped."""
    def start(match: re.Match[str]) -> str:
        marker = match[2]
        # "1." becomes "1\." : the number stays, the list does not.
        return match[1] + (marker + "\\" if marker[0].isdigit() else "\\" + marker)

    return _LINE_START.sub(start, line)


def safe_markdown(text: str) -> str:
    """The trainer's Markdown written again with only what is safe in someone else's wiki.

    Emphasis, strong, strikethrough, code, lists, quotes and http(s)/mailto
    links stay Markdown; raw HTML, other links, images and everything else
    are written as escaped text that prints as the trainer typed it. The
    same parser as `render_markdown` decides what is what, so the PDF and
    the Markdown export agree.
    """
    if not text or not text.strip():
        return ""
    lines: list[str] = []
    lists: list[list[Any]] = []  # per open list: [marker kind, last number]
    quotes = 0
    pending_marker = ""  # the marker of a list item whose first line is not written yet
    heading = False
    row: list[str] | None = None  # the cells of the table row being read
    for token in _parser().parse(text):
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1) if kind == "ordered_list_open" else 0
            lists.append(["-" if kind == "bullet_list_open" else ".", start - 1])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
            if not lists:
                lines.append("")
        elif kind == "list_item_open":
            current = lists[-1]
            if current[0] == "-":
                pending_marker = "- "
            else:
                current[1] += 1
                pending_marker = f"{current[1]}. "
        elif kind == "blockquote_open":
            quotes += 1
        elif kind == "blockquote_close":
            quotes -= 1
            lines.append("")
        elif kind == "heading_open":
            heading = True
        elif kind in ("paragraph_close", "heading_close"):
            heading = False
            if not token.hidden:
                lines.append("> " * quotes)
        elif kind == "hr":
            lines += ["> " * quotes, "> " * quotes + "* * *", "> " * quotes]
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close":
            # A table becomes one line per row, its cells joined: pipes would need
            # the table extension in the reader's wiki, and a cell could break out.
            lines += [_prefix(lists, quotes, "") + " · ".join(cell for cell in row if cell), ""]
            row = None
        elif kind in ("fence", "code_block"):
            body = [escape_line_start(escape_inline(line)) for line in token.content.splitlines()]
            lines += [_prefix(lists, quotes, "") + line + ("\\" if n < len(body) - 1 else "")
                      for n, line in enumerate(body)]
            lines.append("> " * quotes)
        elif kind == "inline" and row is not None:
            row.append(_inline_markdown(token.children or []).replace("\n", " "))
        elif kind == "inline":
            inline = _inline_markdown(token.children or [])
            if heading:
                inline = f"**{inline}**" if inline.strip() else inline
            for n, line in enumerate(inline.split("\n")):
                marker, pending_marker = (pending_marker, "") if n == 0 else ("", pending_marker)
                lines.append(_prefix(lists, quotes, marker) + line)
    written = "\n".join(line.rstrip() for line in lines)
    written = re.sub(r"\n(?:>[> ]*\n)+(?=\n|$)", "\n", written + "\n")  # no empty quote line at a quote's end
    return re.sub(r"\n{3,}", "\n\n", written).strip("\n")


def _prefix(lists: list[list[Any]], quotes: int, marker: str) -> str:
    indent = "".join(" " * (2 if kind == "-" else len(str(number)) + 2) for kind, number in lists[:-1])
    if lists and not marker:
        kind, number = lists[-1]
        indent += " " * (2 if kind == "-" else len(str(number)) + 2)
    return "> " * quotes + indent + marker


def _inline_markdown(children: Sequence[Token]) -> str:
    """One paragraph's inline tokens as Markdown: text escaped, safe syntax written again."""
    out: list[str] = []
    addresses: list[str] = []
    line_start = True
    for child in children:
        kind = child.type
        if kind == "link_open":
            addresses.append(str(child.attrGet("href") or ""))
            out.append("[")
        elif kind == "link_close":
            address = addresses.pop() if addresses else ""
            safe = re.sub(r"[\s<>]", lambda m: quote(m[0]), address)
            out.append(f"](<{safe}>)")
        elif kind == "text":
            piece = escape_inline(child.content)
            out.append(escape_line_start(piece) if line_start else piece)
        elif kind in ("softbreak", "hardbreak"):  # a line break typed is kept, in any reader
            out.append("\\\n")
        elif kind in ("strong_open", "strong_close"):
            out.append("**")
        elif kind in ("em_open", "em_close"):
            out.append("*")
        elif kind in ("s_open", "s_close"):
            out.append("~~")
        elif kind == "code_inline":
            fence = "`" * (max((len(run) for run in re.findall("`+", child.content)), default=0) + 1)
            pad = " " if child.content.startswith("`") or child.content.endswith("`") else ""
            out.append(f"{fence}{pad}{child.content}{pad}{fence}")
        else:  # an image (its alt text), or anything else: as text
            out.append(escape_inline(child.content))
        line_start = kind in ("softbreak", "hardbreak")
    return "".join(out)
