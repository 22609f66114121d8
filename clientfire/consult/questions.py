"""Choosing the next question: a fact whose answer could still change what the engine concludes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from clientfire.engine import Engine
from clientfire.engine.layers import layer_of
from clientfire.engine.model import FactTest
from clientfire.engine.run import derive_facts
from clientfire.explain.evidence import format_value

from .assessment import Assessment, joint_changes
from .implied import implications, implied
from .links import EXIT_LAYERS, VERDICT_LAYERS, Links
from .lists import list_for, list_instead, named_part_list
from .oracle import Oracle
from .probes import probe_values
from .scenarios import Scenarios, rule_open
from .screens import calm_settings, group_of, is_list, screen_id, screens_of
from .settle import settling_first

__all__ = ["Assessment", "Chooser", "PHASES"]

#: verdict: facts that can change the verdict or its strength; exit: facts that only shape the exit plan
PHASES = {"verdict": VERDICT_LAYERS, "exit": EXIT_LAYERS}
#: how many yes/no facts deep `_floor` looks (3**depth engine runs at most)
MAX_FLOOR_DEPTH = 3


class Chooser:
    """Picks questions by re-running the engine on hypothetical answers (see docs/ask.md)."""

    def __init__(self, engine: Engine, today: dt.date, links: Links | None = None) -> None:
        self.kb = engine.kb
        self.today = today
        self.links = links or Links(engine.kb, engine.compiled)
        self.oracle = Oracle(engine, today)
        self.scenarios = Scenarios(self.kb, self.links, today)
        self._settled: dict[Any, list[Assessment]] = {}
        self.order = {f: i for i, f in enumerate(self.links.inputs)}
        #: the highest verdict candidate each fact can lead to (an answer can only add candidates,
        #: unless the fact is tested with `or unknown`)
        self.reach = {f: max((self._rank(c) for c in self.links.candidates(f)), default=-1)
                      for f in self.links.inputs}
        #: fact -> the other facts every one of its verdict rules also tests (`days_overdue` only counts with
        #: unpaid invoices): asked first, as a person would ask whether an invoice is unpaid before how late it is
        self.gates = {f: self._gates(f) for f in self.links.verdict_facts()}
        self.implications = implications(self.kb, self.links.exit_facts())
        self.probes: Callable[[str], tuple[Any, ...]] = lru_cache(maxsize=None)(
            lambda fact: probe_values(self.kb, self.links, fact, today))

    def _gates(self, fact: str) -> frozenset[str]:
        """Facts of the same group, listed before `fact`, that every verdict rule on `fact` also tests."""
        tested = [{c.fact for c in feed.rule.when if isinstance(c, FactTest)} for feed in self.links.feeds(fact, VERDICT_LAYERS)]
        found = set.intersection(*tested) if tested else set()
        return frozenset(f for f in found if f in self.order and self.order[f] < self.order[fact]
                         and group_of(f) == group_of(fact))

    def phase_of(self, fact: str) -> str | None:
        """`verdict` or `exit`, or None for a fact no rule uses."""
        if fact in self.links.verdict_facts():
            return "verdict"
        return "exit" if fact in self.links.exit_facts() else None

    def next(self, values: dict[str, Any], closed: set[str]) -> Assessment | None:
        """The best next question, or None when no unknown fact can change the outcome any more."""
        for phase in PHASES:
            found = self.candidates(phase, values, closed, first_later=True)
            if found:
                named = named_part_list(self, found, values, closed) if phase == "verdict" else None
                if named is not None:
                    return self.trigger_for(named, values, closed) or named
                best = self.screen_for(found, values, closed) or list_for(self, found[0], values, closed) or found[0]
                return self.trigger_for(best, values, closed) or best
        return None

    def settled(self, values: dict[str, Any], closed: set[str]) -> dict[str, Any]:
        """Facts the answers settle without asking (`has_staff` no: no staff suffer), with their values."""
        return implied(self.kb, self.implications, values, closed)

    def trigger_for(self, best: Assessment, values: dict[str, Any], closed: set[str]) -> Assessment | None:
        """Before a question on a fact another answer can settle (staff suffering, also as a fact list's item),
        that answer (whether any staff work with the client): asked once, instead, when still unknown; a solo
        freelancer then never reads about staff."""
        listed = is_list(best.fact)
        if best.phase != "verdict" or (best.covers and not listed):  # a screen's `no` settles it: no extra question
            return None
        asked = set(best.covers) if listed else {best.fact}
        for rule in self.implications:
            trigger = rule.trigger.fact
            if rule.fact in asked and trigger not in values and trigger not in closed:
                found = self.assess(rule.fact, values, closed)
                changes = tuple((f"{rule.fact} = {format_value(v)}", o) for v, o in found.changes) if found else ()
                return Assessment(trigger, "verdict", best.now, best.base, changes, best.assumed, rule.rule,
                                  covers=(rule.fact,))
        return None

    def screen_for(self, found: list[Assessment], values: dict[str, Any], closed: set[str]) -> Assessment | None:
        """The screen of the best question's group, asked instead of it when a `no` would settle two or more
        facts of that group that can still change the verdict; None when there is no such screen."""
        best = found[0]
        if best.phase != "verdict":
            return None
        for group in screens_of(self.kb, group_of(best.fact)):
            if screen_id(group) not in closed:
                screen = self._screen(group, found, values, closed)
                if screen is not None:
                    return list_instead(self, screen, values, closed)
        return None

    def _screen(self, group: str, found: list[Assessment], values: dict[str, Any],
                closed: set[str]) -> Assessment | None:
        best = found[0]
        calm = calm_settings(self.kb, group, values, closed)
        if best.fact not in calm:
            return None
        members = [a for a in found if a.fact in calm]
        if not best.now:  # facts that matter only with other answers: look for a second one in the group
            members += [a for f in calm if f != best.fact and (a := self.assess(f, values, closed))][:1]
        if len(members) < 2:
            return None
        changes = joint_changes(members, best)
        return Assessment(screen_id(group), "verdict", best.now, best.base, changes, best.assumed, best.rule,
                          covers=tuple(calm))

    def candidates(self, phase: str, values: dict[str, Any], closed: set[str],
                   first_later: bool = False) -> list[Assessment]:
        """Facts of one phase that can still change the outcome, best first.

        Facts whose answer alone can change it come first (most different outcomes, then the
        highest verdict they can reach, then knowledge order); facts that matter only together
        with other unknown facts follow, in knowledge order.
        """
        if phase == "verdict":  # exit answers feed no verdict rule: the verdict phase depends only on its own facts
            own = set(self.links.verdict_facts())
            key = (tuple(sorted((k, v) for k, v in values.items() if k in own)), frozenset(closed & own), first_later)
            if key not in self._settled:
                self._settled[key] = self._candidates(phase, values, closed, first_later)
            return self._settled[key]
        return self._candidates(phase, values, closed, first_later)

    def _candidates(self, phase: str, values: dict[str, Any], closed: set[str], first_later: bool) -> list[Assessment]:
        open_facts = self._open(phase, values, closed)
        now = [a for f in open_facts if (a := self._now(f, phase, values)) is not None]
        if now and phase == "exit":  # the exit plan: what settles the most first (is a contract running at all?)
            return settling_first(sorted(now, key=self._score), self.probes,
                                  lambda other, fact, v: self._now(other, phase, {**values, fact: v}) is not None)
        if now:
            return self._gated_first(sorted(now, key=self._score))
        later = []
        # a group whose screen was answered `yes` (or named in a checklist) is followed up first
        for fact in sorted(open_facts, key=lambda f: screen_id(group_of(f)) not in closed):
            found = self._later(fact, phase, values, closed)
            if found is not None:
                later.append(found)
                if first_later:
                    break
        return later

    def _gated_first(self, found: list[Assessment]) -> list[Assessment]:
        """The best question's gate first when it can change the outcome too (unpaid invoices before days)."""
        for _ in range(len(found)):
            gates = self.gates.get(found[0].fact, frozenset())
            first = next((a for a in found if a.fact in gates), None)
            if first is None:
                break
            found = [first, *(a for a in found if a is not first)]
        return found

    def assess(self, fact: str, values: dict[str, Any], closed: set[str]) -> Assessment | None:
        """Why one fact matters now (or could matter with other answers), or None when it cannot."""
        phase = self.phase_of(fact)
        if phase is None or fact in values:
            return None
        return self._now(fact, phase, values) or self._later(fact, phase, values, closed - {fact})

    def _score(self, found: Assessment) -> tuple[int, int, int]:
        reach = max(self._rank(o) for _, o in found.changes)
        return (-len({o for _, o in found.changes}), -reach, self.order[found.fact])

    def _rank(self, outcome: Any) -> int:
        verdicts = [v.id for v in self.kb.verdicts]
        strengths = [s.id for s in self.kb.strengths]
        return verdicts.index(outcome[0]) * 100 + strengths.index(outcome[1])

    def _known(self, values: dict[str, Any]) -> dict[str, Any]:
        return {**values, **derive_facts(self.kb, values, self.today)}

    def _open(self, phase: str, values: dict[str, Any], closed: set[str]) -> list[str]:
        """Unknown facts of the phase with at least one rule that can still fire."""
        known = self._known(values)
        outcome = self.oracle.outcome(values)
        verdict = outcome[0] if phase == "exit" else None
        facts = self.links.verdict_facts() if phase == "verdict" else self.links.exit_facts()
        floor = self._floor(values, closed) if phase == "verdict" else None
        if floor is not None:  # what stays fired keeps the outcome at least this high: only higher candidates count
            facts = [f for f in facts if self.reach[f] > floor[0] or f in floor[1]]
        return [f for f in facts if f not in values and f not in closed and (
            f in self.links.shown or any(rule_open(self.kb, feed.rule, known, verdict)
                                         for feed in self.links.feeds(f, PHASES[phase])))]

    def _unstable(self, values: dict[str, Any], closed: set[str]) -> set[str]:
        """Open facts that a fired sign, case or verdict rule counts as met while unknown (`or unknown`):
        their answers can take a firing away. Any other answer can only add firings and candidates."""
        known = self._known(values)
        found = set()
        for rule_id in self.oracle.run(values).fired:
            rule = self.kb.rule(rule_id)
            for test in rule.when if rule and layer_of(rule) in VERDICT_LAYERS else ():
                if isinstance(test, FactTest) and test.or_unknown and test.fact not in known and not (
                        {test.fact, *self.links.inputs_of(test.fact)} & closed):
                    found.add(test.fact)
        return found

    def _floor(self, values: dict[str, Any], closed: set[str], depth: int = 0) -> tuple[int, set[str]] | None:
        """The lowest outcome rank any later answers can lead to, and the facts that can take firings away;
        None when that is too costly to know (then nothing is pruned).

        Each such yes/no fact is tried as yes, no and unknown for good, until no fired rule depends on an
        unknown answer; from there on, answers only add candidates, and the select layer keeps the highest.
        """
        unstable = self._unstable(values, closed)
        if not unstable:
            return self._rank(self.oracle.outcome(values)), set()
        if depth >= MAX_FLOOR_DEPTH or any(self.kb.facts[f].type != "bool" for f in unstable):
            return None
        fact = min(unstable)
        lowest, seen = None, set(unstable)
        for branch, gone in (({**values, fact: True}, closed), ({**values, fact: False}, closed),
                             (values, closed | {fact})):
            found = self._floor(branch, gone, depth + 1)
            if found is None:
                return None
            lowest = found[0] if lowest is None else min(lowest, found[0])
            seen |= found[1]
        return (lowest if lowest is not None else -1), seen

    def _conclude(self, phase: str) -> Callable[[dict[str, Any]], Any]:
        return self.oracle.outcome if phase == "verdict" else self.oracle.plan

    def _now(self, fact: str, phase: str, values: dict[str, Any]) -> Assessment | None:
        feeds = self.links.feeds(fact, PHASES[phase])
        if feeds and fact not in self.links.shown and all(
                feed.via and any(i not in values and i != fact for i in self.links.inputs_of(feed.via))
                for feed in feeds):
            return None  # every rule sees it only through a formula that stays unknown
        return self._pivot(fact, phase, values, {}, None)

    def _later(self, fact: str, phase: str, values: dict[str, Any], closed: set[str]) -> Assessment | None:
        known = self._known(values)
        signs = self.oracle.run(values).signs
        verdict = self.oracle.outcome(values)[0] if phase == "exit" else None
        for feed in self.links.feeds(fact, PHASES[phase]):
            if not rule_open(self.kb, feed.rule, known, verdict):
                continue
            for setting in self.scenarios.for_feed(fact, feed, values, known, closed, signs):
                found = self._pivot(fact, phase, values, setting, feed.rule.id)
                if found is not None:
                    return found
        return None

    def _pivot(self, fact: str, phase: str, values: dict[str, Any], assumed: dict[str, Any],
               rule: str | None) -> Assessment | None:
        conclude = self._conclude(phase)
        scene = {**values, **assumed}
        base = conclude(scene)
        changes = tuple((v, out) for v in self.probes(fact) if (out := conclude({**scene, fact: v})) != base)
        if not changes:
            return None
        return Assessment(fact, phase, not assumed, base, changes, tuple(sorted(assumed.items())), rule)
