"""`clientfire verdict FILE`: the explained verdict for one client."""

from __future__ import annotations

import argparse
from typing import Any

from clientfire.audit.recorder import add_record_options, record_run, renderings
from clientfire.explain.explain_render import render_verdict
from clientfire.explain.how import build_how, run_data
from clientfire.options import add_format, add_knowledge, add_lang, add_today, engine_for, lang_of, today_of
from clientfire.output import emit, use_colour

__all__ = ["register", "run", "render"]


def register(subparsers: Any) -> None:
    """Add the `verdict` sub-command."""
    parser = subparsers.add_parser("verdict", help="explained verdict for one client file",
                                   description="Should you fire this client? The verdict, the signs, what to do.")
    parser.add_argument("file", help="client file (YAML or JSON)")
    add_format(parser)
    add_knowledge(parser)
    add_lang(parser)
    add_today(parser)
    parser.add_argument("--explain", action="store_true",
                        help="add HOW: the derivation of the verdict from the rules that fired")
    add_record_options(parser)
    parser.add_argument("-o", "--out", metavar="FILE", help="write to FILE instead of standard output")
    parser.set_defaults(run=run)


def render(result: dict[str, Any], fmt: str, colour: bool = False) -> str:
    """The result in one of the output formats (with HOW when the result carries it)."""
    return render_verdict(result, fmt, colour=colour)


def run(args: argparse.Namespace) -> int:
    """Evaluate the client file and print the explained verdict."""
    engine = engine_for(args)
    client = engine.load_client(args.file)
    lang = lang_of(args)
    evaluated = engine.evaluate(client, today_of(args), unknowns=True)
    result = evaluated.to_json(engine.kb, lang)
    if getattr(args, "explain", False):
        result["how"] = build_how(engine.kb, run_data(evaluated, engine.kb, lang), lang)
    rendered = renderings(args, lambda fmt: render_verdict(result, fmt))
    record_run(args, engine.kb, evaluated, client, lang, "verdict", rendered=rendered,
               options={"how": bool(getattr(args, "explain", False))})
    colour = use_colour() and not args.out
    emit(render_verdict(result, args.format, colour=True) if colour else rendered[args.format], args.out)
    return 0
