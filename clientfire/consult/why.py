"""`why`: which rules and signs an answer feeds, and what it could change (found by re-running the engine)."""

from __future__ import annotations

from typing import Any

from clientfire.engine.conditions import required_value
from clientfire.engine.model import Conclusion, FactTest, Knowledge, Match, Rule, SignsAtLeast
from clientfire.engine.result import pick_text
from clientfire.explain.evidence import format_value
from clientfire.explain.labels import label

from .questions import PHASES, Assessment, Chooser
from .screens import group_of, is_list, screen_text, shown
from .words import say

__all__ = ["explain", "explain_screen", "describe_outcome", "describe_rule"]


def describe_outcome(kb: Knowledge, outcome: Any, lang: str) -> str:
    """`FIRE (Strong case)` for a (verdict, strength) outcome."""
    strength = kb.item("strength", outcome[1])
    return f"{label(outcome[0], lang).upper()} ({pick_text(strength.title, lang) if strength else outcome[1]})"


def _condition(kb: Knowledge, cond: Any, lang: str) -> str:
    if isinstance(cond, FactTest):
        required, threshold = required_value(kb, cond, {})
        text = f"{cond.fact} {cond.op} {format_value(required)}" + (f" [{threshold}]" if threshold else "")
        return text + (say(" or unknown", lang) if cond.or_unknown else "")
    if isinstance(cond, Match):
        attrs = ", ".join(f"{k} {'/'.join(format_value(v) for v in vals)}" for k, vals in cond.attrs)
        return f"{label(cond.kind, lang)} ({attrs})"
    if isinstance(cond, SignsAtLeast):
        return say("at least {n} distinct article signs", lang, n=format_value(kb.thresholds[cond.threshold].value))
    return str(cond)


def _conclusion(then: Conclusion, lang: str) -> str:
    extra = [str(then.attr(k)) for k in ("degree", "strength", "note") if then.attr(k) is not None]
    extra += [say("remedy tried", lang)] if then.attr("remedy_tried") else []
    return f"{label(then.kind, lang)} {then.id}" + (f" ({', '.join(extra)})" if extra else "")


def describe_rule(kb: Knowledge, rule: Rule, lang: str = "en") -> str:
    """`sign.late_payment: payment.late_invoices >= 3 [..] and ... -> sign late_payment (mild)`."""
    when = say(" and ", lang).join(_condition(kb, c, lang) for c in rule.when) or say("always", lang)
    return f"{rule.id}: {when} -> {_conclusion(rule.then, lang)}"


def _plan_change(kb: Knowledge, base: Any, new: Any, lang: str) -> str:
    """How one exit plan differs from another: items added or dropped, details shown."""
    before = {g[0]: g for g in base[2]}
    after = {g[0]: g for g in new[2]}
    parts = []
    for gid in after.keys() - before.keys():
        item = kb.item("guidance", gid)
        parts.append(say("adds '{item}'", lang, item=pick_text(item.title, lang) if item else gid))
    parts += [say("drops '{item}'", lang, item=gid) for gid in sorted(before.keys() - after.keys())]
    for gid in sorted(after.keys() & before.keys()):
        details = sorted(set(after[gid][1]) - set(before[gid][1]))
        parts += [say("shows {facts} under '{item}'", lang, facts=", ".join(details), item=gid)] if details else []
        parts += [say("adds a note to '{item}'", lang, item=gid)] if after[gid][2] != before[gid][2] else []
    parts += [say("adds prevention '{item}'", lang, item=p) for p in new[3] if p not in base[3]]
    parts += [say("drops prevention '{item}'", lang, item=p) for p in base[3] if p not in new[3]]
    return say("the exit plan {parts}", lang, parts="; ".join(sorted(parts))) if parts \
        else say("the exit plan changes", lang)


def _changes(kb: Knowledge, found: Assessment, lang: str, line: str = "  - answer {answer}: {effect}") -> list[str]:
    grouped: dict[Any, list[Any]] = {}
    for value, outcome in found.changes:
        grouped.setdefault(outcome, []).append(value)
    lines = []
    for outcome, answers in grouped.items():
        given = say(" or ", lang).join(format_value(v) for v in answers)
        if found.phase == "verdict":
            effect = say("the verdict would be {new} instead of {base}", lang,
                         new=describe_outcome(kb, outcome, lang), base=describe_outcome(kb, found.base, lang))
        else:
            effect = _plan_change(kb, found.base, outcome, lang)
        lines.append(say(line, lang, answer=given, effect=effect))
    return lines


def explain(chooser: Chooser, fact: str, values: dict[str, Any], closed: set[str], lang: str = "en") -> str:
    """The `why` text for one fact, given the answers so far."""
    kb = chooser.kb
    phase = chooser.phase_of(fact) or "verdict"
    lines = [say("Why this question: {what} ({text}).", lang, what=fact, text=pick_text(kb.facts[fact].text, lang))]
    feeds = chooser.links.feeds(fact, PHASES[phase])
    if feeds:
        lines.append(say("The answer feeds these rules:", lang))
        for feed in feeds:
            via = say(" (through {via} = {formula})", lang, via=feed.via, formula=kb.facts[feed.via].formula) \
                if feed.via else ""
            lines.append(f"  - {describe_rule(kb, feed.rule, lang)}{via}")
    if fact in chooser.links.shown:
        items = [g.id for g in kb.guidance if fact in g.shows]
        lines.append(say("The exit plan shows it under: {items}.", lang, items=", ".join(items)))
    reach = chooser.links.reaches(fact)
    kinds = ("sign", "verdict") if phase == "verdict" else ("guidance", "prevention")
    reached = _reached(reach, kinds, lang)
    if reached:
        lines.append(say("Through them it can lead to {reached}.", lang, reached=reached))
    if phase == "exit":
        lines.append(say("settled", lang, outcome=describe_outcome(kb, chooser.oracle.outcome(values), lang)))
    found = chooser.assess(fact, values, closed)
    if found is None:
        lines.append(say("With your answers so far it can no longer change the outcome.", lang))
    elif found.now:
        lines.append(say("What it could change now (the engine re-run with each answer):", lang))
        lines.extend(_changes(kb, found, lang))
    else:
        lines.append(say("alone", lang, rule=found.rule, assumed=_assumed(found)))
        lines.extend(_changes(kb, found, lang))
    return "\n".join(lines)


def _reached(reach: dict[str, list[str]], kinds: tuple[str, ...], lang: str) -> str:
    """`signs a, b; verdicts fire` (English) or `tanda: a, b; keputusan: fire`."""
    if lang == "en":
        return "; ".join(f"{kind}s {', '.join(reach[kind])}" for kind in kinds if reach.get(kind))
    return "; ".join(f"{label(kind, lang)}: {', '.join(reach[kind])}" for kind in kinds if reach.get(kind))


def _assumed(found: Assessment) -> str:
    return ", ".join(f"{k} = {format_value(v)}" for k, v in found.assumed)


def explain_screen(chooser: Chooser, found: Assessment, lang: str = "en") -> str:
    """The `why` text for a screen question, a fact list (or a fact whose `no` settles others, `has_staff`): the
    facts it covers, their rules and signs, what they could change."""
    kb = chooser.kb
    group = group_of(found.fact)
    calm = ", ".join(f"{f} = {format_value(kb.facts[f].calm)}" for f in found.covers)
    text = pick_text(kb.facts[found.fact].text if found.fact in kb.facts else
                     kb.group_titles.get(group, {}) if is_list(found.fact) else screen_text(kb, group), lang)
    lines = [say("Why this question: {what} ({text}).", lang, what=shown(found.fact, lang), text=text),
             say("list no" if is_list(found.fact) else "screen no", lang, calm=calm),
             say("The facts it covers feed these rules:", lang)]
    seen: set[str] = set()
    for fact in found.covers:
        for feed in chooser.links.feeds(fact, PHASES["verdict"]):
            if feed.rule.id not in seen:
                seen.add(feed.rule.id)
                lines.append(f"  - {describe_rule(kb, feed.rule, lang)}")
    signs = [s for f in found.covers for s in chooser.links.reaches(f).get("sign", [])]
    if signs:
        reached = _reached({"sign": list(dict.fromkeys(signs))}, ("sign",), lang)
        lines.append(say("Through them it can lead to {reached}.", lang, reached=reached))
    if found.now:
        lines.append(say("What they could change now (the engine re-run with each answer):", lang))
    else:
        lines.append(say("together", lang, rule=found.rule, assumed=_assumed(found)))
    lines.extend(_changes(kb, found, lang, "  - yes, with {answer}: {effect}"))
    return "\n".join(lines)
