"""Read the audit log: list, one record, its outputs as printed, the knowledge snapshot of a record, every record."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from clientfire.errors import AuditError, InputError
from clientfire.messages import message

from .codec import decode_body, unpack_trace
from .recorder import opened
from .render import Rendered, render_record
from .store import Query, Store

__all__ = ["list_records", "get_record", "show_record", "snapshot_files", "iter_records", "SUMMARY"]

Json = dict[str, Any]
Target = str | Path | Store | None
_EXPLAINED = ("how", "why_not", "what_if", "why_not_given")
SUMMARY = ("id", "created", "command", "client", "verdict", "strength", "evaluated_on", "knowledge_version")


def _since(raw: str | None) -> str | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw).isoformat()
    except ValueError as exc:
        raise InputError(message("audit.since_date", raw=raw), key="--since") from exc


def _summary(row: Json) -> Json:
    found = {k: row[k] for k in SUMMARY}
    found["input_path"] = row.get("input_path")
    if row["forgotten_by"] is not None:
        found["forgotten_by"] = row["forgotten_by"]
    return found


def list_records(path: Target, client: str | None = None, since: str | None = None) -> list[Json]:
    """Record summaries in id order; `client` matches part of the name (any case), `since` a date."""
    with opened(path, False) as store:
        return [_summary(r) for r in store.rows(Query(client=client, since=_since(since)))]


def _row(store: Store, record_id: int) -> Json:
    row = store.row(record_id)
    if row is None:
        raise InputError(message("audit.no_record", id=record_id), path=store.target, key="ID")
    return row


def _decoded(row: Json) -> Json:
    """A record's columns with its body read: input, input_text, trace (as the engine gave it), options."""
    body = decode_body(row["body"], row["id"]) or {}
    found = {k: v for k, v in row.items() if k != "body"}
    found.update(input=body.get("input"), input_text=body.get("input_text"), options=body.get("options", {}),
                 trace=unpack_trace(body["trace"]) if "trace" in body else [])
    if "event" in body:
        found["event"] = body["event"]
    return found


def get_record(path: Target, record_id: int) -> Json:
    """One record: its columns and its body read (no outputs: `show_record` makes them); InputError if no such id."""
    with opened(path, False) as store:
        return _decoded(_row(store, record_id))


def show_record(path: Target, record_id: int, fmt: str = "text") -> Rendered:
    """Record `record_id`'s output in `fmt` exactly as it was printed (AuditError when that cannot be proved)."""
    with opened(path, False) as store:
        row = _row(store, record_id)
        return render_record(store, row, (fmt,))


def snapshot_files(path: Target, kb_hash: str) -> dict[str, str]:
    """The knowledge files stored under `kb_hash`."""
    with opened(path, False) as store:
        files = store.snapshot(kb_hash)
        if files is None:
            raise AuditError(message("audit.snapshot_missing", hash=kb_hash[:12]), path=store.target)
        return dict(json.loads(files))


def iter_records(path: Target) -> Iterator[Json]:
    """Every record in id order, whole: body read, outputs and result made again (for export)."""
    with opened(path, False) as store:
        for row in store.rows():
            found = _decoded(row)
            body = decode_body(row["body"], row["id"])
            if body is None:
                yield found
                continue
            try:
                made = render_record(store, row)
            except AuditError as exc:  # the data stays exportable when the text cannot be made again
                found.update(rendered=None, note=exc.message)
                yield found
                continue
            found.update(rendered=made.texts, trace=made.trace, explanation=made.doc)
            found["result"] = body.get("result") or {k: v for k, v in made.doc.items() if k not in _EXPLAINED}
            yield found
