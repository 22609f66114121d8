"""Schema-1 databases (full records, no chain): read as they are, and upgraded to compact chained records on a write."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from clientfire.errors import AuditError
from clientfire.messages import message

from .codec import COLUMNS, encode_body, pack_trace, private_hash
from .store import SCHEMA_VERSION, Query

__all__ = ["upgrade_sqlite", "v1_rows", "STORED"]

Json = dict[str, Any]
#: the renderer of a record whose outputs are kept in its body, as printed (records of schema 1)
STORED = "stored"
_V1 = ("id", "created", "command", "client", "verdict", "strength", "evaluated_on", "lang", "knowledge_version",
       "knowledge_hash", "input", "input_text", "input_path", "result", "trace", "explanation", "rendered")


def _body(old: Json) -> Json:
    try:
        result, explanation = json.loads(old["result"]), json.loads(old["explanation"])
        body: Json = {"input": json.loads(old["input"]), "input_text": old["input_text"],
                      "trace": pack_trace(json.loads(old["trace"])), "result": result,
                      "rendered": json.loads(old["rendered"])}
    except (TypeError, ValueError) as exc:
        raise AuditError(message("audit.column_not_json", id=old["id"])) from exc
    if explanation != result:
        body["explanation"] = explanation
    return body


def _row(old: Json) -> Json:
    """A schema-1 record as a compact one (its outputs kept as printed); not yet in the chain."""
    row = {c: old.get(c) for c in COLUMNS}
    blob = encode_body(_body(old))
    row.update(body=blob, renderer=STORED, forgotten_by=None, client=str(old["client"]),
               private_hash=private_hash(str(old["client"]), old["input_path"], blob), prev_hash="", hash="")
    return row


def v1_rows(conn: sqlite3.Connection, query: Query, target: str) -> Iterator[Json]:
    """The records of a schema-1 database read in place (a file this process may not change): no chain."""
    from .sqlite_schema import guard
    from .sqlite_store import select

    sql, params = select(query, _V1)
    with guard(target):
        cursor = conn.execute(sql, params)
        for values in cursor:
            yield _row(dict(zip(_V1, values, strict=True)))


def upgrade_sqlite(conn: sqlite3.Connection) -> None:
    """Upgrade a schema-1 file in one transaction: every record compacted (outputs kept) and chained, in id order."""
    from .chain import append
    from .sqlite_schema import TABLES, statements
    from .sqlite_store import SqliteWriter

    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] != "1":
            conn.execute("ROLLBACK")  # upgraded meanwhile by another process
            return
        for name in ("records_no_update", "records_no_delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute("ALTER TABLE records RENAME TO records_v1")
        conn.execute("DROP INDEX IF EXISTS records_client")
        conn.execute("DROP INDEX IF EXISTS records_created")
        for statement in statements(TABLES):
            conn.execute(statement)
        writer = SqliteWriter(conn)
        cursor = conn.execute(f"SELECT {', '.join(_V1)} FROM records_v1 ORDER BY id")
        while batch := cursor.fetchmany(500):
            append(writer, [_row(dict(zip(_V1, values, strict=True))) for values in batch])
        conn.execute("DROP TABLE records_v1")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("VACUUM")  # give back the space of the full records
