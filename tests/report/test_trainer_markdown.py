"""The trainer's Markdown in the Markdown export: emphasis, lists and web links stay; HTML and tricks do not.

The check reads the export the way a permissive wiki would: markdown-it with
raw HTML allowed and every link scheme accepted. What comes out may hold only
the tags plain Markdown makes and links to http(s) or mailto.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from workshop.core.markdown import safe_markdown
from workshop.core.session import SessionState
from workshop.report.export import export

HOSTILE_PROMPT = ("What **exactly** do we promise?\n\n<script>alert('prompt')</script>\n\n"
                  "[press here](javascript:alert(1)) and [our site](https://example.org/a_b)\n\n"
                  "<img src=x onerror=alert(2)>\n\n- one per card\n- say what to remove")
ALLOWED_TAGS = {"p", "strong", "em", "code", "ul", "ol", "li", "blockquote", "a", "br", "hr", "s", "pre",
                "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "del"}


def permissive_html(markdown: str) -> str:
    """What a wiki that trusts its Markdown would make of it."""
    md = MarkdownIt("commonmark", {"html": True})
    md.enable(["table", "strikethrough"])
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md.render(markdown)


def assert_harmless(html: str) -> None:
    tags = {tag.lower() for tag in re.findall(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)", html)}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.startswith(("http://", "https://", "mailto:")), href


def with_trainer_text(session: SessionState, text: str) -> SessionState:
    templates = {}
    for key, template in session.templates.items():
        steps = tuple(replace(step, prompt=text) for step in template.steps)
        templates[key] = replace(template, summary=text, steps=steps)
    return replace(session, templates=templates, plan=replace(session.plan, summary=text))


def test_a_hostile_prompt_reaches_the_markdown_export_as_text(session: SessionState,
                                                              tmp_path: Path) -> None:
    out = export(with_trainer_text(session, HOSTILE_PROMPT), tmp_path / "day.md", "md")
    written = out.read_text(encoding="utf-8")
    html = permissive_html(written)
    assert_harmless(html)
    assert "<strong>exactly</strong>" in html  # the trainer's emphasis survives
    assert '<a href="https://example.org/a_b">our site</a>' in html
    assert "&lt;script&gt;alert('prompt')&lt;/script&gt;" in html  # printed, as typed
    assert "javascript:" not in re.sub(r"\\", "", "".join(re.findall(r'href="[^"]*"', html)))
    assert "<li>one per card</li>" in html


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>[]()!*_`#-+>|&;:/\\\"' \n1.abcjsvript=")), max_size=80))
def test_any_trainer_text_is_harmless_in_a_wiki(text: str) -> None:
    assert_harmless(permissive_html(safe_markdown(text)))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_plain_words_print_as_written(text: str) -> None:
    """Text with no Markdown in it reads the same after the round trip."""
    words = " ".join(re.findall(r"[A-Za-z0-9]+", text))
    if words:
        html = permissive_html(safe_markdown(words))
        assert re.sub(r"<[^>]+>", "", html).split() == words.split()
