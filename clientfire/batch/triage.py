"""Triage: one summary line per client, sorted worst first, rendered as a table, CSV, JSON or Markdown."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from clientfire.engine.model import Knowledge
from clientfire.engine.result import Result
from clientfire.escape import json_safe, markdown_cell, markdown_inline, visible, write_csv

from .inputs import RowError

__all__ = ["summary_of", "severity_key", "sort_summaries", "render_summary", "counts_of", "FORMATS"]

FORMATS = ("text", "csv", "json", "markdown")
Json = dict[str, Any]
_MAIN_SIGNS = 3


def summary_of(result: Result, kb: Knowledge, where: str) -> Json:
    """The summary line of one client: verdict, strength, signs (serious first) and their ranks."""
    verdicts = [v.id for v in kb.verdicts]
    strengths = [s.id for s in kb.strengths]
    signs = sorted(result.signs, key=lambda s: (s["degree"] != "serious", [x.id for x in kb.signs].index(s["id"])))
    return {
        "client": result.client,
        "verdict": result.verdict,
        "strength": result.strength,
        "verdict_rank": verdicts.index(result.verdict) if result.verdict in verdicts else -1,
        "strength_rank": strengths.index(result.strength) if result.strength in strengths else -1,
        "signs": [{"id": s["id"], "degree": s["degree"], "remedy_tried": s["remedy_tried"]} for s in signs],
        "where": where,
    }


def severity_key(summary: Json) -> tuple[Any, ...]:
    """Worst first: verdict rank, strength rank, number of signs (all descending), then the client's name."""
    return (-summary["verdict_rank"], -summary["strength_rank"], -len(summary["signs"]),
            summary["client"].casefold(), summary["where"])


def sort_summaries(summaries: Sequence[Json]) -> list[Json]:
    """The summaries, worst case first (a stable, total order)."""
    return sorted(summaries, key=severity_key)


def counts_of(summaries: Sequence[Json]) -> dict[str, int]:
    """How many clients got each verdict."""
    return dict(sorted(Counter(s["verdict"] for s in summaries).items()))


def _signs_text(summary: Json, limit: int | None = _MAIN_SIGNS) -> str:
    signs = summary["signs"]
    shown = [f"{s['id']} ({s['degree']}{'*' if s['remedy_tried'] else ''})" for s in signs[:limit]]
    if limit is not None and len(signs) > limit:
        shown.append(f"+{len(signs) - limit} more")
    return ", ".join(shown) or "-"


def render_summary(summaries: Sequence[Json], errors: Sequence[RowError], fmt: str, meta: Json) -> str:
    """The sorted summary (and the rows that failed) in one of FORMATS."""
    ordered = sort_summaries(summaries)
    if fmt == "json":
        return _json(ordered, errors, meta)
    if fmt == "csv":
        return _csv(ordered)
    if fmt == "markdown":
        return _markdown(ordered, errors, meta)
    return _table(ordered, errors)


def _json(ordered: list[Json], errors: Sequence[RowError], meta: Json) -> str:
    """One JSON document; each client on a line of its own (quick to write and to read for 10,000 clients)."""
    head = {**meta, "counts": counts_of(ordered), "errors": [e.to_dict() for e in errors]}
    lines = [f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}," for key, value in head.items()]
    clients = ",\n".join("    " + json.dumps(s, ensure_ascii=False) for s in ordered)
    return json_safe("{\n" + "\n".join(lines) + '\n  "clients": [\n' + clients + ("\n" if clients else "") + "  ]\n}\n")


def _csv(ordered: list[Json]) -> str:
    rows: list[list[Any]] = [["rank", "client", "verdict", "strength", "signs", "where"]]
    rows += [[number, s["client"], s["verdict"], s["strength"], ";".join(f"{x['id']}:{x['degree']}" for x in s["signs"]),
              s["where"]] for number, s in enumerate(ordered, start=1)]
    return write_csv(rows)  # spreadsheet-safe: a client named =HYPERLINK(...) stays text


def _markdown(ordered: list[Json], errors: Sequence[RowError], meta: Json) -> str:
    lines = ["# Portfolio triage", "", _counts_line(ordered), "",
             "| # | client | verdict | strength | signs |", "| ---: | --- | --- | --- | --- |"]
    for number, s in enumerate(ordered, start=1):
        client = markdown_cell(s["client"])
        lines.append(f"| {number} | {client} | {s['verdict']} | {s['strength']} | {_signs_text(s, None)} |")
    if errors:
        lines += ["", "## Rows that could not be evaluated", ""]
        lines += [f"- `{visible(e.where).replace('`', chr(39))}`: {markdown_inline(e.message)}" for e in errors]
    lines += ["", f"Knowledge {meta.get('knowledge_version', '?')}, evaluated on {meta.get('date', '?')}."]
    return "\n".join(lines) + "\n"


def _counts_line(ordered: list[Json]) -> str:
    counts = counts_of(ordered)
    return f"{len(ordered)} clients: " + ", ".join(f"{verdict} {n}" for verdict, n in counts.items())


def _table(ordered: list[Json], errors: Sequence[RowError]) -> str:
    rows = [(str(n), visible(s["client"]), s["verdict"], s["strength"], _signs_text(s)) for n, s in enumerate(ordered, 1)]
    header = ("#", "client", "verdict", "strength", "main signs")
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header[:-1])]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(w) if i == 0 else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=False))) \
            + "  " + cells[-1]

    out = [line(header), line(tuple("-" * w for w in widths) + ("-" * len(header[-1]),))]
    out += [line(r) for r in rows]
    out += ["", _counts_line(ordered)]
    if errors:
        out += [f"{len(errors)} row(s) could not be evaluated:"] + [f"  {visible(e.where)}: {visible(e.message)}"
                                                                    for e in errors]
    return "\n".join(out) + "\n"
