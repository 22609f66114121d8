"""`clientfire check [DIR]`: schema errors and lint over the rule network of a knowledge folder."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clientfire.engine.collect import KnowledgeErrors
from clientfire.engine.findings import ERROR, WARNING, Finding, from_error, with_columns
from clientfire.engine.lint import lint
from clientfire.engine.load import bundled_dir, knowledge_files, load_knowledge
from clientfire.engine.model import Knowledge
from clientfire.engine.overrides import apply_overrides, load_overrides
from clientfire.errors import InputError, KnowledgeError
from clientfire.escape import json_safe, visible
from clientfire.explain.labels import label
from clientfire.messages import fill
from clientfire.options import add_format, add_knowledge, add_lang, lang_of
from clientfire.output import emit

__all__ = ["register", "run", "Report", "check_folder", "render"]


@dataclass
class Report:
    """What `check` found: the findings, and whether the input could be read at all."""

    folder: str
    overrides: str | None
    findings: list[Finding] = field(default_factory=list)
    unreadable: bool = False
    kb: Knowledge | None = None

    def count(self, level: str) -> int:
        """How many findings of one level."""
        return sum(1 for f in self.findings if f.level == level)

    def exit_code(self, strict: bool = False) -> int:
        """2 unreadable input, 1 errors (or warnings with --strict), 0 clean."""
        if self.unreadable:
            return 2
        return 1 if self.count(ERROR) or (strict and self.count(WARNING)) else 0

    def to_json(self) -> dict[str, Any]:
        """JSON-ready data with stable keys."""
        return {"knowledge": self.folder, "overrides": self.overrides,
                "version": self.kb.version if self.kb else None, "rules": len(self.kb.rules) if self.kb else None,
                "unreadable": self.unreadable, "errors": self.count(ERROR), "warnings": self.count(WARNING),
                "findings": [f.to_dict() for f in self.findings]}


def register(subparsers: Any) -> None:
    """Add the `check` sub-command."""
    parser = subparsers.add_parser(
        "check", help="check a knowledge folder: schema errors and lint over the rule network",
        description="Check knowledge files (and an overrides file merged on them): file, line and column of every "
                    "error; lint for unknown references, cycles, rules that can never fire and unused parts. "
                    "Exit 0 clean, 1 problems found, 2 unreadable input.")
    parser.add_argument("dir", nargs="?", default=None, help="knowledge folder (default: --knowledge or the bundled one)")
    add_knowledge(parser)
    add_format(parser, ("text", "json"))
    parser.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    add_lang(parser)
    parser.set_defaults(run=run)


def check_folder(directory: str | Path | None, overrides: str | Path | None = None) -> Report:
    """Load, merge, validate and lint; every problem becomes a finding (never an exception)."""
    folder = Path(directory) if directory else bundled_dir()
    report = Report(str(folder), str(overrides) if overrides else None)
    try:
        knowledge_files(folder)
        kb = load_knowledge(folder)
        base = kb
        if overrides:
            changes = load_overrides(overrides)
            kb = apply_overrides(kb, changes)
            off = {rid for rid, _ in changes.disable}
    except KnowledgeError as exc:
        report.unreadable = exc.line is None and exc.key is None and exc.rule_id is None
        every = exc.errors if isinstance(exc, KnowledgeErrors) else [exc]  # every schema error, in line order
        report.findings = with_columns([from_error(e, "unreadable" if report.unreadable else "schema") for e in every])
        return report
    except InputError as exc:
        report.unreadable = True
        report.findings = [from_error(exc, "unreadable")]
        return report
    report.kb = kb
    report.findings = with_columns(_not_disabled(lint(kb), base, off if overrides else set()))
    return report


def _not_disabled(findings: list[Finding], base: Knowledge, off: set[str]) -> list[Finding]:
    """The findings without an "unreachable" warning for an item that a rule disabled on purpose concluded."""
    places = {(item.loc.path, item.loc.line) for rule in base.rules if rule.id in off
              if (item := base.item(rule.then.kind, rule.then.id)) is not None}
    return [f for f in findings if not (f.code.startswith("unreachable") and (f.path, f.line) in places)]


def render(report: Report, lang: str = "en") -> str:
    """The report as text: one line per finding, then the counts (in `lang`)."""
    lines = [visible(f.text(lang)) for f in report.findings]
    what = fill(label("knowledge {version}, {rules:plural:rule|rules}", lang), lang, version=report.kb.version,
                rules=len(report.kb.rules)) if report.kb else label("not loaded", lang)
    errors, warnings = report.count(ERROR), report.count(WARNING)
    where = f"{report.folder}{' + ' + report.overrides if report.overrides else ''}"
    counts = fill(label("check: {errors:plural:error|errors}, {warnings:plural:warning|warnings} ({where}; {what})", lang),
                  lang, errors=errors, warnings=warnings, where=where, what=what)
    lines.append(visible(counts))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Check the folder, print the findings, return the exit code."""
    report = check_folder(args.dir or args.knowledge, args.overrides)
    if args.format == "json":
        emit(json_safe(json.dumps(report.to_json(), indent=2, ensure_ascii=False)))
    else:
        emit(render(report, lang_of(args)))
    return report.exit_code(args.strict)
