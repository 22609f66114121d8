"""HOW for a page: each firing in full once, and a rule that concludes the same fact again listed by number only.

`build_how` expands every firing once, but a conclusion reached several times by the same rule (the rule
`sign.multiple_signs.several` firing once per combination of article signs) is expanded each time.
`display_how` keeps the first of those in full and lists the others as `again` (their firing numbers);
firings that were shown only inside a repeat are shown among the other firings, so none is lost.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["display_how"]

Json = dict[str, Any]


def _seq(node: Json) -> int:
    return int(node["seq"] if "seq" in node else node["ref"])


class _View:
    def __init__(self, how: Json) -> None:
        self.fulls: dict[int, Json] = {}
        for node in ([how["tree"]] if how.get("tree") else []) + list(how.get("also", [])):
            self.collect(node)
        self.shown: set[int] = set()
        self.repeats: set[int] = set()

    def collect(self, node: Json) -> None:
        if "seq" in node:
            self.fulls[node["seq"]] = node
        for cond in node.get("conditions", []):
            for child in cond.get("by", []):
                self.collect(child)

    def key(self, seq: int) -> tuple[str, str]:
        full = self.fulls.get(seq, {})
        rule = full.get("rule", {}).get("id", "")
        return rule, json.dumps(full.get("concludes", []), sort_keys=True)

    def node(self, seq: int) -> Json:
        full = self.fulls.get(seq)
        if seq in self.shown or seq in self.repeats or full is None:
            return {"ref": seq, "rule": self.key(seq)[0], "again": []}
        self.shown.add(seq)
        conditions = [{**c, "by": self.merged(c["by"])} if "by" in c else c for c in full.get("conditions", [])]
        return {**full, "conditions": conditions, "again": []}

    def merged(self, nodes: list[Json], first_of: dict[tuple[str, str], Json] | None = None) -> list[Json]:
        """The nodes, a later firing of the same rule with the same conclusion folded into the first one's `again`."""
        first_of = {} if first_of is None else first_of
        out = []
        for seq in (_seq(n) for n in nodes):
            key = self.key(seq)
            if key in first_of:  # the same rule, the same conclusion: listed by number the first time, then left out
                if seq not in self.shown and seq not in self.repeats:
                    first_of[key]["again"].append(seq)
                    self.repeats.add(seq)
                continue
            built = self.node(seq)
            first_of.setdefault(key, built)
            out.append(built)
        return out


def display_how(how: Json) -> Json:
    """`how` (from `build_how`) for display: the tree, then every other firing in order, each expanded once."""
    view = _View(how)
    tree = view.node(_seq(how["tree"])) if how.get("tree") else None
    also: list[Json] = []
    first_of: dict[tuple[str, str], Json] = {}
    for seq in sorted(view.fulls):
        if seq not in view.shown and seq not in view.repeats:
            also += view.merged([{"ref": seq}], first_of)
    return {**how, "tree": tree, "also": also}
