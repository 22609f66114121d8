"""Can a rule's fact conditions ever hold together, and are they ever decided? Interval reasoning per fact.

`x > 5` and `x < 3` never hold together; neither does `count < 0`, known or not (an unknown count is
still 0 or more). A rule whose conditions hold only while a fact is unknown (`x == true or unknown`
and `x == false or unknown`) concludes from not knowing, and a condition every value meets
(`count >= 0`) decides nothing: both are reported (docs/knowledge-format.md, "Unknown facts").
"""

from __future__ import annotations

import math

from clientfire.messages import Message, message

from .client import MAX_NUMBER
from .conditions import check, truth
from .model import FactDef, FactTest, Knowledge, Loc, Rule

__all__ = ["contradiction", "satisfiable", "undecided"]

_INF = math.inf
#: the values a client file may give each fact type: (low, high, whole numbers only)
_DOMAIN = {"count": (0, MAX_NUMBER, True), "scale": (0, 10, True), "percent": (0, 100, False),
           "number": (0, MAX_NUMBER, False), "money": (0, MAX_NUMBER, False)}


def contradiction(kb: Knowledge, rule: Rule) -> tuple[Message, Loc] | None:
    """Why the rule's conditions on one fact can never all hold (and where), or None when they can."""
    by_fact: dict[str, list[FactTest]] = {}
    for cond in rule.when:
        if isinstance(cond, FactTest) and cond.fact in kb.facts and _value(kb, cond) is not None:
            by_fact.setdefault(cond.fact, []).append(cond)
    for fact_id, tests in by_fact.items():
        if satisfiable(kb, kb.facts[fact_id], tests) or _while_unknown(kb, kb.facts[fact_id], tests):
            continue
        shown = " and ".join(f"'{t.source_text}'" for t in tests)
        return message("lint.contradiction", fact=fact_id, shown=shown), tests[-1].loc
    return None


def _while_unknown(kb: Knowledge, fact: FactDef, tests: list[FactTest]) -> bool:
    """Whether the tests all let the rule fire while the fact is unknown (a derived fact's bounds may
    still decide them; an input fact's domain decides them the way the engine does)."""
    if fact.formula:
        return all(t.or_unknown for t in tests)
    return all(check(kb, t, {}) is True for t in tests)


def undecided(kb: Knowledge, rule: Rule) -> list[tuple[str, Message, Loc]]:
    """Warnings: (code, message, where) for conditions that never decide anything or only hold unknown."""
    found = []
    by_fact: dict[str, list[FactTest]] = {}
    for cond in rule.when:
        if isinstance(cond, FactTest) and cond.fact in kb.facts and _value(kb, cond) is not None:
            by_fact.setdefault(cond.fact, []).append(cond)
    for fact_id, tests in by_fact.items():
        fact = kb.facts[fact_id]
        if fact.formula:
            continue
        if not satisfiable(kb, fact, tests) and _while_unknown(kb, fact, tests):
            shown = " and ".join(f"'{t.source_text}'" for t in tests)
            found.append(("only_while_unknown", message("lint.only_while_unknown", fact=fact_id, shown=shown),
                          tests[-1].loc))
        for test in tests:
            if truth(kb, test, {}) is True:
                found.append(("always_holds", message("lint.always_holds", condition=test.source_text, fact=fact_id),
                              test.loc))
    return found


def _value(kb: Knowledge, test: FactTest) -> float | bool | None:
    operand = test.operand
    if operand.kind == "name":
        threshold = kb.thresholds.get(str(operand.value))
        return threshold.value if threshold else None  # a comparison with another fact: not judged
    return operand.value  # type: ignore[return-value]


def satisfiable(kb: Knowledge, fact: FactDef, tests: list[FactTest]) -> bool:
    """Whether one known value of `fact` can meet every test."""
    if fact.type == "bool":
        allowed = {True, False}
        for test in tests:
            wanted = bool(_value(kb, test))
            allowed &= {wanted} if test.op == "==" else ({not wanted} if test.op == "!=" else allowed)
        return bool(allowed)
    low, high, whole = (-_INF, _INF, False) if fact.formula else _DOMAIN.get(fact.type, (-_INF, _INF, False))
    bounds = _Bounds(float(low), float(high))
    for test in tests:
        value = _value(kb, test)
        if isinstance(value, bool) or value is None:
            return True  # a type error: validation reports it
        bounds.add(test.op, float(value))
    return bounds.feasible(whole)


class _Bounds:
    """An interval with open or closed ends, plus values required or excluded."""

    def __init__(self, low: float, high: float) -> None:
        self.low, self.low_open, self.high, self.high_open = low, False, high, False
        self.equal: set[float] = set()
        self.unequal: set[float] = set()

    def add(self, op: str, value: float) -> None:
        if op in (">", ">=") and (value > self.low or (value == self.low and op == ">")):
            self.low, self.low_open = value, op == ">"
        elif op in ("<", "<=") and (value < self.high or (value == self.high and op == "<")):
            self.high, self.high_open = value, op == "<"
        elif op == "==":
            self.equal.add(value)
        elif op == "!=":
            self.unequal.add(value)

    def holds(self, value: float) -> bool:
        above = value > self.low or (value == self.low and not self.low_open)
        below = value < self.high or (value == self.high and not self.high_open)
        return above and below and value not in self.unequal

    def feasible(self, whole: bool) -> bool:
        if self.equal:
            value = next(iter(self.equal))
            return len(self.equal) == 1 and self.holds(value) and (not whole or float(value).is_integer())
        if whole:
            low = math.floor(self.low) + 1 if self.low_open else math.ceil(self.low)
            high = math.ceil(self.high) - 1 if self.high_open else math.floor(self.high)
            if low > high:
                return False
            return any(self.holds(float(v)) for v in range(low, min(high, low + len(self.unequal)) + 1))
        if self.low < self.high:
            return True
        return self.low == self.high and self.holds(self.low)
