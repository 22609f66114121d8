"""Read JSON (a `.json` file, one JSON Lines row) into located data: the line of every key and item kept.

Strict JSON (RFC 8259): no NaN or Infinity, no trailing commas, numbers as JSON spells them (ASCII digits).
Also refused, with the line: a key given twice (both lines named), a lone surrogate escape (`\\ud83d` alone:
no character), a number of more than MAX_DIGITS characters, nesting deeper than MAX_DEPTH.
"""

from __future__ import annotations

import bisect
import json
import re
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from clientfire.errors import InputError
from clientfire.messages import Message, message, problem_message

from .located import MAX_DEPTH, LocDict, LocList
from .values import MAX_DIGITS

__all__ = ["parse_json"]

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LITERALS = {"true": True, "false": False, "null": None}


class _Parser:
    """A recursive-descent JSON parser over one text; positions turned into lines for messages and LocDicts."""

    def __init__(self, text: str, shown: str, first_line: int) -> None:
        self.text = text
        self.shown = shown
        self.first_line = first_line
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, pos: int) -> int:
        return self.first_line + bisect.bisect_right(self.starts, pos) - 1

    def column(self, pos: int) -> int:
        return pos - self.starts[bisect.bisect_right(self.starts, pos) - 1] + 1

    def fail(self, problem: str, pos: int) -> InputError:
        said = message("json.problem", problem=problem_message(problem), column=self.column(pos))
        return InputError(said, path=self.shown, line=self.line(pos))

    def skip(self, pos: int) -> int:
        found = _WS.match(self.text, pos)
        return found.end() if found else pos

    def document(self) -> Any:
        pos = self.skip(0)
        if pos >= len(self.text):
            raise self.fail("expecting a value", pos)
        value, pos = self.value(pos, 0)
        pos = self.skip(pos)
        if pos < len(self.text):
            raise self.fail("extra data after the value", pos)
        return value

    def value(self, pos: int, depth: int) -> tuple[Any, int]:
        text = self.text
        char = text[pos:pos + 1]
        if char == '"':
            return self.string(pos)
        if char == "{":
            return self.mapping(pos, depth + 1)
        if char == "[":
            return self.sequence(pos, depth + 1)
        for word, literal in _LITERALS.items():
            if text.startswith(word, pos):
                return literal, pos + len(word)
        found = _NUMBER.match(text, pos)
        if found and found.end() > pos:
            return self.number(found.group(), pos), found.end()
        raise self.fail("expecting a value", pos)

    def number(self, word: str, pos: int) -> int | float:
        if len(word) > MAX_DIGITS:
            raise self.fail(f"a number of {len(word)} characters (the limit is {MAX_DIGITS})", pos)
        return float(word) if any(c in word for c in ".eE") else int(word)

    def string(self, pos: int) -> tuple[str, int]:
        try:
            value, end = scanstring(self.text, pos + 1, True)
        except json.JSONDecodeError as exc:
            raise self.fail(exc.msg.lower(), exc.pos) from exc
        bad = _SURROGATE.search(value)
        if bad:
            raise self.fail(f"a lone surrogate escape (\\u{ord(bad.group()):04x}) is not a character", pos)
        return value, end

    def deeper(self, pos: int, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise self.fail(f"nesting deeper than {MAX_DEPTH} levels", pos)

    def mapping(self, start: int, depth: int) -> tuple[LocDict, int]:
        self.deeper(start, depth)
        result = LocDict()
        result.line, result.lines = self.line(start), {}
        firsts: dict[str, Message] = {}
        pos = self.skip(start + 1)
        if self.text.startswith("}", pos):
            return result, pos + 1
        while True:
            if not self.text.startswith('"', pos):
                raise self.fail("expecting a key in double quotes", pos)
            key_at = pos
            key, pos = self.string(pos)
            pos = self.skip(pos)
            if not self.text.startswith(":", pos):
                raise self.fail("expecting ':' after the key", pos)
            value, pos = self.value(self.skip(pos + 1), depth)
            if key in result:
                raise InputError(message("json.duplicate_key", key=key, first=firsts[key]),
                                 path=self.shown, line=self.line(key_at), key=key)
            result[key], result.lines[key] = value, self.line(key_at)
            firsts[key] = message("where.line_column", line=self.line(key_at), column=self.column(key_at))
            pos = self.skip(pos)
            if self.text.startswith("}", pos):
                return result, pos + 1
            if not self.text.startswith(",", pos):
                raise self.fail("expecting ',' or '}'", pos)
            pos = self.skip(pos + 1)

    def sequence(self, start: int, depth: int) -> tuple[LocList, int]:
        self.deeper(start, depth)
        result = LocList()
        result.line, result.lines = self.line(start), []
        pos = self.skip(start + 1)
        if self.text.startswith("]", pos):
            return result, pos + 1
        while True:
            item_at = pos
            value, pos = self.value(pos, depth)
            result.append(value)
            result.lines.append(self.line(item_at))
            pos = self.skip(pos)
            if self.text.startswith("]", pos):
                return result, pos + 1
            if not self.text.startswith(",", pos):
                raise self.fail("expecting ',' or ']'", pos)
            pos = self.skip(pos + 1)


def parse_json(text: str, shown: str, first_line: int = 1) -> Any:
    """Parse JSON text into LocDict/LocList data; InputError naming file and line on any problem.

    `first_line` is the line the text starts on (a JSON Lines row).
    """
    return _Parser(text.removeprefix("\ufeff"), shown, first_line).document()
