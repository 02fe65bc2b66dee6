"""When a step's time runs out: the cue on both timers, the chime (or silence), auto-advance."""

from __future__ import annotations

import wave
from collections.abc import Sequence
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import FakeClock
from tests.ui.conftest import FakeWallClock, stop_index
from workshop.core.timer import TimerState
from workshop.ui.run.chime import Chime, write_chime
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.main_window import MainWindow
from workshop.ui.widgets.timer_widget import PULSE_MS, PULSES


def at_silent_writing(window: MainWindow) -> None:
    controller = window.controller
    assert controller is not None
    # "Silent writing", 5 min, then "Share and cluster"
    controller.go_to(stop_index(controller.state, "keep-it-alive", "write"))


def quiet(window: MainWindow) -> list[str]:
    """Count the chimes instead of sounding them."""
    played: list[str] = []
    window.chime._find_player = lambda: None  # no audio player: the beep path
    window.chime.played.connect(played.append)
    return played


def test_at_zero_both_timers_pulse_and_the_chime_sounds_once(qtbot: QtBot, running: MainWindow,
                                                              clock: FakeClock) -> None:
    at_silent_writing(running)
    played = quiet(running)
    running.action_set.start_pause.trigger()
    clock.advance(299)
    running.time_up.check()
    assert played == []

    with qtbot.waitSignal(running.time_up.timeUp, timeout=2000):
        clock.advance(2)  # the watcher's own QTimer notices
    assert running.audience.timer_widget.is_pulsing()
    assert running.run_page.timer_widget.is_pulsing()
    assert played == ["beep"]

    clock.advance(30)  # overtime goes on: no second cue
    running.time_up.check()
    assert played == ["beep"]
    # One more minute, and the next zero cues again.
    running.action_set.add_minute.trigger()
    running.time_up.check()
    clock.advance(31)
    running.time_up.check()
    assert played == ["beep", "beep"]
    running.audience.timer_widget.stop_pulse()
    running.run_page.timer_widget.stop_pulse()
    assert not running.audience.timer_widget.is_pulsing()


def test_the_pulse_is_slow(qtbot: QtBot) -> None:
    # Three flashes a second is the seizure threshold; the pulse stays at one.
    assert PULSES / (PULSE_MS / 1000) <= 1


def test_muted_there_is_no_sound_but_still_the_cue(running: MainWindow, clock: FakeClock) -> None:
    at_silent_writing(running)
    played = quiet(running)
    running.action_set.mute.trigger()
    assert running.chime.muted
    running.action_set.start_pause.trigger()
    running.time_up.check()
    clock.advance(301)
    running.time_up.check()
    assert played == ["muted"]
    assert running.audience.timer_widget.is_pulsing()
    running.audience.timer_widget.stop_pulse()


def test_mute_and_auto_advance_are_remembered(qtbot: QtBot, running: MainWindow, context: AppContext) -> None:
    running.action_set.mute.trigger()
    running.action_set.auto_advance.trigger()
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.action_set.mute.isChecked() and again.chime.muted
    assert again.action_set.auto_advance.isChecked()
    again.action_set.mute.trigger()
    assert not context.preferences.muted


def test_reopening_a_session_past_zero_gives_no_cue(running: MainWindow, clock: FakeClock,
                                                    wall: FakeWallClock, session_path: Path) -> None:
    at_silent_writing(running)
    running.action_set.start_pause.trigger()
    clock.advance(400)
    wall.advance(400)
    running.time_up.check()
    running.close_session()
    played = quiet(running)
    assert running.open_session(session_path)
    running.time_up.check()
    clock.advance(5)
    running.time_up.check()
    assert played == []
    running.audience.timer_widget.stop_pulse()
    running.run_page.timer_widget.stop_pulse()


def test_auto_advance_moves_on_and_starts_the_next_step(qtbot: QtBot, running: MainWindow,
                                                        clock: FakeClock) -> None:
    at_silent_writing(running)
    quiet(running)
    running.action_set.auto_advance.trigger()
    running.action_set.start_pause.trigger()
    running.time_up.check()
    clock.advance(300)
    qtbot.waitUntil(lambda: running.run_page.header.title.text() == "Share and cluster", timeout=2000)
    controller = running.controller
    assert controller is not None
    assert controller.timer.state is TimerState.RUNNING
    clock.advance(60)
    qtbot.waitUntil(lambda: running.run_page.timer_widget.text == "7:00", timeout=2000)
    running.audience.timer_widget.stop_pulse()
    running.run_page.timer_widget.stop_pulse()


def test_without_auto_advance_the_step_stays_in_overtime(qtbot: QtBot, running: MainWindow,
                                                         clock: FakeClock) -> None:
    at_silent_writing(running)
    quiet(running)
    running.action_set.start_pause.trigger()
    running.time_up.check()
    clock.advance(320)
    running.time_up.check()
    assert running.run_page.header.title.text() == "Silent writing"
    qtbot.waitUntil(lambda: running.run_page.timer_widget.text == "+0:20", timeout=2000)
    running.audience.timer_widget.stop_pulse()
    running.run_page.timer_widget.stop_pulse()


# -- the chime on its own ------------------------------------------------------------------


def test_the_chime_is_a_short_wav(tmp_path: Path) -> None:
    path = write_chime(tmp_path / "chime.wav")
    with wave.open(str(path)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        assert sound.getnchannels() == 1 and sound.getsampwidth() == 2
    assert 0.5 < seconds < 1.5


def test_a_player_gets_the_wav_and_no_player_means_a_beep(qtbot: QtBot, tmp_path: Path) -> None:
    launched: list[tuple[str, list[str]]] = []

    def launch(program: str, arguments: Sequence[str]) -> bool:
        launched.append((program, list(arguments)))
        return True

    chime = Chime(player=lambda: ["/usr/bin/aplay", "-q"], launch=launch, folder=tmp_path)
    assert chime.play() == "player"
    assert launched == [("/usr/bin/aplay", ["-q", str(tmp_path / "workshop-time-up.wav")])]
    assert Chime(player=lambda: None, folder=tmp_path).play() == "beep"


def test_a_broken_audio_setup_never_raises(qtbot: QtBot, tmp_path: Path) -> None:
    def failing(_program: str, _arguments: Sequence[str]) -> bool:
        raise OSError("no sound card")

    assert Chime(player=lambda: ["/nowhere/paplay"], launch=failing, folder=tmp_path).play() == "beep"
    refusing = Chime(player=lambda: ["/nowhere/paplay"], launch=lambda *_: False, folder=tmp_path)
    assert refusing.play() == "beep"
    unwritable = tmp_path / "file"
    unwritable.write_text("not a folder")
    no_file = Chime(player=lambda: ["/usr/bin/aplay"], launch=lambda *_: True, folder=unwritable)
    assert no_file.play() == "beep"
    assert Chime(muted=True, player=lambda: ["/usr/bin/aplay"], folder=tmp_path).play() == "muted"
