"""`clientfire report FILE -o acme.html`: one self-contained HTML page with the verdict, HOW and the diagram."""

from __future__ import annotations

import argparse
from typing import Any

from clientfire.explain.dot import decision_dot
from clientfire.explain.render import render
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
                        help="leave the diagram out (no need for Graphviz's dot)")
    add_knowledge(parser)
    add_lang(parser)
    add_today(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate the client and write the HTML report."""
    engine = engine_for(args)
    lang = lang_of(args)
    result = engine.evaluate(engine.load_client(args.file), today_of(args), unknowns=True)
    svg = b"" if args.no_diagram else render(decision_dot(engine.kb, result, lang, path_only=True), "svg")
    emit(to_html(engine.kb, result, lang, svg), args.out)
    return 0
