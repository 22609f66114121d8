"""`clientfire template`: a blank client file that loads back with every fact unknown, and a portfolio CSV header."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from clientfire.batch.inputs import read_rows

SAMPLE = {"count": "1", "number": "1", "money": "10", "percent": "50", "scale": "3", "bool": "true",
          "date": "2027-01-31", "text": "x"}


def _inputs(engine: Any) -> list[str]:
    return [f for f, d in engine.kb.facts.items() if d.formula is None and f != "client"]


@pytest.mark.parametrize("lang", ["en", "id", "ko", "fi"])
def test_template_yaml_loads_back_as_a_valid_client_with_every_fact_unknown(run_cli: Any, engine: Any,
                                                                             tmp_path: Path, lang: str) -> None:
    code, out, err = run_cli("template", "--lang", lang)
    assert code == 0, err
    path = tmp_path / "blank.yaml"
    path.write_text(out, encoding="utf-8")
    assert engine.load_client(path).values == {}
    for fact in _inputs(engine):
        text = engine.kb.facts[fact].text
        assert text.get(lang, text["en"]) in out  # every fact commented with its meaning, in the language asked


def test_template_yaml_names_every_fact_with_its_unit(run_cli: Any, engine: Any, tmp_path: Path) -> None:
    out = run_cli("template")[1]
    assert "[days: whole number, 0 or more]" in out and "[true or false]" in out
    kinds = {f.split(".")[1]: d.type for f, d in engine.kb.facts.items() if "." in f}
    filled = re.sub(r"^#(\w+):.*$", lambda m: f"{m[1]}:", out, flags=re.M)  # remove the # before a group...
    filled = re.sub(r"^#(  )(\w+): .*$", lambda m: f"  {m[2]}: {SAMPLE[kinds[m[2]]]}", filled, flags=re.M)
    path = tmp_path / "filled.yaml"
    path.write_text(filled, encoding="utf-8")
    assert sorted(engine.load_client(path).values) == sorted(_inputs(engine))


def test_template_csv_is_a_portfolio_header_batch_reads(run_cli: Any, engine: Any, tmp_path: Path) -> None:
    code, out, _ = run_cli("template", "--format", "csv")
    assert code == 0 and out.count("\n") == 1
    assert out.strip().split(",") == ["client"] + _inputs(engine)
    path = tmp_path / "portfolio.csv"
    path.write_text(out + "Acme" + "," * len(_inputs(engine)) + "\n", encoding="utf-8")
    rows = list(read_rows(path, engine.kb))
    assert len(rows) == 1 and not hasattr(rows[0], "error")
