"""What the group produced in one step, as plain data for the report, by input kind.

`context` builds the skeleton (cover, agenda, exercises, steps); this module
fills in each step: the board of a notes step (columns, clusters, cards and
their dots, winners first), the results of a vote, the summary of a rating
with its chart, the statements, the answers (the group's, then the room's)
and the actions.

Hidden cards (not yet revealed to the room) are left out everywhere: from
the board, from the vote results and from the clusters, which are left out
too when nothing visible is left in them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from workshop.core.agenda import AgendaItem
from workshop.core.aggregate import compose_parts, rating_summaries
from workshop.core.languages import SOURCE
from workshop.core.room import room_vote_results, shown_cards, shown_clusters, shown_members
from workshop.core.session import Card, Cluster, SessionState, Target
from workshop.core.templates import InputKind, Step
from workshop.report.charts import axis, rating_row
from workshop.report.i18n import short_date

UNNAMED = "Unnamed cluster"  # a cluster the group never named

# A card longer than this prints across the page's width, as a block that may
# continue on the next page; shorter cards sit two to a row and never split.
# Half a page's width holds about 40 characters a line and 50 lines a page:
# well under that, so no card in a row is ever taller than a page.
LONG_CARD = 600


def due_label(due: date | None, language: str = SOURCE) -> str:
    """A due date nobody can misread, whatever their country: "Fri 4 Dec 2026", in the session's
    language ("Fr., 4. Dez. 2026")."""
    return short_date(due, language) if due is not None else ""


class StepOutput:
    """Reads one session's group input once, then answers per step."""

    def __init__(self, state: SessionState) -> None:
        self.state = state
        # Dots on the targets of each board, from every vote step that votes on it.
        self.dots: dict[tuple[int, str], dict[Target, int]] = defaultdict(dict)
        for item in state.agenda.items:
            for step in item.steps:
                if step.input.kind is InputKind.VOTE:
                    board = self.dots[(item.index, step.input.on)]
                    for vote in state.votes_for(item.index, step.key):
                        board[vote.target] = board.get(vote.target, 0) + vote.count

    # ------------------------------------------------------------------ cards

    def card(self, card: Card, labels: dict[str, str], clusters: dict[int, Cluster],
             dots: dict[Target, int]) -> dict[str, Any]:
        cluster = clusters.get(card.cluster) if card.cluster is not None else None
        return {"id": card.id, "text": card.text, "column": card.column,
                "column_label": labels.get(card.column, card.column),
                "cluster": (cluster.name or UNNAMED) if cluster else "",
                "cluster_id": cluster.id if cluster else None,
                "votes": dots.get(Target.card(card.id), 0),
                "author": card.author, "created_at": card.created_at, "colour": card.colour,
                "long": len(card.text) > LONG_CARD}

    def board(self, item: AgendaItem, step: Step) -> dict[str, Any]:
        """A step's cards: all of them, by column, and in clusters (most dots first)."""
        state = self.state
        labels = {column.key: column.label for column in step.input.columns}
        dots = self.dots.get((item.index, step.key), {})
        cluster_of = {c.id: c for c in state.clusters_for(item.index, step.key)}
        # What the room may see (`core.room`), as on the wall.
        cards = [self.card(card, labels, cluster_of, dots)
                 for card in shown_cards(state, item.index, step.key)]
        shown = {cluster.id for cluster in shown_clusters(state, item.index, step.key)}
        voted = bool(dots)
        clusters = []
        for position, cluster in enumerate(cluster_of.values()):
            if cluster.id not in shown:
                continue
            members = [card for card in cards if card["cluster_id"] == cluster.id]
            clusters.append({"id": cluster.id, "title": cluster.name or UNNAMED, "column": cluster.column,
                             "votes": dots.get(Target.cluster(cluster.id), 0),
                             "cards": _by_votes(members) if voted else members,
                             "position": position})
        if voted:
            clusters.sort(key=lambda c: (-c["votes"], -sum(x["votes"] for x in c["cards"]),
                                         c["position"]))
        loose = [card for card in cards if card["cluster_id"] is None]
        loose = _by_votes(loose) if voted else loose
        # Never printed for the room; the CSV, the facilitator's own data, lists them as hidden.
        hidden = [self.card(card, labels, cluster_of, dots)
                  for card in state.cards_for(item.index, step.key) if card.hidden]
        return {"cards": cards, "columns": _columns(labels, cards, clusters, loose),
                "clusters": clusters, "loose": loose, "voted": voted, "hidden_cards": hidden}

    # ------------------------------------------------------------ the kinds

    def vote(self, item: AgendaItem, step: Step) -> dict[str, Any]:
        state = self.state
        on_step = next((s for s in item.steps if s.key == step.input.on), None)
        visible_members = {cluster: [card.text for card in cards] for cluster, cards
                           in shown_members(state, item.index, step.input.on).items()}
        results = []
        # What the room may see (`core.room`): the wall's rule, by the same code.
        for result in room_vote_results(state, item.index, step.key, include_unvoted=False):
            target = result.target
            text = result.text or (UNNAMED if target.kind == Target.CLUSTER else "")
            results.append({"kind": target.kind, "id": target.id, "text": text,
                            "card_id": target.id if target.kind == Target.CARD else "",
                            "cluster": text if target.kind == Target.CLUSTER else "",
                            "cards": visible_members.get(target.id, [])
                            if target.kind == Target.CLUSTER else [],
                            "votes": result.count, "voters": result.voters})
        top = results[0]["votes"] if results else 0
        for rank, result in enumerate(results, start=1):
            result["rank"] = rank
            result["winner"] = result["votes"] == top
            result["share"] = round(result["votes"] / top, 4) if top else 0
        voters = {vote.voter for vote in state.votes_for(item.index, step.key) if vote.voter}
        return {"on_key": step.input.on, "on_title": on_step.title if on_step else step.input.on,
                "dots_each": step.input.dots, "results": results,
                "total_dots": sum(r["votes"] for r in results),
                "voter_count": len(voters)}

    def rating(self, item: AgendaItem, step: Step) -> dict[str, Any]:
        spec = step.input
        scale = {"min": spec.scale.min, "max": spec.scale.max,
                 "low": spec.scale.low, "high": spec.scale.high}
        values: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for rating in self.state.ratings_for(item.index, step.key):
            values[rating.subject].append({"participant": rating.participant or "(group)",
                                           "value": rating.value})
        items = []
        for summary in rating_summaries(self.state, item.index, step.key):
            scores = [r["value"] for r in values[summary.subject] if r["participant"] != "(group)"]
            items.append({
                "label": summary.label,
                "count": summary.count,
                "average": summary.average,
                "average_label": "" if summary.average is None else f"{summary.average:.1f}",
                "low": summary.min, "high": summary.max,
                "spread": summary.spread,
                "spread_label": "" if summary.spread is None else f"±{summary.spread:.1f}",
                "consensus": summary.consensus,
                "ratings": values[summary.subject],
                "chart": rating_row(scores, spec.scale.min, spec.scale.max,
                                    summary.average, summary.consensus),
            })
        return {"rating": {"scale": scale, "question": spec.question, "mode": spec.mode,
                           "rows": items,
                           "has_data": any(i["count"] or i["consensus"] is not None
                                           for i in items),
                           "axis": axis(spec.scale.min, spec.scale.max)}}

    def statement(self, item: AgendaItem, step: Step) -> dict[str, Any]:
        spec = step.input
        labels = {f.key: f.label for f in spec.fields}
        candidates = []
        for statement in self.state.statements_for(item.index, step.key):
            if spec.compose:
                parts = [{"text": text, "filled": filled}
                         for text, filled in compose_parts(spec.compose, statement.values)]
            else:  # no sentence to compose: the blanks, one after the other
                parts = [{"text": statement.values.get(key, ""), "filled": True}
                         for key in labels if statement.values.get(key)]
            candidates.append({
                "id": statement.id, "chosen": statement.chosen, "parts": parts,
                "text": "".join(p["text"] for p in parts) if spec.compose
                else " / ".join(p["text"] for p in parts),
                "fields": [{"key": key, "label": label, "value": statement.values.get(key, "")}
                           for key, label in labels.items()],
            })
        chosen = next((c for c in candidates if c["chosen"]), None)
        return {"candidates": candidates, "chosen": chosen,
                "others": [c for c in candidates if not c["chosen"]]}

    def questions(self, item: AgendaItem, step: Step) -> dict[str, Any]:
        """Each question with the group's answer, then what people answered from their phones.

        A room answer keeps its `participant` (the phone's label) for the spreadsheet, as a
        rating does; the PDF and the Markdown print the texts only: a label is "Phone 3" as
        often as a name, and which it is cannot be told from the session alone.
        """
        room: dict[int, list[dict[str, str]]] = defaultdict(list)
        for answer in self.state.room_answers(item.index, step.key):
            room[answer.question].append({"text": answer.text, "participant": answer.participant or ""})
        return {"answers": [{"number": number, "question": question,
                             "text": self.state.answer(item.index, step.key, number - 1),
                             "room": room.get(number - 1, [])}
                            for number, question in enumerate(step.input.questions, start=1)]}

    def actions(self, item: AgendaItem, step: Step, exercise_number: int) -> dict[str, Any]:
        return {"actions": [
            {"id": action.id, "what": action.what, "who": action.who,
             "due": action.due.isoformat() if action.due else "",
             "due_label": due_label(action.due, self.state.header.language),
             "exercise_number": exercise_number, "exercise": item.title, "step": step.title,
             "anchor": f"item-{item.index}"}
            for action in self.state.actions_for(item.index, step.key)]}

    def for_step(self, item: AgendaItem, step: Step, exercise_number: int) -> dict[str, Any]:
        """Everything a step's section shows, for any kind (empty lists where none apply)."""
        kind = step.input.kind
        data: dict[str, Any] = {"results": [], "candidates": [], "answers": [], "actions": [],
                                "rating": None, "chosen": None, "continues": None}
        data.update(self.board(item, step))
        if step.board_key != step.key:
            shown = next((s for s in item.steps if s.key == step.board_key), None)
            data["continues"] = {"key": step.board_key, "title": shown.title if shown else step.board_key}
        if kind is InputKind.VOTE:
            data.update(self.vote(item, step))
        elif kind is InputKind.RATING:
            data.update(self.rating(item, step))
        elif kind is InputKind.STATEMENT:
            data.update(self.statement(item, step))
        elif kind is InputKind.QUESTIONS:
            data.update(self.questions(item, step))
        elif kind is InputKind.ACTIONS:
            data.update(self.actions(item, step, exercise_number))
        return data


def _by_votes(cards: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    # sorted() is stable: equal dots keep board order.
    return sorted(cards, key=lambda card: -card["votes"])


def _columns(labels: dict[str, str], cards: list[dict[str, Any]], clusters: list[dict[str, Any]],
             loose: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The board by the step's columns, in their declared order.

    Cards whose column is unknown (renamed since) still print, in a last group.
    """
    if not labels:
        return []
    columns = [{"key": key, "label": label,
                "cards": [c for c in cards if c["column"] == key],
                "clusters": [c for c in clusters if c["column"] == key],
                "loose": [c for c in loose if c["column"] == key]}
               for key, label in labels.items()]
    strays = [c for c in cards if c["column"] not in labels]
    if strays:
        columns.append({"key": "", "label": "Other", "cards": strays,
                        "clusters": [c for c in clusters if c["column"] not in labels],
                        "loose": [c for c in loose if c["column"] not in labels]})
    return columns
