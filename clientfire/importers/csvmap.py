"""Any other tool's CSV export, read through a mapping file (`--from csv --map MAP.yaml`): which column is what.

A mapping file names the kind of export and, per field, the column that holds it (see docs/import.md):

    kind: invoices                 # or: time
    columns: {client: Customer, number: Invoice no, due_date: Due, paid_date: Paid on, total: Total,
              amount_due: Balance, status: State, currency: Currency}
    statuses: {Cancelled: void, Sent: open, Settled: paid}    # your status words -> draft|open|paid|void|...
    minor_units: false             # true: amounts are in cents
    currency: EUR                  # the currency when there is no currency column
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from clientfire.engine.yamlio import line_of, read_document
from clientfire.errors import InputError, suggest
from clientfire.messages import Message, message

from .layout import INVOICE_FIELDS, STATES, TIME_FIELDS, Layout, fold

__all__ = ["layout_from_map", "MAP_KEYS"]

MAP_KEYS = ("kind", "columns", "statuses", "types", "minor_units", "currency", "utc", "thousands")
_REQUIRED = {"invoices": ("client", "number"), "time": ("client", "date")}


def layout_from_map(path: str) -> Layout:
    """The Layout a mapping file describes; errors name the file, line and key."""
    data = read_document(Path(path), max_bytes=64_000, label=path)
    if not isinstance(data, dict):
        raise InputError(message("import.map_not_mapping"), path=path, line=1)

    def fail(what: Message, key: str, container: Any = data, suggestion: str | None = None) -> InputError:
        return InputError(what, path=path, line=line_of(container, key), key=key, suggestion=suggestion)

    for key in data:
        if key not in MAP_KEYS:
            raise fail(message("import.map_unknown_key", key=key), key, suggestion=suggest(key, MAP_KEYS))
    kind = data.get("kind", "invoices")
    if kind not in _REQUIRED:
        raise fail(message("import.map_kind", kind=kind), "kind")
    fields = INVOICE_FIELDS if kind == "invoices" else TIME_FIELDS
    columns = data.get("columns")
    if not isinstance(columns, dict) or not columns:
        raise fail(message("import.map_columns"), "columns")
    mapped: dict[str, tuple[str, ...]] = {}
    for name, column in columns.items():
        if name not in fields:
            raise fail(message("import.map_unknown_field", name=name, kind=kind), name, columns, suggest(name, fields))
        if not isinstance(column, str) or not column.strip():
            code = "import.map_column_name_bool" if isinstance(column, bool) else "import.map_column_name"
            raise fail(message(code, name=name), name, columns)
        mapped[name] = (column.strip(),)
    required = _REQUIRED[kind] + (() if kind == "invoices" or "duration" in mapped else ("hours",))
    for name in required:
        if name not in mapped:
            raise fail(message("import.map_needs", name=name, kind=kind), "columns")
    return Layout(fmt="csv", title=message("import.title.mapped", kind=kind, name=Path(path).name), kind=kind, columns=mapped,
                  required=tuple(f for f in required if f in mapped), statuses=_words(data, "statuses", STATES, fail),
                  types=_words(data, "types", ("invoice", "credit", "skip"), fail),
                  minor_units=_flag(data, "minor_units", fail), thousands=_flag(data, "thousands", fail),
                  currency=_currency(data, fail), utc=tuple(fields) if _flag(data, "utc", fail) else ())


def _words(data: dict[str, Any], key: str, allowed: tuple[str, ...], fail: Any) -> dict[str, str]:
    words = data.get(key) or {}
    if not isinstance(words, dict):
        raise fail(message("import.map_words", key=key, allowed=", ".join(allowed)), key)
    found = {}
    for word, meaning in words.items():
        if meaning not in allowed:
            said = message("import.map_word", key=key, word=word, allowed=", ".join(allowed), meaning=meaning)
            raise fail(said, str(word), words, suggest(str(meaning), allowed))
        found[fold(str(word))] = meaning
    return found


def _flag(data: dict[str, Any], key: str, fail: Any) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise fail(message("import.map_flag", key=key), key)
    return value


def _currency(data: dict[str, Any], fail: Any) -> str:
    value = data.get("currency", "")
    if not isinstance(value, str) or (value and not (len(value) == 3 and value.isascii() and value.isalpha())):
        raise fail(message("import.map_currency"), "currency")
    return value.upper()
