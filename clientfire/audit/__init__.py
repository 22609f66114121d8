"""The audit log: every verdict recorded (SQLite or PostgreSQL), compact and in a hash chain; listed, shown as it
was printed, replayed on today's knowledge, verified, exported; erased on request or purged by date.

Every function takes the database as `target`: a file path, a `postgresql://` URL, an open `Store` (kept open:
a long-lived process such as `clientfire serve` opens one per worker), or None for the default one. The names
are imported on first use (a `clientfire verdict` imports only what recording needs).
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "verify": "chain", "Verdict": "chain",
    "get_record": "query", "iter_records": "query", "list_records": "query", "show_record": "query",
    "snapshot_files": "query",
    "AuditEntry": "recorder", "Recorder": "recorder", "add_record_options": "recorder", "db_path_of": "recorder",
    "entry_of": "recorder", "facts_of": "recorder", "opened": "recorder", "record": "recorder", "record_many": "recorder",
    "record_run": "recorder",
    "RENDERER": "render", "Rendered": "render",
    "replay": "replay", "replay_lines": "replay",
    "forget": "retention", "purge": "retention", "seal": "seal",
    "SCHEMA_VERSION": "store", "Store": "store", "default_db_path": "store", "default_target": "store",
    "open_store": "store",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'clientfire.audit' has no attribute '{name}'")
    return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
