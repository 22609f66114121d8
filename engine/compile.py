"""Compile a validated knowledge base into a durable_rules ruleset definition: a pure function."""

from __future__ import annotations

from typing import Any

from clientfire.errors import KnowledgeError
from clientfire.messages import message
from clientfire.record import Record

from .bounds import bounded_facts, domain, hi_key, lo_key
from .bounds_arith import compare
from .layers import LAYERS, layer_of
from .model import Conclusion, FactTest, Knowledge, Match, Rule, SignsAtLeast

__all__ = ["Action", "Compiled", "compile_knowledge", "ruleset_name", "refuse_nex_only", "SELECT_PREFIX"]

SELECT_PREFIX = "select."
_OPS = {"!=": "$neq", ">=": "$gte", "<=": "$lte", ">": "$gt", "<": "$lt"}
Json = dict[str, Any]


class Action(Record):
    """What a rule does when it fires: assert these facts (data, no code)."""

    rule_id: str
    layer: str
    asserts: tuple[Json, ...]


class Compiled(Record):
    """A compiled knowledge base: the durable_rules definition and the action table."""

    name: str
    version: str
    definition: dict[str, dict[str, Json]]
    actions: dict[str, Action]
    phases: tuple[str, ...]


def ruleset_name(version: str) -> str:
    """The durable_rules ruleset name for a knowledge version (unique per version)."""
    return f"clientfire_{version}"


def compile_knowledge(kb: Knowledge) -> Compiled:
    """Turn every rule (and the generated select rules) into durable_rules definitions."""
    rules: dict[str, Json] = {}
    actions: dict[str, Action] = {}
    for rule in kb.rules:
        if rule.id.startswith(SELECT_PREFIX):
            raise KnowledgeError(message("engine.reserved_ids", prefix=SELECT_PREFIX), path=rule.loc.path,
                                 line=rule.loc.line, rule_id=rule.id)
        layer = layer_of(rule)
        rules[rule.id] = {"all": _patterns(kb, rule, layer), "run": rule.id}
        actions[rule.id] = Action(rule.id, layer, (_fact_of(kb, rule.then, layer),))
    for rule_id, definition, action in _select_rules(kb):
        rules[rule_id] = definition
        actions[rule_id] = action
    for rule_id, definition in rules.items():
        for pattern in definition["all"]:
            refuse_nex_only(rule_id, pattern)
    name = ruleset_name(kb.version)
    from .network import fit  # a cache miss only: the network's shape is not needed to run compiled knowledge

    return Compiled(name, kb.version, {name: fit(rules)}, actions, tuple(layer for layer in LAYERS if layer != "signs"))


def _phase(layer: str) -> Json:
    return {"phase": {"$and": [{"t": "phase"}, {"layer": layer}]}}


def _patterns(kb: Knowledge, rule: Rule, layer: str) -> list[Json]:
    patterns: list[Json] = [] if layer == "signs" else [_phase(layer)]
    tests: list[Json] = []
    for index, cond in enumerate(rule.when):
        if isinstance(cond, FactTest):
            tests.append(_test(kb, cond))
        elif isinstance(cond, Match):
            patterns.append({f"{cond.kind}{index}": _match(cond)})
        elif isinstance(cond, SignsAtLeast):
            patterns.extend(_signs_at_least(int(kb.thresholds[cond.threshold].value)))
    if tests or layer == "signs":
        patterns.append({"client": {"$and": [{"t": "client"}, *tests]}})
    return patterns


def _operand(kb: Knowledge, test: FactTest) -> Any:
    operand = test.operand
    if operand.kind == "name":
        name = str(operand.value)
        return kb.thresholds[name].value if name in kb.thresholds else {"$m": name}
    return operand.value


def _test(kb: Knowledge, test: FactTest) -> Json:
    """A condition as a durable_rules test that matches exactly when conditions.check() is True.

    Three-valued: facts tested through bounds (derived facts, facts compared with another fact) match
    on the `:lo` / `:hi` keys the derivation step asserts; other facts on their value, plus, while
    unknown, when their domain already decides the test (`count >= 0`) or `or unknown` lets it pass.
    Every `$or` emitted here has exclusive alternatives (durable_rules fires once per matching one).
    """
    if test.fact in bounded_facts(kb):
        other = str(test.operand.value) if test.operand.kind == "name" and test.operand.value in kb.facts else None
        if other is not None:
            return _pair_test(test.fact, test.op, other, test.or_unknown)
        return _bound_test(test.fact, test.op, _operand(kb, test), test.or_unknown)
    value = _operand(kb, test)
    check = {test.fact: value} if test.op == "==" else {_OPS[test.op]: {test.fact: value}}
    if _passes_unknown(kb, test):
        return {"$or": [{"$nex": {test.fact: 1}}, check]}
    return check


def _passes_unknown(kb: Knowledge, test: FactTest) -> bool:
    """Does the condition let its rule fire while the (input) fact is unknown?"""
    fact_domain = domain(kb.facts[test.fact])
    value = _operand(kb, test)
    decided = None
    if fact_domain is not None and isinstance(value, (int, float)) and not isinstance(value, bool):
        decided = compare(fact_domain, test.op, (value, value))
    return decided is True or (decided is None and test.or_unknown)


def _bound_test(fact: str, op: str, value: Any, or_unknown: bool) -> Json:
    """`fact op value` on the fact's proven bounds: holds (or, with `or unknown`, is not disproved)."""
    lo, hi = lo_key(fact), hi_key(fact)
    no_lo, no_hi = {"$nex": {lo: 1}}, {"$nex": {hi: 1}}
    if op in (">=", ">"):
        return {"$or": [{_OPS[op]: {hi: value}}, no_hi]} if or_unknown else {_OPS[op]: {lo: value}}
    if op in ("<=", "<"):
        return {"$or": [{_OPS[op]: {lo: value}}, no_lo]} if or_unknown else {_OPS[op]: {hi: value}}
    if op == "==":
        if not or_unknown:
            return {"$and": [{lo: value}, {hi: value}]}
        return {"$or": [{"$and": [a, b]} for a in ({"$lte": {lo: value}}, no_lo) for b in ({"$gte": {hi: value}}, no_hi)]}
    if not or_unknown:
        return {"$or": [{"$lt": {hi: value}}, {"$gt": {lo: value}}]}
    return {"$or": [no_lo, {"$neq": {lo: value}}, {"$and": [{lo: value}, no_hi]}, {"$and": [{lo: value}, {"$neq": {hi: value}}]}]}


def _against(op: str, mine: str, theirs: str) -> Json:
    """`mine op theirs` between two keys of the client fact, false when either is missing.

    durable_rules lets a comparison with a missing `$m` key pass (pinned in tests/test_runtime.py),
    so the key it refers to is required first.
    """
    test = {mine: {"$m": theirs}} if op == "==" else {_OPS[op]: {mine: {"$m": theirs}}}
    return {"$and": [{"$ex": {theirs: 1}}, test]}


def _pair_test(fact: str, op: str, other: str, or_unknown: bool) -> Json:
    """`fact op other` between two facts' bounds (validation allows `or unknown` only for < <= > >=)."""
    if op in ("==", "!="):
        same = {"$and": [_against("==", lo_key(fact), hi_key(fact)), _against("==", lo_key(fact), lo_key(other)),
                         _against("==", lo_key(fact), hi_key(other))]}
        apart = {"$or": [_against("<", hi_key(fact), lo_key(other)), _against(">", lo_key(fact), hi_key(other))]}
        return same if op == "==" else apart
    up = op in (">=", ">")
    mine, theirs = (lo_key(fact), hi_key(other)) if up else (hi_key(fact), lo_key(other))
    if not or_unknown:
        return _against(op, mine, theirs)
    mine, theirs = (hi_key(fact), lo_key(other)) if up else (lo_key(fact), hi_key(other))
    return {"$or": [{"$nex": {mine: 1}}, {"$and": [{"$ex": {mine: 1}}, {"$nex": {theirs: 1}}]},
                    _against(op, mine, theirs)]}


def _match(match: Match) -> Json:
    terms: list[Json] = [{"t": match.kind}]
    for attr, values in match.attrs:
        name = "name" if attr == "id" else attr
        if len(values) == 1:
            terms.append({name: values[0]})
        else:
            terms.append({"$or": [{name: value} for value in values]})
    return {"$and": terms}


def _signs_at_least(count: int) -> list[Json]:
    patterns = []
    for k in range(1, count + 1):
        terms: list[Json] = [{"t": "sign"}, {"kind": "observed"}]
        if k > 1:
            terms.append({"$gt": {"article": {f"s{k - 1}": "article"}}})
        patterns.append({f"s{k}": {"$and": terms}})
    return patterns


def _fact_of(kb: Knowledge, then: Conclusion, layer: str) -> Json:
    fact: Json = {"t": then.kind, "name": then.id}  # never "id": durable_rules treats it as identity
    if then.kind == "sign":
        sign = next(s for s in kb.signs if s.id == then.id)
        tried = bool(then.attr("remedy_tried", False))
        fact.update(degree=then.attr("degree", "mild"), remedy_tried=tried, article=sign.article,
                    kind="derived" if layer == "case" else "observed", softens=sign.passing == "soften" and not tried)
    elif then.kind == "verdict":
        strength = str(then.attr("strength"))
        fact = {"t": "candidate", "verdict": then.id, "strength": strength, "rank": _rank(kb, then.id, strength)}
    elif then.attr("note") is not None:
        fact["note"] = then.attr("note")
    return fact


def _rank(kb: Knowledge, verdict: str, strength: str) -> int:
    verdicts = [v.id for v in kb.verdicts]
    strengths = [s.id for s in kb.strengths]
    return verdicts.index(verdict) * 100 + strengths.index(strength)


def _select_rules(kb: Knowledge) -> list[tuple[str, Json, Action]]:
    """One rule per (verdict, strength) that a rule can propose: the highest candidate wins."""
    pairs = sorted({(r.then.id, str(r.then.attr("strength"))) for r in kb.rules if r.then.kind == "verdict"},
                   key=lambda pair: _rank(kb, *pair))
    result = []
    for verdict, strength in pairs:
        rank = _rank(kb, verdict, strength)
        rule_id = f"{SELECT_PREFIX}{verdict}.{strength}"
        patterns = [
            _phase("select"),
            {"candidate": {"$and": [{"t": "candidate"}, {"rank": rank}]}},
            {"higher$not": {"$and": [{"t": "candidate"}, {"$gt": {"rank": rank}}]}},
        ]
        fact = {"t": "verdict", "name": verdict, "strength": strength}
        result.append((rule_id, {"all": patterns, "run": rule_id}, Action(rule_id, "select", (fact,))))
    return result


def refuse_nex_only(rule_id: str, pattern: Json) -> None:
    """durable_rules loops forever on a pattern whose only test is `$nex`: refuse to emit one."""
    for expression in pattern.values():
        terms = expression.get("$and", [expression]) if isinstance(expression, dict) else []
        if terms and all(isinstance(t, dict) and set(t) == {"$nex"} for t in terms):
            raise KnowledgeError(message("engine.only_missing"), rule_id=rule_id)
