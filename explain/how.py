"""HOW: the derivation tree of a verdict, built from the recorded trace of the run (never re-derived)."""

from __future__ import annotations

from typing import Any

from clientfire.engine.conditions import condition_text as pattern_text
from clientfire.engine.conditions import evidence
from clientfire.engine.model import FactTest, Knowledge, Match, SignsAtLeast
from clientfire.engine.result import pick_text, source_of

from .labels import label, term
from .pattern_words import pattern_in

__all__ = ["build_how", "flat_values", "rule_info", "pattern_text", "fact_label", "run_data"]

Json = dict[str, Any]
_SELECT_TEXT = "The generated select layer: the highest verdict among the candidates wins, with its highest strength."


def run_data(result: Any, kb: Knowledge, lang: str) -> Json:
    """A Result as the data the explanations read: its JSON form plus the recorded trace."""
    return {**result.to_json(kb, lang), "trace": [dict(f) for f in result.trace]}


def flat_values(data: Json) -> Json:
    """The run's fact values by fact id (`payment.late_invoices`), derived facts and their proven bounds
    included: what the engine was given."""
    values: Json = {}
    for group, entries in data.get("facts", {}).items():
        if isinstance(entries, dict):
            values.update({f"{group}.{name}": value for name, value in entries.items()})
    values.update(data.get("derived_facts", {}))
    for fact, found in data.get("bounds", {}).items():
        if found.get("lo") is not None:
            values[f"{fact}:lo"] = found["lo"]
        if found.get("hi") is not None:
            values[f"{fact}:hi"] = found["hi"]
    return values


def rule_info(kb: Knowledge, rule_id: str, lang: str) -> Json:
    """A rule's id, text, source (sections and seed files) and where it is written."""
    rule = kb.rule(rule_id)
    if rule is None:
        return {"id": rule_id, "text": label(_SELECT_TEXT, lang), "source": {"refs": [], "seeds": []}, "loc": "generated"}
    return {"id": rule.id, "text": pick_text(rule.text, lang), "source": source_of(kb, rule.source, lang),
            "loc": str(rule.loc)}


def fact_label(fact: Json, lang: str = "en") -> str:
    """A concluded fact in words: `sign late_payment (mild)`, `candidate fire (strong)`; in `lang`."""
    kind = fact.get("t", "?")
    if kind == "candidate":
        return label("candidate {verdict} ({strength})", lang).format(
            verdict=term(fact["verdict"], lang), strength=term(fact["strength"], lang))
    if kind == "verdict":
        return f"{label('verdict', lang)} {term(fact['name'], lang)} ({term(fact['strength'], lang)})"
    if kind == "sign":
        extra = f", {label('remedy tried', lang)}" if fact.get("remedy_tried") else ""
        return f"{label('sign', lang)} {fact['name']} ({term(fact['degree'], lang)}{extra})"
    return f"{label(kind, lang)} {fact.get('name', '')}".strip()


class _Builder:
    """Walks the trace from a conclusion back to the input facts; each firing is expanded once."""

    def __init__(self, kb: Knowledge, data: Json, lang: str) -> None:
        self.kb, self.lang = kb, lang
        self.trace: list[Json] = list(data.get("trace", []))
        self.values = flat_values(data)
        self.records: dict[str, list[str]] = data.get("evidence") or {}
        self.expanded: set[int] = set()

    def makers(self, fact: Json, before: int) -> list[Json]:
        """The firings that concluded `fact` before seq `before`: the one that asserted it first."""
        found = [f for f in self.trace if f["seq"] < before and fact in f["derived"]]
        found += [f for f in self.trace if f["seq"] < before and fact in f["already_known"]]
        return found

    def node(self, firing: Json) -> Json:
        if firing["seq"] in self.expanded:
            return {"ref": firing["seq"], "rule": firing["rule"]}
        self.expanded.add(firing["seq"])
        return {"seq": firing["seq"], "layer": firing["layer"], "rule": rule_info(self.kb, firing["rule"], self.lang),
                "concludes": [*firing["derived"], *firing["already_known"]],
                "conditions": self.conditions(firing)}

    def by(self, fact: Json, before: int) -> list[Json]:
        return [self.node(f) for f in self.makers(fact, before)]

    def conditions(self, firing: Json) -> list[Json]:
        rule = self.kb.rule(firing["rule"])
        matched = firing.get("matched", {})
        if rule is None:  # a generated select rule: it matched the winning candidate
            cand = matched.get("candidate", {})
            return [{"type": "match", "pattern": label("candidate: highest rank", self.lang), "matched": cand,
                     "by": self.by(cand, firing["seq"])}]
        values = {**self.values, **{k: v for k, v in matched.get("client", {}).items() if k != "t"}}
        result = []
        for index, cond in enumerate(rule.when):
            if isinstance(cond, FactTest):
                result.append({"type": "fact", **evidence(self.kb, cond, values), **self.inputs(cond.fact, values),
                               **({"records": self.records[cond.fact]} if cond.fact in self.records else {})})
            elif isinstance(cond, Match):
                fact = matched.get(f"{cond.kind}{index}", {})
                result.append({"type": "match", "pattern": pattern_in(cond, self.lang), "matched": fact,
                               "by": self.by(fact, firing["seq"])})
            elif isinstance(cond, SignsAtLeast):
                signs = [matched[k] for k in sorted(matched) if k[:1] == "s" and k[1:].isdigit()]
                result.append({"type": "signs_at_least", "threshold": cond.threshold,
                               "required": self.kb.thresholds[cond.threshold].value, "value": len(signs),
                               "matched": signs, "by": [n for s in signs for n in self.by(s, firing["seq"])]})
        return result

    def inputs(self, fact_id: str, values: Json) -> Json:
        fact = self.kb.facts.get(fact_id)
        if fact is None or not fact.formula:
            return {}
        from clientfire.engine.formulas import formula_names

        return {"formula": fact.formula, "from": {n: values.get(n) for n in formula_names(fact.formula)}}


def build_how(kb: Knowledge, data: Json, lang: str = "en") -> Json:
    """The derivation tree: the verdict first, then every other firing not already in it (by seq)."""
    builder = _Builder(kb, data, lang)
    final = next((f for f in builder.trace if any(d.get("t") == "verdict" for d in f["derived"])), None)
    root = builder.node(final) if final else None
    others = []
    for firing in sorted(builder.trace, key=lambda f: -f["seq"]):
        if firing["seq"] not in builder.expanded:
            others.append(builder.node(firing))
    candidates = [f for f in builder.trace if f["layer"] == "verdict"]
    return {
        "verdict": data.get("verdict"), "strength": data.get("strength"), "tree": root,
        "candidates": [{"seq": f["seq"], "rule": f["rule"], "concludes": f["derived"] + f["already_known"]}
                       for f in candidates],
        "also": sorted(others, key=lambda n: n["seq"]),
        "fired": [f["seq"] for f in builder.trace],
    }
