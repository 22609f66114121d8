"""Replay a recorded verdict: on its own knowledge snapshot (reproduced?) and on today's knowledge (changed?)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from clientfire.engine import Engine, client_from_mapping
from clientfire.errors import ClientfireError

from .query import get_record, snapshot_files
from .snapshot import diff_knowledge, load_snapshot

__all__ = ["replay", "replay_lines"]

Json = dict[str, Any]


def _run(engine: Engine, facts: Json, label: str, day: dt.date) -> Json:
    try:
        client = client_from_mapping(facts, engine.kb, label)
        result = engine.evaluate(client, day)
    except ClientfireError as exc:
        return {"error": str(exc)}
    return {"verdict": result.verdict, "strength": result.strength, "version": engine.kb.version,
            "fired": sorted({f["rule"] for f in result.trace})}


def replay(path: Path, record_id: int, today_engine: Engine, day: dt.date | None = None) -> Json:
    """Re-run record `record_id` on its recorded knowledge and on today's; what changed in between."""
    rec = get_record(path, record_id)
    old_kb = load_snapshot(snapshot_files(path, rec["knowledge_hash"]))
    when = day or dt.date.fromisoformat(rec["evaluated_on"])
    label = f"audit record {record_id}"
    then = _run(Engine(kb=old_kb), rec["input"], label, when)
    now = _run(today_engine, rec["input"], label, when)
    recorded = {"verdict": rec["verdict"], "strength": rec["strength"], "version": rec["knowledge_version"]}
    diff = diff_knowledge(old_kb, today_engine.kb)
    fired = set(then.get("fired", [])) | set(now.get("fired", []))
    for entry in diff["rules"]:
        entry["fired"] = entry["id"] in fired
    for entry in diff["thresholds"]:
        entry["fired"] = sorted(set(entry["used_by"]) & fired)
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
    for kind in ("added", "removed"):
        if diff["facts"][kind]:
            lines.append(f"  facts {kind}: {', '.join(diff['facts'][kind])}")
    if not diff["thresholds"] and not diff["rules"] and not any(diff["facts"].values()):
        lines.append("  no rule, threshold or fact changed (only texts or items)")
    return lines
