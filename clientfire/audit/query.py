"""Read the audit database: list, one record, the knowledge snapshot of a record, every record."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from clientfire.errors import AuditError, InputError

from .store import connect, guard

__all__ = ["list_records", "get_record", "snapshot_files", "iter_records", "SUMMARY"]

Json = dict[str, Any]
SUMMARY = ("id", "created", "command", "client", "verdict", "strength", "evaluated_on", "knowledge_version")
_JSON_COLUMNS = ("input", "result", "trace", "explanation", "rendered")


def _since(raw: str | None) -> str | None:
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw).isoformat()
    except ValueError as exc:
        raise InputError(f"--since must be a date (YYYY-MM-DD), not '{raw}'", key="--since") from exc


def _reading(path: Path) -> sqlite3.Connection:
    conn = connect(path, writable=False)
    conn.row_factory = sqlite3.Row
    return conn


def list_records(path: Path, client: str | None = None, since: str | None = None) -> list[Json]:
    """Record summaries in id order; `client` matches part of the name (any case), `since` a date."""
    sql = f"SELECT {', '.join(SUMMARY)} FROM records WHERE 1 = 1"
    params: list[Any] = []
    if client:
        sql += " AND instr(lower(client), lower(?)) > 0"
        params.append(client)
    day = _since(since)
    if day:
        sql += " AND created >= ?"
        params.append(day)
    conn = _reading(path)
    with guard(path):
        try:
            return [dict(r) for r in conn.execute(sql + " ORDER BY id", params)]
        finally:
            conn.close()


def _decode(row: sqlite3.Row) -> Json:
    found = dict(row)
    for column in _JSON_COLUMNS:
        try:
            found[column] = json.loads(found[column])
        except (TypeError, ValueError) as exc:
            raise AuditError(f"audit record {found.get('id')} is damaged ({column} is not JSON)") from exc
    return found


def get_record(path: Path, record_id: int) -> Json:
    """One full record (JSON columns decoded); InputError when there is no such id."""
    conn = _reading(path)
    with guard(path):
        try:
            row = conn.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
        finally:
            conn.close()
    if row is None:
        raise InputError(f"no audit record with id {record_id}", path=str(path), key="ID")
    return _decode(row)


def snapshot_files(path: Path, kb_hash: str) -> dict[str, str]:
    """The knowledge files stored under `kb_hash`."""
    conn = _reading(path)
    with guard(path):
        try:
            row = conn.execute("SELECT files FROM knowledge WHERE hash = ?", (kb_hash,)).fetchone()
        finally:
            conn.close()
    if row is None:
        raise AuditError(f"the knowledge snapshot {kb_hash[:12]} is missing", path=str(path))
    return dict(json.loads(row["files"]))


def iter_records(path: Path) -> Iterator[Json]:
    """Every record in id order, decoded (for export)."""
    conn = _reading(path)
    with guard(path):
        try:
            for row in conn.execute("SELECT * FROM records ORDER BY id"):
                yield _decode(row)
        finally:
            conn.close()
