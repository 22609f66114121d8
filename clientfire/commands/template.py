"""`clientfire template [--format yaml|csv]`: a blank client file (every fact commented) or a portfolio CSV header."""

from __future__ import annotations

import argparse
from typing import Any

from clientfire.engine.model import FactDef, Knowledge
from clientfire.engine.result import pick_text
from clientfire.escape import visible
from clientfire.explain.labels import label
from clientfire.options import add_knowledge, add_lang, engine_for, lang_of
from clientfire.output import emit

__all__ = ["register", "run", "yaml_template", "csv_template"]

#: what a value of each fact type looks like (the words go through `label`)
TYPE_HINTS = {"count": "whole number, 0 or more", "number": "number, 0 or more", "money": "amount in your currency",
              "percent": "0 to 100", "scale": "whole number, 0 to 10", "bool": "true or false",
              "date": "YYYY-MM-DD", "text": "text"}


def register(subparsers: Any) -> None:
    """Add the `template` sub-command."""
    parser = subparsers.add_parser(
        "template", help="print a blank client file (YAML) or a portfolio CSV header",
        description="YAML: every fact of the vocabulary, commented out, with its meaning, type and unit; remove the "
                    "# before a fact and give its value. CSV: the header row `batch` reads.")
    parser.add_argument("--format", choices=("yaml", "csv"), default="yaml", help="template format (default yaml)")
    add_knowledge(parser)
    add_lang(parser)
    parser.add_argument("-o", "--out", metavar="FILE", help="write to FILE instead of standard output")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the template."""
    kb = engine_for(args).kb
    text = csv_template(kb) if args.format == "csv" else yaml_template(kb, lang_of(args))
    emit(text, args.out)
    return 0


def _inputs(kb: Knowledge) -> list[FactDef]:
    return [f for f in kb.facts.values() if f.formula is None and f.id != "client"]


def csv_template(kb: Knowledge) -> str:
    """The header of a portfolio CSV: `client` then every fact a client file may set."""
    return ",".join(["client"] + [f.id for f in _inputs(kb)]) + "\n"


def _hint(fact: FactDef, lang: str) -> str:
    """The fact's meaning, then its unit and what a value looks like: `Days ... [days: whole number, 0 or more]`."""
    unit = f"{label(fact.unit, lang)}: " if fact.unit and fact.unit != fact.type else ""
    return f"{pick_text(fact.text, lang)} [{unit}{label(TYPE_HINTS.get(fact.type, fact.type), lang)}]"


def yaml_template(kb: Knowledge, lang: str) -> str:
    """A client file with every fact commented out (so it loads as a client with every fact unknown)."""
    lines = [f"# {label('A blank client file: remove the # before a group and a fact, and give the value.', lang)}",
             f"# {label('A fact left commented out is unknown.', lang)}",
             f"client: \"\"  # {pick_text(kb.facts['client'].text, lang)}"]
    facts = _inputs(kb)
    width = max(len(f.id.split(".", 1)[1]) for f in facts) + 1
    group = ""
    for fact in facts:
        head, name = fact.id.split(".", 1)
        if head != group:
            group = head
            title = pick_text(kb.group_titles.get(head, {}), lang)
            lines += ["", f"#{head}:" + (f"  # {title}" if title else "")]
        lines.append(f"#  {name + ':':<{width}}  # {_hint(fact, lang)}")  # without the #: valid YAML
    return "\n".join(visible(line) for line in lines) + "\n"
