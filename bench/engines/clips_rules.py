"""CLIPS (clipspy): a rule set generated from the same knowledge, run layer by layer like clientfire.

Fact tests become tests on the slots of one `client` fact; matches on earlier conclusions become
patterns on `sign`, `verdict`, ... facts; each layer waits for its `phase` fact; the select layer is one
rule (the candidate with no higher candidate wins). Derived facts (formulas) are computed in Python
before the run, as clientfire does.
"""

from __future__ import annotations

from typing import Any

from clientfire.engine.compile import Compiled
from clientfire.engine.layers import layer_of
from clientfire.engine.model import FactTest, Knowledge, Match, Rule, SignsAtLeast

__all__ = ["ClipsEngine", "available", "constructs"]

Json = dict[str, Any]
_KINDS = {"sign": ("name", "degree", "remedy_tried", "article", "kind", "softens"), "candidate": ("verdict", "strength", "rank"),
          "verdict": ("name", "strength"), "remedy": ("name", "note"), "guidance": ("name", "note"),
          "prevention": ("name", "note"), "notice": ("name",), "phase": ("layer",)}
_OPS = {">=": ">=", "<=": "<=", ">": ">", "<": "<"}


def available() -> str | None:
    """None when clipspy can be imported, else why not."""
    try:
        import clips  # noqa: F401
    except ImportError as exc:
        return f"clipspy is not installed ({exc})"
    return None


def _slot(fact_id: str) -> str:
    return fact_id.replace(".", "__")


def _atom(value: Any) -> str:
    """A value as CLIPS source: TRUE/FALSE, a number, a symbol (ids) or a string (articles, text)."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return repr(value)
    return str(value)


def _test(kb: Knowledge, test: FactTest, var: dict[str, str]) -> str:
    left = var[test.fact]
    operand = test.operand
    if operand.kind == "name" and str(operand.value) not in kb.thresholds:
        right = var[str(operand.value)]
    elif operand.kind == "name":
        right = _atom(kb.thresholds[str(operand.value)].value)
    else:
        right = _atom(operand.value)
    numeric = not isinstance(operand.value, bool) and right not in ("TRUE", "FALSE")
    if test.op in _OPS:
        check = f"(and (numberp {left}) (numberp {right}) ({_OPS[test.op]} {left} {right}))"
    elif numeric:
        check = f"(and (numberp {left}) (numberp {right}) ({'=' if test.op == '==' else '<>'} {left} {right}))"
    else:
        check = f"(and (neq {left} nil) ({'eq' if test.op == '==' else 'neq'} {left} {right}))"
    return f"(or (eq {left} nil) {check})" if test.or_unknown else check


def _client_pattern(kb: Knowledge, tests: list[FactTest]) -> list[str]:
    names = sorted({t.fact for t in tests} | {str(t.operand.value) for t in tests
                                             if t.operand.kind == "name" and str(t.operand.value) in kb.facts})
    var = {name: f"?v{i}" for i, name in enumerate(names)}
    slots = " ".join(f"({_slot(name)} {var[name]})" for name in names)
    return [f"(client {slots})", *(f"(test {_test(kb, t, var)})" for t in tests)]


def _match(match: Match) -> str:
    terms = []
    for attr, values in match.attrs:
        slot = "name" if attr == "id" else attr
        terms.append(f"({slot} {'|'.join(_atom(v) for v in values)})")
    return f"({match.kind} {' '.join(terms)})"


def _signs_at_least(count: int) -> list[str]:
    patterns = ["(sign (kind observed) (article ?a1))"]
    for k in range(2, count + 1):
        patterns.append(f"(sign (kind observed) (article ?a{k}&:(> (str-compare ?a{k} ?a{k - 1}) 0)))")
    return patterns


def _fact(fact: Json) -> str:
    slots = " ".join(f'({key} {chr(34) + value + chr(34) if key == "article" else _atom(value)})'
                     for key, value in fact.items() if key != "t")
    return f"({fact['t']} {slots})"


def _rule(kb: Knowledge, rule: Rule, asserts: tuple[Json, ...]) -> str:
    layer = layer_of(rule)
    lhs = [] if layer == "signs" else [f"(phase (layer {layer}))"]
    tests = [c for c in rule.when if isinstance(c, FactTest)]
    for cond in rule.when:
        if isinstance(cond, Match):
            lhs.append(_match(cond))
        elif isinstance(cond, SignsAtLeast):
            lhs.extend(_signs_at_least(int(kb.thresholds[cond.threshold].value)))
    if tests:
        lhs.extend(_client_pattern(kb, tests))
    elif layer == "signs":
        lhs.append("(client)")
    rhs = " ".join(f"(assert {_fact(fact)})" for fact in asserts)
    return f"(defrule {rule.id}\n  {' '.join(lhs)}\n  =>\n  {rhs})"


def constructs(kb: Knowledge, compiled: Compiled) -> str:
    """The whole CLIPS program: templates, one rule per knowledge rule, the select rule."""
    fact_slots = " ".join(f"(slot {_slot(f)})" for f in kb.facts)
    parts = [f"(deftemplate client {fact_slots})"]
    parts += [f"(deftemplate {kind} {' '.join(f'(slot {s})' for s in slots)})" for kind, slots in _KINDS.items()]
    parts += [_rule(kb, rule, compiled.actions[rule.id].asserts) for rule in kb.rules]
    parts.append("(defrule select.highest (phase (layer select)) (candidate (verdict ?v) (strength ?s) (rank ?r))"
                 " (not (candidate (rank ?h&:(> ?h ?r)))) => (assert (verdict (name ?v) (strength ?s))))")
    parts.append('(deffunction verdict-of () (bind ?r "") '
                 '(do-for-all-facts ((?v verdict)) TRUE (bind ?r (str-cat ?r ?v:name " " ?v:strength ";"))) ?r)')
    parts.append("(deffunction signs-of () (bind ?r (create$)) "
                 "(do-for-all-facts ((?s sign)) TRUE (bind ?r (create$ ?r ?s:name))) ?r)")
    return "\n".join(parts)


class ClipsEngine:
    """The generated program in one CLIPS environment; `verdict(client_fact)` runs one client.

    One call per client: a deffunction resets, asserts the client fact, runs each layer and returns the
    verdict. (Driving CLIPS through many separate API calls leaves its garbage uncollected: each run
    then gets slower and memory grows; a function call cleans up after itself.)
    """

    def __init__(self, kb: Knowledge, compiled: Compiled) -> None:
        import clips

        self.env = clips.Environment()
        for construct in _split(constructs(kb, compiled)):
            self.env.build(construct)
        self.facts = list(kb.facts)
        body = " ".join(f"({_slot(name)} (nth$ {i} ?v))" for i, name in enumerate(self.facts, start=1))
        phases = " ".join(f"(assert (phase (layer {phase}))) (run)" for phase in compiled.phases)
        self.env.build(f"(deffunction run-client ($?v) (reset) (assert (client {body})) (run) {phases} (verdict-of))")
        self._run = self.env.find_function("run-client")
        self._signs_of = self.env.find_function("signs-of")
        self._atoms = {None: clips.Symbol("nil"), True: clips.Symbol("TRUE"), False: clips.Symbol("FALSE")}

    def _values(self, client: Json) -> list[Any]:
        atoms = self._atoms
        values = []
        for name in self.facts:
            value = client.get(name)
            values.append(atoms[value] if value is None or isinstance(value, bool) else value)
        return values

    def verdict(self, client: Json) -> tuple[str, str]:
        """The verdict and strength the select rule concluded."""
        found = {tuple(part.split()) for part in str(self._run(*self._values(client))).split(";") if part}
        return found.pop() if len(found) == 1 else ("?", "?")  # type: ignore[return-value]

    def signs(self, client: Json) -> set[str]:
        """The names of the signs concluded."""
        self._run(*self._values(client))
        return {str(name) for name in self._signs_of()}


def _split(program: str) -> list[str]:
    """One construct per top-level parenthesis group."""
    parts, depth, start, quoted = [], 0, 0, False
    for i, ch in enumerate(program):
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
            if depth == 1:
                start = i
        elif not quoted and ch == ")":
            depth -= 1
            if depth == 0:
                parts.append(program[start:i + 1])
    return parts
