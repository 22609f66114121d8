"""`clientfire diagram FILE -o OUT`: one client's decision path; `diagram --knowledge -o OUT`: the rule network."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from clientfire.errors import InputError
from clientfire.explain.dot import decision_dot, knowledge_dot
from clientfire.explain.graph import rule_network
from clientfire.explain.render import FORMATS, format_of, output_for
from clientfire.messages import message
from clientfire.options import add_lang, add_today, engine_for, lang_of, today_of
from clientfire.output import write_atomic

__all__ = ["register", "run", "WHOLE"]

#: the value of a bare `--knowledge` (no folder): draw the whole network of the default knowledge
WHOLE = "\0whole"


def register(subparsers: Any) -> None:
    """Add the `diagram` sub-command."""
    parser = subparsers.add_parser(
        "diagram", help="decision-path diagram for one client, or the whole rule network",
        description="Draw why: the path from a client's facts through the signs to the verdict and the advice, "
                    "over the faded rule network. Without FILE, `--knowledge [DIR]` draws the whole network. "
                    "OUT ends in .svg, .png, .pdf (rendered by Graphviz's dot) or .dot (DOT text).")
    parser.add_argument("file", nargs="?", help="client file (YAML or JSON)")
    parser.add_argument("-o", "--out", metavar="OUT", required=True,
                        help=f"output file ending in {', '.join('.' + f for f in FORMATS)}")
    parser.add_argument("--path-only", action="store_true", help="leave out the rules and facts not used")
    parser.add_argument("--knowledge", metavar="DIR", nargs="?", const=WHOLE, default=None,
                        help="knowledge folder (default: $CLIENTFIRE_KNOWLEDGE or the bundled one); "
                             "without FILE, draw this knowledge's whole rule network")
    parser.add_argument("--overrides", metavar="FILE", default=os.environ.get("CLIENTFIRE_OVERRIDES") or None,
                        help="overrides file merged on the knowledge: thresholds, disabled rules, extra rules "
                             "(default: $CLIENTFIRE_OVERRIDES)")
    add_lang(parser)
    add_today(parser)
    parser.set_defaults(run=run)


def _knowledge_dir(args: argparse.Namespace) -> str | None:
    chosen = None if args.knowledge == WHOLE else args.knowledge
    return chosen or os.environ.get("CLIENTFIRE_KNOWLEDGE") or None


def run(args: argparse.Namespace) -> int:
    """Write the decision-path diagram of FILE, or the whole network, to OUT."""
    format_of(args.out)  # a bad ending fails before any work
    whole = args.file is None
    if whole and args.knowledge is None:
        raise InputError(message("command.diagram_what"), key="file")
    if whole and args.knowledge != WHOLE and Path(args.knowledge).is_file():
        raise InputError(message("command.diagram_knowledge_file", path=args.knowledge, out=args.out),
                         path=args.knowledge, key="--knowledge")
    engine = engine_for(argparse.Namespace(knowledge=_knowledge_dir(args), overrides=args.overrides))
    lang = lang_of(args)
    graph = rule_network(engine.kb, engine.compiled)
    if whole:
        source = knowledge_dot(engine.kb, lang, graph)
    else:
        result = engine.evaluate(engine.load_client(args.file), today_of(args))
        source = decision_dot(engine.kb, result, lang, path_only=args.path_only, graph=graph)
    write_atomic(args.out, output_for(source, args.out))
    return 0
