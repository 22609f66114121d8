"""The one rule for numbers, percentages and dates in every reader (YAML, JSON, CSV, answers, conditions).

A number is ASCII decimal digits with an optional sign, one point and an exponent: `12`, `-3`, `0.5`,
`.5`, `1.5e3`. Nothing else: no `1_000`, no `1:30` (YAML 1.1 sexagesimal), no `0x1F`, `0o17`, no `010`
read as octal (it is ten), no `٩٠`, no `inf` or `nan`. A percentage may carry its sign: `40%`, `40 %`.
A date is `YYYY-MM-DD` and a real day of the calendar. Readers call these functions; none guesses.
"""

from __future__ import annotations

import datetime as dt
import math
import re

__all__ = ["NUMBER_RE", "PERCENT_RE", "DATE_RE", "MAX_DIGITS", "NumberTooLong", "parse_number", "parse_percent",
           "parse_date", "is_number", "finite"]

#: the number rule (ASCII digits only: Python's `\d` would take `٩`)
NUMBER_RE = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
#: a percentage written with its sign: a plain decimal from 0 to 100, `%` after it (a space allowed)
PERCENT_RE = re.compile(r"(?:100(?:\.0+)?|[0-9]{1,2}(?:\.[0-9]+)?)[ \u00a0\u202f]?%")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: longer numbers are refused before Python converts them (int() of 5,000 digits raises; nobody means it)
MAX_DIGITS = 100


class NumberTooLong(ValueError):
    """A number written with more than MAX_DIGITS characters."""


def parse_number(text: str, decimal: str = ".") -> int | float | None:
    """The number `text` spells under the number rule (int without point or exponent), or None if it spells none.

    `decimal` is the decimal mark: `,` for a semicolon-separated CSV file (`12,5` is twelve and a half).
    Raises NumberTooLong for a number of more than MAX_DIGITS characters; the result may be infinite
    (`1e999`), which callers refuse with `finite()`.
    """
    word = _with_point(text, decimal)
    if word is None or not NUMBER_RE.fullmatch(word):
        return None
    if len(word) > MAX_DIGITS:
        raise NumberTooLong(f"a number of {len(word)} characters (the limit is {MAX_DIGITS})")
    if "." in word or "e" in word or "E" in word:
        return float(word)
    return int(word)


def parse_percent(text: str, decimal: str = ".") -> int | float | None:
    """`40%` or `40 %` as 40 (from 0 to 100, no sign or exponent), else None."""
    word = _with_point(text, decimal)
    if word is None or not PERCENT_RE.fullmatch(word):
        return None
    return parse_number(word.rstrip("%").rstrip(" \u00a0\u202f"))


def _with_point(text: str, decimal: str) -> str | None:
    """`text` with its decimal mark written as a point; None when it holds a point besides another mark."""
    if decimal == ".":
        return text
    return None if "." in text else text.replace(decimal, ".", 1)


def parse_date(text: str) -> dt.date | None:
    """`YYYY-MM-DD` as a date when it is a real day; else None (`20270331`, `2027-W13-3`, `2027-02-30`)."""
    if not DATE_RE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def is_number(value: object) -> bool:
    """An int or float, not a bool."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def finite(value: int | float) -> bool:
    """Not NaN and not infinite (an int always is)."""
    return isinstance(value, int) or math.isfinite(value)
