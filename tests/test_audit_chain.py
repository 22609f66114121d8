"""The hash chain on both stores (issue 14): `audit verify` names the first record changed, removed or inserted,
whatever the tampering, done as someone with write access to the database would (the append-only guard lifted)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from audit_raw import Raw
from test_audit_store import _six

from clientfire.audit.codec import chain_hash, private_hash
from clientfire.engine import Engine


def _insert(raw: Raw, row: dict[str, Any]) -> None:
    names = list(row)
    raw.execute(f"INSERT INTO records ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                tuple(row[n] for n in names))


def _forged(raw: Raw, record_id: int, prev: str, copy_of: int) -> dict[str, Any]:
    """A well-formed record (its own hashes right) made by someone with write access: a copy, another verdict."""
    row = raw.columns(copy_of)
    row.update(id=record_id, verdict="keep", prev_hash=prev)
    row["private_hash"] = private_hash(row["client"], row["input_path"], row["body"])
    row["hash"] = chain_hash(prev, row)
    return row


def _renumber(raw: Raw, start: int, step: int) -> None:
    """Move records from `start` on by `step` places (as an insertion or a removal in the middle would)."""
    ids = [r[0] for r in raw.execute("SELECT id FROM records WHERE id >= ? ORDER BY id", (start,))]
    for rid in sorted(ids, reverse=step > 0):
        raw.execute("UPDATE records SET id = ? WHERE id = ?", (rid + step, rid))


def _edit_verdict(raw: Raw) -> None:
    raw.execute("UPDATE records SET verdict = 'keep' WHERE id = 3")


def _edit_facts(raw: Raw) -> None:
    raw.execute("UPDATE records SET body = ? WHERE id = 4", (raw.columns(2)["body"],))


def _edit_and_rehash(raw: Raw) -> None:
    row = raw.columns(3)
    row.update(verdict="keep")
    raw.execute("UPDATE records SET verdict = 'keep', hash = ? WHERE id = 3", (chain_hash(row["prev_hash"], row),))


def _delete(raw: Raw) -> None:
    raw.execute("DELETE FROM records WHERE id = 3")


def _delete_and_renumber(raw: Raw) -> None:
    raw.execute("DELETE FROM records WHERE id = 3")
    _renumber(raw, 4, -1)


def _delete_first(raw: Raw) -> None:
    raw.execute("DELETE FROM records WHERE id <= 2")


def _append_copy(raw: Raw) -> None:
    """A record added at the end, made to look as if it followed record 2."""
    _insert(raw, _forged(raw, 7, raw.columns(2)["hash"], copy_of=3))


def _insert_and_renumber(raw: Raw) -> None:
    """A record slipped in as number 4, the later ones moved up."""
    prev = raw.columns(3)["hash"]
    _renumber(raw, 4, 1)
    _insert(raw, _forged(raw, 4, prev, copy_of=5))


def _erase_quietly(raw: Raw) -> None:
    raw.execute("UPDATE records SET body = NULL, client = '', input_path = NULL, forgotten_by = 6 WHERE id = 2")


@pytest.mark.parametrize(("tamper", "first", "kind"), [
    (_edit_verdict, 3, "changed"),
    (_edit_facts, 4, "changed"),
    (_edit_and_rehash, 3, "changed"),
    (_delete, 3, "removed"),
    (_delete_and_renumber, 3, "removed"),
    (_delete_first, 3, "removed"),
    (_append_copy, 7, "inserted"),
    (_insert_and_renumber, 4, "inserted"),
    (_erase_quietly, 2, "erased"),
], ids=lambda v: getattr(v, "__name__", str(v)).strip("_"))
def test_verify_names_the_first_record_changed_removed_or_inserted(run_cli: Any, audit_db: str, engine: Engine,
                                                                    tamper: Callable[[Raw], None], first: int,
                                                                    kind: str) -> None:
    _six(audit_db, engine)
    code, out, _ = run_cli("audit", "verify", "--db", audit_db)
    assert code == 0 and "valid: 6 records" in out
    with Raw(audit_db) as raw:
        raw.untrigger()
        tamper(raw)
    code, out, _ = run_cli("audit", "verify", "--db", audit_db, "--format", "json")
    found = json.loads(out)
    assert code == 2 and found["ok"] is False
    assert (found["problem"]["id"], found["problem"]["kind"]) == (first, kind), found["problem"]["message"]


def test_verify_with_a_noted_head_catches_records_removed_from_the_end(run_cli: Any, audit_db: str,
                                                                       engine: Engine) -> None:
    _six(audit_db, engine)
    code, out, _ = run_cli("audit", "verify", "--db", audit_db)
    head = out.split("head: ")[1].split()[0]
    assert run_cli("audit", "verify", "--db", audit_db, "--head", head)[0] == 0
    with Raw(audit_db) as raw:
        raw.untrigger()
        raw.execute("DELETE FROM records WHERE id = 6")
    assert run_cli("audit", "verify", "--db", audit_db)[0] == 0  # the chain alone cannot tell
    code, out, _ = run_cli("audit", "verify", "--db", audit_db, "--head", head)
    assert code == 2 and "record 6, noted as the head, is gone" in out
