"""The report as Markdown, for a wiki page or the body of an e-mail.

Built from the same plain context as the PDF, so both always say the same.
What participants typed is escaped: a card reading ``# Sale!`` or
``[click](http://…)`` stays a line of text instead of becoming a heading or
a link in someone's wiki. The trainer's prompts and summaries keep their
emphasis, lists and web links, and nothing else (`core.markdown.safe_markdown`):
a template carrying raw HTML or a `javascript:` link prints it as text.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from workshop.core.languages import SOURCE
from workshop.core.markdown import escape_inline, escape_line_start, safe_markdown
from workshop.files import atomic_output
from workshop.report.i18n import translations

Words = gettext.NullTranslations  # the session language's catalogue (`report.i18n.translations`)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

def kind_labels(words: Words) -> dict[str, str]:
    return {"none": words.gettext("Talk"), "notes": words.gettext("Notes"), "vote": words.gettext("Dot vote"),
            "rating": words.gettext("Rating"), "statement": words.gettext("Statement"),
            "questions": words.gettext("Questions"), "actions": words.gettext("Actions")}


def _escape_line(line: str) -> str:
    # Leading spaces would make an indented code block.
    return escape_line_start(escape_inline(_CONTROL.sub("", line).lstrip()))


def _cell(text: str) -> str:
    # Inside a table cell only inline syntax matters: "3.0" is not a list.
    return escape_inline(" ".join(_CONTROL.sub("", text).split()))


def escape(text: str) -> str:
    """Plain text as one line of Markdown that prints exactly that text."""
    return _escape_line(" ".join(text.split()))


def escape_block(text: str) -> list[str]:
    """Plain text of several lines, each escaped; hard breaks keep the lines apart."""
    lines = [_escape_line(line) for line in text.splitlines() if line.strip()] or [""]
    # A backslash at the end of a line is CommonMark's hard line break.
    return [line + "\\" for line in lines[:-1]] + lines[-1:]


def _bullet(text: str, suffix: str = "") -> list[str]:
    first, *rest = escape_block(text)
    return [f"- {first}{suffix if not rest else ''}",
            *(f"  {line}" for line in rest[:-1]),
            *([f"  {rest[-1]}{suffix}"] if rest else [])]


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(_cell(cell) if cell else " " for cell in row) + " |"
              for row in rows]
    return lines


def _quote(markdown: str) -> list[str]:
    return [f"> {line}".rstrip() for line in markdown.strip().splitlines()]


def _cards(cards: Sequence[Mapping[str, Any]]) -> list[str]:
    lines: list[str] = []
    for card in cards:
        lines += _bullet(card["text"])
    return lines


def _notes(step: Mapping[str, Any], words: Words) -> list[str]:
    if step.get("continues"):
        return ["_" + words.gettext("The board of “{title}” again: its cards and clusters are under that "
                                    "step.").format(title=escape(step["continues"]["title"])) + "_"]
    if step.get("clusters"):
        lines: list[str] = []
        for cluster in step["clusters"]:
            lines += ["", f"**{escape(cluster['title'])}**" + _votes_suffix(cluster, words), ""]
            for card in cluster["cards"]:
                lines += _bullet(card["text"], _votes_suffix(card, words))
        if step.get("loose"):
            lines += ["", "**" + words.gettext("Not in a cluster") + "**", ""]
            for card in step["loose"]:
                lines += _bullet(card["text"], _votes_suffix(card, words))
        return lines
    if step["columns"]:
        lines = []
        for column in step["columns"]:
            lines += ["", f"**{escape(column['label'])}**", ""]
            lines += _cards(column["cards"]) or ["_" + words.gettext("No cards.") + "_"]
        return lines
    return _cards(step["cards"]) or ["_" + words.gettext("No cards were written in this step.") + "_"]


def _votes_suffix(entry: Mapping[str, Any], words: Words) -> str:
    votes = entry.get("votes")
    if not votes:
        return ""
    return " (" + words.ngettext("%(num)d dot", "%(num)d dots", votes) % {"num": votes} + ")"


def _vote(step: Mapping[str, Any], words: Words) -> list[str]:
    results = step.get("results") or []
    if not results:
        return _cards(step["cards"]) or ["_" + words.gettext("No votes were cast.") + "_"]
    lines: list[str] = []
    for result in results:
        lines += _bullet(result["text"], _votes_suffix(result, words))
    return lines


def _rating(step: Mapping[str, Any], words: Words) -> list[str]:
    chart = step.get("rating")
    if not chart or not chart["rows"]:
        return ["_" + words.gettext("No ratings were given.") + "_"]
    scale = chart["scale"]
    header = [words.gettext("Item"),
              words.gettext("Average ({low}–{high})").format(low=scale["min"], high=scale["max"]),
              words.gettext("Lowest"), words.gettext("Highest"), words.gettext("Ratings")]
    agreed = words.gettext("{score} (agreed)")
    rows = [[item["label"],
             item["average_label"] or ("" if item["consensus"] is None
                                       else agreed.format(score=item["consensus"])),
             str(item["low"] if item["count"] else ""),
             str(item["high"] if item["count"] else ""), str(item["count"])]
            for item in chart["rows"]]
    return _table(header, rows)


def _statement(step: Mapping[str, Any], words: Words) -> list[str]:
    lines: list[str] = []
    chosen = step.get("chosen")
    if chosen:
        lines += [f"**{escape(chosen['text'])}**"]
    others = [c for c in step.get("candidates", ()) if not c.get("chosen")]
    if others:
        lines += ["", words.gettext("Other candidates:"), ""]
        for candidate in others:
            lines += _bullet(candidate["text"])
    return lines or ["_" + words.gettext("No statement was written.") + "_"]


def _questions(step: Mapping[str, Any], words: Words) -> list[str]:
    lines: list[str] = []
    for answer in step.get("answers", ()):
        lines += ["", f"**{escape(answer['question'])}**", ""]
        unanswered = "_" + words.gettext("Not answered.") + "_"
        lines += escape_block(answer["text"]) if answer["text"] else [unanswered]
        room = answer.get("room", ())
        if room:
            # Texts only, as in the PDF: a phone's label is not always a name someone gave.
            lines += ["", words.gettext("From the room ({count}):").format(count=len(room)), ""]
            for said in room:
                lines += _bullet(said["text"])
    return lines or _cards(step["cards"])


def _actions(step: Mapping[str, Any], words: Words) -> list[str]:
    actions = step.get("actions") or []
    if not actions:
        return ["_" + words.gettext("No actions were agreed.") + "_"]
    return _action_table(actions, words)


def _action_table(actions: Sequence[Mapping[str, Any]], words: Words) -> list[str]:
    return _table([words.gettext("What"), words.gettext("Who"), words.gettext("By when")],
                  [[a["what"], a["who"], a["due_label"]] for a in actions])


def _cards_of(step: Mapping[str, Any], _words: Words) -> list[str]:
    return _cards(step["cards"])


_SECTIONS: dict[str, Callable[[Mapping[str, Any], Words], list[str]]] = {
    "notes": _notes, "vote": _vote, "rating": _rating, "statement": _statement,
    "questions": _questions, "actions": _actions,
}


def _agenda(context: Mapping[str, Any], words: Words) -> list[str]:
    as_run = context["plan"]["has_run"]
    header = [words.gettext("Planned"), words.gettext("What"), words.gettext("Length"),
              *([words.gettext("Ran"), words.gettext("Over")] if as_run else [])]
    rows = []
    for row in context["agenda"]:
        ran = (f"{row['actual_start']}–{row['actual_end'] or '…'}" if row["has_run"]
               else words.gettext("not run"))
        rows.append([row["planned_at"], row["title"], row["planned_label"],
                     *([ran, row["overrun_label"]] if as_run else [])])
    return _table(header, rows)


def _exercise(exercise: Mapping[str, Any], words: Words) -> list[str]:
    lines = ["", f"## {exercise['number']}. {escape(exercise['title'])}", ""]
    if exercise["summary_md"]:
        lines += [safe_markdown(exercise["summary_md"]), ""]
    if exercise["source"]:
        lines += ["_" + words.gettext("Source: {source}").format(source=escape(exercise["source"])) + "_", ""]
    labels = kind_labels(words)
    for number, step in enumerate(exercise["steps"], start=1):
        kind = labels.get(step["kind"], step["kind"].capitalize())
        lines += ["", f"### {number}. {escape(step['title'])}", "",
                  f"_{kind}, {step['planned_label']}_", ""]
        if step["prompt_md"].strip():
            lines += [*_quote(safe_markdown(step["prompt_md"])), ""]
        if step["kind"] != "none":
            lines += _SECTIONS.get(step["kind"], _cards_of)(step, words)
    return lines


def markdown_report(context: Mapping[str, Any]) -> str:
    """The whole report as one Markdown document (CommonMark with pipe tables), in the session's language."""
    words = translations(context.get("lang") or SOURCE)
    header = context["header"]
    facts = [header["organisation"], header["date_long"],
             words.gettext("Facilitator: {name}").format(name=header["facilitator"]) if header["facilitator"]
             else "",
             words.gettext("Participants: {names}").format(names=", ".join(header["participants"]))
             if header["participants"] else ""]
    lines = [f"# {escape(header['title'])}", "",
             " · ".join(escape(fact) for fact in facts if fact), "",
             "## " + words.gettext("Agenda"), ""]
    if context["plan"]["summary_md"]:
        lines += [safe_markdown(context["plan"]["summary_md"]), ""]
    lines += _agenda(context, words)
    for exercise in context["exercises"]:
        lines += _exercise(exercise, words)
    actions = context.get("actions") or []
    if actions:
        lines += ["", "## " + words.gettext("Next steps"), "", *_action_table(actions, words)]
    generated = context["generated"]
    made = words.gettext("Made with {app} {version} on {date}, {time}.").format(
        app=context["app"]["name"], version=context["app"]["version"], date=generated["long"],
        time=generated["time"])
    lines += ["", "---", "", f"_{made}_", ""]
    # Runs of blank lines (from empty sections) collapse to one.
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def write_markdown(context: Mapping[str, Any], out_path: str | Path,
                   temp: Path | None = None) -> Path:
    """Write `markdown_report(context)` as UTF-8 at `out_path`, atomically."""
    out = Path(out_path).resolve()
    with atomic_output(out, temp) as stream:
        stream.write(markdown_report(context).encode("utf-8"))
    return out
