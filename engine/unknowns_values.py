"""The values tried for an unknown fact: either side of where a condition on it turns, then a spread."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from .bounds import DOMAINS, formula_interval
from .bounds_arith import INF
from .conditions import required_value
from .model import NUMERIC_TYPES, FactTest, Knowledge
from .probe import Probe

__all__ = ["candidates", "grid", "GRID"]

Json = dict[str, Any]
#: values tried for the unknown inputs of a formula when several are needed together
GRID = (0, 1, 10, 1_000, 100_000)


def _integer(kb: Knowledge, fact_id: str) -> bool:
    return kb.facts[fact_id].type in ("count", "scale")


def _in_domain(kb: Knowledge, fact_id: str, value: float) -> bool:
    lo, hi = DOMAINS[kb.facts[fact_id].type]
    return lo <= value <= hi and not (_integer(kb, fact_id) and not float(value).is_integer())


def _around(kb: Knowledge, fact_id: str, point: float) -> list[float]:
    """Values just either side of a point where a condition turns, valid for the fact."""
    base: list[float]
    if _integer(kb, fact_id):
        base = [math.floor(point) - 1, math.floor(point), math.ceil(point), math.ceil(point) + 1]
    else:
        base = [point - 1, point, point + 1]
    return [int(v) if float(v).is_integer() else round(v, 6) for v in base if _in_domain(kb, fact_id, v)]


def _turning_points(kb: Knowledge, fact_id: str, test: FactTest, values: Json, today: dt.date) -> list[float]:
    """Where `test` can turn as `fact_id` moves, the other facts as they are (bounds are linear in each input)."""
    required, _ = required_value(kb, test, values)
    if isinstance(required, bool) or not isinstance(required, (int, float)):
        return []
    tested = kb.facts[test.fact]
    if not tested.formula:
        return [float(required)]
    points = []
    at = [formula_interval(kb, tested.formula, {**values, fact_id: x}, today) for x in (0, 1)]
    if at[0] is None or at[1] is None:
        return []
    for end in (0, 1):
        start, slope = at[0][end], at[1][end] - at[0][end]
        if math.isfinite(start) and math.isfinite(slope) and slope != 0:
            points.append((required - start) / slope)
    return points


def candidates(kb: Knowledge, probe: Probe, fact_id: str) -> list[Any]:
    """The values worth trying for one unknown input fact."""
    fact = kb.facts[fact_id]
    if fact.type == "bool":
        return [True, False]
    if fact.type == "date":
        offsets = {-30, 30}
        for test in _tests_on(probe, fact_id):
            required, _ = required_value(kb, test, probe.known)
            if isinstance(required, (int, float)) and not isinstance(required, bool):
                offsets |= {int(required) - 1, int(required), int(required) + 1}
        return [day for d in sorted(offsets) if (day := _shifted(probe.today, d)) is not None]
    if fact.type not in NUMERIC_TYPES:
        return []
    found: set[float] = {0}
    for test in _tests_on(probe, fact_id):
        for point in _turning_points(kb, fact_id, test, probe.known, probe.today):
            if math.isfinite(point):
                found.update(_around(kb, fact_id, point))
    return sorted(found)


def _shifted(day: dt.date, days: int) -> dt.date | None:
    """`day` moved by `days`, or None past the calendar's ends (a `--today` of 0001-01-01)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def _tests_on(probe: Probe, fact_id: str) -> list[FactTest]:
    view = probe.view
    return [t for i in view.users.get(fact_id, []) for t in view.tests[i] if fact_id in view.inputs(t)]


def grid(kb: Knowledge, fact_id: str, own: list[Any]) -> list[Any]:
    """The values tried for a fact in completions: its own candidates `own` first, then a spread."""
    fact = kb.facts[fact_id]
    own = list(own)
    if fact.type in ("bool", "date"):
        return own
    lo, hi = DOMAINS.get(fact.type, (0, INF))
    spread = [v for v in (*GRID, *([hi] if math.isfinite(hi) else [])) if lo <= v <= hi and v not in own]
    return own + list(dict.fromkeys(spread))  # each value once: a scale's top (10) is in GRID too
