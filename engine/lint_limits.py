"""Lint: the durable_rules limits a compiled knowledge base would still hit (engine/network.py), with its rules."""

from __future__ import annotations

from clientfire.messages import message

from .bounds import bounded_facts
from .compile import Compiled
from .findings import ERROR, Finding, finding_at
from .model import Knowledge
from .network import LIMITS, MAX_FACT_KEYS, over_limits, shape

__all__ = ["limit_findings", "client_keys"]

_SHOWN = 3
_ENGINE_KEYS = 2  # `t` and the session id beside the facts


def client_keys(kb: Knowledge) -> int:
    """The most keys the one client fact can carry: every fact, the proven bounds, the engine's own keys."""
    return len(kb.facts) - 1 + 2 * len(bounded_facts(kb)) + _ENGINE_KEYS


def limit_findings(kb: Knowledge, compiled: Compiled) -> list[Finding]:
    """One error per limit the network passes even split into tiers, naming a few of the rules involved."""
    by_engine_name = {name: action.rule_id for name, action in compiled.actions.items()}
    locs = {rule.id: rule.loc for rule in kb.rules}
    found = []
    for limit in over_limits(shape(compiled.definition[compiled.name])):
        rule_ids = sorted({by_engine_name.get(name, name) for name in limit.rules})
        shown = ", ".join(rule_ids[:_SHOWN])
        named = message("limit.more", rules=shown, more=len(rule_ids) - _SHOWN) if len(rule_ids) > _SHOWN else shown
        first = next((rid for rid in rule_ids if rid in locs), None)
        said = message("limit.over", count=limit.count, what=message(f"limit.{limit.what}"), limit=LIMITS[limit.what],
                       rules=named)
        found.append(finding_at(ERROR, "engine_limit", said, locs.get(first) if first else None, rule_id=first))
    keys = client_keys(kb)
    if keys > MAX_FACT_KEYS:
        fact = next(f for f in reversed(list(kb.facts.values())))
        found.append(finding_at(ERROR, "engine_limit", message("limit.keys", keys=keys, limit=MAX_FACT_KEYS),
                                fact.loc, key=fact.id))
    return found
