"""What a step carries forward in the report: an earlier step's result it recalls, and paired cards.

Both are plain data added to each step's section (`context`): `recall`
(None, or the heading and the lines of the result, as the wall words
them) and `pairs` (for a notes step with `pairs: true`, each card of the
first column beside the card of the second in the same place, board order).
"""

from __future__ import annotations

from itertools import zip_longest
from typing import Any

from workshop.core.agenda import AgendaItem
from workshop.core.recall import Recalled, RecallLine, recall_for
from workshop.core.session import SessionState
from workshop.core.templates import InputKind, Step
from workshop.report.produced import StepOutput


def with_carried(produced: StepOutput, item: AgendaItem, step: Step, number: int) -> dict[str, Any]:
    """The step's own output (`StepOutput.for_step`) with `recall` and `pairs` added."""
    output = produced.for_step(item, step, number)
    output["recall"] = recall_context(produced.state, item, step)
    output["pairs"] = pairs(step, output)
    return output


def recall_context(state: SessionState, item: AgendaItem, step: Step) -> dict[str, Any] | None:
    """The earlier result the step showed; None when it recalls nothing, or nothing came of it."""
    recalled = recall_for(state, item.index, step)
    if recalled is None or not recalled.has_result:
        return None  # on paper, "no result yet" would only puzzle the reader
    return {"heading": heading(recalled),
            "single": len(recalled.lines) == 1,
            "lines": [{"text": line.text, "detail": detail(line), "cluster": line.cluster}
                      for line in recalled.lines],
            "more": recalled.more}


def heading(recalled: Recalled) -> str:
    """Where the result comes from, as the wall says it."""
    step = recalled.step_title
    if recalled.label:
        return recalled.label
    if recalled.kind is InputKind.VOTE and recalled.show == "winner":
        text = f"Most dots in “{step}”" + (": a tie" if recalled.tie else "")
    elif recalled.kind is InputKind.VOTE:
        text = f"The vote in “{step}”"
    elif recalled.kind is InputKind.STATEMENT:
        text = f"Chosen in “{step}”"
    elif recalled.kind is InputKind.RATING:
        text = f"Rated highest in “{step}”"
    else:
        text = f"From “{step}”"
    return f"{text} · {recalled.exercise_title}" if recalled.exercise_title else text


def detail(line: RecallLine) -> str:
    parts = []
    if line.dots:
        parts.append(f"{line.dots} dot" + ("" if line.dots == 1 else "s"))
    if line.consensus is not None:
        parts.append(f"agreed: {line.consensus}")
    elif line.average is not None:
        parts.append(f"average {line.average:.1f}")
    if line.cards:
        parts.append(" · ".join(line.cards))
    return " — ".join(parts)


def pairs(step: Step, output: dict[str, Any]) -> list[dict[str, Any]]:
    """Each card of the first column with the card in the same place of the second (None: not yet)."""
    columns = output.get("columns") or []
    if not step.input.pairs or len(columns) < 2:
        return []
    first, second = columns[0]["cards"], columns[1]["cards"]
    return [{"number": number, "left": left, "right": right}
            for number, (left, right) in enumerate(zip_longest(first, second), start=1)]
