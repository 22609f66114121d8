"""Run the compiled knowledge on one client in durable_rules and build the Result from the trace."""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from pathlib import Path
from typing import Any

from clientfire.errors import EngineError
from clientfire.messages import message

from . import assemble
from . import assemble_parts as parts
from .cache import load_compiled
from .client import ClientFacts, load_client
from .compile import compile_knowledge
from .derive import Estimates, client_fact, derive_facts, is_bound_key, run_trace
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

    @cached_property
    def orders(self) -> assemble.Orders:
        """The knowledge's items as the explanation parts read them (worked out once per knowledge base)."""
        return assemble.orders(self.kb)

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
        return Result.later(
            Parts(self.kb, self.orders, client, day, derived, values, fact, trace),
            client=client.name, verdict=found[0], strength=found[1], unknown_facts=open_facts,
            knowledge_version=self.kb.version, trace=tuple(trace), today=day.isoformat(),
            evidence=dict(client.evidence),
        )


class Parts:
    """The explanation parts of one evaluation, each worked out when the result's field is first read.

    Plain properties: the result keeps each part once read (`result._Later`), so only the signs, which the
    remedies read too, are kept here. Each part reads the run's conclusions grouped by kind and the
    knowledge's `Orders` (engine/assemble_parts.py), nothing looked up per part.
    """

    __slots__ = ("kb", "orders", "client", "day", "derived", "values", "fact", "trace", "_signs", "_kinds")

    def __init__(self, kb: Knowledge, orders: assemble.Orders, client: ClientFacts, day: dt.date,
                 derived: dict[str, Any], values: dict[str, Any], fact: dict[str, Any], trace: list[dict[str, Any]]) -> None:
        self.kb, self.orders, self.client, self.day, self.derived, self.values, self.fact, self.trace = (
            kb, orders, client, day, derived, values, fact, trace)
        self._signs: tuple[dict[str, Any], ...] | None = None
        self._kinds: assemble.Kinds | None = None

    def kinds(self) -> assemble.Kinds:
        """The run's conclusions grouped by kind."""
        if self._kinds is None:
            self._kinds = assemble.kinds_of(self.trace)
        return self._kinds

    @property
    def signs(self) -> tuple[dict[str, Any], ...]:
        """The signs found, with their evidence."""
        if self._signs is None:
            self._signs = tuple(parts.signs(self.orders, self.kinds(), self.values))
        return self._signs

    @property
    def remedies(self) -> tuple[dict[str, Any], ...]:
        """The remedies to try, with the signs each answers."""
        return tuple(parts.remedies(self.orders, self.kinds(), list(self.signs)))

    @property
    def guidance(self) -> tuple[dict[str, Any], ...]:
        """The exit plan (the client fact is JSON-ready already; estimates for details without a value)."""
        return tuple(parts.guidance(self.orders, self.kinds(), self.fact,
                                    Estimates(self.kb, self.values, self.day, self.orders.estimated)))

    @property
    def prevention(self) -> tuple[dict[str, Any], ...]:
        """What to put in the next contract."""
        return tuple(parts.prevention(self.orders, self.kinds()))

    @property
    def notices(self) -> tuple[dict[str, Any], ...]:
        """The notices the run concluded."""
        return tuple(parts.notices(self.orders, self.kinds()))

    @property
    def fired_rules(self) -> tuple[dict[str, Any], ...]:
        """Each firing's rule and sequence number."""
        return tuple([{"id": f["rule"], "seq": f["seq"]} for f in self.trace])

    @property
    def facts(self) -> dict[str, Any]:
        """The facts as given, grouped as in a client file."""
        return parts.facts_as_given(self.orders, self.client, self.fact, self.derived)

    @property
    def derived_facts(self) -> dict[str, Any]:
        """The derived facts settled (bounds left out), JSON-ready."""
        date = dt.date  # JSON-ready, the facts that are no bounds (`is_bound_key`)
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in self.derived.items() if ":" not in k}

    @property
    def bounds(self) -> dict[str, Any]:
        """What the known facts prove about each derived fact still without a value."""
        return parts.bounds(self.orders, self.values)
