"""Session -> context -> HTML: content, escaping, overrides and the sandbox."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jinja2.exceptions import SecurityError, UndefinedError

from workshop.core.markdown import render_markdown
from workshop.core.session import SessionState
from workshop.report.render import render_html, report_folders, shipped_report_dir


def _plain(value: Any) -> bool:
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return value is None or isinstance(value, (str, int, float, bool))


def test_context_is_plain_data(context: dict[str, Any]) -> None:
    assert _plain(context)
    json.dumps(context)  # and so could be saved for a preview


def test_context_header_and_counts(context: dict[str, Any]) -> None:
    assert context["header"]["title"] == "Harbour Street team day"
    assert context["header"]["date_iso"] == "2026-11-22"
    assert context["header"]["date_long"] == "Sunday, 22 November 2026"
    assert context["header"]["participants"] == ["Sam", "Priya"]
    # The two hidden cards are not counted: the report leaves them out.
    assert context["counts"] == {"cards": 7, "exercises": 3, "steps": 8, "actions": 3, "phones": 0}
    assert context["generated"]["iso"] == "2026-11-22T17:05:00+00:00"


def test_context_agenda_planned_and_as_run(context: dict[str, Any]) -> None:
    fog, coffee, circle, _keep = context["agenda"]
    assert [fog["planned_at"], coffee["planned_at"], circle["planned_at"]] == ["09:00", "09:15", "09:30"]
    assert fog["planned_minutes"] == 15  # 2 + 10 (the plan's override) + 3
    assert (fog["actual_start"], fog["actual_end"]) == ("09:02", "09:20")
    assert fog["overrun_minutes"] == 3 and fog["overrun_label"] == "+3 min"
    tell, write, vote = fog["steps"]
    assert tell["overrun_label"] == "on time"
    assert (write["planned_at"], write["actual_start"], write["actual_end"]) == ("09:02", "09:04", "09:16")
    assert write["overrun_label"] == "+2 min" and vote["overrun_minutes"] == 1
    assert coffee["is_break"] and not coffee["has_run"] and coffee["overrun_label"] == ""
    assert circle["actual_start"] == "" and circle["overrun_minutes"] is None


def test_context_exercises_steps_and_cards(context: dict[str, Any], hostile_card: str) -> None:
    fog, circle, _keep = context["exercises"]
    assert fog["title"] == "Clear the fog" and fog["number"] == 1
    assert "<strong>customers</strong>" in fog["summary_html"]
    assert [s["kind"] for s in fog["steps"]] == ["none", "notes", "vote"]
    write = fog["steps"][1]
    assert "<strong>on edge</strong>" in write["prompt_html"]
    assert "<li>one per card</li>" in write["prompt_html"]
    assert [c["text"] for c in write["cards"]][1] == hostile_card
    groups = {g["label"]: [c["text"] for c in g["cards"]] for g in circle["steps"][0]["columns"]}
    assert groups == {"Staff feel": ["Trusted to fix things on the spot"],
                      "Customers feel": ["Greeted by name at the desk"],
                      "Other": ["A card from a column renamed since"]}


def test_html_has_header_agenda_and_every_card_escaped(
        session: SessionState, context: dict[str, Any], hostile_card: str) -> None:
    html = render_html(context)
    assert '<html lang="en">' in html
    assert "<title>Harbour Street team day</title>" in html
    assert '<meta name="author" content="Dana Okafor">' in html
    assert "Sunday, 22 November 2026" in html and "Coffee" in html
    assert '<img src="file:' not in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;" in html
    assert "{{ curly }}" in html  # card text is data, never template source
    for card in session.cards:
        if card.text != hostile_card and not card.hidden:
            assert card.text.replace("&", "&amp;") in html
    assert "Not yet revealed" not in html and "Also hidden" not in html
    assert "Only hidden cards" not in html  # a cluster of hidden cards would give them away


def test_kind_without_a_section_renders_its_prompt_and_cards(context: dict[str, Any]) -> None:
    # A kind a newer app might add: default.html.j2 shows its prompt and cards.
    step = context["exercises"][0]["steps"][1]
    step["kind"] = "drawing"
    html = render_html(context)
    assert "What puts people <strong>on edge</strong>?" in html
    assert "Nobody can say yes to a refund" in html

def test_override_folder_replaces_a_template_by_name(tmp_path: Path,
                                                     context: dict[str, Any]) -> None:
    (tmp_path / "sections").mkdir()
    (tmp_path / "sections" / "notes.html.j2").write_text(
        "<p class='mine'>Trainer notes: {{ step.cards | length }} cards</p>")
    html = render_html(context, folders=[tmp_path])
    assert "Trainer notes: 4 cards" in html  # fog's "write": the hidden ones left out
    assert "Trainer notes: 3 cards" in html  # the circle's "map"
    assert "Signs that scold at the counter</span>" not in html  # the override replaced the list
    assert "Harbour Street team day" in html  # everything else still shipped
    assert report_folders([tmp_path]) == (tmp_path.resolve(), shipped_report_dir())


def test_shipped_folder_has_the_report() -> None:
    folder = shipped_report_dir()
    for name in ("base.html.j2", "report.html.j2", "report.css",
                 "sections/notes.html.j2", "sections/none.html.j2"):
        assert (folder / name).is_file(), name


@pytest.mark.parametrize("source", [
    "{{ ''.__class__.__mro__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ header | attr('__class__') }}",
    "{{ cycler.__init__.__globals__ }}",
    "{% set xs = [] %}{{ xs.append(1) }}",  # immutable: no mutating lists
    "{{ header.update({'title': 'x'}) }}",
])
def test_sandbox_stops_escapes(tmp_path: Path, context: dict[str, Any], source: str) -> None:
    (tmp_path / "report.html.j2").write_text(source)
    with pytest.raises(SecurityError):
        render_html(context, folders=[tmp_path])


def test_template_links_out_of_the_folder_are_refused(tmp_path: Path,
                                                      context: dict[str, Any]) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("root:x:0:0")
    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "report.html.j2").write_text('{% include "leak.txt" %}')
    (theme / "leak.txt").symlink_to(outside)
    with pytest.raises(SecurityError):
        render_html(context, folders=[theme])


def test_misspelt_name_fails_loudly(tmp_path: Path, context: dict[str, Any]) -> None:
    (tmp_path / "report.html.j2").write_text("{{ header.titel }}")
    with pytest.raises(UndefinedError):
        render_html(context, folders=[tmp_path])


@pytest.mark.parametrize(("markdown", "present", "absent"), [
    ("**bold** <b>raw</b>", ["<strong>bold</strong>", "&lt;b&gt;raw&lt;/b&gt;"], ["<b>"]),
    ('<img src="file:///etc/passwd">', ["&lt;img"], ["<img"]),
    ("![the logo](https://example.com/a.png)", ['<span class="image-alt">the logo</span>'], ["<img"]),
    ("[site](https://example.com) [x](file:///etc/passwd) [y](javascript:alert(1))",
     ['<a href="https://example.com">site</a>'], ['href="file', 'href="javascript']),
    ("[css](../../etc/passwd)", ["[css](../../etc/passwd)"], ["<a "]),
])
def test_markdown_is_safe(markdown: str, present: list[str], absent: list[str]) -> None:
    html = render_markdown(markdown)
    for text in present:
        assert text in html
    for text in absent:
        assert text not in html
