"""The test oracle for `ask`: answer the questions it picks from a known client, as a user with that file would."""

from __future__ import annotations

from typing import Any

from clientfire.consult import Chooser
from clientfire.consult.screens import checklist_settings, covered, is_screen, parts_of
from clientfire.engine import Engine
from clientfire.engine.client import ClientFacts
from tests.conftest import TODAY

__all__ = ["screen_wrong", "oracle_wrong", "consult", "outcome"]


def screen_wrong(kb: Any, group: str, known: dict[str, Any]) -> bool:
    """Strict answer to a screen: `no` iff every fact of the group that the screen covers (has a calm value)
    is absent from `known` or equal to its calm value."""
    return any(f in known and known[f] != kb.facts[f].calm for f in covered(kb, group))


def oracle_wrong(engine: Engine, group: str, known: dict[str, Any], lenient: bool) -> bool:
    """Strict (`screen_wrong`), or lenient as a user would answer: `yes` only when putting the group's given
    facts at their calm values takes a sign away."""
    if not lenient:
        return screen_wrong(engine.kb, group, known)
    calm = {f: engine.kb.facts[f].calm for f in covered(engine.kb, group)}
    calmed = {**known, **{f: calm[f] for f in known if f in calm}}
    signs = [engine.evaluate(ClientFacts("x", dict(values)), TODAY).signs for values in (known, calmed)]
    return {s["id"] for s in signs[0]} != {s["id"] for s in signs[1]}


def consult(chooser: Chooser, known: dict[str, Any], lenient: bool = False
            ) -> tuple[list[str], dict[str, Any], set[str]]:
    """Answer every question `ask` picks from `known`; unknown (skip) where `known` has no answer.
    A screen is answered by the oracle; its `no` sets the calm values of the unknown facts it covers."""
    values: dict[str, Any] = {}
    closed: set[str] = set()
    asked: list[str] = []
    while (found := chooser.next(values, closed)) is not None:
        assert found.fact not in asked, f"{found.fact} asked twice"
        asked.append(found.fact)
        if is_screen(found.fact):
            group = found.fact.removeprefix("screen:")
            parts = [p for p in parts_of(chooser.kb, group) if oracle_wrong(chooser.oracle.engine, p, known, lenient)]
            if parts:  # a checklist: the parts that apply named, the others calm
                settings, answered = checklist_settings(chooser.kb, group, parts, values, closed)
                values.update(settings)
                closed.update(answered)
            elif not oracle_wrong(chooser.oracle.engine, group, known, lenient):
                values.update({f: chooser.kb.facts[f].calm for f in found.covers})
            closed.add(found.fact)
        elif found.fact in known:
            values[found.fact] = known[found.fact]
            values.update(chooser.settled(values, closed))  # what the answer settles (no staff: none suffer)
        else:
            closed.add(found.fact)
    return asked, values, closed


def outcome(engine: Engine, values: dict[str, Any]) -> tuple[str, str, list[str]]:
    """Verdict, strength and exit-plan ids of a full engine run on `values`."""
    result = engine.evaluate(ClientFacts("x", dict(values)), TODAY)
    return result.verdict, result.strength, [g["id"] for g in result.guidance]
