"""Lint a knowledge base over its rule network: unknown references, duplicates, cycles, dead and unused parts.

`lint(kb)` works on the model as loaded (before validation): reference and duplicate errors are all
reported, not just the first. Once the model validates, the rule network (`explain.graph.rule_network`)
is checked for cycles, rules that can never fire, verdicts and items no rule can reach, signs nothing
consumes and thresholds nothing uses.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from typing import TYPE_CHECKING, Any

from clientfire.errors import ClientfireError, KnowledgeError
from clientfire.messages import kind_word, message

from .compile import Compiled, compile_knowledge
from .conditions import condition_text
from .cycles import find_cycle
from .findings import ERROR, WARNING, Finding, finding_at, from_error
from .lint_conditions import contradiction, undecided
from .lint_limits import limit_findings
from .lint_refs import documentation_findings, duplicate_findings, reference_findings
from .model import Knowledge, Match, Rule, SignsAtLeast
from .validate import validate

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["lint", "network_findings", "fireable_rules", "refuse_network_errors", "MAX_CYCLES"]

MAX_CYCLES = 20


def lint(kb: Knowledge) -> list[Finding]:
    """Every problem found, errors and warnings, in file and line order."""
    findings = reference_findings(kb) + duplicate_findings(kb) + documentation_findings(kb)
    if not any(f.level == ERROR for f in findings):
        try:
            compiled = compile_knowledge(validate(kb))
        except KnowledgeError as exc:
            findings.append(from_error(exc))
        else:
            findings += network_findings(kb, compiled) + translation_findings(kb)
    return sorted(findings, key=lambda f: (f.path or "", f.line or 0, f.level, f.code, f.message))


def network_findings(kb: Knowledge, compiled: Compiled) -> list[Finding]:
    """Cycles, rules that can never fire, unreachable items, unconsumed signs, unused thresholds, engine limits."""
    from clientfire.explain.graph import rule_network

    graph = rule_network(kb, compiled)
    fireable = fireable_rules(kb, compiled)
    return (_cycles(kb, graph) + _dead_rules(kb, compiled, fireable) + _unreachable(kb, compiled, fireable)
            + _unconsumed(kb, graph) + _unused_thresholds(kb, graph) + _undecided(kb) + limit_findings(kb, compiled))


def _undecided(kb: Knowledge) -> list[Finding]:
    return [finding_at(WARNING, code, message, loc, rule_id=rule.id)
            for rule in kb.rules for code, message, loc in undecided(kb, rule)]


def refuse_network_errors(kb: Knowledge, compiled: Compiled) -> None:
    """Raise the first error `check` finds in the rule network (a cycle, a rule that can never fire): knowledge
    that `check` calls broken gives no verdicts either.

    The errors are looked for without networkx first (~150 ms to import, more than the rest of a knowledge
    cache miss); only knowledge that has one goes through `network_findings`, for the very words `check` uses.
    """
    if not _has_network_error(kb, compiled):
        return
    errors = sorted((f for f in network_findings(kb, compiled) if f.level == ERROR),
                    key=lambda f: (f.path or "", f.line or 0, f.message))
    if errors:
        first = errors[0]
        said = first.said or first.message
        more = message("lint.refused_more", first=said, more=len(errors) - 1) if len(errors) > 1 else \
            message("lint.refused", first=said)
        raise KnowledgeError(more, path=first.path,
                             line=first.line, key=first.key, rule_id=first.rule_id)


def _has_network_error(kb: Knowledge, compiled: Compiled) -> bool:
    """Whether `network_findings` would hold an error: a cycle, a rule that can never fire, an engine limit."""
    from clientfire.explain.graph import rule_edges

    return bool(find_cycle(rule_edges(kb, compiled)) or _dead_rules(kb, compiled, fireable_rules(kb, compiled))
                or limit_findings(kb, compiled))


def _produced(compiled: Compiled) -> dict[str, dict[str, Any]]:
    return {rid: dict(action.asserts[0]) for rid, action in compiled.actions.items()}


def _accepts(match: Match, fact: dict[str, Any]) -> bool:
    return fact.get("t") == match.kind and all(fact.get("name" if name == "id" else name) in values
                                                for name, values in match.attrs)


def _condition_ok(kb: Knowledge, cond: object, fired: set[str], produced: dict[str, dict[str, Any]]) -> bool:
    if isinstance(cond, Match):
        return any(rid in fired and _accepts(cond, fact) for rid, fact in produced.items())
    if isinstance(cond, SignsAtLeast):
        articles = {f["article"] for rid, f in produced.items()
                    if rid in fired and f.get("t") == "sign" and f.get("kind") == "observed"}
        return len(articles) >= kb.thresholds[cond.threshold].value
    return True


def fireable_rules(kb: Knowledge, compiled: Compiled) -> set[str]:
    """The rules (select rules included) that some client can make fire, by a fixpoint over the network."""
    produced = _produced(compiled)
    live = [r for r in kb.rules if contradiction(kb, r) is None]
    fired: set[str] = set()
    changed = True
    while changed:
        size = len(fired)
        fired |= {r.id for r in live if all(_condition_ok(kb, c, fired, produced) for c in r.when)}
        candidates = {(f["verdict"], f["strength"]) for rid, f in produced.items()
                      if rid in fired and f.get("t") == "candidate"}
        fired |= {rid for rid, f in produced.items()
                  if compiled.actions[rid].layer == "select" and (f["name"], f["strength"]) in candidates}
        changed = len(fired) > size
    return fired


def _dead_rules(kb: Knowledge, compiled: Compiled, fireable: set[str]) -> list[Finding]:
    produced = _produced(compiled)
    found = []
    for rule in kb.rules:
        if rule.id in fireable:
            continue
        reason, loc = contradiction(kb, rule) or next(
            ((message("lint.needs", condition=condition_text(c)), c.loc) for c in rule.when
             if not _condition_ok(kb, c, fireable, produced)), (message("lint.never_together"), rule.loc))
        found.append(finding_at(ERROR, "never_fires", message("lint.never_fires", reason=reason), loc, rule_id=rule.id))
    return found


def _unreachable(kb: Knowledge, compiled: Compiled, fireable: set[str]) -> list[Finding]:
    reached = {(f["t"], f["name"]) for rid, f in _produced(compiled).items() if rid in fireable and "name" in f}
    found = []
    for kind in ("verdict", "sign", "remedy", "guidance", "prevention", "notice"):
        for item in kb.items(kind):
            if (kind, item.id) not in reached:
                code = "unreachable_verdict" if kind == "verdict" else "unreachable"
                found.append(finding_at(WARNING, code, message("lint.unreachable", kind=kind_word(kind), name=item.id),
                                        item.loc, key="id"))
    return found


def _unconsumed(kb: Knowledge, graph: nx.DiGraph) -> list[Finding]:
    found = []
    for sign in kb.signs:
        node = f"sign:{sign.id}"
        concluded = any(graph.nodes[p].get("kind") == "rule" for p in graph.predecessors(node))
        if concluded and not any(True for _ in graph.successors(node)):
            found.append(finding_at(WARNING, "unconsumed", message("lint.unconsumed", name=sign.id),
                                    sign.loc, key="id"))
    return found


def _unused_thresholds(kb: Knowledge, graph: nx.DiGraph) -> list[Finding]:
    used: set[str] = set()
    for _, _, data in graph.edges(data=True):
        used.update(t["threshold"] for t in data.get("tests", []) if t.get("threshold"))
        if data.get("kind") == "count":
            used.add(data["threshold"])
    return [finding_at(WARNING, "unused_threshold", message("lint.unused_threshold", name=tid), t.loc, key=tid)
            for tid, t in kb.thresholds.items() if tid not in used]


def _cycles(kb: Knowledge, graph: nx.DiGraph) -> list[Finding]:
    import networkx as nx

    found = []
    for cycle in sorted(sorted(c) for c in nx.simple_cycles(graph))[:MAX_CYCLES]:
        rules = [n.split(":", 1)[1] for n in cycle if n.startswith("rule:")]
        rule: Rule | None = kb.rule(rules[0]) if rules else None
        shown = " -> ".join(cycle + cycle[:1])
        found.append(finding_at(ERROR, "cycle", message("lint.cycle", shown=shown), rule.loc if rule else None,
                                rule_id=rule.id if rule else None))
    return found


def translation_findings(kb: Knowledge) -> list[Finding]:
    """Missing translations as warnings, from `engine.i18n_check.missing_translations` when it exists."""
    try:
        module = importlib.import_module("clientfire.engine.i18n_check")
    except ImportError:
        return []
    check = getattr(module, "missing_translations", None)
    if check is None:
        return []
    try:
        missing = list(check(kb))
    except ClientfireError as exc:
        return [from_error(exc, code="missing_translation", level=WARNING)]
    return [_said(item) for item in _grouped([_translation(entry) for entry in missing])]


def _translation(entry: Any) -> Finding:
    data = entry._asdict() if hasattr(entry, "_asdict") else entry if isinstance(entry, dict) else vars(entry)
    what, lang = data.get("what"), data.get("lang")
    message = data.get("message") or (f"'{what}' has no translation: {lang}" if what else str(entry))
    return Finding(WARNING, "missing_translation", message, path=data.get("path"), line=data.get("line"),
                   rule_id=data.get("rule_id"))


def _said(item: Finding) -> Finding:
    """A missing-translation warning as a message: what lacks a translation, and the languages it lacks."""
    found = re.fullmatch(r"'(interface string|message template) '(.*)'' has no translation: (.*)", item.message, re.S) \
        or re.fullmatch(r"'(.*)' has no translation: (.*)", item.message, re.S)
    if found is None:
        return item
    if found.lastindex == 3:
        what = message("what.interface" if found.group(1) == "interface string" else "what.message")
        said = message("lint.no_translation_of", what=what, text=found.group(2), langs=found.group(3))
    else:
        said = message("lint.no_translation", what=found.group(1), langs=found.group(2))
    return dataclasses.replace(item, said=said) if said.text("en") == item.message else item


def _grouped(findings: list[Finding]) -> list[Finding]:
    """One warning per text, naming every language it lacks."""
    merged: dict[tuple[str | None, int | None, str], Finding] = {}
    for item in findings:
        head, _, lang = item.message.rpartition(": ")
        key = (item.path, item.line, head)
        if key in merged and head:
            merged[key] = dataclasses.replace(merged[key], message=f"{merged[key].message}, {lang}")
        else:
            merged[key] = item
    return list(merged.values())
