"""Batch parts: severity order, report names, CSV cells, the progress bar (issue 7)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from clientfire.batch.inputs import csv_value, read_rows
from clientfire.batch.progress import Progress
from clientfire.batch.triage import severity_key, sort_summaries
from clientfire.commands.batch import report_names
from clientfire.engine import Engine
from tests.conftest import TODAY


def _summary(client: str, verdict: int, strength: int, signs: int, serious: int = 0,  # type: ignore[type-arg]
             failed: int = 0) -> dict:
    return {"client": client, "verdict_rank": verdict, "strength_rank": strength, "where": client,
            "signs": [{"id": f"s{i}", "degree": "serious" if i < serious else "mild", "remedy_tried": i < failed}
                      for i in range(signs)]}


@pytest.mark.parametrize(("worse", "better"), [
    (_summary("b", 3, 1, 0), _summary("a", 2, 3, 9)),  # the verdict first
    (_summary("b", 3, 3, 1), _summary("a", 3, 2, 5)),  # then the strength
    (_summary("b", 1, 1, 2, serious=2), _summary("a", 1, 1, 5, serious=1)),  # then serious signs, before the count
    (_summary("b", 1, 1, 2, failed=1), _summary("a", 1, 1, 5)),  # then a remedy that failed, before the count
    (_summary("b", 1, 1, 4), _summary("a", 1, 1, 2)),  # then the number of signs
    (_summary("Alpha", 1, 1, 2), _summary("beta", 1, 1, 2)),  # then the name, any case
])
def test_worse_case_sorts_first(worse: dict, better: dict) -> None:  # type: ignore[type-arg]
    assert severity_key(worse) < severity_key(better)
    assert sort_summaries([better, worse]) == [worse, better]


@pytest.mark.parametrize(("clients", "names"), [
    (["Acme Ltd", "acme ltd", "Acme-Ltd"], ["acme-ltd.md", "acme-ltd-2.md", "acme-ltd-3.md"]),
    (["Ünïcode Café", "???", "???"], ["n-code-caf.md", "client.md", "client-2.md"]),
])
def test_report_names_are_unique(clients: list[str], names: list[str]) -> None:
    assert report_names(clients, ".md") == names


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("3", "count", 3), ("2.5", "money", 2.5), ("yes", "bool", True), ("FALSE", "bool", False),
    ("maybe", "bool", "maybe"), ("lots", "count", "lots"), ("2027-01-31", "date", "2027-01-31"),
])
def test_csv_cells_take_the_facts_type(text: str, kind: str, value: object) -> None:
    got = csv_value(text, kind)
    assert got == value and type(got) is type(value)


def test_progress_bar_draws_only_when_forced_or_on_a_terminal() -> None:
    quiet = io.StringIO()
    Progress(10, quiet).update(10)
    assert quiet.getvalue() == ""
    shown = io.StringIO()
    bar = Progress(10, shown, force=True)
    bar.update(10)
    bar.close()
    assert shown.getvalue().startswith("\r[") and "10/10 clients" in shown.getvalue()


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "'payment.late_invoices' must be a number, not '12x'"),
    ("ko", "'payment.late_invoices'에는 숫자만 쓸 수 있습니다(받은 값: '12x')"),
    ("fi", "'payment.late_invoices': arvon pitää olla luku, ei '12x'"),
])
def test_a_row_error_is_said_in_the_summary_language_and_crosses_processes(
        tmp_path: Path, engine: Engine, lang: str, said: str) -> None:
    """Issue: messages for import and batch: a row that could not be evaluated says why in the summary's language;
    the English stays what it was, and the error survives the trip from a worker process (pickled)."""
    import pickle

    from clientfire.batch.sink import Summaries
    from clientfire.batch.triage import render_summary, write_summary
    from clientfire.batch.workers import Job, evaluate_one

    portfolio = tmp_path / "bad.csv"
    portfolio.write_text("client,payment.late_invoices\nIronbridge,12x\n", encoding="utf-8")
    (row,) = list(read_rows(portfolio, engine.kb))
    error = pickle.loads(pickle.dumps(evaluate_one(row, Job(today=TODAY), engine).error))
    assert error is not None and error.message == "'payment.late_invoices' must be a number, not '12x'"
    assert error.text(lang) == said
    table = io.StringIO()
    write_summary(table, Summaries(severity_key), [error], "table", {}, engine.kb, lang)
    assert f"bad.csv:2: {said}" in table.getvalue()
    data = json.loads(render_summary([], [error], "json", {}))
    assert data["errors"][0]["error"] == error.message  # JSON is for programs: English, whatever the language
