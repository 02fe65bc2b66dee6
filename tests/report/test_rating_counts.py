"""The PDF says how many gave each score beside the average and spread."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from tests.pdf_text import pdf_text
from workshop.core.session import SessionState
from workshop.report.charts import rating_row
from workshop.report.context import build_context
from workshop.report.pdf import write_pdf


def test_rating_row_counts_each_score_a_lone_zero_too() -> None:
    row = rating_row([0, 3, 3, 5], 0, 5, 2.75)
    assert row["counts"] == [{"value": 0, "count": 1}, {"value": 3, "count": 2},
                             {"value": 5, "count": 1}]


def test_pdf_reads_score_and_people(session: SessionState, generated_at: datetime, tmp_path: Path) -> None:
    pdf = write_pdf(build_context(session, generated_at), tmp_path / "report.pdf")
    text = re.sub(r"[ \t\u00a0]+", " ", pdf_text(pdf))
    assert "score: people who gave it" in text
    # Pride: Sam gave 2, Priya 4; Delight: both gave 5.
    assert "2: 1 · 4: 1" in text
    assert "5: 2" in text
