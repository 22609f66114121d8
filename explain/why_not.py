"""WHY NOT: for a verdict not given, the rules that would conclude it and what each one lacked."""

from __future__ import annotations

from typing import Any

from clientfire.engine.conditions import evidence
from clientfire.engine.model import Condition, FactTest, Knowledge, Match, Rule, SignsAtLeast
from clientfire.engine.result import pick_text
from clientfire.errors import InputError, suggest
from clientfire.messages import message

from .how import flat_values, rule_info
from .pattern_words import pattern_in

__all__ = ["build_why_not", "check_verdict", "feeds", "STATUS"]

Json = dict[str, Any]
#: conditions.check's answer -> the word shown (conditions.status tells `presumed` from `holds`)
STATUS = {True: "holds", False: "fails", None: "unknown"}
#: statuses that let a rule fire
PASSING = ("holds", "presumed")


def check_verdict(kb: Knowledge, verdict: str) -> str:
    """The verdict id of the knowledge `verdict` names in any case, else an InputError naming the choices."""
    ids = [v.id for v in kb.verdicts]
    folded = {i.casefold(): i for i in ids}
    if verdict.casefold() in folded:
        return folded[verdict.casefold()]
    if verdict not in ids:
        raise InputError(message("command.why_not_verdict", verdict=verdict, choices=", ".join(ids)), key="--why-not",
                         suggestion=suggest(verdict, ids))
    return verdict


def _concluded(trace: list[Json]) -> list[Json]:
    return [fact for firing in trace for fact in firing["derived"] + firing["already_known"]]


def _matches(cond: Match, fact: Json) -> bool:
    if fact.get("t") != cond.kind:
        return False
    for attr, wanted in cond.attrs:
        key = "name" if attr == "id" else attr
        default = {"degree": "mild", "remedy_tried": False}.get(key)
        if fact.get(key, default) not in wanted:
            return False
    return True


def feeds(cond: Match, rule: Rule) -> bool:
    """Would `rule`'s conclusion satisfy the pattern `cond`?"""
    then = rule.then
    fact = {"t": then.kind, "name": then.id, **dict(then.attrs)}
    return then.kind == cond.kind and _matches(cond, fact)


class _Reader:
    def __init__(self, kb: Knowledge, data: Json, lang: str) -> None:
        self.kb, self.lang = kb, lang
        self.trace: list[Json] = list(data.get("trace", []))
        self.values = flat_values(data)
        self.facts = _concluded(self.trace)
        self.fired = {f["rule"]: f["seq"] for f in self.trace}

    def condition(self, cond: Condition, deep: bool) -> Json:
        if isinstance(cond, FactTest):
            found = evidence(self.kb, cond, self.values)
            return {"type": "fact", **found}
        if isinstance(cond, SignsAtLeast):
            articles = sorted({f["article"] for f in self.facts if f.get("t") == "sign" and f.get("kind") == "observed"})
            need = self.kb.thresholds[cond.threshold].value
            return {"type": "signs_at_least", "threshold": cond.threshold, "required": need, "value": len(articles),
                    "articles": articles, "status": STATUS[len(articles) >= need]}
        present = [f for f in self.facts if _matches(cond, f)]
        entry: Json = {"type": "match", "pattern": pattern_in(cond, self.lang), "status": "holds" if present else "missing",
                       "present": present}
        if not present and deep:
            entry["could_come_from"] = [self.rule(r, deep=False) for r in self.kb.rules if feeds(cond, r)]
        return entry

    def rule(self, rule: Rule, deep: bool = True) -> Json:
        conditions = [self.condition(c, deep) for c in rule.when]
        then: Json = {"t": rule.then.kind, "name": rule.then.id, **dict(rule.then.attrs)}
        if rule.then.kind == "verdict":
            then = {"t": "candidate", "verdict": rule.then.id, "strength": rule.then.attr("strength")}
        elif rule.then.kind == "sign":
            then.setdefault("degree", "mild")
        return {"rule": rule_info(self.kb, rule.id, self.lang), "concludes": then,
                "fired": rule.id in self.fired, "seq": self.fired.get(rule.id),
                "conditions": conditions,
                "lacking": [c for c in conditions if c["status"] not in PASSING]}


def _one(reader: _Reader, verdict: str, data: Json) -> Json:
    kb = reader.kb
    item = kb.item("verdict", verdict)
    rules = [reader.rule(r) for r in kb.rules if r.then.kind == "verdict" and r.then.id == verdict]
    fired = [r for r in rules if r["fired"]]
    status = "outranked" if fired else "not_concluded"
    return {"verdict": verdict, "title": pick_text(item.title, reader.lang) if item else verdict,
            "status": status, "given": {"verdict": data.get("verdict"), "strength": data.get("strength")},
            "rules": rules}


def build_why_not(kb: Knowledge, data: Json, lang: str = "en", verdicts: list[str] | None = None) -> list[Json]:
    """WHY NOT for each verdict not given (or the ones asked for), in knowledge order."""
    reader = _Reader(kb, data, lang)
    wanted = verdicts if verdicts is not None else [v.id for v in kb.verdicts]
    return [_one(reader, v, data) for v in wanted if v != data.get("verdict")]
