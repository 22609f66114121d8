"""Read YAML and JSON into dicts and lists that remember the line of every key and item."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from clientfire.errors import InputError

__all__ = ["LocDict", "LocList", "read_document", "parse_text", "line_of"]

MAX_DEPTH = 50


class LocDict(dict):  # type: ignore[type-arg]
    """A dict with `line` (its own) and `lines` (the line of each key)."""

    line: int = 0
    lines: dict[str, int]


class LocList(list):  # type: ignore[type-arg]
    """A list with `line` (its own) and `lines` (the line of each item)."""

    line: int = 0
    lines: list[int]


def line_of(container: object, key: object = None) -> int | None:
    """The line of `key` in `container`, or of the container itself."""
    if isinstance(container, LocDict):
        return container.lines.get(str(key), container.line) if key is not None else container.line
    if isinstance(container, LocList):
        if isinstance(key, int) and 0 <= key < len(container.lines):
            return container.lines[key]
        return container.line
    return None


class _Loader(yaml.SafeLoader):
    """A safe loader that refuses aliases and duplicate keys and keeps line numbers."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                problem="YAML aliases (*name) are not allowed", problem_mark=event.start_mark
            )
        self.depth = getattr(self, "depth", 0) + 1
        try:
            if self.depth > MAX_DEPTH:
                event = self.peek_event()
                raise yaml.MarkedYAMLError(
                    problem=f"nesting deeper than {MAX_DEPTH} levels", problem_mark=event.start_mark
                )
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_located_mapping(self, node: yaml.MappingNode) -> LocDict:
        result = LocDict()
        result.line = node.start_mark.line + 1
        result.lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)):
                raise yaml.MarkedYAMLError(problem="keys must be plain words", problem_mark=key_node.start_mark)
            skey = str(key) if not isinstance(key, bool) else str(key).lower()
            if skey in result:
                raise yaml.MarkedYAMLError(
                    problem=f"duplicate key '{skey}'", problem_mark=key_node.start_mark
                )
            result[skey] = self.construct_object(value_node, deep=True)
            result.lines[skey] = key_node.start_mark.line + 1
        return result

    def construct_lenient_timestamp(self, node: yaml.ScalarNode) -> Any:
        """A date-looking scalar that is no real date (2027-02-30) stays text for the validator."""
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)

    def construct_located_sequence(self, node: yaml.SequenceNode) -> LocList:
        result = LocList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.lines = [child.start_mark.line + 1 for child in node.value]
        return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _Loader.construct_located_mapping)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_lenient_timestamp)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _Loader.construct_located_sequence)


def read_document(path: Path, *, max_bytes: int, label: str | None = None) -> Any:
    """Parse a YAML or JSON file (by suffix) into located data; raise InputError on any problem."""
    shown = label or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=shown) from exc
    if len(raw) > max_bytes:
        raise InputError(f"file is too large ({len(raw)} bytes, limit {max_bytes})", path=shown)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"file is not UTF-8 text (byte {exc.start})", path=shown) from exc
    if not text.strip():
        raise InputError("file is empty", path=shown)
    if path.suffix.lower() == ".json":
        _check_json(text, shown)
    return _parse_yaml(text, shown)


def parse_text(text: str, label: str) -> Any:
    """Parse YAML (or JSON) text that is not in a file, e.g. from standard input; InputError on any problem."""
    if text.lstrip().startswith(("{", "[")):
        _check_json(text, label)
    return _parse_yaml(text, label)


def _check_json(text: str, shown: str) -> None:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} (column {exc.colno})", path=shown, line=exc.lineno) from exc
    except RecursionError as exc:
        raise InputError("malformed JSON: nesting too deep", path=shown) from exc


def _parse_yaml(text: str, shown: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except yaml.reader.ReaderError as exc:  # a character YAML refuses: its position, not a mark
        line = text[: max(exc.position, 0)].count("\n") + 1
        raise InputError(f"malformed YAML: character {exc.character!r} is not allowed", path=shown, line=line) from exc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "syntax error"
        raise InputError(f"malformed YAML: {problem}", path=shown, line=where) from exc
    except yaml.YAMLError as exc:
        raise InputError(f"malformed YAML: {exc}", path=shown) from exc
    except (RecursionError, ValueError, OverflowError) as exc:
        raise InputError(f"malformed YAML: {type(exc).__name__}", path=shown) from exc
