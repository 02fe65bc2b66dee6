"""The group's output as spreadsheets: one CSV per kind, in one zip.

Why a zip and not a folder: one file is written atomically (a folder of four
files cannot be replaced in one step), travels as one e-mail attachment, and
Windows and macOS open it with a double click.

Why UTF-8 with a byte-order mark: Excel, the spreadsheet most participants
have, reads a CSV without one in the machine's legacy code page, so "café",
"Zoë" or an emoji turn into mojibake. With the BOM, Excel, LibreOffice,
Numbers and Google Sheets all read UTF-8; Python reads it with
``encoding="utf-8-sig"``. Rows end in CRLF, as RFC 4180 and Excel expect.

Control characters a paste can carry are dropped, as in the PDF. The zip's
entries are ordinary files (0644), not private ones, once unpacked.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
gets a leading apostrophe, as OWASP advises: otherwise a card reading
``=HYPERLINK("http://…")`` would run as a formula in whoever opens the file.
The JSON export is the lossless one.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from workshop.files import atomic_output

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# As in the PDF: no font has a glyph for these, and a spreadsheet shows them as boxes or breaks a row.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

CARDS_HEADER = ("exercise_number", "exercise", "step", "column", "cluster", "card_id",
                "text", "votes", "hidden", "created_at")
VOTES_HEADER = ("exercise_number", "exercise", "step", "on_step", "rank", "card_id",
                "cluster", "text", "votes")
RATINGS_HEADER = ("exercise_number", "exercise", "step", "item", "participant", "value",
                  "scale_min", "scale_max")
ACTIONS_HEADER = ("exercise_number", "exercise", "step", "what", "who", "due")
STATEMENTS_HEADER = ("exercise_number", "exercise", "step", "statement_id", "chosen", "text", "fields")
# participant: '' for the group's answer, else the phone's label (a typed name or "Phone 3").
ANSWERS_HEADER = ("exercise_number", "exercise", "step", "question_number", "question", "participant",
                  "answer")


def neutralise(value: Any) -> str:
    """A cell's text, with an apostrophe in front if a spreadsheet would run it."""
    if isinstance(value, int | float):
        return str(value)  # a number is never a formula, and -2 must stay a number
    text = "" if value is None else _CONTROL.sub("", str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """One CSV file: BOM, header row, rows; every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return BOM + buffer.getvalue()


def _where(exercise: Mapping[str, Any], step: Mapping[str, Any]) -> list[Any]:
    return [exercise["number"], exercise["title"], step["title"]]


def card_rows(context: Mapping[str, Any]) -> list[list[Any]]:
    """Every card, hidden ones too (marked so): the PDF leaves those out, the facilitator's data does not."""
    rows = []
    for exercise in context["exercises"]:
        for step in exercise["steps"]:
            shown = [(card, "no") for card in step["cards"]]
            for card, hidden in shown + [(card, "yes") for card in step.get("hidden_cards", ())]:
                rows.append([*_where(exercise, step), card.get("column_label", ""),
                             card.get("cluster", ""), card["id"], card["text"],
                             card.get("votes", ""), hidden, card.get("created_at", "")])
    return rows


def vote_rows(context: Mapping[str, Any]) -> list[list[Any]]:
    rows = []
    for exercise in context["exercises"]:
        for step in exercise["steps"]:
            for rank, result in enumerate(step.get("results", ()), start=1):
                rows.append([*_where(exercise, step), step.get("on_title", ""), rank,
                             result.get("card_id", ""), result.get("cluster", ""),
                             result["text"], result["votes"]])
    return rows


def rating_rows(context: Mapping[str, Any]) -> list[list[Any]]:
    rows = []
    for exercise in context["exercises"]:
        for step in exercise["steps"]:
            chart = step.get("rating")
            if not chart:
                continue
            scale = chart["scale"]
            for item in chart["rows"]:
                for rating in item["ratings"]:
                    rows.append([*_where(exercise, step), item["label"], rating["participant"],
                                 rating["value"], scale["min"], scale["max"]])
    return rows


def statement_rows(context: Mapping[str, Any]) -> list[list[Any]]:
    """Every candidate statement, the chosen one marked; `fields` lists each field as "label: value"."""
    rows = []
    for exercise in context["exercises"]:
        for step in exercise["steps"]:
            for candidate in step.get("candidates", ()):
                fields = "; ".join(f"{field['label']}: {field['value']}"
                                   for field in candidate.get("fields", ()) if field["value"])
                rows.append([*_where(exercise, step), candidate["id"],
                             "yes" if candidate["chosen"] else "no", candidate["text"], fields])
    return rows


def answer_rows(context: Mapping[str, Any]) -> list[list[Any]]:
    """Each question with the group's answer (even an empty one), then the room's answers to it."""
    rows = []
    for exercise in context["exercises"]:
        for step in exercise["steps"]:
            for answer in step.get("answers", ()):
                asked = [*_where(exercise, step), answer["number"], answer["question"]]
                rows.append([*asked, "", answer["text"]])
                rows += [[*asked, said["participant"], said["text"]] for said in answer.get("room", ())]
    return rows


def action_rows(context: Mapping[str, Any]) -> list[list[Any]]:
    return [[action["exercise_number"], action["exercise"], action["step"], action["what"],
             action["who"], action["due"]] for action in context.get("actions", ())]


def csv_files(context: Mapping[str, Any]) -> dict[str, str]:
    """File name -> CSV text, for the six files of the export."""
    return {
        "cards.csv": csv_text(CARDS_HEADER, card_rows(context)),
        "votes.csv": csv_text(VOTES_HEADER, vote_rows(context)),
        "ratings.csv": csv_text(RATINGS_HEADER, rating_rows(context)),
        "statements.csv": csv_text(STATEMENTS_HEADER, statement_rows(context)),
        "answers.csv": csv_text(ANSWERS_HEADER, answer_rows(context)),
        "actions.csv": csv_text(ACTIONS_HEADER, action_rows(context)),
    }


def write_csv_zip(context: Mapping[str, Any], out_path: str | Path,
                  temp: Path | None = None) -> Path:
    """Write the CSV files into one zip at `out_path`, atomically."""
    out = Path(out_path).resolve()
    made = datetime.fromisoformat(context["generated"]["iso"]).timetuple()[:6]
    with atomic_output(out, temp) as stream, \
            zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in csv_files(context).items():
            entry = zipfile.ZipInfo(name, date_time=max(made, (1980, 1, 1, 0, 0, 0)))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = (0o100644 << 16)  # a regular file anyone may read, once unpacked
            archive.writestr(entry, text.encode("utf-8"))
    return out
