"""The audience window: what the room reads, and nothing private."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import stop_index
from workshop.ui.room.audience_window import AudienceWindow, room_screen
from workshop.ui.shell.main_window import MainWindow


def every_text(widget: QWidget) -> str:
    """All text any label or text view of the window holds, shown or not."""
    texts = [label.text() for label in widget.findChildren(QLabel)]
    texts += [browser.toPlainText() for browser in widget.findChildren(QTextBrowser)]
    return "\n".join(texts)


def at_silent_writing(window: MainWindow) -> None:
    controller = window.controller
    assert controller is not None
    controller.go_to(stop_index(controller.state, "keep-it-alive", "write"))


def test_the_room_sees_title_prompt_timer_and_cards(running: MainWindow) -> None:
    at_silent_writing(running)
    running.controller.add_card("Keep every promise")  # type: ignore[union-attr]
    audience = running.audience

    text = audience.visible_text()
    assert "Keep it alive: our customer directive" in text
    assert "Silent writing" in text
    assert "What <strong>exactly</strong> is our one directive" in text
    assert "5:00" in text
    assert "Keep every promise" in text


def test_facilitator_notes_never_reach_the_room(running: MainWindow) -> None:
    at_silent_writing(running)
    stop = running.controller.current_stop  # type: ignore[union-attr]
    step_note = "If someone is stuck"
    exercise_note = "Dawn Roberts compares customer service"
    assert step_note in stop.step.facilitator_notes
    assert exercise_note in stop.item.exercise.facilitator_notes.replace("\n", " ")  # type: ignore[union-attr]
    # The console has them...
    assert step_note in running.run_page.notes.plain_text()
    # ...the audience window holds them nowhere, not even in a hidden widget.
    everything = every_text(running.audience) + running.audience.visible_text()
    assert step_note not in everything
    assert "Dawn Roberts" not in everything
    assert "Facilitator notes" not in everything


def test_the_room_view_follows_the_console(running: MainWindow) -> None:
    audience = running.audience
    running.action_set.next_step.trigger()
    assert audience.header.title.text() == "Evidence"
    room = audience.inputs.current_view
    assert room is not None
    assert room.column_titles() == ["Stories: our best-rated word",  # type: ignore[attr-defined]
                                    "Blockers: our worst-rated word"]
    running.controller.add_card("The allergy story", "stories")  # type: ignore[union-attr]
    assert audience.inputs.visible_text().splitlines()[2:] == ["The allergy story"]
    running.action_set.start_pause.trigger()
    assert audience.timer_widget.caption == ""  # no console hints on the wall


def test_the_toggle_shows_it_full_screen_and_hides_it_again(qtbot: QtBot, running: MainWindow) -> None:
    toggle = running.action_set.toggle_audience
    toggle.trigger()
    qtbot.waitExposed(running.audience)
    assert running.audience.isVisible()
    assert running.audience.isFullScreen()
    assert toggle.isChecked()

    toggle.trigger()
    assert not running.audience.isVisible()
    assert not toggle.isChecked()


def test_run_keys_work_while_the_room_view_is_in_front(qtbot: QtBot, running: MainWindow) -> None:
    from PySide6.QtCore import Qt

    running.action_set.toggle_audience.trigger()
    audience = running.audience
    audience.activateWindow()
    qtbot.waitUntil(audience.isActiveWindow)

    qtbot.keyClick(audience, Qt.Key.Key_PageDown)
    assert running.run_page.header.title.text() == "Evidence"
    qtbot.keyClick(audience, Qt.Key.Key_Escape)
    assert not audience.isVisible()
    assert not running.action_set.toggle_audience.isChecked()


def test_text_grows_with_the_window(qtbot: QtBot) -> None:
    audience = AudienceWindow()
    qtbot.addWidget(audience)
    audience.resize(1280, 720)
    audience.show()
    qtbot.waitExposed(audience)
    small = audience.header.title.font().pixelSize()
    audience.resize(1920, 1080)
    qtbot.waitUntil(lambda: audience.height() == 1080)
    large = audience.header.title.font().pixelSize()

    assert large > small >= 40
    assert large == round(1080 * 0.066)
    audience.set_zoom(1.5)
    assert audience.header.title.font().pixelSize() > large


def test_the_room_screen_is_not_the_console_screen() -> None:
    laptop, projector = object(), object()
    assert room_screen(laptop, [laptop, projector]) is projector  # type: ignore[arg-type]
    assert room_screen(projector, [laptop, projector]) is laptop  # type: ignore[arg-type]
    assert room_screen(laptop, [laptop]) is laptop  # type: ignore[arg-type]


def test_the_room_sees_the_words_to_rate_and_the_questions_once(running: MainWindow) -> None:
    audience = running.audience
    seen = audience.visible_text()
    for word in ("Pride", "Engage", "Delight", "Cherish", "Unique", "Positive"):
        assert seen.count(word) == 1, word
    running.action_set.next_step.trigger()
    running.action_set.next_step.trigger()
    assert audience.header.title.text() == "Cost centre or advantage?"
    question = "What do we do for customers that our competitors can't, or won't?"
    assert audience.visible_text().count(question) == 1


def test_a_full_board_takes_room_from_the_header_before_its_cards_shrink(qtbot: QtBot,
                                                                         running: MainWindow) -> None:
    at_silent_writing(running)
    audience = running.audience
    audience.resize(1280, 720)
    audience.show()
    qtbot.waitExposed(audience)
    controller = running.controller
    assert controller is not None
    for number in range(3):
        controller.add_card(f"Idea {number}")
    board = audience.inputs.current_view
    qtbot.wait(20)  # the board fits itself from the event loop
    assert not audience.compact and board.fit == 0  # type: ignore[union-attr]
    prompt_px = audience.header.prompt.font().pixelSize()

    for number in range(3, 30):
        controller.add_card(f"Idea {number}: make every guest feel remembered by name")
    qtbot.waitUntil(lambda: audience.compact)
    assert audience.header.prompt.font().pixelSize() < prompt_px
    running.set_zoom(1.5)  # larger text: the cards, not the header
    assert audience.header.prompt.font().pixelSize() < prompt_px

    running.set_zoom(1.0)  # back to normal: the cards, not the header, still need the room
    qtbot.wait(20)
    assert audience.compact

    from workshop.core.commands import DeleteCard

    for card in list(controller.state.cards)[3:]:  # most cards taken away: the full header is back
        controller.execute(DeleteCard(card.id))
    qtbot.waitUntil(lambda: not audience.compact)
    assert audience.header.prompt.font().pixelSize() == prompt_px

    for number in range(3, 30):
        controller.add_card(f"Idea {number}: make every guest feel remembered by name")
    qtbot.waitUntil(lambda: audience.compact)
    running.action_set.next_step.trigger()  # a new step starts with its header at full size
    assert not audience.compact
    assert audience.header.prompt.font().pixelSize() == prompt_px


def test_a_board_too_full_for_the_wall_says_how_many_cards_are_above(qtbot: QtBot,
                                                                    running: MainWindow) -> None:
    at_silent_writing(running)
    audience = running.audience
    audience.resize(1280, 720)
    audience.show()
    qtbot.waitExposed(audience)
    controller = running.controller
    assert controller is not None
    for number in range(1, 41):
        controller.add_card(f"Idea {number}: make every guest feel remembered by name, not by room")
    board = audience.inputs.current_view
    qtbot.waitUntil(lambda: board.views[0].hidden_above() > 0)  # type: ignore[union-attr]
    hidden = board.views[0].hidden_above()  # type: ignore[union-attr]
    lines = audience.inputs.visible_text().splitlines()
    assert lines[0] == f"▲ {hidden} earlier cards above"
    assert "Idea 40: make every guest feel remembered by name, not by room" in lines  # the newest in sight


def test_a_vote_too_long_for_the_wall_also_takes_room_from_the_header(qtbot: QtBot,
                                                                     running: MainWindow) -> None:
    at_silent_writing(running)
    controller = running.controller
    assert controller is not None
    for number in range(1, 4):
        controller.add_card(f"Idea {number}")
    audience = running.audience
    audience.resize(1280, 720)
    audience.show()
    qtbot.waitExposed(audience)
    running.action_set.next_step.trigger()  # share and cluster: the same three cards fit
    running.action_set.next_step.trigger()  # the dot vote
    qtbot.wait(20)
    assert not audience.compact
    running.action_set.previous_step.trigger()
    for number in range(4, 31):
        controller.add_card(f"Idea {number}")
    running.action_set.next_step.trigger()
    qtbot.waitUntil(lambda: audience.compact)
    assert audience.inputs.visible_text().splitlines()[-1].startswith("… and ")
