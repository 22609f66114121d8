"""`clientfire test [DIR]`: run scenario files through the engine; pass/fail with a diff, and rule coverage.

DIR is a knowledge folder (its `scenarios/` are run against it), or a scenario file or folder (run
against `--knowledge`; against the knowledge folder it sits in; else the bundled knowledge). Either way
the report names the knowledge it tested, so an edit is never passed against other knowledge.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from clientfire.engine.load import TOP_KEYS, bundled_dir, knowledge_files
from clientfire.engine.model import Knowledge
from clientfire.engine.scenarios import Outcome, coverage, load_scenarios, run_scenario
from clientfire.engine.yamlio import read_document
from clientfire.errors import ClientfireError, InputError
from clientfire.escape import json_safe, visible
from clientfire.explain.labels import label
from clientfire.explain.numbers import format_percent
from clientfire.messages import fill, message
from clientfire.options import add_format, add_knowledge, add_lang, add_today, engine_for, lang_of, today_of
from clientfire.output import emit

__all__ = ["register", "run", "default_dir", "report_json", "report_text", "is_knowledge_folder", "resolve"]


def register(subparsers: Any) -> None:
    """Add the `test` sub-command."""
    parser = subparsers.add_parser(
        "test", help="run scenario tests (client facts -> expected verdict) and report rule coverage",
        description="Run scenarios and report pass/fail with the differences, and the rules no scenario fires. "
                    "DIR is a knowledge folder (its scenarios/ run against it) or a scenario file or folder (run "
                    "against --knowledge, else the knowledge folder it is in, else the bundled knowledge); the "
                    "report names the knowledge tested. Exit 0 all passed, 1 a scenario failed (or coverage is "
                    "below --min-coverage), 2 unreadable input.")
    parser.add_argument("dir", nargs="?", default=None, help="knowledge folder, or scenario file or folder")
    add_knowledge(parser)
    add_today(parser)
    add_format(parser, ("text", "json"))
    parser.add_argument("-v", "--verbose", action="store_true", help="list passing scenarios too")
    add_lang(parser)
    parser.add_argument("--min-coverage", type=float, default=0.0, metavar="PCT",
                        help="fail when fewer than PCT percent of the rules fire in some scenario")
    parser.set_defaults(run=run)


def default_dir(knowledge: str | None) -> Path:
    """The scenarios shipped beside a knowledge folder: `<knowledge>/scenarios`."""
    return Path(knowledge or bundled_dir()) / "scenarios"


def is_knowledge_folder(path: Path) -> bool:
    """Whether `path` is a folder of knowledge files (sections such as `facts:` or `rules:`), not scenarios."""
    if not path.is_dir():
        return False
    try:
        files = knowledge_files(path)
    except ClientfireError:
        return False
    for file in files:
        try:
            data = read_document(file, max_bytes=4_000_000, label=str(file))
        except ClientfireError:
            continue
        if isinstance(data, dict) and "scenarios" not in data and any(k in TOP_KEYS for k in data):
            return True
    return False


def resolve(dir_arg: str | None, knowledge: str | None) -> tuple[str | None, Path, str]:
    """(knowledge folder or None for the bundled one, scenarios to run, why that knowledge)."""
    if dir_arg is None:
        return knowledge, default_dir(knowledge), "the knowledge named" if knowledge else "the bundled knowledge"
    path = Path(dir_arg)
    if is_knowledge_folder(path):
        if knowledge and Path(knowledge).resolve() != path.resolve():
            raise InputError(message("command.test_two_folders", folder=dir_arg, knowledge=knowledge),
                             key="--knowledge")
        return str(path), path / "scenarios", "the knowledge folder named"
    if knowledge:
        return knowledge, path, "the knowledge named with --knowledge"
    parent = path.resolve().parent
    if is_knowledge_folder(parent) and parent != bundled_dir().resolve():
        return str(parent), path, "the knowledge folder these scenarios are in"
    return None, path, "the bundled knowledge (name another with --knowledge)"


def _percent(covered: list[str], kb: Knowledge) -> float:
    return 100.0 * len(covered) / len(kb.rules) if kb.rules else 100.0


def report_json(outcomes: list[Outcome], kb: Knowledge, why: str = "") -> dict[str, Any]:
    """The run as JSON-ready data."""
    covered, missing = coverage(kb, outcomes)
    return {"knowledge": kb.directory, "knowledge_why": why, "knowledge_version": kb.version,
            "passed": sum(o.passed for o in outcomes),
            "failed": sum(not o.passed for o in outcomes), "scenarios": [o.to_json() for o in outcomes],
            "coverage": {"rules": len(kb.rules), "fired": len(covered), "percent": round(_percent(covered, kb), 1),
                         "not_fired": missing}}


def report_text(outcomes: list[Outcome], kb: Knowledge, verbose: bool = False, why: str = "", lang: str = "en") -> str:
    """The knowledge tested, FAIL lines with their differences (PASS lines too when verbose), the counts
    and the coverage; the interface words in `lang`."""
    lines = [label("knowledge: {where}", lang).format(where=kb.directory) + (f" ({label(why, lang)})" if why else "")]
    for outcome in outcomes:
        scenario = outcome.scenario
        if not outcome.passed or verbose:
            lines.append(f"{label('PASS' if outcome.passed else 'FAIL', lang)}  {scenario.where}: {scenario.name}")
        if not outcome.passed:
            lines.extend(f"      {problem.text(lang)}" for problem in outcome.problems)
    passed = sum(o.passed for o in outcomes)
    lines.append(fill(label("{passed} passed, {failed} failed ({count:plural:scenario|scenarios}, knowledge {version})",
                            lang), lang, passed=passed, failed=len(outcomes) - passed, count=len(outcomes), version=kb.version))
    covered, missing = coverage(kb, outcomes)
    share = _percent(covered, kb)
    percent = f"{share:.1f}%" if lang == "en" else format_percent(round(share, 1), lang)
    lines.append(fill(label("coverage: {covered}/{total:plural:rule|rules} fired ({percent})", lang), lang,
                      covered=len(covered), total=len(kb.rules), percent=percent))
    for rule_id in missing:
        rule = kb.rule(rule_id)
        lines.append("  " + label("not fired: {rule}", lang).format(rule=rule_id) + (f" ({rule.loc})" if rule else ""))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Run the scenarios; exit 1 when one fails or coverage is too low."""
    args.knowledge, path, why = resolve(args.dir, args.knowledge)
    engine = engine_for(args)
    scenarios = load_scenarios(path)
    today = today_of(args)
    outcomes = [run_scenario(engine, s, today) for s in scenarios]
    if args.format == "json":
        emit(json_safe(json.dumps(report_json(outcomes, engine.kb, why), indent=2, ensure_ascii=False)))
    else:
        emit("\n".join(visible(line) for line in report_text(outcomes, engine.kb, args.verbose, why, lang_of(args)).split("\n")))
    covered, _ = coverage(engine.kb, outcomes)
    failed = any(not o.passed for o in outcomes) or _percent(covered, engine.kb) < args.min_coverage
    return 1 if failed else 0
