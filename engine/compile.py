"""Compile a validated knowledge base into a durable_rules ruleset definition: a pure function."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from clientfire.errors import KnowledgeError

from .layers import LAYERS, layer_of
from .model import Conclusion, FactTest, Knowledge, Match, Rule, SignsAtLeast

__all__ = ["Action", "Compiled", "compile_knowledge", "ruleset_name", "refuse_nex_only", "SELECT_PREFIX"]

SELECT_PREFIX = "select."
_OPS = {"!=": "$neq", ">=": "$gte", "<=": "$lte", ">": "$gt", "<": "$lt"}
Json = dict[str, Any]


@dataclass(frozen=True)
class Action:
    """What a rule does when it fires: assert these facts (data, no code)."""

    rule_id: str
    layer: str
    asserts: tuple[Json, ...]


@dataclass(frozen=True)
class Compiled:
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
            raise KnowledgeError(f"rule ids starting with '{SELECT_PREFIX}' are reserved", path=rule.loc.path,
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
    return Compiled(name, kb.version, {name: rules}, actions, tuple(layer for layer in LAYERS if layer != "signs"))


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
    value = _operand(kb, test)
    check = {test.fact: value} if test.op == "==" else {_OPS[test.op]: {test.fact: value}}
    if test.or_unknown:
        return {"$or": [{"$nex": {test.fact: 1}}, check]}
    return check


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
        fact.update(degree=then.attr("degree", "mild"), remedy_tried=bool(then.attr("remedy_tried", False)),
                    article=sign.article, kind="derived" if layer == "case" else "observed")
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
            raise KnowledgeError("a condition that only tests for a missing fact cannot run", rule_id=rule_id)
