"""Exporting from the window: where to, the choice of format, the busy line, and what came of it.

The export itself runs in a worker process (`pdf_export.PdfExporter`); this
part proposes the file (the folder chosen last, else beside the session),
shows the progress and a Cancel button in the status bar while it runs, and
says in the message bar what was written or why not.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from workshop import paths
from workshop.ui.run.pdf_export import PdfExporter
from workshop.ui.shell.context import AppContext
from workshop.ui.shell.controller import SessionController
from workshop.ui.shell.file_names import PDF_SUFFIX, export_format, export_path, with_suffix
from workshop.ui.shell.message_bar import MessageBar


class ExportStatus(QWidget):
    """The status bar's part while an export runs: what is written, how far, and Cancel."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("exportProgress")
        self.busy.setRange(0, 100)
        self.busy.setMaximumWidth(160)
        self.busy.setFormat("")
        self.label = QLabel(self.tr("Writing the PDF…"), self)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("cancelExport")
        self.cancel.setAccessibleName(self.tr("Cancel the export"))
        self.cancel.setToolTip(self.tr("Stop writing the file; nothing half-written is left"))
        self.cancel.clicked.connect(self.cancelRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.busy)
        layout.addWidget(self.cancel)
        self.hide()

    def begin(self, what: str) -> None:
        self.busy.setValue(0)
        self.label.setText(self.tr("Writing the {what}…").format(what=what))
        self.show()

    def progress(self, percent: int, label: str) -> None:
        self.busy.setValue(percent)
        if label:
            self.label.setText(label)


class Exports(QObject):
    """The window's exports: one at a time, in the background, said when done."""

    def __init__(self, window: QWidget, context: AppContext, messages: MessageBar, action: QAction,
                 controller: Callable[[], SessionController | None]) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._messages = messages
        self._action = action
        self._controller = controller
        self._what = ""  # what the export under way writes ("PDF", "Markdown"...)
        self.status = ExportStatus(window)
        self.status.cancelRequested.connect(lambda: self.exporter.cancel())

    @cached_property
    def exporter(self) -> PdfExporter:
        exporter = PdfExporter(self)
        exporter.finished.connect(self._finished)
        exporter.failed.connect(self._failed)
        exporter.cancelled.connect(self._cancelled)
        exporter.progressed.connect(self.status.progress)
        return exporter

    def session_opened(self) -> None:
        """A worker waits ready for this session's exports (`PdfExporter.keep_warm`)."""
        if self._context.warm_exports:
            self.exporter.keep_warm()

    def session_closed(self) -> None:
        """No worker kept for a session no longer open; the one waiting ends."""
        if "exporter" in self.__dict__:
            self.exporter.let_cool()

    @property
    def busy(self) -> bool:
        return "exporter" in self.__dict__ and self.exporter.busy

    def wait(self) -> None:
        """A file being written is finished first (the window is closing)."""
        if "exporter" in self.__dict__:
            self.exporter.wait()

    # -- where to --------------------------------------------------------------------------

    def folder(self) -> Path:
        """Where an export is proposed: the folder chosen last time, else beside the session file.

        Never the install folder (`paths.default_exports_dir`); a test's context names its own.
        """
        remembered = self._context.preferences.export_dir
        if remembered is not None and remembered.is_dir():
            return remembered
        if self._context.exports_dir is not None:
            return self._context.exports_dir
        controller = self._controller()
        return paths.default_exports_dir(controller.path if controller else None)

    def default_path(self) -> Path:
        controller = self._controller()
        if controller is None:
            return self.folder() / "session.pdf"
        header = controller.state.header
        return export_path(self.folder(), header.title, header.date)

    # -- exporting --------------------------------------------------------------------------

    def choose_and_export(self) -> None:
        if self._controller() is None or self.busy:
            return
        filters = {
            self.tr("PDF summary (*.pdf)"): PDF_SUFFIX,
            self.tr("Markdown, for a wiki or an e-mail (*.md)"): ".md",
            self.tr("CSV tables in a zip: cards, votes, ratings, statements, answers, actions "
                    "(*.zip)"): ".zip",
            self.tr("JSON, the whole session, re-importable (*.json)"): ".json",
        }
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Export"), str(self.default_path()), ";;".join(filters))
        if chosen:
            path = Path(chosen)
            if export_format(path) == "pdf" and path.suffix.lower() != PDF_SUFFIX:
                path = with_suffix(path, filters.get(chosen_filter, PDF_SUFFIX))
            self.export_chosen(path)

    def export_chosen(self, path: Path) -> None:
        """Export to a file the facilitator chose, and propose its folder next time."""
        self._context.preferences.export_dir = path.resolve().parent
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the summary in the background, with progress; its suffix says the format."""
        controller = self._controller()
        if controller is None or not self.exporter.start(controller.state, path, format=export_format(path)):
            return
        self._action.setEnabled(False)
        self._what = self._format_name(export_format(path))
        self.status.begin(self._what)

    def _format_name(self, format_: str) -> str:
        """What an export writes, as a message names it."""
        return {"pdf": self.tr("PDF"), "md": self.tr("Markdown"), "csv": self.tr("CSV files"),
                "json": self.tr("JSON")}.get(format_, format_)

    def _ended(self) -> None:
        self.status.hide()
        self._action.setEnabled(self._controller() is not None)

    def _cancelled(self) -> None:
        self._ended()
        self._messages.show_info(self.tr("Export cancelled: nothing was written."))

    def _finished(self, path: Path) -> None:
        self._ended()
        is_pdf = path.suffix.lower() == ".pdf"
        self._messages.show_info(
            (self.tr("PDF written: {path}") if is_pdf else self.tr("Written: {path}")).format(path=path),
            [(self.tr("Open PDF") if is_pdf else self.tr("Open"),
              lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))),
             (self.tr("Show folder"),
              lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))))])

    def _failed(self, reason: str) -> None:
        self._ended()
        self._messages.show_error(self.tr("The {what} was not written: {reason}").format(
            what=self._what or self.tr("export"), reason=reason))
