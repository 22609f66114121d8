"""The client form from the fact vocabulary: its groups and fields, form data to client facts and back, client files."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import yaml

from clientfire.batch.inputs import csv_value
from clientfire.engine.client import ClientFacts, client_from_mapping
from clientfire.engine.model import Knowledge
from clientfire.engine.result import pick_text
from clientfire.explain.evidence import format_value

__all__ = ["Field", "Group", "form_groups", "vocab", "client_of", "field_values", "query_of", "client_file",
           "RESERVED"]

#: form and query fields that are not facts
RESERVED = ("lang", "today", "csrf", "token", "format")
_LIMITS = {"percent": ("0", "100", "any"), "scale": ("0", "10", "1"), "count": ("0", None, "1"),
           "number": ("0", None, "any"), "money": ("0", None, "any")}


@dataclass(frozen=True)
class Field:
    """One input of the form: a fact, its type, unit, label and help text (the question)."""

    id: str
    type: str
    label: str
    help: str
    unit: str | None
    min: str | None = None
    max: str | None = None
    step: str | None = None


@dataclass(frozen=True)
class Group:
    """A fieldset of the form: the facts of one group, with the group's title."""

    id: str
    title: str
    fields: tuple[Field, ...]


def _field(kb: Knowledge, fact_id: str, lang: str) -> Field:
    fact = kb.facts[fact_id]
    low, high, step = _LIMITS.get(fact.type, (None, None, None))
    return Field(fact_id, fact.type, pick_text(fact.text, lang), pick_text(fact.question, lang) if fact.question else "",
                 fact.unit, low, high, step)


def form_groups(kb: Knowledge, lang: str) -> list[Group]:
    """The input facts by group, in the order of the knowledge (derived facts are worked out, not asked)."""
    order: dict[str, list[str]] = {}
    for fact in kb.facts.values():
        if fact.formula is None and "." in fact.id:
            order.setdefault(fact.id.split(".", 1)[0], []).append(fact.id)
    return [Group(group, pick_text(kb.group_titles.get(group, {}), lang) or group.replace("_", " ").capitalize(),
                  tuple(_field(kb, f, lang) for f in facts)) for group, facts in order.items()]


def vocab(kb: Knowledge, lang: str) -> dict[str, dict[str, Any]]:
    """Every fact's type, unit and meaning (for showing values)."""
    return {f.id: {"type": f.type, "unit": f.unit, "text": pick_text(f.text, lang)} for f in kb.facts.values()}


def client_of(kb: Knowledge, pairs: Iterable[tuple[str, str]], shown: str = "form") -> ClientFacts:
    """The client facts of form or query fields (`payment.late_invoices=6`); empty means unknown."""
    data: dict[str, Any] = {}
    for key, raw in pairs:
        text = raw.strip()
        if key in RESERVED or not text:
            continue
        fact = kb.facts.get(key)
        data[key] = csv_value(text, fact.type, ".", key) if fact else text
    return client_from_mapping(data, kb, shown, default_name="client")


def field_values(client: ClientFacts | None) -> dict[str, str]:
    """The form's field texts for a client: `true`/`false`, numbers as written, dates as YYYY-MM-DD."""
    if client is None:
        return {}
    values = {k: format_value(v.isoformat() if isinstance(v, dt.date) else v) for k, v in client.values.items()}
    values["client"] = client.name
    if client.notes:
        values["notes"] = client.notes
    return values


def query_of(client: ClientFacts, changes: dict[str, Any] | None = None, **extra: str) -> str:
    """The client (with `changes`) as a query string the form and the verdict page read."""
    values = field_values(client)
    for fact, value in (changes or {}).items():
        values[fact] = format_value(value)
    pairs = sorted((k, v) for k, v in values.items() if v != "unknown")
    return urlencode(pairs + sorted((k, v) for k, v in extra.items() if v))


def client_file(client: ClientFacts, fmt: str) -> str:
    """The client as a client file (grouped facts), YAML or JSON, to save and load again."""
    data = client.as_given()
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False)
