"""A line break a trainer types in a prompt stays one: on the wall, in the PDF, in the Markdown export."""

from __future__ import annotations

from workshop.core.markdown import render_markdown, safe_markdown

PROMPT = "Stop.\nLook at the customer.\nAct.\n\nThen:\n\n- one\n- two"


def test_single_line_breaks_are_kept_and_paragraphs_and_lists_still_work() -> None:
    html = render_markdown(PROMPT)
    assert "<p>Stop.<br />\nLook at the customer.<br />\nAct.</p>" in html
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in html
    assert safe_markdown(PROMPT).startswith("Stop.\\\nLook at the customer.\\\nAct.\n\nThen:")
    assert render_markdown(safe_markdown(PROMPT)) == html  # the export reads the same anywhere

