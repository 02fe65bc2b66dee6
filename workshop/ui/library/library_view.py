"""The library as the home page lists it: every plan and exercise, with its state.

A broken file is listed as broken, with its problems (`path:line:column: field:
message`) in the tooltip and in the details under the list: never hidden.

The view is built before the window's first paint, the list filled after it:
only the filling touches PySide6's `Qt` namespace, which is slow to build
(`test_start_up`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from workshop.ui.language import current_language, ensure_language, language_name, problem_line
from workshop.ui.widgets.theme import CONSOLE, Theme

if TYPE_CHECKING:
    from workshop.library.catalog import Library, LibraryEntry

TITLE, STATE, LENGTH = range(3)


class EntryItem(QTreeWidgetItem):
    """A row of the list and the library entry it shows."""

    def __init__(self, texts: list[str], entry: LibraryEntry) -> None:
        super().__init__(texts)
        self.entry = entry


class LibraryView(QWidget):
    """Plans and exercises in two groups; selecting one shows its details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ensure_language()  # "1 problem", not "1 problem(s)"
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("libraryTree")
        self.tree.setAccessibleName(self.tr("Library"))
        self.tree.setToolTip(self.tr("The plans and exercises found; a broken file says why"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("State"), self.tr("Length")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LENGTH, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.details = QLabel(self)
        self.details.setObjectName("libraryDetails")
        self.details.setWordWrap(True)
        self.details.setProperty("role", "muted")
        self.tree.currentItemChanged.connect(self._show_details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        self._library: Library | None = None
        self.theme: Theme = CONSOLE

    def set_theme(self, theme: Theme) -> None:
        """Colours the style sheet cannot give a single row (a broken file's red)."""
        self.theme = theme
        if self._library is not None:
            self.set_library(self._library)

    def show_loading(self) -> None:
        """While the library is being read (just after the window first appears)."""
        self.tree.clear()
        loading = QTreeWidgetItem([self.tr("Loading the library…")])
        loading.setDisabled(True)  # a note, not a row to choose
        self.tree.addTopLevelItem(loading)
        self.details.clear()

    def set_library(self, library: Library) -> None:
        from PySide6.QtCore import Qt  # see the module's note

        # Details are only ever shown once a list is there: file names and problems, as text.
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._library = library
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.Bold)
        for kind, heading in (("plan", self.tr("Plans")), ("exercise", self.tr("Exercises"))):
            group = QTreeWidgetItem([heading])
            group.setFont(TITLE, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            entries = [e for e in library.entries if e.kind == kind]
            for entry in sorted(entries, key=lambda e: (not e.is_valid, e.title.lower())):
                group.addChild(self._row(entry, library))
            if not entries:
                group.addChild(QTreeWidgetItem([self.tr("(none found)")]))
        self.tree.expandAll()
        self.details.setText(self.tr("%n problem(s) in the library files.", "", len(library.problems))
                             if library.problems else "")

    def _row(self, entry: LibraryEntry, library: Library) -> EntryItem:
        if entry.problems:
            state = self.tr("⚠ broken ({count})").format(count=len(entry.problems))
        elif entry.overridden_by:
            state = self.tr("replaced by your copy")
        else:
            state = self.tr("ok")
        from workshop.library.catalog import entry_length  # the list is filled after the first paint

        # A version in another language than the window's says which, as on the library page.
        title = entry.title if entry.language == current_language() else \
            f"{entry.title} · {language_name(entry.language)}"
        row = EntryItem([title, state, entry_length(entry, library)], entry)
        tip = "\n".join(problem_line(problem) for problem in entry.problems) or str(entry.path)
        for column in range(3):
            row.setToolTip(column, tip)
        if entry.problems:
            red = QBrush(QColor(self.theme.error))
            row.setForeground(TITLE, red)
            row.setForeground(STATE, red)
        return row

    def rows(self) -> list[tuple[str, str]]:
        """(title, state) of every listed file, as shown."""
        return [(group.child(i).text(TITLE), group.child(i).text(STATE))
                for group in (self.tree.topLevelItem(n) for n in range(self.tree.topLevelItemCount()))
                for i in range(group.childCount())]

    def _show_details(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        if not isinstance(current, EntryItem):
            return
        entry = current.entry
        if entry.problems:
            self.details.setText("\n".join(problem_line(problem) for problem in entry.problems))
        else:
            self.details.setText(str(entry.path))
