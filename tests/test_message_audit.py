"""The audit log's and the commands' messages (clientfire/message_audit.py, message_command.py): the English is the
text these errors always printed, byte for byte; the other languages come from the same message."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from clientfire.errors import ClientfireError
from clientfire.messages import message

#: code, parameters, the English the raise site printed before it was a message
ENGLISH = [
    ("audit.no_record", {"id": 999}, "no audit record with id 999"),
    ("audit.before_date", {"raw": "2020-13-45"}, "--before must be a date (YYYY-MM-DD), not '2020-13-45'"),
    ("audit.erased", {"id": 4, "by": 7}, "record 4 was erased on request (audit forget, record 7)"),
    ("audit.no_facts_erased", {"id": 3, "command": "verdict"},
     "record 3 has no facts to run again (a verdict record, erased on request)"),
    ("audit.other_renderer", {"id": 2, "fmt": "text", "renderer": "5", "theirs": "4"},
     "record 2 cannot be shown as printed: this clientfire renders its text output differently (renderer 5, the "
     "record's 4; its data is in `audit export`)"),
    ("audit.db_locked", {}, "the audit database is locked by another process (try again, or use --no-record)"),
    ("audit.db_schema_versions", {"found": "9", "version": 3},
     "audit database schema version 9, this clientfire reads versions 1 to 3"),
    ("audit.timeout", {"most": "3600", "raw": "x"},
     "CLIENTFIRE_DB_TIMEOUT must be a number of seconds from 0 to 3600, not 'x'"),
    ("command.no_dot", {"fmt": "svg"}, "Graphviz 'dot' is not on PATH, needed for .svg output: install Debian's "
     "'graphviz' package (apt-get install graphviz), or write a .dot file instead"),
    ("command.output_suffix", {"suffixes": ".svg, .dot"}, "the output file must end in .svg, .dot"),
    ("command.diagram_knowledge_file", {"path": "a.yaml", "out": "a.svg"},
     "--knowledge takes a folder; to draw a client's path put FILE first: clientfire diagram a.yaml -o a.svg"),
    ("import.csv_exists", {}, "the file exists: --csv writes a new portfolio (to merge, import into client "
     "files with --out DIR)"),
    ("batch.no_client_files", {"suffixes": ".yaml, .json"}, "no client files (.yaml, .json) in the folder"),
]


@pytest.mark.parametrize(("code", "params", "english"), ENGLISH)
def test_audit_and_command_messages_keep_the_english_they_printed(code: str, params: dict[str, object],
                                                                  english: str) -> None:
    said = message(code, **params)
    assert str(said) == english
    assert said.text("ko") != english and all(str(v) in said.text("ko") for v in params.values())


@pytest.mark.parametrize(("raw", "code", "korean"), [
    ("database is locked", "audit.db_locked", "잠그고"),
    ("attempt to write a readonly database", "audit.db_read_only", "읽기 전용"),
    ("file is not a database", "audit.db_corrupt", "손상되었거나"),
    ("something else went wrong", "audit.db_error", "something else went wrong"),
])
def test_an_sqlite_error_becomes_the_audit_message_for_it(raw: str, code: str, korean: str) -> None:
    from clientfire.audit.sqlite_schema import _message

    said = _message(sqlite3.OperationalError(raw))
    assert said.code == code and korean in said.text("ko")


def test_a_file_that_cannot_be_written_says_why_in_korean_and_as_before_in_english(tmp_path: Path) -> None:
    from clientfire.output import write_atomic

    (tmp_path / "plain").write_text("x", encoding="utf-8")
    with pytest.raises(ClientfireError) as caught:
        write_atomic(tmp_path / "plain" / "sub" / "out.txt", "text")  # a folder under a file: not a directory
    assert caught.value.message == "cannot write file: Not a directory"
    assert caught.value.text("ko").startswith("파일을 쓸 수 없습니다: ") and "directory" not in caught.value.text("ko")
