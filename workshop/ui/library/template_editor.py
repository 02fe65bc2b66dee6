"""The trainer's editor for one exercise or plan file: YAML, live checks, projector preview.

Text is checked ~300 ms after typing pauses, against the library as it is
now (`library.catalog.check_text`), so a vote on a missing step or a plan
naming a missing exercise shows up as it is typed. Lines at fault get a mark
in the margin and a wavy underline from the column at fault; the problem
list jumps to them. Saving goes through `QSaveFile` (written whole or not at
all) and only ever into the trainer's own library.

The file may also be open in another editor. What the editor shows is what is
on disk when it opens the file; a change on disk while it is open is taken in
when nothing is typed here, and otherwise is a conflict the trainer settles
(keep mine, take the file's, or see both side by side). Save never writes
over a change on disk the editor has not shown. A file that is not UTF-8
(Windows-1252, say) is shown as such, with an offer to convert it.

Its parts: the text box (`yaml_edit`, coloured by `yaml_highlighter`), the
problem list (`problem_list`), the projector preview (`template_preview`),
the status line (`editor_status`) and, on a conflict, the question and the
file's text beside (`edit_conflict`); `file_text` reads and writes the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from workshop.core.rules import LANGUAGE_TAG
from workshop.core.templates import InputKind
from workshop.library.catalog import Library, LibraryEntry, check_text
from workshop.library.problems import Problem
from workshop.library.skeletons import user_file
from workshop.library.validate import ID_PATTERN
from workshop.ui.library.edit_conflict import TheirText, ask_conflict
from workshop.ui.library.editor_status import EditorStatus
from workshop.ui.library.file_text import NotUtf8, encoding_name, read_template_text, write_atomically
from workshop.ui.library.problem_list import ProblemList
from workshop.ui.library.template_preview import TemplatePreview, input_kind_names
from workshop.ui.library.yaml_edit import YamlEdit
from workshop.ui.library.yaml_highlighter import YamlHighlighter

CHECK_DELAY_MS = 300  # after the last key press: checks never lag typing


class TemplateEditor(QWidget):
    """Edit one exercise or plan file of the trainer's library."""

    saved = Signal(Path)
    closeRequested = Signal()

    def __init__(self, library: Callable[[], Library], user_root: Path,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self._library = library
        self.user_root = user_root
        self.kind = "exercise"
        self.path: Path | None = None  # the file being edited (may not exist yet)
        self.entry: LibraryEntry | None = None  # the last check's result

        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.status = EditorStatus(self)
        self.save_button = QPushButton(self.tr("Save to my library"), self)
        self.save_button.setObjectName("saveTemplate")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Discard changes"), self)
        self.revert_button.clicked.connect(self.revert)
        self.back_button = QPushButton(self.tr("Back to the library"), self)
        self.back_button.clicked.connect(self.closeRequested)
        self.convert_button = QPushButton(self.tr("Convert to UTF-8"), self)
        self.convert_button.setObjectName("convertTemplate")
        self.convert_button.clicked.connect(self.convert_to_utf8)
        self.convert_button.hide()
        self._legacy: NotUtf8 | None = None  # the file open is not UTF-8 (shown, not editable)
        self.theirs = TheirText(self)

        self.edit = YamlEdit(self)
        self.edit.setAccessibleName(self.tr("Template text"))
        self.highlighter = YamlHighlighter(self.edit.document())
        self.problem_list = ProblemList(self)
        self.problem_list.jumpRequested.connect(self.edit.go_to)
        self.preview = TemplatePreview(self)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.document().modificationChanged.connect(self._show_modified)
        self.edit.saveRequested.connect(self.save)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._saved_text = ""
        self._layout()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.convert_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        left = QSplitter(Qt.Orientation.Vertical, self)
        mine_and_theirs = QSplitter(Qt.Orientation.Horizontal, self)
        mine_and_theirs.addWidget(self.edit)
        mine_and_theirs.addWidget(self.theirs)
        left.addWidget(mine_and_theirs)
        left.addWidget(self.problem_list)
        left.setStretchFactor(0, 4)
        left.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)

    # -- opening ------------------------------------------------------------------------------

    def open_text(self, text: str, path: Path, kind: str, *, saved: bool) -> None:
        """Edit `text`, to be saved as `path` (in the user library); `saved`: it is on disk as is."""
        self.kind, self.path = kind, path
        self.preview.forget()
        self._saved_text = text if saved else ""
        self._legacy = None
        self.convert_button.hide()
        self.theirs.hide()
        self.edit.setReadOnly(False)
        self.edit.setPlainText(text)
        self.edit.document().setModified(not saved)
        self._show_modified(not saved)
        self.check_now()
        self.edit.setFocus()

    def open_file(self, path: Path, kind: str) -> bool:
        """Edit a file of the trainer's library as it is on disk now; False (said why) if it cannot be."""
        try:
            text = read_template_text(path)
        except NotUtf8 as legacy:
            self._show_legacy(path, kind, legacy)
            return False
        except OSError as error:
            self.status.say(self.tr("{name} cannot be read: {reason}").format(
                name=path.name, reason=error.strerror or error), problem=True)
            return False
        self.open_text(text, path, kind, saved=True)
        return True

    def _show_legacy(self, path: Path, kind: str, legacy: NotUtf8) -> None:
        """Show a file in another encoding as it reads in it, unchanged, with the offer to convert."""
        self.open_text(legacy.text, path, kind, saved=True)
        self._legacy = legacy
        self.edit.setReadOnly(True)
        self.convert_button.show()
        self.status.say(self.tr(
            "{name} is not UTF-8 text (from line {line}): it reads as {encoding}, shown here unchanged. "
            "Convert it to UTF-8 to use and edit it; nothing in it is lost.").format(
                name=path.name, line=legacy.line, encoding=encoding_name(legacy.encoding)), problem=True)

    def convert_to_utf8(self) -> bool:
        """Write the file open (in a legacy encoding) again as UTF-8, then edit it."""
        legacy, path = self._legacy, self.path
        if legacy is None or path is None:
            return False
        reason = write_atomically(path, legacy.text.encode("utf-8"))
        if reason:
            self.status.setText(self.tr("Not converted: {reason}").format(reason=reason))
            return False
        self.open_file(path, self.kind)
        self.status.setText(self.tr("{name} is UTF-8 now: {encoding} read as it was.").format(
            name=path.name, encoding=encoding_name(legacy.encoding)))
        self.saved.emit(path)
        return True

    def disk_text(self) -> str | None:
        """The file's text on disk now (None: no file, or not readable as text)."""
        if self.path is None:
            return None
        try:
            return read_template_text(self.path)
        except (OSError, NotUtf8):
            return None

    def changed_on_disk(self) -> bool:
        """Whether the file on disk is no longer what this editor last read or wrote."""
        if not self._saved_text or self.path is None:
            return False
        return self.disk_text() != self._saved_text

    def take_disk_changes(self) -> str:
        """The file changed on disk (another editor): take it in, or settle the conflict.

        Nothing typed here: the editor shows the file as it is now ("theirs").
        Changes typed here: the trainer chooses "mine", "theirs" or "both"
        (`settle_conflict`). "" when the file did not change.
        """
        if not self.changed_on_disk() or self.path is None:
            return ""
        theirs = self.disk_text()
        if theirs is None:
            return ""  # gone or unreadable: Save will write it again, as typed
        if not self.is_modified:
            self.open_text(theirs, self.path, self.kind, saved=True)
            self.status.setText(self.tr("{name} changed on disk: this is the file as it is now.").format(
                name=self.path.name))
            return "theirs"
        choice = self.ask_conflict()
        self.settle_conflict(choice)
        return choice

    def ask_conflict(self) -> str:
        """Ask how to settle a file changed both here and on disk: "mine", "theirs" or "both"."""
        return ask_conflict(self, self.path.name if self.path else "")

    def settle_conflict(self, choice: str) -> None:
        """"mine": keep the text here and let Save replace the file; "theirs": show the file's;
        "both": the file's text beside this one, to take from, and Save writes what is here."""
        theirs, path = self.disk_text(), self.path
        if theirs is None or path is None:
            return
        if choice == "theirs":
            self.open_text(theirs, path, self.kind, saved=True)
            return
        # Seen and decided: Save may now write over the file's text (it is the new baseline).
        self._saved_text = theirs
        if choice == "both":
            self.theirs.setPlainText(theirs)
            self.theirs.show()
            self.status.setText(self.tr("Yours on the left, the file as it is on disk on the right: "
                                        "copy what you want to keep, then save."))
        else:
            self.status.setText(self.tr("Keeping yours: Save replaces the file's changes."))

    @property
    def is_modified(self) -> bool:
        return self.edit.document().isModified()

    @property
    def problems(self) -> list[Problem]:
        return [*self.entry.problems, *self.entry.warnings] if self.entry else []

    # -- checking -------------------------------------------------------------------------------

    def target(self) -> Path | None:
        """Where Save writes: the file named after the id in the text, in the user library."""
        if self.path is None:
            return None
        declared = self._declared("id")
        if declared and ID_PATTERN.match(declared):
            language = self._declared("language")
            return user_file(self.user_root, self.kind, declared,
                             language if LANGUAGE_TAG.fullmatch(language) else "")
        return self.path

    def _declared(self, field: str) -> str:
        """A top-level field's value as the text has it now ("" if it has none)."""
        for line in self.edit.toPlainText().splitlines():
            if line.startswith(f"{field}:"):
                return line[len(field) + 1:].split("#", 1)[0].strip().strip("\"'")
        return ""

    def check_now(self) -> None:
        """Check the text as it is (also run ~300 ms after typing stops)."""
        self._timer.stop()
        target = self.target()
        if target is None:
            return
        self.entry = check_text(self.edit.toPlainText(), target, self.kind, self._library())
        problems = sorted(self.problems)
        self.edit.set_problems(problems)
        self.problem_list.show_problems(problems)
        self.preview.show_template(self.kind, self.entry.template if self.entry else None)
        self._show_modified(self.is_modified)

    def kind_names(self) -> dict[InputKind, str]:
        """What each input kind is called on screen."""
        return input_kind_names()

    @property
    def is_new(self) -> bool:
        """A file that was never saved (a new exercise): discarding it throws it away."""
        return not self._saved_text and self.path is not None

    def _show_modified(self, modified: bool) -> None:
        target = self.target()
        name = target.name if target else ""
        self.heading.setText(f"{name} *" if modified else name)
        self.revert_button.setEnabled(modified)
        self.revert_button.setText(self.tr("Discard this new file") if self.is_new
                                   else self.tr("Discard changes"))
        errors = sum(1 for problem in self.problems if problem.is_error)
        self.status.show_check(errors, target, is_new=self.is_new, modified=modified)

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Write the text into the user library, whole or not at all.

        Never over a change on disk this editor has not shown: that is a
        conflict to settle first.
        """
        target = self.target()
        if target is None or self._legacy is not None:
            return False
        # Keeping mine goes on with the save; the file's text, or both side by side, do not.
        if target == self.path and self.changed_on_disk() and self.take_disk_changes() != "mine":
            return False
        if not target.resolve().is_relative_to(self.user_root.resolve()):
            self.status.setText(self.tr("Only files in your library are saved: {path}").format(path=target))
            return False
        if target != self.path and target.exists():
            self.status.setText(self.tr("Your library already has {name}: change the id, or open that "
                                        "file instead.").format(name=target.name))
            return False
        text = self.edit.toPlainText()
        reason = write_atomically(target, text.encode("utf-8"))
        if reason:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=reason))
            return False
        # A new id renames the file (it is named after its id): the copy under the old name
        # would otherwise stay in the library and go on replacing the shipped exercise unseen.
        old = self.path
        renamed = (old is not None and old != target and self._saved_text and old.exists()
                   and old.resolve().is_relative_to(self.user_root.resolve()))
        if renamed and old is not None:
            try:
                old.unlink()
            except OSError:
                renamed = False
        self.path, self._saved_text = target, text
        self.theirs.hide()
        self.edit.document().setModified(False)
        self.check_now()
        self.saved.emit(target)  # the library is read again, and says the file is saved
        if renamed and old is not None:
            self.status.setText(self.tr("Saved as {name} (it was {old}: the file follows its id).").format(
                name=target.name, old=old.name))
        return True

    def revert(self) -> None:
        """Back to the text last saved; a new file never saved is thrown away."""
        if self._saved_text and self.path is not None:
            self.open_text(self._saved_text, self.path, self.kind, saved=True)
        elif self.is_new:
            self.path = None
            self.preview.forget()
            self.edit.clear()
            self.edit.document().setModified(False)
            self.heading.clear()
            self.status.clear()
            self.closeRequested.emit()

    def library_changed(self) -> None:
        """The library changed on disk: take in a change to this file, and check again."""
        if self.path is not None:
            self.check_now()
            if self._legacy is None and not self.theirs.isVisible():
                self.take_disk_changes()
