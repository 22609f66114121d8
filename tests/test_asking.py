"""clientfire/consult/asking.py: how a question is put (a fact, its solo form, a screen, a checklist, a fact list)."""

from __future__ import annotations

from typing import Any

import pytest

from clientfire.consult.asking import fact_text, question_for
from clientfire.consult.assessment import Assessment
from clientfire.engine import Engine


@pytest.mark.parametrize(("lang", "answers", "text"), [
    ("en", {}, "Do they treat you or your account managers as if you were their staff?"),
    ("en", {"practice.has_staff": True}, "Do they treat you or your account managers as if you were their staff?"),
    ("en", {"practice.has_staff": False}, "Do they treat you as if you were their staff?"),  # you work alone
    ("ko", {"practice.has_staff": False}, "당신을 마치 자기 직원처럼 대합니까?"),
])
def test_a_solo_freelancer_is_asked_the_solo_form(engine: Engine, lang: str, answers: dict[str, Any],
                                                  text: str) -> None:
    assert fact_text(engine.kb, lang, answers, "respect.treats_as_subordinate") == text


@pytest.mark.parametrize(("fact", "covers", "kind", "options", "hint"), [
    ("payment.late_invoices", (), "count", 0, "a whole number (invoices)"),
    ("screen:wellbeing", ("wellbeing.dread",), "bool", 0, "yes or no"),
    ("screen:conduct", ("behaviour.insults",), "bool", 4, "no, or the numbers of what applies (e.g. 1 3)"),
    ("list:respect", ("respect.belittles", "respect.questions_work_constantly"), "bool", 2,
     "no, or the numbers of what applies (e.g. 1 3)"),
])
def test_each_kind_of_question_has_its_items_and_hint(engine: Engine, fact: str, covers: tuple[str, ...], kind: str,
                                                      options: int, hint: str) -> None:
    found = Assessment(fact, "verdict", True, None, (), covers=covers)
    question = question_for(engine.kb, "en", {}, 3, found)
    assert (question.number, question.fact, question.type, len(question.options), question.hint) == \
        (3, fact, kind, options, hint)


@pytest.mark.parametrize(("lang", "answers", "hint"), [
    ("en", {}, "yes, no, or a date (YYYY-MM-DD)"),  # whether a contract runs takes its end date too
    ("id", {}, "ya, tidak, atau tanggal (YYYY-MM-DD)"),
    ("ko", {}, "예, 아니요 또는 날짜(YYYY-MM-DD)"),
    ("fi", {}, "kyllä, ei tai päivämäärä (VVVV-KK-PP)"),
    ("en", {"contract.end_date": "2027-01-31"}, "yes or no"),  # the end date already known: yes or no only
])
def test_a_question_that_also_asks_the_end_date_says_so_in_its_hint(engine: Engine, lang: str,
                                                                   answers: dict[str, Any], hint: str) -> None:
    found = Assessment("contract.active", "exit", True, ("fire", "moderate"), (), (), None)
    assert question_for(engine.kb, lang, answers, 1, found).hint == hint
