"""Load a knowledge folder's items and rules: verdicts, signs, remedies, guidance, notices, thresholds, `when`/`then`."""

from __future__ import annotations

from typing import Any

from clientfire.errors import KnowledgeError
from clientfire.messages import message

from .collect import Collector
from .model import (
    CONCLUSION_KINDS,
    Conclusion,
    Condition,
    FactTest,
    GuidanceItem,
    Item,
    Loc,
    Match,
    NoticeItem,
    Rule,
    Sign,
    SignsAtLeast,
    Threshold,
)
from .parse import Reader, parse_fact_test
from .yamlio import LocDict, LocList

__all__ = ["ITEM_KEYS", "read_thresholds", "read_item", "read_rule"]

#: the keys every item may have
ITEM_KEYS = ("id", "title", "text", "source")


def read_thresholds(parts: list[tuple[Reader, Any, LocDict]]) -> dict[str, Threshold]:
    result: dict[str, Threshold] = {}
    c = Collector()  # each threshold on its own: every error of the section is reported
    for reader, value, parent in parts:
        for group, raw in reader.mapping(value, parent, "thresholds").items():
            members: dict[Any, Any] = c.attempt(reader.mapping, raw, value, group) or {}
            for name, traw in members.items():
                c.attempt(_threshold, reader, result, f"{group}.{name}", members, name, traw)
    c.raise_any()
    return result


def _threshold(reader: Reader, result: dict[str, Threshold], tid: str, members: LocDict, name: str, raw: Any) -> None:
    data = reader.mapping(raw, members, name)
    reader.keys(data, ("value", "unit", "note"), ("value",), f"threshold '{tid}'")
    if tid in result:
        raise reader.fail(message("engine.duplicate_threshold", name=tid), members, name, key=name)
    result[tid] = Threshold(tid, reader.number(data, "value"), reader.loc(members, name),
                            _text_or_none(data, "unit"), _text_or_none(data, "note"))


def _text_or_none(data: LocDict, key: str) -> str | None:
    value = data.get(key)
    return None if value is None else str(value)


def read_item(reader: Reader, raw: object, seq: LocList, index: int, kind: str) -> Item:
    data = reader.mapping(raw, seq, index)
    extra = {"sign": ("article", "remedies", "passing", "degrees"), "guidance": ("kind", "stage", "order", "notes", "shows"),
             "notice": ("level",)}.get(kind, ())
    required = ("id", "title") + (("source",) if kind != "strength" else ())
    reader.keys(data, ITEM_KEYS + extra, required, f"{kind} item")
    common: dict[str, Any] = dict(kind=kind, id=reader.ident(data, "id"), title=reader.text(data, "title"),
                  text=reader.text(data, "text", required=False),
                  source=reader.refs(data, "source", required=False), loc=reader.loc(seq, index))
    if kind == "sign":
        degrees = reader.mapping(data.get("degrees") or LocDict(), data, "degrees")
        return Sign(**common, article=reader.string(data, "article"),
                    remedies=reader.refs(data, "remedies", required=False),
                    passing=str(data.get("passing", "soften")),
                    degree_texts={str(k): reader.text(degrees, k) for k in degrees})
    if kind == "notice":
        return NoticeItem(**common, level=str(data.get("level", "info")))
    if kind == "guidance":
        notes_raw = data.get("notes") or LocDict()
        notes = reader.mapping(notes_raw, data, "notes")
        return GuidanceItem(**common, do=reader.string(data, "kind"), stage=reader.string(data, "stage"),
                            order=int(reader.number(data, "order")),
                            notes={k: reader.text(notes, k) for k in notes},
                            shows=reader.refs(data, "shows", required=False))
    return Item(**common)


def read_rule(reader: Reader, raw: object, seq: LocList, index: int) -> Rule:
    data = reader.mapping(raw, seq, index)
    reader.keys(data, ("id", "source", "text", "when", "then"), ("id", "source", "text", "when", "then"), "rule")
    rule_id = reader.ident(data, "id")
    when = reader.sequence(data["when"], data, "when") if data["when"] is not None else LocList()
    conditions = tuple(_condition(reader, entry, when, i, rule_id) for i, entry in enumerate(when))
    return Rule(id=rule_id, when=conditions, then=_conclusion(reader, data, rule_id),
                source=reader.refs(data, "source"), text=reader.text(data, "text"), loc=reader.loc(seq, index))


def _condition(reader: Reader, entry: object, when: LocList, index: int, rule_id: str) -> Condition:
    loc = reader.loc(when, index)
    if isinstance(entry, str):
        parsed = parse_fact_test(entry)
        if parsed is None:
            raise KnowledgeError(message("engine.condition_unreadable", entry=entry),
                                 path=loc.path, line=loc.line, rule_id=rule_id)
        fact, op, operand, or_unknown = parsed
        return FactTest(fact, op, operand, or_unknown, loc, entry)
    data = reader.mapping(entry, when, index)
    if len(data) != 1:
        raise reader.fail(message("engine.condition_one_key"), when, index, rule_id=rule_id)
    (kind, value), = data.items()
    if kind == "signs_at_least":
        if not isinstance(value, str):
            raise reader.fail(message("engine.signs_at_least_id"), data, kind, rule_id=rule_id, key=kind)
        return SignsAtLeast(value, loc)
    reader.keys(data, CONCLUSION_KINDS + ("signs_at_least",), what="condition")
    return Match(kind, _match_attrs(reader, value, data, kind, rule_id), loc)


def _match_attrs(reader: Reader, value: object, data: LocDict, kind: str, rule_id: str) -> tuple[tuple[str, tuple[Any, ...]], ...]:
    if isinstance(value, (str, LocList)):
        value = LocDict({"id": value})
    if not isinstance(value, LocDict):
        raise reader.fail(message("engine.match_shape", kind=kind), data, kind, rule_id=rule_id, key=kind)
    attrs = []
    for name, want in sorted(value.items()):
        options = tuple(want) if isinstance(want, list) else (want,)
        if not options or not all(isinstance(o, (str, bool, int, float)) for o in options):
            raise reader.fail(message("engine.match_values", kind=kind, name=name), data, kind, rule_id=rule_id)
        attrs.append((str(name), options))
    return tuple(attrs)


def _conclusion(reader: Reader, data: LocDict, rule_id: str) -> Conclusion:
    then = reader.mapping(data["then"], data, "then")
    kinds = [k for k in then if k in CONCLUSION_KINDS]
    if len(kinds) != 1:
        raise reader.fail(message("engine.then_one", choices=", ".join(CONCLUSION_KINDS)), data, "then",
                          rule_id=rule_id, key="then")
    kind = kinds[0]
    target = reader.ident(then, kind)
    attrs = tuple(sorted((str(k), v) for k, v in then.items() if k != kind))
    for name, value in attrs:
        if not isinstance(value, (str, bool, int, float)):
            raise reader.fail(message("engine.then_single", name=name), then, name, rule_id=rule_id, key=name)
    return Conclusion(kind, target, attrs, Loc(reader.path, then.line))
