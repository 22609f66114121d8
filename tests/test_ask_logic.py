"""Issue 6: the question logic of `clientfire ask` (consult package), without a terminal."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from clientfire.consult import Chooser, Consultation, parse_answer, read_answers
from clientfire.consult.answers import parse_answers
from clientfire.consult.links import Links
from clientfire.consult.oracle import Oracle
from clientfire.consult.screens import is_list, is_screen
from clientfire.engine import Engine
from clientfire.errors import ClientFileError, InputError
from tests.ask_oracle import answer, consult, outcome
from tests.conftest import EXAMPLES, TODAY


@pytest.fixture(scope="module")
def chooser(engine: Engine) -> Chooser:
    return Chooser(engine, TODAY)





# --- the oracle runs the real engine ------------------------------------------------------------

@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_oracle_agrees_with_engine_evaluate(engine: Engine, path: Path) -> None:
    client = engine.load_client(path)
    full = engine.evaluate(client, TODAY)
    assert Oracle(engine, TODAY).outcome(client.values) == (full.verdict, full.strength)


# --- every bundled example: same verdict from fewer questions ------------------------------------

SUMMARY: dict[str, int] = {}


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_issue6_example_same_verdict_with_fewer_questions(engine: Engine, chooser: Chooser, path: Path) -> None:
    client = engine.load_client(path)
    asked, values, _ = consult(chooser, client.values)
    assert outcome(engine, values) == outcome(engine, client.values)
    assert len(asked) < len(chooser.links.inputs)
    SUMMARY[path.name] = len(asked)


def test_issue6_average_questions_report(engine: Engine, chooser: Chooser) -> None:
    """Prints the figure in docs/ask.md (run with -s); every example was answered with fewer questions."""
    counts = [consult(chooser, engine.load_client(p).values)[0] for p in EXAMPLES]
    average = sum(map(len, counts)) / len(counts)
    facts = len(chooser.links.inputs)
    print(f"\nask: {average:.1f} questions on average over {len(counts)} examples, of {facts} facts "
          f"({average / facts:.0%}); fewest {min(map(len, counts))}, most {max(map(len, counts))}")
    assert average < facts


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_stop_no_single_unknown_fact_changes_the_verdict(engine: Engine, chooser: Chooser, path: Path) -> None:
    """When ask stops, answering any one fact it left open (at any probed value) cannot change the verdict."""
    client = engine.load_client(path)
    _, values, closed = consult(chooser, client.values)
    final = outcome(engine, values)[:2]
    for fact in chooser.links.verdict_facts():
        if fact in values or fact in closed:
            continue
        for value in chooser.probes(fact):
            assert outcome(engine, {**values, fact: value})[:2] == final, (fact, value)


@pytest.mark.parametrize("path", EXAMPLES[::3], ids=lambda p: p.name)
def test_every_question_can_answer_why(engine: Engine, chooser: Chooser, path: Path) -> None:
    from clientfire.consult.why import explain, explain_screen

    known = engine.load_client(path).values
    values: dict[str, Any] = {}
    closed: set[str] = set()
    while (found := chooser.next(values, closed)) is not None:
        if is_screen(found.fact) or is_list(found.fact):
            text = explain_screen(chooser, found)
            assert "feed these rules" in text and all(f in text for f in found.covers), text
            assert "What they could change now" in text or "Together with other answers" in text, text
        elif found.covers:  # a fact whose answer settles others (has_staff): explained like a screen
            text = explain_screen(chooser, found)
            assert all(f in text for f in found.covers) and "What they could change now" in text, text
        else:
            text = explain(chooser, found.fact, values, closed)
            assert "feeds these rules" in text or "exit plan shows it" in text
            assert "What it could change now" in text or "together with other answers" in text, text
        answer(chooser, found, known, values, closed)


# --- question order for client profiles ------------------------------------------------------------

def test_first_question_is_the_fact_with_most_possible_verdicts(engine: Engine, chooser: Chooser) -> None:
    """With nothing known, the facts whose answers give three different verdicts are payment.days_overdue
    (B.1: past due pauses the work, 90 days is non-payment) and wellbeing.dread (C.6: 5-6 mild, 7 serious);
    the payment fact comes first in the vocabulary (after the unpaid invoices it is about: issue 16)."""
    found = chooser.candidates("verdict", {}, set())[1]
    assert found.fact == "payment.days_overdue"
    assert {o for _, o in found.changes} == {("pause_work", "moderate"), ("fire", "moderate")}
    dread = next(a for a in chooser.candidates("verdict", {}, set()) if a.fact == "wellbeing.dread")
    assert {o for _, o in dread.changes} == {("address", "weak"), ("fire", "moderate")}


def test_first_question_is_the_screen_of_that_fact_s_group(engine: Engine, chooser: Chooser) -> None:
    """Every payment fact can change the verdict: one `no` to the payment screen settles all four, so it is
    asked before days_overdue itself."""
    found = chooser.next({}, set())
    assert found is not None and found.fact == "screen:payment"
    assert found.covers == ("payment.late_invoices", "payment.unpaid_overdue_invoices", "payment.days_overdue",
                            "payment.pays_eventually", "money.costs_more_than_pays", "pricing.price_objections",
                            "pricing.compares_to_cheaper", "pricing.objections_continued")
    # issue 16: one money screen, pricing and C.1's judgement (costs more than they pay) too
    assert ("fire", "moderate") in {o for _, o in found.changes}
    after_yes = chooser.next({}, {"screen:payment"})
    assert after_yes is not None and after_yes.fact == "payment.unpaid_overdue_invoices"  # `yes`: one by one


@pytest.mark.parametrize("gate, fact", [
    ("payment.unpaid_overdue_invoices", "payment.days_overdue"),
    ("behaviour.abuse_addressed", "behaviour.abuse_continued"),
])
def test_ask_asks_whether_an_invoice_is_unpaid_before_how_many_days_overdue(chooser: Chooser, gate: str,
                                                                         fact: str) -> None:
    """Every rule on days_overdue also tests the unpaid invoices (listed before it): whether any is unpaid
    comes first, then how late; likewise whether abuse was addressed before whether it continued."""
    assert gate in chooser.gates[fact]
    values = {"payment.unpaid_overdue_invoices": 0} if gate.startswith("behaviour") else {}
    order = [a.fact for a in chooser.candidates("verdict", values, {"screen:payment", "screen:behaviour"})]
    if fact in order:
        assert gate in order and order.index(gate) < order.index(fact)
    asked, _, _ = consult(chooser, {"payment.unpaid_overdue_invoices": 2, "payment.days_overdue": 30})
    assert asked.index("payment.unpaid_overdue_invoices") < asked.index("payment.days_overdue")


@pytest.mark.parametrize("addressed, asks_continued", [(True, True), (False, False)])
def test_abuse_continued_asked_only_after_abuse_was_addressed(chooser: Chooser, addressed: bool,
                                                              asks_continued: bool) -> None:
    """B.4: whether it continued is about after you addressed it: sign.verbal_abuse.continued and .addressed
    need abuse_addressed == true, otherwise abuse_continued cannot matter."""
    profile = {"behaviour.insults": 0, "behaviour.overreactions": 0, "behaviour.abuse_addressed": addressed,
               "behaviour.abuse_continued": True}
    asked, _, _ = consult(chooser, profile)
    assert ("behaviour.abuse_continued" in asked) is asks_continued
    if asks_continued:
        assert asked.index("behaviour.abuse_addressed") < asked.index("behaviour.abuse_continued")


@pytest.mark.parametrize("profile, asks_improved", [
    # C.5: the conversation was about a sign (unreachable for weeks): whether it helped decides
    ({"communication.unreachable_weeks": 3, "relationship.conversation_held": True}, True),
    # no sign the conversation could have been about: whether it helped cannot matter
    ({"communication.unreachable_weeks": 0, "communication.avg_response_days": 1,
      "relationship.conversation_held": True}, False),
])
def test_improved_since_asked_only_when_the_conversation_was_about_a_sign(chooser: Chooser, profile: dict[str, Any],
                                                                         asks_improved: bool) -> None:
    asked, _, _ = consult(chooser, {**profile, "relationship.improved_since": False})
    assert ("relationship.improved_since" in asked) is asks_improved


def test_unknown_revenue_means_no_other_money_question(chooser: Chooser) -> None:
    """C.1 left to the figures (the judgement skipped): the margin needs all four money inputs, so once revenue
    stays unknown, hours, rate and costs cannot matter."""
    asked, _, _ = consult(chooser, {"money.monthly_hours": 10, "money.target_hourly_rate": 50},
                          shut={"money.costs_more_than_pays"})
    assert "money.monthly_revenue" in asked
    assert not {"money.monthly_hours", "money.target_hourly_rate", "money.monthly_costs"} & set(asked)


@pytest.mark.parametrize("judgement", [True, False])
def test_c1_judged_either_way_no_figure_is_asked(chooser: Chooser, judgement: bool) -> None:
    """C.1 judged by the user (costs more than they pay, or not): the judgement decides the sign, so none of the
    margin's four inputs is asked; a judged loss still asks its two exceptions."""
    asked, _, _ = consult(chooser, {"money.costs_more_than_pays": judgement, "money.cost_is_temporary": False,
                                    "money.strong_future_potential": False})
    figures = {"money.monthly_revenue", "money.monthly_hours", "money.target_hourly_rate", "money.monthly_costs"}
    assert not figures & set(asked)
    assert ("money.cost_is_temporary" in asked) is judgement


@pytest.mark.parametrize("margin_inputs, asks_exceptions", [
    ({"money.monthly_revenue": 500, "money.monthly_hours": 20, "money.target_hourly_rate": 50,
      "money.monthly_costs": 0}, True),   # margin -500: the C.1 exceptions decide whether it is a sign
    ({"money.monthly_revenue": 5000, "money.monthly_hours": 20, "money.target_hourly_rate": 50,
      "money.monthly_costs": 0}, False),  # margin 4000: profitable, the exceptions cannot matter
])
def test_cost_exceptions_asked_only_for_a_loss(chooser: Chooser, margin_inputs: dict[str, Any],
                                               asks_exceptions: bool) -> None:
    asked, _, _ = consult(chooser, {**margin_inputs, "money.cost_is_temporary": False})
    assert ("money.cost_is_temporary" in asked) is asks_exceptions


@pytest.mark.parametrize("name, contract_asked", [
    ("crestline-abusive-director.yaml", True),   # fire: the contract shapes the exit plan (refund 3600)
    ("oakline-late-payer.yaml", False),          # pause_work: no exit plan, so no contract question
    ("brightpath-steady-retainer.yaml", False),  # keep
])
def test_contract_questions_only_for_fire_and_after_the_verdict(engine: Engine, chooser: Chooser, name: str,
                                                                contract_asked: bool) -> None:
    client = engine.load_client(next(p for p in EXAMPLES if p.name == name))
    asked, _, _ = consult(chooser, client.values)
    contract = [i for i, f in enumerate(asked) if f.startswith("contract.")]
    assert bool(contract) is contract_asked
    if contract:
        assert contract == list(range(len(asked) - len(contract), len(asked)))  # all at the end


def test_temporary_problems_still_leave_the_signs_that_stand_to_find(engine: Engine, chooser: Chooser) -> None:
    """C.intro: problems_temporary softens belittling (its remedy is untried) to address/moderate; what could
    still change it is a pause (B.1) or a sign no passing situation softens (A.intro, C.3), not C.2's."""
    values = {"respect.belittles": True, "relationship.problems_temporary": True}
    assert chooser.oracle.outcome(values) == ("address", "moderate")
    groups = {a.fact.split(".")[0] for a in chooser.candidates("verdict", values, set())}
    assert {"payment", "wellbeing", "ethics"} <= groups


def test_every_change_in_an_assessment_is_what_the_engine_says(engine: Engine, chooser: Chooser) -> None:
    values = {"wellbeing.dread": 8}
    for found in chooser.candidates("verdict", values, set()):
        scene = {**values, **dict(found.assumed)}
        assert outcome(engine, scene)[:2] == found.base
        for value, changed in found.changes:
            assert outcome(engine, {**scene, found.fact: value})[:2] == changed != found.base


# --- answers ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("fact, text, expected", [
    ("respect.belittles", "yes", True),
    ("respect.belittles", " N ", False),
    ("respect.belittles", "TRUE", True),
    ("payment.late_invoices", "5", 5),
    ("money.monthly_revenue", "4,800", 4800),
    ("money.monthly_revenue", "1250.50", 1250.5),
    ("control.recommendations_rejected_pct", "75%", 75),
    ("communication.avg_response_days", "2.5", 2.5),
    ("contract.end_date", "2027-03-31", dt.date(2027, 3, 31)),
])
def test_parse_answer_accepts(engine: Engine, fact: str, text: str, expected: Any) -> None:
    assert parse_answer(engine.kb.facts[fact], text) == expected


@pytest.mark.parametrize("fact, text, says", [
    ("respect.belittles", "maybe", "yes or no"),
    ("payment.late_invoices", "2.5", "whole number"),
    ("payment.late_invoices", "-1", "zero or more"),
    ("control.recommendations_rejected_pct", "150", "between 0 and 100"),
    ("wellbeing.dread", "11", "between 0 and 10"),
    ("contract.end_date", "31/03/2027", "YYYY-MM-DD"),
    ("money.monthly_revenue", "", "please answer"),
])
def test_parse_answer_rejects_with_a_clear_message(engine: Engine, fact: str, text: str, says: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_answer(engine.kb.facts[fact], text)
    assert says in caught.value.message and caught.value.key == fact


def test_answers_as_lines_and_as_yaml_agree(engine: Engine) -> None:
    lines = "# answers\npayment.late_invoices = 5\nrespect.belittles=yes\ncontract.end_date = 2027-01-31\n"
    grouped = "payment:\n  late_invoices: 5\nrespect:\n  belittles: true\ncontract:\n  end_date: 2027-01-31\n"
    assert parse_answers(lines, engine.kb, "a.txt") == parse_answers(grouped, engine.kb, "a.yaml") == {
        "payment.late_invoices": 5, "respect.belittles": True, "contract.end_date": dt.date(2027, 1, 31)}


@pytest.mark.parametrize("text, line, key", [
    ("payment.late_invoices = 5\npayment.late_invoces = 2\n", 2, "payment.late_invoces"),
    ("respect.belittles = perhaps\n", 1, "respect.belittles"),
])
def test_bad_answer_lines_name_line_and_key(engine: Engine, text: str, line: int, key: str) -> None:
    with pytest.raises(ClientFileError) as caught:
        parse_answers(text, engine.kb, "answers.txt")
    assert (caught.value.path, caught.value.line, caught.value.key) == ("answers.txt", line, key)


def test_read_answers_from_a_client_file_keeps_the_name(engine: Engine) -> None:
    given = read_answers(str(EXAMPLES[0]), engine.kb)
    assert given.pop("client") == engine.load_client(EXAMPLES[0]).name
    assert given == engine.load_client(EXAMPLES[0]).values


# --- the session (no terminal) ---------------------------------------------------------------------

def test_session_commands(engine: Engine, chooser: Chooser) -> None:
    session = Consultation(engine, TODAY, chooser=chooser)
    first = session.next_question()
    assert first is not None and first.number == 1 and first.fact == "screen:payment" and first.type == "bool"
    why = session.respond(first, "why")
    assert why.kind == "why" and "sign.non_payment.long_overdue" in why.text and "FIRE" in why.text
    assert session.respond(first, "eleven").kind == "error"
    assert session.next_question() == first  # an error keeps the question: a second chance
    assert session.respond(first, "yes").kind == "answered" and session.answers == {}
    second = session.next_question()
    assert second is not None and second.number == 2 and second.fact == "payment.unpaid_overdue_invoices"
    assert session.respond(second, "eleven").kind == "error"
    assert session.respond(second, "8").kind == "answered"
    third = session.next_question()
    assert third is not None and third.number == 3 and third.fact != second.fact
    back = session.respond(third, "back")
    assert back.kind == "back" and back.fact == second.fact and session.answers == {}
    assert session.next_question() == second
    assert session.respond(second, "skip").kind == "skipped" and second.fact in session.closed
    fourth = session.next_question()
    assert fourth is not None and fourth.fact not in (first.fact, second.fact)
    assert session.respond(fourth, "done").kind == "done" and session.next_question() is None
    assert session.result().verdict == "keep"


def test_session_back_with_nothing_to_undo(engine: Engine, chooser: Chooser) -> None:
    session = Consultation(engine, TODAY, chooser=chooser)
    first = session.next_question()
    assert first is not None
    assert session.respond(first, "back").kind == "error"


def test_saved_answers_reload_as_the_same_client(engine: Engine, chooser: Chooser, tmp_path: Path) -> None:
    session = Consultation(engine, TODAY, name="Acme", chooser=chooser)
    for fact, value in {"wellbeing.dread": 8, "contract.end_date": dt.date(2027, 2, 1)}.items():
        session.answer(fact, value)
    path = tmp_path / "acme.yaml"
    path.write_text(session.as_yaml(), encoding="utf-8")
    assert yaml.safe_load(path.read_text())["wellbeing"] == {"dread": 8}
    reloaded = engine.load_client(path)
    assert (reloaded.name, reloaded.values) == ("Acme", session.answers)


def test_why_for_an_exit_question_says_the_verdict_is_settled(engine: Engine, chooser: Chooser) -> None:
    from clientfire.consult.why import explain

    values = {k: v for k, v in engine.load_client(EXAMPLES[2]).values.items() if not k.startswith("contract.")}
    assert chooser.oracle.outcome(values)[0] == "fire"
    text = explain(chooser, "contract.can_fulfil", values, set())
    assert "settled" in text and "guidance.refund_unfinished" in text


# --- the command, in-process ------------------------------------------------------------------------

def test_cli_answers_file_prints_the_order_and_the_verdict(run_cli: Any, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIENTFIRE_DB", str(tmp_path / "audit.db"))
    example = next(p for p in EXAMPLES if p.name.startswith("oakline"))
    code, out, err = run_cli("ask", "--answers", str(example), "--today", "2026-11-26", "--no-record",
                             "--save", str(tmp_path / "saved.yaml"))
    assert code == 0, err
    numbered = [line for line in out.splitlines() if line[:1].isdigit() and ". " in line and " -> " in line]
    assert numbered[0].startswith("1. payment (screen): ")  # oakline pays late: `yes`
    assert numbered[0].endswith(" -> yes") and numbered[1].startswith("2. payment.unpaid_overdue_invoices: ")
    assert "PAUSE WORK" in out and "How this verdict was reached" in out
    code, verdict_out, _ = run_cli("verdict", str(tmp_path / "saved.yaml"), "--explain", "--today", "2026-11-26",
                                   "--no-record")
    assert code == 0 and out.endswith(verdict_out)  # the verdict exactly as `clientfire verdict` gives it


def test_cli_typed_lines_on_stdin(run_cli: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLIENTFIRE_DB", str(tmp_path / "audit.db"))
    monkeypatch.setattr(sys, "stdin", io.StringIO("why\nlots\nyes\nlots\n8\ndone\n"))
    code, out, _ = run_cli("ask", "--today", "2026-11-26", "--no-record")
    assert code == 0
    assert "sign.late_payment.overdue_days" in out and "must be a number" in out
    assert "answer no, or the numbers of what applies" in out  # the money screen is a checklist
    assert "PAUSE WORK" in out  # 8 days overdue: pause until paid (B.1)


def test_cli_bad_answers_file_is_one_line_exit_2(run_cli: Any, tmp_path: Path) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("wellbeing.dread = 12\n", encoding="utf-8")
    code, out, err = run_cli("ask", "--answers", str(answers), "--no-record")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "answers.txt:1" in err and "wellbeing.dread" in err


def test_cli_records_to_the_audit_log(run_cli: Any, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "audit.db"
    answers = tmp_path / "answers.txt"
    answers.write_text("wellbeing.dread = 9\nrelationship.problems_temporary = no\n", encoding="utf-8")
    code, _, err = run_cli("ask", "--answers", str(answers), "--today", "2026-11-26", "--db", str(db),
                           "--name", "Acme")
    assert code == 0, err
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT command, client, verdict FROM records").fetchall()
    assert rows == [("ask", "Acme", "fire")]


def test_links_split_verdict_and_exit_facts(engine: Engine) -> None:
    links = Links(engine.kb, engine.compiled)
    verdict, exit_facts = set(links.verdict_facts()), set(links.exit_facts())
    assert not verdict & exit_facts
    # the contract shapes the exit plan; whether you have staff, only the staff remedy (C.6)
    assert exit_facts == {f for f in links.inputs if f.startswith("contract.")} | {"practice.has_staff"}


# --- issue 16: a solo freelancer ----------------------------------------------------------------------

@pytest.mark.parametrize("has_staff, asks_staff_suffering", [(False, False), (True, True)])
def test_ask_a_solo_freelancer_is_not_asked_about_staff(engine: Engine, chooser: Chooser, has_staff: bool,
                                                        asks_staff_suffering: bool) -> None:
    """practice.has_staff is asked once, before a question on staff on its own (notice.staff_mismatch: staff who
    suffer are staff who work with the client); a `no` settles wellbeing.staff_suffering = false. (With harm to
    your health already answered, staff suffering is the one wellbeing yes/no fact left: no fact list.)"""
    known = {"practice.has_staff": has_staff, "wellbeing.dread": 2, "wellbeing.harms_mental_health": False,
             "wellbeing.staff_suffering": has_staff}
    asked, values, _ = consult(chooser, known, start={"wellbeing.harms_mental_health": False})
    assert asked.count("practice.has_staff") == 1
    assert ("wellbeing.staff_suffering" in asked) is asks_staff_suffering
    if "wellbeing.staff_suffering" in asked:
        assert asked.index("practice.has_staff") < asked.index("wellbeing.staff_suffering")
    assert values["wellbeing.staff_suffering"] is has_staff
    assert outcome(engine, values) == outcome(engine, known)


def test_ask_back_over_has_staff_takes_back_what_it_settled(engine: Engine, chooser: Chooser) -> None:
    session = Consultation(engine, TODAY, chooser=chooser)
    session.answer("practice.has_staff", False)
    assert session.answers == {"practice.has_staff": False, "wellbeing.staff_suffering": False}
    session.back()
    assert session.answers == {}


@pytest.mark.parametrize("fact", ["respect.treats_as_subordinate", "respect.belittles", "wellbeing.dread"])
def test_ask_a_solo_freelancer_is_not_asked_about_account_managers(engine: Engine, fact: str) -> None:
    """Once has_staff is no, a question on you "or your account managers / team" is asked of you alone."""
    kb = engine.kb

    class Only(Chooser):
        def next(self, values: dict[str, Any], closed: set[str]) -> Any:
            found = super().assess(fact, values, closed)
            return found if fact not in values and found else None

    shown = {}
    for has_staff in (True, False):
        session = Consultation(engine, TODAY, chooser=Only(engine, TODAY))
        session.answer("practice.has_staff", has_staff)
        question = session.next_question()
        assert question is not None
        shown[has_staff] = question.text
    assert shown[True] == kb.facts[fact].question["en"] and shown[False] == kb.facts[fact].question_solo["en"]
    assert not any(word in shown[False] for word in ("account manager", "team", "staff,"))
