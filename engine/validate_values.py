"""Validate the numbers of a knowledge base: thresholds and condition numbers finite and in the range of the facts
they are compared with; formulas that use each fact as its type allows (`days_until()` takes one date fact)."""

from __future__ import annotations

from clientfire.errors import KnowledgeError
from clientfire.messages import Message, message

from .client import MAX_NUMBER as MAX_FACT
from .formulas import FormulaError, formula_uses
from .model import NUMERIC_TYPES, FactDef, FactTest, Knowledge, Loc
from .parse import MAX_NUMBER, in_range

__all__ = ["check_numbers", "check_formula_types", "fact_range"]

_RANGES = {"percent": (0, 100), "scale": (0, 10)}


def _err(said: Message, loc: Loc, **extra: str | None) -> KnowledgeError:
    return KnowledgeError(said, path=loc.path, line=loc.line, **extra)  # type: ignore[arg-type]


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
            raise _err(message("engine.threshold_range", name=threshold.id, most=MAX_NUMBER, value=repr(threshold.value)),
                       threshold.loc, key=threshold.id)
    for rule in kb.rules:
        for test in rule.when:
            if isinstance(test, FactTest):
                _check_test(kb, test, rule.id)


def _check_test(kb: Knowledge, test: FactTest, rule_id: str) -> None:
    operand = test.operand
    if operand.kind == "number" and not in_range(operand.value):  # type: ignore[arg-type]
        raise _err(message("engine.number_range", condition=test.source_text, most=MAX_NUMBER), test.loc,
                   rule_id=rule_id, key=test.fact)
    fact = kb.facts.get(test.fact)
    span = fact_range(fact) if fact else None
    threshold = kb.thresholds.get(str(operand.value)) if operand.kind == "name" else None
    value = threshold.value if threshold else operand.value if operand.kind == "number" else None
    if span is None or value is None or isinstance(value, bool):
        return
    low, high = span
    if not low <= value <= high:  # type: ignore[operator]
        said = dict(value=repr(value), fact=test.fact, type=fact.type if fact else "?", low=low, high=high,
                    condition=test.source_text)
        raise _err(message("engine.threshold_decides", name=threshold.id, **said) if threshold
                   else message("engine.number_decides", **said),
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
                    raise _err(message("formula.days_until_type", name=name, type=used.type, formula=fact.formula) if used
                               else message("formula.days_until_no_fact", formula=fact.formula),
                               fact.loc, key=fact.id)
            elif used is not None and used.type not in NUMERIC_TYPES:
                raise _err(message("formula.arithmetic", name=name, type=used.type, formula=fact.formula),
                           fact.loc, key=fact.id)
