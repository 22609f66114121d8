"""Read a fact condition against a client's values: for evidence and explanations, never for verdicts."""

from __future__ import annotations

import operator
from typing import Any

from .model import FactTest, Knowledge, Match, SignsAtLeast

__all__ = ["required_value", "check", "evidence", "condition_text"]

_COMPARE = {"==": operator.eq, "!=": operator.ne, ">=": operator.ge, "<=": operator.le,
            ">": operator.gt, "<": operator.lt}


def required_value(kb: Knowledge, test: FactTest, values: dict[str, Any]) -> tuple[Any, str | None]:
    """The value the fact is compared with, and the threshold id it comes from (if any)."""
    operand = test.operand
    if operand.kind == "name":
        name = str(operand.value)
        if name in kb.thresholds:
            return kb.thresholds[name].value, name
        return values.get(name), None
    return operand.value, None


def check(kb: Knowledge, test: FactTest, values: dict[str, Any]) -> bool | None:
    """True or False, or None when the fact (or the fact compared with) is unknown."""
    value = values.get(test.fact)
    if value is None:
        return True if test.or_unknown else None
    required, _ = required_value(kb, test, values)
    if required is None:
        return None
    return bool(_COMPARE[test.op](value, required))


def evidence(kb: Knowledge, test: FactTest, values: dict[str, Any]) -> dict[str, Any]:
    """One condition as evidence: the client's value against what the rule requires."""
    required, threshold = required_value(kb, test, values)
    return {
        "fact": test.fact,
        "value": values.get(test.fact),
        "op": test.op,
        "required": required,
        "threshold": threshold,
        "or_unknown": test.or_unknown,
        "holds": check(kb, test, values),
    }


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
