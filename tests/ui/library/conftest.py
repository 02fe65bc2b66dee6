"""The library page on the shipped library and the trainer's own (a temporary folder), shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from workshop.library.catalog import load_library
from workshop.paths import shipped_library, user_library
from workshop.ui.library.library_page import LibraryPage
from workshop.ui.shell.context import AppContext


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> Iterator[LibraryPage]:
    context.library = load_library([shipped_library(), user_library()])
    page = LibraryPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.close()
