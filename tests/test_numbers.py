"""Money, numbers, percentages and yes/no in each language's own style (explain/numbers.py, explain/evidence.py)."""

from __future__ import annotations

import pytest

from clientfire.explain.evidence import format_money, format_typed, format_value
from clientfire.explain.numbers import format_bool, format_number, format_percent

NB = "\u00a0"

MONEY = [
    ("en", 12345.5, "12,345.5"), ("ko", 12345.5, "12,345.5"), ("id", 12345.5, "12.345,5"),
    ("fi", 12345.5, f"12{NB}345,5"), ("en", 1234567, "1,234,567"), ("id", 1234567, "1.234.567"),
    ("fi", 1234567, f"1{NB}234{NB}567"), ("en", 999, "999"), ("id", 1000, "1.000"), ("en", -2500.25, "-2,500.25"),
    ("id", -2500.25, "-2.500,25"), ("fi", 0.5, "0,5"), ("en", 10.0, "10"), ("ko", 0, "0"), ("fi", 1000.004, f"1{NB}000"),
]


@pytest.mark.parametrize(("lang", "value", "expected"), MONEY)
def test_money_is_formatted_per_language(lang: str, value: float, expected: str) -> None:
    assert format_money(value, lang) == expected


PERCENT = [("en", 25, "25%"), ("id", 25, "25%"), ("ko", 25, "25%"), ("fi", 25, f"25{NB}%"), ("en", 12.5, "12.5%"),
           ("id", 12.5, "12,5%"), ("fi", 0, f"0{NB}%")]


@pytest.mark.parametrize(("lang", "value", "expected"), PERCENT)
def test_percentages_print_with_percent_sign(lang: str, value: float, expected: str) -> None:
    assert format_percent(value, lang) == expected
    assert format_typed(value, "percent", lang) == expected


BOOLS = [("en", True, "yes"), ("en", False, "no"), ("id", True, "ya"), ("id", False, "tidak"), ("ko", True, "예"),
         ("ko", False, "아니요"), ("fi", True, "kyllä"), ("fi", False, "ei")]


@pytest.mark.parametrize(("lang", "value", "expected"), BOOLS)
def test_booleans_are_yes_no_words_in_the_language(lang: str, value: bool, expected: str) -> None:
    assert format_bool(value, lang) == expected
    assert format_value(value, lang) == (("true" if value else "false") if lang == "en" else expected)


VALUES = [("en", 2.5, "2.5"), ("id", 2.5, "2,5"), ("fi", 2.5, "2,5"), ("ko", 2.5, "2.5"), ("en", 38, "38"),
          ("id", 38.0, "38"), ("en", None, "unknown"), ("id", None, "tidak diketahui"), ("ko", None, "미확인"),
          ("en", "text", "text"), ("fi", 1200, "1200")]


@pytest.mark.parametrize(("lang", "value", "expected"), VALUES)
def test_values_use_the_languages_decimal_mark(lang: str, value: object, expected: str) -> None:
    assert format_value(value, lang) == expected


@pytest.mark.parametrize(("value", "group", "expected"), [(1234.5, False, "1234,5"), (1234.5, True, f"1{NB}234,5")])
def test_grouping_only_when_asked(value: float, group: bool, expected: str) -> None:
    assert format_number(value, "fi", group=group) == expected


@pytest.mark.parametrize("lang", ["id", "ko", "fi"])
def test_exit_plan_details_show_no_raw_true_false(lang: str, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("verdict", "examples/nettlefield-cannot-finish.yaml", "--lang", lang, "--no-record")
    assert code == 0
    assert " true" not in out and " false" not in out
    assert format_percent(30, lang) in out


@pytest.mark.parametrize(("lang", "amount"), [("en", "10,000"), ("ko", "10,000"), ("id", "10.000"), ("fi", f"10{NB}000")])
def test_money_in_the_exit_plan_is_formatted_per_language(lang: str, amount: str, run_cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("verdict", "examples/nettlefield-cannot-finish.yaml", "--lang", lang, "--no-record")
    assert code == 0 and f": {amount}" in out
