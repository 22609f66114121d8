"""Scenarios: other hypothetical answers under which one fact's answer would change what the engine says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from clientfire.engine.conditions import check
from clientfire.engine.layers import layer_of
from clientfire.engine.model import FactTest, Knowledge, Match, Rule, SignsAtLeast

from .links import Feed, Links
from .probes import formula_settings, satisfying

__all__ = ["Scenarios", "conclusion_matches", "rule_open"]


def conclusion_matches(rule: Rule, match: Match) -> bool:
    """Whether the rule's conclusion is something the pattern matches (`sign: {degree: serious}`)."""
    return rule.then.kind == match.kind and sign_matches(
        (rule.then.id, str(rule.then.attr("degree", "mild")), bool(rule.then.attr("remedy_tried", False))), match)


def sign_matches(sign: tuple[str, str, bool], match: Match) -> bool:
    """Whether a found sign (id, degree, remedy_tried) fits a pattern on signs."""
    found = {"id": sign[0], "name": sign[0], "degree": sign[1], "remedy_tried": sign[2]}
    return all(found.get(attr) in values for attr, values in match.attrs)


def rule_open(kb: Knowledge, rule: Rule, known: dict[str, Any], verdict: str | None = None) -> bool:
    """False when a known condition already fails: the rule cannot fire whatever else is answered.

    `known` holds the answers and the derived facts; `verdict`, once settled, is checked against
    `verdict:` patterns (advice rules).
    """
    for cond in rule.when:
        if isinstance(cond, FactTest) and check(kb, cond, known) is False:
            return False
        if verdict is not None and isinstance(cond, Match) and cond.kind == "verdict":
            ids = dict(cond.attrs).get("id", ())
            if ids and verdict not in ids:
                return False
    return True


class Scenarios:
    """Finds answers to other unknown facts that let one rule depend on the fact being asked about."""

    def __init__(self, kb: Knowledge, links: Links, today: dt.date) -> None:
        self.kb = kb
        self.links = links
        self.today = today
        self.sign_rules = [r for r in kb.rules if layer_of(r) == "signs"]
        self.article = {s.id: s.article for s in kb.signs}
        #: rules that count distinct article signs need this many at most
        self.count_max = max((int(kb.thresholds[c.threshold].value) for r in kb.rules for c in r.when
                              if isinstance(c, SignsAtLeast)), default=0)
        #: sign rules that can add another article's sign, mild ones first
        self.companion_rules = sorted(self.sign_rules, key=lambda r: r.then.attr("degree", "mild") != "mild")

    def for_feed(self, fact: str, feed: Feed, values: dict[str, Any], known: dict[str, Any],
                 closed: set[str], signs: frozenset[tuple[str, str, bool]]) -> Iterator[dict[str, Any]]:
        """Settings of other unknown facts under which `feed.rule` turns on `fact` alone: first those
        that only complete the rule, then ones that also add signs of other articles (sign counts)."""
        bases = list(self._completions(fact, feed, values, known, closed, signs))
        yield from (b for b in bases if b)
        if feed.layer == "signs" and bases:
            yield from self.companions(fact, feed, values, known, closed, signs, bases[0])

    def _completions(self, fact: str, feed: Feed, values: dict[str, Any], known: dict[str, Any],
                     closed: set[str], signs: frozenset[tuple[str, str, bool]]) -> Iterator[dict[str, Any]]:
        setting: dict[str, Any] = {}
        for cond in feed.rule.when:
            if isinstance(cond, FactTest):
                if cond.fact in (fact, feed.tested) or check(self.kb, cond, known) is not None:
                    continue
                found = self.enable_test(cond, values, closed)
            elif isinstance(cond, Match) and cond.kind == "sign":
                if any(sign_matches(s, cond) for s in signs):
                    continue
                found = self.enable_sign(cond, fact, values, known, closed)
            else:
                continue  # verdicts and sign counts follow from the other answers
            if found is None:
                return
            setting.update(found)
        if feed.via is None:
            yield setting
            return
        free = self._free(feed.tested, {**values, **setting}, closed)
        if free is None or fact not in free:
            return
        for test in feed.tests():
            for extra in formula_settings(self.kb, self.links, test, {**values, **setting}, free, self.today, fact):
                yield {**setting, **extra}

    def companions(self, fact: str, feed: Feed, values: dict[str, Any], known: dict[str, Any], closed: set[str],
                   signs: frozenset[tuple[str, str, bool]], base: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """`base` plus signs of one, then two, ... more articles: for rules that count distinct article signs."""
        have = {self.article[s[0]] for s in signs} | {self.article.get(feed.rule.then.id, "")}
        own = {fact, *self.links.derived_from(fact)}
        extra: dict[str, Any] = {}
        for rule in self.companion_rules:
            if len(have) >= self.count_max:
                return
            tests = [c for c in rule.when if isinstance(c, FactTest)]
            if self.article[rule.then.id] in have or any(t.fact in own or t.fact in base or t.fact in extra
                                                         for t in tests) or not rule_open(self.kb, rule, known):
                continue
            found = self._enable_all(tests, {**values, **base, **extra}, known, closed)
            if found is not None:
                extra.update(found)
                have.add(self.article[rule.then.id])
                yield {**base, **extra}

    def _free(self, derived: str, values: dict[str, Any], closed: set[str]) -> list[str] | None:
        """The unknown inputs of a derived fact, or None when one of them stays unknown for good."""
        free = [f for f in self.links.inputs_of(derived) if f not in values]
        return None if any(f in closed for f in free) else free

    def enable_test(self, test: FactTest, values: dict[str, Any], closed: set[str]) -> dict[str, Any] | None:
        """Answers that make one unknown condition hold, or None when none can."""
        if self.kb.facts[test.fact].formula:
            free = self._free(test.fact, values, closed)
            if not free:
                return None
            return next(formula_settings(self.kb, self.links, test, values, free, self.today), None)
        if test.fact in closed:
            return None
        value = satisfying(self.kb, self.links, test, self.today)
        return None if value is None else {test.fact: value}

    def enable_sign(self, match: Match, fact: str, values: dict[str, Any], known: dict[str, Any],
                    closed: set[str]) -> dict[str, Any] | None:
        """Answers that make some sign rule (not one on `fact` itself) conclude a sign the pattern matches."""
        own = {fact, *self.links.derived_from(fact)}
        for rule in self.sign_rules:
            tests = [c for c in rule.when if isinstance(c, FactTest)]
            if not conclusion_matches(rule, match) or any(t.fact in own for t in tests):
                continue
            if not rule_open(self.kb, rule, known):
                continue
            found = self._enable_all(tests, values, known, closed)
            if found is not None:
                return found
        return None

    def _enable_all(self, tests: list[FactTest], values: dict[str, Any], known: dict[str, Any],
                    closed: set[str]) -> dict[str, Any] | None:
        """Answers that make every unknown one of `tests` hold together, or None."""
        setting: dict[str, Any] = {}
        for test in tests:
            if check(self.kb, test, known) is None:
                found = self.enable_test(test, {**values, **setting}, closed)
                if found is None:
                    return None
                setting.update(found)
        if all(check(self.kb, t, {**known, **setting}) is not False for t in tests):
            return setting
        return None
