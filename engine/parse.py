"""Small typed readers over located YAML data: each raises KnowledgeError naming file and line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from clientfire.errors import KnowledgeError, suggest
from clientfire.messages import Message, kind_word, message

from .model import LANGUAGES, Loc, Operand, Text
from .values import NumberTooLong, finite, parse_number
from .yamlio import LocDict, LocList, line_of

__all__ = ["Reader", "parse_fact_test", "in_range", "OPS", "ID_RE", "MAX_NUMBER"]

OPS = ("==", "!=", ">=", "<=", ">", "<")
ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
_TEST_RE = re.compile(
    r"^\s*(?P<fact>\S+)\s*(?P<op>==|!=|>=|<=|>|<)\s*(?P<operand>\S+)\s*(?P<unknown>or\s+unknown)?\s*$"
)
MAX_NUMBER = 1e15


class Reader:
    """Reads one knowledge file's data with errors that point at file and line."""

    def __init__(self, path: str) -> None:
        self.path = path

    def loc(self, container: object, key: object = None) -> Loc:
        """The location of `key` in `container`."""
        return Loc(self.path, line_of(container, key))

    def fail(self, message: str | Message, container: object, where: object = None, **extra: Any) -> KnowledgeError:
        """A KnowledgeError at `where` (a key or index) of `container`; `extra` may name the error's `key`."""
        return KnowledgeError(message, path=self.path, line=line_of(container, where), **extra)

    def mapping(self, value: object, parent: object, key: object) -> LocDict:
        """`value` as a mapping, or an error."""
        if not isinstance(value, LocDict):
            raise self.fail(message("schema.mapping", key=key, shape=_kind(value)), parent, key, key=str(key))
        return value

    def sequence(self, value: object, parent: object, key: object) -> LocList:
        """`value` as a list, or an error."""
        if not isinstance(value, LocList):
            raise self.fail(message("schema.list", key=key, shape=_kind(value)), parent, key, key=str(key))
        return value

    def keys(self, data: LocDict, allowed: Iterable[str], required: Iterable[str] = (), what: str = "") -> None:
        """Refuse unknown keys (with a suggestion) and missing required ones."""
        allowed = tuple(allowed)
        for key in data:
            if key not in allowed:
                raise self.fail(
                    message("schema.unknown_key_in", key=key, what=_what(what)) if what else message("schema.unknown_key", key=key),
                    data, key,
                    key=key, suggestion=suggest(key, allowed),
                )
        for key in required:
            if key not in data:
                raise self.fail(message("schema.missing_key_in", key=key, what=_what(what)) if what
                                else message("schema.missing_key", key=key), data, None, key=key)

    def string(self, data: LocDict, key: str) -> str:
        """A non-empty string value."""
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(message("schema.text", key=key), data, key, key=key)
        return value

    def ident(self, data: LocDict, key: str) -> str:
        """An id: lower-case words joined by dots."""
        value = data.get(key)
        if not isinstance(value, str) or not ID_RE.match(value):
            raise self.fail(message("schema.id", key=key, raw=repr(value)), data, key, key=key)
        return value

    def text(self, data: LocDict, key: str, required: bool = True) -> Text:
        """A text per language: `{en: ..., id: ...}`; a plain string counts as English."""
        value = data.get(key)
        if value is None and not required:
            return {}
        if isinstance(value, str) and value.strip():
            return {"en": value}
        if not isinstance(value, LocDict):
            raise self.fail(message("schema.text_or_map", key=key), data, key, key=key)
        for lang, words in value.items():
            if lang not in LANGUAGES:
                raise self.fail(message("schema.unknown_lang", lang=lang), value, lang, key=lang,
                                suggestion=suggest(lang, LANGUAGES))
            if not isinstance(words, str) or not words.strip():
                raise self.fail(message("schema.empty_text", key=key, lang=lang), value, lang, key=lang)
        if "en" not in value:
            raise self.fail(message("schema.needs_en", key=key), data, key, key=key)
        return {lang: value[lang] for lang in LANGUAGES if lang in value}

    def refs(self, data: LocDict, key: str, required: bool = True) -> tuple[str, ...]:
        """One id or a list of ids."""
        value = data.get(key)
        if value is None and not required:
            return ()
        items = [value] if isinstance(value, str) else value
        if isinstance(items, list) and not items and not required:
            return ()
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i for i in items):
            raise self.fail(message("schema.refs", key=key), data, key, key=key)
        return tuple(items)

    def number(self, data: LocDict, key: str) -> int | float:
        """A finite number (not a bool) between -MAX_NUMBER and MAX_NUMBER."""
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(message("schema.number", key=key, shape=_kind(value)), data, key, key=key)
        if not in_range(value):
            raise self.fail(message("schema.range", key=key, most=MAX_NUMBER, raw=repr(value)), data, key, key=key)
        return value


def parse_fact_test(text: str) -> tuple[str, str, Operand, bool] | None:
    """Split `x >= y [or unknown]` into fact, op, operand and the or-unknown flag; None if malformed."""
    found = _TEST_RE.match(text)
    if not found:
        return None
    raw = found["operand"]
    operand: Operand
    if raw in ("true", "false"):
        operand = Operand("bool", raw == "true")
    elif (number := _number(raw)) is not None:
        operand = Operand("number", number)
    else:
        operand = Operand("name", raw)  # a threshold or a fact, told apart by validation
    return found["fact"], found["op"], operand, bool(found["unknown"])


def in_range(value: int | float) -> bool:
    """Finite and within +-MAX_NUMBER (a huge int is compared before it could overflow a float)."""
    if isinstance(value, int):
        return abs(value) <= MAX_NUMBER
    return finite(value) and abs(value) <= MAX_NUMBER


def _number(raw: str) -> int | float | None:
    """A condition's number operand by the number rule (None: a name, threshold or fact); validation refuses
    one out of range (a number too long to read counts as infinite)."""
    try:
        return parse_number(raw)
    except NumberTooLong:
        return float("-inf") if raw.startswith("-") else float("inf")


def _kind(value: object) -> Message | str:
    if value is None:
        return message("shape.nothing")
    if isinstance(value, bool):
        return message("shape.boolean")
    if isinstance(value, (int, float)):
        return message("shape.number")
    if isinstance(value, str):
        return message("shape.text")
    if isinstance(value, list):
        return message("shape.list")
    if isinstance(value, dict):
        return message("shape.mapping")
    return type(value).__name__


_WHAT_NAMED = re.compile(r"(article|fact|group|threshold) '(.*)'")


def _what(what: str) -> Message | str:
    """Where a key is (`fact 'payment.x'`, `sign item`, `rule`) as a message in any language; else as it is."""
    named = _WHAT_NAMED.fullmatch(what)
    if named:
        return message(f"what.{named[1]}", name=named[2])
    if what.endswith(" item"):
        return message("what.item", kind=kind_word(what[:-5]))
    code = "what." + what.replace(" ", "_")
    from clientfire.messages import MESSAGES

    return message(code) if code in MESSAGES else what
