"""Read a fact condition against a client's values, three-valued: for evidence, explanations and the
search for facts that matter; never for verdicts (those come out of the engine).

Each condition is true, false or unknown for a client: true when it holds for every value the
unknown facts can take, false when for none, unknown otherwise (docs/knowledge-format.md). `values`
is what the engine is given: the known facts, the derived facts and their bounds (engine/bounds.py).
This mirrors, test for test, what engine/compile.py emits; tests/test_conditions.py pins the two together.
"""

from __future__ import annotations

from typing import Any

from .bounds import domain, fact_interval, unknown_inputs
from .bounds_arith import compare
from .model import FactTest, Knowledge, Match, SignsAtLeast

__all__ = ["required_value", "truth", "check", "status", "evidence", "condition_text", "STATUSES"]

#: a condition's status for a client: holds, fails, unknown, or presumed (unknown, let pass by `or unknown`)
STATUSES = ("holds", "fails", "unknown", "presumed")


def required_value(kb: Knowledge, test: FactTest, values: dict[str, Any]) -> tuple[Any, str | None]:
    """The value the fact is compared with, and the threshold id it comes from (if any)."""
    operand = test.operand
    if operand.kind == "name":
        name = str(operand.value)
        if name in kb.thresholds:
            return kb.thresholds[name].value, name
        return values.get(name), None
    return operand.value, None


def _numeric(kb: Knowledge, fact_id: str) -> bool:
    fact = kb.facts.get(fact_id)
    return fact is not None and (bool(fact.formula) or domain(fact) is not None)


def truth(kb: Knowledge, test: FactTest, values: dict[str, Any]) -> bool | None:
    """True, False, or None when the known facts do not decide the condition (`or unknown` aside)."""
    operand = test.operand
    if not _numeric(kb, test.fact):  # a yes/no fact: decided only when known
        value = values.get(test.fact)
        if value is None:
            return None
        return (value == operand.value) if test.op == "==" else (value != operand.value)
    left = fact_interval(kb, test.fact, values)
    if operand.kind == "name" and str(operand.value) in kb.facts:
        right = fact_interval(kb, str(operand.value), values)
    else:
        required, _ = required_value(kb, test, values)
        if isinstance(required, bool) or not isinstance(required, (int, float)):
            return None
        right = (required, required)
    return compare(left, test.op, right)


def check(kb: Knowledge, test: FactTest, values: dict[str, Any]) -> bool | None:
    """Whether the condition lets its rule fire: True, False, or None while unknown.

    A condition ending in `or unknown` passes while undecided (a presumption the result names).
    """
    return _passes(test, truth(kb, test, values))


def status(kb: Knowledge, test: FactTest, values: dict[str, Any]) -> str:
    """`holds`, `fails`, `unknown` or `presumed` (unknown, but `or unknown` lets it pass)."""
    return _status(test, truth(kb, test, values))


def _passes(test: FactTest, found: bool | None) -> bool | None:
    return True if found is None and test.or_unknown else found


def _status(test: FactTest, found: bool | None) -> str:
    if found is None:
        return "presumed" if test.or_unknown else "unknown"
    return "holds" if found else "fails"


def evidence(kb: Knowledge, test: FactTest, values: dict[str, Any]) -> dict[str, Any]:
    """One condition as evidence: the client's value (or proven bounds) against what the rule requires."""
    required, threshold = required_value(kb, test, values)
    decided = truth(kb, test, values)  # what check and status read, worked out once
    found: dict[str, Any] = {
        "fact": test.fact,
        "value": values.get(test.fact),
        "op": test.op,
        "required": required,
        "threshold": threshold,
        "or_unknown": test.or_unknown,
        "holds": _passes(test, decided),
        "status": _status(test, decided),
    }
    fact = kb.facts.get(test.fact)
    if found["value"] is None and fact is not None and fact.formula:  # what the known inputs prove about it
        lo, hi = fact_interval(kb, test.fact, values)
        found["bounds"] = [None if lo == float("-inf") else lo, None if hi == float("inf") else hi]
    whatever = unknown_inputs(kb, test.fact, values)
    if whatever:
        found["whatever"] = whatever  # unknown inputs the condition was decided without (when it is decided)
    return found


def _word(value: object) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def condition_text(cond: object) -> str:
    """A condition as it is written in a knowledge file: `x >= t`, `sign: late_payment`, `sign: {degree: serious}`."""
    if isinstance(cond, FactTest):
        suffix = " or unknown" if cond.or_unknown else ""
        return f"{cond.fact} {cond.op} {_word(cond.operand.value)}{suffix}"
    if isinstance(cond, Match):
        attrs = {name: [_word(v) for v in values] for name, values in cond.attrs}
        if set(attrs) == {"id"}:
            ids = attrs["id"]
            return f"{cond.kind}: {ids[0] if len(ids) == 1 else '[' + ', '.join(ids) + ']'}"
        parts = [f"{k}: {v[0] if len(v) == 1 else '[' + ', '.join(v) + ']'}" for k, v in attrs.items()]
        return f"{cond.kind}: {{{', '.join(parts)}}}"
    if isinstance(cond, SignsAtLeast):
        return f"signs_at_least: {cond.threshold}"
    return str(cond)
