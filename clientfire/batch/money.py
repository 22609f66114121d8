"""The money at stake for one client of a portfolio: monthly revenue, monthly margin, the refund owed."""

from __future__ import annotations

from typing import Any

from clientfire.explain.numbers import format_money

__all__ = ["MONEY", "money_of", "money_cell"]

#: summary key -> the fact it comes from (an input fact or a derived one)
MONEY = {"revenue": "money.monthly_revenue", "margin": "money.monthly_margin", "refund": "contract.refund_owed"}


def _fact(result: Any, fact: str) -> Any:
    if fact in result.derived_facts:
        return result.derived_facts[fact]
    group, _, name = fact.partition(".")
    return (result.facts.get(group) or {}).get(name)


def money_of(result: Any) -> dict[str, Any]:
    """Each amount: a number, `{"lo": .., "hi": ..}` when only bounds are known, or None when unknown (never 0)."""
    money: dict[str, Any] = {}
    for key, fact in MONEY.items():
        value = _fact(result, fact)
        bounds = (result.bounds or {}).get(fact)
        if value is None and bounds and (bounds.get("hi") is not None or (bounds.get("lo") or 0) > 0):
            value = {"lo": bounds.get("lo"), "hi": bounds.get("hi")}
        money[key] = value
    return money


def money_cell(value: Any, lang: str = "en") -> str:
    """An amount as a table cell: `1,200`; bounds `0–4,800`, `≤ -600`, `≥ 300`; `?` (unknown)."""
    if value is None:
        return "?"
    if isinstance(value, dict):
        if value["lo"] is None:
            return f"≤ {format_money(value['hi'], lang)}"
        if value["hi"] is None:
            return f"≥ {format_money(value['lo'], lang)}"
        return f"{format_money(value['lo'], lang)}–{format_money(value['hi'], lang)}"
    return format_money(value, lang)
