"""Raw access to an audit database (SQLite file or PostgreSQL URL) for tests that tamper with it as an attacker would."""

from __future__ import annotations

import sqlite3
from typing import Any

__all__ = ["Raw"]


class Raw:
    """One connection, autocommit; `?` placeholders on both backends; `untrigger()` lifts the append-only guard."""

    def __init__(self, target: str) -> None:
        self.pg = target.startswith("postgresql://")
        if self.pg:
            import psycopg

            self.conn: Any = psycopg.connect(target, autocommit=True)
        else:
            self.conn = sqlite3.connect(target, isolation_level=None)

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        cursor = self.conn.execute(sql.replace("?", "%s") if self.pg else sql, params)
        try:
            return [tuple(r) for r in cursor.fetchall()]
        except Exception:  # noqa: BLE001 - a statement with no rows (psycopg raises on fetchall)
            return []

    def columns(self, record_id: int) -> dict[str, Any]:
        """Every column of one record (the body as bytes)."""
        from clientfire.audit.codec import COLUMNS

        row = self.execute(f"SELECT {', '.join(COLUMNS)} FROM records WHERE id = ?", (record_id,))[0]
        found = dict(zip(COLUMNS, row, strict=True))
        found["body"] = bytes(found["body"]) if found["body"] is not None else None
        return found

    def untrigger(self) -> None:
        if self.pg:
            self.execute("ALTER TABLE records DISABLE TRIGGER USER")
        else:
            for name in ("records_no_update", "records_no_delete"):
                self.execute(f"DROP TRIGGER IF EXISTS {name}")

    def errors(self) -> tuple[type[BaseException], ...]:
        if self.pg:
            import psycopg

            return (psycopg.Error,)
        return (sqlite3.DatabaseError,)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Raw:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
