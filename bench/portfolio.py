"""A varied, deterministic portfolio of generated clients (dotted fact names -> values) for the benchmark."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from collections.abc import Callable
from typing import Any

__all__ = ["portfolio", "client", "to_csv", "to_jsonl", "INPUT_FACTS"]

Row = dict[str, Any]

#: a steady client: every count below its threshold, nothing wrong
_HEALTHY: Row = {
    "payment.late_invoices": 0, "payment.unpaid_overdue_invoices": 0, "payment.days_overdue": 0,
    "payment.pays_eventually": True, "money.monthly_revenue": 3000, "money.monthly_hours": 20,
    "money.target_hourly_rate": 80, "money.monthly_costs": 100, "money.cost_is_temporary": False,
    "money.strong_future_potential": False, "pricing.price_objections": 0, "pricing.compares_to_cheaper": False,
    "pricing.pricing_explained": False, "collaboration.unresolved_disagreements": 0,
    "collaboration.project_stalled": False, "behaviour.insults": 0, "behaviour.overreactions": 0,
    "behaviour.abuse_addressed": False, "behaviour.abuse_continued": False, "scope.changes_after_delivery": 0,
    "scope.can_state_requirements": True, "scope.responds_to_suggestions": True, "scope.unpaid_spec_requests": 0,
    "control.micromanages": False, "control.recommendations_rejected_pct": 10, "control.blamed_for_their_choices": False,
    "respect.belittles": False, "respect.treats_as_subordinate": False, "respect.questions_work_constantly": False,
    "ethics.client_unethical": False, "ethics.mistreats_staff_or_customers": False,
    "communication.avg_response_days": 1, "communication.unreachable_weeks": 0,
    "relationship.conversation_held": False, "relationship.improved_since": True,
    "relationship.problems_temporary": False, "wellbeing.dread": 1, "wellbeing.harms_mental_health": False,
    "wellbeing.staff_suffering": False, "contract.active": True, "contract.end_date": "2027-06-30",
    "contract.exit_clause": True, "contract.prepaid_amount": 0, "contract.work_completed_pct": 50,
    "contract.can_fulfil": True,
}
INPUT_FACTS = tuple(_HEALTHY)

#: problems a client may have: each sets a few facts (some cross a threshold, some stay just below)
_PROBLEMS: tuple[Callable[[random.Random], Row], ...] = (
    lambda r: {"payment.late_invoices": r.randint(2, 8), "payment.unpaid_overdue_invoices": r.randint(0, 3)},
    lambda r: {"payment.days_overdue": r.randint(40, 180), "payment.pays_eventually": r.random() < 0.5,
               "payment.unpaid_overdue_invoices": r.randint(1, 4)},
    lambda r: {"money.monthly_revenue": r.randint(600, 2500), "money.monthly_hours": r.randint(10, 45),
               "money.cost_is_temporary": r.random() < 0.2, "money.strong_future_potential": r.random() < 0.2},
    lambda r: {"pricing.price_objections": r.randint(1, 7), "pricing.pricing_explained": r.random() < 0.5,
               "pricing.compares_to_cheaper": r.random() < 0.5},
    lambda r: {"collaboration.unresolved_disagreements": r.randint(1, 5), "collaboration.project_stalled": r.random() < 0.4},
    lambda r: {"behaviour.insults": r.randint(0, 5), "behaviour.overreactions": r.randint(0, 6),
               "behaviour.abuse_addressed": r.random() < 0.4, "behaviour.abuse_continued": r.random() < 0.5},
    lambda r: {"scope.changes_after_delivery": r.randint(1, 6), "scope.can_state_requirements": r.random() < 0.6,
               "scope.responds_to_suggestions": r.random() < 0.7, "scope.unpaid_spec_requests": r.randint(0, 2)},
    lambda r: {"control.recommendations_rejected_pct": r.randint(20, 90), "control.micromanages": r.random() < 0.5,
               "control.blamed_for_their_choices": r.random() < 0.3},
    lambda r: {"respect.belittles": r.random() < 0.3, "respect.treats_as_subordinate": r.random() < 0.3,
               "respect.questions_work_constantly": r.random() < 0.6},
    lambda r: {"ethics.client_unethical": r.random() < 0.5, "ethics.mistreats_staff_or_customers": r.random() < 0.5},
    lambda r: {"communication.avg_response_days": round(r.uniform(1, 12), 1), "communication.unreachable_weeks": r.randint(0, 5)},
    lambda r: {"relationship.conversation_held": True, "relationship.improved_since": r.random() < 0.4},
    lambda r: {"wellbeing.dread": r.randint(3, 10), "wellbeing.staff_suffering": r.random() < 0.3,
               "wellbeing.harms_mental_health": r.random() < 0.25},
    lambda r: {"relationship.problems_temporary": True},
    lambda r: {"contract.prepaid_amount": r.randint(500, 9000), "contract.work_completed_pct": r.randint(0, 100),
               "contract.can_fulfil": r.random() < 0.5, "contract.exit_clause": r.random() < 0.5,
               "contract.active": r.random() < 0.8},
)
_PROBLEM_COUNTS = (0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 6)
_UNKNOWN_SHARES = (0.0, 0.0, 0.05, 0.15, 0.4)


def client(rng: random.Random, number: int) -> Row:
    """One generated client: a steady base, a few problems, some facts left unknown."""
    row = dict(_HEALTHY)
    row["money.monthly_revenue"] = rng.randint(1500, 9000)
    row["money.monthly_hours"] = rng.randint(5, 40)
    row["money.target_hourly_rate"] = rng.choice((60, 70, 80, 90, 100))
    row["money.monthly_costs"] = rng.randint(0, 400)
    row["contract.end_date"] = (dt.date(2026, 12, 1) + dt.timedelta(days=rng.randint(0, 700))).isoformat()
    for problem in rng.sample(_PROBLEMS, rng.choice(_PROBLEM_COUNTS)):
        row.update(problem(rng))
    share = rng.choice(_UNKNOWN_SHARES)
    for fact in INPUT_FACTS:
        if rng.random() < share:
            del row[fact]
    return {"client": f"Client {number:05d}", **row}


def portfolio(count: int, seed: int = 7) -> list[Row]:
    """`count` clients, the same for the same seed."""
    rng = random.Random(seed)
    return [client(rng, number) for number in range(1, count + 1)]


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def to_csv(rows: list[Row]) -> str:
    """The portfolio as CSV: one column per fact (dotted names), unknown facts empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = ["client", *INPUT_FACTS]
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return out.getvalue()


def to_jsonl(rows: list[Row]) -> str:
    """The portfolio as JSON Lines: one object per client, unknown facts left out."""
    return "".join(json.dumps(row, sort_keys=False) + "\n" for row in rows)
