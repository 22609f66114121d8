"""Terminal tables measure display width (a Korean syllable takes two cells), not len() (clientfire/textwidth.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientfire.explain.labels import label
from clientfire.textwidth import columns, display_width, pad, pad_left

WIDTHS = [("abc", 3), ("", 0), ("한국어", 6), ("가나다라마바사아자차", 20), ("ｆｕｌｌ", 8), ("e\u0301", 1),
          ("Ärrä", 4), ("a\u200bb", 2), ("日本 x", 6)]


@pytest.mark.parametrize(("text", "cells"), WIDTHS)
def test_display_width_counts_wide_characters_twice(text: str, cells: int) -> None:
    assert display_width(text) == cells


@pytest.mark.parametrize(("text", "width", "left", "right"), [
    ("ab", 5, "ab   ", "   ab"), ("한국", 6, "한국  ", "  한국"), ("한국어", 4, "한국어", "한국어")])
def test_pad_fills_to_display_width(text: str, width: int, left: str, right: str) -> None:
    assert pad(text, width) == left and pad_left(text, width) == right


def test_columns_align_by_display_width() -> None:
    lines = columns([("1", "가나다라마바사아자차", "x"), ("22", "Acme", "y")], right=(0,))
    assert lines == [" 1  가나다라마바사아자차  x", "22  Acme                  y"]


def _column_of(line: str, marker: str) -> int:
    return display_width(line[:line.index(marker)])


def test_terminal_tables_align_wide_characters_in_batch_summary(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    portfolio = tmp_path / "p.csv"
    portfolio.write_text("client,payment.late_invoices\n가나다라마바사아자차,4\nAcme,0\n", encoding="utf-8")
    code, out, _ = run_cli("batch", str(portfolio), "--no-record")
    assert code == 0
    rows = [line for line in out.splitlines() if "가나다라마바사아자차" in line or "Acme" in line]
    starts = {_column_of(line, next(w for w in ("keep", "address", "pause_work", "fire") if f" {w} " in line))
              for line in rows}
    assert len(rows) == 2 and len(starts) == 1


def test_terminal_tables_align_wide_characters_in_facts(run_cli) -> None:  # type: ignore[no-untyped-def]
    import json

    _, listed, _ = run_cli("facts", "--lang", "ko", "--format", "json")
    code, out, _ = run_cli("facts", "--lang", "ko")
    assert code == 0
    texts = [row["text"] for row in json.loads(listed)]
    heading = f"{label('Derived facts', 'ko')} ({label('computed, not set', 'ko')}):"
    lines = [line for line in out.splitlines() if line and line != heading]  # derived facts apart, one alignment
    starts = {_column_of(line, text) for line, text in zip(lines, texts, strict=True)}
    assert len(starts) == 1
