"""WHY NOT (issue 3): for every verdict not given, the rules concluding it and the conditions that failed."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import EXAMPLES, ROOT, TODAY

from clientfire.engine.conditions import check
from clientfire.engine.model import FactTest
from clientfire.explain.how import flat_values, run_data
from clientfire.explain.why_not import build_why_not

Json = dict[str, Any]


def _why_not(engine: Any, name: str) -> tuple[Any, Json, list[Json]]:
    result = engine.evaluate(engine.load_client(ROOT / "examples" / name), TODAY)
    data = run_data(result, engine.kb, "en")
    return result, data, build_why_not(engine.kb, data, "en")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_why_not_names_the_failed_conditions(engine: Any, path: Any) -> None:
    result, data, entries = _why_not(engine, path.name)
    values = flat_values(data)
    fired = {f["rule"] for f in result.trace}
    order = [v.id for v in engine.kb.verdicts]
    assert [e["verdict"] for e in entries] == [v for v in order if v != result.verdict]
    for entry in entries:
        concluding = [r.id for r in engine.kb.rules if r.then.kind == "verdict" and r.then.id == entry["verdict"]]
        assert [r["rule"]["id"] for r in entry["rules"]] == concluding
        for rule in entry["rules"]:
            assert rule["fired"] == (rule["rule"]["id"] in fired)
            if rule["fired"]:  # concluded, but a higher verdict won
                assert order.index(entry["verdict"]) < order.index(result.verdict)
                continue
            assert rule["lacking"], f"{rule['rule']['id']} did not fire, so some condition must be lacking"
            tests = {t.fact: t for t in engine.kb.rule(rule["rule"]["id"]).when if isinstance(t, FactTest)}
            for cond in rule["lacking"]:
                if cond["type"] == "fact":
                    expected = {"fails": False, "unknown": None}[cond["status"]]
                    assert check(engine.kb, tests[cond["fact"]], values) is expected
                elif cond["type"] == "match":
                    assert cond["status"] == "missing" and cond["present"] == []


def test_why_not_fire_when_problems_are_temporary_harbourline(engine: Any) -> None:
    """Harbourline has a serious sign, but problems_temporary is true (C.intro): every fire rule that a passing
    situation holds back fails on it, and the ones it does not hold back lack a sign that stands."""
    _, _, entries = _why_not(engine, "harbourline-temporary-crunch.yaml")
    fire = next(e for e in entries if e["verdict"] == "fire")
    for rule in fire["rules"]:
        failed = [c for c in rule["lacking"] if c["type"] == "fact"]
        if rule["rule"]["id"].endswith(".stands"):
            assert failed == [] and [c["pattern"] for c in rule["lacking"]] == ["sign: {degree: serious, softens: false}"]
        elif rule["rule"]["id"] != "verdict.fire.remedy_tried":
            assert [(c["fact"], c["value"], c["status"]) for c in failed] == [
                ("relationship.problems_temporary", True, "fails")]


def test_why_not_says_which_sign_was_missing_oakline(engine: Any) -> None:
    """Oakline: fire needs a serious sign; 38 days overdue is below the non_payment threshold."""
    _, _, entries = _why_not(engine, "oakline-late-payer.yaml")
    fire = next(e for e in entries if e["verdict"] == "fire")
    serious = next(r for r in fire["rules"] if r["rule"]["id"] == "verdict.fire.serious_sign")
    missing = next(c for c in serious["lacking"] if c["type"] == "match")
    assert missing["pattern"] == "sign: {degree: serious}"
    feeders = {f["rule"]["id"]: f for f in missing["could_come_from"]}
    overdue = feeders["sign.non_payment.long_overdue"]["lacking"]
    need = engine.kb.thresholds["non_payment.min_days_overdue"].value
    # B.1: and a client known to pay in the end is a late payer, however long the invoice is overdue
    assert [(c["fact"], c["value"], c["required"]) for c in overdue] == [("payment.days_overdue", 38, need),
                                                                         ("payment.pays_eventually", True, True)]
    assert all(f["concludes"]["degree"] == "serious" for f in feeders.values())


def test_why_not_outranked_verdict_oakline(engine: Any) -> None:
    """Oakline: address was concluded (a mild sign) but pause_work ranks higher."""
    _, _, entries = _why_not(engine, "oakline-late-payer.yaml")
    address = next(e for e in entries if e["verdict"] == "address")
    assert address["status"] == "outranked"
    assert [r["rule"]["id"] for r in address["rules"] if r["fired"]] == ["verdict.address.mild_sign"]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_explain_why_not_cli(run_cli: Any, fmt: str) -> None:
    path = str(ROOT / "examples/oakline-late-payer.yaml")
    code, out, err = run_cli("explain", path, "--why-not", "fire", "--today", TODAY.isoformat(), "--format", fmt,
                             "--no-record")
    assert code == 0, err
    assert "Why not fire" in out and "Why not keep" not in out
    assert "payment.days_overdue = 38, needs >= 90 (threshold non_payment.min_days_overdue)" in out


@pytest.mark.parametrize(("verdict", "code", "expected"), [
    ("fier", 2, "unknown verdict 'fier'"),
    ("pause_work", 0, "pause_work is the verdict given"),
])
def test_explain_why_not_bad_or_given_verdict(run_cli: Any, verdict: str, code: int, expected: str) -> None:
    path = str(ROOT / "examples/oakline-late-payer.yaml")
    got, out, err = run_cli("explain", path, "--why-not", verdict, "--today", TODAY.isoformat(), "--no-record")
    assert got == code
    assert expected in (out if code == 0 else err)
    if code:
        assert len(err.strip().splitlines()) == 1 and "did you mean 'fire'" in err
