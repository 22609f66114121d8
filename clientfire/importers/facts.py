"""The facts one client's books show, each with its records; what the exports cannot show is left out (unknown)."""

from __future__ import annotations

from decimal import Decimal

from clientfire.errors import InputError
from clientfire.messages import message, text_of

from .derive import ClientBooks, Fact, Joined, Record, _capped, late_record, money, overdue_record
from .values import minor_exponent

__all__ = ["facts_of", "possible_facts", "FILLED"]

#: the facts an import can fill
FILLED = ("payment.late_invoices", "payment.unpaid_overdue_invoices", "payment.days_overdue",
          "payment.pays_eventually", "money.monthly_revenue", "money.monthly_hours")


def facts_of(books: ClientBooks, currency: str | None = None, lang: str = "en") -> list[Fact]:
    """The facts of one client in FILLED order, their records said in `lang`; `currency`: the one currency of money
    facts (else refuse a mix)."""
    found: list[Fact] = []
    caps, files = books.caps, tuple(sorted(books.invoice_files))
    if caps is not None and files:
        if caps.due and caps.paid_date:
            found.append(_late(books, files))
        if caps.due:
            found += _overdue(books, files)
        if caps.write_off and books.written_off:
            lines = _capped(books.written_off, books.written_off_count, "import.ev.more_written_off")
            found.append(Fact("payment.pays_eventually", False, lines, files))
        if caps.paid_date and caps.amounts:
            revenue = _revenue(books, files, currency)
            found += [revenue] if revenue else []
    if books.time_files:
        found.append(_hours(books))
    for fact in found:  # said once, as text: a plan holds no message objects (memory stays as it was)
        fact.records = [text_of(record, lang) for record in fact.records]
    return found


def _late(books: ClientBooks, files: tuple[str, ...]) -> Fact:
    late: list[Record] = [late_record(item) for item in sorted(books.late)]
    if books.late_count > len(late):
        late = [message("import.ev.late_earlier", count=books.late_count - len(late) + 1), *late[1:]]
    lines = late or [message("import.ev.none_late", today=books.window.today, count=books.paid_in_year)]
    return Fact("payment.late_invoices", books.late_count, lines, files)


def _overdue(books: ClientBooks, files: tuple[str, ...]) -> list[Fact]:
    ordered: list[Record] = [overdue_record(o) for o in sorted(books.overdue, key=lambda o: (-o[0], o[1], o[2]))]
    if books.overdue_count > len(ordered):
        ordered = ordered[:-1] + [message("import.ev.more_overdue", count=books.overdue_count - len(ordered) + 1)]
    none: list[Record] = [message("import.ev.none_overdue", today=books.window.today)]
    oldest: list[Record] = [message("import.ev.oldest", record=ordered[0])] if ordered else none
    return [Fact("payment.unpaid_overdue_invoices", books.overdue_count, ordered or none, files),
            Fact("payment.days_overdue", books.max_days, oldest, files)]


def _revenue(books: ClientBooks, files: tuple[str, ...], chosen: str | None) -> Fact | None:
    currencies = sorted({c for per in books.revenue.values() for c, amount in per.items() if amount})
    if chosen is None and len(currencies) > 1:
        raise InputError(message("import.currencies", name=books.name,
                                 currencies=" and ".join(c or "(no currency)" for c in currencies)),
                         key="--currency", path=files[0])
    currency = chosen or (currencies[0] if currencies else "")
    others = [c for c in currencies if c != currency]
    if others and not any(c == currency for c in currencies):
        return None  # paid only in other currencies: not knowable in this one
    lines: list[Record] = []
    total = Decimal(0)
    for month in books.window.months:
        amount = books.revenue.get(month, {}).get(currency, Decimal(0))
        total += amount
        numbers = books.paid_numbers.get(month, [])
        listed = Joined(tuple(numbers[:8]) + (("...",) if len(numbers) > 8 else ()))
        lines.append(message("import.ev.paid_month", month=_month(month), amount=money(amount, currency),
                             numbers=listed) if amount else message("import.ev.nothing_paid", month=_month(month)))
    for other in others:
        paid = money(sum((p.get(other, Decimal(0)) for p in books.revenue.values()), Decimal(0)), other)
        lines.append(message("import.ev.left_out_currency", amount=paid, currency=other, chosen=currency))
    average = total / 3
    if average < 0:
        lines.append(message("import.ev.credit_exceeds"))
        average = Decimal(0)
    first, last = books.window.months[0], books.window.months[-1]
    lines.append(message("import.ev.revenue_average", first=_month(first), last=_month(last)))
    places = minor_exponent(currency) if currency else 2
    value = float(round(average, places))
    return Fact("money.monthly_revenue", int(value) if places == 0 else value, lines, files)


def _hours(books: ClientBooks) -> Fact:
    lines: list[Record] = []
    total = Decimal(0)
    for month in books.window.months:
        hours = books.hours.get(month, Decimal(0))
        total += hours
        lines.append(message("import.ev.hours_month", month=_month(month), hours=_hours_text(hours),
                             count=books.entries.get(month, 0)))
    lines.append(message("import.ev.hours_average"))
    return Fact("money.monthly_hours", float(round(total / 3, 2)), lines, tuple(sorted(books.time_files)))


def _month(month: tuple[int, int]) -> str:
    """`2026-08`."""
    return f"{month[0]}-{month[1]:02d}"


def _hours_text(hours: Decimal) -> str:
    text = f"{round(hours, 2):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def possible_facts(books: ClientBooks) -> set[str]:
    """The facts this client's exports can show at all (an imported fact among them that is no longer shown goes)."""
    caps, found = books.caps, set()
    if caps is not None and books.invoice_files:
        found |= {"payment.late_invoices"} if caps.due and caps.paid_date else set()
        found |= {"payment.unpaid_overdue_invoices", "payment.days_overdue"} if caps.due else set()
        found |= {"payment.pays_eventually"} if caps.write_off else set()
        found |= {"money.monthly_revenue"} if caps.paid_date and caps.amounts else set()
    return found | ({"money.monthly_hours"} if books.time_files else set())
