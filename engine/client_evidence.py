"""The `evidence:` part of a client file: per fact, the records behind its value (written by `clientfire import`)."""

from __future__ import annotations

import unicodedata
from typing import Any

from clientfire.errors import ClientFileError, suggest
from clientfire.messages import Message, message

from .model import Knowledge
from .yamlio import line_of

__all__ = ["read_evidence", "checked_evidence", "MAX_RECORDS", "MAX_RECORD_CHARS"]

MAX_RECORDS = 50
MAX_RECORD_CHARS = 300
Records = dict[str, tuple[tuple[str, ...], int | None]]


def read_evidence(kb: Knowledge, key: str, raw: Any, parent: Any, shown: str) -> Records:
    """`evidence: {fact: [lines]}` or one `evidence.<fact>: lines` key (a CSV column): fact -> (lines, line)."""
    line = line_of(parent, key)
    if key != "evidence":
        return {_fact_id(kb, key.split(".", 1)[1], shown, line): (_lines(raw, key, shown, line), line)}
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ClientFileError(message("evidence.not_mapping"), path=shown, line=line, key=key)
    found: Records = {}
    for fact, entries in raw.items():
        where = line_of(raw, fact) or line
        found[_fact_id(kb, str(fact), shown, where)] = (_lines(entries, f"evidence.{fact}", shown, where), where)
    return found


def checked_evidence(records: Records, values: dict[str, Any], shown: str) -> dict[str, tuple[str, ...]]:
    """The records of facts the file gives a value; records for a fact left unknown are an error."""
    for fact, (lines, line) in records.items():
        if lines and fact not in values:
            raise ClientFileError(message("evidence.no_value", fact=fact), path=shown, line=line,
                                  key=f"evidence.{fact}")
    return {fact: lines for fact, (lines, _) in sorted(records.items()) if lines}


def _fact_id(kb: Knowledge, fact: str, shown: str, line: int | None) -> str:
    known = kb.facts.get(fact)
    if known is None or known.formula is not None or fact == "client":
        choices = [f for f, d in kb.facts.items() if d.formula is None and f != "client"]
        raise ClientFileError(message("evidence.unknown_fact", fact=fact), path=shown, line=line, key=f"evidence.{fact}",
                              suggestion=suggest(fact, choices))
    return fact


def _lines(raw: Any, key: str, shown: str, line: int | None) -> tuple[str, ...]:
    def bad(why: Message) -> ClientFileError:
        return ClientFileError(why, path=shown, line=line, key=key)

    if raw is None:
        return ()
    items = raw.splitlines() if isinstance(raw, str) else raw
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise bad(message("evidence.not_list", key=key))
    lines = tuple(item.strip() for item in items if item.strip())
    if len(lines) > MAX_RECORDS:
        raise bad(message("evidence.too_many", key=key, count=len(lines), most=MAX_RECORDS))
    for text in lines:
        if len(text) > MAX_RECORD_CHARS:
            raise bad(message("evidence.too_long", key=key, most=MAX_RECORD_CHARS))
        if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text):
            raise bad(message("evidence.control", key=key))
    return lines
