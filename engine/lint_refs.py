"""Lint the references of an unvalidated knowledge base: every unknown id and duplicate, not just the first."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from clientfire.errors import suggest
from clientfire.messages import kind_word, message

from .findings import ERROR, WARNING, Finding, finding_at
from .formulas import FormulaError, formula_names
from .model import ITEM_KINDS, FactTest, Knowledge, Loc, Match, Rule, SignsAtLeast
from .validate import MATCH_ATTRS, _attr_choices

__all__ = ["reference_findings", "duplicate_findings", "documentation_findings", "ITEM_KINDS"]



def _unknown(what: str, name: str, choices: Iterable[str], loc: Loc, code: str, **extra: str | None) -> Finding:
    return finding_at(ERROR, code, message("lint.unknown", kind=kind_word(what), name=name), loc,
                      suggestion=suggest(name, list(choices)),
                      **extra)


def reference_findings(kb: Knowledge) -> list[Finding]:
    """Every reference to a fact, threshold, sign, item or source that does not exist."""
    found = list(_item_refs(kb)) + list(_formula_refs(kb))
    for rule in kb.rules:
        found.extend(_rule_refs(kb, rule))
    return found


def _sources(kb: Knowledge, refs: Iterable[str], loc: Loc, rule_id: str | None = None) -> Iterator[Finding]:
    for ref in refs:
        if ref not in kb.sections:
            yield _unknown("source", ref, kb.sections, loc, "unknown_source", key="source", rule_id=rule_id)


def _item_refs(kb: Knowledge) -> Iterator[Finding]:
    remedies = [r.id for r in kb.remedies]
    for kind in ITEM_KINDS:
        for item in kb.items(kind):
            yield from _sources(kb, item.source, item.loc)
    for sign in kb.signs:
        if sign.article not in kb.sections:
            yield _unknown("article section", sign.article, kb.sections, sign.loc, "unknown_source", key="article")
        for remedy in sign.remedies:
            if remedy not in remedies:
                yield _unknown("remedy", remedy, remedies, sign.loc, "unknown_item", key="remedies")
    for item in kb.guidance:
        for fact in item.shows:
            if fact not in kb.facts:
                yield _unknown("fact", fact, kb.facts, item.loc, "unknown_fact", key="shows")


def _formula_refs(kb: Knowledge) -> Iterator[Finding]:
    for fact in kb.facts.values():
        if not fact.formula:
            continue
        try:
            names = formula_names(fact.formula)
        except FormulaError as exc:
            yield finding_at(ERROR, "bad_formula", exc.said, fact.loc, key=fact.id)
            continue
        for name in names:
            if name not in kb.facts:
                yield _unknown("fact", name, kb.facts, fact.loc, "unknown_fact", key=fact.id)


def _rule_refs(kb: Knowledge, rule: Rule) -> Iterator[Finding]:
    yield from _sources(kb, rule.source, rule.loc, rule.id)
    for cond in rule.when:
        if isinstance(cond, FactTest):
            if cond.fact not in kb.facts:
                yield _unknown("fact", cond.fact, kb.facts, cond.loc, "unknown_fact", key=cond.fact, rule_id=rule.id)
            name = str(cond.operand.value)
            if cond.operand.kind == "name" and name not in kb.thresholds and name not in kb.facts:
                yield _unknown("threshold or fact", name, list(kb.thresholds) + list(kb.facts), cond.loc,
                               "unknown_threshold", key=name, rule_id=rule.id)
        elif isinstance(cond, SignsAtLeast) and cond.threshold not in kb.thresholds:
            yield _unknown("threshold", cond.threshold, kb.thresholds, cond.loc, "unknown_threshold",
                           key="signs_at_least", rule_id=rule.id)
        elif isinstance(cond, Match) and cond.kind in MATCH_ATTRS:
            yield from _match_refs(kb, rule, cond)
    ids = [i.id for i in kb.items(rule.then.kind)]
    if rule.then.id not in ids:
        yield _unknown(rule.then.kind, rule.then.id, ids, rule.then.loc, f"unknown_{_code(rule.then.kind)}",
                       key=rule.then.kind, rule_id=rule.id)


def _code(kind: str) -> str:
    return kind if kind in ("sign", "verdict") else "item"


def _match_refs(kb: Knowledge, rule: Rule, match: Match) -> Iterator[Finding]:
    for name, values in match.attrs:
        if name not in MATCH_ATTRS[match.kind]:
            continue  # validation reports unknown attributes
        choices = _attr_choices(kb, match.kind, name)
        for value in values:
            if choices is not None and value not in choices:
                what = match.kind if name == "id" else f"{match.kind} {name}"
                yield _unknown(what, str(value), [str(c) for c in choices], match.loc,
                               f"unknown_{_code(match.kind)}", key=name, rule_id=rule.id)


def duplicate_findings(kb: Knowledge) -> list[Finding]:
    """Rules or items of one kind that share an id."""
    found = []
    groups: list[tuple[str, Iterable[tuple[str, Loc]]]] = [("rule", ((r.id, r.loc) for r in kb.rules))]
    groups += [(kind, ((i.id, i.loc) for i in kb.items(kind))) for kind in ITEM_KINDS]
    for kind, entries in groups:
        first: dict[str, Loc] = {}
        for ident, loc in entries:
            if ident in first:
                found.append(finding_at(ERROR, "duplicate_id", message("lint.duplicate", kind=kind_word(kind), name=ident,
                                                                          first=str(first[ident])),
                                        loc, key="id", rule_id=ident if kind == "rule" else None))
            else:
                first[ident] = loc
    return found


def documentation_findings(kb: Knowledge) -> list[Finding]:
    """Rules without a source or a text, items without a source, and rules only about missing facts."""
    found = []
    for rule in kb.rules:
        if not rule.source:
            found.append(finding_at(WARNING, "no_source", message("lint.rule_no_source"), rule.loc, key="source", rule_id=rule.id))
        if not any(t.strip() for t in rule.text.values()):
            found.append(finding_at(WARNING, "no_text", message("lint.rule_no_text"), rule.loc, key="text", rule_id=rule.id))
        tests = [c for c in rule.when if isinstance(c, FactTest)]
        if rule.when and len(tests) == len(rule.when) and all(t.or_unknown for t in tests):
            found.append(finding_at(
                WARNING, "nex_only", message("lint.nex_only"), rule.loc, rule_id=rule.id))
    for kind in ITEM_KINDS:
        for item in kb.items(kind):
            if kind != "strength" and not item.source:
                found.append(finding_at(WARNING, "no_source", message("lint.item_no_source", kind=kind_word(kind), name=item.id),
                                        item.loc,
                                        key="source"))
    return found
