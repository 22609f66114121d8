"""Read a client file (YAML or JSON) and check it against the fact vocabulary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from clientfire.errors import ClientFileError, InputError, suggest
from clientfire.messages import Message, message
from clientfire.record import Record, field

from .client_evidence import checked_evidence, read_evidence
from .files import shown_name
from .model import FactDef, Knowledge
from .values import finite, is_number, parse_date, parse_percent
from .yamlio import line_of, read_document

__all__ = ["ClientFacts", "load_client", "client_from_mapping", "check_value", "shown_raw", "MAX_CLIENT_BYTES",
           "MAX_NUMBER", "EVIDENCE_KEY", "fact_layout"]

MAX_CLIENT_BYTES = 256_000
MAX_NUMBER = 1e12
TOP_TEXT_KEYS = ("notes",)
_MISSING = object()
EVIDENCE_KEY = "evidence"  # fact id -> the records behind its value (docs/import.md)


class ClientFacts(Record):
    """What the user knows about one client: fact id -> value (missing = unknown)."""

    name: str
    values: dict[str, Any]
    path: str = "<input>"
    lines: dict[str, int] = field(default_factory=dict)
    notes: str | None = None
    evidence: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def as_given(self, layout: tuple[tuple[str, str, str], ...] | None = None) -> dict[str, Any]:
        """The facts as JSON-ready data (dates as ISO text), grouped as in a client file.

        `layout`: the knowledge's fact ids in sorted order, each with its group and name (`fact_layout`), read
        instead of sorting the values; values outside it are read the usual way.
        """
        if layout is not None:
            found = self._laid_out(layout)
            if found is not None:
                return found
        grouped: dict[str, Any] = {"client": self.name}
        bucket: dict[str, Any] = {}
        current, values, date = None, self.values, dt.date
        for fact_id in sorted(values):
            group, _, name = fact_id.partition(".")
            if group != current:  # sorted: each group's facts come together
                if fact_id == "client":
                    continue
                bucket, current = grouped.setdefault(group, {}), group
            value = values[fact_id]
            bucket[name] = value.isoformat() if isinstance(value, date) else value
        if self.notes:
            grouped["notes"] = self.notes
        return grouped

    def _laid_out(self, layout: tuple[tuple[str, str, str], ...]) -> dict[str, Any] | None:
        """`as_given` read in the layout's order; None when a value is not in it."""
        grouped: dict[str, Any] = {"client": self.name}
        bucket: dict[str, Any] = {}
        current, values, date, seen, missing = None, self.values, dt.date, 0, _MISSING
        for fact_id, group, name in layout:
            value = values.get(fact_id, missing)
            if value is missing:
                continue
            seen += 1
            if group != current:
                bucket, current = grouped.setdefault(group, {}), group
            bucket[name] = value.isoformat() if isinstance(value, date) else value
        if seen != len(values):
            return None
        if self.notes:
            grouped["notes"] = self.notes
        return grouped


def fact_layout(kb: Knowledge) -> tuple[tuple[str, str, str], ...]:
    """Every fact id of the knowledge in sorted order, with its group and name (what `as_given` reads)."""
    return tuple((fact_id, *fact_id.partition(".")[::2]) for fact_id in sorted(kb.facts) if fact_id != "client")


def load_client(path: Path | str, kb: Knowledge, label: str | None = None) -> ClientFacts:
    """Read and check one client file."""
    file = Path(path)
    shown = label or shown_name(path)
    try:
        data = read_document(file, max_bytes=MAX_CLIENT_BYTES, label=shown)
    except InputError as exc:
        raise ClientFileError(exc.what, path=exc.path, line=exc.line, key=exc.key) from exc
    return client_from_mapping(data, kb, shown, default_name=shown_name(file.stem))


def client_from_mapping(data: Any, kb: Knowledge, shown: str, default_name: str = "client") -> ClientFacts:
    """Check a mapping of facts (grouped, or with dotted names) and build ClientFacts.

    A fact given twice (`payment: {late_invoices: 1}` and `payment.late_invoices: 9`) is refused, naming both.
    """
    if not isinstance(data, dict):
        raise ClientFileError(message("client.not_mapping"), path=shown, line=line_of(data) or 1)
    values: dict[str, Any] = {}
    lines: dict[str, int | None] = {}
    written: dict[str, str] = {}
    notes = None
    records: dict[str, tuple[tuple[str, ...], int | None]] = {}

    def put(fact: FactDef, raw: Any, line: int | None, how: str) -> None:
        if fact.id in lines:
            said = message("client.twice_at_line", line=lines[fact.id]) if lines[fact.id] else message("client.twice")
            said = message(said.code, **dict(said.params), fact=fact.id, first=written[fact.id], second=how)
            raise ClientFileError(said, path=shown, line=line, key=fact.id)
        lines[fact.id], written[fact.id] = line, how
        if raw is not None:  # written down as unknown
            values[fact.id] = check_value(fact, raw, shown, line)

    for key, raw in data.items():
        line = line_of(data, key)
        if key in TOP_TEXT_KEYS:
            notes = _text_value(raw, key, shown, line)
        elif key == EVIDENCE_KEY or key.startswith(EVIDENCE_KEY + "."):
            records.update(read_evidence(kb, key, raw, data, shown))
        elif key in kb.facts and kb.facts[key].formula is None:
            put(kb.facts[key], raw, line, key)
        elif "." not in key and _is_group(kb, key):
            if raw is None:
                continue  # an empty group: nothing known about it
            if not isinstance(raw, dict):
                raise ClientFileError(message("client.group_not_mapping", key=key, fact=_first_fact(kb, key),
                                              raw=shown_raw(raw)),
                                      path=shown, line=line, key=key)
            for name, value in raw.items():
                put(_group_fact(kb, key, name, shown, line_of(raw, name)), value, line_of(raw, name),
                    f"{key}: {name}")
        else:
            raise _unknown(kb, key, None, shown, line)
    name = values.pop("client", None)
    kept = {k: v for k, v in lines.items() if v and k in values}
    evidence = checked_evidence(records, values, shown)
    return ClientFacts(name=str(name) if name else default_name, values=values, path=shown, lines=kept, notes=notes,
                       evidence=evidence)


def _is_group(kb: Knowledge, group: str) -> bool:
    return any(f.startswith(group + ".") and kb.facts[f].formula is None for f in kb.facts)


def _first_fact(kb: Knowledge, group: str) -> str:
    return next(f.split(".", 1)[1] for f in kb.facts if f.startswith(group + ".") and kb.facts[f].formula is None)


def _group_fact(kb: Knowledge, group: str, name: str, shown: str, line: int | None) -> FactDef:
    fact = kb.facts.get(f"{group}.{name}")
    if fact is None or fact.formula is not None:
        raise _unknown(kb, name, group, shown, line)
    return fact


def _unknown(kb: Knowledge, key: str, group: str | None, shown: str, line: int | None) -> ClientFileError:
    inputs = [f for f, d in kb.facts.items() if d.formula is None]
    if group is None:
        choices = sorted({f.split(".")[0] for f in inputs} | set(inputs) | set(TOP_TEXT_KEYS))
        code = "client.unknown_group_or_fact"
    else:
        choices = [f.split(".", 1)[1] for f in inputs if f.startswith(group + ".")]
        elsewhere = [f for f in inputs if f.endswith("." + key)]
        if elsewhere:
            return ClientFileError(message("client.fact_elsewhere", group=group, key=key, fact=elsewhere[0]), path=shown,
                                   line=line, key=key)
        code = "client.unknown_fact"
    hint = suggest(key, choices)
    return ClientFileError(message(code, key=key), path=shown, line=line, key=key,
                           suggestion=hint if hint != key else None)


def _text_value(raw: Any, key: str, shown: str, line: int | None) -> str:
    if not isinstance(raw, str):
        raise ClientFileError(message("client.must_be_text", key=key), path=shown, line=line, key=key)
    return raw


def shown_raw(raw: Any, limit: int = 60) -> str:
    """A value as it appears in a message: its repr, cut short."""
    text = repr(raw)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def check_value(fact: FactDef, raw: Any, shown: str = "<input>", line: int | None = None) -> Any:
    """`raw` as a valid value of `fact`'s type, or a ClientFileError naming the fact."""

    def bad(expected: Message) -> ClientFileError:
        return ClientFileError(message("client.bad_value", fact=fact.id, expected=expected, raw=shown_raw(raw)),
                               path=shown, line=line, key=fact.id)

    kind = fact.type
    if kind == "bool":
        if not isinstance(raw, bool):
            raise bad(message("value.bool"))
        return raw
    if kind == "text":
        if not isinstance(raw, str):
            raise bad(message("value.text"))
        return raw
    if kind == "date":
        return _date(raw, bad)
    value = parse_percent(raw) if kind == "percent" and isinstance(raw, str) else raw
    if value is None or not is_number(value):
        raise bad(message("value.percent" if kind == "percent" else "value.number"))
    if isinstance(value, int) and abs(value) > MAX_NUMBER:
        raise bad(message("value.not_huge"))  # before finite(): a huge int does not fit a float
    if not finite(value):
        raise bad(message("value.finite"))
    if kind in ("count", "scale") and not float(value).is_integer():
        raise bad(message("value.whole"))
    low, high = {"percent": (0, 100), "scale": (0, 10)}.get(kind, (0, MAX_NUMBER))
    if not low <= value <= high:
        raise bad(message("value.between", low=low, high=high) if kind in ("percent", "scale")
                  else message("value.not_huge"))
    return int(value) if kind in ("count", "scale") else value


def _date(raw: Any, bad: Any) -> dt.date:
    if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
        return raw
    day = parse_date(raw) if isinstance(raw, str) else None
    if day is None:
        raise bad(message("value.date"))
    return day
