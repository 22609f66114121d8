"""Hypothetical runs: the engine's outcome for changed facts, memoised by what a run depends on.

A run depends only on which rules' fact conditions pass (engine/conditions.check mirrors the
compiled tests exactly): the first layer's rules test client facts only, so the facts it asserts
follow from their statuses; every later rule adds its own fact conditions to what the earlier
layers concluded. Two sets of facts with the same statuses give the same run, so each distinct
key is run in durable_rules once (per process and knowledge version) and read back after.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import OrderedDict
from typing import Any

from clientfire.record import Record

from .assemble import derived_of, verdict_of
from .bounds import bounded_facts, hi_key, input_bounds, lo_key
from .compile import Compiled
from .conditions import check
from .derive import client_fact, derive_facts, derive_one, run_trace
from .formulas import formula_names
from .layers import layer_of
from .model import FactTest, Knowledge

__all__ = ["Outcome", "RuleView", "Probe", "engine_values", "MEMO_SIZE"]

Json = dict[str, Any]
#: outcomes kept per process (shared by every client evaluated with the same knowledge)
MEMO_SIZE = 20_000
_MEMO: OrderedDict[tuple[str, Any], Outcome] = OrderedDict()


class Outcome(Record):
    """What a run concludes that a user acts on: verdict, strength and the exit plan (steps and notes)."""

    verdict: str
    strength: str
    plan: tuple[tuple[str, tuple[str, ...]], ...]  # (guidance id, its notes), in knowledge order

    @classmethod
    def of_trace(cls, kb: Knowledge, trace: list[Json]) -> Outcome:
        """The outcome recorded in a run's trace."""
        found = verdict_of(trace) or ("", "")
        notes: dict[str, set[str]] = {}
        for fact, _ in derived_of(trace, "guidance"):
            notes.setdefault(fact["name"], set()).update([fact["note"]] if fact.get("note") else [])
        plan = tuple((g.id, tuple(sorted(notes[g.id]))) for g in kb.guidance if g.id in notes)
        return cls(found[0], found[1], plan)


def engine_values(kb: Knowledge, values: Json, today: dt.date) -> Json:
    """Input values plus what the derivation step adds: derived facts and proven bounds."""
    return {**values, **derive_facts(kb, values, today)}


class RuleView:
    """Every rule with fact conditions, read against a client's values (three-valued, as the engine reads them)."""

    def __init__(self, kb: Knowledge, compiled: Compiled) -> None:
        self.kb = kb
        self.rules = [r for r in kb.rules if any(isinstance(c, FactTest) for c in r.when)]
        self.tests = [[c for c in r.when if isinstance(c, FactTest)] for r in self.rules]
        self.first = [layer_of(r) == "signs" for r in self.rules]
        self.asserts = [json.dumps(compiled.actions[r.id].asserts, sort_keys=True) for r in self.rules]
        self.users: dict[str, list[int]] = {}
        for index, tests in enumerate(self.tests):
            for fact in {name for test in tests for name in self.inputs(test)}:
                self.users.setdefault(fact, []).append(index)

    def inputs(self, test: FactTest) -> set[str]:
        """The input facts a condition depends on (a derived fact's formula inputs)."""
        names = {test.fact} | ({str(test.operand.value)} if test.operand.kind == "name" else set())
        found = set()
        for name in names:
            fact = self.kb.facts.get(name)
            if fact is None:
                continue  # a threshold
            found |= set(formula_names(fact.formula)) if fact.formula else {name}
        return found

    def statuses(self, values: Json) -> tuple[bool, ...]:
        """Per rule: do all its fact conditions let it fire?"""
        return tuple(all(check(self.kb, c, values) is True for c in tests) for tests in self.tests)

    def updated(self, base: tuple[bool, ...], values: Json, changed: list[str]) -> tuple[bool, ...]:
        """`base` with the rules that use a changed fact checked again on `values`."""
        found = list(base)
        for index in {i for fact in changed for i in self.users.get(fact, [])}:
            found[index] = all(check(self.kb, c, values) is True for c in self.tests[index])
        return tuple(found)

    def key(self, statuses: tuple[bool, ...]) -> tuple[frozenset[str], tuple[bool, ...]]:
        """What the engine's run depends on: the facts the first layer asserts, the other rules' statuses."""
        facts = frozenset(a for a, s, f in zip(self.asserts, statuses, self.first, strict=True) if f and s)
        return facts, tuple(s for s, f in zip(statuses, self.first, strict=True) if not f)


class Probe:
    """The engine's outcome on hypothetical facts for one client (every answer from durable_rules)."""

    def __init__(self, kb: Knowledge, compiled: Compiled, values: Json, today: dt.date,
                 view: RuleView | None = None) -> None:
        self.kb, self.compiled, self.today = kb, compiled, today
        self.view = view or RuleView(kb, compiled)
        self.values = dict(values)
        self.known = engine_values(kb, self.values, today)
        self.base = self.view.statuses(self.known)
        self.runs = 0
        self._dependents: dict[str, list[Any]] = {}
        for fact in kb.facts.values():
            for name in formula_names(fact.formula) if fact.formula else ():
                self._dependents.setdefault(name, []).append(fact)

    def known_with(self, changes: Json) -> Json:
        """What the engine would be given with `changes` to the input facts (only what they affect is
        derived again)."""
        if not changes:
            return self.known
        known = {**self.known, **changes}
        for derived in {d.id: d for name in changes for d in self._dependents.get(name, [])}.values():
            for key in (derived.id, lo_key(derived.id), hi_key(derived.id)):
                known.pop(key, None)
            known.update(derive_one(self.kb, derived, known, self.today))
        if any(name in bounded_facts(self.kb) for name in changes):
            known.update(input_bounds(self.kb, known))
        return known

    def statuses(self, changes: Json) -> tuple[bool, ...]:
        """Rule statuses with `changes` made to the input facts."""
        return self.view.updated(self.base, self.known_with(changes), list(changes))

    def outcome(self, changes: Json, statuses: tuple[bool, ...] | None = None) -> Outcome:
        """The outcome with `changes`: run in the engine once per key (per process and knowledge version)."""
        found = statuses if statuses is not None else self.statuses(changes)
        key = (self.compiled.name, self.view.key(found))
        cached = _MEMO.get(key)
        if cached is not None:
            _MEMO.move_to_end(key)
            return cached
        self.runs += 1
        outcome = Outcome.of_trace(self.kb, run_trace(self.compiled, client_fact(self.known_with(changes))))
        _MEMO[key] = outcome
        if len(_MEMO) > MEMO_SIZE:
            _MEMO.popitem(last=False)
        return outcome
