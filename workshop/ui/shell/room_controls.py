"""The Room menu at work: phones joining, the invitation on the wall, the count on the status line.

`RoomJoins` runs the server; this keeps the window in step with it. The
actions are checked and enabled as the room is (joins on, joining closed,
this step's cards held), the wall shows the QR code while joins are on and
the facilitator wants it shown, and the status line counts the phones.
Turning joins on says once, in the message bar, that plain HTTP on a shared
Wi-Fi can be read by anyone on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QMessageBox

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from workshop.ui.shell.actions import WorkshopActions
    from workshop.ui.shell.controller import SessionController
    from workshop.ui.shell.main_window import MainWindow
    from workshop.ui.shell.room_joins import RoomJoins


class RoomControls(QObject):
    """The window's side of room joins (one per window)."""

    def __init__(self, window: MainWindow, actions: WorkshopActions) -> None:
        super().__init__(window)
        self._window = window
        # Made with the first session: the server's modules (aiohttp) stay out of the start-up.
        self._joins: RoomJoins | None = None
        self.phones_label = QLabel(window)
        self.phones_label.setObjectName("phonesLabel")
        self.phones_label.hide()
        window.statusBar().addPermanentWidget(self.phones_label)
        a = actions  # the window's, being built with this (`WindowControls`)
        a.room_joins.toggled.connect(self._joins_toggled)
        a.room_show_code.toggled.connect(lambda _on: self._show_on_wall())
        a.room_lock.toggled.connect(self._lock_toggled)
        a.room_hold.toggled.connect(self._hold_toggled)
        a.room_new_code.triggered.connect(self.new_code)
        a.room_phones.triggered.connect(self.show_phones)
        self._syncing = False
        a.room_joins.setEnabled(False)
        for action in a.joins_actions:
            action.setEnabled(False)

    @property
    def joins(self) -> RoomJoins:
        if self._joins is None:
            from workshop.ui.shell.room_joins import RoomJoins

            self._joins = RoomJoins(self)
            self._joins.changed.connect(self.sync)
            self._joins.failed.connect(self._window.message_bar.show_error)
        return self._joins

    def set_controller(self, controller: SessionController | None) -> None:
        """Follow the window's session; joins stop with the session they were for."""
        if controller is None and self._joins is None:
            return  # nothing was ever served
        if controller is not None:
            controller.stopChanged.connect(lambda _index: self.sync())
        self.joins.set_controller(controller)

    # -- the facilitator's say -------------------------------------------------------------------

    def _joins_toggled(self, on: bool) -> None:
        if self._syncing or on == self.joins.running:
            return
        if on and self.joins.start():
            self._window.message_bar.show_info(
                translate(
                    "RoomControls",
                    "Phones can join at {address} (code {code}). Anyone on this network can read what "
                    "phones send: use the room's own Wi-Fi.",
                ).format(address=self.joins.short_address, code=self.joins.code)
            )
        elif not on:
            self.joins.stop()
        self.sync()

    def _lock_toggled(self, locked: bool) -> None:
        if not self._syncing and locked != self.joins.locked:
            self.joins.set_locked(locked)

    def _hold_toggled(self, hold: bool) -> None:
        if not self._syncing and hold != self.joins.holds():
            self.joins.set_hold(hold)

    def new_code(self) -> None:
        phones = len(self.joins.phones())
        if phones:
            answer = QMessageBox.question(
                self._window,
                translate("RoomControls", "New join code"),
                translate(
                    "RoomControls",
                    "Every phone in the room ({count}) leaves and must scan the new code. "
                    "What they sent stays.",
                ).format(count=phones),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.joins.new_code()

    def show_phones(self) -> None:
        from workshop.ui.shell.phones_dialog import PhonesDialog

        dialog = PhonesDialog(self.joins, self._window)
        dialog.exec()
        dialog.deleteLater()

    # -- keeping the window in step -----------------------------------------------------------------

    def sync(self) -> None:
        a = self._window.action_set
        joins = self.joins
        self._syncing = True
        try:
            a.room_joins.setEnabled(joins.available)
            a.room_joins.setChecked(joins.running)
            for action in a.joins_actions:
                action.setEnabled(joins.running)
            a.room_lock.setChecked(joins.running and joins.locked)
            a.room_hold.setChecked(joins.running and joins.holds())
        finally:
            self._syncing = False
        if joins.running:
            phones = len(joins.phones())
            text = (
                translate("RoomControls", "1 phone in the room")
                if phones == 1
                else translate("RoomControls", "{count} phones in the room").format(count=phones)
            )
            if phones:
                text += " · " + translate("RoomControls", "{count} connected").format(count=joins.connected)
            if joins.locked:
                text += " · " + translate("RoomControls", "joining closed")
            self.phones_label.setText(text)
            self.phones_label.setToolTip(translate("RoomControls", "Join at {url}").format(url=joins.url))
        self.phones_label.setVisible(joins.running)
        self._show_on_wall()

    def _show_on_wall(self) -> None:
        window, joins = self._window, self.joins
        wanted = joins.running and window.action_set.room_show_code.isChecked()
        if not wanted:
            if window.is_built("audience"):
                window.audience.hide_join()
            return
        window.audience.show_join(joins.url, joins.short_address, joins.code, len(joins.phones()))
