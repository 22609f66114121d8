"""Run the compiled knowledge on one client in durable_rules and build the Result from the trace."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from clientfire.errors import EngineError

from . import assemble
from .cache import load_compiled
from .client import ClientFacts, load_client
from .compile import Compiled, compile_knowledge
from .formulas import evaluate_formula
from .model import Knowledge
from .result import Result
from .runtime import open_session
from .validate import validate

__all__ = ["Engine", "derive_facts", "client_fact", "run_trace"]


def derive_facts(kb: Knowledge, values: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """The derived facts (formulas) that can be computed from the known values."""
    derived = {}
    for fact in kb.facts.values():
        if fact.formula:
            value = evaluate_formula(fact.formula, values, today)
            if value is not None:
                derived[fact.id] = round(value, 6) if isinstance(value, float) else value
    return derived


def client_fact(values: dict[str, Any]) -> dict[str, Any]:
    """The one `client` fact asserted into the engine: JSON values only (dates as ISO text)."""
    fact: dict[str, Any] = {"t": "client"}
    for key, value in sorted(values.items()):
        fact[key] = value.isoformat() if isinstance(value, dt.date) else value
    return fact


def run_trace(compiled: Compiled, fact: dict[str, Any]) -> list[dict[str, Any]]:
    """Assert the client fact, then one phase fact per layer; return the firings in order."""
    with open_session(compiled) as session:
        session.assert_fact(fact)
        for phase in compiled.phases:
            session.assert_fact({"t": "phase", "layer": phase})
        return [dict(f) for f in session.firings]


class Engine:
    """A validated, compiled knowledge base ready to evaluate clients (compile once, run many)."""

    def __init__(self, kb: Knowledge | None = None, directory: str | Path | None = None) -> None:
        if kb is None:  # a knowledge folder: compiled once, then read from the user's cache
            self.kb, self.compiled = load_compiled(directory)
        else:
            self.kb = validate(kb)
            self.compiled = compile_knowledge(self.kb)

    def load_client(self, path: str | Path, label: str | None = None) -> ClientFacts:
        """Read and check a client file against this knowledge's vocabulary."""
        return load_client(path, self.kb, label)

    def evaluate(self, client: ClientFacts, today: dt.date | None = None) -> Result:
        """Run the rules on one client and return the explained result."""
        day = today or dt.date.today()
        derived = derive_facts(self.kb, client.values, day)
        values = {**client.values, **derived}
        trace = run_trace(self.compiled, client_fact(values))
        return self._result(client, values, derived, trace, day)

    def _result(self, client: ClientFacts, values: dict[str, Any], derived: dict[str, Any],
                trace: list[dict[str, Any]], day: dt.date) -> Result:
        found = assemble.verdict_of(trace)
        if found is None:
            raise EngineError("the rules reached no single verdict (is a rule for 'keep' missing?)")
        signs = assemble.signs_of(self.kb, trace, values)
        return Result(
            client=client.name, verdict=found[0], strength=found[1], signs=tuple(signs),
            remedies=tuple(assemble.remedies_of(self.kb, trace, signs)),
            guidance=tuple(assemble.guidance_of(self.kb, trace, _jsonable(values))),
            prevention=tuple(assemble.prevention_of(self.kb, trace)),
            fired_rules=tuple({"id": f["rule"], "seq": f["seq"]} for f in trace),
            unknown_facts=tuple(assemble.unknown_facts_of(self.kb, trace, values)),
            knowledge_version=self.kb.version, facts=client.as_given(), derived_facts=_jsonable(derived),
            trace=tuple(trace), today=day.isoformat(), evidence=dict(client.evidence),
        )


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}
