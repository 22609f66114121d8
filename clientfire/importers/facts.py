"""The facts one client's books show, each with its records; what the exports cannot show is left out (unknown)."""

from __future__ import annotations

from decimal import Decimal

from clientfire.errors import InputError
from clientfire.messages import message

from .derive import ClientBooks, Fact, _capped, money
from .values import minor_exponent

__all__ = ["facts_of", "possible_facts", "FILLED"]

#: the facts an import can fill
FILLED = ("payment.late_invoices", "payment.unpaid_overdue_invoices", "payment.days_overdue",
          "payment.pays_eventually", "money.monthly_revenue", "money.monthly_hours")


def facts_of(books: ClientBooks, currency: str | None = None) -> list[Fact]:
    """The facts of one client in FILLED order; `currency`: the one currency of money facts (else refuse a mix)."""
    found: list[Fact] = []
    caps, files = books.caps, tuple(sorted(books.invoice_files))
    if caps is not None and files:
        if caps.due and caps.paid_date:
            found.append(_late(books, files))
        if caps.due:
            found += _overdue(books, files)
        if caps.write_off and books.written_off:
            lines = _capped(books.written_off, books.written_off_count, "written off")
            found.append(Fact("payment.pays_eventually", False, lines, files))
        if caps.paid_date and caps.amounts:
            revenue = _revenue(books, files, currency)
            found += [revenue] if revenue else []
    if books.time_files:
        found.append(_hours(books))
    return found


def _late(books: ClientBooks, files: tuple[str, ...]) -> Fact:
    late = [text for _, text in sorted(books.late)]
    if books.late_count > len(late):
        late = [f"... and {books.late_count - len(late) + 1} earlier late payments"] + late[1:]
    lines = late or [f"no invoice paid late in the 12 months to {books.window.today} "
                     f"({books.paid_in_year} paid in that time)"]
    return Fact("payment.late_invoices", books.late_count, lines, files)


def _overdue(books: ClientBooks, files: tuple[str, ...]) -> list[Fact]:
    ordered = [text for _, text in sorted(books.overdue, key=lambda o: (-o[0], o[1]))]
    if books.overdue_count > len(ordered):
        ordered = ordered[:-1] + [f"... and {books.overdue_count - len(ordered) + 1} more open past due"]
    none = [f"no open invoice past its due date on {books.window.today}"]
    return [Fact("payment.unpaid_overdue_invoices", books.overdue_count, ordered or none, files),
            Fact("payment.days_overdue", books.max_days, [f"oldest: {ordered[0]}"] if ordered else none, files)]


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
    lines, total = [], Decimal(0)
    for month in books.window.months:
        amount = books.revenue.get(month, {}).get(currency, Decimal(0))
        total += amount
        numbers = books.paid_numbers.get(month, [])
        listed = f" ({', '.join(numbers[:8])}{', ...' if len(numbers) > 8 else ''})" if amount else ""
        lines.append(f"{month[0]}-{month[1]:02d}: {money(amount, currency)} paid{listed}" if amount
                     else f"{month[0]}-{month[1]:02d}: nothing paid")
    for other in others:
        lines.append(f"left out: {money(sum((p.get(other, Decimal(0)) for p in books.revenue.values()), Decimal(0)), other)}"
                     f" paid in {other} (--currency {currency})")
    average = total / 3
    if average < 0:
        lines.append("credit notes exceed the payments: counted as 0")
        average = Decimal(0)
    first, last = books.window.months[0], books.window.months[-1]
    lines.append(f"average of the 3 full months {first[0]}-{first[1]:02d} to {last[0]}-{last[1]:02d}")
    places = minor_exponent(currency) if currency else 2
    value = float(round(average, places))
    return Fact("money.monthly_revenue", int(value) if places == 0 else value, lines, files)


def _hours(books: ClientBooks) -> Fact:
    lines, total = [], Decimal(0)
    for month in books.window.months:
        hours = books.hours.get(month, Decimal(0))
        total += hours
        count = books.entries.get(month, 0)
        lines.append(f"{month[0]}-{month[1]:02d}: {_hours_text(hours)} hours ({count} time entries)")
    lines.append("average of the 3 full months, billable and non-billable time")
    return Fact("money.monthly_hours", float(round(total / 3, 2)), lines, tuple(sorted(books.time_files)))


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
