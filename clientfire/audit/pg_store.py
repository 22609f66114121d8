"""The audit log in PostgreSQL (psycopg 3), for several servers writing one log: the same schema and chain as the
SQLite file; append-only enforced by a trigger (only `audit forget` and `audit purge` pass it), one advisory
lock per write transaction to keep the chain in order, indexes for listing by client and by date."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg import sql

from clientfire.errors import AuditError, NoAuditDatabase
from clientfire.messages import Message, message

from .codec import COLUMNS
from .store import SCHEMA_VERSION, Query, Store, Writer, shown, timeout

__all__ = ["PostgresStore"]

Json = dict[str, Any]
_LOCK = 7_363_126_934_721  # the advisory lock of the chain (and of creating the schema)
_TABLES = [
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS knowledge (hash TEXT PRIMARY KEY, version TEXT NOT NULL, files TEXT NOT NULL, "
    "stored TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS records (id BIGINT PRIMARY KEY, created TEXT NOT NULL, command TEXT NOT NULL, "
    "client TEXT NOT NULL, verdict TEXT NOT NULL, strength TEXT NOT NULL, evaluated_on TEXT NOT NULL, "
    "lang TEXT NOT NULL, knowledge_version TEXT NOT NULL, knowledge_hash TEXT NOT NULL, input_path TEXT, "
    "renderer TEXT NOT NULL, body BYTEA, private_hash TEXT NOT NULL, prev_hash TEXT NOT NULL, "
    "hash TEXT NOT NULL, forgotten_by BIGINT)",
    "CREATE TABLE IF NOT EXISTS texts (record_id BIGINT PRIMARY KEY, renderer TEXT NOT NULL, body BYTEA NOT NULL)",
    "CREATE INDEX IF NOT EXISTS records_client ON records (lower(client), created)",
    "CREATE INDEX IF NOT EXISTS records_created ON records (created)",
    "CREATE INDEX IF NOT EXISTS records_input ON records (knowledge_hash, command, input_path)",
    """CREATE OR REPLACE FUNCTION clientfire_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    RAISE EXCEPTION 'audit records cannot be deleted';
  ELSIF TG_OP = 'DELETE' THEN
    IF (TG_TABLE_NAME = 'records' AND current_setting('clientfire.retention', true) = 'purge')
       OR (TG_TABLE_NAME = 'texts' AND current_setting('clientfire.retention', true) IN ('forget', 'purge')) THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit records cannot be deleted';
  END IF;
  IF TG_TABLE_NAME = 'records' AND current_setting('clientfire.retention', true) = 'forget'
     AND NEW.body IS NULL AND NEW.client = '' AND NEW.input_path IS NULL
     AND NEW.forgotten_by IS NOT NULL AND OLD.forgotten_by IS NULL
     AND (NEW.id, NEW.created, NEW.command, NEW.verdict, NEW.strength, NEW.evaluated_on, NEW.lang,
          NEW.knowledge_version, NEW.knowledge_hash, NEW.renderer, NEW.private_hash, NEW.prev_hash, NEW.hash)
         IS NOT DISTINCT FROM
         (OLD.id, OLD.created, OLD.command, OLD.verdict, OLD.strength, OLD.evaluated_on, OLD.lang,
          OLD.knowledge_version, OLD.knowledge_hash, OLD.renderer, OLD.private_hash, OLD.prev_hash, OLD.hash) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit records cannot be changed';
END $$""",
    "DROP TRIGGER IF EXISTS records_append_only ON records",
    "CREATE TRIGGER records_append_only BEFORE UPDATE OR DELETE ON records "
    "FOR EACH ROW EXECUTE FUNCTION clientfire_append_only()",
    "DROP TRIGGER IF EXISTS records_no_truncate ON records",
    "CREATE TRIGGER records_no_truncate BEFORE TRUNCATE ON records "
    "FOR EACH STATEMENT EXECUTE FUNCTION clientfire_append_only()",
    "DROP TRIGGER IF EXISTS texts_append_only ON texts",
    "CREATE TRIGGER texts_append_only BEFORE UPDATE OR DELETE ON texts FOR EACH ROW EXECUTE FUNCTION clientfire_append_only()",
    "DROP TRIGGER IF EXISTS texts_no_truncate ON texts",
    "CREATE TRIGGER texts_no_truncate BEFORE TRUNCATE ON texts FOR EACH STATEMENT EXECUTE FUNCTION clientfire_append_only()",
    "DROP TRIGGER IF EXISTS knowledge_append_only ON knowledge",
    "CREATE TRIGGER knowledge_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON knowledge "
    "FOR EACH STATEMENT EXECUTE FUNCTION clientfire_append_only()",
]
_cursors = iter(range(1, 1 << 62))
_INSERT = f"INSERT INTO records ({', '.join(COLUMNS)}) VALUES ({', '.join(['%s'] * len(COLUMNS))})"


def _message(exc: psycopg.Error) -> Message:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = text.lower()
    if "cannot be changed" in low or "cannot be deleted" in low:
        return message("audit.append_only")
    if isinstance(exc, psycopg.errors.LockNotAvailable) or "lock timeout" in low:
        return message("audit.db_locked")
    if isinstance(exc, psycopg.errors.ReadOnlySqlTransaction) or "read-only" in low:
        return message("audit.db_read_only_pg")
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return message("audit.pg_refuses", reason=text)
    if isinstance(exc, psycopg.OperationalError):
        return message("audit.pg_connect", reason=text)
    return message("audit.db_error", reason=text)


@contextlib.contextmanager
def _guard(target: str) -> Iterator[None]:
    try:
        yield
    except psycopg.Error as exc:
        raise AuditError(_message(exc), path=target) from exc


class _PostgresWriter(Writer):
    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.conn = conn

    def head(self) -> tuple[int, str] | None:
        row = self.conn.execute("SELECT id, hash FROM records ORDER BY id DESC LIMIT 1").fetchone()
        return (int(row[0]), str(row[1])) if row else None

    def insert(self, rows: Sequence[Json]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(_INSERT, [tuple(r[c] for c in COLUMNS) for r in rows])

    def put_snapshot(self, kb_hash: str, version: str, files: str, stored: str) -> None:
        self.conn.execute("INSERT INTO knowledge (hash, version, files, stored) VALUES (%s, %s, %s, %s) "
                          "ON CONFLICT (hash) DO NOTHING", (kb_hash, version, files, stored))

    def tombstone(self, ids: Sequence[int], forgotten_by: int) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany("UPDATE records SET client = '', input_path = NULL, body = NULL, forgotten_by = %s "
                               "WHERE id = %s", [(forgotten_by, i) for i in ids])
        self.conn.execute("DELETE FROM texts WHERE record_id = ANY(%s)", (list(ids),))

    def delete_through(self, last_id: int) -> int:
        self.conn.execute("DELETE FROM texts WHERE record_id <= %s", (last_id,))
        return int(self.conn.execute("DELETE FROM records WHERE id <= %s", (last_id,)).rowcount)

    def put_texts(self, rows: Sequence[tuple[int, str, bytes]]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany("INSERT INTO texts (record_id, renderer, body) VALUES (%s, %s, %s) "
                               "ON CONFLICT (record_id) DO NOTHING", list(rows))


class PostgresStore(Store):
    """An audit log in a PostgreSQL database (its schema created on the first write)."""

    kind = "postgresql"

    def __init__(self, url: str, writable: bool) -> None:
        self.url, self.target, self.writable = url, shown(url), writable
        wait = timeout()
        with _guard(self.target):
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=max(1, int(min(wait, 60))))
        try:
            with _guard(self.target):
                self.conn.execute(sql.SQL("SET lock_timeout = {}").format(sql.Literal(f"{int(wait * 1000)}ms")))
                self.version = self._prepare()
                if not writable:
                    self.conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        except BaseException:
            self.conn.close()
            raise

    def _tables(self) -> set[str]:
        rows = self.conn.execute("SELECT table_name FROM information_schema.tables "
                                 "WHERE table_schema = current_schema()").fetchall()
        return {str(r[0]) for r in rows}

    def _prepare(self) -> int:
        tables = self._tables()
        if not tables and self.writable:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
                if not self._tables():  # not made meanwhile by another process
                    for statement in _TABLES:
                        self.conn.execute(statement)
                    self.conn.execute("INSERT INTO meta (key, value) VALUES ('schema_version', %s)",
                                      (str(SCHEMA_VERSION),))
            return SCHEMA_VERSION
        if not tables:
            raise NoAuditDatabase(message("audit.db_none_yet"), path=self.target)
        if "meta" not in tables:
            raise AuditError(message("audit.db_no_schema"), path=self.target)
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        found = row[0] if row else "none"
        if found != str(SCHEMA_VERSION):
            raise AuditError(message("audit.db_schema_version", found=found, version=SCHEMA_VERSION), path=self.target)
        return SCHEMA_VERSION

    @contextlib.contextmanager
    def write(self, retention: str | None = None) -> Iterator[Writer]:
        if not self.writable:
            raise AuditError(message("audit.db_opened_reading"), path=self.target)
        with _guard(self.target), self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            if retention:
                self.conn.execute("SELECT set_config('clientfire.retention', %s, true)", (retention,))
            yield _PostgresWriter(self.conn)

    def rows(self, query: Query | None = None) -> Iterator[Json]:
        statement, params = _select(query or Query())
        name = f"clientfire_rows_{next(_cursors)}"
        with _guard(self.target), self.conn.transaction(), self.conn.cursor(name=name) as cursor:
            cursor.itersize = 500
            cursor.execute(statement, params)
            names = list(COLUMNS)
            for row in cursor:
                found = dict(zip(names, row, strict=True))
                if found["body"] is not None:
                    found["body"] = bytes(found["body"])
                yield found

    def text(self, record_id: int) -> tuple[str, bytes] | None:
        with _guard(self.target):
            row = self.conn.execute("SELECT renderer, body FROM texts WHERE record_id = %s", (record_id,)).fetchone()
        return (str(row[0]), bytes(row[1])) if row else None

    def snapshot(self, kb_hash: str) -> str | None:
        with _guard(self.target):
            row = self.conn.execute("SELECT files FROM knowledge WHERE hash = %s", (kb_hash,)).fetchone()
        return str(row[0]) if row else None

    def snapshots(self) -> Iterator[tuple[str, str]]:
        with _guard(self.target):
            rows = self.conn.execute("SELECT hash, files FROM knowledge ORDER BY hash").fetchall()
        yield from ((str(h), str(f)) for h, f in rows)

    def scrub(self) -> None:
        """VACUUM the records: the space of the erased versions is reused (VACUUM FULL rewrites the table)."""
        with _guard(self.target):
            self.conn.execute("VACUUM records")

    def close(self) -> None:
        with _guard(self.target):
            self.conn.close()


def _select(query: Query) -> tuple[str, list[Any]]:
    statement = f"SELECT {', '.join(COLUMNS)} FROM records WHERE true"
    params: list[Any] = []
    tests = [("client", " AND strpos(lower(client), lower(%s)) > 0"), ("since", " AND created >= %s"),
             ("command", " AND command = %s"), ("knowledge_hash", " AND knowledge_hash = %s"),
             ("input_prefix", " AND starts_with(input_path, %s)"), ("first", " AND id >= %s"), ("last", " AND id <= %s")]
    for name, test in tests:
        value = getattr(query, name)
        if value is not None and value != "":
            statement += test
            params.append(value)
    if query.ids is not None:
        statement += " AND id = ANY(%s)"
        params.append(list(query.ids))
    return statement + " ORDER BY id", params
