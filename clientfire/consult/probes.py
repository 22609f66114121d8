"""Hypothetical answers to try: values on both sides of every threshold a fact is tested against."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterator
from typing import Any

from clientfire.engine.client import check_value
from clientfire.engine.conditions import check, required_value
from clientfire.engine.formulas import evaluate_formula
from clientfire.engine.model import NUMERIC_TYPES, FactDef, FactTest, Knowledge
from clientfire.errors import ClientfireError

from .links import Links

__all__ = ["probe_values", "straddle", "valid", "satisfying", "formula_settings", "GRIDS"]

#: values tried for a fact that only enters a formula (no threshold of its own), by fact type
GRIDS: dict[str, tuple[float, ...]] = {
    "percent": (0, 50, 100),
    "scale": (0, 5, 10),
    "count": (0, 10, 1000, 1_000_000),
    "number": (0, 10, 1000, 1_000_000),
    "money": (0, 10, 1000, 1_000_000),
}
_DATE_OFFSETS = (-30, 30)
MAX_SETTINGS = 3


def valid(fact: FactDef, value: Any) -> Any | None:
    """`value` as a valid answer for `fact`, or None when the fact cannot take it."""
    try:
        return check_value(fact, value)
    except ClientfireError:
        return None


def straddle(test: FactTest, required: Any, integer: bool) -> tuple[Any, ...]:
    """Two values, one on each side of `<fact> <op> required`."""
    if isinstance(required, bool):
        return (True, False)
    if not isinstance(required, (int, float)):
        return ()
    if test.op in (">=", "<"):
        top = math.ceil(required) if integer else required
        return (top - 1, top)
    base = math.floor(required) if integer else required
    return (base, base + 1)


def probe_values(kb: Knowledge, links: Links, fact_id: str, today: dt.date) -> tuple[Any, ...]:
    """The values worth trying for one fact, sorted, each a valid answer."""
    fact = kb.facts[fact_id]
    if fact.type == "bool":
        return (True, False)
    if fact.type == "date":
        return tuple(today + dt.timedelta(days=d) for d in _DATE_OFFSETS
                     if dt.date.min + dt.timedelta(days=-d if d < 0 else 0) <= today <= dt.date.max - dt.timedelta(days=max(d, 0)))
    if fact.type not in NUMERIC_TYPES:
        return ()
    found: set[Any] = set()
    integer = fact.type in ("count", "scale")
    for feed in links.feeds(fact_id, ("signs", "case", "verdict", "advice")):
        if feed.via is None:
            for test in feed.tests():
                found.update(straddle(test, required_value(kb, test, {})[0], integer))
        else:
            found.update(GRIDS[fact.type])
    if not found or fact_id in links.shown:
        found.update(GRIDS[fact.type])
    checked = {valid(fact, v) for v in found}
    return tuple(sorted(v for v in checked if v is not None))


def satisfying(kb: Knowledge, links: Links, test: FactTest, today: dt.date) -> Any | None:
    """A probe value of the test's (input) fact that makes the test hold, if there is one."""
    for value in probe_values(kb, links, test.fact, today):
        if check(kb, test, {test.fact: value}):
            return value
    return None


def formula_settings(kb: Knowledge, links: Links, test: FactTest, values: dict[str, Any], free: list[str],
                     today: dt.date, vary: str | None = None) -> Iterator[dict[str, Any]]:
    """Settings of the `free` inputs of a derived fact under which `test` on it holds (vary is None),
    or under which changing `vary` alone flips it (vary given; `vary` is left out of the setting)."""
    derived = kb.facts[test.fact]
    others = [f for f in free if f != vary]
    grids = [probe_values(kb, links, f, today) for f in others]
    found = 0
    for combo in itertools.product(*grids):
        setting = dict(zip(others, combo, strict=True))
        base = {**values, **setting}
        if vary is None:
            outcomes = {_holds(kb, test, derived, base, today)}
        else:
            outcomes = {_holds(kb, test, derived, {**base, vary: v}, today)
                        for v in probe_values(kb, links, vary, today)}
        if (vary is None and outcomes == {True}) or (vary is not None and {True, False} <= outcomes):
            yield setting
            found += 1
            if found >= MAX_SETTINGS:
                return


def _holds(kb: Knowledge, test: FactTest, derived: FactDef, values: dict[str, Any], today: dt.date) -> bool | None:
    value = evaluate_formula(derived.formula or "", values, today)
    return check(kb, test, {**values, test.fact: value}) if value is not None else None
