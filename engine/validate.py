"""Validate a loaded knowledge base: every reference resolves, every type fits, every layer holds."""

from __future__ import annotations

from collections.abc import Iterable

from clientfire.errors import KnowledgeError, suggest
from clientfire.messages import Message, kind_word, message

from .formulas import FormulaError, formula_names
from .layers import LAYERS, PRODUCED_IN, layer_of
from .model import (
    FACT_TYPES,
    NOTICE_LEVELS,
    NUMERIC_TYPES,
    PASSING,
    FactDef,
    FactTest,
    Item,
    Knowledge,
    Loc,
    Match,
    Rule,
    SignsAtLeast,
)
from .validate_values import check_formula_types, check_numbers

__all__ = ["validate", "DEGREES", "STAGES", "MATCH_ATTRS", "MAX_SIGNS_AT_LEAST"]

DEGREES = ("mild", "serious")
STAGES = ("prepare", "conversation", "closing", "after")
MAX_SIGNS_AT_LEAST = 5
MATCH_ATTRS = {
    "sign": ("id", "degree", "remedy_tried", "article", "softens"),
    "verdict": ("id", "strength"),
    "remedy": ("id",),
    "guidance": ("id", "note"),
    "prevention": ("id",),
    "notice": ("id",),
}
THEN_ATTRS = {"sign": ("degree", "remedy_tried"), "verdict": ("strength",), "guidance": ("note",),
              "remedy": (), "prevention": (), "notice": ()}


def _err(said: str | Message, loc: Loc, **extra: str | None) -> KnowledgeError:
    return KnowledgeError(said, path=loc.path, line=loc.line, **extra)  # type: ignore[arg-type]


def _unknown(kind: str, name: str) -> Message:
    """`unknown <kind> '<name>'` as a message in any language."""
    return message("lint.unknown", kind=kind_word(kind), name=name)


def validate(kb: Knowledge) -> Knowledge:
    """Return `kb` unchanged if it is sound; raise KnowledgeError at the first problem."""
    _check_items(kb)
    _check_facts(kb)
    seen: dict[str, Rule] = {}
    for rule in kb.rules:
        if rule.id in seen:
            raise _err(message("engine.duplicate_rule", name=rule.id, first=str(seen[rule.id].loc)), rule.loc, rule_id=rule.id)
        seen[rule.id] = rule
        _check_rule(kb, rule)
    check_formula_types(kb)
    check_numbers(kb)
    for kind in ("verdict", "strength"):
        if not kb.items(kind):
            raise _err(message("engine.no_verdicts") if kind == "verdict" else message("engine.no_strengths"),
                       Loc(kb.directory))
    return kb


def _check_sources(kb: Knowledge, refs: Iterable[str], loc: Loc, rule_id: str | None = None) -> None:
    for ref in refs:
        if ref not in kb.sections:
            raise _err(_unknown("source", ref), loc, key="source", rule_id=rule_id,
                       suggestion=suggest(ref, kb.sections))


def _check_items(kb: Knowledge) -> None:
    for kind in ("verdict", "strength", "sign", "remedy", "guidance", "prevention", "notice"):
        ids: set[str] = set()
        for item in kb.items(kind):
            if item.id in ids:
                raise _err(message("validate.duplicate", kind=kind_word(kind), name=item.id), item.loc, key="id")
            ids.add(item.id)
            _check_sources(kb, item.source, item.loc)
    remedy_ids = [r.id for r in kb.remedies]
    for sign in kb.signs:
        if sign.article not in kb.sections:
            raise _err(_unknown("article section", sign.article), sign.loc, key="article",
                       suggestion=suggest(sign.article, kb.sections))
        for remedy in sign.remedies:
            if remedy not in remedy_ids:
                raise _err(_unknown("remedy", remedy), sign.loc, key="remedies", suggestion=suggest(remedy, remedy_ids))
        if sign.passing not in PASSING:
            raise _err(message("engine.passing", choices=", ".join(PASSING), raw=sign.passing), sign.loc, key="passing",
                       suggestion=suggest(sign.passing, PASSING))
        for degree in sign.degree_texts:
            if degree not in DEGREES:
                raise _err(_unknown("degree", degree), sign.loc, key="degrees", suggestion=suggest(degree, DEGREES))
    for notice in kb.notices:
        if notice.level not in NOTICE_LEVELS:
            raise _err(message("engine.notice_level", choices=", ".join(NOTICE_LEVELS), raw=notice.level), notice.loc,
                       key="level", suggestion=suggest(notice.level, NOTICE_LEVELS))
    for item in kb.guidance:
        if item.do not in ("do", "dont"):
            raise _err(message("engine.guidance_kind", raw=item.do), item.loc, key="kind")
        for fact in item.shows:
            if fact not in kb.facts:
                raise _err(_unknown("fact", fact), item.loc, key="shows", suggestion=suggest(fact, kb.facts))
        if item.stage not in STAGES:
            raise _err(_unknown("stage", item.stage), item.loc, key="stage", suggestion=suggest(item.stage, STAGES))


def _check_facts(kb: Knowledge) -> None:
    for fact in kb.facts.values():
        if fact.type not in FACT_TYPES:
            raise _err(_unknown("fact type", fact.type), fact.loc, key=fact.id, suggestion=suggest(fact.type, FACT_TYPES))
        if fact.formula is None:
            continue
        for formula in (fact.formula, *([fact.estimate[0]] if fact.estimate else [])):
            _check_formula(kb, fact, formula)


def _check_formula(kb: Knowledge, fact: FactDef, formula: str) -> None:
    try:
        names = formula_names(formula)
    except FormulaError as exc:
        raise _err(exc.said, fact.loc, key=fact.id) from exc
    for name in names:
        if name not in kb.facts or kb.facts[name].formula is not None:
            raise _err(message("engine.formula_unknown_fact", name=name), fact.loc, key=fact.id,
                       suggestion=suggest(name, kb.facts))


def _check_rule(kb: Knowledge, rule: Rule) -> None:
    _check_sources(kb, rule.source, rule.loc, rule.id)
    for cond in rule.when:
        if isinstance(cond, FactTest):
            _check_test(kb, rule, cond)
        elif isinstance(cond, Match):
            _check_match(kb, rule, cond)
        elif isinstance(cond, SignsAtLeast):
            _check_signs_at_least(kb, rule, cond)
    _check_then(kb, rule)


def _check_test(kb: Knowledge, rule: Rule, test: FactTest) -> None:
    fact = kb.facts.get(test.fact)
    if fact is None:
        raise _err(_unknown("fact", test.fact), test.loc, rule_id=rule.id, key=test.fact,
                   suggestion=suggest(test.fact, kb.facts))
    operand = test.operand
    if operand.kind == "name":
        name = str(operand.value)
        if name in kb.thresholds and name in kb.facts:
            raise _err(message("engine.threshold_and_fact", name=name), test.loc, rule_id=rule.id, key=name)
        if name in kb.facts:
            other = kb.facts[name].type
            if (other in NUMERIC_TYPES) != (fact.type in NUMERIC_TYPES) or other in ("date", "text"):
                raise _err(message("engine.cannot_compare", fact=test.fact, type=fact.type, name=name, other=other), test.loc,
                           rule_id=rule.id, key=test.fact)
            if test.or_unknown and test.op in ("==", "!="):
                raise _err(message("engine.or_unknown_two_facts", op=test.op), test.loc,
                           rule_id=rule.id, key=test.fact)
        elif name not in kb.thresholds:
            raise _err(_unknown("threshold or fact", name), test.loc, rule_id=rule.id, key=name,
                       suggestion=suggest(name, list(kb.thresholds) + list(kb.facts)))
    if fact.type == "bool":
        if operand.kind != "bool" or test.op not in ("==", "!="):
            raise _err(message("engine.bool_compare", fact=test.fact), test.loc,
                       rule_id=rule.id, key=test.fact)
    elif fact.type in NUMERIC_TYPES:
        if operand.kind == "bool":
            raise _err(message("engine.number_compare", fact=test.fact, type=fact.type), test.loc,
                       rule_id=rule.id, key=test.fact)
    else:
        raise _err(message("engine.not_comparable", fact=test.fact, type=fact.type), test.loc,
                   rule_id=rule.id, key=test.fact)


def _check_match(kb: Knowledge, rule: Rule, match: Match) -> None:
    if match.kind not in MATCH_ATTRS:
        raise _err(message("engine.conclusion_kind", name=match.kind), match.loc, rule_id=rule.id)
    here, there = LAYERS.index(layer_of(rule)), LAYERS.index(PRODUCED_IN[match.kind])
    if there >= here and not (match.kind == "sign" and layer_of(rule) == "case"):
        raise _err(message("engine.layer", layer=layer_of(rule), kind=kind_word(match.kind)),
                   match.loc, rule_id=rule.id)
    allowed = MATCH_ATTRS[match.kind]
    for name, values in match.attrs:
        if name not in allowed:
            raise _err(message("engine.match_attr", kind=kind_word(match.kind), name=name), match.loc, rule_id=rule.id, key=name,
                       suggestion=suggest(name, allowed))
        choices = _attr_choices(kb, match.kind, name)
        for value in values:
            if choices is not None and value not in choices:
                raise _err(message("engine.match_value", kind=kind_word(match.kind), attr=name, value=value),
                           match.loc, rule_id=rule.id, key=name,
                           suggestion=suggest(str(value), [str(c) for c in choices]))


def _attr_choices(kb: Knowledge, kind: str, name: str) -> tuple[object, ...] | None:
    if name == "id":
        return tuple(i.id for i in kb.items(kind))
    if name == "degree":
        return DEGREES
    if name in ("remedy_tried", "softens"):
        return (True, False)
    if name == "strength":
        return tuple(s.id for s in kb.strengths)
    if name == "article":
        return tuple(kb.sections)
    if name == "note":
        return tuple(n for g in kb.guidance for n in g.notes)
    return None


def _check_signs_at_least(kb: Knowledge, rule: Rule, cond: SignsAtLeast) -> None:
    threshold = kb.thresholds.get(cond.threshold)
    if threshold is None:
        raise _err(_unknown("threshold", cond.threshold), cond.loc, rule_id=rule.id,
                   suggestion=suggest(cond.threshold, kb.thresholds))
    value = threshold.value
    if not float(value).is_integer() or not 1 <= value <= MAX_SIGNS_AT_LEAST:
        raise _err(message("engine.signs_at_least", name=cond.threshold, most=MAX_SIGNS_AT_LEAST, value=value),
                   threshold.loc, key=cond.threshold)


def _check_then(kb: Knowledge, rule: Rule) -> None:
    then = rule.then
    ids = [i.id for i in kb.items(then.kind)]
    if then.id not in ids:
        raise _err(_unknown(then.kind, then.id), then.loc, rule_id=rule.id, key=then.kind,
                   suggestion=suggest(then.id, ids))
    for name, value in then.attrs:
        if name not in THEN_ATTRS[then.kind]:
            raise _err(message("engine.then_attr", name=name, kind=kind_word(then.kind)), then.loc, rule_id=rule.id, key=name,
                       suggestion=suggest(name, THEN_ATTRS[then.kind]))
        choices = _attr_choices(kb, then.kind, name)
        if name == "note":
            item = kb.item("guidance", then.id)
            choices = tuple(item.notes) if isinstance(item, Item) and hasattr(item, "notes") else ()
        if choices is not None and value not in choices:
            raise _err(message("engine.then_value", attr=name, value=value), then.loc, rule_id=rule.id, key=name,
                       suggestion=suggest(str(value), [str(c) for c in choices]))
    if then.kind == "verdict" and then.attr("strength") is None:
        raise _err(message("engine.verdict_strength"), then.loc, rule_id=rule.id, key="strength")
