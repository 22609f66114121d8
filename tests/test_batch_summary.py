"""`batch` as a real spreadsheet meets it: extra columns, its marks explained, money at stake, an HTML page (issue 16)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, TODAY

DAY = TODAY.isoformat()
SHEET = ("client,account manager,notes,payment.late_invoices,money.monthly_revenue,money.monthly_hours,"
         "money.target_hourly_rate,money.monthly_costs\n"
         "Acme,Jo,pays late,4,1200,22,65,45\n"
         "Beta,Al,,0,,,,\n")


def _batch(run_cli, source: Path, *args: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    return run_cli("batch", str(source), "--today", DAY, "--no-record", *args)


def test_a_spreadsheets_own_columns_are_skipped_with_a_warning_naming_them(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text(SHEET.replace("notes", "remarks"))
    code, out, err = _batch(run_cli, source)
    assert code == 0
    assert "skipped columns that are not facts: 'account manager', 'remarks'" in err
    assert "Acme" in out and "Beta" in out


def test_ignore_columns_names_them_and_silences_the_warning(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text(SHEET)
    code, _, err = _batch(run_cli, source, "--ignore-columns", "account manager")
    assert (code, err) == (0, "")


def test_a_near_miss_of_a_fact_column_is_still_an_error_with_the_suggestion(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text("client,payment.late_invoces,account manager\nA,1,Jo\n")
    code, _, err = _batch(run_cli, source)
    assert code == 2
    assert "unknown fact 'payment.late_invoces' (did you mean 'payment.late_invoices'?)" in err


def test_summary_explains_its_markers(run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _batch(run_cli, ROOT / "examples")
    assert code == 0
    assert "(serious*)" in out
    assert "* after it: the remedy was tried and the sign is still there" in out
    assert "Worst first: verdict, strength, then serious signs" in out


def test_summary_has_money_at_stake_and_unknown_is_not_zero(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text(SHEET)
    _, out, _ = _batch(run_cli, source, "--format", "json", "--ignore-columns", "account manager")
    money = {c["client"]: c["money"] for c in json.loads(out)["clients"]}
    assert money["Acme"]["revenue"] == 1200
    assert money["Acme"]["margin"] == 1200 - 22 * 65 - 45
    assert money["Beta"] == {"revenue": None, "margin": None, "refund": None}
    _, text, _ = _batch(run_cli, source, "--ignore-columns", "account manager")
    beta = next(line for line in text.splitlines() if "Beta" in line)
    assert re.search(r"\?\s+\?\s+\?", beta)
    assert "1,200" in next(line for line in text.splitlines() if "Acme" in line)


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_batch_format_html_is_one_escaped_page_of_every_client(run_cli, tmp_path, lang: str) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "book.csv"
    source.write_text(SHEET.replace("Acme", '"<script>alert(1)</script>"'))
    code, page, _ = _batch(run_cli, source, "--format", "html", "--ignore-columns", "account manager", "--lang", lang)
    assert code == 0
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script>" not in page and html.escape("<script>alert(1)</script>") in page
    assert page.count('<tr data-verdict="') == 2
    assert "&#34;" not in page.split("</style>")[0]  # the style sheet is CSS, not escaped text
    assert ("Tulot kuukaudessa" in page) == (lang == "fi")


@pytest.mark.parametrize(("lang", "tag"), [("en", "remedy tried"), ("ko", "해결 시도 후에도 지속"),
                                          ("fi", "korjausta jo yritetty")])
def test_batch_html_legend_names_the_tags_the_page_shows_not_the_terminal_star(run_cli, tmp_path, lang: str,  # type: ignore[no-untyped-def]
                                                                                tag: str) -> None:
    source = tmp_path / "book.csv"
    source.write_text(SHEET)
    _, page, _ = _batch(run_cli, source, "--format", "html", "--ignore-columns", "account manager", "--lang", lang)
    legend = page.split('<p class="note">')[1].split("</p>")[0]
    assert f"{tag}:" in legend and "*" not in legend
