"""The one rule for numbers, percentages and dates (engine/values.py), as every reader applies it."""

from __future__ import annotations

import datetime as dt

import pytest

from clientfire.engine.values import MAX_DIGITS, NumberTooLong, parse_date, parse_number, parse_percent

NUMBERS = [
    ("12", 12), ("-3", -3), ("+5", 5), ("0", 0), ("010", 10), ("0.5", 0.5), (".5", 0.5), ("5.", 5.0),
    ("1.5e3", 1500.0), ("1e3", 1000.0), ("1E-5", 1e-05), ("0.00001", 1e-05), ("1e400", float("inf")),
    ("1:30", None), ("1:30.5", None), ("0x1F", None), ("0o17", None), ("0b101", None), ("1_000", None),
    ("1_0_0", None), ("٩٠", None), ("９０", None), ("inf", None), ("nan", None), (".inf", None), (".nan", None),
    ("Infinity", None), ("1,5", None), ("1.5.5", None), ("", None), (" 5", None), ("5 ", None), ("--5", None),
    ("1e", None), ("e3", None), ("½", None), ("5\n", None),
]


@pytest.mark.parametrize(("text", "value"), NUMBERS, ids=[repr(n[0]) for n in NUMBERS])
def test_numbers_are_decimal_digits_with_sign_point_and_exponent(text: str, value: object) -> None:
    got = parse_number(text)
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize(("text", "value"), [("12,5", 12.5), ("-0,25", -0.25), ("7", 7), ("1,5e3", 1500.0),
                                             ("12.5", None), ("1.234,5", None), ("1 234,5", None)])
def test_a_decimal_comma_where_the_file_uses_one(text: str, value: object) -> None:
    assert parse_number(text, decimal=",") == value


def test_a_number_too_long_to_read_is_refused_not_converted() -> None:
    assert parse_number("9" * MAX_DIGITS) == int("9" * MAX_DIGITS)
    with pytest.raises(NumberTooLong, match=f"{MAX_DIGITS + 1} characters"):
        parse_number("9" * (MAX_DIGITS + 1))


PERCENTS = [("40%", 40), ("40 %", 40), ("40\u00a0%", 40), ("40.5%", 40.5), ("0%", 0), ("100%", 100),
            ("100.0%", 100.0), ("150%", None), ("100.5%", None), ("-5%", None), ("+5%", None), ("4e1%", None),
            ("%40", None), ("40%%", None), ("40", None), ("٤٠%", None), ("40  %", None)]


@pytest.mark.parametrize(("text", "value"), PERCENTS, ids=[repr(p[0]) for p in PERCENTS])
def test_percentages_may_carry_their_sign(text: str, value: object) -> None:
    assert parse_percent(text) == value


def test_a_percentage_with_a_decimal_comma() -> None:
    assert parse_percent("12,5 %", decimal=",") == 12.5
    assert parse_percent("12.5 %", decimal=",") is None


DATES = [("2027-03-31", dt.date(2027, 3, 31)), ("2024-02-29", dt.date(2024, 2, 29)), ("2027-02-29", None),
         ("2027-02-30", None), ("20270331", None), ("2027-W13-3", None), ("2027-3-31", None),
         ("2026-11-26T10:00:00Z", None), ("2026-11-26 10:00", None), ("٢٠٢٧-٠٣-٣١", None), ("2027-03-31\n", None)]


@pytest.mark.parametrize(("text", "value"), DATES, ids=[repr(d[0]) for d in DATES])
def test_dates_are_yyyy_mm_dd_and_real(text: str, value: object) -> None:
    assert parse_date(text) == value
