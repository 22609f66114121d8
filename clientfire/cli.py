"""The `clientfire` command: one sub-command per module in clientfire.commands."""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

from clientfire import __version__
from clientfire.errors import ClientfireError

__all__ = ["main", "COMMANDS"]

import clientfire.commands

#: sub-command modules (every module in clientfire/commands): each has `register(subparsers)`
FIRST = ("verdict", "explain", "ask", "batch", "import_", "diagram", "report")
COMMANDS = tuple(sorted((m.name for m in pkgutil.iter_modules(clientfire.commands.__path__)),
                        key=lambda name: (FIRST.index(name) if name in FIRST else len(FIRST), name)))


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every sub-command (or only `only`: a quick start imports one command)."""
    parser = argparse.ArgumentParser(
        prog="clientfire",
        description="Should you fire this client? An explained verdict from a rule-based expert system.",
    )
    parser.add_argument("--version", action="version", version=f"clientfire {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (only,) if only else COMMANDS:
        module = importlib.import_module(f"clientfire.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 done, 2 bad input, 1 internal error)."""
    given = list(sys.argv[1:] if argv is None else argv)
    first = given[0] if given else ""
    only = first if first in COMMANDS else first + "_" if first + "_" in COMMANDS else None  # import_: `import`
    parser = build_parser(only)
    args = parser.parse_args(given)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except ClientfireError as exc:
        print(f"clientfire: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("clientfire: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, no traceback
        if os.environ.get("CLIENTFIRE_DEBUG"):
            raise
        print(f"clientfire: internal error: {type(exc).__name__}: {exc} (set CLIENTFIRE_DEBUG=1 for details)",
              file=sys.stderr)
        return 1


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    entry()
