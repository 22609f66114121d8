"""A plain-Python evaluator of the compiled rules (the durable_rules definition dicts): the lower bound.

It reads the same `compiled.definition` that clientfire hands to durable_rules, turns every pattern
into a Python predicate once, then runs the layers in the same order: the client fact, then one phase
fact per layer, each layer to a fixpoint. A rule fires once per combination of facts that matches it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from clientfire.engine.compile import Compiled

__all__ = ["PlainEvaluator"]

Json = dict[str, Any]
Facts = dict[str, list[Json]]
Test = Callable[[Json, dict[str, Json]], bool]
_CMP = {"$gt": ">", "$gte": ">=", "$lt": "<", "$lte": "<=", "$neq": "!="}


def _py(value: Any) -> str:
    return repr(value)


def _compare(op: str, field: str, ref: Any) -> str:
    """A comparison as Python source over `f` (the fact) and `b` (facts bound by earlier patterns)."""
    left = f"f.get({field!r})"
    if isinstance(ref, dict) and "$m" in ref:  # another field of the same fact
        right = f"f.get({ref['$m']!r})"
    elif isinstance(ref, dict):  # a field of a fact matched by an earlier pattern: {"s1": "article"}
        ((name, attr),) = ref.items()
        right = f"b[{name!r}].get({attr!r})"
    else:
        right = _py(ref)
    if op == "$neq":
        return f"({field!r} in f and {left} != {right})"
    kind = "str" if isinstance(ref, str) or (isinstance(ref, dict) and "$m" not in ref) else "(int, float)"
    return f"(isinstance({left}, {kind}) and isinstance({right}, {kind}) and {left} {_CMP[op]} {right})"


def _source(expr: Json) -> str:
    """A durable_rules expression (`$and`, `$or`, `$nex`, comparisons, equality) as Python source."""
    ((key, value),) = expr.items()
    if key in ("$and", "$or"):
        joiner = " and " if key == "$and" else " or "
        return "(" + joiner.join(_source(term) for term in value) + ")"
    if key == "$nex":
        ((field, _),) = value.items()
        return f"({field!r} not in f)"
    if key in _CMP:
        ((field, ref),) = value.items()
        return _compare(key, field, ref)
    return f"({key!r} in f and f[{key!r}] == {_py(value)})"


def _test(expr: Json) -> Test:
    """The expression compiled once into a Python function of (fact, bound facts)."""
    return eval(f"lambda f, b: {_source(expr)}")  # noqa: S307 - source generated from the compiled rules


def _kind(expr: Json) -> str | None:
    """The fact type a pattern requires (its `{"t": ...}` term)."""
    terms = expr.get("$and", [expr])
    return next((t["t"] for t in terms if isinstance(t, dict) and set(t) == {"t"}), None)


class _Rule:
    def __init__(self, name: str, definition: Json, asserts: tuple[Json, ...]) -> None:
        self.name = name
        self.asserts = [(tuple(sorted(fact.items())), fact) for fact in asserts]
        self.patterns: list[tuple[str, str | None, Test, bool]] = []
        self.phase: str | None = None
        for pattern in definition["all"]:
            ((alias, expr),) = pattern.items()
            if alias == "phase":
                self.phase = next(t["layer"] for t in expr["$and"] if "layer" in t)
                continue
            self.patterns.append((alias.removesuffix("$not"), _kind(expr), _test(expr), alias.endswith("$not")))
        self.kinds = {kind for _, kind, _, _ in self.patterns if kind}

    def matches(self, facts: Facts) -> list[tuple[int, ...]]:
        """Every combination of facts (by identity) that satisfies the patterns in order."""
        found: list[tuple[int, ...]] = []

        def walk(index: int, bound: dict[str, Json], ids: tuple[int, ...]) -> None:
            if index == len(self.patterns):
                found.append(ids)
                return
            alias, kind, test, negated = self.patterns[index]
            candidates = facts.get(kind or "", [])
            if negated:
                if not any(test(f, bound) for f in candidates):
                    walk(index + 1, bound, ids)
                return
            for fact in candidates:
                if test(fact, bound):
                    walk(index + 1, {**bound, alias: fact}, ids + (id(fact),))

        walk(0, {}, ())
        return found


class PlainEvaluator:
    """The compiled rules run by a small forward-chaining loop in pure Python."""

    def __init__(self, compiled: Compiled) -> None:
        rules = [_Rule(n, d, compiled.actions[n].asserts) for n, d in compiled.definition[compiled.name].items()]
        self.stages: list[list[_Rule]] = [[r for r in rules if r.phase is None]]
        self.stages += [[r for r in rules if r.phase == phase] for phase in compiled.phases]

    def run(self, client: Json) -> Facts:
        """All facts after every layer: {type: [facts]}."""
        facts: Facts = {"client": [client]}
        seen: set[tuple[Any, ...]] = set()
        fired: set[tuple[str, tuple[int, ...]]] = set()
        for stage in self.stages:
            todo = stage
            while todo:
                new_kinds: set[str] = set()
                for rule in todo:
                    for ids in rule.matches(facts):
                        if (rule.name, ids) in fired:
                            continue
                        fired.add((rule.name, ids))
                        for key, fact in rule.asserts:
                            if key not in seen:
                                seen.add(key)
                                facts.setdefault(fact["t"], []).append(dict(fact))
                                new_kinds.add(fact["t"])
                todo = [rule for rule in stage if rule.kinds & new_kinds]
        return facts

    def verdict(self, client: Json) -> tuple[str, str]:
        """The verdict and strength the select rules concluded."""
        found = {(v["name"], v["strength"]) for v in self.run(client).get("verdict", [])}
        return found.pop() if len(found) == 1 else ("?", "?")

    def signs(self, client: Json) -> set[str]:
        """The names of the signs concluded (for cross-checks)."""
        return {s["name"] for s in self.run(client).get("sign", [])}


