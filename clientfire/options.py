"""Options shared by commands: knowledge folder, language, date, output format; and the engine cache."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from functools import lru_cache

from clientfire.engine import Engine
from clientfire.engine.model import LANGUAGES
from clientfire.engine.values import parse_date
from clientfire.errors import InputError
from clientfire.langs import env_lang, locale_lang
from clientfire.messages import message

__all__ = ["add_knowledge", "add_lang", "add_today", "add_format", "engine_for", "lang_of", "today_of"]


def add_knowledge(parser: argparse.ArgumentParser) -> None:
    """`--knowledge DIR` (default: $CLIENTFIRE_KNOWLEDGE, then the bundled knowledge)."""
    parser.add_argument("--knowledge", metavar="DIR", default=os.environ.get("CLIENTFIRE_KNOWLEDGE") or None,
                        help="knowledge folder (default: $CLIENTFIRE_KNOWLEDGE or the bundled one)")
    parser.add_argument("--overrides", metavar="FILE", default=os.environ.get("CLIENTFIRE_OVERRIDES") or None,
                        help="overrides file merged on the knowledge: thresholds, disabled rules, extra rules "
                             "(default: $CLIENTFIRE_OVERRIDES)")


def add_lang(parser: argparse.ArgumentParser) -> None:
    """`--lang en|id|ko|fi`."""
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of the advice (default: $CLIENTFIRE_LANG, then the locale, then en)")


def add_today(parser: argparse.ArgumentParser) -> None:
    """`--today YYYY-MM-DD`: the date to count contract days from."""
    parser.add_argument("--today", metavar="DATE", default=None, help="evaluate as of this date (YYYY-MM-DD)")


def add_format(parser: argparse.ArgumentParser, choices: tuple[str, ...] = ("text", "markdown", "json")) -> None:
    """`--format`."""
    parser.add_argument("--format", choices=choices, default=choices[0], help=f"output format (default {choices[0]})")


@lru_cache(maxsize=8)
def _engine(directory: str | None, overrides: str | None = None, stamp: object = None) -> Engine:
    if overrides:
        from clientfire.engine.overrides import load_merged

        return Engine(kb=load_merged(directory, overrides))
    return Engine(directory=directory)


def _stamp(path: str | None) -> tuple[int, int] | None:
    """An overrides file's change time and size: an edited file gets a fresh engine."""
    try:
        info = os.stat(path) if path else None
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size) if info else None


def _folder_stamp(directory: str | None) -> tuple[tuple[str, int, int], ...] | None:
    """The knowledge files' names, change times and sizes: edited knowledge gets a fresh engine."""
    if directory is None:
        return None
    try:
        return tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(directory)
                            if e.name.endswith((".yaml", ".yml"))))
    except OSError:
        return None


def engine_for(args: argparse.Namespace) -> Engine:
    """The engine for the chosen knowledge folder and overrides file (compiled once per process, anew after edits)."""
    overrides = getattr(args, "overrides", None)
    directory = getattr(args, "knowledge", None)
    return _engine(directory, overrides, (_stamp(overrides), _folder_stamp(directory)))


def lang_of(args: argparse.Namespace) -> str:
    """The output language: --lang, $CLIENTFIRE_LANG, the locale, English."""
    chosen = getattr(args, "lang", None) or env_lang()
    if chosen is None:
        return locale_lang()
    if chosen not in LANGUAGES:
        raise InputError(message("option.lang_env", raw=chosen, choices=", ".join(LANGUAGES)))
    return chosen


def today_of(args: argparse.Namespace) -> dt.date:
    """The evaluation date: --today or the system date."""
    raw = getattr(args, "today", None)
    if not raw:
        return dt.date.today()
    day = parse_date(raw)
    if day is None:
        raise InputError(message("option.today", raw=raw), key="--today")
    return day
