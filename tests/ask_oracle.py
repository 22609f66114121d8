"""The test oracle for `ask`: answer the questions it picks from a known client, as a user with that file would."""

from __future__ import annotations

from typing import Any

from bench.ask import answer as bench_answer
from bench.ask import judged
from clientfire.consult import Chooser
from clientfire.consult.screens import covered
from clientfire.engine import Engine
from clientfire.engine.client import ClientFacts
from tests.conftest import TODAY

__all__ = ["screen_wrong", "facts_wrong", "oracle_wrong", "answer", "consult", "outcome"]


def screen_wrong(kb: Any, group: str, known: dict[str, Any]) -> bool:
    """Strict answer to a screen: `no` iff every fact of the group that the screen covers (has a calm value)
    is absent from `known` or equal to its calm value."""
    return any(f in known and known[f] != kb.facts[f].calm for f in covered(kb, group))


def facts_wrong(engine: Engine, facts: list[str], known: dict[str, Any], lenient: bool) -> bool:
    """Whether something is wrong among `facts` (a screen's, or a checklist item's). Strict: one is given away
    from its calm value. Lenient, as a user would answer: putting the given ones at their calm values takes a
    sign away."""
    calm = {f: engine.kb.facts[f].calm for f in facts if f in known}
    if not lenient:
        return any(known[f] != value for f, value in calm.items())
    signs = [engine.evaluate(ClientFacts("x", dict(values)), TODAY).signs for values in (known, {**known, **calm})]
    return {s["id"] for s in signs[0]} != {s["id"] for s in signs[1]}


def oracle_wrong(engine: Engine, group: str, known: dict[str, Any], lenient: bool) -> bool:
    """A screen's answer over every fact it covers (`facts_wrong`)."""
    return facts_wrong(engine, covered(engine.kb, group), known, lenient)


#: one question answered from `known`, unknown (skip) where it has no answer: the simulated user `bench/ask.py`
#: measures (a screen's `no` sets the calm values of the unknown facts it covers; a checklist names the parts that
#: apply, over the facts each item stands for; a fact list names the facts `known` gives as true, the others take
#: their calm value, false)
answer = bench_answer


def consult(chooser: Chooser, known: dict[str, Any], lenient: bool = False, start: dict[str, Any] | None = None,
            shut: set[str] | None = None) -> tuple[list[str], dict[str, Any], set[str]]:
    """Answer every question `ask` picks from `known` (`answer`), after the answers in `start`; the questions,
    the answers and what was closed; the facts in `shut` are skipped from the start."""
    known = judged(chooser.kb, known, chooser.today)  # the judgements its figures make (a loss shown: costs more)
    values: dict[str, Any] = dict(start or {})
    closed: set[str] = set(shut or ())
    asked: list[str] = []
    while (found := chooser.next(values, closed)) is not None:
        assert found.fact not in asked, f"{found.fact} asked twice"
        asked.append(found.fact)
        answer(chooser, found, known, values, closed, lenient)
    return asked, values, closed


def outcome(engine: Engine, values: dict[str, Any]) -> tuple[str, str, list[str]]:
    """Verdict, strength and exit-plan ids of a full engine run on `values`."""
    result = engine.evaluate(ClientFacts("x", dict(values)), TODAY)
    return result.verdict, result.strength, [g["id"] for g in result.guidance]
