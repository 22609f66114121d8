"""The renderer of compact records (issue 14): `audit show` runs a record again and renders it; the result must be
the text printed then. Pinned on records of every kind made by this renderer version, their outputs kept as text
(tests/data/audit-renderer-<RENDERER>.sql.gz; each renderer version has its own fixture).
If this fails, a change altered what `verdict`, `explain` or `ask` print for the same facts and knowledge: raise
RENDERER (clientfire/audit/render.py) and run tests/data/make_renderer_fixture.py; see docs/audit.md."""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pytest
from conftest import ROOT

from clientfire.audit.recorder import opened
from clientfire.audit.render import RENDERER, render_record
from clientfire.audit.store import Query

CURRENT = ROOT / f"tests/data/audit-renderer-{RENDERER}.sql.gz"


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
