"""durable_rules' alpha network, rebuilt in Python from a compiled definition, and the C core's fixed limits.

The C core (github.com/jruizgit/rules, src/rules) builds one alpha node per distinct test under the same
parent (rete.c `findAlpha`, shared), a fresh "forward" node for every `$or` (rete.c `createForwardAlpha`,
never shared) and one beta node per pattern of each rule, linked to the last alpha node of its chain.
Every node keeps its successors in fixed-size arrays (rules.h):

- `NEXT_BUCKET_LENGTH` 512: tests under one node (a hash set probed from `hash & HASH_MASK`). When it is
  full, `findAlpha` probes it for ever: the `create_ruleset` hang.
- `BETA_LIST_LENGTH` 256: patterns ending at one node (error 108, `ERR_RULE_BETA_LIMIT_EXCEEDED`).
- `NEXT_LIST_LENGTH` 128: `$nex` tests and `$or` forward nodes under one node (error 107).
- events.c `MAX_STACK_SIZE` 64: alpha nodes pending while one fact is matched (`handleAlpha`, error 303).
- state.h `MAX_OBJECT_PROPERTIES` 255: keys of one fact (error 302).
- rete.h `MAX_SEQUENCE_EXPRESSIONS` 32: per pattern, two for each `$and` / `$or` and one for each test
  against another key (`$m`); the 32nd is refused (rete.c `APPEND_EXPRESSION`, error 113).

The list checks run one entry past the array (rete.c `linkAlpha`), so an overflow can also write into the
next array silently: the compiler stays under every limit rather than relying on the errors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Limit", "Shape", "shape", "over_limits", "fit", "LIMITS", "MAX_FACT_KEYS", "TIER_KEY"]

Json = dict[str, Any]
#: (what, durable_rules' limit, the margin clientfire keeps); the stack limit counts pending nodes
LIMITS = {"tests": 512, "patterns": 256, "absent": 128, "stack": 64, "expressions": 31}
_MARGIN = {"tests": 480, "patterns": 240, "absent": 120, "stack": 56, "expressions": 31}
MAX_FACT_KEYS = 255
TIER_KEY = "t"  # a tier test is `t != "~<n>"`: true of every fact, it only gives the tier its own node
_MAX_TIERS = 48


@dataclass
class _Node:
    tests: dict[tuple[str, str, str], _Node] = field(default_factory=dict)  # (property, op, value) -> node
    absent: list[_Node] = field(default_factory=list)  # `$nex` tests and `$or` forward nodes
    absent_keys: dict[tuple[str, str, str], _Node] = field(default_factory=dict)
    patterns: list[str] = field(default_factory=list)  # the rule of each beta node linked here
    rules: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Limit:
    """One node over one of durable_rules' limits: which, by how much, and the rules through that node."""

    what: str
    count: int
    limit: int
    rules: tuple[str, ...]


@dataclass
class Shape:
    """The alpha network of a definition."""

    root: _Node
    nodes: list[_Node]
    expressions: dict[str, int] = field(default_factory=dict)  # rule -> the most expressions of one pattern


def shape(rules: dict[str, Json]) -> Shape:
    """Build the network as the C core does (rete.c `createAlpha`, `findAlpha`, `linkAlpha`)."""
    root = _Node()
    net = Shape(root, [root])
    for name, rule in rules.items():
        for pattern in rule["all"]:
            for expression in pattern.values():
                end = _alpha(root, expression, name, net.nodes)
                end.patterns.append(name)
                net.expressions[name] = max(net.expressions.get(name, 0), _expressions(expression))
    return net


def _expressions(expression: Any) -> int:
    """The entries a pattern takes in its beta node's expression sequence (rete.c `createAlpha`)."""
    if not isinstance(expression, dict):
        return 0
    count = 0
    for op, value in expression.items():
        if op in ("$and", "$or"):
            count += 2 + sum(_expressions(term) for term in value)
        elif isinstance(value, dict) and any(isinstance(v, dict) and "$m" in v for v in value.values()):
            count += 1
    return count


def _child(parent: _Node, prop: str, op: str, value: Any, name: str, nodes: list[_Node]) -> _Node:
    key = (prop, op, json.dumps(value, sort_keys=True))
    table = parent.absent_keys if op == "$nex" else parent.tests
    found = table.get(key)
    if found is None:
        found = _Node()
        nodes.append(found)
        table[key] = found
        if op == "$nex":
            parent.absent.append(found)
    found.rules.add(name)
    return found


def _alpha(parent: _Node, expression: Json, name: str, nodes: list[_Node]) -> _Node:
    ((op, value),) = expression.items()
    if op == "$and":
        for term in value:
            parent = _alpha(parent, term, name, nodes)
        return parent
    if op == "$or":
        forward = _Node(rules={name})
        nodes.append(forward)
        for term in value:
            _alpha(parent, term, name, nodes).absent.append(forward)
        return forward
    if op.startswith("$"):
        ((prop, operand),) = value.items()
        return _child(parent, prop, op, operand, name, nodes)
    return _child(parent, op, "$eq", value, name, nodes)


def _stack(node: _Node, memo: dict[int, int]) -> int:
    """The most alpha nodes pending at once below `node` (events.c `handleAlpha`, a depth-first stack).

    Equality tests on one property with different values exclude each other: one of them can match.
    """
    if id(node) in memo:
        return memo[id(node)]
    memo[id(node)] = 0
    width = len(node.absent) - len(node.absent_keys)  # forward nodes: always pushed
    for prop in {p for (p, _, _) in node.tests} | {p for (p, _, _) in node.absent_keys}:
        present = (any(op == "$eq" for (p, op, _) in node.tests if p == prop)
                   + sum(1 for (p, op, _) in node.tests if p == prop and op != "$eq"))
        width += max(present, sum(1 for (p, _, _) in node.absent_keys if p == prop))  # missing or present
    below = [_stack(child, memo) for child in (*node.tests.values(), *node.absent)]
    found = max([width] + [width - 1 + b for b in below])
    memo[id(node)] = found
    return found


def over_limits(net: Shape, margin: bool = False) -> list[Limit]:
    """Every node over a limit (or over clientfire's margin below it), with the rules involved."""
    bound = _MARGIN if margin else LIMITS
    found = []
    for node in net.nodes:
        for what, count in (("tests", len(node.tests)), ("patterns", len(node.patterns)),
                            ("absent", len(node.absent))):
            if count > bound[what]:
                found.append(Limit(what, count, LIMITS[what], tuple(sorted(node.rules))))
    depth = max(1, _stack(net.root, {}))  # the root itself is popped before anything is pushed
    if depth > bound["stack"]:
        widest = max(net.nodes[1:] or net.nodes, key=lambda n: len(n.tests) + len(n.absent))
        found.append(Limit("stack", depth, LIMITS["stack"], tuple(sorted(widest.rules))))
    for name, count in net.expressions.items():
        if count > bound["expressions"]:
            found.append(Limit("expressions", count, LIMITS["expressions"], (name,)))
    return found


def _tiered(rules: dict[str, Json], tiers: int) -> dict[str, Json]:
    """Every rule's patterns with a tier test after their first term (rule n in tier n mod `tiers`)."""
    result = {}
    for index, (name, rule) in enumerate(rules.items()):
        test = {"$neq": {TIER_KEY: f"~{index % tiers}"}}
        patterns = []
        for pattern in rule["all"]:
            ((alias, expression),) = pattern.items()
            terms = expression["$and"] if "$and" in expression else [expression]
            patterns.append({alias: {"$and": [terms[0], test, *terms[1:]]}})
        result[name] = {**rule, "all": patterns}
    return result


def fit(rules: dict[str, Json]) -> dict[str, Json]:
    """`rules` as they are when the network keeps its margin below every limit, else split into the fewest
    tiers that do: a tier is a sub-network of its own under each shared node (the same facts, the same
    firings: a tier test holds for every fact)."""
    if not over_limits(shape(rules), margin=True):
        return rules
    for tiers in range(2, _MAX_TIERS + 1):
        tiered = _tiered(rules, tiers)
        if not over_limits(shape(tiered), margin=True):
            return tiered
    return rules  # no split keeps it within the limits: `check` names the limit (engine/lint.py)
