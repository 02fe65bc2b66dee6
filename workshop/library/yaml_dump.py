"""The one YAML writer for trainers' files: laid out as people write them, read back the same.

Lists are indented under their field (``steps:\\n  - key: ...``); `Flow`
mappings and `FlowList` lists are written on one line (``input: {kind:
vote, on: write, dots: 3}``, ``tags: [goal-setting]``); text with line breaks
is block text (``prompt: |``); `Quoted` text is always in double quotes (a
start time ``"09:00"``, which YAML 1.1 would otherwise read as a number).
Text holding characters no plain or block text can carry is quoted and
escaped, so nothing is misread or dropped.
"""

from __future__ import annotations

from typing import Any

import yaml

# Characters no plain, quoted or block text can carry as they are (YAML
# reads them as line breaks or drops them), so such text is written in
# double quotes, where they are escaped.
_NOT_IN_BLOCKS = frozenset("\r\x85\u2028\u2029\ufeff")


class Flow(dict):  # type: ignore[type-arg]
    """A mapping written on one line: ``{key: a, label: A}``."""


class FlowList(list):  # type: ignore[type-arg]
    """A list written on one line: ``[goal-setting, purpose]``."""


class Quoted(str):
    """Text always written in double quotes."""

    __slots__ = ()


class _Dumper(yaml.SafeDumper):
    """Indents lists under their field, as people write them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        return super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if _NOT_IN_BLOCKS.intersection(value):
        style: str | None = '"'  # escaped, e.g. \N: nothing for a reader to misread
    else:
        style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)
_Dumper.add_representer(Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))
_Dumper.add_representer(Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True))
_Dumper.add_representer(FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v,
                                                                    flow_style=True))


def dump_yaml(data: Any) -> str:
    """`data` (plain dicts, lists and text, with the markers above) as YAML text."""
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True,
                     default_flow_style=False, width=1_000_000, indent=2)
