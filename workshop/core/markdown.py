"""The trainers' Markdown (prompts, summaries) as safe HTML.

Template files come from trainers and may be shared between teams, so their
Markdown is trusted no more than card text: raw HTML is escaped, images are
shown as their alt text (an image would make the PDF renderer fetch
something), and links keep only schemes that cannot reach the local machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

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
    # CommonMark plus tables and strikethrough, which trainers use in handouts.
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
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
