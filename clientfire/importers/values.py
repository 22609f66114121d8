"""Cell values of an export: numbers, amounts, dates, timestamps and durations, parsed strictly."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from clientfire.messages import message

__all__ = ["parse_number", "parse_hours", "to_major", "minor_exponent", "DateReader", "ValueProblem",
           "DATE_FORMATS"]

#: digits with an optional sign, point and exponent: no `1_000`, no thousands separators, no non-ASCII digits
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?)?",
                  re.ASCII | re.IGNORECASE)
_PARTS = re.compile(r"(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?",
                    re.ASCII)
_CLOCK = re.compile(r"(\d+):([0-5]\d)(?::([0-5]\d))?", re.ASCII)
#: `--date-format` choices: the order of day, month and year in dates that are not ISO (YYYY-MM-DD)
DATE_FORMATS = {"YYYY-MM-DD": "ymd", "DD/MM/YYYY": "dmy", "MM/DD/YYYY": "mdy", "DD.MM.YYYY": "dmy",
                "DD-MM-YYYY": "dmy", "MM-DD-YYYY": "mdy", "YYYY/MM/DD": "ymd"}
#: ISO 4217 currencies with no minor unit, and with three decimals (the rest have two)
_ZERO_DECIMAL = frozenset("BIF CLP DJF GNF ISK JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF".split())
_THREE_DECIMAL = frozenset("BHD IQD JOD KWD LYD OMR TND".split())


class ValueProblem(ValueError):
    """A cell that is not what its column holds (the caller adds file, row and column)."""


def parse_number(text: str, decimal_comma: bool = False, thousands: bool = False) -> Decimal:
    """A plain decimal number; `decimal_comma`: `1234,56`; `thousands`: `1,234.56` (a vendor's documented form)."""
    raw = text.strip()
    if decimal_comma and raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    elif thousands and _THOUSANDS.fullmatch(raw):
        raw = raw.replace(",", "")
    if not _NUMBER.fullmatch(raw):
        comma = re.fullmatch(r"[+-]?\d+,\d+", raw, re.ASCII)
        raise ValueProblem(message("import.not_number_comma" if comma else "import.not_number", raw=text.strip()))
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:  # pragma: no cover - the pattern admits only valid decimals
        raise ValueProblem(message("import.not_number", raw=text)) from exc
    if not value.is_finite() or abs(value) > Decimal("1e12"):
        raise ValueProblem(message("import.out_of_range", raw=text.strip()))
    return value


def parse_hours(text: str, decimal_comma: bool = False) -> Decimal:
    """Hours as `7.5` or a duration `HH:MM[:SS]` (`01:30:00` is 1.5)."""
    found = _CLOCK.fullmatch(text.strip())
    if found:
        hours, minutes, seconds = int(found[1]), int(found[2]), int(found[3] or 0)
        return Decimal(hours) + Decimal(minutes) / 60 + Decimal(seconds) / 3600
    value = parse_number(text, decimal_comma)
    if value < 0 or value > 10_000:
        raise ValueProblem(message("import.not_hours", raw=text.strip()))
    return value


def minor_exponent(currency: str) -> int:
    """Digits after the point in `currency`: 0 for JPY or KRW, 3 for KWD, else 2."""
    code = currency.strip().upper()
    return 0 if code in _ZERO_DECIMAL else 3 if code in _THREE_DECIMAL else 2


def to_major(amount: Decimal, currency: str) -> Decimal:
    """An amount in minor units (cents) in major units: 1999 USD -> 19.99, 1999 JPY -> 1999."""
    return amount.scaleb(-minor_exponent(currency))


class DateReader:
    """Reads a file's dates: ISO always; `03/04/2025` in the order given, found, or an error when it is ambiguous."""

    def __init__(self, order: str | None = None, zone: dt.tzinfo | None = None) -> None:
        self.order = order  # ymd | dmy | mdy, or None until the file shows it
        self.fixed = order is not None
        self.zone = zone
        self.seen_at: str | None = None  # where the order was found
        self.ambiguous_at: tuple[str, str] | None = None  # the first ambiguous date and where

    def observe(self, text: str, where: str) -> bool:
        """Learn the day/month order from one date (for a first pass); True once it is known."""
        if self.order:
            return True
        found = _PARTS.fullmatch(text.strip())
        if not found or len(found[1]) == 4:  # ISO or year-first: no question of day and month
            return False
        first, second = int(found[1]), int(found[3])
        if first > 12 >= second:
            return self._set("dmy", where)
        if second > 12 >= first:
            return self._set("mdy", where)
        if self.ambiguous_at is None:
            self.ambiguous_at = (text.strip(), where)
        return False

    def _set(self, order: str, where: str) -> bool:
        self.order, self.seen_at = order, where
        return True

    def date(self, text: str, utc: bool = False) -> dt.date:
        """The calendar date of a date or timestamp cell (a timestamp with a zone, or in UTC, in the chosen zone)."""
        raw = text.strip()
        iso = _ISO.fullmatch(raw)
        if iso:
            return self._zoned(iso, utc, raw)
        found = _PARTS.fullmatch(raw)
        if not found:
            raise ValueProblem(message("import.not_date", raw=raw))
        return self._ordered(found, raw, utc)

    def _zoned(self, iso: re.Match[str], utc: bool, raw: str) -> dt.date:
        try:
            day = dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError as exc:
            raise ValueProblem(message("import.not_real_date", raw=raw)) from exc
        if iso[4] is None:
            return day
        moment = dt.datetime(day.year, day.month, day.day, int(iso[4]), int(iso[5]), int(iso[6] or 0))
        zone = iso[7]
        if zone:
            moment = moment.replace(tzinfo=_offset(zone))
        elif utc:
            moment = moment.replace(tzinfo=dt.timezone.utc)
        else:
            return day  # a local time: its own date
        return moment.astimezone(self.zone).date()

    def _ordered(self, found: re.Match[str], raw: str, utc: bool) -> dt.date:
        a, b, c = found[1], found[3], found[4]
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        else:
            if len(c) != 4:
                raise ValueProblem(message("import.two_digit_year", raw=raw))
            if self.order is None:
                raise ValueProblem(message("import.ambiguous_date", raw=raw))
            if self.order == "ymd":
                raise ValueProblem(message("import.not_year_first", raw=raw))
            day, month = (int(a), int(b)) if self.order == "dmy" else (int(b), int(a))
            year = int(c)
        try:
            value = dt.date(year, month, day)
        except ValueError as exc:
            order = message(f"import.order.{self.order or 'ymd'}")
            said = message("import.not_real_date_read", raw=raw, order=order)
            raise ValueProblem(message("import.order_from", what=said, where=self.seen_at) if self.seen_at else said) from exc
        if found[5] is not None and utc:  # a UTC clock time can fall on another day where the user is
            hour = int(found[5]) % 12 + (12 if (found[8] or "").lower() == "pm" else 0) if found[8] else int(found[5])
            moment = dt.datetime(year, month, day, hour, int(found[6]), int(found[7] or 0), tzinfo=dt.timezone.utc)
            return moment.astimezone(self.zone).date()
        return value




def _offset(zone: str) -> dt.tzinfo:
    if zone.upper() in ("Z", "UTC"):
        return dt.timezone.utc
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
