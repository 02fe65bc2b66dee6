"""Read YAML keeping the line of every value, so problems can point at it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from workshop.library.problems import Problem

MAX_FILE_BYTES = 1_000_000  # a template is a few kilobytes; anything huge is a mistake

FieldPath = tuple[str | int, ...]


@dataclass
class YamlDocument:
    """Plain data from a YAML file, and the line each field path starts on."""

    path: Path
    data: Any
    lines: dict[FieldPath, int] = field(default_factory=dict)

    def line(self, where: FieldPath) -> int:
        """The line of `where`, or of its nearest parent that has one."""
        while where:
            if where in self.lines:
                return self.lines[where]
            where = where[:-1]
        return self.lines.get((), 1)


def field_name(where: FieldPath) -> str:
    """``("steps", 2, "duration")`` -> ``"steps[2].duration"``."""
    text = ""
    for part in where:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def load_yaml(path: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Load one YAML file; on failure return the problems instead."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [Problem(path, 0, "", f"cannot read the file: {error.strerror or error}")]
    if len(raw) > MAX_FILE_BYTES:
        return None, [Problem(path, 0, "", f"the file is {len(raw):,} bytes; a template "
                                            f"is at most {MAX_FILE_BYTES:,}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [Problem(path, line, "", "the file is not UTF-8 text: save it as UTF-8")]
    if not text.strip():
        return None, [Problem(path, 0, "", "the file is empty")]
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        reason = error.problem or "not valid YAML"
        if "\t" in text and "tab" in str(error).lower() or "found character '\\t'" in str(error):
            reason = "a tab is used for indenting; YAML needs spaces"
        return None, [Problem(path, line, "", f"YAML syntax: {reason}")]
    except yaml.YAMLError as error:
        return None, [Problem(path, 0, "", f"YAML syntax: {error}")]
    document = YamlDocument(path, None)
    problems: list[Problem] = []
    document.data = _to_data(node, (), document, problems)
    return document, problems


def _to_data(node: yaml.Node, where: FieldPath, document: YamlDocument,
             problems: list[Problem]) -> Any:
    document.lines.setdefault(where, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(document.path, key_node.start_mark.line + 1,
                                        field_name(where), "a field name must be a plain word"))
                continue
            key = key_node.value
            child = (*where, key)
            if key in result:
                problems.append(Problem(document.path, key_node.start_mark.line + 1,
                                        field_name(child), "given twice; keep one"))
                continue
            document.lines[child] = key_node.start_mark.line + 1
            result[key] = _to_data(value_node, child, document, problems)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_data(item, (*where, index), document, problems)
                for index, item in enumerate(node.value)]
    return _SCALARS.construct_object(node, deep=True)


# One loader reused for every scalar: it resolves the tag (int, bool, date, str)
# exactly as yaml.safe_load would.
_SCALARS = yaml.SafeLoader("")
