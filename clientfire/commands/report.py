"""`clientfire report FILE -o acme.html`: one self-contained HTML page with the verdict, the plan, HOW and the diagram."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from clientfire.explain.labels import label
from clientfire.explain.report import to_html
from clientfire.options import add_knowledge, add_lang, add_today, engine_for, lang_of, today_of
from clientfire.output import emit

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the `report` sub-command."""
    parser = subparsers.add_parser(
        "report", help="one self-contained HTML page for a client (verdict, how, exit plan, diagram)",
        description="Write one HTML file with the verdict, how it was reached, the exit plan and the "
                    "decision-path diagram inline: it opens in any browser without network access.")
    parser.add_argument("file", help="client file (YAML or JSON)")
    parser.add_argument("-o", "--out", metavar="FILE", help="write to FILE (e.g. acme.html) instead of standard output")
    parser.add_argument("--no-diagram", action="store_true",
                        help="leave the diagram out (without Graphviz's dot the page says where it would be)")
    add_knowledge(parser)
    add_lang(parser)
    add_today(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate the client and write the HTML report (without `dot`: the page and a note say how to get the diagram)."""
    from clientfire.web.views import diagram_svg

    engine = engine_for(args)
    lang = lang_of(args)
    result = engine.evaluate(engine.load_client(args.file), today_of(args), unknowns=True)
    svg, missing = ("", "") if args.no_diagram else diagram_svg(engine.kb, result, lang)
    if not svg and not args.no_diagram:
        why = missing or label("Graphviz's dot program is not on PATH", lang)
        note = label("the report has no diagram: {why} (install it: apt-get install graphviz)", lang)
        print(f"clientfire: {label('note', lang)}: {note.format(why=why)}", file=sys.stderr)
    emit(to_html(engine.kb, result, lang, svg, diagram=not args.no_diagram, missing=missing), args.out)
    return 0
