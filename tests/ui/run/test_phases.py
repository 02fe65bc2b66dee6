"""A method in rounds and phases as it runs: the round on both screens, "Switch!" at each phase."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import FakeClock
from workshop.core.session import SessionHeader, SessionState, build_state
from workshop.library.catalog import Library
from workshop.store.session_file import SessionFile
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.widgets.step_header import SWITCH_CUE_MS


@pytest.fixture
def meeting(window: MainWindow, library: Library, tmp_path: Path) -> MainWindow:
    """The window running a session of "Team meeting that moves"."""
    plan = library.plans["team-meeting-that-moves"]
    state: SessionState = build_state(SessionHeader("Team meeting", "Greenleaf Hotels", "Sam", "2026-12-05"),
                                      plan, library.templates_for(plan))
    path = tmp_path / "sessions" / "meeting.workshop"
    SessionFile.create(path, state).close()
    assert window.open_session(path), window.message_bar.text
    return window


def go_to(window: MainWindow, key: str) -> None:
    controller = window.controller
    assert controller is not None
    controller.go_to(next(i for i, stop in enumerate(controller.state.stops) if stop.step.key == key))


def sounds(window: MainWindow) -> list[str]:
    played: list[str] = []
    window.chime._find_player = lambda: None
    window.chime.played.connect(lambda how: played.append(how))
    return played


def test_both_screens_say_the_round_and_the_parameters_value(meeting: MainWindow) -> None:
    go_to(meeting, "consult~2")
    for header in (meeting.run_page.header, meeting.audience.header):
        assert header.place.text() == "Round 2 of 3 · Client: person 2 · Groups: trios"
        assert header.phase.text() == "The client shares (1 of 4)"
        assert "The client describes the challenge" in header.prompt.text()
    assert "Round 2 of 3" in meeting.audience.visible_text()
    go_to(meeting, "alone")
    assert "What gets in the way of serving our customers well?" in meeting.audience.header.prompt.text()
    assert "{{" not in meeting.audience.visible_text()
    assert meeting.audience.header.phase.isHidden()


def test_each_phase_switch_is_cued_once_on_both_screens_with_a_sound(
        qtbot: QtBot, meeting: MainWindow, clock: FakeClock) -> None:
    go_to(meeting, "consult~1")
    played = sounds(meeting)
    meeting.action_set.start_pause.trigger()
    meeting.time_up.check()
    clock.advance(100)
    meeting.time_up.check()
    assert played == []
    meeting.run_page.timer_widget.refresh()
    assert meeting.run_page.timer_widget.caption == "The client shares: 0:20 left"
    with qtbot.waitSignal(meeting.time_up.phaseSwitched, timeout=2000) as switched:
        clock.advance(25)  # past 2 min: the questions begin
    assert switched.args == [1]
    for header in (meeting.run_page.header, meeting.audience.header):
        assert header.phase.text() == "Switch! Questions (2 of 4)"
        assert header.is_cueing()
        assert "Consultants ask questions" in header.prompt.text()
        assert "The client describes" not in header.prompt.text()
    assert played == ["beep"]
    meeting.time_up.check()
    clock.advance(5)
    meeting.time_up.check()
    assert played == ["beep"]  # once per switch
    qtbot.waitUntil(lambda: not meeting.audience.header.is_cueing(), timeout=SWITCH_CUE_MS + 2000)
    assert meeting.audience.header.phase.text() == "Questions (2 of 4)"


def test_opening_a_step_mid_phase_or_pausing_gives_no_cue(meeting: MainWindow, clock: FakeClock) -> None:
    go_to(meeting, "consult~1")
    played = sounds(meeting)
    meeting.action_set.start_pause.trigger()
    clock.advance(5 * 60)  # into "Consult", unseen by the watcher
    go_to(meeting, "prepare")
    meeting.time_up.check()
    go_to(meeting, "consult~1")
    meeting.time_up.check()
    assert meeting.audience.header.phase.text() == "Consult (3 of 4)"
    assert played == [] and not meeting.audience.header.is_cueing()


def test_the_phase_wall_fits(qtbot: QtBot, meeting: MainWindow) -> None:
    go_to(meeting, "consult~3")
    audience = meeting.audience
    audience.resize(1280, 720)
    audience.show()
    qtbot.waitExposed(audience)
    header = audience.header
    for label in (header.title, header.place, header.phase, header.prompt):
        assert label.isVisible()
        box = label.geometry()
        assert box.bottom() <= header.height() and label.heightForWidth(box.width()) <= box.height() + 1


def test_the_agenda_shows_a_run_as_one_line_opened_on_the_round_being_run(meeting: MainWindow) -> None:
    agenda = meeting.run_page.agenda
    go_to(meeting, "prepare")
    troika = next(agenda.topLevelItem(i) for i in range(agenda.topLevelItemCount())
                  if agenda.topLevelItem(i).text(1).startswith("Troika"))
    titles = [troika.child(i).text(1) for i in range(troika.childCount())]
    assert titles == ["▶ Prepare your challenge", "Consulting round · 3 rounds", "What helped"]
    run = troika.child(1)
    assert run.text(2) == "27 min" and not run.isExpanded()
    assert [run.child(i).text(1) for i in range(run.childCount())] == [
        "Round 1 · Client: person 1", "Round 2 · Client: person 2", "Round 3 · Client: person 3"]
    go_to(meeting, "consult~2")
    assert run.isExpanded() and run.child(1).text(1) == "▶ Round 2 · Client: person 2"
    assert meeting.run_page.next_label.text() == "Next: Consulting round, round 3 of 3 · 9 min"
    agenda.itemClicked.emit(run.child(2), 1)
    assert meeting.controller is not None and meeting.controller.current_stop.step.key == "consult~3"


def test_the_console_notes_say_this_groups_values_groups_room_and_materials(meeting: MainWindow) -> None:
    go_to(meeting, "consult~1")
    text = meeting.run_page.notes.plain_text()
    assert "For this group" in text
    assert "What each person brings: a customer situation you found hard" in text
    assert "Groups: trios" in text and "Room: Chairs in threes, knee to knee, no table between them" in text
    assert "Materials: A timer everyone can see, Paper for the client's notes" in text
    go_to(meeting, "pairs")
    assert "The question: What gets in the way of serving our customers well?" in \
        meeting.run_page.notes.plain_text()
    assert "Groups: pairs" in meeting.run_page.notes.plain_text()
