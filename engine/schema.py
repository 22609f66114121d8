"""JSON Schemas generated from the model: knowledge files, overrides files and client files (for editors)."""

from __future__ import annotations

import re
from typing import Any

from .client import EVIDENCE_KEY, MAX_NUMBER, TOP_TEXT_KEYS
from .client_evidence import MAX_RECORD_CHARS, MAX_RECORDS
from .load import TOP_KEYS
from .load_items import ITEM_KEYS
from .model import CONCLUSION_KINDS, FACT_TYPES, LANGUAGES, NOTICE_LEVELS, PASSING, FactDef, Knowledge
from .overrides import MERGED_SECTIONS
from .parse import _TEST_RE, ID_RE
from .validate import DEGREES, STAGES
from .values import DATE_RE, PERCENT_RE

__all__ = ["knowledge_schema", "overrides_schema", "client_schema", "SCHEMA_DIALECT", "SCHEMA_FILES"]

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILES = ("knowledge.schema.json", "overrides.schema.json", "client.schema.json")
Json = dict[str, Any]
#: the end of the text in ECMA and Python regexes alike (Python's `$` also matches before a final line break)
_END = r"(?![\s\S])"


def _ref(name: str) -> Json:
    return {"$ref": f"#/$defs/{name}"}


def _object(properties: Json, required: tuple[str, ...] = (), **extra: Any) -> Json:
    return {"type": "object", "properties": properties, "required": list(required), "additionalProperties": False,
            **extra}


def _map_of(schema: Json) -> Json:
    return {"type": "object", "additionalProperties": schema}


def _defs() -> Json:
    text_map = _object({lang: {"type": "string", "minLength": 1} for lang in LANGUAGES}, ("en",))
    fact_props = {"type": {"enum": list(FACT_TYPES)}, "unit": {"type": ["string", "number"]},
                  "text": _ref("text"), "question": _ref("text"), "question_solo": _ref("text")}
    calm = {"type": ["boolean", "number", "string"]}
    item = {key: _ref("text") if key in ("title", "text") else _ref("refs") for key in ITEM_KEYS}
    item["id"] = _ref("id")
    then_props: Json = {kind: _ref("id") for kind in CONCLUSION_KINDS}
    then_props.update(degree={"enum": list(DEGREES)}, remedy_tried={"type": "boolean"},
                      strength={"type": "string"}, note={"type": "string"})
    return {
        "id": {"type": "string", "pattern": ID_RE.pattern},
        "text": {"oneOf": [{"type": "string", "minLength": 1}, text_map]},
        "refs": {"oneOf": [{"type": "string", "minLength": 1},
                           {"type": "array", "items": {"type": "string", "minLength": 1}}]},
        "fact": _object({**fact_props, "calm": calm, "also_asks": {"type": "string", "minLength": 1}}, ("type", "text")),
        "derived_fact": _object({**fact_props, "formula": {"type": "string", "minLength": 1},
                                 "estimate": _object({"formula": {"type": "string", "minLength": 1},
                                                      "assumes": _ref("text")}, ("formula", "assumes"))},
                                ("type", "text", "formula")),
        "group": _object({"text": _ref("text"), "screen": _ref("text"), "screen_item": _ref("text"),
                           "screen_also": {"type": "array", "items": _ref("id")}, "facts": _map_of(_ref("fact"))},
                          ("facts",)),
        "threshold": _object({"value": {"type": "number"}, "unit": {"type": "string"}, "note": {"type": "string"}},
                             ("value",)),
        "article": _object({"title": _ref("text"), "seeds": _map_of({"type": "string"}), "publisher": {"type": "string"},
                            "sections": _map_of(_ref("text"))}, ("title", "seeds", "sections")),
        "item": _object(item, ("id", "title", "source")),
        "strength": _object(item, ("id", "title")),
        "sign": _object({**item, "article": {"type": "string"}, "remedies": _ref("refs"), "passing": {"enum": list(PASSING)},
                         "degrees": _object({d: _ref("text") for d in DEGREES})}, ("id", "title", "source")),
        "notice": _object({**item, "level": {"enum": list(NOTICE_LEVELS)}}, ("id", "title", "source")),
        "guidance": _object({**item, "kind": {"enum": ["do", "dont"]}, "stage": {"enum": list(STAGES)},
                             "order": {"type": "integer"}, "notes": _map_of(_ref("text")), "shows": _ref("refs")},
                            ("id", "title", "source", "kind", "stage", "order")),
        "condition": {"oneOf": [
            {"type": "string", "pattern": re.sub(r"\?P<\w+>", "", _TEST_RE.pattern)},
            {"type": "object", "minProperties": 1, "maxProperties": 1,
             "properties": {**{k: {} for k in CONCLUSION_KINDS}, "signs_at_least": {"type": "string"}},
             "additionalProperties": False},
        ]},
        "then": {**_object(then_props), "minProperties": 1,
                 "oneOf": [{"required": [kind]} for kind in CONCLUSION_KINDS]},
        "rule": _object({"id": _ref("id"), "source": _ref("refs"), "text": _ref("text"),
                         "when": {"type": ["array", "null"], "items": _ref("condition")}, "then": _ref("then")},
                        ("id", "source", "text", "when", "then")),
    }


_SECTIONS = {
    "articles": _map_of(_ref("article")), "facts": _map_of(_ref("fact")), "groups": _map_of(_ref("group")),
    "derived": _map_of(_ref("derived_fact")), "thresholds": _map_of(_map_of(_ref("threshold"))),
    "verdicts": {"type": "array", "items": _ref("item")}, "strengths": {"type": "array", "items": _ref("strength")},
    "signs": {"type": "array", "items": _ref("sign")}, "remedies": {"type": "array", "items": _ref("item")},
    "guidance": {"type": "array", "items": _ref("guidance")}, "prevention": {"type": "array", "items": _ref("item")},
    "notices": {"type": "array", "items": _ref("notice")},
    "rules": {"type": "array", "items": _ref("rule")},
}


def knowledge_schema() -> Json:
    """The schema of one knowledge file (any file of a knowledge folder)."""
    return {"$schema": SCHEMA_DIALECT, "$id": "https://clientfire.invalid/schemas/knowledge.schema.json",
            "title": "clientfire knowledge file", **_object({key: _SECTIONS[key] for key in TOP_KEYS}),
            "$defs": _defs()}


def overrides_schema() -> Json:
    """The schema of an overrides file."""
    threshold = {"oneOf": [{"type": "number"}, _ref("threshold")]}
    props: Json = {"thresholds": {"type": "object", "propertyNames": {"pattern": ID_RE.pattern},
                                  "additionalProperties": threshold},
                   "disable": _ref("refs"), **{key: _SECTIONS[key] for key in MERGED_SECTIONS}}
    return {"$schema": SCHEMA_DIALECT, "$id": "https://clientfire.invalid/schemas/overrides.schema.json",
            "title": "clientfire overrides file", **_object(props), "$defs": _defs()}


def _fact_schema(fact: FactDef) -> Json:
    kind = fact.type
    types: dict[str, Json] = {
        "count": {"type": "integer", "minimum": 0, "maximum": MAX_NUMBER},
        "scale": {"type": "integer", "minimum": 0, "maximum": 10},
        "percent": {"type": "number", "minimum": 0, "maximum": 100},
        "bool": {"type": "boolean"}, "text": {"type": "string"},
        "date": {"type": "string", "format": "date", "pattern": f"^{DATE_RE.pattern}{_END}"},
    }
    base = types.get(kind, {"type": "number", "minimum": 0, "maximum": MAX_NUMBER})
    words = [fact.text.get("en", ""), fact.question.get("en", "")]
    description = " ".join(w for w in words if w) + (f" ({fact.unit})" if fact.unit else "")
    written = [{"type": "string", "pattern": f"^{PERCENT_RE.pattern}{_END}"}] if kind == "percent" else []  # "40%"
    return {"anyOf": [base, *written, {"type": "null"}], "description": description.strip()}


def client_schema(kb: Knowledge) -> Json:
    """The schema of a client file for one knowledge base: its facts, grouped or with dotted names."""
    inputs = [f for f in kb.facts.values() if f.formula is None]
    groups: dict[str, Json] = {}
    top: Json = {key: {"type": "string"} for key in TOP_TEXT_KEYS}
    for fact in inputs:
        if "." in fact.id:
            group, name = fact.id.split(".", 1)
            groups.setdefault(group, {})[name] = _fact_schema(fact)
        top[fact.id] = _fact_schema(fact)
    for group, facts in sorted(groups.items()):
        top[group] = {"anyOf": [_object(dict(sorted(facts.items()))), {"type": "null"}]}
    # a fact given twice, with its dotted name and in its group, is refused
    twice = {fact.id: {"properties": {fact.id.split(".", 1)[0]: {"not": {
        "type": "object", "required": [fact.id.split(".", 1)[1]]}}}} for fact in inputs if "." in fact.id}
    records = {"type": "array", "maxItems": MAX_RECORDS,
               "items": {"type": "string", "minLength": 1, "maxLength": MAX_RECORD_CHARS}}
    top[EVIDENCE_KEY] = {**_object({f.id: records for f in inputs if f.id != "client"}),
                         "description": "The records behind imported facts (clientfire import): fact id -> lines"}
    return {"$schema": SCHEMA_DIALECT, "$id": "https://clientfire.invalid/schemas/client.schema.json",
            "title": "clientfire client file", **_object(dict(sorted(top.items()))),
            "dependentSchemas": dict(sorted(twice.items()))}
