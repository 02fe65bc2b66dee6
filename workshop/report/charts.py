"""The geometry of the report's charts, computed from the data; templates draw it as SVG.

A rating chart is one row per rated item: a track for the scale, a dot for
each score given (bigger where several people gave the same), a bar for the
range from lowest to highest, a band for the average plus or minus the
spread, and a mark at the average. Coordinates are in a fixed viewBox
(`WIDTH` x `HEIGHT`); `parts/rating-chart.html.j2` turns them into inline
SVG, so a trainer can restyle the chart (colours, shapes) in a template
without Python, and the numbers stay here where they are tested.

The SVG carries no text: labels and figures sit in the HTML table around
it, where they can be copied and read aloud.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

WIDTH = 600
HEIGHT = 40
PAD = 14  # room for the largest dot at either end of the track
MAX_DOT = 11.0
MIN_DOT = 4.0


def scale_x(value: float, low: int, high: int) -> float:
    """Where `value` sits along the track of a `low`..`high` scale."""
    span = high - low
    fraction = 0.5 if span <= 0 else (value - low) / span
    fraction = min(1.0, max(0.0, fraction))  # a stray score off the scale stays on the chart
    return round(PAD + fraction * (WIDTH - 2 * PAD), 2)


def axis(low: int, high: int) -> dict[str, Any]:
    """The ticks of a scale, for the chart's header row."""
    return {"width": WIDTH, "height": HEIGHT, "y": HEIGHT / 2,
            "ticks": [{"value": value, "x": scale_x(value, low, high)}
                      for value in range(low, high + 1)] if high - low <= 20 else
            [{"value": low, "x": scale_x(low, low, high)},
             {"value": high, "x": scale_x(high, low, high)}]}


def rating_row(scores: Sequence[int], low: int, high: int, average: float | None,
               consensus: int | None = None) -> dict[str, Any]:
    """The chart of one rated item: `scores` from participants, on a `low`..`high` scale.

    `average` is drawn as given (the summary computed it); `consensus` is the
    group's agreed score, drawn as a diamond, when there is one.
    """
    middle = HEIGHT / 2
    counts = Counter(scores)
    most = max(counts.values(), default=1)
    dots = [{"x": scale_x(value, low, high), "y": middle, "count": count,
             # area grows with the count, so two people look twice as many as one
             "r": round(MIN_DOT + (MAX_DOT - MIN_DOT) * math.sqrt(count / most), 2)}
            for value, count in sorted(counts.items())]
    row: dict[str, Any] = {"width": WIDTH, "height": HEIGHT, "y": middle,
                           "x0": PAD, "x1": WIDTH - PAD, "dots": dots,
                           "ticks": [t["x"] for t in axis(low, high)["ticks"]],
                           # how many gave each score, in words beside the chart (a lone 0 shows)
                           "counts": [{"value": value, "count": count}
                                      for value, count in sorted(counts.items())],
                           "range": None, "band": None, "mean_x": None, "consensus_x": None}
    if scores:
        row["range"] = {"x": scale_x(min(scores), low, high), "x2": scale_x(max(scores), low, high)}
    if average is not None:
        row["mean_x"] = scale_x(average, low, high)
        spread = math.sqrt(sum((s - average) ** 2 for s in scores) / len(scores)) if scores else 0
        if spread > 0:  # nothing to draw when everyone agreed
            left, right = scale_x(average - spread, low, high), scale_x(average + spread, low, high)
            row["band"] = {"x": left, "width": round(right - left, 2)}
    if consensus is not None:
        row["consensus_x"] = scale_x(consensus, low, high)
    return row
