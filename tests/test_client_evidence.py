"""The `evidence:` part of client files: read, checked like any other key, carried into JSON, text, Markdown and HOW."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clientfire.engine import Engine, client_from_mapping
from clientfire.errors import ClientFileError
from clientfire.explain.explain_render import render_verdict
from clientfire.explain.how import build_how, run_data
from tests.conftest import TODAY

GOOD = """client: Oakline
payment:
  late_invoices: 4
  pays_eventually: true
evidence:
  payment.late_invoices:
    - INV-0012 paid 12 days late
    - INV-0015 paid 30 days late
    - INV-0016 paid 3 days late
    - INV-0019 paid 41 days late
"""

BAD = [
    # (content, message part, line)
    ("payment:\n  late_invoices: 1\nevidence:\n  payment.late_invoces: [x]\n",
     "unknown fact 'payment.late_invoces' in evidence (did you mean 'payment.late_invoices'?)", 4),
    ("payment:\n  late_invoices: 1\nevidence:\n  payment.days_overdue: [x]\n",
     "evidence for 'payment.days_overdue', but the file gives it no value", 4),
    ("payment:\n  late_invoices: 1\nevidence: [a, b]\n", "'evidence' must be a mapping", 3),
    ("payment:\n  late_invoices: 1\nevidence:\n  payment.late_invoices: [1, 2]\n", "must be a list of short texts", 4),
    ("payment:\n  late_invoices: 1\nevidence:\n  payment.late_invoices: ['" + "x" * 301 + "']\n",
     "longer than 300 characters", 4),
    ("payment:\n  late_invoices: 1\nevidence:\n  payment.late_invoices: [\"a\\u001b[31m\"]\n", "control character", 4),
    ("payment:\n  late_invoices: 1\nevidence:\n  payment.late_invoices: [" + ", ".join(["x"] * 51) + "]\n",
     "has 51 records (at most 50)", 4),
    ("money:\n  monthly_revenue: 1\nevidence:\n  client: [x]\n", "unknown fact 'client' in evidence", 4),
]


@pytest.mark.parametrize(("content", "message", "line"), BAD)
def test_bad_evidence_is_one_clear_error(engine: Engine, tmp_path: Path, content: str, message: str, line: int) -> None:
    path = tmp_path / "acme.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ClientFileError) as caught:
        engine.load_client(path)
    assert message in str(caught.value)
    assert caught.value.line == line


def test_evidence_reaches_result_json_and_sign_evidence(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "oakline.yaml"
    path.write_text(GOOD, encoding="utf-8")
    client = engine.load_client(path)
    assert client.evidence["payment.late_invoices"][0] == "INV-0012 paid 12 days late"
    data = engine.evaluate(client, TODAY).to_json(engine.kb)
    assert data["evidence"] == {"payment.late_invoices": list(client.evidence["payment.late_invoices"])}
    assert "evidence" not in data["facts"]  # the facts stay the facts as given
    late = [e for s in data["signs"] for e in s["evidence"] if e["fact"] == "payment.late_invoices"]
    assert late and all(e["records"][1] == "INV-0015 paid 30 days late" for e in late)


def test_text_and_markdown_name_the_records(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "oakline.yaml"
    path.write_text(GOOD, encoding="utf-8")
    data = engine.evaluate(engine.load_client(path), TODAY).to_json(engine.kb)
    text = render_verdict(data, "text")
    assert ("from your books: INV-0012 paid 12 days late; INV-0015 paid 30 days late; INV-0016 paid 3 days late; "
            "and 1 more") in text
    assert "Records behind the imported facts\n  payment.late_invoices = 4\n      INV-0012 paid 12 days late\n" in text
    markdown = render_verdict(data, "markdown")
    assert "- `payment.late_invoices = 4`\n  - INV-0012 paid 12 days late\n" in markdown
    assert json.loads(render_verdict(data, "json"))["evidence"] == data["evidence"]


def test_how_carries_the_records_of_each_tested_fact(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "oakline.yaml"
    path.write_text(GOOD, encoding="utf-8")
    result = engine.evaluate(engine.load_client(path), TODAY)
    how = build_how(engine.kb, run_data(result, engine.kb, "en"))
    text = render_verdict({**result.to_json(engine.kb), "how": how}, "text")
    conds = json.dumps(how)
    assert '"records": ["INV-0012 paid 12 days late"' in conds
    assert "from your books: INV-0012 paid 12 days late; INV-0015 paid 30 days late; INV-0016" in text.split(
        "How this verdict was reached")[1]


def test_a_csv_column_per_fact_carries_records_one_a_line(engine: Engine) -> None:
    client = client_from_mapping({"payment.late_invoices": 2, "evidence.payment.late_invoices": "A late\nB late\n"},
                                 engine.kb, "portfolio.csv")
    assert client.evidence == {"payment.late_invoices": ("A late", "B late")}


def test_no_evidence_no_records_section(engine: Engine) -> None:
    data = engine.evaluate(client_from_mapping({"payment": {"late_invoices": 5}}, engine.kb, "t"), TODAY).to_json(engine.kb)
    assert data["evidence"] == {}
    assert "from your books" not in render_verdict(data, "text")
