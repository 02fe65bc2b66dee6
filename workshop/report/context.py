"""A session flattened into the plain data the report templates read.

Templates see only strings, numbers, booleans, lists and dicts: no core
objects, so a trainer's template cannot call methods on the session, and the
same context could be written out as JSON for a preview or a test.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from workshop import __version__
from workshop.core.agenda import AgendaItem
from workshop.core.durations import format_minutes
from workshop.core.exercise_use import setting_rows, step_heading
from workshop.core.languages import SOURCE
from workshop.core.markdown import render_markdown
from workshop.core.session import SessionState, StepRecord, seconds_between
from workshop.core.templates import InputKind, Step
from workshop.report.carried import with_carried
from workshop.report.i18n import long_date, translations
from workshop.report.produced import StepOutput

# The session's language while a context is built: the few words made here (an overrun)
# follow it, as the templates' words do. Dates come from Babel's data, never from the
# process locale (Qt sets it), so a session prints the same on every machine. (A plain
# global: a context is built in one go, and the export worker loads nothing new under
# its memory limit, as a ContextVar's C module would be.)
_language = [SOURCE]


def _(message: str) -> str:
    return translations(_language[0]).gettext(message)


def _setting_names() -> tuple[str, str, str]:
    return _("Groups"), _("Room"), _("Materials")


def _date_text(iso: str) -> str:
    try:
        return long_date(date.fromisoformat(iso), _language[0])
    except ValueError:
        return iso  # a hand-typed date is still worth printing as typed


def _clock(iso: str) -> str:
    """"HH:MM" of an ISO time, or "" when there is none."""
    try:
        return datetime.fromisoformat(iso).strftime("%H:%M") if iso else ""
    except ValueError:
        return ""


def _overrun_label(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes = round(seconds / 60)
    if minutes > 0:
        return f"+{minutes} min"
    if minutes < 0:
        return f"\u2212{-minutes} min"  # a real minus sign: a hyphen reads as a dash
    return _("on time")


def _timing(planned: int, started: str, ended: str, elapsed: float = 0.0) -> dict[str, Any]:
    """Planned against actual for a step or an item.

    The actual length is the wall-clock span from start to end, pauses
    included, because that is what moved the rest of the day; a step still
    running falls back to its timer's elapsed time.
    """
    if started and ended:
        actual: float | None = seconds_between(started, ended)
    elif started:
        actual = elapsed
    else:
        actual = None
    overrun = None if actual is None else actual - planned
    return {
        "planned_minutes": round(planned / 60),
        "planned_label": format_minutes(planned),
        "has_run": bool(started),
        "actual_start": _clock(started),
        "actual_end": _clock(ended),
        "actual_minutes": None if actual is None else round(actual / 60),
        "overrun_minutes": None if overrun is None else round(overrun / 60),
        "overrun_label": _overrun_label(overrun),
    }


def _agenda_row(state: SessionState, item: AgendaItem) -> dict[str, Any]:
    steps = []
    records: list[StepRecord] = []
    offset = item.offset
    for step in item.steps:
        record = state.record_for(item.index, step.key)
        records.append(record)
        steps.append({
            "key": step.key,
            "title": step_heading(step, _("{title}, round {number} of {count}")),
            "planned_at": state.agenda.clock_time(offset, state.start_clock),
            **_timing(step.duration, record.started, record.ended, record.elapsed),
        })
        offset += step.duration
    started = next((r.started for r in records if r.started), "")
    ended = next((r.ended for r in reversed(records) if r.ended), "")
    return {
        "index": item.index,
        "title": item.title,
        "is_break": item.is_break,
        "planned_at": state.agenda.clock_time(item.offset, state.start_clock),
        **_timing(item.duration, started, ended, sum(r.elapsed for r in records)),
        "steps": steps,
        "setting": [f"{name}: {value}" for name, value in
                    (setting_rows(item.exercise, item.parameters, _setting_names())
                     if item.exercise is not None else [])],
    }


def _step(step: Step, output: dict[str, Any]) -> dict[str, Any]:
    return {
        "key": step.key,
        "title": step_heading(step, _("{title}, round {number} of {count}")),
        "groups": step.groups,
        "phases": [{"title": phase.title, "planned_label": format_minutes(phase.duration),
                    "prompt_html": render_markdown(phase.prompt)} for phase in step.phases],
        "kind": step.input.kind.value,
        "prompt_md": step.prompt,  # the trainer's Markdown, for the Markdown export
        "prompt_html": render_markdown(step.prompt),
        "planned_label": format_minutes(step.duration),
        **output,
    }


def _exercise(number: int, item: AgendaItem, produced: StepOutput) -> dict[str, Any]:
    assert item.exercise is not None
    steps = [_step(step, with_carried(produced, item, step, number)) for step in item.steps]
    # Each step's place on paper, so a vote can point to the board its cards are printed on.
    anchors = {step["key"]: f"item-{item.index}-step-{n}" for n, step in enumerate(steps, start=1)}
    for step in steps:
        step["anchor"] = anchors[step["key"]]
        step["on_anchor"] = anchors.get(step.get("on_key", ""), "")
    return {
        "number": number,
        "index": item.index,
        "anchor": f"item-{item.index}",
        "id": item.exercise.id,
        "title": item.title,
        "summary_md": item.exercise.summary,
        "summary_html": render_markdown(item.exercise.summary),
        "source": item.exercise.source,
        "setting": [{"name": name, "value": value} for name, value in
                    setting_rows(item.exercise, item.parameters, _setting_names())],
        "planned_label": format_minutes(item.duration),
        "steps": steps,
        "card_count": sum(len(step["cards"]) for step in steps),
        "kinds": sorted({step["kind"] for step in steps} - {InputKind.NONE.value}),
    }


def _all_actions(exercises: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every action of the day, soonest due first; undated ones last, in agenda order."""
    actions = [action for exercise in exercises for step in exercise["steps"]
               for action in step["actions"]]
    return sorted(actions, key=lambda action: (not action["due"], action["due"]))


def build_context(state: SessionState, generated_at: datetime | None = None) -> dict[str, Any]:
    """Everything the report templates need, as plain data.

    `generated_at` defaults to now; tests pass a fixed time so output is stable.
    A naive time is taken as local time (PDF dates need a time zone).
    """
    if generated_at is None or generated_at.tzinfo is None:
        generated_at = (generated_at or datetime.now()).astimezone()
    before, _language[0] = _language[0], state.header.language
    try:
        return _context(state, generated_at)
    finally:
        _language[0] = before


def _context(state: SessionState, generated_at: datetime) -> dict[str, Any]:
    header = state.header
    agenda = [_agenda_row(state, item) for item in state.agenda.items]
    produced = StepOutput(state)
    exercises = [_exercise(number, item, produced) for number, item
                 in enumerate((i for i in state.agenda.items if not i.is_break), start=1)]
    actions = _all_actions(exercises)
    first_start = next((row["actual_start"] for row in agenda if row["actual_start"]), "")
    last_end = next((row["actual_end"] for row in reversed(agenda) if row["actual_end"]), "")
    return {
        "lang": header.language,
        "app": {"name": "Workshop", "version": __version__},
        "header": {
            "title": header.title,
            "organisation": header.organisation,
            "facilitator": header.facilitator,
            "participants": list(header.participants),
            "date_iso": header.date,
            "date_long": _date_text(header.date),
        },
        "plan": {
            "id": state.plan.id,
            "title": state.plan.title,
            "summary_md": state.plan.summary,
            "summary_html": render_markdown(state.plan.summary),
            "start": state.start_clock,
            "end": state.agenda.clock_time(state.agenda.total, state.start_clock),
            "planned_label": format_minutes(state.agenda.total),
            "actual_start": first_start,
            "actual_end": last_end,
            # An agenda exported before the day has no "as run" to show.
            "has_run": any(row["has_run"] for row in agenda),
        },
        "generated": {"iso": generated_at.isoformat(timespec="seconds"),
                      "long": long_date(generated_at.date(), header.language),
                      "time": generated_at.strftime("%H:%M")},
        "agenda": agenda,
        "exercises": exercises,
        "actions": actions,
        "counts": {
            "cards": sum(exercise["card_count"] for exercise in exercises),
            "actions": len(actions),
            "exercises": len(exercises),
            "steps": sum(len(exercise["steps"]) for exercise in exercises),
            "phones": state.phones,
        },
    }
