"""Overrides files: thresholds, disabled rules and extra facts, signs and rules merged on the bundled knowledge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clientfire.engine import Engine, client_from_mapping, load_knowledge
from clientfire.engine.compile import ruleset_name
from clientfire.engine.overrides import apply_overrides, load_merged, load_overrides
from clientfire.errors import KnowledgeError
from tests.conftest import EXAMPLES, TODAY

TWO_LATE = "thresholds:\n  late_payment.min_late_invoices: 2\n"

COACH = """\
groups:
  schedule:
    text: {en: "Schedule"}
    facts:
      calls_outside_hours:
        type: count
        text: {en: "Calls booked outside working hours in the last month"}
thresholds:
  after_hours.min_calls: {value: 3, unit: calls}
signs:
  - id: books_after_hours
    article: C.3
    source: C.3
    title: {en: "Books calls outside working hours"}
rules:
  - id: sign.books_after_hours
    source: C.3
    text: {en: "Calls outside working hours, again and again, show little respect for your time."}
    when:
      - schedule.calls_outside_hours >= after_hours.min_calls
    then:
      sign: books_after_hours
      degree: mild
"""


def overrides_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "overrides.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def two_late(tmp_path: Path) -> Engine:
    return Engine(kb=load_merged(None, overrides_file(tmp_path, TWO_LATE)))


def verdict(engine: Engine, facts: dict) -> tuple[str, str, list[str]]:  # type: ignore[type-arg]
    result = engine.evaluate(client_from_mapping(facts, engine.kb, "<test>"), TODAY)
    return result.verdict, result.strength, [s["id"] for s in result.signs]


def test_threshold_override_gets_its_own_version_and_ruleset(engine: Engine, two_late: Engine) -> None:
    assert two_late.kb.thresholds["late_payment.min_late_invoices"].value == 2
    assert two_late.kb.version != engine.kb.version
    assert two_late.compiled.name == ruleset_name(two_late.kb.version) != engine.compiled.name


LATE = [  # (late invoices, pays eventually, bundled outcome, with the threshold at 2)
    (1, None, ("keep", "none", []), ("keep", "none", [])),
    (2, None, ("keep", "none", []), ("address", "weak", ["late_payment"])),
    # B.1: not always paying in the end is non-payment, whatever the late count
    (2, False, ("fire", "moderate", ["non_payment"]), ("fire", "moderate", ["non_payment"])),
    (3, True, ("address", "weak", ["late_payment"]), ("address", "weak", ["late_payment"])),
]


@pytest.mark.parametrize(("late", "pays", "before", "after"), LATE)
def test_lowering_the_late_payment_threshold_changes_exactly_the_two_late_clients(
        engine: Engine, two_late: Engine, late: int, pays: bool | None, before: tuple, after: tuple) -> None:  # type: ignore[type-arg]
    payment = {"late_invoices": late, **({"pays_eventually": pays} if pays is not None else {})}
    assert verdict(engine, {"payment": payment}) == before
    assert verdict(two_late, {"payment": payment}) == after


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_examples_change_only_where_the_threshold_is_crossed(engine: Engine, two_late: Engine, path: Path) -> None:
    client = engine.load_client(path)
    payment = client.values
    crosses = payment.get("payment.late_invoices") == 2 and payment.get("payment.pays_eventually") is not False
    old, new = engine.evaluate(client, TODAY), two_late.evaluate(two_late.load_client(path), TODAY)

    def outcome(result):  # type: ignore[no-untyped-def]
        return result.verdict, result.strength, [(s["id"], s["degree"]) for s in result.signs]

    assert (outcome(old) != outcome(new)) == crosses


def test_disable_removes_a_rule(tmp_path: Path) -> None:
    merged = load_merged(None, overrides_file(tmp_path, "disable: [guidance.thank_them]\n"))
    engine = Engine(kb=merged)
    result = engine.evaluate(client_from_mapping({"respect": {"belittles": True}}, merged, "<test>"), TODAY)
    assert result.verdict == "fire"
    assert "thank_them" not in [g["id"] for g in result.guidance]
    assert "give_reason" in [g["id"] for g in result.guidance]


def test_a_coach_adds_a_fact_a_sign_and_a_rule(tmp_path: Path) -> None:
    engine = Engine(kb=load_merged(None, overrides_file(tmp_path, COACH)))
    assert verdict(engine, {"schedule": {"calls_outside_hours": 4}}) == ("address", "weak", ["books_after_hours"])
    assert verdict(engine, {"schedule": {"calls_outside_hours": 2}}) == ("keep", "none", [])


def test_a_rule_with_an_existing_id_replaces_it(tmp_path: Path) -> None:
    text = ("rules:\n  - id: sign.late_payment\n    source: B.1\n    text: {en: stricter}\n"
            "    when: ['payment.late_invoices >= 6']\n    then: {sign: late_payment, degree: mild}\n")
    merged = load_merged(None, overrides_file(tmp_path, text))
    assert len(merged.rules) == len(load_knowledge().rules)
    rule = merged.rule("sign.late_payment")
    assert rule is not None and rule.loc.path.endswith("overrides.yaml")
    assert verdict(Engine(kb=merged), {"payment": {"late_invoices": 5}})[0] == "keep"


BAD = [
    ("unknown key", "threshold:\n  a.b: 1\n", 1, "threshold", "thresholds"),
    ("typo in a threshold id", "thresholds:\n  late_payment.min_late_invoice: 2\n", 2, "late_payment.min_late_invoice",
     "late_payment.min_late_invoices"),
    ("not a number", "thresholds:\n  late_payment.min_late_invoices: many\n", 2, "late_payment.min_late_invoices", None),
    ("not an id", "thresholds:\n  Late: 2\n", 2, "Late", None),
    ("extra threshold key", "thresholds:\n  a.b: {value: 1, colour: red}\n", 2, "colour", None),
    ("disable a number", "disable: 5\n", 1, "disable", None),
    ("duplicate rule", "rules:\n" + ("  - {id: r.x, source: B.1, text: x, when: [], then: {verdict: keep, strength: none}}\n"
                                     * 2), 3, "id", None),
]


@pytest.mark.parametrize(("what", "text", "line", "key", "suggestion"), BAD, ids=[b[0] for b in BAD])
def test_bad_overrides_name_line_and_key(tmp_path: Path, what: str, text: str, line: int, key: str,
                                         suggestion: str | None) -> None:
    with pytest.raises(KnowledgeError) as caught:
        load_merged(None, overrides_file(tmp_path, text))
    assert (caught.value.line, caught.value.key, caught.value.suggestion) == (line, key, suggestion)
    assert caught.value.path and caught.value.path.endswith("overrides.yaml")


def test_overrides_are_not_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="mapping of sections"):
        load_overrides(overrides_file(tmp_path, "- 1\n"))


def test_apply_keeps_the_base_untouched(tmp_path: Path) -> None:
    base = load_knowledge()
    apply_overrides(base, load_overrides(overrides_file(tmp_path, TWO_LATE)))
    assert base.thresholds["late_payment.min_late_invoices"].value == 3


def test_every_command_takes_overrides(tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    client = tmp_path / "two.yaml"
    client.write_text("payment: {late_invoices: 2}\n", encoding="utf-8")
    path = overrides_file(tmp_path, TWO_LATE)
    plain = json.loads(run_cli("verdict", str(client), "--format", "json", "--today", "2026-11-26")[1])
    flag = json.loads(run_cli("verdict", str(client), "--format", "json", "--today", "2026-11-26",
                              "--overrides", str(path))[1])
    monkeypatch.setenv("CLIENTFIRE_OVERRIDES", str(path))
    env = json.loads(run_cli("verdict", str(client), "--format", "json", "--today", "2026-11-26")[1])
    assert (plain["verdict"], flag["verdict"], env["verdict"]) == ("keep", "address", "address")
    assert flag["knowledge_version"] == env["knowledge_version"] != plain["knowledge_version"]
