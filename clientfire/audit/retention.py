"""Retention without breaking the chain: erase a client's records on request (tombstones keep their hashes), and
purge the oldest part of the log (its last hash kept as the new start); both recorded in the log themselves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from clientfire.errors import InputError
from clientfire.messages import message

from . import recorder
from .chain import append
from .codec import encode_body, private_hash
from .recorder import opened
from .render import RENDERER
from .store import Query, Store

__all__ = ["forget", "purge"]

Json = dict[str, Any]


def _event(command: str, event: Json, now: str) -> Json:
    blob = encode_body({"event": event})
    return {"created": now, "command": command, "client": "", "verdict": "", "strength": "",
            "evaluated_on": now[:10], "lang": "", "knowledge_version": "", "knowledge_hash": "", "renderer": RENDERER,
            "input_path": None, "body": blob, "private_hash": private_hash("", None, blob), "forgotten_by": None}


def forget(target: str | Path | Store | None, client: str, *, dry_run: bool = False) -> Json:
    """Erase every record of the client named `client` (whole name, any case): facts, texts, name and file gone,
    each record's hashes kept; the erasure is itself recorded (without the name). The ids erased."""
    name = client.strip().casefold()
    if not name:
        raise InputError(message("audit.client_whole_name"), key="--client")
    with opened(target, not dry_run) as store:
        if dry_run:
            return {"erased": _matching(store, name), "record": None}
        with store.write("forget") as writer:
            ids = _matching(store, name)
            if not ids:
                return {"erased": [], "record": None}
            event_id = append(writer, [_event("forget", {"action": "forget", "erased": ids, "count": len(ids)},
                                              recorder.now())])[0]
            writer.tombstone(ids, event_id)
        store.scrub()
        return {"erased": ids, "record": event_id}


def _matching(store: Store, name: str) -> list[int]:
    return [int(r["id"]) for r in store.rows(Query(client=name))
            if r["forgotten_by"] is None and str(r["client"]).strip().casefold() == name]


def _date(raw: str) -> str:
    try:
        return dt.date.fromisoformat(raw).isoformat()
    except ValueError as exc:
        raise InputError(message("audit.before_date", raw=raw), key="--before") from exc


def purge(target: str | Path | Store | None, before: str, *, dry_run: bool = False) -> Json:
    """Delete the records made before `before` (the oldest part of the log, up to the first record made on or after
    it); the last deleted record's hash is kept in the purge record, where the chain now starts."""
    day = _date(before)
    with opened(target, not dry_run) as store:
        if dry_run:
            first, last, _ = _prefix(store, day)
            return {"purged": 0 if last is None else last - first + 1, "first": first, "last": last, "record": None}
        with store.write("purge") as writer:
            first, last, anchor = _prefix(store, day)
            if last is None:
                return {"purged": 0, "first": None, "last": None, "record": None}
            event = {"action": "purge", "before": day, "first": first, "last": last, "count": last - first + 1,
                     "anchor": {"id": last, "hash": anchor}}
            event_id = append(writer, [_event("purge", event, recorder.now())])[0]
            count = writer.delete_through(last)
        return {"purged": count, "first": first, "last": last, "record": event_id}


def _prefix(store: Store, day: str) -> tuple[int, int | None, str]:
    """The first id, the last id and its hash of the records made before `day`, up to the first one made since."""
    first, last, anchor = 0, None, ""
    for row in store.rows():
        if str(row["created"])[:10] >= day:
            break
        first = first or int(row["id"])
        last, anchor = int(row["id"]), str(row["hash"])
    return first, last, anchor
