"""Load a knowledge folder: YAML files -> frozen records (clientfire/record.py), line numbers kept."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from clientfire.errors import ClientfireError, KnowledgeError
from clientfire.messages import message
from clientfire.record import replace

from .client import check_value
from .collect import Collector
from .files import sha256
from .folder import MAX_KNOWLEDGE_BYTES, bundled_dir, knowledge_files, read_knowledge_bytes, shown_path
from .model import (
    CONCLUSION_KINDS,
    Article,
    Conclusion,
    Condition,
    FactDef,
    FactTest,
    GuidanceItem,
    Item,
    Knowledge,
    Loc,
    Match,
    NoticeItem,
    Rule,
    Section,
    Sign,
    SignsAtLeast,
    Text,
    Threshold,
)
from .parse import Reader, parse_fact_test
from .yamlio import LocDict, LocList, line_of, read_document

__all__ = ["load_knowledge", "knowledge_files", "knowledge_version", "bundled_dir", "shown_path", "load_fragment", "TOP_KEYS",
           "MAX_KNOWLEDGE_BYTES", "read_knowledge_bytes"]

MAX_FORMULA_CHARS = 500
TOP_KEYS = ("articles", "facts", "groups", "derived", "thresholds", "verdicts", "strengths",
            "signs", "remedies", "guidance", "prevention", "notices", "rules")
ITEM_KEYS = ("id", "title", "text", "source")


def knowledge_version(files: list[Path]) -> str:
    """A content hash of the knowledge files: same files, same version."""
    digest = sha256()
    for path in files:
        digest.update(os.fsencode(path.name) + b"\0" + read_knowledge_bytes(path) + b"\0")
    return digest.hexdigest()[:12]


def load_knowledge(directory: Path | str | None = None) -> Knowledge:
    """Read every knowledge file of `directory` (default: the bundled one) into a Knowledge."""
    folder = Path(directory) if directory is not None else bundled_dir()
    files = knowledge_files(folder)
    parts: dict[str, list[tuple[Reader, Any, LocDict]]] = {key: [] for key in TOP_KEYS}
    collector = Collector()  # every file is read, and every part built, before the errors are raised
    for path in files:
        collector.attempt(_read_file, path, parts)
    return _build(folder, knowledge_version(files), parts, collector)


def _read_file(path: Path, parts: dict[str, list[tuple[Reader, Any, LocDict]]]) -> None:
    reader = Reader(shown_path(path))
    data = read_document(path, max_bytes=MAX_KNOWLEDGE_BYTES, label=reader.path)
    if not isinstance(data, LocDict):
        raise KnowledgeError(message("engine.file_shape"), path=reader.path, line=1)
    reader.keys(data, TOP_KEYS, what="knowledge file")
    for key, value in data.items():
        parts[key].append((reader, value, data))


def load_fragment(path: Path, data: LocDict, sections: tuple[str, ...]) -> Knowledge:
    """A partial Knowledge from some sections of one file already read (the hook for overrides files)."""
    reader = Reader(shown_path(path))
    parts: dict[str, list[tuple[Reader, Any, LocDict]]] = {key: [] for key in TOP_KEYS}
    for key in sections:
        if key in data:
            parts[key].append((reader, data[key], data))
    return _build(path.parent, "", parts)


def _entries(c: Collector, parts: list[tuple[Reader, Any, LocDict]], key: str) -> list[tuple[Reader, Any, int, Any]]:
    """(reader, list, index, entry) of every entry of a list section (a section that is no list: its error kept)."""
    return [(r, seq, i, entry) for r, seq, parent in parts
            for i, entry in enumerate(c.attempt(r.sequence, seq, parent, key) or [])]


def _build(folder: Path, version: str, parts: dict[str, list[tuple[Reader, Any, LocDict]]],
           collector: Collector | None = None) -> Knowledge:
    c = collector or Collector()  # each part on its own: one error does not hide the next
    articles, sections = c.attempt(_articles, parts["articles"]) or ({}, {})
    facts = c.attempt(_facts, parts["facts"], parts["groups"], parts["derived"]) or {}
    items: dict[str, list[Any]] = {}
    for key, kind in (("verdicts", "verdict"), ("strengths", "strength"), ("signs", "sign"),
                      ("remedies", "remedy"), ("guidance", "guidance"), ("prevention", "prevention"),
                      ("notices", "notice")):
        made = [c.attempt(_item, r, entry, seq, i, kind) for r, seq, i, entry in _entries(c, parts[key], key)]
        items[key] = [item for item in made if item is not None]
    rules = [rule for rule in (c.attempt(_rule, r, entry, seq, i) for r, seq, i, entry
                               in _entries(c, parts["rules"], "rules")) if rule is not None]
    thresholds = c.attempt(_thresholds, parts["thresholds"]) or {}
    c.raise_any()  # screens and titles read the groups that the facts checked: only once they are sound
    screens, titles = _screens(parts["groups"], facts), _group_titles(parts["groups"])
    return Knowledge(
        directory=str(folder), version=version, articles=articles, sections=sections, facts=facts,
        thresholds=thresholds,
        verdicts=tuple(items["verdicts"]), strengths=tuple(items["strengths"]),
        signs=tuple(items["signs"]), remedies=tuple(items["remedies"]),
        guidance=tuple(items["guidance"]), prevention=tuple(items["prevention"]), rules=tuple(rules),
        notices=tuple(items["notices"]),
        screens=screens, group_titles=titles, screen_also=_screen_also(parts["groups"], facts),
        screen_items=_screen_items(parts["groups"]),
    )


def _articles(parts: list[tuple[Reader, Any, LocDict]]) -> tuple[dict[str, Article], dict[str, Section]]:
    articles: dict[str, Article] = {}
    sections: dict[str, Section] = {}
    for reader, value, parent in parts:
        for art_id, raw in reader.mapping(value, parent, "articles").items():
            data = reader.mapping(raw, value, art_id)
            reader.keys(data, ("title", "seeds", "sections", "publisher"), ("title", "seeds", "sections"), f"article '{art_id}'")
            seeds = reader.mapping(data["seeds"], data, "seeds")
            articles[art_id] = Article(art_id, reader.text(data, "title"),
                                       {k: str(v) for k, v in seeds.items()}, reader.loc(value, art_id),
                                       str(data["publisher"]) if data.get("publisher") else None)
            secs = reader.mapping(data["sections"], data, "sections")
            for sec_id in secs:
                ref = f"{art_id}.{sec_id}"
                sections[ref] = Section(ref, reader.text(secs, sec_id), reader.loc(secs, sec_id))
    return articles, sections


def _fact(reader: Reader, fact_id: str, data: LocDict, parent: LocDict, key: str, derived: bool) -> FactDef:
    allowed = ("type", "unit", "text", "question") + (("formula", "estimate") if derived else ("calm", "question_solo"))
    reader.keys(data, allowed, ("type", "text") + (("formula",) if derived else ()), f"fact '{fact_id}'")
    unit = data.get("unit")
    fact = FactDef(
        id=fact_id, type=reader.string(data, "type"), text=reader.text(data, "text"),
        question=reader.text(data, "question", required=False),
        question_solo=reader.text(data, "question_solo", required=False), unit=str(unit) if unit is not None else None,
        formula=_formula(reader, data) if derived else None, loc=reader.loc(parent, key),
        estimate=_estimate(reader, data) if derived else None,
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


def _group_fact(add: Any, reader: Reader, group: str, name: str, raw: Any, members: LocDict) -> None:
    add(reader, _fact(reader, f"{group}.{name}", reader.mapping(raw, members, name), members, name, False), members, name)


def _facts(top: list[Any], groups: list[Any], derived: list[Any]) -> dict[str, FactDef]:
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
    for reader, value, parent in derived:
        for fact_id, raw in reader.mapping(value, parent, "derived").items():
            add(reader, _fact(reader, fact_id, reader.mapping(raw, value, fact_id), value, fact_id, True), value, fact_id)
    c.raise_any()
    return facts


def _group_titles(groups: list[Any]) -> dict[str, Text]:
    """group -> its title (the group's `text`), where it has one."""
    return {group: reader.text(raw, "text") for reader, value, _ in groups for group, raw in value.items()
            if "text" in raw}


def _screens(groups: list[Any], facts: dict[str, FactDef]) -> dict[str, Text]:
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


def _screen_items(groups: list[Any]) -> dict[str, Text]:
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


def _screen_also(groups: list[Any], facts: dict[str, FactDef]) -> dict[str, tuple[str, ...]]:
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


def _thresholds(parts: list[tuple[Reader, Any, LocDict]]) -> dict[str, Threshold]:
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
                            _opt_str(data, "unit"), _opt_str(data, "note"))


def _opt_str(data: LocDict, key: str) -> str | None:
    value = data.get(key)
    return None if value is None else str(value)


def _item(reader: Reader, raw: object, seq: LocList, index: int, kind: str) -> Item:
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


def _rule(reader: Reader, raw: object, seq: LocList, index: int) -> Rule:
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
