"""Compact records: the body (facts, trace, options) as compressed JSON, the trace with each fact kept once, hashes."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Sequence
from typing import Any

from clientfire.errors import AuditError
from clientfire.messages import message

__all__ = ["pack_trace", "unpack_trace", "encode_body", "decode_body", "private_hash", "chain_hash",
           "digest", "FAST", "GENESIS", "PUBLIC", "PRIVATE", "COLUMNS"]

Json = dict[str, Any]
#: the `prev_hash` of the first record of a chain
GENESIS = "0" * 64
#: columns kept when a record is forgotten (hashed as they are) ...
PUBLIC = ("id", "created", "command", "verdict", "strength", "evaluated_on", "lang", "knowledge_version",
          "knowledge_hash", "renderer")
#: ... and those erased then (their hash, `private_hash`, is kept)
PRIVATE = ("client", "input_path", "body")
COLUMNS = PUBLIC + PRIVATE + ("private_hash", "prev_hash", "hash", "forgotten_by")
#: trace keys whose values are facts (a mapping name -> fact, or a list of facts): each fact is kept once
_FACT_KEYS = ("matched", "derived", "already_known")
#: the compression of records made in a batch (quicker, a little larger than the default 9)
FAST = 3
_SMALL = 8  # facts of up to this many keys are told apart by their items (larger ones by comparing them)


class _Facts:
    """Distinct facts, each kept once: equal facts (same kind, same size, same content) share an index."""

    def __init__(self) -> None:
        self.table: list[Any] = []
        self._buckets: dict[Any, list[int]] = {}
        self._small: dict[Any, int] = {}

    def ref(self, fact: Json) -> int:
        if len(fact) <= _SMALL:  # a small fact is its own key (when its values can be)
            try:
                key: Any = tuple(fact.items())
                found = self._small.get(key)
            except TypeError:
                key, found = None, None
            if found is None and key is not None:
                found = self._small[key] = len(self.table)
                self.table.append(fact)
            if found is not None:
                return int(found)
        key = (fact.get("t"), len(fact))
        bucket = self._buckets.setdefault(key, [])
        table = self.table
        for i in bucket:
            if table[i] == fact:
                return i
        bucket.append(len(table))
        table.append(fact)
        return len(table) - 1


def _column(facts: _Facts, key: str, values: list[Any]) -> tuple[bool, list[Any]]:
    """One key of every firing; facts given as their indexes when the key holds facts (a mapping or a list)."""
    if key not in _FACT_KEYS:
        return False, values
    ref = facts.ref
    try:
        if all(type(v) is dict for v in values):
            return True, [{name: ref(x) for name, x in v.items()} for v in values]
        if all(type(v) is list for v in values):
            return True, [[ref(x) for x in v] for v in values]
    except (AttributeError, TypeError):  # not facts after all (ref needs mappings)
        pass
    return False, values


def pack_trace(trace: Sequence[Json]) -> Json:
    """The trace by key (one column per key), every distinct fact stored once and referred to by its index."""
    first = trace[0].keys() if trace else {}.keys()
    if any(f.keys() != first for f in trace):  # firings of different shapes: kept as they are
        return {"firings": [dict(f) for f in trace]}
    facts = _Facts()
    keys = list(first)
    columns = [_column(facts, key, [f[key] for f in trace]) for key in keys]
    return {"facts": facts.table, "keys": keys, "refs": [c[0] for c in columns], "columns": [c[1] for c in columns]}


def _fact(table: list[Any], found: Any) -> Any:
    return table[found] if isinstance(found, int) else found


def unpack_trace(packed: Json) -> list[Json]:
    """The trace as the engine gave it (inverse of `pack_trace`)."""
    if "firings" in packed:
        return [dict(f) for f in packed["firings"]]
    table, keys = packed["facts"], packed["keys"]
    columns = []
    for refs, column in zip(packed["refs"], packed["columns"], strict=True):
        if not refs:
            columns.append(column)
        else:
            columns.append([{n: _fact(table, i) for n, i in v.items()} if isinstance(v, dict)
                            else [_fact(table, i) for i in v] for v in column])
    return [dict(zip(keys, values, strict=True)) for values in zip(*columns, strict=True)] if keys else []


def encode_body(body: Json, level: int = 9) -> bytes:
    """The body as compressed JSON (`level`: zlib's, 1 quickest to 9 smallest; a batch uses FAST)."""
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return zlib.compress(text.encode("utf-8"), level)


def decode_body(blob: bytes | memoryview | None, record_id: Any = None) -> Json | None:
    """The body of a record (None for a forgotten one); AuditError when it is damaged."""
    if blob is None:
        return None
    try:
        found = json.loads(zlib.decompress(bytes(blob)).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise AuditError(message("audit.body_unreadable", id=record_id)) from exc
    if not isinstance(found, dict):
        raise AuditError(message("audit.body_not_object", id=record_id))
    return found


def private_hash(client: str, input_path: str | None, body: bytes | memoryview | None) -> str:
    """The hash of what `audit forget` erases (kept in the record when it is erased)."""
    head = json.dumps([client, input_path], ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(head + b"\0" + bytes(body or b"")).hexdigest()


def chain_hash(prev: str, row: Json) -> str:
    """The hash of a record: the hash before it, its public columns and the hash of its private ones."""
    public = json.dumps([row[c] for c in PUBLIC], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{prev}\n{public}\n{row['private_hash']}".encode()).hexdigest()


def digest(text: str) -> str:
    """A short digest of an output as printed (to prove a rendering on `audit show` is the same text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
