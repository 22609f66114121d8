"""The renderer of compact records (issue 14): `audit show` runs a record again and renders it; the result must be
the text printed then. Pinned on records of every kind made by this renderer version, their outputs kept as text
(tests/data/audit-renderer-<RENDERER>.sql.gz; renderer 1's are the schema-1 records of tests/data/audit-v1.sql.gz).
If this fails, a change altered what `verdict`, `explain` or `ask` print for the same facts and knowledge: raise
RENDERER (clientfire/audit/render.py) and run tests/data/make_renderer_fixture.py; see docs/audit.md."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from clientfire.audit.codec import digest, encode_body, pack_trace
from clientfire.audit.recorder import opened
from clientfire.audit.render import RENDERER, render_record
from clientfire.audit.store import Query

FIXTURE = ROOT / "tests/data/audit-v1.sql.gz"
CURRENT = ROOT / f"tests/data/audit-renderer-{RENDERER}.sql.gz"
#: the renderer version the fixture's outputs were printed with
FIXTURE_RENDERER = "1"
#: how each fixture record was made (the commands that made them, in tests/data/README.md)
OPTIONS: dict[int, dict[str, Any]] = {
    1: {}, 2: {"how": True}, 3: {"render": "explanation", "why_not": True, "what_if": True},
    4: {"render": "explanation", "why_not": "fire"}, 5: {}, 6: {"how": True},
    7: {}, 8: {}, 9: {}, 10: {}, 11: {},
}


@pytest.fixture(scope="module")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("v1") / "audit.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(gzip.open(FIXTURE, "rt", encoding="utf-8").read())
    return path


@pytest.mark.skipif(RENDERER != FIXTURE_RENDERER, reason="the fixture pins renderer 1; a later one needs its own")
@pytest.mark.parametrize("record_id", sorted(OPTIONS))
def test_a_compact_record_renders_as_printed(fixture_db: Path, record_id: int) -> None:
    with sqlite3.connect(fixture_db) as conn:
        conn.row_factory = sqlite3.Row
        old = dict(conn.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone())
    printed = json.loads(old["rendered"])
    body = {"input": json.loads(old["input"]), "trace": pack_trace(json.loads(old["trace"])),
            "options": OPTIONS[record_id], "digests": {fmt: digest(text) for fmt, text in printed.items()}}
    row = {**old, "renderer": RENDERER, "body": encode_body(body), "forgotten_by": None}
    with opened(str(fixture_db), False) as store:
        made = render_record(store, row)
    assert made.texts == printed and made.note is None


@pytest.fixture(scope="module")
def current_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CURRENT.exists():
        pytest.fail(f"no fixture for renderer {RENDERER}: run tests/data/make_renderer_fixture.py")
    path = tmp_path_factory.mktemp("current") / "audit.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(gzip.open(CURRENT, "rt", encoding="utf-8").read())
    return path


def test_the_renderer_makes_every_record_of_its_fixture_again(current_db: Path) -> None:
    with opened(str(current_db), False) as store:
        rows = list(store.rows(Query()))
        assert len(rows) == 13 and {r["command"] for r in rows} == {"verdict", "explain", "ask", "batch"}
        for row in rows:
            kept = render_record(store, row)  # the text sealed when the fixture was made
            made = render_record(store, row, sealed=False)  # made again by this clientfire
            assert row["renderer"] == RENDERER and made.texts == kept.texts, row["id"]
