"""The audit log as the web app uses it: the one module that calls `clientfire.audit` (swap the storage here)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote

from clientfire.audit import record, record_many
from clientfire.audit.query import get_record, list_records, show_record
from clientfire.audit.recorder import AuditEntry
from clientfire.audit.replay import replay
from clientfire.audit.store import default_db_path
from clientfire.engine import Engine
from clientfire.engine.model import Knowledge
from clientfire.errors import AuditError, InputError

__all__ = ["AuditStore", "NotFound"]

Json = dict[str, Any]


class NotFound(Exception):
    """No audit record with that id."""


class AuditStore:
    """Record, list, read and replay verdicts in the audit log named by `serve --db` (default: the user's)."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self._held: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> bool:
        """Whether the log is a database server (`postgresql://...`) rather than a file."""
        return bool(self.db) and "://" in str(self.db)

    @property
    def path(self) -> Any:
        """Where the records are (`--db`: a file or a `postgresql://` URL, $CLIENTFIRE_DB, else the user's data folder)."""
        if self.url:
            return self.db
        return Path(self.db).expanduser() if self.db else default_db_path()

    def _exists(self) -> bool:
        return self.url or Path(self.path).exists()

    def record(self, result: Any, facts: Json, kb: Knowledge, command: str, **extra: Any) -> int:
        """Record one verdict (see `clientfire.audit.record`); its id."""
        found = record(self.path, result, facts, kb, command, **extra)
        self._hold()
        return found

    def record_many(self, entries: list[AuditEntry], kb: Knowledge, command: str, lang: str,
                    overrides: str | None) -> list[int]:
        """Record many verdicts in one transaction; their ids."""
        found = record_many(self.path, entries, kb, command, lang=lang, overrides=overrides) if entries else []
        self._hold()
        return found

    def _hold(self) -> None:
        """Keep one idle read-only connection open while serving: each record's own connection is then never the
        last to close, so SQLite does not checkpoint (and fsync) the log after every verdict (~3.7 -> 1.6 ms)."""
        with self._lock:
            if self._held is None and not self.url:
                try:
                    held = sqlite3.connect(f"file:{quote(str(self.path.resolve()))}?mode=ro", uri=True,
                                           check_same_thread=False)
                    held.execute("SELECT count(*) FROM meta").fetchone()
                    self._held = held
                except sqlite3.Error:
                    pass  # an optimisation only: recording works without it

    def summaries(self, client: str | None = None, since: str | None = None) -> list[Json]:
        """Record summaries in id order (none yet when nothing was ever recorded)."""
        if not self._exists():
            return []
        return list_records(self.path, client, since)

    def get(self, record_id: int) -> Json:
        """One full record; NotFound when there is none with that id."""
        if not self._exists() or not 0 < record_id < 2**63:
            raise NotFound(record_id)
        try:
            found = get_record(self.path, record_id)
        except InputError as exc:
            if exc.key == "ID":
                raise NotFound(record_id) from exc
            raise
        found["rendered"] = {}
        for fmt in ("text", "markdown", "json"):  # the outputs made again, proved the same as printed
            try:
                found["rendered"][fmt] = show_record(self.path, record_id, fmt).texts[fmt]
            except AuditError as exc:
                found.setdefault("not_shown", str(exc))
        return found

    def history(self, client: str) -> list[Json]:
        """Every record of one client (the exact name), oldest first, in full."""
        return [self.get(int(s["id"])) for s in self.summaries(client) if s["client"] == client]

    def replay(self, record_id: int, engine: Engine, day: dt.date | None = None) -> Json:
        """Re-run a record on its own knowledge and on `engine`'s (see `clientfire.audit.replay`)."""
        self.get(record_id)
        return replay(self.path, record_id, engine, day)
