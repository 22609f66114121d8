"""Turn a run's trace (the facts each firing derived) into the parts of a Result."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .bounds import INF, hi_key, lo_key
from .evidence_fast import rule_evidence, rule_readers
from .formulas import formula_names
from .model import GuidanceItem, Knowledge, Text
from .prepared import per_knowledge

__all__ = ["Trace", "derived_of", "verdict_of", "signs_of", "remedies_of", "guidance_of", "prevention_of", "notices_of",
           "bounds_of"]

_DEGREES = ("mild", "serious")
_RANK = {degree: rank for rank, degree in enumerate(_DEGREES)}
_STAGES = ("prepare", "conversation", "closing", "after")
_KINDS = ("sign", "verdict", "strength", "remedy", "guidance", "prevention", "notice")


class _Orders:
    """The knowledge's items as assembly reads them, worked out once per knowledge base."""

    def __init__(self, kb: Knowledge) -> None:
        self.index = {kind: {item.id: n for n, item in enumerate(kb.items(kind))} for kind in _KINDS}
        self.readers = {rule.id: rule_readers(kb, rule) for rule in kb.rules}  # each rule's evidence, laid out
        self.answers = {rid: [s.id for s in kb.signs if rid in s.remedies] for rid in self.index["remedy"]}
        self.guidance: list[GuidanceItem] = sorted(kb.guidance, key=lambda g: (_STAGES.index(g.stage), g.order))
        self.notices = {n.id: n for n in kb.notices}
        #: each derived fact: its id, bound keys and inputs (what `bounds_of` reads)
        self.formula_facts = [(fact.id, lo_key(fact.id), hi_key(fact.id), formula_names(fact.formula))
                              for fact in kb.facts.values() if fact.formula]


def _orders(kb: Knowledge) -> _Orders:
    return per_knowledge(kb, _Orders)


class Trace(list):  # type: ignore[type-arg]
    """A run's firings in order, with the facts they concluded grouped by kind in one pass (on first use)."""

    _kinds: dict[str, list[tuple[dict[str, Any], str]]] | None = None

    def kinds(self) -> dict[str, list[tuple[dict[str, Any], str]]]:
        """Kind -> every (fact, rule) concluded, derived or already known, in firing order."""
        if self._kinds is None:
            found: dict[str, list[tuple[dict[str, Any], str]]] = {}
            for firing in self:
                rule = firing["rule"]
                for group in (firing["derived"], firing["already_known"]):
                    for fact in group:
                        found.setdefault(fact.get("t"), []).append((fact, rule))
            self._kinds = found
        return self._kinds


def derived_of(trace: list[dict[str, Any]], kind: str) -> list[tuple[dict[str, Any], str]]:
    """Every fact of `kind` the run derived, with the rule that derived it, in firing order."""
    if isinstance(trace, Trace):
        return list(trace.kinds().get(kind, ()))
    return [(fact, firing["rule"]) for firing in trace for fact in firing["derived"] + firing["already_known"]
            if fact.get("t") == kind]


def verdict_of(trace: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The verdict and strength the select layer concluded (read off the firings: no grouping by kind)."""
    found = set()
    for firing in trace:
        for fact in firing["derived"]:
            if fact.get("t") == "verdict":
                found.add((fact["name"], fact["strength"]))
        for fact in firing["already_known"]:
            if fact.get("t") == "verdict":
                found.add((fact["name"], fact["strength"]))
    return found.pop() if len(found) == 1 else None


def signs_of(kb: Knowledge, trace: list[dict[str, Any]], values: dict[str, Any]) -> list[dict[str, Any]]:
    """The signs found, in knowledge order, each with its degree, rules and evidence."""
    found: dict[str, dict[str, Any]] = {}
    concluded = derived_of(trace, "sign")
    observed_articles = sorted({f["article"] for f, _ in concluded if f.get("kind") == "observed"})
    readers = _orders(kb).readers
    for fact, rule_id in concluded:
        entry = found.get(fact["name"])
        if entry is None:
            entry = found[fact["name"]] = {"id": fact["name"], "degree": "mild", "remedy_tried": False,
                                           "article": fact["article"], "rules": [], "evidence": []}
        if _RANK[fact["degree"]] > _RANK[entry["degree"]]:
            entry["degree"] = fact["degree"]
        entry["remedy_tried"] = entry["remedy_tried"] or fact["remedy_tried"]
        if rule_id not in entry["rules"]:
            entry["rules"].append(rule_id)
            entry["evidence"].extend(e for e in rule_evidence(readers.get(rule_id, ()), values, observed_articles)
                                     if e not in entry["evidence"])
    order = _orders(kb).index["sign"]
    return sorted(found.values(), key=lambda s: order[s["id"]])


def _ids_in_order(kb: Knowledge, kind: str, trace: list[dict[str, Any]]) -> list[str]:
    order = _orders(kb).index[kind]
    return sorted({f["name"] for f, _ in derived_of(trace, kind) if f["name"] in order}, key=order.__getitem__)


def remedies_of(kb: Knowledge, trace: list[dict[str, Any]], signs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The remedies to try, in knowledge order, with the signs each one answers."""
    present = {s["id"] for s in signs}
    answers = _orders(kb).answers
    return [{"id": rid, "for_signs": [sid for sid in answers[rid] if sid in present]}
            for rid in _ids_in_order(kb, "remedy", trace)]


def guidance_of(kb: Knowledge, trace: list[dict[str, Any]], values: dict[str, Any],
                estimated: Mapping[str, tuple[Any, Text]] | None = None) -> list[dict[str, Any]]:
    """The exit plan: guidance items in the order to follow, numbered, with their notes and details.

    A detail with no value of its own but an estimate (the refund, without the contract's value)
    shows the estimate, and `assumed` says what it rests on.
    """
    notes: dict[str, list[str]] = {}
    for fact, _ in derived_of(trace, "guidance"):
        bucket = notes.setdefault(fact["name"], [])
        if fact.get("note") and fact["note"] not in bucket:
            bucket.append(fact["note"])
    items = [g for g in _orders(kb).guidance if g.id in notes] if notes else []
    estimated = {} if estimated is None else estimated  # looked up only for the facts the steps show
    plan = []
    for step, g in enumerate(items, start=1):
        details = {fact: values[fact] for fact in g.shows if values.get(fact) is not None}
        assumed = {fact: estimated[fact][1] for fact in g.shows if fact not in details and fact in estimated}
        details.update({fact: estimated[fact][0] for fact in assumed})
        entry = {"id": g.id, "kind": g.do, "stage": g.stage, "step": step, "notes": notes[g.id], "details": details}
        if assumed:
            entry["assumed"] = assumed
        plan.append(entry)
    return plan


def prevention_of(kb: Knowledge, trace: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What to put in the next contract."""
    return [{"id": pid} for pid in _ids_in_order(kb, "prevention", trace)]


def notices_of(kb: Knowledge, trace: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The notices the run concluded (warnings about the input first), in knowledge order."""
    notices = _orders(kb).notices
    found = [notices[nid] for nid in _ids_in_order(kb, "notice", trace)]
    return [{"id": n.id, "level": n.level} for n in sorted(found, key=lambda n: n.level != "warning")]


def bounds_of(kb: Knowledge, values: dict[str, Any]) -> dict[str, Any]:
    """What the known facts prove about each derived fact still without a value: its bounds and the
    unknown inputs it waits on (`money.monthly_margin` at most -600, whatever `monthly_costs`)."""
    found: dict[str, Any] = {}
    for fact_id, lo_name, hi_name, inputs in _orders(kb).formula_facts:
        if values.get(fact_id) is not None:
            continue
        lo, hi = values.get(lo_name), values.get(hi_name)  # fact_interval's reading of a derived fact's bounds
        if lo is None and hi is None:
            continue
        lo, hi = -INF if lo is None else lo, INF if hi is None else hi
        if lo == -INF and hi == INF:
            continue
        found[fact_id] = {"lo": None if lo == -INF else lo, "hi": None if hi == INF else hi,
                          "unknown_inputs": [name for name in inputs if values.get(name) is None]}
    return found
