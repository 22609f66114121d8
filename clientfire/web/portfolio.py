"""The portfolio from the audit log: each client's latest verdict (worst first) and its history as a small chart."""

from __future__ import annotations

from typing import Any

from clientfire.engine.model import Knowledge

__all__ = ["latest_by_client", "verdict_chart", "sign_grid", "CHART"]

Json = dict[str, Any]
#: width, height and margin of the small history chart (SVG user units)
CHART = (220, 56, 8)


def _ranks(kb: Knowledge) -> tuple[list[str], list[str]]:
    return [v.id for v in kb.verdicts], [s.id for s in kb.strengths]


def latest_by_client(summaries: list[Json], kb: Knowledge) -> list[Json]:
    """One row per client: the latest record, how many there are, and the history (oldest first); worst first."""
    verdicts, strengths = _ranks(kb)
    clients: dict[str, list[Json]] = {}
    for row in summaries:
        clients.setdefault(row["client"], []).append(row)
    rows = []
    for name, records in clients.items():
        latest = max(records, key=lambda r: r["id"])
        rows.append({"client": name, "latest": latest, "count": len(records),
                     "history": sorted(records, key=lambda r: r["id"]),
                     "rank": (verdicts.index(latest["verdict"]) if latest["verdict"] in verdicts else -1,
                              strengths.index(latest["strength"]) if latest["strength"] in strengths else -1)})
    return sorted(rows, key=lambda r: (-r["rank"][0], -r["rank"][1], r["client"].casefold()))


def verdict_chart(history: list[Json], kb: Knowledge, size: tuple[int, int, int] = CHART) -> Json:
    """Points of a verdict-over-time chart: one per record, higher is worse; x by order of the records."""
    verdicts, _ = _ranks(kb)
    width, height, margin = size
    top = max(len(verdicts) - 1, 1)
    count = len(history)
    points = []
    for index, record in enumerate(history):
        level = verdicts.index(record["verdict"]) if record["verdict"] in verdicts else 0
        x = margin + (width - 2 * margin) * (index / (count - 1) if count > 1 else 0.5)
        y = height - margin - (height - 2 * margin) * level / top
        points.append({"x": round(x, 1), "y": round(y, 1), "verdict": record["verdict"], "strength": record["strength"],
                       "when": str(record.get("created", ""))[:10], "id": record["id"]})
    levels = [{"y": round(height - margin - (height - 2 * margin) * i / top, 1), "verdict": v}
              for i, v in enumerate(verdicts)]
    return {"width": width, "height": height, "points": points, "levels": levels,
            "line": " ".join(f"{p['x']},{p['y']}" for p in points)}


def _signs(record: Json) -> dict[str, str]:
    """A record's signs and their degrees, read from its trace (the highest degree each sign was concluded at)."""
    from clientfire.engine.assemble import derived_of

    degrees = ("mild", "serious")
    found: dict[str, str] = {}
    for fact, _ in derived_of(record.get("trace", []), "sign"):
        if fact["name"] not in found or degrees.index(fact["degree"]) > degrees.index(found[fact["name"]]):
            found[fact["name"]] = fact["degree"]
    return found


def sign_grid(records: list[Json], kb: Knowledge) -> Json:
    """Which signs each record found: rows are signs (in knowledge order), columns the records, oldest first."""
    order = [s.id for s in kb.signs]
    found: list[dict[str, str]] = [_signs(r) for r in records]
    present = sorted({sign for row in found for sign in row}, key=lambda s: (order.index(s) if s in order else len(order), s))
    return {"signs": present, "columns": found}
