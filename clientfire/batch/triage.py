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
from clientfire.messages import fill
from clientfire.textwidth import display_width, pad, pad_left

from .inputs import RowError
from .money import MONEY, money_cell, money_of
from .sink import Summaries

__all__ = ["summary_of", "summary_from", "severity_key", "sort_summaries", "render_summary", "write_summary",
           "counts_of", "FORMATS"]

FORMATS = ("text", "csv", "json", "markdown", "html")
Json = dict[str, Any]
_MAIN_SIGNS = 3
_MONEY_HEADS = ("revenue/month", "margin/month", "refund owed")
#: what the summary's marks mean, and its order
LEGEND = ("(serious) / (mild): how grave the sign is; * after it: the remedy was tried and the sign is still there; "
          "? : not known (the fact was not given); a–b, ≤ b, ≥ a: only bounds are known.",
          "Worst first: verdict, strength, then serious signs, signs whose remedy failed, and the number of signs.")
#: the same for the HTML page, which tags a sign `serious` / `mild` and `remedy tried` instead of marks
HTML_LEGEND = ("serious / mild: how grave the sign is; remedy tried: the remedy was tried and the sign is still there; "
               "? : not known (the fact was not given); a–b, ≤ b, ≥ a: only bounds are known.", LEGEND[1])


def summary_from(kb: Knowledge, client: str, verdict: str, strength: str, signs: list[Json], where: str,
                 money: Json | None = None) -> Json:
    """A summary line from its parts (the signs as `summary_of` gives them; money unknown unless given)."""
    verdicts = [v.id for v in kb.verdicts]
    strengths = [s.id for s in kb.strengths]
    return {
        "client": client,
        "verdict": verdict,
        "strength": strength,
        "verdict_rank": verdicts.index(verdict) if verdict in verdicts else -1,
        "strength_rank": strengths.index(strength) if strength in strengths else -1,
        "signs": signs,
        "money": money or dict.fromkeys(MONEY),
        "where": where,
    }


def summary_of(result: Result, kb: Knowledge, where: str) -> Json:
    """The summary line of one client: verdict, strength, signs (serious first) and their ranks."""
    order = {x.id: i for i, x in enumerate(kb.signs)}
    signs = sorted(result.signs, key=lambda s: (s["degree"] != "serious", order.get(s["id"], len(order))))
    return summary_from(kb, result.client, result.verdict, result.strength,
                        [{"id": s["id"], "degree": s["degree"], "remedy_tried": s["remedy_tried"]} for s in signs], where,
                        money_of(result))


def severity_key(summary: Json) -> tuple[Any, ...]:
    """Worst first: verdict, strength, serious signs, signs whose remedy failed, all signs; then the client's name."""
    signs = summary["signs"]
    serious = sum(s["degree"] == "serious" for s in signs)
    failed = sum(bool(s["remedy_tried"]) for s in signs)
    return (-summary["verdict_rank"], -summary["strength_rank"], -serious, -failed, -len(signs),
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
        shown.append(fill(label("+{count} more", lang), lang, count=len(signs) - limit))
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
                  kb: Knowledge | None = None, lang: str = "en") -> None:
    """Write the summary of every client in `sink`, worst first, as it is read back (memory stays flat); the
    terminal table's and the HTML page's words in `lang`."""
    if fmt == "html":
        from clientfire.engine.load import load_knowledge

        from .summary_html import write_html

        write_html(out, sink, errors, meta, kb or load_knowledge(), lang)
    elif fmt in ("json", "csv", "markdown"):
        {"json": _json, "csv": _csv, "markdown": _markdown}[fmt](out, sink, errors, meta)
    else:
        _table(out, sink, errors, meta, lang)


def money_cells(summary: Json, lang: str = "en") -> list[str]:
    """The money at stake as cells: revenue, margin, refund owed (numbers written the way `lang` writes them)."""
    money = summary.get("money") or {}
    return [money_cell(money.get(key), lang) for key in MONEY]


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
    out.write(write_csv([["rank", "client", "verdict", "strength", "signs", *_csv_money_heads(), "where"]]))
    for number, s in enumerate(sink.ordered(), start=1):
        money = s.get("money") or {}
        amounts = [_csv_amount(money.get(key)) for key in MONEY]
        out.write(write_csv([[number, s["client"], s["verdict"], s["strength"],
                              ";".join(f"{x['id']}:{x['degree']}{'*' if x['remedy_tried'] else ''}" for x in s["signs"]),
                              *amounts, s["where"]]]))


def _csv_money_heads() -> list[str]:
    return [f"{key}" for key in ("monthly_revenue", "monthly_margin", "refund_owed")]


def _csv_amount(value: Any) -> Any:
    """A number a spreadsheet sums; bounds as `lo-hi` text; unknown as an empty cell."""
    if isinstance(value, dict):
        return money_cell(value).replace(",", "")
    return "" if value is None else value


def _markdown(out: TextIO, sink: Summaries, errors: Sequence[RowError], meta: Json) -> None:
    out.write("\n".join(["# Portfolio triage", "", _counts_line(sink), "",
                         "| # | client | verdict | strength | " + " | ".join(_MONEY_HEADS) + " | signs |",
                         "| ---: | --- | --- | --- | ---: | ---: | ---: | --- |"]) + "\n")
    for number, s in enumerate(sink.ordered(), start=1):
        client = markdown_cell(s["client"])
        money = " | ".join(money_cells(s))
        out.write(f"| {number} | {client} | {s['verdict']} | {s['strength']} | {money} | {_signs_text(s, None)} |\n")
    lines: list[str] = ["", *(f"{line}" for line in LEGEND)]
    if errors:
        lines += ["", "## Rows that could not be evaluated", ""]
        lines += [f"- `{visible(e.where).replace('`', chr(39))}`: {markdown_inline(e.message)}" for e in errors]
    lines += ["", f"Knowledge {meta.get('knowledge_version', '?')}, evaluated on {meta.get('date', '?')}."]
    out.write("\n".join(lines) + "\n")


def _counts_line(sink: Summaries, lang: str = "en") -> str:
    counts = ", ".join(f"{term(verdict, lang)} {n}" for verdict, n in sink.counts().items())
    return fill(label("{count:plural:client|clients}: {counts}", lang), lang, count=len(sink), counts=counts)


_COLUMNS = ("client", "verdict", "strength")
#: the words a column may show, translated (the sink measures the ids as written)
_SHOWN = {"verdict": ("keep", "address", "pause_work", "fire"), "strength": ("none", "weak", "moderate", "strong")}


def _width(sink: Summaries, column: str, lang: str) -> int:
    """The widest cell of a column in display cells: the ids as measured, or the words they become in `lang`."""
    words = list(sink.counts()) if column == "verdict" else list(_SHOWN.get(column, ()))
    shown = [display_width(term(word, lang)) for word in words] if lang != "en" and column in _SHOWN else []
    return max([sink.width(column), *shown])


def _table(out: TextIO, sink: Summaries, errors: Sequence[RowError], meta: Json, lang: str = "en") -> None:
    words = ("client", "verdict", "strength", *_MONEY_HEADS, "main signs")
    header = ("#", *(label(word, lang) for word in words))
    widths = [max(display_width(header[0]), len(str(len(sink))))] + [
        max(display_width(h), _width(sink, key, lang)) for h, key in zip(header[1:4], _COLUMNS, strict=True)] + [
        max(display_width(h), sink.width(key)) for h, key in zip(header[4:-1], MONEY, strict=True)]
    right = {0, 4, 5, 6}

    def line(cells: Sequence[str]) -> str:
        return "  ".join(pad_left(c, w) if i in right else pad(c, w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=False))) + "  " + cells[-1]

    out.write(line(header) + "\n" + line(tuple("-" * w for w in widths) + ("-" * display_width(header[-1]),)) + "\n")
    for n, s in enumerate(sink.ordered(), 1):
        out.write(line((str(n), visible(s["client"]), term(s["verdict"], lang), term(s["strength"], lang),
                        *money_cells(s, lang), _signs_text(s, lang=lang))) + "\n")
    lines = ["", _counts_line(sink, lang), *(label(text, lang) for text in LEGEND)]
    if errors:
        lines.append(fill(label("{count:plural:row|row(s)} could not be evaluated:", lang), lang, count=len(errors)))
        lines += [f"  {visible(e.where)}: {visible(e.text(lang))}" for e in errors]
    out.write("\n".join(lines) + "\n")
