"""The card board's entry: the line a card is typed in, who said it, hidden from the room, the draft.

What is typed and not added yet goes to the session file as a draft (within
DRAFT_DELAY_MS of each key, and at once when the session closes) and comes
back on reopening, typed into the entry again; the entry's hint says so on
the first step shown. Who said it names one card only: it is cleared once
the card is added.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from workshop.core.commands import AddCard
from workshop.ui.inputs.card_entry import CardEntryPanel
from workshop.ui.inputs.door import SessionDoor
from workshop.ui.inputs.panel import describe

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate

DRAFT_PLACE = "card"  # the card entry's draft in the session file
# What is typed reaches the file this long after the first key since the last write,
# however fast the typing goes on: a kill loses at most this much of a card.
DRAFT_DELAY_MS = 100


class BoardEntry:
    """The entry panel, the author field and the hide-new box of a board, all children of `board`."""

    def __init__(self, door: SessionDoor, board: QWidget) -> None:
        self._door = door
        self.panel = CardEntryPanel(board)
        self._draft = door.draft(DRAFT_PLACE)
        self._draft_to_say = bool(self._draft)  # said in the entry's hint on the first step shown
        if self._draft:
            # Typed into the entry rather than set, so Ctrl+Z takes it out again.
            self.panel.entry.textCursor().insertText(self._draft)
            self.panel.entry.moveCursor(QTextCursor.MoveOperation.End)
        self._draft_timer = QTimer(board)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush)
        self.panel.entry.textChanged.connect(self._draft_soon)
        self.panel.setProperty("ownFont", True)  # sized by set_text_px, as on the old board

        self.author = QLineEdit(board)
        self.author.setObjectName("cardAuthor")
        self.author.setPlaceholderText(translate("NotesBoard", "Who said it (optional)"))
        describe(
            self.author,
            translate("NotesBoard", "Author of the next card"),
            translate(
                "NotesBoard", "Who said it, if the card should name them; left empty, the card is anonymous"
            ),
        )
        self.author.setMinimumWidth(240)
        self.author.setMaximumWidth(320)
        self.hide_new = QCheckBox(translate("NotesBoard", "Add cards hidden from the room"), board)
        self.hide_new.setObjectName("hideNewCards")
        self.hide_new.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keyboard in the entry
        describe(
            self.hide_new,
            translate("NotesBoard", "Add cards hidden from the room"),
            translate("NotesBoard", "New cards stay off the projector until you reveal them (Reveal all)"),
        )

    def extras(self) -> QHBoxLayout:
        """The row under the entry: who said it, and hidden from the room."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.author)
        row.addWidget(self.hide_new)
        row.addStretch(1)
        return row

    def show_step_hint(self) -> None:
        """The entry's hint for a step just shown: the kept draft the first time, else what to do."""
        if self._draft_to_say and self.panel.entry.toPlainText() == self._draft:
            self.panel.show_kept_hint()
        else:
            self.panel.show_idle_hint()
        self._draft_to_say = False

    def new_card(self, item: int, step: str, text: str, column: str) -> AddCard:
        """The command adding `text` as a card, by whoever is named, hidden if the box says so."""
        return AddCard(
            item, step, text, column, author=self.author.text().strip(), hidden=self.hide_new.isChecked()
        )

    def card_added(self, count: int) -> None:
        """The card is in: anonymous again, the entry says so, and the draft is gone."""
        self.author.clear()  # anonymous again unless someone is named for the next card
        self.panel.card_added(count)
        self.flush()  # the text is a card now, no longer a draft

    def lock(self) -> None:
        """Nothing is typed in a read-only session."""
        for widget in (self.panel, self.author, self.hide_new):
            widget.setEnabled(False)

    def _draft_soon(self) -> None:
        # Not restarted by every key: continuous typing is written every DRAFT_DELAY_MS.
        if not self._draft_timer.isActive():
            self._draft_timer.start()

    def flush(self) -> None:
        """Keep what is in the entry as the session's draft now.

        Written whenever there is text, not only when it changed: another window on the
        same file may have replaced the draft since.
        """
        self._draft_timer.stop()
        text = self.panel.entry.toPlainText()
        if (text or text != self._draft) and self._door.save_draft(DRAFT_PLACE, text):
            self._draft = text
