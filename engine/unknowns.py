"""Exact unknowns: the unknown facts whose value could change the verdict, its strength or the exit plan.

Each unknown input fact is tried at the values where a rule's condition on it turns (either side of
every threshold it meets, directly or through a formula); a fact that matters only together with
others is tried with values that complete a rule needing them all. Every change reported was
concluded by durable_rules on exactly those facts (engine/probe.py), so a fact is listed only when
some value of it, alone or with the others named, gives a different verdict, strength or exit plan.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterator
from typing import Any

from .bounds import DOMAINS, formula_interval
from .bounds_arith import INF
from .conditions import check, required_value, truth
from .model import NUMERIC_TYPES, FactTest, Knowledge, Match, Rule
from .probe import Outcome, Probe

__all__ = ["unknown_facts", "presumed_facts", "CHANGE_KINDS", "MAX_CASES", "GRID"]

Json = dict[str, Any]
#: what an unknown fact could change, most important first (the ranking of the list)
CHANGE_KINDS = ("verdict", "strength", "exit_plan")
#: distinct outcomes reported per fact
MAX_CASES = 3
#: values tried for the unknown inputs of a formula when several are needed together
GRID = (0, 1, 10, 1_000, 100_000)
_MAX_GRID = 2_000
#: completed rules run per rule, at most (each with one more run per fact it needs)
_MAX_WITNESSES = 8


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


def _candidates(kb: Knowledge, probe: Probe, fact_id: str) -> list[Any]:
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


def _case(kb: Knowledge, base: Outcome, found: Outcome, changes: Json) -> tuple[str, Json] | None:
    """How `found` differs from `base`: the kind of change and what it is; None when it doesn't."""
    if found == base:
        return None
    kind = "verdict" if found.verdict != base.verdict else "strength" if found.strength != base.strength else "exit_plan"
    old, new = dict(base.plan), dict(found.plan)
    case: Json = {"facts": {k: _plain(v) for k, v in changes.items()}, "verdict": found.verdict,
                  "strength": found.strength}
    if kind == "exit_plan":
        case["adds"] = [g for g in new if g not in old or new[g] != old[g]]
        case["removes"] = [g for g in old if g not in new]
    return kind, case


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _sign_matches(match: Match, fact: Json) -> bool:
    return all(fact.get("name" if attr == "id" else attr) in options for attr, options in match.attrs)


class _Search:
    """The search for one client: single changes first, then completions of rules that need several."""

    def __init__(self, kb: Knowledge, probe: Probe, base: Outcome, signs: list[Json]) -> None:
        self.kb, self.probe, self.base, self.signs = kb, probe, base, signs
        self.found: dict[str, Json] = {}
        self.candidates = {f: _candidates(kb, probe, f) for f in probe.view.users}

    def record(self, fact_id: str, kind: str, case: Json, together: bool) -> None:
        """Keep a case for `fact_id`; a change of the fact alone outranks one needing other facts."""
        entry = self.found.setdefault(fact_id, {"fact": fact_id, "could_change": kind, "together": together,
                                                "cases": []})
        if together and not entry["together"]:
            return
        if CHANGE_KINDS.index(kind) < CHANGE_KINDS.index(entry["could_change"]):
            entry["could_change"] = kind
        seen = {(c["verdict"], c["strength"], tuple(c.get("adds", ())), tuple(c.get("removes", ()))) for c in entry["cases"]}
        if len(entry["cases"]) < MAX_CASES and (case["verdict"], case["strength"], tuple(case.get("adds", ())),
                                                tuple(case.get("removes", ()))) not in seen:
            entry["cases"].append(case)

    def singles(self, unknown: list[str]) -> None:
        """Each unknown fact at each value where a condition on it turns, the others left unknown."""
        for fact_id in unknown:
            for value in self.candidates.get(fact_id, []):
                statuses = self.probe.statuses({fact_id: value})
                if statuses == self.probe.base:
                    continue
                found = _case(self.kb, self.base, self.probe.outcome({fact_id: value}, statuses), {fact_id: value})
                if found:
                    self.record(fact_id, found[0], found[1], together=False)

    def completions(self, unknown: set[str]) -> None:
        """Rules that need several unknown facts at once: values that complete them, and for each fact,
        whether taking it away again changes what the engine concludes (then it matters, together)."""
        view, known = self.probe.view, self.probe.known
        for index, rule in enumerate(view.rules):
            tests = view.tests[index]
            if self.probe.base[index] or any(check(self.kb, t, known) is False for t in tests):
                continue
            if not self._verdict_allows(rule):
                continue
            needed = sorted({f for t in tests if check(self.kb, t, known) is None for f in view.inputs(t)} & unknown)
            todo = {f for f in needed if f not in self.found or self.found[f]["together"]}
            extra = self._signs_for(rule, unknown)
            if extra is None or not todo or len(needed) + len(extra) < 2:
                continue
            self._complete(tests, needed, extra, todo)

    def _complete(self, tests: list[FactTest], needed: list[str], extra: Json, todo: set[str]) -> None:
        """One pass over completions of the rule: for each fact still to confirm, one that needs it (taking
        the fact away makes a condition undecided again) and whose outcome differs without it."""
        grids = [self._grid(n) for n in needed]
        if math.prod(len(g) for g in grids) > _MAX_GRID:
            return
        tried = dict.fromkeys(todo, 0)
        for combo in itertools.product(*grids):
            witness = {**extra, **dict(zip(needed, combo, strict=True))}
            if not all(check(self.kb, t, self.probe.known_with(witness)) is True for t in tests):
                continue
            for fact_id in sorted(todo):
                without = {k: v for k, v in witness.items() if k != fact_id}
                if tried[fact_id] >= _MAX_WITNESSES or all(
                        check(self.kb, t, self.probe.known_with(without)) is True for t in tests):
                    continue  # the rule holds without it: this completion does not need the fact
                tried[fact_id] += 1
                change = _case(self.kb, self.probe.outcome(without), self.probe.outcome(witness), witness)
                if change:
                    self.record(fact_id, change[0], change[1], together=True)
                    todo.discard(fact_id)
            if not todo or all(n >= _MAX_WITNESSES for f, n in tried.items() if f in todo):
                return

    def _verdict_allows(self, rule: Rule) -> bool:
        """An advice rule whose `verdict:` pattern the verdict does not meet cannot change the plan."""
        for cond in rule.when:
            if isinstance(cond, Match) and cond.kind == "verdict":
                ids = dict(cond.attrs).get("id")
                if ids and self.base.verdict not in ids:
                    return False
        return True

    def _signs_for(self, rule: Rule, unknown: set[str]) -> Json | None:
        """Facts that give a sign the rule looks for and the run has not found (None when none can)."""
        extra: Json = {}
        for cond in rule.when:
            if not (isinstance(cond, Match) and cond.kind == "sign") or any(_sign_matches(cond, s) for s in self.signs):
                continue
            found = next((w for w in self._sign_witnesses(cond, unknown)), None)
            if found is None:
                return None
            extra.update(found)
        return extra

    def _sign_witnesses(self, match: Match, unknown: set[str]) -> Iterator[Json]:
        view, known = self.probe.view, self.probe.known
        for index, rule in enumerate(view.rules):
            conclusion = self.probe.compiled.actions[rule.id].asserts[0]
            if not view.first[index] or conclusion.get("t") != "sign" or not _sign_matches(match, conclusion):
                continue
            witness: Json = {}
            for test in view.tests[index]:
                if check(self.kb, test, known) is True:
                    continue
                value = next((v for v in self.candidates.get(test.fact, [])
                              if test.fact in unknown and check(self.kb, test, {**known, test.fact: v}) is True), None)
                if value is None:
                    break
                witness[test.fact] = value
            else:
                yield witness

    def _grid(self, fact_id: str) -> list[Any]:
        """The values tried for a fact in completions: where its conditions turn first, then a spread."""
        fact = self.kb.facts[fact_id]
        own = list(self.candidates.get(fact_id, []))
        if fact.type in ("bool", "date"):
            return own
        lo, hi = DOMAINS.get(fact.type, (0, INF))
        spread = [v for v in (*GRID, *([hi] if math.isfinite(hi) else [])) if lo <= v <= hi and v not in own]
        return own + spread


def _reach(kb: Knowledge, base: Outcome, entry: Json) -> int:
    """How far the fact's cases move the verdict and strength (in ranks of the select layer)."""
    verdicts, strengths = [v.id for v in kb.verdicts], [s.id for s in kb.strengths]

    def rank(verdict: str, strength: str) -> int:
        return verdicts.index(verdict) * 100 + strengths.index(strength) if verdict in verdicts else 0

    return max((abs(rank(c["verdict"], c["strength"]) - rank(base.verdict, base.strength)) for c in entry["cases"]),
               default=0)


def presumed_facts(kb: Knowledge, probe: Probe, trace: list[Json]) -> set[str]:
    """Unknown input facts a fired rule let pass (`or unknown`): the result rests on them."""
    fired = {f["rule"] for f in trace}
    found: set[str] = set()
    for rule, tests in zip(probe.view.rules, probe.view.tests, strict=True):
        if rule.id in fired:
            for test in tests:
                if test.or_unknown and check(kb, test, probe.known) is True and truth(kb, test, probe.known) is None:
                    found |= {f for f in probe.view.inputs(test) if probe.values.get(f) is None}
    return found


def unknown_facts(kb: Knowledge, probe: Probe, base: Outcome, signs: list[Json], presumed: set[str]) -> list[Json]:
    """Every unknown input fact that could change the outcome, ranked: verdict changes first, then the
    strength, then the exit plan; a fact that changes it alone before one that needs others; one the
    result presumes (`presumed`) before one that would add to it; the bigger change first; then in
    knowledge order. Each with the cases that show it (facts set, what the engine concluded then)."""
    used = set(probe.view.users)
    unknown = [f for f, d in kb.facts.items() if not d.formula and d.type != "text" and f in used
               and probe.values.get(f) is None]
    search = _Search(kb, probe, base, signs)
    search.singles(unknown)
    search.completions(set(unknown))
    order = list(kb.facts)
    entries = sorted(search.found.values(), key=lambda e: (CHANGE_KINDS.index(e["could_change"]), e["together"],
                                                            e["fact"] not in presumed, -_reach(kb, base, e),
                                                            order.index(e["fact"])))
    return [{"fact": e["fact"], "could_change": e["could_change"], "alone": not e["together"],
             "cases": e["cases"]} for e in entries]

