"""Compact records: the body (facts, trace, options) as compressed JSON, the trace with each fact kept once, hashes."""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Sequence
from typing import Any

from clientfire.errors import AuditError

__all__ = ["pack_trace", "unpack_trace", "encode_body", "decode_body", "private_hash", "chain_hash",
           "digest", "GENESIS", "PUBLIC", "PRIVATE", "COLUMNS"]

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
_LEVEL = 6


def _key(fact: Any) -> Any:
    try:
        key = tuple(fact.items())
        hash(key)
        return key
    except (AttributeError, TypeError):
        return json.dumps(fact, sort_keys=False, ensure_ascii=False, default=str)


def pack_trace(trace: Sequence[Json]) -> Json:
    """The trace with every distinct fact stored once (`facts`) and referred to by its index (keys marked `@`)."""
    table: list[Any] = []
    index: dict[Any, int] = {}

    def ref(fact: Any) -> int:
        key = _key(fact)
        found = index.get(key)
        if found is None:
            found = index[key] = len(table)
            table.append(fact)
        return found

    firings: list[Json] = []
    for firing in trace:
        if any(k.startswith("@") for k in firing):  # cannot be marked: kept as it is
            firings.append({"@raw": dict(firing)})
            continue
        packed: Json = {}
        for key, value in firing.items():
            if key in _FACT_KEYS and isinstance(value, dict):
                packed["@" + key] = {name: ref(fact) for name, fact in value.items()}
            elif key in _FACT_KEYS and isinstance(value, list):
                packed["@" + key] = [ref(fact) for fact in value]
            else:
                packed[key] = value
        firings.append(packed)
    return {"facts": table, "firings": firings}


def unpack_trace(packed: Json) -> list[Json]:
    """The trace as the engine gave it (inverse of `pack_trace`)."""
    table = packed["facts"]
    trace = []
    for firing in packed["firings"]:
        if "@raw" in firing:
            trace.append(firing["@raw"])
            continue
        out: Json = {}
        for key, value in firing.items():
            if not key.startswith("@"):
                out[key] = value
            elif isinstance(value, dict):
                out[key[1:]] = {name: table[i] for name, i in value.items()}
            else:
                out[key[1:]] = [table[i] for i in value]
        trace.append(out)
    return trace


def encode_body(body: Json) -> bytes:
    """The body as compressed JSON."""
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return zlib.compress(text.encode("utf-8"), _LEVEL)


def decode_body(blob: bytes | memoryview | None, record_id: Any = None) -> Json | None:
    """The body of a record (None for a forgotten one); AuditError when it is damaged."""
    if blob is None:
        return None
    try:
        found = json.loads(zlib.decompress(bytes(blob)).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise AuditError(f"audit record {record_id} is damaged (its body cannot be read)") from exc
    if not isinstance(found, dict):
        raise AuditError(f"audit record {record_id} is damaged (its body is not an object)")
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
