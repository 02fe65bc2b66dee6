"""The wall of every input kind, filled with a lifelike day of the shipped plan (for checks and shots).

The content is `report.sample`'s made-up day (the shipped exercises' prompts,
their questions and words to rate, cards, clusters, votes, statements,
answers and actions), opened through the real controller and shown by the
real audience window.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from tests.conftest import FakeClock
from tests.ui.conftest import FakeWallClock
from workshop.core.commands import SetResultsShown
from workshop.core.session import Card, Cluster, SessionState, Target, Vote
from workshop.core.templates import InputKind
from workshop.report.sample import sample_session
from workshop.store.session_file import SessionFile
from workshop.ui.room.audience_window import AudienceWindow
from workshop.ui.shell.controller import SessionController
from workshop.ui.widgets.theme import THEMES

SIZES = {"720p": (1280, 720), "1080p": (1920, 1080)}

# Each input kind's wall: (exercise id or "" for a break, step key).
KINDS = {
    "none": ("servant-leadership", "frame"),
    "notes": ("words-test", "evidence"),
    "clusters": ("keep-it-alive", "cluster"),
    "vote": ("keep-it-alive", "vote"),
    "rating": ("servant-leadership", "rate"),
    "held": ("servant-leadership", "rate"),  # the same step while its scores wait for the cue
    "statement": ("keep-it-alive", "commit"),
    "questions": ("words-test", "advantage"),
    "actions": ("keep-it-alive", "actions"),
    "break": ("", "break"),
}

CLUSTER_NAMES = ("Being known", "Rules that get in the way", "Speed", "Small surprises",
                 "Owning the problem", "Saying sorry", "Keeping promises", "The first minute")
IDEAS = ("Greet every guest by name", "Call back within a day", "Refund up to €50 on the spot",
         "Hold music", "Forms full of jargon", "Check-in queue too long", "Remember the usual order",
         "Fix it before they ask", "Say sorry and mean it", "A handwritten note")


def stop_of(state: SessionState, kind: str) -> int:
    exercise, step = KINDS[kind]
    for index, stop in enumerate(state.stops):
        ours = stop.item.is_break if not exercise else (
            stop.item.exercise is not None and stop.item.exercise.id == exercise)
        if ours and stop.step.key == step:
            return index
    raise LookupError(kind)


def with_clusters(state: SessionState, kind: str, cards: int, clusters: int) -> SessionState:
    """`state` with the clustering board of `kind` holding `cards` cards in `clusters` clusters."""
    stop = state.stops[stop_of(state, kind)]
    item, board = stop.item.index, stop.step.board_key
    kept = [c for c in state.cards if (c.item, c.step) != (item, board)]
    first_cluster = max((c.id for c in state.clusters), default=0) + 1
    new_clusters = [Cluster(first_cluster + n, item, board, CLUSTER_NAMES[n], position=float(n))
                    for n in range(clusters)]
    first_card = max((c.id for c in state.cards), default=0) + 1
    new_cards = [Card(first_card + n, item, board, IDEAS[n % len(IDEAS)], "", "2026-11-22T10:00:00+00:00",
                      cluster=new_clusters[n % clusters].id if clusters else None, position=float(n))
                 for n in range(cards)]
    others = [c for c in state.clusters if (c.item, c.step) != (item, board)]
    alive = {(Target.CARD, c.id) for c in kept + new_cards} | {
        (Target.CLUSTER, c.id) for c in others + new_clusters}
    # The dot vote on this board: dots on its new clusters, as a room would have given them.
    votes = [v for v in state.votes if (v.target.kind, v.target.id) in alive]
    votes += [Vote(stop.item.index, step.key, Target.cluster(cluster.id), None, 2 + n % 5)
              for step in stop.item.steps if step.input.kind is InputKind.VOTE and step.input.on == board
              for n, cluster in enumerate(new_clusters)]
    return replace(state, cards=sorted(kept + new_cards, key=lambda c: c.id),
                   clusters=others + new_clusters, votes=votes)


def lifelike(cards_per_board: int = 11) -> SessionState:
    """The shipped plan's day: each board with about `cards_per_board` cards, three clusters where
    a board is clustered, votes, ratings, statements, answers and actions."""
    # No timings: each step's timer waits at its full length, as when the facilitator arrives at it.
    return replace(sample_session(cards=8 * cards_per_board), events=[])


class Wall:
    """An audience window over a session file of `state`, at a size and theme."""

    def __init__(self, folder: Path, state: SessionState) -> None:
        path = folder / "wall.workshop"
        SessionFile.create(path, state).close()
        self.wall_clock = FakeWallClock()
        self.clock = FakeClock()
        self.controller = SessionController.open(path, self.clock, self.wall_clock)
        self.window = AudienceWindow()
        self.window.set_controller(self.controller)

    def show(self, size: str, theme: str) -> None:
        self.window.set_theme(THEMES[theme].audience)
        self.window.resize(*SIZES[size])
        self.window.show()

    def go(self, kind: str) -> None:
        index = stop_of(self.controller.state, kind)
        stop = self.controller.state.stops[index]
        if stop.step.input.on_cue:  # held back for the "held" wall, revealed for the others
            shown = kind != "held"
            if self.controller.state.results_shown(*stop.input_key) != shown:
                self.controller.execute(SetResultsShown(*stop.input_key, shown))
        self.controller.go_to(index)

    def close(self) -> None:
        self.window.set_controller(None)
        self.window.close()
        self.window.deleteLater()
        self.controller.close()


def text_boxes(window: QWidget) -> list[QLabel]:
    """The labels the room can see."""
    return [label for label in window.findChildren(QLabel) if label.isVisible() and label.text()]


def clipped(label: QLabel) -> str:
    """Why `label`'s text does not fit its box ("" when it does)."""
    box = label.contentsRect()
    margin = label.margin()
    box = box.adjusted(margin, margin, -margin, -margin)
    if label.textFormat() != Qt.TextFormat.PlainText and "<" in label.text():
        # Rich text: the label's own layout says how tall it needs to be at its width.
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        if needed > label.height() + 1:
            return f"needs {needed} px, has {label.height()}"
        return ""
    metrics = QFontMetrics(label.font())
    flags = int(label.alignment()) | (int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0)
    needed = metrics.boundingRect(QRect(0, 0, box.width(), 100_000), flags, label.text())
    if needed.height() > box.height() + 1 or needed.width() > box.width() + 1:
        return f"text {needed.width()}x{needed.height()} in box {box.width()}x{box.height()}"
    return ""


def outside(widget: QWidget, window: QWidget) -> bool:
    """Whether `widget` reaches past the window's edges."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return not window.rect().contains(QRect(top_left, widget.size()))


def overlapping(labels: list[QLabel], window: QWidget) -> list[tuple[str, str]]:
    """Pairs of visible labels whose boxes overlap (neither inside the other's parent chain)."""
    boxes = [(label, QRect(label.mapTo(window, label.rect().topLeft()), label.size())) for label in labels]
    found = []
    for number, (one, box) in enumerate(boxes):
        for other, other_box in boxes[number + 1:]:
            if box.intersects(other_box) and not one.isAncestorOf(other) and not other.isAncestorOf(one):
                found.append((one.objectName() or one.text()[:20], other.objectName() or other.text()[:20]))
    return found


__all__ = ["KINDS", "SIZES", "Wall", "clipped", "lifelike", "outside", "overlapping",
           "text_boxes", "with_clusters"]
