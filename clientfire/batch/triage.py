"""Triage: one summary line per client, sorted worst first, rendered as a table, CSV, JSON or Markdown."""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from clientfire.engine.model import Knowledge
from clientfire.engine.result import Result
from clientfire.escape import json_safe, markdown_cell, markdown_inline, visible, write_csv
from clientfire.explain.labels import label, term
from clientfire.textwidth import display_width, pad, pad_left

from .inputs import RowError
from .sink import Summaries

__all__ = ["summary_of", "summary_from", "severity_key", "sort_summaries", "render_summary", "write_summary",
           "counts_of", "FORMATS"]

FORMATS = ("text", "csv", "json", "markdown")
Json = dict[str, Any]
_MAIN_SIGNS = 3


def summary_from(kb: Knowledge, client: str, verdict: str, strength: str, signs: list[Json], where: str) -> Json:
    """A summary line from its parts (the signs as `summary_of` gives them)."""
    verdicts = [v.id for v in kb.verdicts]
    strengths = [s.id for s in kb.strengths]
    return {
        "client": client,
        "verdict": verdict,
        "strength": strength,
        "verdict_rank": verdicts.index(verdict) if verdict in verdicts else -1,
        "strength_rank": strengths.index(strength) if strength in strengths else -1,
        "signs": signs,
        "where": where,
    }


def summary_of(result: Result, kb: Knowledge, where: str) -> Json:
    """The summary line of one client: verdict, strength, signs (serious first) and their ranks."""
    order = {x.id: i for i, x in enumerate(kb.signs)}
    signs = sorted(result.signs, key=lambda s: (s["degree"] != "serious", order.get(s["id"], len(order))))
    return summary_from(kb, result.client, result.verdict, result.strength,
                        [{"id": s["id"], "degree": s["degree"], "remedy_tried": s["remedy_tried"]} for s in signs], where)


def severity_key(summary: Json) -> tuple[Any, ...]:
    """Worst first: verdict rank, strength rank, number of signs (all descending), then the client's name."""
    return (-summary["verdict_rank"], -summary["strength_rank"], -len(summary["signs"]),
            summary["client"].casefold(), summary["where"])


def sort_summaries(summaries: Sequence[Json]) -> list[Json]:
    """The summaries, worst case first (a stable, total order)."""
    return sorted(summaries, key=severity_key)


def counts_of(summaries: Iterable[Json]) -> dict[str, int]:
    """How many clients got each verdict."""
    return dict(sorted(Counter(s["verdict"] for s in summaries).items()))


def _signs_text(summary: Json, limit: int | None = _MAIN_SIGNS, lang: str = "en") -> str:
    signs = summary["signs"]
    shown = [f"{s['id']} ({term(s['degree'], lang)}{'*' if s['remedy_tried'] else ''})" for s in signs[:limit]]
    if limit is not None and len(signs) > limit:
        shown.append(label("+{count} more", lang).format(count=len(signs) - limit))
    return ", ".join(shown) or "-"


def render_summary(summaries: Sequence[Json], errors: Sequence[RowError], fmt: str, meta: Json) -> str:
    """The sorted summary (and the rows that failed) in one of FORMATS."""
    sink = Summaries(severity_key)
    for summary in summaries:
        sink.add(summary)
    out = io.StringIO()
    write_summary(out, sink, errors, fmt, meta)
    return out.getvalue()


def write_summary(out: TextIO, sink: Summaries, errors: Sequence[RowError], fmt: str, meta: Json,
                  lang: str = "en") -> None:
    """Write the summary of every client in `sink`, worst first, as it is read back (memory stays flat); the
    terminal table's words in `lang`."""
    if fmt in ("json", "csv", "markdown"):
        {"json": _json, "csv": _csv, "markdown": _markdown}[fmt](out, sink, errors, meta)
    else:
        _table(out, sink, errors, meta, lang)


def _json(out: TextIO, sink: Summaries, errors: Sequence[RowError], meta: Json) -> None:
    """One JSON document; each client on a line of its own (quick to write and to read for 10,000 clients)."""
    head = {**meta, "counts": sink.counts(), "errors": [e.to_dict() for e in errors]}
    out.write(json_safe("{\n" + "\n".join(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},"
                                           for k, v in head.items())))
    out.write('\n  "clients": [\n')
    for number, s in enumerate(sink.ordered()):
        out.write((",\n" if number else "") + "    " + json_safe(json.dumps(s, ensure_ascii=False)))
    out.write(("\n" if len(sink) else "") + "  ]\n}\n")


def _csv(out: TextIO, sink: Summaries, errors: Sequence[RowError], meta: Json) -> None:
    """Spreadsheet-safe: a client named =HYPERLINK(...) stays text."""
    out.write(write_csv([["rank", "client", "verdict", "strength", "signs", "where"]]))
    for number, s in enumerate(sink.ordered(), start=1):
        out.write(write_csv([[number, s["client"], s["verdict"], s["strength"],
                              ";".join(f"{x['id']}:{x['degree']}" for x in s["signs"]), s["where"]]]))


def _markdown(out: TextIO, sink: Summaries, errors: Sequence[RowError], meta: Json) -> None:
    out.write("\n".join(["# Portfolio triage", "", _counts_line(sink), "",
                         "| # | client | verdict | strength | signs |", "| ---: | --- | --- | --- | --- |"]) + "\n")
    for number, s in enumerate(sink.ordered(), start=1):
        client = markdown_cell(s["client"])
        out.write(f"| {number} | {client} | {s['verdict']} | {s['strength']} | {_signs_text(s, None)} |\n")
    lines: list[str] = []
    if errors:
        lines += ["", "## Rows that could not be evaluated", ""]
        lines += [f"- `{visible(e.where).replace('`', chr(39))}`: {markdown_inline(e.message)}" for e in errors]
    lines += ["", f"Knowledge {meta.get('knowledge_version', '?')}, evaluated on {meta.get('date', '?')}."]
    out.write("\n".join(lines) + "\n")


def _counts_line(sink: Summaries, lang: str = "en") -> str:
    counts = ", ".join(f"{term(verdict, lang)} {n}" for verdict, n in sink.counts().items())
    return label("{count} clients: {counts}", lang).format(count=len(sink), counts=counts)


_COLUMNS = ("client", "verdict", "strength")
#: the words a column may show, translated (the sink measures the ids as written)
_SHOWN = {"verdict": ("keep", "address", "pause_work", "fire"), "strength": ("none", "weak", "moderate", "strong")}


def _width(sink: Summaries, column: str, lang: str) -> int:
    """The widest cell of a column in display cells: the ids as measured, or the words they become in `lang`."""
    words = list(sink.counts()) if column == "verdict" else list(_SHOWN.get(column, ()))
    shown = [display_width(term(word, lang)) for word in words] if lang != "en" and column in _SHOWN else []
    return max([sink.width(column), *shown])


def _table(out: TextIO, sink: Summaries, errors: Sequence[RowError], meta: Json, lang: str = "en") -> None:
    header = ("#", *(label(word, lang) for word in ("client", "verdict", "strength", "main signs")))
    widths = [max(display_width(header[0]), len(str(len(sink))))] + [
        max(display_width(h), _width(sink, key, lang)) for h, key in zip(header[1:-1], _COLUMNS, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(pad_left(c, w) if i == 0 else pad(c, w) for i, (c, w) in enumerate(zip(cells, widths, strict=False))) \
            + "  " + cells[-1]

    out.write(line(header) + "\n" + line(tuple("-" * w for w in widths) + ("-" * display_width(header[-1]),)) + "\n")
    for n, s in enumerate(sink.ordered(), 1):
        out.write(line((str(n), visible(s["client"]), term(s["verdict"], lang), term(s["strength"], lang),
                        _signs_text(s, lang=lang))) + "\n")
    lines = ["", _counts_line(sink, lang)]
    if errors:
        lines.append(label("{count} row(s) could not be evaluated:", lang).format(count=len(errors)))
        lines += [f"  {visible(e.where)}: {visible(e.message)}" for e in errors]
    out.write("\n".join(lines) + "\n")
