"""The `clientfire` command: one sub-command per module in clientfire.commands."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from clientfire import __version__
from clientfire.errors import ClientfireError
from clientfire.escape import visible
from clientfire.langs import LANGS, env_lang, locale_lang

__all__ = ["main", "argv_lang", "COMMANDS", "TABLE"]

#: command -> (its module in clientfire/commands, its one-line help): `--help` lists them without importing any;
#: a module is imported (and its `register(subparsers)` run) only for the command given. Pinned by tests/test_cli_table.py.
TABLE: dict[str, tuple[str, str]] = {
    "verdict": ("verdict", "explained verdict for one client file"),
    "explain": ("explain", "how the verdict was reached, why not another, what would change it"),
    "ask": ("ask", "answer a few questions and get the explained verdict (no client file needed)"),
    "batch": ("batch", "triage a whole portfolio: whom to fire, whom to talk to, worst first"),
    "import": ("import_", "facts from invoicing and time-tracking exports, into client files"),
    "diagram": ("diagram", "decision-path diagram for one client, or the whole rule network"),
    "report": ("report", "one self-contained HTML page for a client (verdict, how, exit plan, diagram)"),
    "audit": ("audit", "the audit log of every verdict given"),
    "check": ("check", "check a knowledge folder: schema errors and lint over the rule network"),
    "facts": ("facts", "print the fact vocabulary of client files"),
    "template": ("template", "print a blank client file (YAML) or a portfolio CSV header"),
    "knowledge": ("knowledge", "copy, compare and describe knowledge folders"),
    "serve": ("serve", "the web app and HTTP API in your browser (http://127.0.0.1:8080/)"),
    "test": ("test", "run scenario tests (client facts -> expected verdict) and report rule coverage"),
}
#: the sub-command modules, in the order of the help
COMMANDS = tuple(module for module, _ in TABLE.values())
#: commands whose first argument is an action (`audit list`, `knowledge diff`)
_WITH_ACTIONS = frozenset({"audit", "knowledge"})


def _columns() -> int:
    """`shutil.get_terminal_size().columns`, without importing shutil (bz2, lzma, ...: ~1.5 ms of every start)."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, as wide as the terminal (as argparse finds it, without shutil)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser with `_Formatter` by default (its sub-command parsers are `_Parser`s too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: `only`'s sub-command in full (its module imported), or every command by its one-line help."""
    parser = _Parser(
        prog="clientfire",
        description="Should you fire this client? An explained verdict from a rule-based expert system.",
    )
    parser.add_argument("--version", action="version", version=f"clientfire {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    if only:
        importlib.import_module(f"clientfire.commands.{TABLE[only][0]}").register(subparsers)
        return parser
    for name, (_, summary) in TABLE.items():
        subparsers.add_parser(name, help=summary)  # listed only: `clientfire NAME` builds the command itself
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 done, 2 bad input, 1 internal error)."""
    given = list(sys.argv[1:] if argv is None else argv)
    lang = argv_lang(given)
    given = _lang_after_command(given)
    if lang == "en":  # argparse's words and the commands' help as registered: no catalogue read
        args = _parse(given)
    else:
        from clientfire.cli_lang import in_language, translate_parser

        args = in_language(lang, lambda: _parse(given, lambda parser: translate_parser(parser, lang)))
    if args is None:
        return 2
    try:
        return int(args.run(args) or 0)
    except ClientfireError as exc:
        print(_error_line(exc, args), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        from clientfire.messages import render

        print(render("run.interrupted", {}, lang), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, no traceback
        if os.environ.get("CLIENTFIRE_DEBUG"):
            raise
        from clientfire.messages import render

        print(render("run.internal_error", {"kind": type(exc).__name__, "detail": visible(exc)}, lang), file=sys.stderr)
        return 1


def argv_lang(given: Sequence[str]) -> str:
    """The language of the command line itself: the last `--lang X` or `--lang=X`, else $CLIENTFIRE_LANG, else the
    locale's; the locale's too when the one named is not a language (argparse or the command says so)."""
    chosen = env_lang() or ""
    for at, arg in enumerate(given):
        if arg == "--lang" and at + 1 < len(given):
            chosen = given[at + 1]
        elif arg.startswith("--lang="):
            chosen = arg.partition("=")[2]
    return chosen if chosen in LANGS else locale_lang()


def _lang_after_command(given: list[str]) -> list[str]:
    """`--lang X` moved after the command and its action (`clientfire --lang ko audit list` as `clientfire audit list
    --lang ko`: only a command's own parser takes it); `clientfire --lang ko` alone as `clientfire` (the list)."""
    if "--" in given:
        return given
    rest: list[str] = []
    langs: list[str] = []
    at = 0
    while at < len(given):
        if given[at] == "--lang" and at + 1 < len(given):
            langs += given[at:at + 2]
            at += 2
        else:
            (langs if given[at].startswith("--lang=") else rest).append(given[at])
            at += 1
    if rest and rest[0] in _WITH_ACTIONS and not any(not arg.startswith("-") for arg in rest[1:]):
        return rest  # no action given: argparse says so in the language already chosen (`--lang ko` is no action)
    return [*rest, *langs] if rest else []


def _parse(given: list[str], translate: Callable[[argparse.ArgumentParser], object] | None = None,
           ) -> argparse.Namespace | None:
    """The parsed command line (None when no command was given: the help is printed); argparse exits on a bad one."""
    first = given[0] if given else ""
    gc.disable()  # importing the command makes many objects and frees few: no collections meanwhile (cold start)
    try:
        parser = build_parser(first if first in TABLE else None)
    finally:
        gc.freeze()  # what the imports made lives as long as the process: later collections skip it
        gc.enable()
    if translate:
        translate(parser)
    args = parser.parse_args(given)
    if not getattr(args, "run", None):
        parser.print_help()
        return None
    return args


def _error_line(exc: ClientfireError, args: argparse.Namespace) -> str:
    """`clientfire: error: ...` in the command's language (the locale's when the language itself is what is wrong)."""
    from clientfire.messages import render
    from clientfire.options import lang_of

    try:
        lang = lang_of(args)
    except ClientfireError:  # the language itself is what is wrong: the locale's
        lang = locale_lang()
    return render("frame.error", {"text": visible(exc.text(lang))}, lang)


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    entry()
