"""The console's line for a step whose results wait for the cue: where they are, and the key to show them.

The console always shows the votes, scores and answers; the wall shows them
only once revealed (`reveal: on-cue` in the template, for "rate alone
first, then show the spread"). F6, the button here and *Room > Reveal the
results on the wall* are one checkable action: revealed is one undoable
change, committed before the wall shows anything.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from workshop.core.agenda import Stop
from workshop.core.commands import InputError, SetResultsShown
from workshop.ui.inputs.door import Change
from workshop.ui.shell import hotkeys
from workshop.ui.shell.controller import SessionController
from workshop.ui.widgets.action_button import ActionButton


class RevealBar(QWidget):
    """"Results: hidden on the wall · F6 shows them", with the switch; only on steps that wait for it."""

    def __init__(self, action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revealBar")
        self._action = action
        self._controller: SessionController | None = None
        self._stop: Stop | None = None
        self.label = QLabel(self)
        self.label.setObjectName("revealState")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.button = ActionButton(action, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        action.triggered.connect(self._triggered)
        self.hide()

    def set_controller(self, controller: SessionController | None) -> None:
        if self._controller is not None:
            self._controller.changed.disconnect(self._on_changed)
        self._controller = controller
        if controller is not None:
            controller.changed.connect(self._on_changed)
        self.show_stop(controller.current_stop if controller is not None else None)

    def show_stop(self, stop: Stop | None) -> None:
        self._stop = stop
        self._sync()

    @property
    def waits(self) -> bool:
        """Whether the current step holds its results for the cue at all."""
        stop = self._stop
        return stop is not None and not stop.item.is_break and stop.step.input.on_cue

    @property
    def shown(self) -> bool:
        """Whether the wall shows the current step's results."""
        controller, stop = self._controller, self._stop
        return controller is None or stop is None or controller.state.results_shown(*stop.input_key)

    def _on_changed(self, change: Change) -> None:
        if "reveals" in change.tables:
            self._sync()

    def _sync(self) -> None:
        waits = self.waits and self._controller is not None
        self.setVisible(waits)
        self._action.setEnabled(waits and not (self._controller and self._controller.read_only))
        shown = waits and self.shown
        self._action.setChecked(shown)
        key = hotkeys.shortcut_text(hotkeys.REVEAL_RESULTS)
        if shown:
            self.label.setText(self.tr("Results: on the wall for the room. {key} hides them again.").format(
                key=key))
            self.label.setProperty("level", "")
        else:
            self.label.setText(self.tr("Results: hidden on the wall, shown here. {key} reveals them to "
                                       "the room.").format(key=key))
            self.label.setProperty("level", "warning")
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)

    def _triggered(self, checked: bool) -> None:
        controller, stop = self._controller, self._stop
        if controller is None or stop is None or not self.waits:
            self._sync()
            return
        with suppress(InputError):  # a step that no longer waits: `_sync` says how it is
            controller.execute(SetResultsShown(*stop.input_key, checked))
        self._sync()
