"""Load a knowledge folder's facts and groups: fact definitions, calm values, formulas, screens and their items."""

from __future__ import annotations

from typing import Any

from clientfire.errors import ClientfireError
from clientfire.messages import message
from clientfire.record import replace

from .client import check_value
from .collect import Collector
from .model import FactDef, Text
from .parse import Reader
from .yamlio import LocDict, line_of

__all__ = ["MAX_FORMULA_CHARS", "read_facts", "group_titles", "read_screens", "read_screen_items", "read_screen_also"]

#: the longest formula read (a formula of 20,000 terms would exhaust the parser)
MAX_FORMULA_CHARS = 500


def _fact(reader: Reader, fact_id: str, data: LocDict, parent: LocDict, key: str, derived: bool) -> FactDef:
    allowed = ("type", "unit", "text", "question") + (("formula", "estimate") if derived
                                                     else ("calm", "question_solo", "also_asks"))
    reader.keys(data, allowed, ("type", "text") + (("formula",) if derived else ()), f"fact '{fact_id}'")
    unit = data.get("unit")
    fact = FactDef(
        id=fact_id, type=reader.string(data, "type"), text=reader.text(data, "text"),
        question=reader.text(data, "question", required=False),
        question_solo=reader.text(data, "question_solo", required=False), unit=str(unit) if unit is not None else None,
        formula=_formula(reader, data) if derived else None, loc=reader.loc(parent, key),
        estimate=_estimate(reader, data) if derived else None,
        also_asks=reader.string(data, "also_asks") if data.get("also_asks") is not None else None,
    )
    return _with_calm(reader, fact, data)


def _estimate(reader: Reader, data: LocDict) -> tuple[str, Text] | None:
    """A derived fact's `estimate: {formula, assumes}`: shown, with what it assumes, while the formula has no value."""
    if data.get("estimate") is None:
        return None
    raw = reader.mapping(data["estimate"], data, "estimate")
    reader.keys(raw, ("formula", "assumes"), ("formula", "assumes"), "estimate")
    return _formula(reader, raw), reader.text(raw, "assumes")


def _formula(reader: Reader, data: LocDict) -> str:
    """A formula's text, bounded before anything parses it (a formula of 20,000 terms would exhaust the parser)."""
    formula = reader.string(data, "formula")
    if len(formula) > MAX_FORMULA_CHARS:
        raise reader.fail(message("formula.too_long", count=len(formula), most=MAX_FORMULA_CHARS),
                          data, "formula", key="formula")
    return formula


def _with_calm(reader: Reader, fact: FactDef, data: LocDict) -> FactDef:
    """`fact` with its `calm` value (the answer meaning "nothing wrong here"), checked against its type."""
    if data.get("calm") is None:
        return fact
    if fact.type == "text":
        raise reader.fail(message("engine.text_calm", name=fact.id), data, "calm", key="calm")
    try:
        calm = check_value(fact, data["calm"], reader.path, line_of(data, "calm"))
    except ClientfireError as exc:
        raise reader.fail(message("engine.calm_value", error=exc.what), data, "calm", key="calm") from exc
    return replace(fact, calm=calm)


def _check_also(reader: Reader, facts: dict[str, FactDef], fact_id: str, data: Any) -> None:
    """`also_asks` names another input fact of the group, not yes/no, and sits on a yes/no fact: a value of the
    other fact is then told apart from `yes` and `no`, and answers both."""
    fact = facts.get(fact_id)
    if fact is None or fact.also_asks is None:
        return
    other = facts.get(fact.also_asks)
    if fact.type != "bool" or other is None or other.formula is not None or other.type in ("bool", "text") \
            or other.id.rsplit(".", 1)[0] != fact_id.rsplit(".", 1)[0]:
        raise reader.fail(message("engine.also_asks", name=fact_id, other=fact.also_asks), data, "also_asks",
                          key="also_asks")


def _group_fact(add: Any, reader: Reader, group: str, name: str, raw: Any, members: LocDict) -> None:
    add(reader, _fact(reader, f"{group}.{name}", reader.mapping(raw, members, name), members, name, False), members, name)


def read_facts(top: list[Any], groups: list[Any], derived: list[Any]) -> dict[str, FactDef]:
    facts: dict[str, FactDef] = {}
    c = Collector()

    def add(reader: Reader, fact: FactDef, parent: LocDict, key: str) -> None:
        if fact.id in facts:
            raise reader.fail(message("engine.duplicate_fact", name=fact.id, first=str(facts[fact.id].loc)), parent, key, key=key)
        facts[fact.id] = fact

    for reader, value, parent in top:
        for name, raw in reader.mapping(value, parent, "facts").items():
            add(reader, _fact(reader, name, reader.mapping(raw, value, name), value, name, False), value, name)
    for reader, value, parent in groups:
        for group, raw in reader.mapping(value, parent, "groups").items():
            gdata = reader.mapping(raw, value, group)
            reader.keys(gdata, ("text", "screen", "screen_also", "screen_item", "facts"), ("facts",), f"group '{group}'")
            members = reader.mapping(gdata["facts"], gdata, "facts")
            for name, fraw in members.items():  # each fact on its own: every error of the group is reported
                c.attempt(_group_fact, add, reader, group, name, fraw, members)
            for name, fraw in members.items():
                c.attempt(_check_also, reader, facts, f"{group}.{name}", fraw)
    for reader, value, parent in derived:
        for fact_id, raw in reader.mapping(value, parent, "derived").items():
            add(reader, _fact(reader, fact_id, reader.mapping(raw, value, fact_id), value, fact_id, True), value, fact_id)
    c.raise_any()
    return facts


def group_titles(groups: list[Any]) -> dict[str, Text]:
    """group -> its title (the group's `text`), where it has one."""
    return {group: reader.text(raw, "text") for reader, value, _ in groups for group, raw in value.items()
            if "text" in raw}


def read_screens(groups: list[Any], facts: dict[str, FactDef]) -> dict[str, Text]:
    """group -> its screen question; a screen needs a fact with a calm value to set, in the group or in a group
    its screen also asks about (`screen_also`: a group of no facts of its own can hold a broad screen)."""
    screens: dict[str, Text] = {}
    for reader, value, _ in groups:
        for group, raw in value.items():
            if "screen" not in raw:
                continue
            also = raw.get("screen_also")
            heads = {group, *(str(g) for g in also)} if isinstance(also, list) else {group}
            if not any(f.calm is not None for f in facts.values() if f.id.split(".", 1)[0] in heads):
                raise reader.fail(message("engine.screen_calm", name=group), raw, "screen",
                                  key="screen")
            screens[group] = reader.text(raw, "screen")
    return screens


def read_screen_items(groups: list[Any]) -> dict[str, Text]:
    """group -> its own checklist item (`screen_item`), which needs a screen of the group to be part of."""
    found: dict[str, Text] = {}
    for reader, value, _ in groups:
        for group, raw in value.items():
            if "screen_item" in raw:
                if "screen" not in raw:
                    raise reader.fail(message("engine.screen_item_alone", name=group), raw, "screen_item",
                                      key="screen_item")
                found[group] = reader.text(raw, "screen_item")
    return found


def read_screen_also(groups: list[Any], facts: dict[str, FactDef]) -> dict[str, tuple[str, ...]]:
    """group -> the other groups its screen asks about too (`behaviour` with respect and control)."""
    found: dict[str, tuple[str, ...]] = {}
    for reader, value, _ in groups:
        for group, raw in value.items():
            if "screen_also" not in raw:
                continue
            if "screen" not in raw:
                raise reader.fail(message("engine.screen_also_alone", name=group), raw, "screen_also",
                                  key="screen_also")
            others = reader.sequence(raw["screen_also"], raw, "screen_also")
            for other in others:
                if not any(f.calm is not None for f in facts.values() if f.id.startswith(f"{other}.")):
                    raise reader.fail(message("engine.screen_also_group", name=other),
                                      raw, "screen_also", key="screen_also")
            found[group] = tuple(str(o) for o in others)
    return found
