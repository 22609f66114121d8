"""Replay a recorded verdict: on its own knowledge snapshot (reproduced?) and on today's knowledge (changed?)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from clientfire.engine import Engine, client_from_mapping
from clientfire.engine.knowledge_diff import diff_knowledge, rule_shape
from clientfire.engine.model import FactTest, Knowledge, Rule, SignsAtLeast
from clientfire.errors import AuditError, ClientfireError
from clientfire.messages import message

from .query import get_record
from .recorder import opened
from .render import snapshot_engine
from .store import Store

__all__ = ["replay", "replay_diff", "replay_lines"]

Json = dict[str, Any]


def _run(engine: Engine, facts: Json, label: str, day: dt.date) -> Json:
    try:
        client = client_from_mapping(facts, engine.kb, label)
        result = engine.evaluate(client, day)
    except ClientfireError as exc:
        return {"error": str(exc)}
    return {"verdict": result.verdict, "strength": result.strength, "version": engine.kb.version,
            "fired": sorted({f["rule"] for f in result.trace})}


def _thresholds_of(rule: Rule, kb: Knowledge) -> set[str]:
    """The thresholds of `kb` that `rule` compares against."""
    found = {str(c.operand.value) for c in rule.when if isinstance(c, FactTest) and c.operand.kind == "name"}
    found |= {c.threshold for c in rule.when if isinstance(c, SignsAtLeast)}
    return found & set(kb.thresholds)


def _thresholds(old: Knowledge, new: Knowledge, changes: Json, fired: set[str]) -> list[Json]:
    """Each threshold added, removed or changed: old and new value, the rules using it, those of them that fired."""
    values = {k: (None, v) for k, v in changes["added"].items()} | {k: (v, None) for k, v in changes["removed"].items()}
    values |= {c["id"]: (c["old"], c["new"]) for c in changes["changed"]}
    found = []
    for tid in sorted(values):
        used = sorted({r.id for kb in (old, new) for r in kb.rules if tid in _thresholds_of(r, kb)})
        found.append({"id": tid, "old": values[tid][0], "new": values[tid][1], "used_by": used,
                      "fired": sorted(set(used) & fired)})
    return found


def _rules(old: Knowledge, new: Knowledge, full: Json, fired: set[str]) -> list[Json]:
    """Each rule added, removed or changed (conditions, conclusion, sources or texts), and whether it fired."""
    old_rules, new_rules = {r.id: r for r in old.rules}, {r.id: r for r in new.rules}
    parts = {c["id"]: {f["field"] for f in c["changes"]} for c in full["rules"]["changed"]}
    for text in full["texts"]:
        kind, _, rid = text["what"].partition(" ")
        if kind == "rule" and text["field"] == "text.en":  # as before: the English text is the rule's own
            parts.setdefault(rid, set()).add("text")
    change = {**{rid: "added" for rid in full["rules"]["added"]}, **{rid: "removed" for rid in full["rules"]["removed"]},
              **{rid: "changed" for rid in parts}}
    return [{"id": rid, "change": change[rid], "parts": sorted(parts.get(rid, ())),
             "old": rule_shape(old_rules[rid]) if rid in old_rules else None,
             "new": rule_shape(new_rules[rid]) if rid in new_rules else None, "fired": rid in fired}
            for rid in sorted(change)]


def replay_diff(old: Knowledge, new: Knowledge, fired: set[str]) -> Json:
    """`engine.knowledge_diff.diff_knowledge` as replay shows it: one entry per threshold and per rule, with the
    rules that use each changed threshold (`used_by`) and which rules fired in either run (`fired`)."""
    full = diff_knowledge(old, new)
    return {"old_version": old.version, "new_version": new.version,
            "thresholds": _thresholds(old, new, full["thresholds"], fired), "rules": _rules(old, new, full, fired),
            "facts": {kind: sorted(ids) for kind, ids in full["facts"].items()}, "items": full["items"],
            "texts": full["texts"]}


def replay(path: str | Path | Store | None, record_id: int, today_engine: Engine, day: dt.date | None = None) -> Json:
    """Re-run record `record_id` on its recorded knowledge and on today's; what changed in between."""
    with opened(path, False) as store:
        rec = get_record(store, record_id)
        if rec["input"] is None:
            raise AuditError(message("audit.no_facts_erased" if rec["forgotten_by"] is not None else "audit.no_facts",
                                     id=record_id, command=rec["command"]))
        then_engine = snapshot_engine(store, rec["knowledge_hash"], rec["options"].get("where"))
    old_kb = then_engine.kb
    when = day or dt.date.fromisoformat(rec["evaluated_on"])
    label = f"audit record {record_id}"
    then = _run(then_engine, rec["input"], label, when)
    now = _run(today_engine, rec["input"], label, when)
    recorded = {"verdict": rec["verdict"], "strength": rec["strength"], "version": rec["knowledge_version"]}
    diff = replay_diff(old_kb, today_engine.kb, set(then.get("fired", [])) | set(now.get("fired", [])))
    same = "error" not in now and (now["verdict"], now["strength"]) == (rec["verdict"], rec["strength"])
    return {"id": record_id, "client": rec["client"], "created": rec["created"], "evaluated_on": when.isoformat(),
            "recorded": recorded, "reproduced": then.get("verdict") == rec["verdict"]
            and then.get("strength") == rec["strength"], "today": now, "same_verdict": same, "diff": diff}


def _verdict(run: Json) -> str:
    if "error" in run:
        return f"cannot run: {run['error']}"
    return f"{run['verdict']} ({run['strength']}) on knowledge {run['version']}"


def replay_lines(found: Json) -> list[str]:
    """The replay as text lines."""
    lines = [f"record {found['id']}: {found['client']}, recorded {found['created']}, as of {found['evaluated_on']}",
             f"  then:  {_verdict(found['recorded'])}"
             + ("" if found["reproduced"] else " (NOT reproduced on the recorded knowledge)"),
             f"  today: {_verdict(found['today'])}",
             "  same verdict" if found["same_verdict"] else "  DIFFERENT verdict"]
    diff = found["diff"]
    if diff["old_version"] == diff["new_version"]:
        lines.append("knowledge unchanged since the record")
        return lines
    lines.append(f"changes from knowledge {diff['old_version']} to {diff['new_version']}:")
    for t in diff["thresholds"]:
        used = f" (used by {', '.join(t['used_by'])}" + (f"; fired: {', '.join(t['fired'])})" if t["fired"] else ")")
        lines.append(f"  threshold {t['id']}: {t['old']} -> {t['new']}{used if t['used_by'] else ''}")
    for r in diff["rules"]:
        mark = " (fired in one of the runs)" if r["fired"] else ""
        lines.append(f"  rule {r['id']} {r['change']}{': ' + ', '.join(r['parts']) if r['change'] == 'changed' else ''}"
                     f"{mark}")
        if r["change"] == "changed" and "when" in r["parts"]:
            lines.append(f"    when was: {'; '.join(r['old']['when'])}")
            lines.append(f"    when now: {'; '.join(r['new']['when'])}")
    for kind in ("added", "removed", "changed"):
        if diff["facts"][kind]:
            lines.append(f"  facts {kind}: {', '.join(diff['facts'][kind])}")
    if not diff["thresholds"] and not diff["rules"] and not any(diff["facts"].values()):
        lines.append("  no rule, threshold or fact changed (only texts or items)")
    return lines
