"""A column's or a blank's hint, from the template, is shown where people fill in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from workshop.core.session import SessionHeader, build_state
from workshop.core.templates import (
    Column,
    ExerciseTemplate,
    InputKind,
    InputSpec,
    Plan,
    PlanExercise,
    StatementField,
    Step,
)
from workshop.store.session_file import SessionFile
from workshop.ui.shell.main_window import MainWindow

SPECS = ExerciseTemplate("min-specs", "Min specs", "Rules that matter.", (
    Step("rules", "Every rule", 600, input=InputSpec(InputKind.NOTES, columns=(
        Column("must", "Must do"), Column("must-not", "Must not do", "What would break it?")))),
    Step("say", "Say it", 300, input=InputSpec(InputKind.STATEMENT, fields=(
        StatementField("why", "Why", "One line a guest would understand"),), compose="{why}")),
))


@pytest.fixture
def specs(window: MainWindow, tmp_path: Path) -> MainWindow:
    state = build_state(SessionHeader("Specs", "", "", "2026-12-05"),
                        Plan("p", "P", (PlanExercise("min-specs"),)), {"min-specs": SPECS})
    path = tmp_path / "specs.workshop"
    SessionFile.create(path, state).close()
    assert window.open_session(path), window.message_bar.text
    return window


def hints(widget: object) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel, "columnHint")  # type: ignore[attr-defined]
            if label.isVisibleTo(widget) and label.text()]  # type: ignore[arg-type]


def test_a_columns_hint_shows_under_its_name_on_the_console_and_the_wall(specs: MainWindow) -> None:
    assert hints(specs.run_page) == ["What would break it?"]
    assert hints(specs.audience) == ["What would break it?"]


def test_on_the_wall_the_cards_of_a_column_with_a_hint_start_level_with_the_others(
        qtbot: QtBot, specs: MainWindow) -> None:
    audience = specs.audience
    audience.resize(1280, 720)
    audience.show()
    qtbot.waitExposed(audience)
    board = audience.inputs.current_view
    qtbot.waitUntil(lambda: len(board.views) == 2 and min(v.width() for v in board.views) > 50)
    board.fit_to_wall()
    tops = [view.mapTo(audience, view.rect().topLeft()).y() for view in board.views]
    assert tops[0] == tops[1]


def test_a_blanks_hint_is_the_fields_placeholder(specs: MainWindow) -> None:
    assert specs.controller is not None
    specs.controller.go_to(1)
    field = specs.run_page.findChild(QLineEdit, "field_why")
    assert field is not None and field.placeholderText() == "One line a guest would understand"
