"""`audit seal` on both stores (issue 14): the outputs kept as text, so a later renderer cannot change them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from audit_raw import Raw
from conftest import ROOT, TODAY

DAY = TODAY.isoformat()
OAKLINE = str(ROOT / "examples/oakline-late-payer.yaml")


def _renderer_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A later clientfire, as `audit show` sees it: another text for the same verdict, and another RENDERER."""
    import clientfire.audit.render as render
    import clientfire.explain.explain_render as explain_render

    original = explain_render.render_verdict
    monkeypatch.setattr(explain_render, "render_verdict",
                        lambda doc, fmt, colour=False: original(doc, fmt, colour).replace("Signs found", "Signs seen"))
    monkeypatch.setattr(render, "RENDERER", "2")


def test_sealed_records_show_as_printed_after_the_renderer_changed(run_cli: Any, audit_db: str, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    book = tmp_path / "book"
    book.mkdir()
    (book / "oakline.yaml").write_bytes(Path(OAKLINE).read_bytes())
    code, printed, _ = run_cli("verdict", OAKLINE, "--today", DAY, "--db", audit_db)
    assert code == 0 and "Signs found" in printed
    assert run_cli("batch", str(book), "--today", DAY, "--db", audit_db)[0] == 0
    as_batch = run_cli("audit", "show", "2", "--db", audit_db)[1]
    code, out, _ = run_cli("audit", "seal", "--db", audit_db)
    assert code == 0 and out.startswith("sealed 2 record(s)")
    assert run_cli("audit", "seal", "--db", audit_db)[1].startswith("sealed 0 record(s)")  # once is enough
    unsealed = run_cli("verdict", OAKLINE, "--today", DAY, "--db", audit_db)[1]
    _renderer_changed(monkeypatch)
    assert run_cli("audit", "show", "1", "--db", audit_db) == (0, printed, "")
    assert run_cli("audit", "show", "2", "--db", audit_db) == (0, as_batch, "")
    code, out, err = run_cli("audit", "show", "3", "--db", audit_db)  # not sealed: its digest refuses the new text
    assert (code, out) == (2, "") and "renders its text output differently" in err and unsealed == printed
    exported = [json.loads(line) for line in run_cli("audit", "export", "--db", audit_db)[1].splitlines()]
    assert [r["rendered"] is None for r in exported] == [False, False, True]  # its data is still exported
    assert exported[0]["rendered"]["text"] == printed and exported[2]["input"]["payment"]["late_invoices"] == 5
    assert run_cli("audit", "verify", "--db", audit_db)[0] == 0


def test_forget_erases_the_sealed_text_too(run_cli: Any, audit_db: str) -> None:
    assert run_cli("verdict", OAKLINE, "--today", DAY, "--db", audit_db)[0] == 0
    assert run_cli("audit", "seal", "--db", audit_db)[0] == 0
    with Raw(audit_db) as raw:
        assert raw.execute("SELECT count(*) FROM texts")[0][0] == 1
        with pytest.raises(raw.errors(), match="cannot be"):
            raw.execute("DELETE FROM texts")
    assert run_cli("audit", "forget", "--client", "Oakline Property Management", "--db", audit_db)[0] == 0
    with Raw(audit_db) as raw:
        assert raw.execute("SELECT count(*) FROM texts")[0][0] == 0
    if not audit_db.startswith("postgresql://"):
        assert b"Oakline" not in Path(audit_db).read_bytes()
