"""HOW (issue 3): the derivation tree is built from the recorded trace and matches the rules that fired."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import EXAMPLES, ROOT, TODAY

from clientfire.engine.conditions import check
from clientfire.engine.model import FactTest
from clientfire.engine.result import source_of
from clientfire.explain.how import build_how, flat_values, run_data

Json = dict[str, Any]


def _nodes(node: Json | None) -> list[Json]:
    """Every expanded node of a tree (references to nodes shown earlier are not expanded again)."""
    if node is None or "ref" in node:
        return []
    found = [node]
    for cond in node["conditions"]:
        for child in cond.get("by", []):
            found += _nodes(child)
    return found


def _how(engine: Any, path: Any) -> tuple[Any, Json, Json]:
    result = engine.evaluate(engine.load_client(path), TODAY)
    data = run_data(result, engine.kb, "en")
    return result, data, build_how(engine.kb, data, "en")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_how_tree_holds_every_firing_once(engine: Any, path: Any) -> None:
    result, _, how = _how(engine, path)
    nodes = _nodes(how["tree"]) + [n for root in how["also"] for n in _nodes(root)]
    seqs = [n["seq"] for n in nodes]
    assert sorted(seqs) == [f["seq"] for f in result.trace]
    by_seq = {f["seq"]: f for f in result.trace}
    for node in nodes:
        assert node["rule"]["id"] == by_seq[node["seq"]]["rule"]
        assert node["concludes"] == by_seq[node["seq"]]["derived"] + by_seq[node["seq"]]["already_known"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_how_root_is_the_verdict_and_every_condition_held(engine: Any, path: Any) -> None:
    result, data, how = _how(engine, path)
    root = how["tree"]
    assert {"t": "verdict", "name": result.verdict, "strength": result.strength} in root["concludes"]
    values = flat_values(data)
    for node in _nodes(root) + [n for r in how["also"] for n in _nodes(r)]:
        rule = engine.kb.rule(node["rule"]["id"])
        if rule is None:  # a generated select rule
            assert node["rule"]["loc"] == "generated"
            continue
        assert node["rule"]["source"] == source_of(engine.kb, rule.source, "en")
        tests = [c for c in rule.when if isinstance(c, FactTest)]
        facts = [c for c in node["conditions"] if c["type"] == "fact"]
        assert [c["fact"] for c in facts] == [t.fact for t in tests]
        for cond, test in zip(facts, tests, strict=True):
            assert cond["holds"] is True and check(engine.kb, test, values) is True
            assert cond["value"] == values.get(test.fact)
        for cond in node["conditions"]:
            for child in cond.get("by", []):
                if "ref" not in child and cond["type"] == "match":
                    assert cond["matched"] in child["concludes"]


def test_how_shows_value_against_threshold_oakline(engine: Any, run_cli: Any) -> None:
    """Oakline: 5 late invoices against the late_payment threshold, the line format of the issue."""
    threshold = engine.kb.thresholds["late_payment.min_late_invoices"].value
    code, out, _ = run_cli("verdict", str(ROOT / "examples/oakline-late-payer.yaml"), "--today", TODAY.isoformat(),
                           "--explain", "--no-record")
    assert code == 0
    assert f"payment.late_invoices = 5 >= {threshold} (threshold late_payment.min_late_invoices)" in out
    assert "verdict pause_work (moderate) <- select.pause_work.moderate" in out
    assert "<- verdict.pause_work.overdue" in out and "<- sign.late_payment" in out


def test_how_derived_fact_shows_its_inputs(engine: Any) -> None:
    """Fernhill: the margin condition names the formula and the input facts it came from."""
    _, _, how = _how(engine, ROOT / "examples/fernhill-unprofitable-retainer.yaml")
    nodes = _nodes(how["tree"]) + [n for r in how["also"] for n in _nodes(r)]
    margin = [c for n in nodes for c in n["conditions"] if c.get("fact") == "money.monthly_margin"]
    assert margin and margin[0]["from"] == {"money.monthly_revenue": 1200, "money.monthly_hours": 22,
                                            "money.target_hourly_rate": 65, "money.monthly_costs": 45}
    assert margin[0]["value"] == 1200 - 22 * 65 - 45


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_verdict_explain_adds_how_only_when_asked(run_cli: Any, fmt: str) -> None:
    path = str(ROOT / "examples/oakline-late-payer.yaml")
    _, plain, _ = run_cli("verdict", path, "--today", TODAY.isoformat(), "--format", fmt, "--no-record")
    code, explained, _ = run_cli("verdict", path, "--today", TODAY.isoformat(), "--format", fmt, "--explain",
                                 "--no-record")
    assert code == 0
    if fmt == "json":
        assert "how" not in json.loads(plain)
        how = json.loads(explained)["how"]
        assert how["tree"]["rule"]["id"] == "select.pause_work.moderate"
    else:
        assert "How this verdict was reached" not in plain
        assert "How this verdict was reached" in explained
        assert explained.splitlines()[0] == plain.splitlines()[0]
