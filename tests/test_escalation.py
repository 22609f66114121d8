"""The articles' escalation, point by point: each test names the article section it rests on."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from clientfire.engine import Engine
from clientfire.engine.client import ClientFacts
from tests.conftest import TODAY


def evaluate(engine: Engine, **facts: Any) -> Any:
    """Evaluate facts given as keyword arguments with `__` for the dot: payment__late_invoices=3."""
    return engine.evaluate(ClientFacts("t", {k.replace("__", "."): v for k, v in facts.items()}), TODAY, unknowns=True)


def outcome(result: Any) -> tuple[str, str]:
    return result.verdict, result.strength


def signs(result: Any) -> dict[str, str]:
    return {s["id"]: s["degree"] for s in result.signs}


def remedies(result: Any) -> list[str]:
    return [r["id"] for r in result.remedies]


def steps(result: Any) -> list[str]:
    return [g["id"] for g in result.guidance]


def unknown(result: Any) -> dict[str, str]:
    return {u["fact"]: u["could_change"] for u in result.unknown_facts}


# --- B.1: pause the work, not the relationship; drop the client who won't pay ----------------------

@pytest.mark.parametrize(("facts", "expected", "sign"), [
    # invoices overdue and unpaid now call for pausing the work, whatever the late history
    ({"payment__unpaid_overdue_invoices": 2, "payment__late_invoices": 0}, ("pause_work", "moderate"), "late_payment"),
    ({"payment__days_overdue": 20}, ("pause_work", "moderate"), "late_payment"),
    # pays_eventually false is non-payment even with nothing overdue today
    ({"payment__pays_eventually": False, "payment__unpaid_overdue_invoices": 0}, ("fire", "moderate"), "non_payment"),
    # the user's pays_eventually true keeps the pause; a very long overdue invoice strengthens it
    ({"payment__days_overdue": 120, "payment__unpaid_overdue_invoices": 1, "payment__pays_eventually": True},
     ("pause_work", "strong"), "late_payment"),
    # without that fact, so long overdue is not being paid at all
    ({"payment__days_overdue": 120, "payment__unpaid_overdue_invoices": 1}, ("fire", "moderate"), "non_payment"),
])
def test_b1_pause_until_paid_or_drop_the_non_payer(engine: Engine, facts: dict[str, Any], expected: tuple[str, str],
                                                   sign: str) -> None:
    result = evaluate(engine, **facts)
    assert outcome(result) == expected
    assert sign in signs(result)


def test_b1_a_user_who_says_they_always_pay_keeps_the_pause_and_the_late_fees(engine: Engine) -> None:
    result = evaluate(engine, payment__days_overdue=120, payment__unpaid_overdue_invoices=1,
                      payment__pays_eventually=True)
    assert "non_payment" not in signs(result)
    assert remedies(result) == ["pause_until_paid", "late_fees", "professional_invoicing"]


def test_b1_long_overdue_with_pays_eventually_unknown_names_it_as_the_deciding_fact(engine: Engine) -> None:
    result = evaluate(engine, payment__days_overdue=120, payment__unpaid_overdue_invoices=1)
    case = next(u for u in result.unknown_facts if u["fact"] == "payment.pays_eventually")
    assert case["could_change"] == "verdict"
    assert {(c["verdict"], c["strength"]) for c in case["cases"]} == {("pause_work", "strong")}


# --- C.5 against C.conclusion: mild signs call for the conversation, however many ------------------

THREE_MILD = {"payment__late_invoices": 4, "communication__avg_response_days": 6, "wellbeing__dread": 5}


def test_c5_three_mild_signs_make_a_strong_address_with_every_remedy(engine: Engine) -> None:
    result = evaluate(engine, **THREE_MILD)
    assert outcome(result) == ("address", "strong")
    assert signs(result) == {"late_payment": "mild", "poor_communication": "mild", "cannot_stand": "mild",
                             "multiple_signs": "mild"}
    assert remedies(result) == ["late_fees", "professional_invoicing", "have_the_conversation"]
    assert [n["id"] for n in result.notices] == ["fire_next", "final_choice"]


@pytest.mark.parametrize(("facts", "expected"), [
    ({"payment__late_invoices": 4, "communication__unreachable_weeks": 3}, ("address", "strong")),
    ({"pricing__price_objections": 2, "scope__unpaid_spec_requests": 1, "respect__questions_work_constantly": True},
     ("address", "strong")),
    # C.conclusion: several serious signs at once are a strong cue to leave
    ({"respect__belittles": True, "wellbeing__harms_mental_health": True}, ("fire", "strong")),
    # two faces of one article sign (C.3) count once: one serious sign
    ({"respect__belittles": True, "ethics__client_unethical": True}, ("fire", "moderate")),
    ({"respect__belittles": True, "scope__unpaid_spec_requests": 1}, ("fire", "strong")),
    ({"respect__belittles": True}, ("fire", "moderate")),
])
def test_c_conclusion_several_signs_are_a_strong_cue(engine: Engine, facts: dict[str, Any],
                                                      expected: tuple[str, str]) -> None:
    assert outcome(evaluate(engine, **facts)) == expected


# every fact at a value that raises a sign, alone and in pairs: an `address` always comes with remedies
_ONE_SIGN = [
    {"payment__late_invoices": 3}, {"pricing__price_objections": 2}, {"pricing__compares_to_cheaper": True},
    {"collaboration__unresolved_disagreements": 2}, {"behaviour__insults": 1}, {"behaviour__abuse_addressed": True},
    {"scope__changes_after_delivery": 3}, {"scope__unpaid_spec_requests": 1}, {"control__micromanages": True},
    {"respect__questions_work_constantly": True}, {"communication__unreachable_weeks": 2}, {"wellbeing__dread": 5},
    {"respect__belittles": True, "relationship__problems_temporary": True},
    {"collaboration__unresolved_disagreements": 2, "collaboration__project_stalled": True,
     "relationship__problems_temporary": True},
    {"control__blamed_for_their_choices": True, "relationship__improved_since": True},
    {"wellbeing__dread": 8, "relationship__problems_temporary": True},
]
_PAIRS = [{**a, **b} for i, a in enumerate(_ONE_SIGN) for b in _ONE_SIGN[i + 1:]]


@pytest.mark.parametrize("facts", _ONE_SIGN + _PAIRS)
def test_c5_no_address_without_remedies(engine: Engine, facts: dict[str, Any]) -> None:
    result = evaluate(engine, **facts)
    if result.verdict == "address":
        assert remedies(result), facts
        assert "fire_next" in [n["id"] for n in result.notices]


# --- C.5: not improving needs a sign the conversation was about; improving lowers the case ---------

@pytest.mark.parametrize(("facts", "not_improving"), [
    ({"relationship__conversation_held": True, "relationship__improved_since": False}, False),
    ({"payment__late_invoices": 4, "relationship__conversation_held": True, "relationship__improved_since": False},
     False),
    ({"communication__avg_response_days": 6, "relationship__conversation_held": True,
      "relationship__improved_since": False}, True),
    ({"respect__questions_work_constantly": True, "relationship__conversation_held": True,
      "relationship__improved_since": False}, True),
])
def test_c5_not_improving_needs_a_sign_the_conversation_was_about(engine: Engine, facts: dict[str, Any],
                                                                  not_improving: bool) -> None:
    assert ("not_improving" in signs(evaluate(engine, **facts))) is not_improving


@pytest.mark.parametrize(("facts", "expected"), [
    ({"respect__belittles": True}, ("fire", "moderate")),
    ({"respect__belittles": True, "relationship__improved_since": True}, ("address", "weak")),
    ({"control__blamed_for_their_choices": True, "relationship__improved_since": True}, ("address", "weak")),
    ({"respect__questions_work_constantly": True}, ("address", "weak")),
    ({"respect__questions_work_constantly": True, "relationship__improved_since": True}, ("keep", "none")),
    ({"communication__avg_response_days": 6, "relationship__improved_since": True}, ("keep", "none")),
])
def test_c5_improved_since_lowers_the_case_for_the_signs_it_addressed(engine: Engine, facts: dict[str, Any],
                                                                      expected: tuple[str, str]) -> None:
    assert outcome(evaluate(engine, **facts)) == expected


# --- C.intro: passing trouble softens what was not tried, not what failed or harms you -------------

@pytest.mark.parametrize(("facts", "expected"), [
    ({"respect__belittles": True, "relationship__problems_temporary": True}, ("address", "moderate")),
    # a remedy tried and failed (B.4), harm to mental health (A.intro), an ethics conflict (C.3)
    ({"behaviour__abuse_addressed": True, "behaviour__abuse_continued": True, "behaviour__insults": 3,
      "wellbeing__harms_mental_health": True, "relationship__problems_temporary": True}, ("fire", "strong")),
    ({"behaviour__abuse_addressed": True, "behaviour__abuse_continued": True,
      "relationship__problems_temporary": True}, ("fire", "strong")),
    ({"wellbeing__harms_mental_health": True, "relationship__problems_temporary": True}, ("fire", "moderate")),
    ({"ethics__client_unethical": True, "relationship__problems_temporary": True}, ("fire", "moderate")),
    # B.1 and C.1 have no remedy to try first: a passing situation does not soften them either
    ({"payment__pays_eventually": False, "relationship__problems_temporary": True}, ("fire", "moderate")),
])
def test_c_intro_passing_trouble_softens_only_an_untried_remedy(engine: Engine, facts: dict[str, Any],
                                                                 expected: tuple[str, str]) -> None:
    result = evaluate(engine, **facts)
    assert outcome(result) == expected
    if result.verdict == "address":
        assert remedies(result) == ["have_the_conversation"]


# --- B.2: objections persist after the explanation only when a fact says so -------------------------

@pytest.mark.parametrize(("continued", "expected", "degree"), [
    (None, ("address", "weak"), "mild"),
    (True, ("fire", "strong"), "serious"),
    (False, ("keep", "none"), None),
])
def test_b2_objections_persist_after_explaining_only_when_they_came_after_it(
        engine: Engine, continued: bool | None, expected: tuple[str, str], degree: str | None) -> None:
    facts: dict[str, Any] = {"pricing__price_objections": 2, "pricing__pricing_explained": True}
    if continued is not None:
        facts["pricing__objections_continued"] = continued
    result = evaluate(engine, **facts)
    assert outcome(result) == expected
    assert signs(result).get("price_mismatch") == degree
    if continued is None:
        assert unknown(result)["pricing.objections_continued"] == "verdict"
        assert remedies(result) == ["payment_expectations_policy"]  # already explained: no explain_pricing


# --- B.4: abuse addressed, with its continuation unknown, keeps the sign --------------------------

def test_b4_abuse_addressed_with_continuation_unknown_keeps_the_sign(engine: Engine) -> None:
    result = evaluate(engine, behaviour__insults=2, behaviour__abuse_addressed=True)
    assert signs(result) == {"verbal_abuse": "mild"}
    assert remedies(result) == ["address_abuse_now"]
    assert list(unknown(result))[0] == "behaviour.abuse_continued"


@pytest.mark.parametrize(("continued", "expected"), [(True, ("fire", "strong")), (False, ("keep", "none"))])
def test_b4_if_it_goes_on_after_being_addressed_fire(engine: Engine, continued: bool, expected: tuple[str, str]) -> None:
    result = evaluate(engine, behaviour__insults=2, behaviour__abuse_addressed=True, behaviour__abuse_continued=continued)
    assert outcome(result) == expected


# --- B.5: clear goals first; still unclear after them, end it --------------------------------------

@pytest.mark.parametrize(("goals", "expected"), [(None, ("address", "weak")), (True, ("fire", "strong"))])
def test_b5_cannot_state_what_they_want_after_clear_goals(engine: Engine, goals: bool | None,
                                                         expected: tuple[str, str]) -> None:
    facts: dict[str, Any] = {"scope__can_state_requirements": False}
    if goals is not None:
        facts["scope__goals_set"] = goals
    assert outcome(evaluate(engine, **facts)) == expected


# --- A: the exit plan --------------------------------------------------------------------------------

FIRE = {"ethics__client_unethical": True}


@pytest.mark.parametrize(("contract", "honour", "refund", "replace"), [
    ({"contract__active": True, "contract__end_date": dt.date(2027, 6, 30)}, True, False, False),
    ({"contract__active": True, "contract__end_date": dt.date(2027, 6, 30), "contract__can_fulfil": True},
     True, False, False),
    ({"contract__active": True, "contract__end_date": dt.date(2027, 6, 30), "contract__can_fulfil": False,
      "contract__prepaid_amount": 900}, False, True, True),
    ({"contract__active": True, "contract__end_date": dt.date(2024, 6, 30)}, False, False, False),
    ({"contract__active": False}, False, False, False),
    ({"contract__can_fulfil": False}, False, True, True),
])
def test_a_not5_not6_do2_honour_a_running_contract_or_refund_and_replace(
        engine: Engine, contract: dict[str, Any], honour: bool, refund: bool, replace: bool) -> None:
    found = steps(evaluate(engine, **FIRE, **contract))
    assert ("honor_contract" in found, "refund_unfinished" in found, "offer_replacement" in found) == (
        honour, refund, replace)


def test_a_not5_an_active_contract_past_its_end_date_is_a_warning_not_negative_days(engine: Engine) -> None:
    from clientfire.explain.verdict_text import to_markdown, to_text

    result = evaluate(engine, **FIRE, contract__active=True, contract__end_date=dt.date(2024, 11, 30))
    data = result.to_json(engine.kb)
    assert [n["id"] for n in data["notices"] if n["level"] == "warning"] == ["contract_end_passed"]
    assert "honor_contract" not in steps(result)
    for text in (to_text(data), to_markdown(data)):
        assert "contract.end_date" in text and "-7" not in text.split("Warnings")[1].split("\n")[1][:3]


def test_a_not5_everyone_may_ignore_later_contact_toxic_clients_all_the_more(engine: Engine) -> None:
    plain = next(g for g in evaluate(engine, **FIRE).to_json(engine.kb)["guidance"] if g["id"] == "cut_contact")
    assert "unanswered" in plain["text"] and plain["notes"] == []
    toxic = next(g for g in evaluate(engine, wellbeing__harms_mental_health=True).guidance if g["id"] == "cut_contact")
    assert toxic["notes"] == ["ignore_later_contact"]


def test_a_final_and_c_conclusion_the_closing_aim_and_your_integrity_are_in_every_exit_plan(engine: Engine) -> None:
    found = steps(evaluate(engine, **FIRE))
    assert {"answer_questions", "protect_reputation"} <= set(found)


def test_b_conclusion_the_final_choice_is_yours_on_every_verdict(engine: Engine) -> None:
    for facts in ({}, THREE_MILD, FIRE, {"payment__unpaid_overdue_invoices": 1}):
        assert "final_choice" in [n["id"] for n in evaluate(engine, **facts).notices]


# --- C.6: staff advice only for someone with staff -------------------------------------------------

@pytest.mark.parametrize(("staff", "protect"), [(True, True), (False, False), (None, False)])
def test_c6_staff_advice_only_when_there_are_staff(engine: Engine, staff: bool | None, protect: bool) -> None:
    facts: dict[str, Any] = {"wellbeing__dread": 6}
    if staff is not None:
        facts["practice__has_staff"] = staff
    found = remedies(evaluate(engine, **facts))
    assert "have_the_conversation" in found
    assert ("protect_staff" in found) is protect


# --- texts match the logic that shows them -----------------------------------------------------------

def test_c3_each_degree_of_disrespect_has_its_own_text(engine: Engine) -> None:
    mild = evaluate(engine, respect__questions_work_constantly=True).to_json(engine.kb)["signs"][0]["text"]
    serious = evaluate(engine, respect__belittles=True).to_json(engine.kb)["signs"][0]["text"]
    assert "No fee makes" in serious and "No fee makes" not in mild and mild != serious
