"""The trainer's editor, under the text: the problems the last check found, each leading to its line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from workshop.library.problems import Problem
from workshop.ui.language import problem_message
from workshop.ui.widgets.theme import CONSOLE

# `translate("Context", "...")` written out, so pyside6-lupdate finds each string.
translate = QCoreApplication.translate

WARNING_COLOUR = "#6b4100"  # dark amber: a warning, on the list's white in every theme


class ProblemList(QListWidget):
    """Errors and warnings by line and column; choosing one asks to go there (`jumpRequested`)."""

    jumpRequested = Signal(int, int)  # line, column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemList")
        self.setAccessibleName(translate("TemplateEditor", "Problems"))
        self.setStyleSheet(f"QListWidget {{ background: #ffffff; color: {CONSOLE.text}; }}")
        self.itemActivated.connect(self._jump)
        self.itemClicked.connect(self._jump)

    def show_problems(self, problems: list[Problem]) -> None:
        self.clear()
        for problem in problems:
            where = (
                translate("TemplateEditor", "line {line}, column {column}").format(
                    line=problem.line, column=problem.column
                )
                if problem.line
                else translate("TemplateEditor", "whole file")
            )
            field = f"{problem.field}: " if problem.field else ""
            item = QListWidgetItem(f"{where}  {field}{problem_message(problem)}")
            item.setData(Qt.ItemDataRole.UserRole, (problem.line, problem.column))
            item.setForeground(QColor(CONSOLE.error if problem.is_error else WARNING_COLOUR))
            self.addItem(item)
        if not problems:
            item = QListWidgetItem(translate("TemplateEditor", "No problems found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)

    def _jump(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if where and where[0]:
            self.jumpRequested.emit(*where)
