"""What differs between two knowledge bases: rules, thresholds, items and texts, and the verdicts of clients."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from clientfire.errors import ClientfireError

from .client import EVIDENCE_KEY, MAX_CLIENT_BYTES, client_from_mapping
from .conditions import condition_text
from .files import shown_name
from .model import ITEM_KINDS, Knowledge, Rule, Text
from .run import Engine
from .yamlio import LocDict, read_document

__all__ = ["rule_shape", "diff_knowledge", "verdict_changes", "outcome_of", "ITEM_KINDS", "Given"]

#: a client that is not a file of its own (a row of a portfolio): where it is, and a reader of its facts
Given = tuple[str, Callable[[], dict[str, Any]]]



def rule_shape(rule: Rule) -> dict[str, Any]:
    """A rule as comparable data: conditions, conclusion, sources."""
    then = ", ".join([f"{rule.then.kind}: {rule.then.id}"] + [f"{k}: {v}" for k, v in rule.then.attrs])
    return {"when": [condition_text(c) for c in rule.when], "then": then, "source": list(rule.source)}


def _keyed(old: dict[str, Any], new: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    added = [k for k in new if k not in old]
    removed = [k for k in old if k not in new]
    return added, removed, [k for k in new if k in old and old[k] != new[k]]


def _text_changes(what: str, old: Text, new: Text, field: str) -> list[dict[str, Any]]:
    return [{"what": what, "field": f"{field}.{lang}", "old": old.get(lang), "new": new.get(lang)}
            for lang in sorted(set(old) | set(new)) if old.get(lang) != new.get(lang)]


def diff_knowledge(old: Knowledge, new: Knowledge) -> dict[str, Any]:
    """Rules, thresholds, items, facts and texts that were added, removed or changed."""
    old_rules, new_rules = {r.id: r for r in old.rules}, {r.id: r for r in new.rules}
    added, removed, _ = _keyed(old_rules, new_rules)
    changed = []
    for rid in (r for r in new_rules if r in old_rules):
        before, after = rule_shape(old_rules[rid]), rule_shape(new_rules[rid])
        fields = [{"field": k, "old": before[k], "new": after[k]} for k in before if before[k] != after[k]]
        if fields:
            changed.append({"id": rid, "changes": fields})
    old_t = {k: t.value for k, t in old.thresholds.items()}
    new_t = {k: t.value for k, t in new.thresholds.items()}
    t_added, t_removed, t_changed = _keyed(old_t, new_t)
    texts = [c for rid in new_rules if rid in old_rules
             for c in _text_changes(f"rule {rid}", old_rules[rid].text, new_rules[rid].text, "text")]
    items: dict[str, Any] = {}
    for kind in ITEM_KINDS:
        before = {i.id: i for i in old.items(kind)}
        after = {i.id: i for i in new.items(kind)}
        i_added, i_removed, _ = _keyed(before, after)
        if i_added or i_removed:
            items[kind] = {"added": i_added, "removed": i_removed}
        for iid in (i for i in after if i in before):
            texts += _text_changes(f"{kind} {iid}", before[iid].title, after[iid].title, "title")
            texts += _text_changes(f"{kind} {iid}", before[iid].text, after[iid].text, "text")
    f_added, f_removed, _ = _keyed(old.facts, new.facts)
    f_changed = [f for f in new.facts if f in old.facts and
                 (old.facts[f].type, old.facts[f].formula) != (new.facts[f].type, new.facts[f].formula)]
    return {
        "rules": {"added": added, "removed": removed, "changed": changed},
        "thresholds": {"added": {k: new_t[k] for k in t_added}, "removed": {k: old_t[k] for k in t_removed},
                       "changed": [{"id": k, "old": old_t[k], "new": new_t[k]} for k in t_changed]},
        "items": items,
        "facts": {"added": f_added, "removed": f_removed, "changed": f_changed},
        "texts": texts,
    }


def _located(data: dict[str, Any], like: Any) -> LocDict:
    """`data` as a LocDict with the lines of `like` (messages keep pointing at the file's lines)."""
    result = LocDict(data)
    result.line, result.lines = getattr(like, "line", 1), dict(getattr(like, "lines", {}))
    return result


def _known_only(kb: Knowledge, other: Knowledge | None, data: Any) -> tuple[Any, list[str]]:
    """The client data without the facts only the other knowledge knows (a new fact, say), and their names.

    Everything else is checked exactly as `verdict` checks it: a key neither knowledge knows (a typo) is an error.
    """
    if not isinstance(data, dict) or other is None:
        return data, []

    def other_only(fact: str) -> bool:
        return fact not in kb.facts and fact in other.facts and other.facts[fact].formula is None

    kept, dropped = _located({}, data), []
    for key, value in data.items():
        if key == EVIDENCE_KEY and isinstance(value, dict):  # the records of facts this knowledge knows too
            kept[key] = _located({k: v for k, v in value.items() if not other_only(str(k))}, value)
            continue
        if key.startswith(EVIDENCE_KEY + ".") and other_only(key.split(".", 1)[1]):
            continue
        if isinstance(value, dict) and "." not in key and not any(f.startswith(f"{key}.") for f in kb.facts):
            if value and all(other_only(f"{key}.{k}") for k in value):
                dropped.append(key)  # a group only the other knowledge has
                continue
        if isinstance(value, dict) and "." not in key:
            dropped += [f"{key}.{k}" for k in value if other_only(f"{key}.{k}")]
            kept[key] = _located({k: v for k, v in value.items() if not other_only(f"{key}.{k}")}, value)
        elif other_only(key):
            dropped.append(key)
        else:
            kept[key] = value
    return kept, dropped


def outcome_of(engine: Engine, path: Path | Given, today: dt.date, other: Knowledge | None = None) -> dict[str, Any]:
    """One client's verdict, strength, signs and advice under one engine (or the error reading it).

    The file is read and checked as `verdict` reads it; only facts that the `other` knowledge knows and this
    one does not are left out (and listed), so that a client file written for a knowledge version with a new
    fact can still be compared with the version before it.
    """
    shown = shown_name(path) if isinstance(path, Path) else path[0]
    try:
        data = read_document(path, max_bytes=MAX_CLIENT_BYTES, label=shown) if isinstance(path, Path) else path[1]()
        data, ignored = _known_only(engine.kb, other, data)
        default = shown_name(path.stem) if isinstance(path, Path) else shown
        client = client_from_mapping(data, engine.kb, shown, default_name=default)
        result = engine.evaluate(client, today)
    except ClientfireError as exc:
        return {"error": str(exc)}
    extra = {"ignored_facts": ignored} if ignored else {}
    return {**extra, "verdict": result.verdict, "strength": result.strength,
            "signs": {s["id"]: s["degree"] for s in result.signs},
            "remedies": [r["id"] for r in result.remedies], "guidance": [g["id"] for g in result.guidance],
            "prevention": [p["id"] for p in result.prevention]}


def _how(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    if "error" in old or "error" in new:
        return [f"{side}: {value['error']}" if "error" in value else f"{side}: {value['verdict']}/{value['strength']}"
                for side, value in (("old", old), ("new", new))]
    how = [f"{side} knowledge ignores {', '.join(value['ignored_facts'])}" for side, value in (("old", old), ("new", new))
           if value.get("ignored_facts")]
    if (old["verdict"], old["strength"]) != (new["verdict"], new["strength"]):
        how.append(f"verdict {old['verdict']}/{old['strength']} -> {new['verdict']}/{new['strength']}")
    for key in ("signs", "remedies", "guidance", "prevention"):
        plus = [f"+{i}" for i in new[key] if i not in old[key]]
        minus = [f"-{i}" for i in old[key] if i not in new[key]]
        if key == "signs":
            plus += [f"{i} {old[key][i]}->{d}" for i, d in new[key].items() if i in old[key] and old[key][i] != d]
        if plus or minus:
            how.append(f"{key} {' '.join(minus + plus)}")
    return how


def verdict_changes(old: Engine, new: Engine, files: Sequence[Path | Given], today: dt.date) -> list[dict[str, Any]]:
    """Every client (a file, or a portfolio row) whose outcome differs between the two engines, and how."""
    changes = []
    for path in files:
        before, after = outcome_of(old, path, today, new.kb), outcome_of(new, path, today, old.kb)
        if before != after or "error" in before:  # an unreadable client is always reported
            verdict_changed = "error" in before or "error" in after or (
                before["verdict"], before["strength"]) != (after["verdict"], after["strength"])
            where = shown_name(path) if isinstance(path, Path) else path[0]
            name = shown_name(path.name) if isinstance(path, Path) else where
            changes.append({"client": name, "path": where, "verdict_changed": verdict_changed,
                            "old": before, "new": after, "how": _how(before, after)})
    return changes
