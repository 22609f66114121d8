"""Client files: the bad-input table of issue 2 (one clear line, exit 2), and what good input becomes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from clientfire.engine import Engine
from clientfire.errors import ClientFileError

BAD = [
    # (file name, content, expected message part, expected line)
    ("typo.yaml", "client: Acme\npayment:\n  late_invoces: 4\n", "unknown fact 'late_invoces' (did you mean 'late_invoices'?)", 3),
    ("group.yaml", "paymnet:\n  late_invoices: 4\n", "unknown group or fact 'paymnet' (did you mean 'payment'?)", 1),
    ("elsewhere.yaml", "money:\n  late_invoices: 4\n", "it belongs in 'payment.late_invoices'", 2),
    ("type.yaml", "payment:\n  late_invoices: many\n", "'payment.late_invoices' must be a number", 2),
    ("text-number.yaml", "payment:\n  late_invoices: '4'\n", "must be a number", 2),
    ("negative.yaml", "payment:\n  late_invoices: -1\n", "zero or more", 2),
    ("fraction.yaml", "payment:\n  late_invoices: 2.5\n", "whole number", 2),
    ("percent.yaml", "contract:\n  work_completed_pct: 140\n", "between 0 and 100", 2),
    ("scale.yaml", "wellbeing:\n  dread: 11\n", "between 0 and 10", 2),
    ("bool.yaml", "payment:\n  pays_eventually: maybe\n", "must be true or false", 2),
    ("date.yaml", "contract:\n  end_date: 2027-02-30\n", "must be a date", 2),
    ("date-text.yaml", "contract:\n  end_date: next spring\n", "must be a date", 2),
    ("huge.yaml", "money:\n  monthly_revenue: 1.0e+300\n", "not huge", 2),
    ("malformed.yaml", "payment:\n  late_invoices: [1, 2\n", "malformed YAML", 3),
    ("tabs.yaml", "payment:\n\tlate_invoices: 1\n", "malformed YAML", 2),
    ("empty.yaml", "   \n", "file is empty", None),
    ("list.yaml", "- 1\n- 2\n", "must be a mapping of facts", 1),
    ("alias.yaml", "a: &x [1, 2]\nb: *x\n", "aliases", 2),
    ("duplicate.yaml", "payment:\n  late_invoices: 1\n  late_invoices: 2\n", "duplicate key 'late_invoices'", 3),
    ("derived.yaml", "money:\n  monthly_margin: 5\n", "unknown fact 'monthly_margin'", 2),
    ("bad.json", '{"payment": {"late_invoices": 4,}}', "malformed JSON", 1),
    ("type.json", '{"payment": {"late_invoices": "4"}}', "must be a number", 1),
]


@pytest.mark.parametrize(("name", "content", "message", "line"), BAD, ids=[b[0] for b in BAD])
def test_bad_client_files_give_one_clear_error(engine: Engine, tmp_path: Path, name: str, content: str,
                                               message: str, line: int | None) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(ClientFileError) as caught:
        engine.load_client(path, label=name)
    error = caught.value
    assert message in str(error)
    assert error.path == name
    assert error.line == line
    assert "\n" not in str(error)


def test_alias_bomb_is_refused_quickly(engine: Engine, tmp_path: Path) -> None:
    rows = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    rows += [f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]" for i in range(8)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(rows) + "\n")
    with pytest.raises(ClientFileError, match="aliases"):
        engine.load_client(path)


def test_oversized_file_is_refused(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("notes: '" + "x" * 300_000 + "'\n")
    with pytest.raises(ClientFileError, match="too large"):
        engine.load_client(path)


def test_deep_nesting_is_refused(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 200 + "]" * 200 + "\n")
    with pytest.raises(ClientFileError, match="nesting"):
        engine.load_client(path)


def test_missing_file(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(ClientFileError, match="cannot read"):
        engine.load_client(tmp_path / "nope.yaml")


@pytest.mark.parametrize(("content", "fact", "value"), [
    ("payment:\n  late_invoices: 4\n", "payment.late_invoices", 4),
    ("payment.late_invoices: 4\n", "payment.late_invoices", 4),
    ("contract:\n  end_date: 2027-03-31\n", "contract.end_date", dt.date(2027, 3, 31)),
    ('{"contract": {"end_date": "2027-03-31"}}', "contract.end_date", dt.date(2027, 3, 31)),
    ("money:\n  monthly_hours: 12.5\n", "money.monthly_hours", 12.5),
    ("payment:\n  pays_eventually: no\n", "payment.pays_eventually", False),
    ("wellbeing:\n  dread: 7.0\n", "wellbeing.dread", 7),
])
def test_good_values(engine: Engine, tmp_path: Path, content: str, fact: str, value: object) -> None:
    path = tmp_path / ("c.json" if content.startswith("{") else "c.yaml")
    path.write_text(content)
    assert engine.load_client(path).values[fact] == value


def test_missing_facts_are_unknown_and_null_means_unknown(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "acme.yaml"
    path.write_text("payment:\n  late_invoices: ~\n  pays_eventually: false\n")
    client = engine.load_client(path)
    assert client.values == {"payment.pays_eventually": False}
    assert client.name == "acme"
