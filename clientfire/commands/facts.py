"""`clientfire facts`: the fact vocabulary a client file may use."""

from __future__ import annotations

import argparse
import json
from typing import Any

from clientfire.engine.result import pick_text
from clientfire.escape import json_safe, visible
from clientfire.explain.labels import label
from clientfire.options import add_format, add_knowledge, add_lang, engine_for, lang_of
from clientfire.output import emit
from clientfire.textwidth import columns

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the `facts` sub-command."""
    parser = subparsers.add_parser("facts", help="print the fact vocabulary of client files")
    add_format(parser, ("text", "json"))
    add_knowledge(parser)
    add_lang(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print every fact: id, type, unit and meaning (derived facts marked)."""
    kb = engine_for(args).kb
    lang = lang_of(args)
    rows: list[dict[str, Any]] = [{"id": f.id, "type": f.type, "unit": f.unit, "text": pick_text(f.text, lang),
             "derived": f.formula} for f in kb.facts.values()]
    if args.format == "json":
        emit(json_safe(json.dumps(rows, indent=2, ensure_ascii=False)))
        return 0
    plain = [r for r in rows if not r["derived"]]
    derived = [r for r in rows if r["derived"]]
    mark = label("computed, not set", lang)
    table = columns([_cells(r, lang) for r in plain] + [_cells(r, lang, mark) for r in derived])  # one alignment
    lines = table[:len(plain)]
    if derived:
        lines += ["", visible(f"{label('Derived facts', lang)} ({mark}):"), *table[len(plain):]]
    emit("\n".join(lines))
    return 0


def _cells(r: dict[str, Any], lang: str, mark: str = "") -> tuple[str, str, str]:
    extra = f"  [{mark}] = {r['derived']}" if r["derived"] else ""
    return visible(r["id"]), visible(_kind(r["type"], r["unit"], lang)), visible(f"{r['text']}{extra}")


def _kind(kind: str, unit: str | None, lang: str) -> str:
    """`count (invoices)` in `lang`: `개수 (건)`; a unit that only repeats the type (`percent`) is left out."""
    from clientfire.web.words import word

    shown = label(kind, lang)
    return f"{shown} ({word(unit, lang)})" if unit and unit != kind else shown
