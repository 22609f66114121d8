"""WHAT IF candidates: fact values taken from the thresholds in the rules' conditions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from clientfire.engine.client import check_value
from clientfire.engine.conditions import required_value
from clientfire.engine.formulas import evaluate_formula, formula_names
from clientfire.engine.layers import layer_of
from clientfire.engine.model import NUMERIC_TYPES, FactTest, Knowledge, Rule
from clientfire.engine.probe import engine_values
from clientfire.errors import ClientfireError

__all__ = ["verdict_rules", "candidates", "all_values", "distance"]

Json = dict[str, Any]


def verdict_rules(kb: Knowledge) -> list[Rule]:
    """The rules that can change a verdict (sign, case and verdict layers) and test client facts."""
    return [r for r in kb.rules if layer_of(r) in ("signs", "case", "verdict")
            and any(isinstance(c, FactTest) for c in r.when)]


def all_values(kb: Knowledge, values: Json, today: dt.date) -> Json:
    """Input values plus what the derivation step adds (derived facts, proven bounds)."""
    return engine_values(kb, values, today)


def _around(kb: Knowledge, fact_id: str, target: Any) -> list[Any]:
    """Values at and just either side of `target` for a fact of numeric or bool type."""
    kind = kb.facts[fact_id].type
    if kind == "bool":
        return [True, False]
    if kind not in NUMERIC_TYPES or isinstance(target, bool) or not isinstance(target, (int, float)):
        return []
    return [target - 1, target, target + 1]


def _solve(formula: str, name: str, values: Json, target: float, today: dt.date) -> float | None:
    """The value of input `name` that puts `formula` at `target` (the formulas are linear in each input)."""
    at0 = evaluate_formula(formula, {**values, name: 0}, today)
    at1 = evaluate_formula(formula, {**values, name: 1}, today)
    if at0 is None or at1 is None or at1 == at0:
        return None
    return (target - at0) / (at1 - at0)


def _targets(kb: Knowledge, test: FactTest, values: Json, today: dt.date) -> list[tuple[str, Any]]:
    """(fact, value) pairs worth trying for one condition."""
    required, _ = required_value(kb, test, values)
    found: list[tuple[str, Any]] = []
    fact = kb.facts.get(test.fact)
    if fact is None:
        return found
    if not fact.formula:
        found += [(test.fact, v) for v in _around(kb, test.fact, required)]
    elif isinstance(required, (int, float)) and not isinstance(required, bool):
        for name in formula_names(fact.formula):
            if kb.facts[name].type in NUMERIC_TYPES:
                point = _solve(fact.formula, name, values, float(required), today)
                if point is not None:
                    found += [(name, v) for v in _around(kb, name, round(point))]
    other = test.operand.value if test.operand.kind == "name" and test.operand.value in kb.facts else None
    if other is not None and values.get(test.fact) is not None:
        found += [(str(other), v) for v in _around(kb, str(other), values[test.fact])]
    return found


def distance(old: Any, new: Any) -> float:
    """How big a change is: 1 for a bool or a fact that was unknown, else the relative change."""
    if old is None or isinstance(old, bool) or isinstance(new, bool):
        return 1.0
    return abs(new - old) / max(abs(old), abs(new), 1)


def candidates(kb: Knowledge, rules: list[Rule], values: Json, today: dt.date) -> list[tuple[str, Any]]:
    """Valid (fact, value) changes from the thresholds, each different from the current value, sorted."""
    seen: set[tuple[str, Any]] = set()
    result = []
    for rule in rules:
        for test in (c for c in rule.when if isinstance(c, FactTest)):
            for fact_id, raw in _targets(kb, test, values, today):
                try:
                    value = check_value(kb.facts[fact_id], raw)
                except ClientfireError:
                    continue
                key = (fact_id, value)
                if key not in seen and (fact_id not in values or values[fact_id] != value):
                    seen.add(key)
                    result.append(key)
    order = list(kb.facts)
    return sorted(result, key=lambda c: (order.index(c[0]), distance(values.get(c[0]), c[1]), str(c[1])))
