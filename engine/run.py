"""Run the compiled knowledge on one client in durable_rules and build the Result from the trace."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from pathlib import Path
from typing import Any

from clientfire.errors import EngineError
from clientfire.messages import message

from . import assemble
from .cache import load_compiled
from .client import ClientFacts, load_client
from .compile import compile_knowledge
from .derive import client_fact, derive_facts, estimates, is_bound_key, run_trace
from .model import Knowledge
from .probe import Outcome, Probe, RuleView
from .result import Result
from .unknowns import presumed_facts, unknown_facts

__all__ = ["Engine", "derive_facts", "client_fact", "run_trace", "is_bound_key"]


class Engine:
    """A validated, compiled knowledge base ready to evaluate clients (compile once, run many)."""

    def __init__(self, kb: Knowledge | None = None, directory: str | Path | None = None) -> None:
        if kb is None:  # a knowledge folder: compiled once, then read from the user's cache
            self.kb, self.compiled = load_compiled(directory)
        else:
            from .lint import refuse_network_errors  # networkx: not imported on the cached path
            from .validate import validate

            self.kb = validate(kb)
            self.compiled = compile_knowledge(self.kb)
            refuse_network_errors(self.kb, self.compiled)

    @cached_property
    def view(self) -> RuleView:
        """Every rule with fact conditions, indexed for hypothetical runs (built once per engine)."""
        return RuleView(self.kb, self.compiled)

    def load_client(self, path: str | Path, label: str | None = None) -> ClientFacts:
        """Read and check a client file against this knowledge's vocabulary."""
        return load_client(path, self.kb, label)

    def probe(self, client: ClientFacts, today: dt.date) -> Probe:
        """Hypothetical runs around one client's facts (unknown facts, WHAT IF)."""
        return Probe(self.kb, self.compiled, client.values, today, self.view)

    def evaluate(self, client: ClientFacts, today: dt.date | None = None, unknowns: bool = False) -> Result:
        """Run the rules on one client and return the explained result.

        `unknowns=True` also searches the unknown facts that could change it (engine/unknowns.py: more
        engine runs, so only where a person reads the result); without it `unknown_facts` is None and the
        renderings say they were not looked for.
        """
        day = today or dt.date.today()
        derived = derive_facts(self.kb, client.values, day)
        values = {**client.values, **derived}
        fact = client_fact(values)  # the values as JSON-ready data too (dates as ISO text)
        # what needs no trace first: a run sets up a fresh engine state (~2 MB here), which leaves the
        # processor's caches cold for whatever Python work comes after it
        given, bounds, estimated = client.as_given(), assemble.bounds_of(self.kb, values), estimates(self.kb, values, day)
        derived_json = _jsonable({k: v for k, v in derived.items() if not is_bound_key(k)})
        trace = run_trace(self.compiled, fact)
        found = assemble.verdict_of(trace)
        if found is None:
            raise EngineError(message("engine.no_single_verdict"))
        open_facts = None
        if unknowns:
            probe = self.probe(client, day)
            signs = [fact for fact, _ in assemble.derived_of(trace, "sign")]
            open_facts = tuple(unknown_facts(self.kb, probe, Outcome.of_trace(self.kb, trace), signs,
                                             presumed_facts(self.kb, probe, trace)))
        signs = assemble.signs_of(self.kb, trace, values)
        return Result(
            client=client.name, verdict=found[0], strength=found[1], signs=tuple(signs),
            remedies=tuple(assemble.remedies_of(self.kb, trace, signs)),
            guidance=tuple(assemble.guidance_of(self.kb, trace, fact, estimated)),
            prevention=tuple(assemble.prevention_of(self.kb, trace)),
            notices=tuple(assemble.notices_of(self.kb, trace)),
            fired_rules=tuple({"id": f["rule"], "seq": f["seq"]} for f in trace),
            unknown_facts=open_facts,
            knowledge_version=self.kb.version, facts=given, derived_facts=derived_json,
            bounds=bounds, trace=tuple(trace), today=day.isoformat(),
            evidence=dict(client.evidence),
        )


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}
