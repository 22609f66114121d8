"""The hash chain: number and link new records; check a whole log and name the first record changed, removed or
inserted."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from clientfire.messages import Message, message

from .codec import GENESIS, chain_hash, decode_body, private_hash
from .store import Query, Store, Writer

__all__ = ["append", "verify", "Verdict", "Problem"]

Json = dict[str, Any]
_SHIFT = 3  # renumbered records are recognised up to this many places


def append(writer: Writer, rows: Sequence[Json]) -> list[int]:
    """Give `rows` the next ids after the head, link each to the one before, insert them; their ids."""
    head = writer.head()
    last, prev = head if head else (0, GENESIS)
    for row in rows:
        last += 1
        row["id"], row["prev_hash"] = last, prev
        row["hash"] = prev = chain_hash(prev, row)
    writer.insert(rows)
    return [int(r["id"]) for r in rows]


@dataclass(frozen=True)
class Problem:
    """The first place where the log differs from what was recorded."""

    id: int
    kind: str  # changed | removed | inserted | erased | snapshot
    said: Message

    @property
    def message(self) -> str:
        """The problem in English (as `--format json` gives it)."""
        return self.said.text("en")


@dataclass
class Verdict:
    """What `audit verify` found: the records checked, the head, the first problem (None: the chain holds)."""

    records: int = 0
    head: tuple[int, str] | None = None
    problem: Problem | None = None
    tombstones: int = 0
    notes: list[Message] = field(default_factory=list)

    def to_json(self) -> Json:
        """JSON-ready data."""
        return {"ok": self.problem is None, "records": self.records, "tombstones": self.tombstones,
                "head": {"id": self.head[0], "hash": self.head[1]} if self.head else None,
                "problem": None if self.problem is None else {"id": self.problem.id, "kind": self.problem.kind,
                                                              "message": self.problem.message},
                "notes": [note.text("en") for note in self.notes]}


def _events(store: Store) -> tuple[dict[int, str], dict[int, set[int]]]:
    """The purge anchors (last purged id -> its hash) and the ids each forget record erased."""
    anchors: dict[int, str] = {}
    erased: dict[int, set[int]] = {}
    for command in ("purge", "forget"):
        for row in store.rows(Query(command=command)):
            data = (decode_body(row["body"], row["id"]) or {}).get("event", {})
            if command == "purge" and isinstance(data.get("anchor"), dict):
                anchors[int(data["anchor"]["id"])] = str(data["anchor"]["hash"])
            if command == "forget":
                erased[int(row["id"])] = {int(i) for i in data.get("erased", [])}
    return anchors, erased


def _content(row: Json, erased: dict[int, set[int]]) -> Problem | None:
    """A record's own content: its private columns against their hash, or a tombstone a forget record names."""
    rid = int(row["id"])
    if row["forgotten_by"] is not None:
        if rid not in erased.get(int(row["forgotten_by"]), set()) or row["body"] is not None:
            return Problem(rid, "erased", message("audit.chain.erased_unnamed", id=rid))
        return None
    if row["body"] is None:
        return Problem(rid, "erased", message("audit.chain.lost_content", id=rid))
    if private_hash(row["client"], row["input_path"], row["body"]) != row["private_hash"]:
        return Problem(rid, "changed", message("audit.chain.content_changed", id=rid))
    return None


def _shifted(row: Json) -> int:
    """How far a record was renumbered (its hash holds with id - k), 0 if not."""
    for k in range(-_SHIFT, _SHIFT + 1):
        if k and chain_hash(row["prev_hash"], {**row, "id": int(row["id"]) - k}) == row["hash"]:
            return k
    return 0


def _start(row: Json, anchors: dict[int, str]) -> Problem | None:
    rid = int(row["id"])
    if rid == 1:
        expected = GENESIS
    elif rid - 1 in anchors:
        expected = anchors[rid - 1]
    else:
        return Problem(rid, "removed", message("audit.chain.start_removed", last=rid - 1))
    if row["prev_hash"] != expected or chain_hash(row["prev_hash"], row) != row["hash"]:
        return Problem(rid, "changed", message("audit.chain.hash_changed", id=rid))
    return None


def _link(row: Json, prev: Json, before: Json | None, known: dict[str, int]) -> Problem | None:
    """Record `row` against the one before it (`prev`, and the one before that)."""
    rid, pid = int(row["id"]), int(prev["id"])
    if chain_hash(row["prev_hash"], row) != row["hash"]:
        shift = _shifted(row)
        if shift > 0:
            return Problem(pid, "inserted", message("audit.chain.inserted_renumbered", id=pid))
        if shift < 0:
            said = message("audit.chain.removed_renumbered", id=rid) if shift == -1 else \
                message("audit.chain.removed_many_renumbered", first=rid, last=rid - shift - 1)
            return Problem(rid, "removed", said)
        return Problem(rid, "changed", message("audit.chain.hash_changed", id=rid))
    if rid != pid + 1:
        said = message("audit.chain.gap", id=pid + 1, prev=pid, next=rid) if rid == pid + 2 else \
            message("audit.chain.gap_many", first=pid + 1, last=rid - 1, prev=pid, next=rid)
        return Problem(pid + 1, "removed", said)
    if row["prev_hash"] == prev["hash"]:
        return None
    if before is not None and row["prev_hash"] == before["hash"]:
        return Problem(pid, "inserted", message("audit.chain.inserted_before", id=pid, next=rid,
                                                          before=before["id"]))
    if row["prev_hash"] in known:
        return Problem(rid, "inserted", message("audit.chain.inserted_after", id=rid, after=known[row["prev_hash"]],
                                                prev=pid))
    return Problem(pid, "changed", message("audit.chain.changed_rehashed", id=pid, next=rid))


def _snapshots(store: Store) -> Problem | None:
    for kb_hash, files in store.snapshots():
        found = hashlib.sha256(json.dumps(json.loads(files), sort_keys=True).encode()).hexdigest()
        if found != kb_hash:
            return Problem(0, "snapshot", message("audit.chain.snapshot_changed", hash=kb_hash[:12]))
    return None


def _walk(rows: Iterator[Json], anchors: dict[int, str], erased: dict[int, set[int]], found: Verdict) -> None:
    prev: Json | None = None
    before: Json | None = None
    known: dict[str, int] = {}
    for row in rows:
        problem = _content(row, erased) or (_start(row, anchors) if prev is None else _link(row, prev, before, known))
        if problem is not None:
            found.problem = problem
            return
        found.records += 1
        found.tombstones += row["forgotten_by"] is not None
        known[str(row["hash"])] = int(row["id"])
        before, prev = prev, {"id": row["id"], "hash": row["hash"]}
        found.head = (int(row["id"]), str(row["hash"]))


def verify(store: Store, head: tuple[int, str] | None = None) -> Verdict:
    """Check every record, the links between them and the knowledge snapshots; `head`: a (id, hash) noted earlier,
    which must still be in the chain (catches records removed from the end)."""
    found = Verdict()
    if store.version < 2:
        found.notes.append(message("audit.out.schema_1"))
        return found
    anchors, erased = _events(store)
    _walk(store.rows(), anchors, erased, found)
    if found.problem is None:
        found.problem = _snapshots(store)
    if found.problem is None and head is not None:
        row = store.row(head[0])
        if row is None or row["hash"] != head[1]:
            said = message("audit.chain.head_gone" if row is None else "audit.chain.head_other_hash", id=head[0])
            found.problem = Problem(head[0], "removed" if row is None else "changed", said)
    return found
