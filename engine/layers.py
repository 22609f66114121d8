"""The layers a run goes through, and which layer a rule belongs to."""

from __future__ import annotations

from .model import Match, Rule, SignsAtLeast

__all__ = ["LAYERS", "layer_of", "PRODUCED_IN"]

LAYERS = ("signs", "case", "verdict", "select", "advice")

#: the layer in which each kind of conclusion appears (signs may also appear in `case`)
PRODUCED_IN = {"sign": "signs", "verdict": "select", "remedy": "advice", "guidance": "advice", "prevention": "advice",
               "notice": "advice"}


_known: dict[int, tuple[Rule, str]] = {}  # id(rule) -> (rule, layer): asked for every rule on every run
_KNOWN_MAX = 8192


def layer_of(rule: Rule) -> str:
    """`signs`, `case`, `verdict` or `advice`: follows from what the rule concludes and looks at."""
    found = _known.get(id(rule))
    if found is not None and found[0] is rule:
        return found[1]
    layer = _layer_of(rule)
    if len(_known) < _KNOWN_MAX:
        _known[id(rule)] = (rule, layer)
    return layer


def _layer_of(rule: Rule) -> str:
    kind = rule.then.kind
    if kind == "sign":
        looks_at_signs = any(isinstance(c, SignsAtLeast) or (isinstance(c, Match) and c.kind == "sign")
                             for c in rule.when)
        return "case" if looks_at_signs else "signs"
    if kind == "verdict":
        return "verdict"
    return "advice"
