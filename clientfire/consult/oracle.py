"""Run the real engine on hypothetical answers (cached): what verdict, signs and exit plan they give."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from clientfire.engine import ClientFacts, Engine
from clientfire.engine.assemble import derived_of, verdict_of
from clientfire.engine.run import client_fact, derive_facts, run_trace
from clientfire.errors import EngineError
from clientfire.messages import message

__all__ = ["Oracle", "Outcome", "Run"]

#: (verdict, strength)
Outcome = tuple[str, str]
Key = tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Run:
    """One engine run on a set of answers: the verdict and strength, and the signs found."""

    outcome: Outcome
    signs: frozenset[tuple[str, str, bool]]  # (sign id, degree, remedy_tried)
    fired: frozenset[str]  # the rules that fired


class Oracle:
    """Answers "what would the engine say if ...": every answer goes through durable_rules."""

    def __init__(self, engine: Engine, today: dt.date) -> None:
        self.engine = engine
        self.today = today
        self.runs = 0
        self._cache: dict[Key, Run] = {}
        self._plans: dict[Key, tuple[Any, ...]] = {}

    def run(self, values: dict[str, Any]) -> Run:
        """The verdict, strength and signs for these answers (the engine's own layers and select rules)."""
        key = tuple(sorted(values.items()))
        found = self._cache.get(key)
        if found is None:
            self.runs += 1
            known = {**values, **derive_facts(self.engine.kb, values, self.today)}
            trace = run_trace(self.engine.compiled, client_fact(known))
            verdict = verdict_of(trace)
            if verdict is None:
                raise EngineError(message("engine.no_single_verdict"))
            signs = frozenset((f["name"], f["degree"], bool(f["remedy_tried"])) for f, _ in derived_of(trace, "sign"))
            found = self._cache[key] = Run(verdict, signs, frozenset(f["rule"] for f in trace))
        return found

    def outcome(self, values: dict[str, Any]) -> Outcome:
        """(verdict, strength) for these answers."""
        return self.run(values).outcome

    def plan(self, values: dict[str, Any]) -> tuple[Any, ...]:
        """The exit plan and prevention for these answers: items, the details they show, their notes."""
        key = tuple(sorted(values.items()))
        found = self._plans.get(key)
        if found is None:
            self.runs += 1
            result = self.engine.evaluate(ClientFacts("hypothetical", dict(values)), self.today)
            found = self._plans[key] = (
                result.verdict, result.strength,
                tuple((g["id"], tuple(sorted(g["details"])), tuple(g["notes"])) for g in result.guidance),
                tuple(p["id"] for p in result.prevention),
            )
        return found
