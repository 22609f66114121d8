"""clientfire/korean.py: two-form Korean particles resolved once the value before them is known."""

from __future__ import annotations

import pytest

from clientfire.korean import PAIRS, final_consonant, particles


@pytest.mark.parametrize(("text", "expected"), [
    ("관계 종료을(를) 도출했지만", "관계 종료를 도출했지만"),  # 료: no final consonant
    ("근거 강도은(는) 강함", "근거 강도는 강함"),
    ("판정이(가)", "판정이"),  # 정: ㅇ
    ("아니요(으)로 가정", "아니요로 가정"),
    ("서울(으)로", "서울로"),  # ㄹ takes 로, not 으로
    ("판정(으)로", "판정으로"),
    ("관계 종료(강함)이(가) 가장 높은", "관계 종료(강함)이 가장 높은"),  # inside the bracket: 함
    ("'일부러 틀린 시나리오'을(를)", "'일부러 틀린 시나리오'를"),  # inside the quote
    ("신호와(과) 함께", "신호와 함께"),
    ("= 0(으)로 가정", "= 0으로 가정"),  # 영
    ("1(으)로", "1로"),  # 일: ㄹ
    ("2을(를)", "2를"),  # 이
    ("3이(가)", "3이"),  # 삼
    ("10이(가)", "10이"),  # 십
    ("100을(를)", "100을"),  # 백
    ("50%이(가)", "50%가"),  # 퍼센트
    ("'late_invoces'은(는) 알 수 없는", "'late_invoces'은(는) 알 수 없는"),  # an id: how it is read is not known
    ("payment.late_invoices와(과)", "payment.late_invoices와(과)"),
    ("(으)로 시작", "(으)로 시작"),  # nothing before it
    ("괄호 (설명) 없는 문장", "괄호 (설명) 없는 문장"),
])
def test_a_particle_takes_the_form_the_word_before_it_needs(text: str, expected: str) -> None:
    assert particles(text) == expected


@pytest.mark.parametrize(("before", "final"), [("가", 0), ("각", 1), ("힣", 27), ("x", None), ("", None), ("'", None),
                                               ("100000", None), ("1000", 4), ("25", 0), ("7", 8)])
def test_final_consonant_of_a_syllable_or_a_number_read_aloud(before: str, final: int | None) -> None:
    assert final_consonant(before) == final


def test_every_pair_lists_the_form_after_a_consonant_first() -> None:
    after_consonant = {"은", "이", "을", "과", "으로", "이나"}
    assert all(forms[0] in after_consonant and forms[1] not in after_consonant for forms in PAIRS.values())


def test_korean_explanation_reads_the_presumed_value_with_its_particle(run_cli) -> None:  # type: ignore[no-untyped-def]
    from pathlib import Path

    example = Path(__file__).resolve().parents[1] / "examples" / "pinnacle-micromanager.yaml"
    code, out, _ = run_cli("explain", str(example), "--no-record", "--lang", "ko", "--today", "2026-12-01")
    assert code == 0 and "확인될 때까지 아니요로 가정" in out and "(으)로" not in out
