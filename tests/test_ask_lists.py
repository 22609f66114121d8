"""Fact checklists in `clientfire ask` (consult/lists.py): a group's yes/no facts asked as one numbered question."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from clientfire.consult import Chooser, Consultation
from clientfire.consult.screens import is_list, is_screen, listable, screen_id, shown
from clientfire.consult.why import explain_screen
from clientfire.engine import Engine
from tests.ask_oracle import consult, outcome
from tests.conftest import ROOT, TODAY

RESPECT = ("respect.belittles", "respect.treats_as_subordinate", "respect.questions_work_constantly")


@pytest.fixture(scope="module")
def chooser(engine: Engine) -> Chooser:
    return Chooser(engine, TODAY)


def _after_conduct(engine: Engine, chooser: Chooser, line: str, lang: str = "en") -> tuple[Consultation, Any]:
    """A consultation answered `no` up to the conduct checklist, that checklist answered `line`, and the next
    question."""
    session = Consultation(engine, TODAY, lang, chooser=chooser)
    while (question := session.next_question()) is not None and question.fact != "screen:conduct":
        session.respond(question, "no")
    assert question is not None
    assert session.respond(question, line).kind == "answered"
    following = session.next_question()
    assert following is not None
    return session, following


@pytest.mark.parametrize("lang, text, hint, name", [
    ("en", "Respect: which of these happen?", "no, or the numbers of what applies (e.g. 1 3)", "respect (checklist)"),
    ("ko", "존중: 다음 중 어떤 일이 있습니까?", "아니요, 또는 해당하는 항목 번호(보기: 1 3)", "respect (체크리스트)"),
    ("fi", "Kunnioitus: mitkä näistä tapahtuvat?", "ei, tai sopivien kohtien numerot (esim. 1 3)",
     "respect (tarkistuslista)"),
])
def test_fact_list_items_are_the_facts_own_questions_in_the_language(engine: Engine, chooser: Chooser, lang: str,
                                                                     text: str, hint: str, name: str) -> None:
    _, question = _after_conduct(engine, chooser, "2", lang)
    assert question.fact == "list:respect" and (question.text, question.hint) == (text, hint)
    assert [fact for fact, _ in question.options] == list(RESPECT)
    assert [item for _, item in question.options] == [engine.kb.facts[f].question[lang] for f in RESPECT]
    assert shown(question.fact, lang) == name


@pytest.mark.parametrize("line, named", [
    ("1 3", {"respect.belittles", "respect.questions_work_constantly"}),
    ("3,1", {"respect.belittles", "respect.questions_work_constantly"}),
    ("2", {"respect.treats_as_subordinate"}),
    ("1 2 3", set(RESPECT)),
    ("no", set()),
])
def test_fact_list_numbers_set_exactly_the_named_facts_and_no_calms_the_others(engine: Engine, chooser: Chooser,
                                                                               line: str, named: set[str]) -> None:
    session, question = _after_conduct(engine, chooser, "2")
    before = dict(session.answers)
    reply = session.respond(question, line)
    assert reply.kind == "answered"
    added = {f: v for f, v in session.answers.items() if f not in before}
    assert added == {f: f in named for f in RESPECT}
    assert {question.fact, screen_id("respect")} <= session.closed


@pytest.mark.parametrize("line", ["4", "0", "1 x", "maybe"])
def test_fact_list_refuses_what_is_no_item_and_keeps_the_question(engine: Engine, chooser: Chooser, line: str) -> None:
    session, question = _after_conduct(engine, chooser, "2")
    reply = session.respond(question, line)
    assert reply.kind == "error" and question.hint in reply.text
    assert question.fact not in session.closed and not set(RESPECT) & set(session.answers)


def test_fact_list_skip_leaves_its_facts_unknown_and_back_reopens_them(engine: Engine, chooser: Chooser) -> None:
    session, question = _after_conduct(engine, chooser, "2")
    answers, closed, index = dict(session.answers), set(session.closed), len(session.history)
    assert session.respond(question, "skip").kind == "skipped"
    assert session.answers == answers and set(RESPECT) <= session.closed
    asked = []
    while (following := session.next_question()) is not None:
        asked.append(following.fact)
        session.respond(following, "skip")
    assert not [q for q in asked if q.startswith("respect.") or q in ("list:respect", "screen:respect")]
    while len(session.history) > index:
        session.back()
    assert (session.answers, session.closed) == (answers, closed)


@pytest.mark.parametrize("line", ["1 3", "no", "yes"])
def test_fact_list_back_takes_the_whole_answer_away(engine: Engine, chooser: Chooser, line: str) -> None:
    session, question = _after_conduct(engine, chooser, "2")
    answers, closed = dict(session.answers), set(session.closed)
    session.respond(question, line)
    following = session.next_question()
    assert following is not None
    reply = session.respond(following, "back")
    assert reply.kind == "back" and reply.text == "Back to respect (checklist)."
    assert (session.answers, session.closed) == (answers, closed)
    assert session.next_question() == question


def test_fact_list_yes_asks_each_fact_on_its_own(engine: Engine, chooser: Chooser) -> None:
    session, question = _after_conduct(engine, chooser, "2")
    assert session.respond(question, "yes").value is True and not set(RESPECT) & set(session.answers)
    following = session.next_question()
    assert following is not None and following.fact in RESPECT  # no list again, no screen: one by one


@pytest.mark.parametrize("line, fact, items", [
    ("2", "list:respect", RESPECT),
    ("3", "list:control", ("control.micromanages", "control.blamed_for_their_choices")),  # not the percentage
    ("4", "list:ethics", ("ethics.client_unethical", "ethics.mistreats_staff_or_customers")),
    ("2 4", "list:respect", RESPECT),  # the parts named, in order: respect, then ethics
])
def test_a_part_named_in_conduct_leads_to_its_list(engine: Engine, chooser: Chooser, line: str, fact: str,
                                                   items: tuple[str, ...]) -> None:
    session, question = _after_conduct(engine, chooser, line)
    assert question.fact == fact and question.assessment.covers == items
    if line == "2 4":
        session.respond(question, "no")
        assert (session.next_question() or question).fact == "list:ethics"


def test_a_screen_of_only_yes_no_facts_is_asked_as_its_list(engine: Engine, chooser: Chooser) -> None:
    """After a `yes` to the conduct checklist each part is screened on its own; respect and ethics have only
    yes/no facts, so their list stands for their screen (the same `no`)."""
    session, question = _after_conduct(engine, chooser, "yes")
    asked = []
    while question is not None and len(asked) < 6:
        asked.append(question.fact)
        session.respond(question, "no")
        question = session.next_question()
    assert "list:respect" in asked and "list:ethics" in asked
    assert "screen:respect" not in asked and "screen:ethics" not in asked


def test_why_on_a_fact_list_explains_it_like_a_screen(engine: Engine, chooser: Chooser) -> None:
    session, question = _after_conduct(engine, chooser, "2")
    text = session.respond(question, "why").text
    assert text.startswith("Why this question: respect (checklist) (Respect).")
    assert "Each fact you name by its number becomes true" in text
    assert all(f"{fact} = false" in text for fact in RESPECT)
    assert "  - sign.disrespect.belittles: respect.belittles == true" in text
    assert "respect.belittles = true or respect.treats_as_subordinate = true: the verdict would be FIRE" in text
    assert explain_screen(chooser, question.assessment, "fi") != text  # in the session's language


def test_only_yes_no_facts_with_a_false_calm_value_are_listable(engine: Engine) -> None:
    kb = engine.kb
    assert listable(kb, "respect") == list(RESPECT)
    assert listable(kb, "control") == ["control.micromanages", "control.blamed_for_their_choices"]
    assert listable(kb, "scope") == []  # its yes/no facts are calm when true (can state requirements)
    assert "behaviour.abuse_addressed" not in listable(kb, "behaviour")  # no calm value: a remedy, not a problem


def test_a_fact_list_waits_for_the_answer_its_items_need(chooser: Chooser) -> None:
    """`objections_continued` only makes sense once the pricing was explained (every rule on it tests that):
    it joins no list while `pricing_explained` is open."""
    values = {"pricing.price_objections": 6}
    closed = {"screen:payment", "screen:pricing"}
    found = chooser.next(values, closed)
    assert found is not None and "pricing.objections_continued" not in found.covers


# --- the bundled clear fires --------------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    "pinnacle-micromanager.yaml",  # 13 before fact lists (control and respect facts one by one)
    "crestline-abusive-director.yaml",  # 14
    "greyhaven-non-payer.yaml",  # 10
    "ironbridge-everything-wrong.yaml",  # 10
])
def test_clear_fire_needs_at_most_10_questions(engine: Engine, chooser: Chooser, name: str) -> None:
    """A bundled clear `fire`, answered as a user would: at most 10 questions, the exit plan's included, with
    the verdict, strength and exit plan of the full file."""
    known = engine.load_client(ROOT / "examples" / name).values
    asked, values, _ = consult(chooser, known, lenient=True)
    assert outcome(engine, known)[0] == "fire"
    assert len(asked) <= 10, asked
    assert outcome(engine, values) == outcome(engine, known)


def test_pinnacle_names_control_and_respect_and_answers_each_list_once(engine: Engine, chooser: Chooser) -> None:
    known = engine.load_client(ROOT / "examples" / "pinnacle-micromanager.yaml").values
    asked, values, _ = consult(chooser, known, lenient=True)
    assert asked[3:5] == ["list:control", "list:respect"]
    assert not [q for q in asked if q.startswith(("control.", "respect."))]
    assert values["control.micromanages"] is values["control.blamed_for_their_choices"] is True
    assert (values["respect.belittles"], values["respect.questions_work_constantly"]) == (False, True)


# --- unattended: never inventing a value ------------------------------------------------------------

@pytest.mark.parametrize("respect, shown_as", [
    ({"belittles": True, "treats_as_subordinate": False, "questions_work_constantly": False}, "respect.belittles"),
    ({"belittles": False, "treats_as_subordinate": False, "questions_work_constantly": False}, "no"),
    ({"belittles": True}, "yes"),  # only some given: each asked on its own, the others left unknown
])
def test_unattended_fact_list_never_invents_facts(run_cli: Any, tmp_path: Path, respect: dict[str, Any],
                                                  shown_as: str) -> None:
    source, saved = tmp_path / "answers.yaml", tmp_path / "saved.yaml"
    source.write_text(yaml.safe_dump({"respect": respect}))
    code, _, err = run_cli("ask", "--answers", str(source), "--save", str(saved), "--no-record",
                           "--today", "2026-11-26", "--format", "json")
    assert code == 0
    line = next(row for row in err.splitlines() if "respect (checklist)" in row)
    assert line.endswith(f"-> {shown_as}")
    kept = yaml.safe_load(saved.read_text())["respect"]
    assert {k: v for k, v in kept.items()} == respect


def test_list_and_screen_ids_do_not_collide_with_facts(engine: Engine) -> None:
    assert is_list("list:respect") and not is_screen("list:respect") and not is_list("screen:respect")
    assert not any(":" in fact for fact in engine.kb.facts)


@pytest.mark.parametrize("has_staff", [False, True])
def test_a_fact_list_with_the_staff_item_asks_whether_anyone_works_with_you_first(chooser: Chooser,
                                                                                  has_staff: bool) -> None:
    """C.6 (your account managers suffer): whether anyone works with you is asked once, before a list that would
    show the staff item; a solo freelancer's `no` settles it, so no list they read names staff."""
    values: dict[str, Any] = {f.id: f.calm for f in chooser.kb.facts.values()  # all calm but wellbeing, said `yes` to
                              if f.calm is not None and f.formula is None and not f.id.startswith("wellbeing.")}
    values["wellbeing.dread"] = 2
    closed = {screen_id("wellbeing")}
    first = chooser.next(values, closed)
    assert first is not None and first.fact == "practice.has_staff"
    values.update({"practice.has_staff": has_staff, **chooser.settled({"practice.has_staff": has_staff}, closed)})
    lists = []
    while (found := chooser.next(values, closed)) is not None and len(lists) < 20:
        lists += [found.covers] if is_list(found.fact) else []
        closed.add(found.fact)
    assert any("wellbeing.staff_suffering" in covers for covers in lists) is has_staff
