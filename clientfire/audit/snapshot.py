"""Knowledge snapshots (file name -> text, keyed by content hash) and the differences between two versions."""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path
from typing import Any

from clientfire.engine.load import knowledge_files, load_knowledge
from clientfire.engine.model import Condition, FactTest, Knowledge, Match, Rule
from clientfire.errors import AuditError

__all__ = ["snapshot_of", "load_snapshot", "diff_knowledge", "rule_form", "OVERRIDES"]

Json = dict[str, Any]
_cache: dict[tuple[str, str], tuple[str, dict[str, str]]] = {}
#: the snapshot key under which an overrides file is kept (not a file name a knowledge folder can hold)
OVERRIDES = "<overrides>"


def _version(raw: dict[str, bytes], overrides: bytes | None) -> str:
    digest = hashlib.sha256()
    for name, data in raw.items():
        digest.update(name.encode() + b"\0" + data + b"\0")
    version = digest.hexdigest()[:12]
    if overrides is None:
        return version
    return hashlib.sha256(f"{version}\0{hashlib.sha256(overrides).hexdigest()}".encode()).hexdigest()[:12]


def snapshot_of(kb: Knowledge, overrides: str | Path | None = None) -> tuple[str, dict[str, str]]:
    """The knowledge files of `kb` (name -> text; an overrides file under OVERRIDES) and their content hash.

    The files are checked against `kb.version`, so a snapshot always loads back as the knowledge used.
    """
    key = (kb.directory, kb.version)
    if key not in _cache:
        try:
            raw = {p.name: p.read_bytes() for p in knowledge_files(Path(kb.directory))}
            extra = Path(overrides).read_bytes() if overrides else None
        except OSError as exc:
            raise AuditError(f"cannot read the knowledge files to keep a snapshot: {exc}", path=kb.directory) from exc
        if _version(raw, extra) != kb.version:
            raise AuditError("the knowledge files differ from the knowledge in use (edited while clientfire ran, "
                             "or an overrides file not passed to the audit log); run the command again",
                             path=kb.directory)
        files = {name: data.decode("utf-8") for name, data in raw.items()}
        if extra is not None:
            files[OVERRIDES] = extra.decode("utf-8")
        _cache[key] = (hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest(), files)
    return _cache[key]


def load_snapshot(files: dict[str, str]) -> Knowledge:
    """Load a stored snapshot as a Knowledge (written to a temporary folder first), overrides merged."""
    with tempfile.TemporaryDirectory(prefix="clientfire-snapshot-") as folder:
        base = Path(folder) / "knowledge"
        base.mkdir()
        for name, text in files.items():
            if name != OVERRIDES:
                (base / Path(name).name).write_bytes(text.encode("utf-8"))
        extra = None
        if OVERRIDES in files:
            extra = Path(folder) / "overrides.yaml"
            extra.write_bytes(files[OVERRIDES].encode("utf-8"))
        if extra is None:
            return load_knowledge(base)
        from clientfire.engine.overrides import load_merged

        return load_merged(base, extra)


def _condition(cond: Condition) -> str:
    if isinstance(cond, FactTest):
        operand = cond.operand.value
        shown = ("true" if operand else "false") if isinstance(operand, bool) else operand
        return f"{cond.fact} {cond.op} {shown}" + (" or unknown" if cond.or_unknown else "")
    if isinstance(cond, Match):
        return f"{cond.kind}: " + json.dumps({k: list(v) for k, v in cond.attrs}, sort_keys=True)
    return f"signs_at_least: {cond.threshold}"


def rule_form(rule: Rule) -> Json:
    """A rule as comparable data: conditions, conclusion, source and text (no line numbers)."""
    return {"when": [_condition(c) for c in rule.when],
            "then": {"kind": rule.then.kind, "id": rule.then.id, **{k: v for k, v in rule.then.attrs}},
            "source": list(rule.source), "text": rule.text.get("en", "")}


def _thresholds_of(rule: Rule, kb: Knowledge) -> set[str]:
    found = {str(c.operand.value) for c in rule.when if isinstance(c, FactTest) and c.operand.kind == "name"}
    found |= {c.threshold for c in rule.when if hasattr(c, "threshold")}
    return found & set(kb.thresholds)


def diff_knowledge(old: Knowledge, new: Knowledge) -> Json:
    """Thresholds and rules added, removed or changed between two knowledge versions."""
    thresholds = []
    for tid in sorted(set(old.thresholds) | set(new.thresholds)):
        before, after = old.thresholds.get(tid), new.thresholds.get(tid)
        if before is None or after is None or before.value != after.value:
            thresholds.append({"id": tid, "old": before.value if before else None,
                               "new": after.value if after else None})
    rules = []
    old_rules, new_rules = {r.id: r for r in old.rules}, {r.id: r for r in new.rules}
    for rid in sorted(set(old_rules) | set(new_rules)):
        before = rule_form(old_rules[rid]) if rid in old_rules else None
        after = rule_form(new_rules[rid]) if rid in new_rules else None
        if before != after:
            parts = sorted(k for k in (before or after or {}) if not before or not after or before[k] != after[k])
            rules.append({"id": rid, "change": "added" if before is None else "removed" if after is None
                          else "changed", "parts": parts, "old": before, "new": after})
    users = {t["id"]: sorted(r.id for kb in (old, new) for r in kb.rules if t["id"] in _thresholds_of(r, kb))
             for t in thresholds}
    for entry in thresholds:
        entry["used_by"] = sorted(set(users[entry["id"]]))
    facts = {"added": sorted(set(new.facts) - set(old.facts)), "removed": sorted(set(old.facts) - set(new.facts))}
    return {"old_version": old.version, "new_version": new.version, "thresholds": thresholds, "rules": rules,
            "facts": facts}
