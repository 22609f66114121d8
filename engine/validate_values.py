"""Validate the numbers of a knowledge base: thresholds and condition numbers finite and in the range of the facts
they are compared with; formulas that use each fact as its type allows (`days_until()` takes one date fact)."""

from __future__ import annotations

from clientfire.errors import KnowledgeError

from .client import MAX_NUMBER as MAX_FACT
from .formulas import FormulaError, formula_uses
from .model import NUMERIC_TYPES, FactDef, FactTest, Knowledge, Loc
from .parse import MAX_NUMBER, in_range

__all__ = ["check_numbers", "check_formula_types", "fact_range"]

_RANGES = {"percent": (0, 100), "scale": (0, 10)}


def _err(message: str, loc: Loc, **extra: str | None) -> KnowledgeError:
    return KnowledgeError(message, path=loc.path, line=loc.line, **extra)  # type: ignore[arg-type]


def fact_range(fact: FactDef) -> tuple[float, float] | None:
    """The values a client fact can take (client files are checked against them); None for a derived fact."""
    if fact.formula is not None or fact.type not in NUMERIC_TYPES:
        return None
    return _RANGES.get(fact.type, (0, MAX_FACT))


def check_numbers(kb: Knowledge) -> None:
    """Every threshold finite; every number a fact is compared with inside the range that fact can take.

    A threshold of -5 for a count would flag every client, one of 150 for a percentage none: both refused.
    """
    for threshold in kb.thresholds.values():
        if isinstance(threshold.value, bool) or not in_range(threshold.value):
            raise _err(f"threshold '{threshold.id}' must be a finite number between -{MAX_NUMBER:g} and "
                       f"{MAX_NUMBER:g}, not {threshold.value!r}", threshold.loc, key=threshold.id)
    for rule in kb.rules:
        for test in rule.when:
            if isinstance(test, FactTest):
                _check_test(kb, test, rule.id)


def _check_test(kb: Knowledge, test: FactTest, rule_id: str) -> None:
    operand = test.operand
    if operand.kind == "number" and not in_range(operand.value):  # type: ignore[arg-type]
        raise _err(f"the number in '{test.source_text}' must be finite and between -{MAX_NUMBER:g} and "
                   f"{MAX_NUMBER:g}", test.loc, rule_id=rule_id, key=test.fact)
    fact = kb.facts.get(test.fact)
    span = fact_range(fact) if fact else None
    threshold = kb.thresholds.get(str(operand.value)) if operand.kind == "name" else None
    value = threshold.value if threshold else operand.value if operand.kind == "number" else None
    if span is None or value is None or isinstance(value, bool):
        return
    low, high = span
    if not low <= value <= high:  # type: ignore[operator]
        what = f"threshold '{threshold.id}' is {value!r}" if threshold else f"the number {value!r}"
        raise _err(f"{what}, but '{test.fact}' ({fact.type if fact else '?'}) is always between {low:g} and "
                   f"{high:g}: '{test.source_text}' would be decided by the number alone",
                   threshold.loc if threshold else test.loc, rule_id=rule_id,
                   key=threshold.id if threshold else test.fact)


def check_formula_types(kb: Knowledge) -> None:
    """`days_until()` takes one date fact; arithmetic takes numeric facts (a date or yes/no is no number)."""
    for fact in kb.facts.values():
        if fact.formula is None:
            continue
        try:
            uses = formula_uses(fact.formula)
        except FormulaError:
            continue  # reported by the reference checks
        for name, function in uses:
            used = kb.facts.get(name) if name else None
            if function == "days_until":
                if used is None or used.type != "date":
                    shown = f"'{name}' ({used.type})" if used else "something that is no fact"
                    raise _err(f"days_until() takes a date fact, not {shown}, in formula '{fact.formula}'",
                               fact.loc, key=fact.id)
            elif used is not None and used.type not in NUMERIC_TYPES:
                raise _err(f"'{name}' is a {used.type} fact and cannot be used in arithmetic, in formula "
                           f"'{fact.formula}' (dates go through days_until())", fact.loc, key=fact.id)
