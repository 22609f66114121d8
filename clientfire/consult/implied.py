"""Answers that settle another fact: a warning notice says two answers contradict each other
(`staff_suffering == true` with `has_staff == false`), so one answer rules the other out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clientfire.engine.conditions import check
from clientfire.engine.model import FactTest, Knowledge

__all__ = ["Implication", "implications", "implied"]


@dataclass(frozen=True)
class Implication:
    """When `trigger` holds, `fact` cannot satisfy the test the notice pairs with it: it takes `value`
    (its calm value, which fails that test)."""

    trigger: FactTest
    fact: str
    value: Any
    rule: str


def implications(kb: Knowledge, exit_facts: list[str]) -> list[Implication]:
    """From the rules of warning notices on two input facts, the ones whose trigger is a fact that feeds
    no verdict rule (`practice.has_staff`): asking it settles the other fact without asking that."""
    warnings = {n.id for n in kb.notices if n.level == "warning"}
    found = []
    for rule in kb.rules:
        tests = [c for c in rule.when if isinstance(c, FactTest)]
        if rule.then.kind != "notice" or rule.then.id not in warnings or len(tests) != 2 or len(rule.when) != 2:
            continue
        for trigger, other in (tests, tests[::-1]):
            calm = kb.facts[other.fact].calm
            if trigger.fact in exit_facts and calm is not None and check(kb, other, {other.fact: calm}) is False:
                found.append(Implication(trigger, other.fact, calm, rule.id))
    return found


def implied(kb: Knowledge, rules: list[Implication], values: dict[str, Any], closed: set[str]) -> dict[str, Any]:
    """The values the answers so far settle for facts still unknown (and not skipped)."""
    return {i.fact: i.value for i in rules
            if i.fact not in values and i.fact not in closed and check(kb, i.trigger, values) is True}
