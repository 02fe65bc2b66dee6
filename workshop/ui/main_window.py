"""The console window: home and run pages, menus, status line, the audience window.

The window routes: actions to the pages, sessions in and out of the
controller, messages to the message bar. The pages and the controller do
the work.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.core.session import SessionState
from workshop.store.session_file import SessionFileError
from workshop.ui.actions import WorkshopActions
from workshop.ui.audience_window import AudienceWindow
from workshop.ui.context import AppContext
from workshop.ui.controller import SessionController
from workshop.ui.file_names import PDF_SUFFIX, export_path, with_suffix
from workshop.ui.home_page import HomePage
from workshop.ui.message_bar import MessageBar
from workshop.ui.new_session_dialog import NewSessionDialog
from workshop.ui.pdf_export import PdfExporter
from workshop.ui.run_page import RunPage
from workshop.ui.theme import console_style_sheet

ZOOM_STEP = 1.15
ZOOM_RANGE = (0.6, 2.5)


class MainWindow(QMainWindow):
    """The facilitator's window."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = context
        self.controller: SessionController | None = None
        self._shut_down = False
        self.zoom = 1.0
        self.setStyleSheet(console_style_sheet())
        self.action_set = WorkshopActions(self)
        self.addActions(self.action_set.all())

        self.message_bar = MessageBar(self)
        self.home_page = HomePage(self.action_set, self)
        self.run_page = RunPage(self.action_set, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.home_page)
        self.pages.addWidget(self.run_page)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.audience = AudienceWindow()
        self.audience.addActions(self.action_set.room_actions)
        self.audience.hidden.connect(lambda: self.action_set.toggle_audience.setChecked(False))

        self.exporter = PdfExporter(self)
        self.exporter.finished.connect(self._export_finished)
        self.exporter.failed.connect(self._export_failed)

        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.home_page.set_library(context.library)
        self.home_page.openRequested.connect(self.open_session)
        self._show_session(None)
        self.resize(1280, 800)

    # -- building ------------------------------------------------------------------------

    def _build_menus(self) -> None:
        a = self.action_set
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([a.new_session, a.open_session])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(a.export_pdf)
        file_menu.addSeparator()
        file_menu.addActions([a.close_session, a.quit])
        run_menu = self.menuBar().addMenu(self.tr("&Run"))
        run_menu.addActions([a.start_pause, a.add_minute, a.remove_minute, a.reset_timer])
        run_menu.addSeparator()
        run_menu.addActions([a.previous_step, a.next_step])
        run_menu.addSeparator()
        run_menu.addAction(a.new_card)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(a.toggle_audience)
        view_menu.addSeparator()
        view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])

    def _build_status_bar(self) -> None:
        self.save_label = QLabel(self)
        self.save_label.setObjectName("saveLabel")
        self.file_label = QLabel(self)
        self.file_label.setObjectName("fileLabel")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("exportProgress")
        self.busy.setRange(0, 0)  # busy: WeasyPrint reports no progress
        self.busy.setMaximumWidth(160)
        self.busy.setFormat("")
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Writing the PDF…"), self)
        self.busy_label.hide()
        bar = self.statusBar()
        bar.addWidget(self.save_label)
        bar.addWidget(self.busy_label)
        bar.addWidget(self.busy)
        bar.addPermanentWidget(self.file_label)

    def _connect(self) -> None:
        a = self.action_set
        a.new_session.triggered.connect(self.new_session)
        a.open_session.triggered.connect(self.choose_and_open)
        a.export_pdf.triggered.connect(self.choose_and_export)
        a.close_session.triggered.connect(self.close_session)
        a.quit.triggered.connect(self.close)
        a.toggle_audience.triggered.connect(self.set_audience_visible)
        a.zoom_in.triggered.connect(lambda: self.set_zoom(self.zoom * ZOOM_STEP))
        a.zoom_out.triggered.connect(lambda: self.set_zoom(self.zoom / ZOOM_STEP))
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(1.0))

    # -- sessions ---------------------------------------------------------------------------

    def open_session(self, path: Path) -> bool:
        """Open a session file and show it; on failure say why and leave the file alone."""
        path = Path(path)
        try:
            controller = SessionController.open(path, self.context.clock, self.context.now, self)
        except SessionFileError as error:
            self.message_bar.show_error(self.tr("Could not open {name}: {reason}").format(
                name=path.name, reason=error.message))
            if not path.exists():
                self.context.recent.remove(path)
                self._refresh_recent()
            return False
        self._adopt(controller)
        return True

    def create_session(self, path: Path, state: SessionState) -> SessionController:
        """Write a new session file and show it (used by the new-session dialog)."""
        controller = SessionController.create(path, state, self.context.clock, self.context.now, self)
        self._adopt(controller)
        return controller

    def new_session(self) -> None:
        dialog = NewSessionDialog(self.context.library, self.context.sessions_dir, self.create_session, self)
        dialog.exec()
        dialog.deleteLater()

    def choose_and_open(self) -> None:
        folder = self.context.sessions_dir if self.context.sessions_dir.is_dir() else Path.home()
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Open a session"), str(folder),
                                                self.tr("Workshop sessions (*.workshop);;All files (*)"))
        if chosen:
            self.open_session(Path(chosen))

    def close_session(self) -> None:
        if self.controller is None:
            return
        controller, self.controller = self.controller, None
        self._show_session(None)
        controller.close()
        controller.deleteLater()

    def _adopt(self, controller: SessionController) -> None:
        self.close_session()
        self.controller = controller
        controller.failed.connect(self.message_bar.show_error)
        controller.saved.connect(self._saved)
        self.context.recent.add(controller.path)
        self.message_bar.dismiss()
        self._show_session(controller)
        if len(QGuiApplication.screens()) > 1:
            self.set_audience_visible(True)

    def _show_session(self, controller: SessionController | None) -> None:
        for action in self.action_set.session_actions:
            action.setEnabled(controller is not None)
        # After the line above: the run page refines the run actions (no "Next" at the end...).
        self.run_page.set_controller(controller)
        self.audience.set_controller(controller)
        if controller is None:
            self.setWindowTitle(self.tr("Workshop"))
            self.file_label.clear()
            self.save_label.clear()
            self.pages.setCurrentWidget(self.home_page)
            self.set_audience_visible(False)
            self._refresh_recent()
            return
        self.setWindowTitle(self.tr("{title} – Workshop").format(title=controller.state.header.title))
        self.file_label.setText(controller.path.name)
        self.file_label.setToolTip(str(controller.path))
        self.save_label.setText(self.tr("All changes are saved in the session file"))
        self.pages.setCurrentWidget(self.run_page)
        self.run_page.focus_entry()

    def _saved(self) -> None:
        self.save_label.setText(self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M:%S")))

    def _refresh_recent(self) -> None:
        self.home_page.set_recent(self.context.recent.paths())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.context.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_session(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    # -- export -------------------------------------------------------------------------------

    def default_export_path(self) -> Path:
        header = self.controller.state.header if self.controller else None
        if header is None:
            return self.context.exports_dir / "session.pdf"
        return export_path(self.context.exports_dir, header.title, header.date)

    def choose_and_export(self) -> None:
        if self.controller is None or self.exporter.busy:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), str(self.default_export_path()),
                                                self.tr("PDF documents (*.pdf)"))
        if chosen:
            self.export_to(with_suffix(Path(chosen), PDF_SUFFIX))

    def export_to(self, path: Path) -> None:
        """Write the PDF in the background, with a busy indicator."""
        if self.controller is None or not self.exporter.start(self.controller.state, path):
            return
        self.action_set.export_pdf.setEnabled(False)
        self.busy.show()
        self.busy_label.show()

    def _export_ended(self) -> None:
        self.busy.hide()
        self.busy_label.hide()
        self.action_set.export_pdf.setEnabled(self.controller is not None)

    def _export_finished(self, path: Path) -> None:
        self._export_ended()
        self.message_bar.show_info(
            self.tr("PDF written: {path}").format(path=path),
            [(self.tr("Open PDF"), lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))),
             (self.tr("Show folder"),
              lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))])

    def _export_failed(self, reason: str) -> None:
        self._export_ended()
        self.message_bar.show_error(self.tr("The PDF was not written: {reason}").format(reason=reason))

    # -- the room --------------------------------------------------------------------------------

    def set_audience_visible(self, visible: bool) -> None:
        """Show the audience view full screen (on the second screen if any), or hide it."""
        self.action_set.toggle_audience.setChecked(visible)
        if visible:
            self.audience.present(self.screen())
        elif self.audience.isVisible():
            self.audience.hide()
            self.activateWindow()

    def set_zoom(self, factor: float) -> None:
        self.zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], factor))
        self.run_page.set_zoom(self.zoom)
        self.audience.set_zoom(self.zoom)

    # -- closing ------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._shut_down:
            self._shut_down = True
            # A PDF being written is finished first: its temporary file is then cleaned up.
            self.exporter.wait()
            self.close_session()
            self.audience.close()
            self.audience.deleteLater()  # a window of its own: no parent deletes it
        super().closeEvent(event)
