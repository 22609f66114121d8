"""`clientfire explain FILE`: HOW the verdict was reached, WHY NOT the others, WHAT IF the facts changed."""

from __future__ import annotations

import argparse
from typing import Any

from clientfire.audit.recorder import add_record_options, record_run, renderings
from clientfire.explain.explain_render import render_explanation
from clientfire.explain.explanation import explanation
from clientfire.options import add_format, add_knowledge, add_lang, add_today, engine_for, lang_of, today_of
from clientfire.output import emit

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the `explain` sub-command."""
    parser = subparsers.add_parser(
        "explain", help="how the verdict was reached, why not another, what would change it",
        description="HOW: the derivation of the verdict from the rules that fired. WHY NOT: for every other "
                    "verdict, the conditions that failed. WHAT IF: the smallest changes that give another verdict.")
    parser.add_argument("file", help="client file (YAML or JSON)")
    parser.add_argument("--why-not", metavar="VERDICT", default=None,
                        help="explain only why not this verdict (default: every verdict not given)")
    parser.add_argument("--what-if", action="store_true",
                        help="search the smallest changes to the facts that change the verdict")
    parser.add_argument("--how", action="store_true",
                        help="show HOW too when --why-not or --what-if is given (shown anyway without them)")
    add_format(parser)
    add_knowledge(parser)
    add_lang(parser)
    add_today(parser)
    add_record_options(parser)
    parser.add_argument("-o", "--out", metavar="FILE", help="write to FILE instead of standard output")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate the client, explain the verdict, record it, print it."""
    engine = engine_for(args)
    client = engine.load_client(args.file)
    day, lang = today_of(args), lang_of(args)
    result = engine.evaluate(client, day, unknowns=True)
    why_not, how = _asked(args)
    doc = explanation(engine, client, result, lang, why_not=why_not, what_if=args.what_if, today=day, how=how)
    rendered = renderings(args, lambda fmt: render_explanation(doc, fmt))
    record_run(args, engine.kb, result, client, lang, "explain", rendered=rendered,
               options={"render": "explanation", "why_not": why_not, "what_if": args.what_if,
                        "without": [part for part, shown in (("how", how), ("why_not", why_not)) if not shown]})
    emit(rendered[args.format], args.out)
    return 0


def _asked(args: argparse.Namespace) -> tuple[bool | str, bool]:
    """(why_not, how): only the parts asked for; with none of --why-not/--what-if/--how, HOW and every WHY NOT."""
    if not (args.why_not or args.what_if or args.how):
        return True, True
    return (args.why_not or False), bool(args.how)
