"""The audit log: every verdict recorded in SQLite, shown, replayed on today's knowledge, exported."""

from .recorder import AuditEntry, add_record_options, db_path_of, entry_of, record, record_many, record_run
from .store import SCHEMA_VERSION, default_db_path

__all__ = ["AuditEntry", "SCHEMA_VERSION", "add_record_options", "db_path_of", "default_db_path", "entry_of",
           "record", "record_many", "record_run"]
