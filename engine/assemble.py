"""Turn a run's trace (the facts each firing derived) into the parts of a Result."""

from __future__ import annotations

from typing import Any

from .conditions import check, evidence
from .formulas import formula_names
from .layers import layer_of
from .model import FactTest, Knowledge, Match, Rule, SignsAtLeast

__all__ = ["derived_of", "verdict_of", "signs_of", "remedies_of", "guidance_of", "prevention_of",
           "unknown_facts_of"]

_DEGREES = ("mild", "serious")
_STAGES = ("prepare", "conversation", "closing", "after")


def derived_of(trace: list[dict[str, Any]], kind: str) -> list[tuple[dict[str, Any], str]]:
    """Every fact of `kind` the run derived, with the rule that derived it, in firing order."""
    key = "candidate" if kind == "candidate" else kind
    return [(fact, firing["rule"]) for firing in trace for fact in firing["derived"] + firing["already_known"]
            if fact.get("t") == key]


def verdict_of(trace: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The verdict and strength the select layer concluded."""
    found = {(f["name"], f["strength"]) for f, _ in derived_of(trace, "verdict")}
    return found.pop() if len(found) == 1 else None


def signs_of(kb: Knowledge, trace: list[dict[str, Any]], values: dict[str, Any]) -> list[dict[str, Any]]:
    """The signs found, in knowledge order, each with its degree, rules and evidence."""
    found: dict[str, dict[str, Any]] = {}
    observed_articles = sorted({f["article"] for f, _ in derived_of(trace, "sign") if f.get("kind") == "observed"})
    for fact, rule_id in derived_of(trace, "sign"):
        entry = found.setdefault(fact["name"], {"id": fact["name"], "degree": "mild", "remedy_tried": False,
                                              "article": fact["article"], "rules": [], "evidence": []})
        if _DEGREES.index(fact["degree"]) > _DEGREES.index(entry["degree"]):
            entry["degree"] = fact["degree"]
        entry["remedy_tried"] = entry["remedy_tried"] or fact["remedy_tried"]
        if rule_id not in entry["rules"]:
            entry["rules"].append(rule_id)
            entry["evidence"].extend(_rule_evidence(kb, kb.rule(rule_id), values, observed_articles))
    order = [s.id for s in kb.signs]
    return sorted(found.values(), key=lambda s: order.index(s["id"]))


def _rule_evidence(kb: Knowledge, rule: Rule | None, values: dict[str, Any], articles: list[str]) -> list[dict[str, Any]]:
    if rule is None:
        return []
    result = []
    for cond in rule.when:
        if isinstance(cond, FactTest):
            result.append(evidence(kb, cond, values))
        elif isinstance(cond, SignsAtLeast):
            result.append({"fact": "distinct_article_signs", "value": len(articles), "op": ">=",
                           "required": kb.thresholds[cond.threshold].value, "threshold": cond.threshold,
                           "or_unknown": False, "holds": True, "articles": articles})
    return result


def _ids_in_order(kb: Knowledge, kind: str, trace: list[dict[str, Any]]) -> list[str]:
    present = {f["name"] for f, _ in derived_of(trace, kind)}
    return [item.id for item in kb.items(kind) if item.id in present]


def remedies_of(kb: Knowledge, trace: list[dict[str, Any]], signs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The remedies to try, in knowledge order, with the signs each one answers."""
    present = {s["id"] for s in signs}
    return [{"id": rid, "for_signs": [s.id for s in kb.signs if rid in s.remedies and s.id in present]}
            for rid in _ids_in_order(kb, "remedy", trace)]


def guidance_of(kb: Knowledge, trace: list[dict[str, Any]], values: dict[str, Any]) -> list[dict[str, Any]]:
    """The exit plan: guidance items in the order to follow, numbered, with their notes and details."""
    notes: dict[str, list[str]] = {}
    for fact, _ in derived_of(trace, "guidance"):
        bucket = notes.setdefault(fact["name"], [])
        if fact.get("note") and fact["note"] not in bucket:
            bucket.append(fact["note"])
    items = sorted((g for g in kb.guidance if g.id in notes), key=lambda g: (_STAGES.index(g.stage), g.order))
    return [{"id": g.id, "kind": g.do, "stage": g.stage, "step": step, "notes": notes[g.id],
             "details": {fact: values[fact] for fact in g.shows if values.get(fact) is not None}}
            for step, g in enumerate(items, start=1)]


def prevention_of(kb: Knowledge, trace: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What to put in the next contract."""
    return [{"id": pid} for pid in _ids_in_order(kb, "prevention", trace)]


def unknown_facts_of(kb: Knowledge, trace: list[dict[str, Any]], values: dict[str, Any]) -> list[str]:
    """Unknown facts that could still change the signs, the verdict or its strength.

    Two kinds: facts a fired rule let pass as unknown (`or unknown`: knowing them could undo its
    conclusion), and facts tested by a rule that did not fire, none of whose known conditions fails,
    and whose conclusion would be new (a sign not yet found at that degree, a higher verdict candidate).
    """
    fired = {f["rule"] for f in trace}
    signs: dict[str, str] = {}
    for fact, _ in derived_of(trace, "sign"):
        if _DEGREES.index(fact["degree"]) >= _DEGREES.index(signs.get(fact["name"], "mild")):
            signs[fact["name"]] = fact["degree"]
    best = max((f["rank"] for f, _ in derived_of(trace, "candidate")), default=-1)
    wanted: set[str] = set()
    for rule in kb.rules:
        if rule.id in fired and layer_of(rule) != "advice":
            wanted.update(c.fact for c in rule.when
                          if isinstance(c, FactTest) and c.or_unknown and values.get(c.fact) is None)
        elif _would_be_new(kb, rule, signs, best):
            wanted.update(_open_unknowns(kb, rule, values, signs))
    return [fact for fact in kb.facts if fact in wanted]


_RANKS: dict[tuple[str, str], tuple[int, dict[str, int]]] = {}


def _ranks(kb: Knowledge) -> tuple[int, dict[str, int]]:
    """The top candidate rank, and the rank each verdict rule proposes (worked out once per knowledge)."""
    key = (kb.directory, kb.version)
    if key not in _RANKS:
        verdicts, strengths = [v.id for v in kb.verdicts], [s.id for s in kb.strengths]
        proposed = {r.id: verdicts.index(r.then.id) * 100 + strengths.index(str(r.then.attr("strength")))
                    for r in kb.rules if r.then.kind == "verdict"}
        _RANKS[key] = ((len(verdicts) - 1) * 100 + len(strengths) - 1, proposed)
    return _RANKS[key]


def _would_be_new(kb: Knowledge, rule: Rule, signs: dict[str, str], best: int) -> bool:
    then = rule.then
    top, proposed = _ranks(kb)
    if layer_of(rule) == "signs":
        if best >= top:
            return False  # the strongest verdict already: another sign cannot change it
        degree = str(then.attr("degree", "mild"))
        return then.id not in signs or _DEGREES.index(degree) > _DEGREES.index(signs[then.id])
    if layer_of(rule) == "verdict":
        return proposed[rule.id] > best
    return False


def _open_unknowns(kb: Knowledge, rule: Rule, values: dict[str, Any], signs: dict[str, Any]) -> set[str]:
    unknown: set[str] = set()
    for cond in rule.when:
        if isinstance(cond, FactTest):
            holds = check(kb, cond, values)
            if holds is False:
                return set()
            if holds is None:
                unknown.add(cond.fact)
        elif isinstance(cond, Match) and cond.kind == "sign":
            ids = dict(cond.attrs).get("id")
            if ids and not any(i in signs for i in ids):
                return set()
    for fact in list(unknown):
        formula = kb.facts[fact].formula
        if formula:
            unknown.discard(fact)
            unknown.update(name for name in formula_names(formula) if values.get(name) is None)
    return unknown
