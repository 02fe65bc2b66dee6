"""Read YAML keeping the line and column of every value, so problems can point at it."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from workshop.core.worded import Phrase, said, said_n
from workshop.library.problems import Problem

MAX_FILE_BYTES = 1_000_000  # a template is a few kilobytes; anything huge is a mistake
MAX_NODES = 100_000  # aliases can multiply a small file into millions of values

FieldPath = tuple[str | int, ...]
Position = tuple[int, int]  # 1-based (line, column)

_OTHER_UNICODE = {
    codecs.BOM_UTF32_LE: "UTF-32", codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16", codecs.BOM_UTF16_BE: "UTF-16",
}


@dataclass
class YamlDocument:
    """Plain data from a YAML file, and where each field path is written."""

    path: Path
    data: Any
    values: dict[FieldPath, Position] = field(default_factory=dict)
    keys: dict[FieldPath, Position] = field(default_factory=dict)

    def position(self, where: FieldPath, *, at_key: bool = False) -> Position:
        """Where `where` is written, or its nearest parent that is.

        A value is pointed at where it starts when that is on its field name's
        line (``duration: 5``: the ``5``); a block below its name, or nothing
        at all, is pointed at by the name. `at_key` asks for the name itself,
        for problems with the name (unknown or repeated fields).
        """
        if at_key and where in self.keys:
            return self.keys[where]
        while where:
            if where in self.values:
                return self.values[where]
            where = where[:-1]
        return self.values.get((), (1, 1))

    def line(self, where: FieldPath) -> int:
        return self.position(where)[0]


def field_name(where: FieldPath) -> str:
    """``("steps", 2, "duration")`` -> ``"steps[2].duration"``."""
    text = ""
    for part in where:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def load_yaml(path: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Load one YAML file; on failure return the problems instead."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        return None, [Problem(path, 0, 0, "", said("cannot read the file: {reason}",
                                                   reason=error.strerror or str(error)))]
    return parse_yaml(raw, path)


def parse_yaml(raw: bytes | str, path: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Parse YAML text or bytes as if read from `path` (the editor checks unsaved text this way)."""
    if isinstance(raw, bytes):
        text_or_problem = _decode(raw, path)
        if isinstance(text_or_problem, Problem):
            return None, [text_or_problem]
        text = text_or_problem
    else:
        text = raw.removeprefix("\ufeff")
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_FILE_BYTES:
            return None, [_too_big(path, size)]
    if not text.strip():
        return None, [Problem(path, 0, 0, "", said("the file is empty"))]
    try:
        node = yaml.compose(text, Loader=TrainerLoader)
    except yaml.MarkedYAMLError as error:
        return None, _syntax_problems(path, text, error)
    except yaml.YAMLError as error:
        return None, [Problem(path, 0, 0, "", said("YAML syntax: {reason}", reason=str(error)))]
    if node is None:
        return None, [Problem(path, 0, 0, "", said("the file has only comments: nothing to read"))]
    builder = _Builder(YamlDocument(path, None))
    try:
        builder.document.data = builder.convert(node, ())
    except _TooComplex as error:
        return None, [Problem(path, error.line, error.column, "", error.phrase)]
    return builder.document, builder.problems


def _decode(raw: bytes, path: Path) -> str | Problem:
    if len(raw) > MAX_FILE_BYTES:
        return _too_big(path, len(raw))
    for bom, name in _OTHER_UNICODE.items():
        if raw.startswith(bom):
            return Problem(path, 0, 0, "", said("the file is saved as {encoding}: save it as UTF-8",
                                                encoding=name))
    try:
        # A UTF-8 byte-order mark (Notepad writes one) is harmless: dropped.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        start = raw.rfind(b"\n", 0, error.start) + 1
        line = raw[: error.start].count(b"\n") + 1
        column = len(raw[start: error.start].decode("utf-8", "replace")) + 1
        return Problem(path, line, column, "",
                       said("the file is not UTF-8 text (perhaps Latin-1 or Windows-1252): save it as UTF-8"))


def _too_big(path: Path, size: int) -> Problem:
    return Problem(path, 0, 0, "", said("the file is {size:,} bytes; a template is at most {most:,}",
                                        size=size, most=MAX_FILE_BYTES))


def _syntax_problems(path: Path, text: str, error: yaml.MarkedYAMLError) -> list[Problem]:
    # PyYAML's complaint about a tab ("found character '\t' that cannot start
    # any token") comes from wherever the tab confused it; the lines indented
    # with tabs are the actual mistake, so point at each of them.
    tabbed: list[tuple[int, int]] = []
    for number, line in enumerate(text.splitlines(), 1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            tabbed.append((number, indent.index("\t") + 1))
    if tabbed:
        return [Problem(path, number, column, "", said("a tab is used for indenting; YAML needs spaces"))
                for number, column in tabbed]
    explained = _explained(text.splitlines(), error)
    if explained is not None:
        line, column, message = explained
        return [Problem(path, line, column, "", said("YAML syntax: {reason}", reason=message))]
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    # PyYAML's own words, where they are not the usual slips: its English, in every language.
    reason: str = (_PLAIN_WORDS.get(error.problem or "", error.problem) or error.context
                   or said("not valid YAML"))
    context = error.context_mark
    if error.problem and error.context and context and (context.line, context.column) != (
            mark.line if mark else -1, mark.column if mark else -1):
        # Where the unclosed bracket or quote began is where to look.
        reason = said("{reason} ({context} started at line {line}, column {column})", reason=reason,
                      context=error.context, line=context.line + 1, column=context.column + 1)
    return [Problem(path, line, column, "", said("YAML syntax: {reason}", reason=reason))]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _spaces(count: int) -> Phrase:
    return said_n("{count} space", "{count} spaces", count)


def _field_column(line: str) -> int:
    """Where a line's field name starts (after a list's `- `), 0-based."""
    stripped = line.lstrip(" ")
    return _indent(line) + (2 if stripped.startswith("- ") else 0)


def _field_name(line: str) -> str:
    return line.strip().removeprefix("- ").split(":", 1)[0].strip()


def _line_before(lines: list[str], number: int) -> int:
    """The 1-based number of the nearest line before `number` with something on it (0: none)."""
    for earlier in range(number - 1, 0, -1):
        if lines[earlier - 1].strip() and not lines[earlier - 1].lstrip().startswith("#"):
            return earlier
    return 0


def _explained(lines: list[str], error: yaml.MarkedYAMLError) -> tuple[int, int, Phrase] | None:
    """The usual slips in words, on the line at fault, with the fix; None for anything else.

    PyYAML notices most slips a line late, in its parser's words ("expected
    <block end>, but found '<block mapping start>'"); the line at fault is
    found from where it stopped and the indentation around it.
    """
    problem, context = error.problem or "", error.context or ""
    mark, start = error.problem_mark, error.context_mark
    if mark is None:
        return None
    number = mark.line + 1

    def text_of(line: int) -> str:
        return lines[line - 1] if 0 < line <= len(lines) else ""

    if problem == "could not find expected ':'" and start is not None:
        # `title Keep it alive`: the name without its colon, found on the next line.
        at = start.line + 1
        words = text_of(at).strip().removeprefix("- ").split(None, 1)
        if len(words) == 2:
            return at, start.column + 1, said("`{name} {value}` has no `:` after its name; write "
                                              "`{name}: {value}`", name=words[0], value=words[1])
        return at, start.column + 1, said("`{name}` needs a `:` after it, then its value",
                                          name=words[0] if words else "")
    if "quoted scalar" in context and start is not None:
        return start.line + 1, start.column + 1, said("this quote is never closed: end the text with the "
                                                      "same quote mark on this line")
    if "flow" in context and start is not None:
        if "stream end" in problem or "end of stream" in problem:
            # PyYAML points at the end of the file; the bracket left open is on the last line opening one.
            at = next((n for n in range(min(number, len(lines)), 0, -1)
                       if text_of(n).count("[") + text_of(n).count("{") >
                       text_of(n).count("]") + text_of(n).count("}")), start.line + 1)
            column = max(text_of(at).rfind("["), text_of(at).rfind("{")) + 1
            return at, max(column, 1), said("the file ends before this `{` or `[` is closed: close it "
                                            "with `}` or `]`")
        if start.line != mark.line:
            return start.line + 1, start.column + 1, said("this `{` or `[` is not closed on its line: close "
                                                          "it with `}` or `]` before the line ends")
        return number, mark.column + 1, said("inside `{ }` or `[ ]` on one line, text with `:`, `?`, `,` or "
                                             "`#` must be in quotes, e.g. {question: \"What now?\"}")
    line = text_of(number)
    before = _line_before(lines, number)
    if problem.startswith("expected <block end>") or problem == "mapping values are not allowed here":
        if problem == "mapping values are not allowed here" and before and \
                _indent(line) <= _field_column(text_of(before)) and ": " in line.split(":", 1)[1]:
            name = _field_name(line)
            value = line.split(":", 1)[1].strip()
            return number, _indent(line) + 1, said("the text of `{name}` holds `: `; put it in quotes: "
                                                   "{name}: \"{value}\"", name=name, value=value)
        if line.lstrip().startswith("- ") and before:
            siblings = [n for n in range(number - 1, 0, -1) if text_of(n).lstrip().startswith("- ")
                        and _indent(text_of(n)) < _field_column(text_of(before))]
            if siblings:
                other = text_of(siblings[0])
                return number, _indent(line) + 1, said(
                    "this list item is indented {spaces}, but the items of its list (line {line}) use "
                    "{theirs}: line its `-` up with theirs", spaces=_spaces(_indent(line)), line=siblings[0],
                    theirs=_indent(other))
        if before:
            above = text_of(before)
            wanted = _field_column(above)
            if _indent(line) != wanted:
                name, other = _field_name(line), _field_name(above)
                if _indent(line) > wanted:
                    return number, _indent(line) + 1, said(
                        "this line is indented {spaces}, but `{other}:` on line {line} is indented {wanted}: "
                        "line `{name}:` up with `{other}:` (or, if it belongs under `{other}:`, leave "
                        "nothing after `{other}:` on its line)", spaces=_spaces(_indent(line)), other=other,
                        line=before, wanted=wanted, name=name)
                return number, _indent(line) + 1, said(
                    "this line is indented {spaces}, but `{other}:` on line {line} is indented {wanted}: "
                    "line `{name}:` up with `{other}:`", spaces=_spaces(_indent(line)), other=other,
                    line=before, wanted=wanted, name=name)
    return None


# PyYAML's wording for the usual slips, said as a trainer would need it.
_PLAIN_WORDS = {
    "mapping values are not allowed here":
        said("a `:` that YAML cannot place; check the indentation of this line and the one above, "
             "or put the text in quotes"),
    "found unexpected end of stream": said("the file ends before a quote or bracket is closed"),
    "could not find expected ':'": said("expected `name: value` here; check the indentation"),
}


class _TooComplex(Exception):
    def __init__(self, phrase: Phrase, line: int, column: int) -> None:
        super().__init__(phrase)
        self.phrase, self.line, self.column = phrase, line, column


class TrainerLoader(yaml.SafeLoader):
    """PyYAML's safe loader, with YAML 1.2's booleans: only true and false.

    YAML 1.1 also reads yes, no, on, off, y and n as booleans, so a column
    labelled `Yes` became a yes/no value and no label at all. Trainers write
    those words as words; where the app wants true or false, the validator
    asks for true or false.
    """


TrainerLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
TrainerLoader.add_implicit_resolver("tag:yaml.org,2002:bool",
                                    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


class _Builder:
    """Turns composed nodes into plain data, noting where each value is."""

    def __init__(self, document: YamlDocument) -> None:
        self.document = document
        self.problems: list[Problem] = []
        self.count = 0
        self.open: set[int] = set()  # nodes being converted: an alias back to one is a loop
        # A loader of its own for scalars: it builds values (int, bool, date, str) from the
        # tags `TrainerLoader` resolved, as yaml.safe_load would.
        self.scalars = TrainerLoader("")

    def problem(self, where: FieldPath, message: str, *, at: yaml.Mark) -> None:
        """`message` (a template, as `Checker.problem`'s) about `where`, written at `at`."""
        self.problems.append(Problem(self.document.path, at.line + 1, at.column + 1,
                                     field_name(where), said(message)))

    def convert(self, node: yaml.Node, where: FieldPath) -> Any:
        self.count += 1
        mark = node.start_mark
        if self.count > MAX_NODES:
            raise _TooComplex(said("more than {most:,} values (aliases repeating aliases?)", most=MAX_NODES),
                              0, 0)
        if id(node) in self.open:
            raise _TooComplex(said("an alias refers to itself (*name inside &name)"),
                              mark.line + 1, mark.column + 1)
        self.document.values.setdefault(where, (mark.line + 1, mark.column + 1))
        if isinstance(node, yaml.ScalarNode):
            try:
                return self.scalars.construct_object(node, deep=True)
            except yaml.constructor.ConstructorError:
                tag = node.tag.replace("tag:yaml.org,2002:", "!!")
                self.problems.append(Problem(
                    self.document.path, mark.line + 1, mark.column + 1, field_name(where),
                    said("the tag {tag} is not allowed here: write plain text", tag=tag)))
                return None
            finally:
                self.scalars.constructed_objects.clear()
        self.open.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.convert(item, (*where, index)) for index, item in enumerate(node.value)]
            return self._mapping(node, where)
        finally:
            self.open.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, where: FieldPath) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        merges: list[yaml.Node] = []
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                merges.append(value_node)
                continue
            self._pair(key_node, value_node, where, result)
        # `<<: *shared` (or `<<: [*a, *b]`) adds the fields of an anchored mapping that this
        # mapping does not write itself (YAML's rule: its own fields win, then the first merged).
        for value_node in merges:
            sources = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            for source in sources:
                if not isinstance(source, yaml.MappingNode):
                    self.problem(where, "`<<:` merges the fields of a mapping, written `<<: *name` "
                                        "where `&name` marks a mapping such as "
                                        "`{duration: 5m, input: {kind: notes}}`; this is not a mapping",
                                 at=source.start_mark)
                    continue
                if id(source) in self.open:
                    raise _TooComplex(said("a merge refers to the mapping it is in (<<: *name inside &name)"),
                                      source.start_mark.line + 1, source.start_mark.column + 1)
                self.open.add(id(source))
                try:
                    merged: dict[Any, Any] = {}
                    for key_node, inner in source.value:
                        if key_node.tag == "tag:yaml.org,2002:merge":
                            self.problem(where, "a merged mapping cannot merge another in turn; merge both "
                                                "here: `<<: [*first, *second]`", at=key_node.start_mark)
                            continue
                        if isinstance(key_node, yaml.ScalarNode) and key_node.value not in result:
                            self._pair(key_node, inner, where, merged)
                    for key, value in merged.items():
                        result.setdefault(key, value)
                finally:
                    self.open.discard(id(source))
        return result

    def _pair(self, key_node: yaml.Node, value_node: yaml.Node, where: FieldPath,
              result: dict[Any, Any]) -> None:
        if not isinstance(key_node, yaml.ScalarNode):
            self.problem(where, "a field name must be a plain word", at=key_node.start_mark)
            return
        # The raw text, not the resolved value: an unquoted `on:` stays
        # the word "on" (YAML 1.1 would read it as true).
        key = key_node.value
        child = (*where, key)
        key_position = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        if key in result:
            self.problem(child, "given twice; keep one", at=key_node.start_mark)
            return
        self.document.keys[child] = key_position
        value_mark = value_node.start_mark
        empty = isinstance(value_node, yaml.ScalarNode) and value_node.start_mark.index == \
            value_node.end_mark.index
        same_line = value_mark.line + 1 == key_position[0]
        self.document.values[child] = (
            (value_mark.line + 1, value_mark.column + 1) if same_line and not empty else key_position)
        result[key] = self.convert(value_node, child)
