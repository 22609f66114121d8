"""A rule's conditions as evidence, read off tables laid out once per knowledge base.

`conditions.evidence` reads each condition from the knowledge's records (the fact's definition, the threshold,
the bound keys, the formula's inputs) per client; here each fact condition is one flat reader made once, so a
sign's evidence after a run touches little beyond the client's values. The same dicts, key for key
(tests/test_evidence_fast.py compares the two on every condition of every example).
"""

from __future__ import annotations

from typing import Any

from .bounds import fact_interval, hi_key, lo_key
from .bounds_arith import INF, compare
from .conditions import _numeric
from .formulas import formula_names
from .model import FactTest, Knowledge, Rule, SignsAtLeast

__all__ = ["Reader", "rule_readers", "rule_evidence", "test_evidence"]

_ANY = (-INF, INF)
#: how an interval is read: the fact, its bound keys and what it ranges over while unknown (fact_interval's)
_Side = tuple[str, str, str, tuple[float, float]]
#: fact, op, operand value, or unknown?, numeric?, required, threshold, operand fact read for `required`
#: (None: required is fixed), the left side, the right side (None: the required value), formula inputs (or None)
Reader = tuple[str, str, Any, bool, bool, Any, Any, Any, _Side, Any, Any]


def _side(kb: Knowledge, fact_id: str) -> _Side:
    return (fact_id, lo_key(fact_id), hi_key(fact_id), fact_interval(kb, fact_id, {}))


def _reader(kb: Knowledge, test: FactTest) -> Reader:
    operand = test.operand
    required: Any = operand.value
    threshold, named = None, None
    if operand.kind == "name":
        name = str(operand.value)
        if name in kb.thresholds:
            required, threshold = kb.thresholds[name].value, name
        else:
            required, named = None, name
    right = _side(kb, str(operand.value)) if operand.kind == "name" and str(operand.value) in kb.facts else None
    fact = kb.facts.get(test.fact)
    inputs = tuple(formula_names(fact.formula)) if fact is not None and fact.formula else None
    return (test.fact, test.op, operand.value, test.or_unknown, _numeric(kb, test.fact), required, threshold, named,
            _side(kb, test.fact), right, inputs)


def rule_readers(kb: Knowledge, rule: Rule) -> tuple[Any, ...]:
    """A rule's evidence readers, in condition order: a fact test's reader, or a `signs_at_least` threshold's
    (id, value)."""
    found: list[Any] = []
    for cond in rule.when:
        if isinstance(cond, FactTest):
            found.append(_reader(kb, cond))
        elif isinstance(cond, SignsAtLeast):
            found.append((cond.threshold, kb.thresholds[cond.threshold].value))
    return tuple(found)


def _interval(side: _Side, value: Any, values: dict[str, Any]) -> tuple[float, float]:
    """`fact_interval` with the keys and the unknown interval looked up once per knowledge."""
    if value is not None:
        return (value, value) if not isinstance(value, bool) and isinstance(value, (int, float)) else _ANY
    lo, hi = values.get(side[1]), values.get(side[2])
    if lo is not None or hi is not None:
        return (-INF if lo is None else lo, INF if hi is None else hi)
    return side[3]


def test_evidence(reader: Reader, values: dict[str, Any]) -> dict[str, Any]:
    """`conditions.evidence` of the condition the reader was made from."""
    fact, op, operand, or_unknown, numeric, required, threshold, named, left, right, inputs = reader
    if named is not None:
        required = values.get(named)
    value = values.get(fact)
    if not numeric:
        decided = None if value is None else ((value == operand) if op == "==" else (value != operand))
    else:
        interval = _interval(left, value, values)
        if right is not None:
            decided = compare(interval, op, _interval(right, values.get(right[0]), values))
        elif isinstance(required, bool) or not isinstance(required, (int, float)):
            decided = None
        else:
            decided = compare(interval, op, (required, required))
    if decided is None:
        holds, status = (True, "presumed") if or_unknown else (None, "unknown")
    else:
        holds, status = decided, ("holds" if decided else "fails")
    found: dict[str, Any] = {"fact": fact, "value": value, "op": op, "required": required, "threshold": threshold,
                             "or_unknown": or_unknown, "holds": holds, "status": status}
    if inputs is not None:
        if value is None:  # what the known inputs prove about it
            lo, hi = _interval(left, None, values)
            found["bounds"] = [None if lo == -INF else lo, None if hi == INF else hi]
        whatever = [name for name in inputs if values.get(name) is None]
        if whatever:
            found["whatever"] = whatever
    return found


def rule_evidence(readers: tuple[Any, ...], values: dict[str, Any], articles: list[str]) -> list[dict[str, Any]]:
    """The evidence of one rule's conditions for a client (`articles`: the observed signs' distinct articles)."""
    result = []
    for reader in readers:
        if len(reader) == 2:
            result.append({"fact": "distinct_article_signs", "value": len(articles), "op": ">=", "required": reader[1],
                           "threshold": reader[0], "or_unknown": False, "holds": True, "articles": articles})
        else:
            result.append(test_evidence(reader, values))
    return result
