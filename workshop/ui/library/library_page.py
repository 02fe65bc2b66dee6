"""The library page: every exercise and plan, whether it works, which file wins, and editing.

One row per id. A broken file is listed with its messages, never hidden; an
id found in several folders shows the file the app uses and, under it, the
files it replaces or ignores. Shipped files are never edited in place: they
are duplicated into the trainer's library first, and the editor saves only
there. The library reloads when its files change on disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop import paths
from workshop.core.languages import SOURCE
from workshop.core.templates import InputKind
from workshop.library.catalog import IdGroup, Library, LibraryEntry, entry_length
from workshop.library.commands import root_labels
from workshop.library.skeletons import new_id, skeleton, unused_id, user_file
from workshop.refusals import translator
from workshop.ui.language import current_language, language_name, problem_line
from workshop.ui.library.file_text import write_atomically
from workshop.ui.library.library_keeper import LibraryKeeper
from workshop.ui.library.template_editor import TemplateEditor
from workshop.ui.shell.context import AppContext
from workshop.ui.widgets.theme import CONSOLE, Theme

if TYPE_CHECKING:
    from workshop.ui.library.library_watcher import LibraryWatcher

TITLE, STATE, FOLDER, LENGTH = range(4)
WARNING_COLOUR = "#6b4100"


class LibraryPage(QWidget):
    """Browse the library; duplicate, create and edit the trainer's own files."""

    libraryChanged = Signal(object)  # the new Library, after a reload
    closeRequested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 user_root: Path | None = None, keeper: LibraryKeeper | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPage")
        self.context = context
        # The main window's keeper watches the library from the start; alone, the page has its own.
        self.keeper = keeper or LibraryKeeper(context, self, user_root=user_root)
        self.user_root = self.keeper.user_root
        self._entries: dict[int, LibraryEntry] = {}
        self._language = SOURCE  # the window's: rows in another language say theirs
        self.theme: Theme = CONSOLE

        self.stack = QStackedWidget(self)
        self.browser = QWidget(self)
        self.editor = TemplateEditor(lambda: self.context.library, self.user_root, self)
        self.editor.saved.connect(self._saved)
        self.editor.closeRequested.connect(self.show_browser)
        self.stack.addWidget(self.browser)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._build_browser()

        self.keeper.libraryChanged.connect(self._library_changed)
        self.show_library(self.context.library)

    @property
    def watcher(self) -> LibraryWatcher:
        return self.keeper.watcher

    # -- building -------------------------------------------------------------------------------

    def _build_browser(self) -> None:
        heading = QLabel(self.tr("Library"), self.browser)
        heading.setProperty("role", "heading")
        self.back_button = QPushButton(self.tr("Back"), self.browser)
        self.back_button.clicked.connect(self.closeRequested)
        self.duplicate_button = QPushButton(self.tr("Duplicate to my library"), self.browser)
        self.duplicate_button.setObjectName("duplicateTemplate")
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.edit_button = QPushButton(self.tr("Edit"), self.browser)
        self.edit_button.setObjectName("editTemplate")
        self.edit_button.clicked.connect(self.edit_selected)
        self.new_button = QToolButton(self.browser)
        self.new_button.setObjectName("newExercise")
        self.new_button.setText(self.tr("New exercise"))
        self.new_button.setProperty("role", "primary")
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_menu = QMenu(self.new_button)
        for kind, label in self.editor.kind_names().items():
            action = self.new_menu.addAction(label)
            action.setObjectName(f"new-{kind.value}")
            action.triggered.connect(lambda _checked=False, k=kind: self.new_exercise(k))
        self.new_button.setMenu(self.new_menu)

        self.tree = QTreeWidget(self.browser)
        self.tree.setObjectName("libraryPageTree")
        self.tree.setAccessibleName(self.tr("Library files"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("State"), self.tr("Folder"), self.tr("Length")])
        header = self.tree.header()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (STATE, FOLDER, LENGTH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.itemActivated.connect(lambda _item, _column: self.edit_selected())
        self.details = QLabel(self.browser)
        self.details.setObjectName("libraryPageDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel(self.browser)
        self.notice.setObjectName("libraryNotice")
        self.notice.setProperty("role", "hint")
        self.notice.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(heading, 1)
        for button in (self.back_button, self.edit_button, self.duplicate_button, self.new_button):
            bar.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical, self.browser)
        split.addWidget(self.tree)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self.browser)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)

    # -- showing ----------------------------------------------------------------------------------

    def set_theme(self, theme: Theme) -> None:
        """Colours the style sheet cannot give a single row (a broken file's red)."""
        self.theme = theme
        self.show_library(self.context.library)

    def show_library(self, library: Library) -> None:
        """List `library` by id, keeping the selected row where possible."""
        selected = self.selected_entry()
        self.tree.clear()
        self._entries.clear()
        labels = dict(zip(library.roots, self._labels(library), strict=True))
        # A version in a language other than the window's says which.
        self._language = current_language()
        bold = QFont(self.tree.font())
        bold.setWeight(QFont.Weight.Bold)
        for kind, heading in (("plan", self.tr("Plans")), ("exercise", self.tr("Exercises"))):
            group_item = QTreeWidgetItem([heading])
            group_item.setFont(TITLE, bold)
            group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group_item)
            for group in sorted(library.groups(kind), key=_by_title):
                group_item.addChild(self._group_row(group, library, labels))
        self.tree.expandAll()
        if selected is not None:
            self.select(selected.kind, selected.id, selected.language)
        self._selected(self.tree.currentItem())

    def _labels(self, library: Library) -> list[str]:
        words = {"shipped": self.tr("shipped"), "yours": self.tr("yours"), "--library": self.tr("--library")}
        return [words[label] for label in root_labels(library.roots, paths.shipped_library(), self.user_root)]

    def _group_row(self, group: IdGroup, library: Library, labels: dict[Path, str]) -> QTreeWidgetItem:
        winner = group.winner
        shown = winner or group.entries[-1]
        row = self._row(shown, library, labels, self._state(shown, group))
        for entry in group.entries:
            if entry is shown:
                continue
            if entry.is_valid:
                state = self.tr("replaced")
            else:
                state = self.tr("⚠ broken ({count}): not used").format(count=len(entry.problems))
            row.addChild(self._row(entry, library, labels, state))
        return row

    def _state(self, entry: LibraryEntry, group: IdGroup) -> str:
        if not entry.is_valid:
            return self.tr("⚠ broken ({count})").format(count=len(entry.problems))
        if entry.warnings:
            return self.tr("ok, with a warning")
        others = [other for other in group.entries if other is not entry]
        replaced = [other for other in others if other.is_valid]
        if replaced:
            return self.tr("ok, replaces {count}").format(count=len(replaced))
        if others:  # only broken copies beside it: they replace nothing
            return self.tr("ok; a broken copy is not used")
        return self.tr("ok")

    def _row(self, entry: LibraryEntry, library: Library, labels: dict[Path, str],
             state: str) -> QTreeWidgetItem:
        root = library.root_of(entry.path)
        title = entry.declared_title
        if entry.language != self._language:
            title = f"{title} · {language_name(entry.language)}"
        row = QTreeWidgetItem([title, state, labels.get(root, "") if root else "",
                               entry_length(entry, library)])
        row.setToolTip(TITLE, str(entry.path))
        if entry.problems:
            for column in (TITLE, STATE):
                row.setForeground(column, QBrush(QColor(self.theme.error)))
        elif entry.warnings:
            row.setForeground(STATE, QBrush(QColor(WARNING_COLOUR)))
        self._entries[id(row)] = entry
        row.setData(TITLE, Qt.ItemDataRole.UserRole, id(row))
        return row

    def rows(self) -> list[tuple[str, str, str]]:
        """(title, state, folder) of every listed file in order, children after their row."""
        found: list[tuple[str, str, str]] = []

        def walk(item: QTreeWidgetItem) -> None:
            for index in range(item.childCount()):
                child = item.child(index)
                found.append((child.text(TITLE), child.text(STATE), child.text(FOLDER)))
                walk(child)

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return found

    def selected_entry(self) -> LibraryEntry | None:
        item = self.tree.currentItem()
        return self._entries.get(item.data(TITLE, Qt.ItemDataRole.UserRole)) if item else None

    def select(self, kind: str, file_id: str, language: str = "") -> bool:
        """Select the row of an id (the file in use, in `language` or else the window's); False if none."""
        wanted = language or self._language
        found = [(key, entry) for key, entry in self._entries.items()
                 if entry.kind == kind and entry.id == file_id]
        found.sort(key=lambda pair: pair[1].language != wanted)  # that language's first, else any
        for key, _entry in found:
                item = self._item(key)
                if item is not None and item.parent() is not None and item.parent().parent() is None:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def _item(self, key: int) -> QTreeWidgetItem | None:
        iterator = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while iterator:
            item = iterator.pop()
            if item.data(TITLE, Qt.ItemDataRole.UserRole) == key:
                return item
            iterator += [item.child(i) for i in range(item.childCount())]
        return None

    def _selected(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        entry = self._entries.get(current.data(TITLE, Qt.ItemDataRole.UserRole)) if current else None
        self.duplicate_button.setEnabled(entry is not None)
        self.edit_button.setEnabled(entry is not None and self._is_mine(entry))
        if entry is None:
            self.details.clear()
            return
        lines = [str(entry.path)]
        if entry.overridden_by:
            lines.append(self.tr("Replaced by {path}").format(path=entry.overridden_by))
        lines += [problem_line(problem) for problem in [*entry.problems, *entry.warnings]]
        if not self._is_mine(entry):
            copy = user_file(self.user_root, entry.kind, entry.id, entry.language)
            lines.append(self.tr("Your copy is {path}: edit that one.").format(path=copy) if copy.exists()
                         else self.tr("To change it, duplicate it to your library and edit the copy."))
        self.details.setText("\n".join(lines))

    def _is_mine(self, entry: LibraryEntry) -> bool:
        return entry.path.resolve().is_relative_to(self.user_root.resolve())

    # -- actions ----------------------------------------------------------------------------------

    def duplicate_selected(self) -> Path | None:
        """Copy the selected file into the user library (same id: it replaces the original) and edit it."""
        entry = self.selected_entry()
        if entry is None:
            return None
        target = user_file(self.user_root, entry.kind, entry.id, entry.language)
        if target.exists():
            self.notice.setText(self.tr("You already have {name} in your library: opened it.").format(
                name=target.name))
        else:
            reason = write_atomically(target, entry.path.read_bytes())
            if reason:
                self.notice.setText(self.tr("Could not copy {name}: {reason}").format(
                    name=entry.path.name, reason=reason))
                return None
            self.notice.setText(self.tr("Copied to {path}. Your copy replaces the original while it "
                                        "has no errors.").format(path=target))
            self.reload()
        self._edit(target, entry.kind)
        return target

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self._is_mine(entry):
            self._edit(entry.path, entry.kind)

    def new_exercise(self, kind: InputKind) -> None:
        """Start a new exercise from the blank skeleton of `kind` (saved only when asked)."""
        taken = {e.id for e in self.context.library.entries if e.kind == "exercise"}
        folder = user_file(self.user_root, "exercise", "x").parent
        taken |= {p.name.split(".")[0] for p in folder.glob("*.y*ml")} if folder.is_dir() else set()
        exercise_id = unused_id(new_id(kind), taken)
        if self._busy_elsewhere(None):
            return
        # In the window's words, and a version in its language when that is not English.
        language = current_language()
        self.editor.open_text(skeleton(kind, exercise_id, translator(language), language),
                              user_file(self.user_root, "exercise", exercise_id, language), "exercise",
                              saved=False)
        self.stack.setCurrentWidget(self.editor)

    def _edit(self, path: Path, kind: str) -> None:
        if self._busy_elsewhere(path):
            return
        if self.editor.path != path or not self.editor.is_modified:
            self.editor.open_file(path, kind)  # what is on disk now, another editor's changes included
        else:
            self.editor.take_disk_changes()  # typed here and changed there: the trainer settles it
        self.stack.setCurrentWidget(self.editor)

    def _busy_elsewhere(self, path: Path | None) -> bool:
        """Unsaved changes in another file: go back to them rather than lose them."""
        if self.editor.is_modified and self.editor.path != path:
            self.stack.setCurrentWidget(self.editor)
            self.editor.status.setText(self.tr("Save or discard the changes to {name} first.").format(
                name=self.editor.path.name if self.editor.path else ""))
            return True
        return False

    def show_browser(self) -> None:
        self.stack.setCurrentWidget(self.browser)
        if self.editor.is_modified:
            self.notice.setText(self.tr("{name} has unsaved changes: open it again to save them.").format(
                name=self.editor.path.name if self.editor.path else ""))

    # -- reloading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the library folders again (a file changed on disk, or the editor saved)."""
        self.keeper.reload()

    def _library_changed(self, library: Library) -> None:
        self.show_library(library)
        self.editor.library_changed()
        self.libraryChanged.emit(library)

    def _saved(self, path: Path) -> None:
        if not self.watcher.check_now():
            self.reload()  # the watcher saw nothing new (same size and time): reload anyway
        kind = "plan" if path.parent.name == "plans" else "exercise"
        self.select(kind, path.stem)


def _by_title(group: IdGroup) -> tuple[str, str]:
    shown = group.winner or group.entries[-1]
    return (shown.declared_title.casefold(), group.id)
