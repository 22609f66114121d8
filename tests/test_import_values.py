"""Cells of an export: strict numbers, dates with their day/month order, durations, minor units."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from clientfire.importers.values import DateReader, ValueProblem, parse_hours, parse_number, to_major

NUMBERS = [
    ("12", {}, Decimal("12")), ("-3.50", {}, Decimal("-3.50")), ("+1e3", {}, Decimal("1000")), (".5", {}, Decimal("0.5")),
    ("1234,56", {"decimal_comma": True}, Decimal("1234.56")), ("1,234.56", {"thousands": True}, Decimal("1234.56")),
]
BAD_NUMBERS = [("1_000", "not a plain number"), ("١٢", "not a plain number"), ("1,234.56", "not a plain number"),
               ("12,5", "say --decimal-comma"), ("$12", "not a plain number"), ("1e20", "out of range"),
               ("NaN", "not a plain number"), ("", "not a plain number"), ("１２", "not a plain number")]


@pytest.mark.parametrize(("text", "flags", "expected"), NUMBERS)
def test_numbers(text: str, flags: dict[str, bool], expected: Decimal) -> None:
    assert parse_number(text, **flags) == expected


@pytest.mark.parametrize(("text", "message"), BAD_NUMBERS)
def test_bad_numbers(text: str, message: str) -> None:
    with pytest.raises(ValueProblem, match=message.replace("$", r"\$")):
        parse_number(text)


@pytest.mark.parametrize(("text", "hours"), [("01:30:00", Decimal("1.5")), ("125:15", Decimal("125.25")),
                                             ("7.5", Decimal("7.5"))])
def test_hours(text: str, hours: Decimal) -> None:
    assert parse_hours(text) == hours


@pytest.mark.parametrize(("amount", "currency", "major"), [("1999", "usd", "19.99"), ("1999", "JPY", "1999"),
                                                           ("1999", "KWD", "1.999"), ("5000", "krw", "5000")])
def test_minor_units_and_zero_decimal_currencies(amount: str, currency: str, major: str) -> None:
    assert to_major(Decimal(amount), currency) == Decimal(major)


HELSINKI = dt.timezone(dt.timedelta(hours=3))
DATES = [
    # (order, text, utc, expected)
    (None, "2025-03-04", False, dt.date(2025, 3, 4)),
    ("dmy", "03/04/2025", False, dt.date(2025, 4, 3)),
    ("mdy", "03/04/2025", False, dt.date(2025, 3, 4)),
    ("dmy", "03.04.2025", False, dt.date(2025, 4, 3)),
    (None, "2025/03/04", False, dt.date(2025, 3, 4)),
    (None, "2025-06-30 23:30", True, dt.date(2025, 7, 1)),  # a UTC time is 1 July in Helsinki
    (None, "2025-06-30T23:30:00+03:00", False, dt.date(2025, 6, 30)),
    (None, "2025-06-30T21:30:00Z", False, dt.date(2025, 7, 1)),
    (None, "2025-06-30 23:30", False, dt.date(2025, 6, 30)),  # a local time keeps its date
    ("mdy", "06/30/2025 11:30 PM", True, dt.date(2025, 7, 1)),
]


@pytest.mark.parametrize(("order", "text", "utc", "expected"), DATES)
def test_dates(order: str | None, text: str, utc: bool, expected: dt.date) -> None:
    assert DateReader(order, HELSINKI).date(text, utc) == expected


BAD_DATES = [(None, "03/04/2025", "can be read day-first or month-first"), ("dmy", "31/02/2025", "not a real date"),
             ("dmy", "3/4/25", "two-digit year"), (None, "next week", "not a date"), (None, "2025-02-30", "not a real date"),
             ("ymd", "03/04/2025", "not year-first")]


@pytest.mark.parametrize(("order", "text", "message"), BAD_DATES)
def test_bad_dates(order: str | None, text: str, message: str) -> None:
    with pytest.raises(ValueProblem, match=message):
        DateReader(order).date(text)


@pytest.mark.parametrize(("seen", "order"), [(["03/04/2025", "13/04/2025"], "dmy"), (["03/04/2025", "04/13/2025"], "mdy"),
                                             (["03/04/2025", "05/06/2025"], None), (["2025-04-13"], None)])
def test_the_day_month_order_is_learnt_from_the_file(seen: list[str], order: str | None) -> None:
    reader = DateReader()
    for number, text in enumerate(seen, start=2):
        reader.observe(text, f"x.csv:{number}")
    assert reader.order == order
    if order is None and "/" in seen[0]:
        assert reader.ambiguous_at == ("03/04/2025", "x.csv:2")
