"""The parts of a Result, made from a run's conclusions grouped by kind and tables laid out once per knowledge.

engine/assemble.py's functions take the knowledge and the trace; these take what they read of them (an
`Orders` and `Trace.kinds()`), so an evaluation's parts (engine/run.py's `Parts`) look neither up again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .bounds import hi_key, lo_key
from .bounds_arith import INF
from .client import ClientFacts, fact_layout
from .evidence_fast import rule_evidence, rule_readers
from .formulas import formula_names
from .model import Knowledge, Text

__all__ = ["Orders", "Kinds", "facts_as_given", "signs", "remedies", "guidance", "prevention", "notices", "bounds"]

Kinds = dict[Any, list[tuple[dict[str, Any], str]]]  # kind -> (fact, rule id) concluded, in firing order
_RANK = {"mild": 0, "serious": 1}
_STAGES = ("prepare", "conversation", "closing", "after")
_KINDS = ("sign", "verdict", "strength", "remedy", "guidance", "prevention", "notice")


class Orders:
    """The knowledge's items as assembly reads them, worked out once per knowledge base."""

    def __init__(self, kb: Knowledge) -> None:
        self.index = {kind: {item.id: n for n, item in enumerate(kb.items(kind))} for kind in _KINDS}
        self.readers = {rule.id: rule_readers(kb, rule) for rule in kb.rules}  # each rule's evidence, laid out
        self.answers = {rid: [s.id for s in kb.signs if rid in s.remedies] for rid in self.index["remedy"]}
        #: the exit plan's items in the order to follow: id, do or don't, stage, the facts shown
        self.guidance = [(g.id, g.do, g.stage, g.shows)
                         for g in sorted(kb.guidance, key=lambda g: (_STAGES.index(g.stage), g.order))]
        self.notices = {n.id: n.level for n in kb.notices}
        #: each derived fact: its id, bound keys and inputs (what `bounds` reads)
        self.formula_facts = [(fact.id, lo_key(fact.id), hi_key(fact.id), formula_names(fact.formula))
                              for fact in kb.facts.values() if fact.formula]
        self.layout = fact_layout(kb)  # the facts as given, in order
        self.split = {fact_id: (group, name) for fact_id, group, name in self.layout}  # fact -> its group and name
        #: each derived fact with an estimate -> the estimate's formula and what it assumes
        self.estimated = {fact.id: (fact.estimate[0], fact.estimate[1]) for fact in kb.facts.values()
                          if fact.formula and fact.estimate}


def facts_as_given(orders: Orders, client: ClientFacts, fact: dict[str, Any], derived: dict[str, Any]) -> dict[str, Any]:
    """`client.as_given()`, read off the client fact the run was given (`derive.client_fact`: its keys sorted, dates
    as ISO text already) without the derived facts and bounds: one pass in order over a dict, no sort, no look-up."""
    values = client.values
    if len(fact) != 1 + len(values) + len(derived) or "t" in values or "client" in values:  # a value not as given
        return client.as_given(orders.layout)
    grouped: dict[str, Any] = {"client": client.name}
    bucket: dict[str, Any] = {}
    current = None
    items, split = iter(fact.items()), orders.split
    next(items)  # the fact's kind, `"t": "client"`, comes first
    for key, value in items:
        if key in derived:
            continue
        group, name = split.get(key) or key.partition(".")[::2]  # the knowledge's own strings: none made per fact
        if group != current:  # sorted: each group's facts come together
            bucket, current = grouped.setdefault(group, {}), group
        bucket[name] = value
    if client.notes:
        grouped["notes"] = client.notes
    return grouped


def signs(orders: Orders, kinds: Kinds, values: dict[str, Any]) -> list[dict[str, Any]]:
    """The signs found, in knowledge order, each with its degree, rules and evidence."""
    concluded = kinds.get("sign")
    if not concluded:
        return []
    found: dict[str, dict[str, Any]] = {}
    observed_articles = sorted({f["article"] for f, _ in concluded if f.get("kind") == "observed"})
    readers = orders.readers
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
            shown = entry["evidence"]
            for e in rule_evidence(readers.get(rule_id, ()), values, observed_articles):
                if e not in shown:  # one already shown for another rule of the sign (or this one) is not repeated
                    shown.append(e)
    if len(found) == 1:
        return list(found.values())
    order = orders.index["sign"]
    return sorted(found.values(), key=lambda s: order[s["id"]])


def _ids_in_order(orders: Orders, kind: str, kinds: Kinds) -> list[str]:
    concluded = kinds.get(kind)
    if not concluded:
        return []
    order = orders.index[kind]
    return sorted({f["name"] for f, _ in concluded if f["name"] in order}, key=order.__getitem__)


def remedies(orders: Orders, kinds: Kinds, signs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The remedies to try, in knowledge order, with the signs each one answers."""
    ids = _ids_in_order(orders, "remedy", kinds)
    if not ids:
        return []
    present = {s["id"] for s in signs}
    answers = orders.answers
    return [{"id": rid, "for_signs": [sid for sid in answers[rid] if sid in present]} for rid in ids]


def guidance(orders: Orders, kinds: Kinds, values: dict[str, Any],
             estimated: Mapping[str, tuple[Any, Text]] | None = None) -> list[dict[str, Any]]:
    """The exit plan: guidance items in the order to follow, numbered, with their notes and details.

    A detail with no value of its own but an estimate (the refund, without the contract's value)
    shows the estimate, and `assumed` says what it rests on.
    """
    concluded = kinds.get("guidance")
    if not concluded:
        return []
    notes: dict[str, list[str]] = {}
    for fact, _ in concluded:
        bucket = notes.setdefault(fact["name"], [])
        if fact.get("note") and fact["note"] not in bucket:
            bucket.append(fact["note"])
    estimated = {} if estimated is None else estimated  # looked up only for the facts the steps show
    plan = []
    step = 0
    for item_id, do, stage, shows in orders.guidance:
        if item_id not in notes:
            continue
        step += 1
        details = {fact: values[fact] for fact in shows if values.get(fact) is not None} if shows else {}
        entry = {"id": item_id, "kind": do, "stage": stage, "step": step, "notes": notes[item_id], "details": details}
        if shows:
            assumed = {fact: estimated[fact][1] for fact in shows if fact not in details and fact in estimated}
            details.update({fact: estimated[fact][0] for fact in assumed})
            if assumed:
                entry["assumed"] = assumed
        plan.append(entry)
    return plan


def prevention(orders: Orders, kinds: Kinds) -> list[dict[str, Any]]:
    """What to put in the next contract."""
    return [{"id": pid} for pid in _ids_in_order(orders, "prevention", kinds)]


def notices(orders: Orders, kinds: Kinds) -> list[dict[str, Any]]:
    """The notices the run concluded (warnings about the input first), in knowledge order."""
    levels = orders.notices
    found = [{"id": nid, "level": levels[nid]} for nid in _ids_in_order(orders, "notice", kinds)]
    return sorted(found, key=lambda n: n["level"] != "warning") if len(found) > 1 else found


def bounds(orders: Orders, values: dict[str, Any]) -> dict[str, Any]:
    """What the known facts prove about each derived fact still without a value: its bounds and the
    unknown inputs it waits on (`money.monthly_margin` at most -600, whatever `monthly_costs`)."""
    found: dict[str, Any] = {}
    for fact_id, lo_name, hi_name, inputs in orders.formula_facts:
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
