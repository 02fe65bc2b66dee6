"""Room > Phones and address: who is in the room, sending one away, and the address phones use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workshop.ui.shell.room_joins import RoomJoins


class PhonesDialog(QDialog):
    """The phones that joined (names only where people gave them), and where the server listens."""

    def __init__(self, joins: RoomJoins, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonesDialog")
        self.setWindowTitle(self.tr("Phones in the room"))
        self._joins = joins
        self.phones = QListWidget(self)
        self.phones.setObjectName("phonesList")
        self.phones.setAccessibleName(self.tr("Phones in the room"))
        self.remove_button = QPushButton(self.tr("&Send away"), self)
        self.remove_button.setObjectName("removePhone")
        self.remove_button.setToolTip(self.tr("The phone can send nothing more; what it sent stays"))
        self.remove_button.clicked.connect(self.remove_chosen)
        self.phones.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))

        self.address = QComboBox(self)
        self.address.setObjectName("joinAddress")
        self.address.setAccessibleName(self.tr("Address phones join at"))
        self.use_address = QPushButton(self.tr("&Use this address"), self)
        self.use_address.clicked.connect(self._use_address)
        address_label = QLabel(self.tr("Phones reach this laptop at:"), self)
        address_label.setBuddy(self.address)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.phones, 1)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(address_label)
        row = QHBoxLayout()
        row.addWidget(self.address, 1)
        row.addWidget(self.use_address)
        layout.addLayout(row)
        layout.addWidget(buttons)
        joins.changed.connect(self.refresh)
        self.resize(480, 420)
        self.refresh()

    def refresh(self) -> None:
        self.phones.clear()
        for phone in self._joins.phones():
            text = phone.label if phone.named else self.tr("%1 (anonymous)").replace("%1", phone.label)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, phone.device)
            self.phones.addItem(item)
        if not self.phones.count():
            self.phones.addItem(QListWidgetItem(self.tr("No phone has joined yet.")))
            self.phones.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.remove_button.setEnabled(False)
        current = self._joins.short_address.rsplit(":", 1)[0]
        addresses = self._joins.addresses()
        if current and current not in addresses:
            addresses.insert(0, current)
        self.address.clear()
        self.address.addItems(addresses)
        if current:
            self.address.setCurrentText(current)

    def remove_chosen(self) -> None:
        item = self.phones.currentItem()
        device = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if device:
            self._joins.remove(str(device))

    def _use_address(self) -> None:
        self._joins.use_address(self.address.currentText())
