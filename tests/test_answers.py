"""clientfire/consult/answers.py: typed answers and answers files, their errors in the consultation's language."""

from __future__ import annotations

import pytest

from clientfire.consult.answers import parse_answer, parse_answers
from clientfire.engine import Engine
from clientfire.errors import ClientfireError


@pytest.mark.parametrize(("text", "lang", "said"), [
    ("payment.late_invoces=3\n", "en",
     "unknown fact 'payment.late_invoces' (did you mean 'payment.late_invoices'?) at answers.txt:1"),
    ("payment.late_invoces=3\n", "ko",
     "알 수 없는 사실 'payment.late_invoces' ('payment.late_invoices'을(를) 뜻하셨나요?) (위치: answers.txt:1)"),
    ("payment.late_invoices=-2\n", "en", "'payment.late_invoices' must be zero or more (and not huge), not -2; "
                                         "answer with a whole number (invoices) at answers.txt:1"),
    ("payment.late_invoices=-2\n", "ko", "'payment.late_invoices'에는 0 이상의 값(지나치게 크지 않은 값)만 쓸 수 있습니다"
                                         "(받은 값: -2). 다음과 같이 답하십시오: 정수 (청구서 건수) (위치: answers.txt:1)"),
])
def test_an_answers_file_error_is_told_in_the_consultations_language(engine: Engine, text: str, lang: str,
                                                                       said: str) -> None:
    with pytest.raises(ClientfireError) as caught:
        parse_answers(text, engine.kb, "answers.txt", lang)
    assert caught.value.text(lang) == said


@pytest.mark.parametrize(("fact", "raw", "lang", "said"), [
    ("payment.late_invoices", "many", "en",
     "'payment.late_invoices' must be a number, not 'many'; answer with a whole number (invoices)"),
    ("payment.late_invoices", "many", "fi",
     "'payment.late_invoices': arvon pitää olla luku, ei 'many'; vastaa: kokonaisluku (laskuja)"),
    ("wellbeing.dread", "11", "id",
     "'wellbeing.dread' harus antara 0 dan 10, bukan 11; jawab dengan bilangan bulat 0 sampai 10"),
    ("wellbeing.dread", "11", "ko",
     "'wellbeing.dread'에는 0~10 사이의 값만 쓸 수 있습니다(받은 값: 11). 다음과 같이 답하십시오: 0부터 10까지의 정수"),
])
def test_a_typed_answer_that_is_no_value_says_why_and_what_to_answer_in_the_language(
        engine: Engine, fact: str, raw: str, lang: str, said: str) -> None:
    with pytest.raises(ClientfireError) as caught:
        parse_answer(engine.kb.facts[fact], raw, lang)
    assert caught.value.text(lang) == said
