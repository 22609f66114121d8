"""An overrides file: thresholds, disabled rules and extra facts, items and rules merged on a knowledge folder.

```yaml
thresholds:
  late_payment.min_late_invoices: 2          # a new value for an existing threshold
  after_hours.min_calls: {value: 3}          # a new threshold: {value: ..., unit: ..., note: ...}
disable: [guidance.thank_them]               # rule ids
groups: {...}                                # extra facts, as in facts.yaml
signs: [...]                                 # extra (or replaced, by id) items, as in signs.yaml
rules: [...]                                 # extra (or replaced, by id) rules
```
The merged knowledge gets a version of its own (the folder's version plus the overrides' content).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clientfire.errors import KnowledgeError, suggest
from clientfire.messages import message
from clientfire.record import replace

from .files import read_regular, shown_name
from .load import MAX_KNOWLEDGE_BYTES, load_fragment
from .model import Knowledge, Loc, Threshold
from .parse import ID_RE
from .yamlio import LocDict, LocList, line_of, read_document

__all__ = ["Overrides", "load_overrides", "apply_overrides", "load_merged", "OVERRIDE_KEYS", "MERGED_SECTIONS"]

MERGED_SECTIONS = ("facts", "groups", "derived", "signs", "remedies", "guidance", "prevention", "rules")
OVERRIDE_KEYS = ("thresholds", "disable") + MERGED_SECTIONS
_ITEM_FIELDS = {"sign": "signs", "remedy": "remedies", "guidance": "guidance", "prevention": "prevention"}


@dataclass(frozen=True)
class Overrides:
    """What an overrides file changes: threshold values, disabled rules, and a fragment of knowledge."""

    path: str
    digest: str
    thresholds: dict[str, tuple[int | float, Loc, str | None, bool]]
    disable: tuple[tuple[str, Loc], ...]
    fragment: Knowledge


def load_overrides(path: str | Path) -> Overrides:
    """Read and check one overrides file (its sections, not yet the references into the knowledge)."""
    file = Path(path)
    shown = shown_name(path)
    data = read_document(file, max_bytes=MAX_KNOWLEDGE_BYTES, label=shown)
    if not isinstance(data, LocDict):
        raise KnowledgeError(message("overrides.shape"), path=shown, line=1)
    for key in data:
        if key not in OVERRIDE_KEYS:
            raise KnowledgeError(message("overrides.unknown_key", key=key), path=shown, line=line_of(data, key),
                                 key=key, suggestion=suggest(key, OVERRIDE_KEYS))
    return Overrides(
        path=shown, digest=hashlib.sha256(read_regular(file, MAX_KNOWLEDGE_BYTES, shown)).hexdigest(),
        thresholds=_thresholds(data.get("thresholds"), data, shown),
        disable=_disable(data.get("disable"), data, shown),
        fragment=load_fragment(file, data, MERGED_SECTIONS),
    )


def _thresholds(raw: Any, data: LocDict, shown: str) -> dict[str, tuple[int | float, Loc, str | None, bool]]:
    if raw is None:
        return {}
    if not isinstance(raw, LocDict):
        raise KnowledgeError(message("overrides.thresholds"), path=shown,
                             line=line_of(data, "thresholds"), key="thresholds")
    result = {}
    for tid, value in raw.items():
        line = line_of(raw, tid)
        if not ID_RE.match(tid) or "." not in tid:
            raise KnowledgeError(message("overrides.threshold_id", name=tid),
                                 path=shown, line=line, key=tid)
        note, full = None, isinstance(value, LocDict)
        if isinstance(value, LocDict):
            extra = [k for k in value if k not in ("value", "unit", "note")]
            if extra or "value" not in value:
                raise KnowledgeError(message("overrides.threshold_keys", name=tid), path=shown,
                                     line=line, key=extra[0] if extra else "value")
            note = str(value["note"]) if value.get("note") is not None else None
            value = value["value"]
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise KnowledgeError(message("overrides.threshold_number", name=tid, raw=repr(value)), path=shown, line=line, key=tid)
        result[tid] = (value, Loc(shown, line), note, full)
    return result


def _disable(raw: Any, data: LocDict, shown: str) -> tuple[tuple[str, Loc], ...]:
    if raw is None:
        return ()
    line = line_of(data, "disable")
    if isinstance(raw, str):
        return ((raw, Loc(shown, line)),)
    if not isinstance(raw, LocList) or not all(isinstance(i, str) for i in raw):
        raise KnowledgeError(message("overrides.disable"), path=shown, line=line,
                             key="disable")
    return tuple((rid, Loc(shown, line_of(raw, i))) for i, rid in enumerate(raw))


def apply_overrides(kb: Knowledge, overrides: Overrides) -> Knowledge:
    """The knowledge with the overrides merged on top (validate the result before using it)."""
    piece = overrides.fragment
    thresholds = dict(kb.thresholds)
    for tid, (value, loc, note, full) in overrides.thresholds.items():
        old = thresholds.get(tid)
        if old is None and not full:  # a new threshold is written out in full: a typo is not a new threshold
            raise KnowledgeError(message("overrides.unknown_threshold", name=tid), path=loc.path,
                                 line=loc.line, key=tid, suggestion=suggest(tid, thresholds))
        thresholds[tid] = (replace(old, value=value, loc=loc, note=note or old.note) if old
                           else Threshold(tid, value, loc, note=note))
    items = {field: _merge(getattr(kb, field), getattr(piece, field)) for field in _ITEM_FIELDS.values()}
    rules = _merge(kb.rules, piece.rules)
    ids = [r.id for r in rules]
    for rid, loc in overrides.disable:
        if rid not in ids:
            raise KnowledgeError(message("overrides.unknown_rule", name=rid), path=loc.path, line=loc.line, key="disable",
                                 rule_id=rid, suggestion=suggest(rid, ids))
    off = {rid for rid, _ in overrides.disable}
    version = hashlib.sha256(f"{kb.version}\0{overrides.digest}".encode()).hexdigest()[:12]
    return replace(kb, version=version, facts={**kb.facts, **piece.facts}, thresholds=thresholds,
                               screens={**kb.screens, **piece.screens},
                               group_titles={**kb.group_titles, **piece.group_titles},
                               screen_also={**kb.screen_also, **piece.screen_also},
                               screen_items={**kb.screen_items, **piece.screen_items},
                               rules=tuple(r for r in rules if r.id not in off), **items)  # type: ignore[arg-type]


def _merge(base: tuple[Any, ...], extra: tuple[Any, ...]) -> tuple[Any, ...]:
    """`base` with each entry of `extra` replacing the one with its id, or appended."""
    replaced: dict[str, Any] = {}
    for entry in extra:
        if entry.id in replaced:
            raise KnowledgeError(message("overrides.duplicate", name=entry.id), path=entry.loc.path,
                                 line=entry.loc.line, key="id")
        replaced[entry.id] = entry
    kept = tuple(replaced.pop(b.id) if b.id in replaced else b for b in base)
    return kept + tuple(e for e in extra if e.id in replaced)


def load_merged(directory: str | Path | None, overrides: str | Path | None) -> Knowledge:
    """The knowledge folder (default: the bundled one) with an overrides file merged on top, not validated."""
    from .load import load_knowledge

    kb = load_knowledge(directory)
    return apply_overrides(kb, load_overrides(overrides)) if overrides else kb
