"""Read a client file (YAML or JSON) and check it against the fact vocabulary."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clientfire.errors import ClientFileError, InputError, suggest

from .client_evidence import checked_evidence, read_evidence
from .model import FactDef, Knowledge
from .yamlio import line_of, read_document

__all__ = ["ClientFacts", "load_client", "client_from_mapping", "check_value", "MAX_CLIENT_BYTES", "EVIDENCE_KEY"]

MAX_CLIENT_BYTES = 256_000
MAX_NUMBER = 1e12
TOP_TEXT_KEYS = ("notes",)
EVIDENCE_KEY = "evidence"  # fact id -> the records behind its value (docs/import.md)


@dataclass(frozen=True)
class ClientFacts:
    """What the user knows about one client: fact id -> value (missing = unknown)."""

    name: str
    values: dict[str, Any]
    path: str = "<input>"
    lines: dict[str, int] = field(default_factory=dict)
    notes: str | None = None
    evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def as_given(self) -> dict[str, Any]:
        """The facts as JSON-ready data (dates as ISO text), grouped as in a client file."""
        grouped: dict[str, Any] = {"client": self.name}
        for fact_id, value in sorted(self.values.items()):
            if fact_id == "client":
                continue
            group, _, name = fact_id.partition(".")
            grouped.setdefault(group, {})[name] = value.isoformat() if isinstance(value, dt.date) else value
        if self.notes:
            grouped["notes"] = self.notes
        return grouped


def load_client(path: Path | str, kb: Knowledge, label: str | None = None) -> ClientFacts:
    """Read and check one client file."""
    file = Path(path)
    shown = label or str(path)
    try:
        data = read_document(file, max_bytes=MAX_CLIENT_BYTES, label=shown)
    except InputError as exc:
        raise ClientFileError(exc.message, path=exc.path, line=exc.line) from exc
    return client_from_mapping(data, kb, shown, default_name=file.stem)


def client_from_mapping(data: Any, kb: Knowledge, shown: str, default_name: str = "client") -> ClientFacts:
    """Check a mapping of facts (grouped, or with dotted names) and build ClientFacts."""
    if not isinstance(data, dict):
        raise ClientFileError("a client file must be a mapping of facts", path=shown, line=line_of(data) or 1)
    values: dict[str, Any] = {}
    lines: dict[str, int] = {}
    notes = None
    records: dict[str, tuple[tuple[str, ...], int | None]] = {}
    for key, raw in data.items():
        line = line_of(data, key)
        if key in TOP_TEXT_KEYS:
            notes = _text_value(raw, key, shown, line)
        elif key == EVIDENCE_KEY or key.startswith(EVIDENCE_KEY + "."):
            records.update(read_evidence(kb, key, raw, data, shown))
        elif key in kb.facts and kb.facts[key].formula is None:
            _put(values, lines, kb.facts[key], raw, shown, line)
        elif "." not in key and isinstance(raw, dict) and _is_group(kb, key):
            for name, value in raw.items():
                _group_fact(kb, values, lines, key, name, value, shown, line_of(raw, name))
        else:
            raise _unknown(kb, key, None, shown, line)
    name = values.pop("client", None)
    evidence = checked_evidence(records, values, shown)
    return ClientFacts(name=str(name) if name else default_name, values=values, path=shown, lines=lines, notes=notes,
                       evidence=evidence)


def _is_group(kb: Knowledge, group: str) -> bool:
    return any(f.startswith(group + ".") and kb.facts[f].formula is None for f in kb.facts)


def _group_fact(kb: Knowledge, values: dict[str, Any], lines: dict[str, int], group: str, name: str,
                raw: Any, shown: str, line: int | None) -> None:
    fact = kb.facts.get(f"{group}.{name}")
    if fact is None or fact.formula is not None:
        raise _unknown(kb, name, group, shown, line)
    _put(values, lines, fact, raw, shown, line)


def _unknown(kb: Knowledge, key: str, group: str | None, shown: str, line: int | None) -> ClientFileError:
    inputs = [f for f, d in kb.facts.items() if d.formula is None]
    if group is None:
        choices = sorted({f.split(".")[0] for f in inputs} | set(inputs) | set(TOP_TEXT_KEYS))
        what = "group or fact"
    else:
        choices = [f.split(".", 1)[1] for f in inputs if f.startswith(group + ".")]
        elsewhere = [f for f in inputs if f.endswith("." + key)]
        if elsewhere:
            return ClientFileError(f"unknown fact '{group}.{key}' (it belongs in '{elsewhere[0]}')", path=shown,
                                   line=line, key=key)
        what = "fact"
    return ClientFileError(f"unknown {what} '{key}'", path=shown, line=line, key=key,
                           suggestion=suggest(key, choices))


def _put(values: dict[str, Any], lines: dict[str, int], fact: FactDef, raw: Any, shown: str,
         line: int | None) -> None:
    if raw is None:
        return  # written down as unknown
    values[fact.id] = check_value(fact, raw, shown, line)
    if line:
        lines[fact.id] = line


def _text_value(raw: Any, key: str, shown: str, line: int | None) -> str:
    if not isinstance(raw, str):
        raise ClientFileError(f"'{key}' must be text", path=shown, line=line, key=key)
    return raw


def check_value(fact: FactDef, raw: Any, shown: str = "<input>", line: int | None = None) -> Any:
    """`raw` as a valid value of `fact`'s type, or a ClientFileError naming the fact."""

    def bad(expected: str) -> ClientFileError:
        return ClientFileError(f"'{fact.id}' must be {expected}, not {raw!r}", path=shown, line=line, key=fact.id)

    kind = fact.type
    if kind == "bool":
        if not isinstance(raw, bool):
            raise bad("true or false")
        return raw
    if kind == "text":
        if not isinstance(raw, str):
            raise bad("text")
        return raw
    if kind == "date":
        return _date(raw, bad)
    if isinstance(raw, int) and not isinstance(raw, bool) and abs(raw) > MAX_NUMBER:
        raise bad("zero or more (and not huge)")  # before isfinite(), which cannot take a huge int
    if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw):
        raise bad("a number")
    if kind in ("count", "scale") and not float(raw).is_integer():
        raise bad("a whole number")
    low, high = {"percent": (0, 100), "scale": (0, 10)}.get(kind, (0, MAX_NUMBER))
    if not low <= raw <= high:
        raise bad(f"between {low} and {high:g}" if kind in ("percent", "scale") else "zero or more (and not huge)")
    return int(raw) if kind in ("count", "scale") else raw


def _date(raw: Any, bad: Any) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            pass
    raise bad("a date (YYYY-MM-DD)")
