"""The first page: start a new session, open one, reopen a recent one, see the library.

The recent sessions are listed by file name before the window's first paint;
just after it, each file is glanced at (`session.glance`: title, date, the
step it is on, the last change, whether it was closed cleanly) and its row
says so. A session that was not closed cleanly (the app was killed, the
laptop went flat) offers "Resume where you left off", which opens it on the
step it was on. A file that cannot be read says why in its row, never in a
dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workshop.library.catalog import Library
    from workshop.session.glance import Glance
    from workshop.ui.library.library_view import LibraryView
    from workshop.ui.shell.actions import WorkshopActions
    from workshop.ui.widgets.theme import Theme


class RecentList(QListWidget):
    """Recent session files; double-click or Enter opens one.

    The paths are kept here, row by row, rather than in an item data role: the
    list is filled before the first paint, which touches no `Qt` enum
    (`test_start_up`).
    """

    chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recentList")
        self.setAccessibleName(self.tr("Recent sessions"))
        self.setToolTip(self.tr("Double-click or press Enter to open a session"))
        self.itemActivated.connect(self._activated)
        self.setWordWrap(True)  # a row says a lot on a small laptop screen: wrapped, never cut
        self.setSpacing(6)
        self.paths: list[Path] = []
        self.glances: list[Glance] = []  # read after the first paint (`HomePage.read_glances`)

    def set_paths(self, paths: list[Path]) -> None:
        self.clear()
        self.paths = list(paths)
        self.glances = []
        for path in paths:
            item = QListWidgetItem(f"{path.stem}\n{path.parent}")
            item.setToolTip(str(path))
            self.addItem(item)
        if paths:
            self.setCurrentRow(0)

    def show_glances(self, glances: list[Glance]) -> None:
        """Each row as its file was found: title, step, date, last change, how it was left."""
        from datetime import datetime

        from workshop.ui.home.recent_glances import row_text, said_here

        now = datetime.now().astimezone()
        self.glances = list(glances)
        for row, look in enumerate(glances[: self.count()]):
            item = self.item(row)
            item.setText(row_text(look, now))
            item.setToolTip(str(look.path) if not look.problem else f"{look.path}: {said_here(look.problem)}")

    def current_glance(self) -> Glance | None:
        row = self.currentRow()
        return self.glances[row] if 0 <= row < len(self.glances) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # built after the first paint, see the class

        # Enter opens on every platform (itemActivated alone differs by style).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activated(self.currentItem())
            return
        super().keyPressEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        row = self.row(item)
        if 0 <= row < len(self.paths):
            self.chosen.emit(self.paths[row])


class HomePage(QWidget):
    """New / Open buttons, the recent sessions and the library."""

    openRequested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        title = QLabel(self.tr("Workshop"), self)
        title.setProperty("role", "heading")
        title_font = QFont(title.font())
        title_font.setPixelSize(34)
        title_font.setWeight(QFont.Weight.Bold)
        title.setFont(title_font)
        subtitle = QLabel(self.tr("Run a customer-service culture workshop: the console here, "
                                  "the audience view on the projector."), self)
        subtitle.setProperty("role", "muted")
        subtitle.setWordWrap(True)

        # The actions' own words (their context), for the first paint: the actions, with their keys
        # and tooltips, are made just after it and handed over by `use_actions`.
        self.new_button = self._big_button(translate("WorkshopActions", "&New session…"), "primary",
                                           "newSessionButton")
        self.open_button = self._big_button(translate("WorkshopActions", "&Open…"), "big",
                                            "openSessionButton")
        self.plan_button = self._big_button(translate("WorkshopActions", "&Plan an agenda…"), "big",
                                            "plannerButton")

        self.recent = RecentList(self)
        self.recent.chosen.connect(self.openRequested)
        self.recent.currentRowChanged.connect(self._offer_resume)
        # Shown for a session that was not closed cleanly: back to the step it was on.
        self.resume_button = self._big_button(self.tr("Resume where you left off"), "primary", "resumeButton",
                                              self.tr("Open the session on the step it was on"))
        self.resume_button.clicked.connect(self._resume)
        self.resume_button.hide()
        self._glances_pending = False
        self._painted = False
        self.no_recent = QLabel(self.tr("No recent sessions yet. Start a new one, or open a "
                                        ".workshop file."), self)
        self.no_recent.setObjectName("noRecent")
        self.no_recent.setProperty("role", "muted")
        self.no_recent.setWordWrap(True)
        # The library's list is made once the library is read, after the window first
        # appears (its tree costs milliseconds of start-up); meanwhile a line says it is coming.
        self._library_view: LibraryView | None = None
        self._library_theme: Theme | None = None
        self._library_coming = False
        self._library_loading = QLabel(self.tr("Loading the library…"), self)
        self._library_loading.setObjectName("libraryLoading")
        self._library_loading.setProperty("role", "muted")

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(subtitle)
        left.addSpacing(16)
        left.addLayout(buttons)
        left.addSpacing(16)
        left.addWidget(self._heading(self.tr("Recent sessions")))
        left.addWidget(self.no_recent)
        left.addWidget(self.recent, 1)
        left.addWidget(self.resume_button)
        self._filler = QWidget(self)  # takes the list's room while there is no list
        left.addWidget(self._filler, 1)

        right = QVBoxLayout()
        right.addWidget(self._heading(self.tr("Library")))
        right.addWidget(self._library_loading)
        right.addStretch(1)
        self._right = right

        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(32)
        layout.addLayout(left, 1)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Plain)
        layout.addWidget(separator)
        layout.addLayout(right, 1)

    def use_actions(self, actions: WorkshopActions) -> None:
        """The buttons do what the window's actions do, and name their keys in their tooltips."""
        for button, action in ((self.new_button, actions.new_session),
                               (self.open_button, actions.open_session), (self.plan_button, actions.planner)):
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)

    def _big_button(self, text: str, role: str, name: str, tip: str = "") -> QPushButton:
        text = text.replace("&", "")
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        if tip:
            button.setToolTip(tip)
        button.setProperty("role", role)
        font = QFont(button.font())
        font.setPixelSize(18)
        button.setFont(font)
        button.setMinimumHeight(52)
        button.setMinimumWidth(200)
        return button

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "eyebrow")
        font = QFont(label.font())
        font.setPixelSize(16)
        label.setFont(font)
        return label

    def set_recent(self, paths: list[Path]) -> None:
        """The files by name now; what each holds is read once the window is on screen."""
        self.recent.set_paths(paths)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        self._filler.setVisible(not paths)
        self.resume_button.hide()
        self._glances_pending = bool(paths)
        if self._glances_pending and self._painted:
            QTimer.singleShot(0, self, self.read_glances)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # Glancing at the files needs SQLite and the session layer: after the first paint.
            self._painted = True
            if self._glances_pending:
                QTimer.singleShot(0, self, self.read_glances)

    def read_glances(self) -> None:
        """Glance at each recent file (cheap, never failing) and say what was found."""
        if not self._glances_pending:
            return
        self._glances_pending = False
        from workshop.session.glance import glance

        self.recent.show_glances([glance(path) for path in self.recent.paths])
        self._offer_resume()

    def _offer_resume(self, _row: int = -1) -> None:
        look = self.recent.current_glance()
        if look is None or not look.left_open:
            self.resume_button.hide()
            return
        text = self.tr("Resume where you left off: {title}, step {step} of {steps}")
        self.resume_button.setText(text.format(title=look.title, step=look.step, steps=look.steps))
        self.resume_button.setAccessibleName(self.resume_button.text())
        self.resume_button.show()

    def _resume(self) -> None:
        look = self.recent.current_glance()
        if look is not None:
            self.openRequested.emit(look.path)

    @property
    def library(self) -> LibraryView:
        """The library's list (made on first use: the window's first paint does without it)."""
        if self._library_view is None:
            from workshop.ui.library.library_view import LibraryView

            view = LibraryView(self)
            if self._library_theme is not None:
                view.set_theme(self._library_theme)
            if self._library_coming:
                view.show_loading()
            self._right.takeAt(self._right.count() - 1)  # the stretch under the loading line
            self._library_loading.hide()
            self._right.addWidget(view, 1)
            self._library_view = view
        return self._library_view

    def set_library_theme(self, theme: Theme) -> None:
        """Colours the style sheet cannot give a single row (a broken file's red)."""
        self._library_theme = theme
        if self._library_view is not None:
            self._library_view.set_theme(theme)

    def show_library_loading(self) -> None:
        """Say the library is on its way (it is read just after the window first appears)."""
        self._library_coming = True
        if self._library_view is not None:
            self._library_view.show_loading()

    def set_library(self, library: Library) -> None:
        self._library_coming = False
        self.library.set_library(library)
