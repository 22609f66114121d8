"""explain, facts, diagrams and the report in id/ko/fi: their interface words translated, not only the advice."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from clientfire.engine.i18n_interface import missing_interface_translations
from clientfire.explain import labels

ROOT = Path(__file__).resolve().parents[1]
IRONBRIDGE = str(ROOT / "examples" / "ironbridge-everything-wrong.yaml")
OTHER = ("id", "ko", "fi")
#: English phrases of HOW, WHY NOT and WHAT IF lines that must not survive translation
ENGLISH = ("shown above", " matched ", "candidates:", "the highest wins", "The generated select layer",
           "did not fire", "needs ", "ranks higher", "no change of", "also concluded", "(threshold", "generated)",
           "distinct article signs", "candidate ", "verdict ", "sign ", "seeds ", " true", " false", "=true", "=false")


def _prose(text: str) -> str:
    """`text` without ids and file names (every token with a `.`, `_` or `/` in it)."""
    return re.sub(r"[^\s(),;:]*[._/][^\s(),;:]*", "ID", text)


def _explain(run_cli: Any, lang: str, *extra: str) -> str:
    code, out, err = run_cli("explain", IRONBRIDGE, "--lang", lang, "--no-record", *extra)
    assert code == 0, err
    return out


@pytest.mark.parametrize("lang", OTHER)
def test_explain_how_and_what_if_lines_are_translated(run_cli: Any, lang: str) -> None:
    out = _explain(run_cli, lang, "--how", "--what-if")
    found = [phrase for phrase in ENGLISH if phrase in _prose(out)]
    assert found == []
    assert labels.label("How this verdict was reached", lang) in out and labels.label("What if", lang) in out


@pytest.mark.parametrize("lang", OTHER)
def test_explain_why_not_lines_are_translated(run_cli: Any, lang: str) -> None:
    out = _explain(run_cli, lang, "--why-not", "pause_work")
    assert [phrase for phrase in ENGLISH if phrase in _prose(out)] == []
    assert labels.label("Why not", lang) in out


@pytest.mark.parametrize(("lang", "expected"), [("id", "payment.pays_eventually = ya"),
                                                ("ko", "payment.pays_eventually = 예"),
                                                ("fi", "payment.pays_eventually = kyllä")])
def test_explain_booleans_render_as_yes_no_words(run_cli: Any, lang: str, expected: str) -> None:
    out = _explain(run_cli, lang)
    assert expected in out
    assert not re.search(r"\b(true|false)\b", out)


def test_explain_select_layer_note_is_translated(run_cli: Any) -> None:
    out = _explain(run_cli, "fi")
    assert labels.label("The generated select layer: the highest verdict among the candidates wins, with its highest "
                        "strength.", "fi") in out


@pytest.mark.parametrize(("lang", "english", "translated"), [
    ("fi", "count (invoices)", "lukumäärä (laskua)"), ("ko", "count (invoices)", "개수 (건)"),
    ("id", "count (days)", "jumlah (hari)"), ("fi", "percent", "prosentti"), ("fi", "money", "rahamäärä")])
def test_facts_units_and_types_are_translated(run_cli: Any, lang: str, english: str, translated: str) -> None:
    code, out, _ = run_cli("facts", "--lang", lang)
    assert code == 0
    assert translated in out
    assert not re.search(rf"\s{re.escape(english)}\s", out)


def test_facts_percent_unit_reads_once(run_cli: Any) -> None:
    _, out, _ = run_cli("facts")
    assert "percent (percent)" not in out and "contract.work_completed_pct" in out


def test_korean_report_uses_one_term_for_threshold(run_cli: Any, tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    code, _, err = run_cli("report", IRONBRIDGE, "--lang", "ko", "-o", str(page), "--no-diagram")
    assert code == 0, err
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<style.*?</style>", "", page.read_text(encoding="utf-8"), flags=re.S))
    assert "기준값" in text
    assert "threshold" not in text.replace("min_", "").lower().replace("thresholds:", "")
    out = _explain(run_cli, "ko")
    assert "기준값" in out and "threshold" not in out


@pytest.mark.parametrize("lang", OTHER)
def test_diagram_legend_is_translated(run_cli: Any, tmp_path: Path, lang: str) -> None:
    path = tmp_path / "d.dot"
    code, _, err = run_cli("diagram", IRONBRIDGE, "--lang", lang, "-o", str(path))
    assert code == 0, err
    dot = path.read_text(encoding="utf-8")
    for english in ("Legend", "sign found", "fired rule", "not used for this client", "Advice and exit plan"):
        assert english not in dot
    assert labels.label("Legend", lang) in dot


def test_interface_strings_reachable_from_a_command_have_every_translation(engine: Any) -> None:
    assert missing_interface_translations(engine.kb) == []


def test_interface_check_fails_on_an_untranslated_label(engine: Any, run_cli: Any,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(labels.LABELS, "Sources", {"id": "Sumber", "ko": "출처"})
    missing = missing_interface_translations(engine.kb)
    assert [(m[2], m[3]) for m in missing] == [("Sources", "fi")]
    code, out, err = run_cli("check")
    assert "interface string 'Sources'" in out + err and "fi" in out + err


def test_interface_check_covers_the_knowledge_vocabulary(engine: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(labels.LABELS, "pause_work")
    missing = {(m[2], m[3]) for m in missing_interface_translations(engine.kb)}
    assert {("pause_work", lang) for lang in OTHER} <= missing
