"""`why`: which rules and signs an answer feeds, and what it could change (found by re-running the engine)."""

from __future__ import annotations

from typing import Any

from clientfire.engine.conditions import required_value
from clientfire.engine.model import Conclusion, FactTest, Knowledge, Match, Rule, SignsAtLeast
from clientfire.engine.result import pick_text
from clientfire.explain.evidence import format_value
from clientfire.explain.labels import label

from .questions import PHASES, Assessment, Chooser
from .screens import group_of, screen_text

__all__ = ["explain", "explain_screen", "describe_outcome", "describe_rule"]


def describe_outcome(kb: Knowledge, outcome: Any, lang: str) -> str:
    """`FIRE (Strong case)` for a (verdict, strength) outcome."""
    strength = kb.item("strength", outcome[1])
    return f"{label(outcome[0], lang).upper()} ({pick_text(strength.title, lang) if strength else outcome[1]})"


def _condition(kb: Knowledge, cond: Any) -> str:
    if isinstance(cond, FactTest):
        required, threshold = required_value(kb, cond, {})
        text = f"{cond.fact} {cond.op} {format_value(required)}" + (f" [{threshold}]" if threshold else "")
        return text + (" or unknown" if cond.or_unknown else "")
    if isinstance(cond, Match):
        attrs = ", ".join(f"{k} {'/'.join(format_value(v) for v in vals)}" for k, vals in cond.attrs)
        return f"{cond.kind} ({attrs})"
    if isinstance(cond, SignsAtLeast):
        return f"at least {format_value(kb.thresholds[cond.threshold].value)} distinct article signs"
    return str(cond)


def _conclusion(then: Conclusion) -> str:
    extra = [str(then.attr(k)) for k in ("degree", "strength", "note") if then.attr(k) is not None]
    extra += ["remedy tried"] if then.attr("remedy_tried") else []
    return f"{then.kind} {then.id}" + (f" ({', '.join(extra)})" if extra else "")


def describe_rule(kb: Knowledge, rule: Rule) -> str:
    """`sign.late_payment: payment.late_invoices >= 3 [..] and ... -> sign late_payment (mild)`."""
    when = " and ".join(_condition(kb, c) for c in rule.when) or "always"
    return f"{rule.id}: {when} -> {_conclusion(rule.then)}"


def _plan_change(kb: Knowledge, base: Any, new: Any, lang: str) -> str:
    """How one exit plan differs from another: items added or dropped, details shown."""
    before = {g[0]: g for g in base[2]}
    after = {g[0]: g for g in new[2]}
    parts = []
    for gid in after.keys() - before.keys():
        item = kb.item("guidance", gid)
        parts.append(f"adds '{pick_text(item.title, lang) if item else gid}'")
    parts += [f"drops '{gid}'" for gid in sorted(before.keys() - after.keys())]
    for gid in sorted(after.keys() & before.keys()):
        shown = sorted(set(after[gid][1]) - set(before[gid][1]))
        parts += [f"shows {', '.join(shown)} under '{gid}'"] if shown else []
        parts += ["adds a note to '" + gid + "'"] if after[gid][2] != before[gid][2] else []
    parts += [f"adds prevention '{p}'" for p in new[3] if p not in base[3]]
    parts += [f"drops prevention '{p}'" for p in base[3] if p not in new[3]]
    return "the exit plan " + "; ".join(sorted(parts)) if parts else "the exit plan changes"


def _changes(kb: Knowledge, found: Assessment, lang: str) -> list[str]:
    grouped: dict[Any, list[Any]] = {}
    for value, outcome in found.changes:
        grouped.setdefault(outcome, []).append(value)
    lines = []
    for outcome, answers in grouped.items():
        shown = ", ".join(format_value(v) for v in answers)
        if found.phase == "verdict":
            effect = (f"the verdict would be {describe_outcome(kb, outcome, lang)} instead of "
                      f"{describe_outcome(kb, found.base, lang)}")
        else:
            effect = _plan_change(kb, found.base, outcome, lang)
        lines.append(f"  - answer {shown}: {effect}")
    return lines


def explain(chooser: Chooser, fact: str, values: dict[str, Any], closed: set[str], lang: str = "en") -> str:
    """The `why` text for one fact, given the answers so far."""
    kb = chooser.kb
    phase = chooser.phase_of(fact) or "verdict"
    lines = [f"Why this question: {fact} ({pick_text(kb.facts[fact].text, lang)})."]
    feeds = chooser.links.feeds(fact, PHASES[phase])
    if feeds:
        lines.append("The answer feeds these rules:")
        for feed in feeds:
            via = f" (through {feed.via} = {kb.facts[feed.via].formula})" if feed.via else ""
            lines.append(f"  - {describe_rule(kb, feed.rule)}{via}")
    if fact in chooser.links.shown:
        items = [g.id for g in kb.guidance if fact in g.shows]
        lines.append(f"The exit plan shows it under: {', '.join(items)}.")
    reach = chooser.links.reaches(fact)
    kinds = ("sign", "verdict") if phase == "verdict" else ("guidance", "prevention")
    reached = [f"{kind}s {', '.join(reach[kind])}" for kind in kinds if reach.get(kind)]
    if reached:
        lines.append("Through them it can lead to " + "; ".join(reached) + ".")
    if phase == "exit":
        outcome = chooser.oracle.outcome(values)
        lines.append(f"The verdict is settled at {describe_outcome(kb, outcome, lang)}: this answer cannot change it. "
                     "It is asked only now because it shapes the exit plan (timing, refund, next contract).")
    found = chooser.assess(fact, values, closed)
    if found is None:
        lines.append("With your answers so far it can no longer change the outcome.")
    elif found.now:
        lines.append("What it could change now (the engine re-run with each answer):")
        lines.extend(_changes(kb, found, lang))
    else:
        assumed = ", ".join(f"{k} = {format_value(v)}" for k, v in found.assumed)
        lines.append(f"On its own it cannot change the outcome yet, but together with other answers it can "
                     f"(rule {found.rule}). For example, if also {assumed}:")
        lines.extend(_changes(kb, found, lang))
    return "\n".join(lines)


def explain_screen(chooser: Chooser, found: Assessment, lang: str = "en") -> str:
    """The `why` text for a screen question: the facts it covers, their rules and signs, what they could change."""
    kb = chooser.kb
    group = group_of(found.fact)
    calm = ", ".join(f"{f} = {format_value(kb.facts[f].calm)}" for f in found.covers)
    lines = [f"Why this question: {group} (screen) ({pick_text(screen_text(kb, group), lang)}).",
             f"A no sets the unknown facts of '{group}' to their calm values (nothing wrong there): {calm}. "
             "A yes asks them one by one.", "The facts it covers feed these rules:"]
    seen: set[str] = set()
    for fact in found.covers:
        for feed in chooser.links.feeds(fact, PHASES["verdict"]):
            if feed.rule.id not in seen:
                seen.add(feed.rule.id)
                lines.append(f"  - {describe_rule(kb, feed.rule)}")
    signs = [s for f in found.covers for s in chooser.links.reaches(f).get("sign", [])]
    if signs:
        lines.append(f"Through them it can lead to signs {', '.join(dict.fromkeys(signs))}.")
    if found.now:
        lines.append("What they could change now (the engine re-run with each answer):")
    else:
        assumed = ", ".join(f"{k} = {format_value(v)}" for k, v in found.assumed)
        lines.append(f"Together with other answers they can change the outcome (rule {found.rule}). "
                     f"For example, if also {assumed}:")
    lines.extend(line.replace("  - answer ", "  - yes, with ", 1) for line in _changes(kb, found, lang))
    return "\n".join(lines)
