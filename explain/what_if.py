"""WHAT IF: the smallest changes to a client's facts that change the verdict, each confirmed by the engine."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from clientfire.engine import assemble
from clientfire.engine.client import ClientFacts
from clientfire.engine.model import Knowledge, Match, SignsAtLeast
from clientfire.engine.probe import RuleView
from clientfire.engine.run import client_fact, run_trace
from clientfire.record import replace

from .candidates import all_values, candidates, distance, verdict_rules
from .why_not import feeds

__all__ = ["build_what_if", "MAX_PAIR_RUNS", "MAX_PER_VERDICT", "helpful_rules"]

Json = dict[str, Any]
Change = tuple[str, Any]
#: engine runs spent on pairs of changes, per verdict no single change reaches
MAX_PAIR_RUNS = 4
#: the smallest changes reported per verdict (known facts and unknown facts separately)
MAX_PER_VERDICT = 5


def helpful_rules(kb: Knowledge, verdicts: set[str]) -> set[str]:
    """The rules concluding one of `verdicts`, and the sign rules feeding them (two levels down)."""
    found = {r.id for r in kb.rules if r.then.kind == "verdict" and r.then.id in verdicts}
    for _ in range(2):
        for rule in [r for r in kb.rules if r.id in found]:
            for cond in rule.when:
                if isinstance(cond, Match):
                    found |= {r.id for r in kb.rules if feeds(cond, r)}
                elif isinstance(cond, SignsAtLeast):
                    found |= {r.id for r in kb.rules if r.then.kind == "sign"}
    return found


class _Search:
    """Engine runs memoised by what the run depends on: two changes alike for every rule give one run."""

    def __init__(self, engine: Any, client: ClientFacts, today: dt.date, base: Any) -> None:
        self.engine, self.client, self.today = engine, client, today
        self.kb: Knowledge = engine.kb
        self.view: RuleView = engine.view
        self.rules = verdict_rules(self.kb)
        self.verdict_only = replace(engine.compiled, phases=tuple(p for p in engine.compiled.phases if p != "advice"))
        self.values = all_values(self.kb, client.values, today)
        self.base = self.view.statuses(self.values)
        self.outcomes: dict[Any, tuple[str, str]] = {self.view.key(self.base): (base.verdict, base.strength)}
        self.exact: dict[frozenset[tuple[str, Any]], tuple[str, str]] = {}
        self.runs = 0
        ranks = [self.rank(r.then.id, str(r.then.attr("strength"))) for r in self.kb.rules if r.then.kind == "verdict"]
        self.base_rank, self.ranks = self.rank(base.verdict, base.strength), (min(ranks), max(ranks))

    def rank(self, verdict: str, strength: str) -> int:
        """How high a verdict and strength rank (the select layer picks the highest candidate)."""
        verdicts, strengths = [v.id for v in self.kb.verdicts], [s.id for s in self.kb.strengths]
        return verdicts.index(verdict) * 100 + strengths.index(strength)

    def direction(self, statuses: tuple[bool, ...]) -> int:
        """+1 when a change only adds (rules that now hold, first-layer facts), -1 when it only takes away.

        Rule conditions are positive patterns (the knowledge format has no negation) and the select
        layer takes the highest candidate, so a change that only adds can only raise the verdict,
        and one that only takes away can only lower it. Used to skip runs that cannot change it.
        """
        (old_facts, old), (new_facts, new) = self.view.key(self.base), self.view.key(statuses)
        if new_facts >= old_facts and all(n >= o for n, o in zip(new, old, strict=True)):
            return 1
        if new_facts <= old_facts and all(n <= o for n, o in zip(new, old, strict=True)):
            return -1
        return 0

    def cannot_change(self, statuses: tuple[bool, ...]) -> bool:
        """Already at the top (bottom) rank, and the change only adds (takes away)."""
        way = self.direction(statuses)
        return (way > 0 and self.base_rank == self.ranks[1]) or (way < 0 and self.base_rank == self.ranks[0])

    def statuses(self, changes: dict[str, Any]) -> tuple[bool, ...]:
        values = all_values(self.kb, {**self.client.values, **changes}, self.today)
        return self.view.updated(self.base, values, list(changes)) if changes else self.view.statuses(values)

    def outcome(self, changes: dict[str, Any], statuses: tuple[bool, ...]) -> tuple[str, str]:
        """The verdict with `changes`: run in the engine up to the select layer, once per key."""
        key = self.view.key(statuses)
        if key not in self.outcomes:
            self.runs += 1
            values = all_values(self.kb, {**self.client.values, **changes}, self.today)
            found = assemble.verdict_of(run_trace(self.verdict_only, client_fact(values)))
            self.outcomes[key] = found or ("", "")
            self.exact[frozenset(changes.items())] = self.outcomes[key]
        return self.outcomes[key]

    def confirm(self, changes: dict[str, Any]) -> tuple[str, str]:
        """`engine.evaluate` on the changed client: the full run that confirms a flip."""
        self.runs += 1
        result = self.engine.evaluate(replace(self.client, values={**self.client.values, **changes}), self.today)
        return result.verdict, result.strength

    def size(self, changes: dict[str, Any]) -> float:
        return sum(distance(self.client.values.get(f), v) for f, v in changes.items())

    def flip(self, changes: dict[str, Any], outcome: tuple[str, str]) -> Json:
        return {"changes": [{"fact": f, "from": _plain(self.client.values.get(f)), "to": v} for f, v in changes.items()],
                "verdict": outcome[0], "strength": outcome[1], "size": round(self.size(changes), 6)}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _singles(search: _Search, base: str) -> tuple[list[Json], dict[Change, tuple[bool, ...]]]:
    """Every single change; per fact and new verdict the smallest one; and each change's rule statuses."""
    best: dict[tuple[str, str], Json] = {}
    tried: dict[Change, tuple[bool, ...]] = {}
    for fact, value in candidates(search.kb, search.rules, search.values, search.today):
        statuses = search.statuses({fact: value})
        tried[(fact, value)] = statuses
        if statuses == search.base or search.cannot_change(statuses):
            continue
        outcome = search.outcome({fact: value}, statuses)
        if outcome[0] != base and (fact, outcome[0]) not in best:
            best[(fact, outcome[0])] = search.flip({fact: value}, outcome)
    return list(best.values()), tried


def _helpful(search: _Search, tried: dict[Change, tuple[bool, ...]], target: str, base: str) -> list[Change]:
    """Changes that switch on a rule towards `target`, or switch off one behind a higher verdict."""
    order = [v.id for v in search.kb.verdicts]
    up = helpful_rules(search.kb, {target})
    down = helpful_rules(search.kb, set(order[order.index(target) + 1:])) if order.index(target) < order.index(base) else set()
    found = []
    for change, statuses in tried.items():
        for rule, old, new in zip(search.view.rules, search.base, statuses, strict=True):
            if (new and not old and rule.id in up) or (old and not new and rule.id in down):
                found.append(change)
                break
    return found


def _pairs(search: _Search, tried: dict[Change, tuple[bool, ...]], target: str, base: str) -> Json | None:
    """The smallest pair of changes on two facts that gives `target`, within MAX_PAIR_RUNS runs."""
    useful = _helpful(search, tried, target, base)
    pairs = sorted(((a, b) for a, b in itertools.combinations(useful, 2) if a[0] != b[0]),
                   key=lambda p: (search.size(dict(p)), p[0][0], p[1][0], str(p[0][1]), str(p[1][1])))
    start = search.runs
    for a, b in pairs:
        if search.runs - start >= MAX_PAIR_RUNS:
            break
        changes = dict([a, b])
        statuses = search.statuses(changes)
        way = search.direction(statuses)
        if way and way * (search.rank(target, "none") - search.base_rank // 100 * 100) < 0:
            continue  # a change that only adds cannot lower the verdict (and one that takes away cannot raise it)
        outcome = search.outcome(changes, statuses)
        if outcome[0] == target:
            return search.flip(changes, outcome)
    return None


def _confirmed(search: _Search, flips: list[Json]) -> list[Json]:
    """Every reported change was run in the engine on exactly these facts; run the ones not yet run."""
    kept = []
    for flip in flips:
        changes = {c["fact"]: c["to"] for c in flip["changes"]}
        outcome = search.exact.get(frozenset(changes.items())) or search.confirm(changes)
        if outcome == (flip["verdict"], flip["strength"]):
            kept.append({**flip, "confirmed": True})
    return kept


def _smallest(flips: list[Json]) -> list[Json]:
    """The first MAX_PER_VERDICT flips per verdict, for known and for unknown facts."""
    kept: list[Json] = []
    seen: dict[tuple[str, bool], int] = {}
    for flip in flips:
        group = (flip["verdict"], any(c["from"] is None for c in flip["changes"]))
        seen[group] = seen.get(group, 0) + 1
        if seen[group] <= MAX_PER_VERDICT:
            kept.append(flip)
    return kept


def build_what_if(engine: Any, client: ClientFacts, today: dt.date, base: Any) -> Json:
    """WHAT IF for one client: flips by single changes (then pairs), and unknown facts that matter."""
    search = _Search(engine, client, today, base)
    singles, tried = _singles(search, base.verdict)
    order = [v.id for v in search.kb.verdicts]
    reached = {f["verdict"] for f in singles}
    pairs = [p for v in order if v != base.verdict and v not in reached
             for p in [_pairs(search, tried, v, base.verdict)] if p]

    def key(f: Json) -> tuple[Any, ...]:
        return order.index(f["verdict"]), len(f["changes"]), f["size"], f["changes"][0]["fact"]

    flips = _confirmed(search, _smallest(sorted(singles + pairs, key=key)))
    unknown = [f for f in flips if any(c["from"] is None for c in f["changes"])]
    reached = {f["verdict"] for f in flips}
    return {
        "verdict": base.verdict, "strength": base.strength,
        "flips": sorted((f for f in flips if f not in unknown), key=key),
        "unknown_facts": sorted(unknown, key=key),
        "not_reached": [v for v in order if v != base.verdict and v not in reached],
        "searched": {"single_changes": len(tried), "engine_runs": search.runs},
    }
