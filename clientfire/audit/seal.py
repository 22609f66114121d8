"""`audit seal`: keep the outputs of compact records as text (compressed), so that `audit show` gives them as they
are whatever renderer a later clientfire has. Run it before installing a clientfire that raises RENDERER."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .codec import decode_body, encode_body
from .recorder import opened
from .render import render_record
from .store import Query, Store

__all__ = ["seal"]

_CHUNK = 200


def _unsealed(store: Store) -> list[int]:
    """The records whose outputs are made on `show` and not kept yet."""
    found = []
    for row in store.rows():
        body = decode_body(row["body"], row["id"])
        if body is not None and "rendered" not in body and "event" not in body:
            found.append(int(row["id"]))
    return [rid for rid in found if store.text(rid) is None]


def seal(target: str | Path | Store | None) -> dict[str, Any]:
    """Render every compact record not sealed yet (proved against its digests) and keep the text; how many."""
    with opened(target, True) as store:
        ids = _unsealed(store)
        for start in range(0, len(ids), _CHUNK):
            kept = []
            for row in store.rows(Query(ids=ids[start:start + _CHUNK])):
                made = render_record(store, row)
                kept.append((int(row["id"]), str(row["renderer"]), encode_body(made.texts)))
            with store.write() as writer:
                writer.put_texts(kept)
        return {"sealed": len(ids)}
