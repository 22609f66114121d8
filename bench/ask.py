"""Benchmark `clientfire ask`: questions asked against facts, and the time to choose each question.

Run: .venv/bin/python bench/ask.py [COUNT]   (COUNT generated clients besides the bundled examples; default 60)
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.portfolio import portfolio  # noqa: E402
from clientfire.consult import Assessment, Chooser  # noqa: E402
from clientfire.consult.screens import (  # noqa: E402
    calm_settings,
    checklist_settings,
    covered,
    group_of,
    is_list,
    is_screen,
    list_settings,
    part_facts,
    parts_of,
    screen_id,
)
from clientfire.engine import ClientFacts, Engine, client_from_mapping  # noqa: E402
from clientfire.engine.conditions import truth  # noqa: E402
from clientfire.engine.model import FactTest, Knowledge, Operand  # noqa: E402
from clientfire.engine.run import derive_facts  # noqa: E402

TODAY = dt.date(2026, 11, 26)


def judged(kb: Knowledge, known: dict[str, Any], today: dt.date = TODAY) -> dict[str, Any]:
    """`known` with the judgements its figures make (a user whose figures show a loss knows the client costs
    more than they pay): a yes/no fact that a rule waits on (`!= false or unknown`) beside a test of a computed
    fact takes that test's outcome, when the file does not give it and the figures decide it."""
    values = {**known, **derive_facts(kb, known, today)}
    found: dict[str, Any] = {}
    for rule in kb.rules:
        tests = [c for c in rule.when if isinstance(c, FactTest)]
        waits = [t for t in tests if t.or_unknown and t.op == "!=" and t.operand == Operand("bool", False)
                 and kb.facts[t.fact].calm is False]
        figures = [t for t in tests if kb.facts[t.fact].formula is not None]
        for judgement in waits:
            outcomes = {truth(kb, t, values) for t in figures}
            if judgement.fact not in known and figures and len(outcomes) == 1 and None not in outcomes:
                found[judgement.fact] = outcomes.pop()
    return {**known, **found}


def consult(chooser: Chooser, known: dict[str, Any], lenient: bool = False) -> tuple[int, list[float], int]:
    """Answer what ask asks from `known` (unknown when absent, judgements from its figures: `judged`); the number
    of questions, each step's time, and the questions asked before the verdict was settled (ask says so before
    the first exit-plan question)."""
    known = judged(chooser.kb, known, chooser.today)
    values: dict[str, Any] = {}
    closed: set[str] = set()
    steps = []
    settled = None
    while True:
        start = time.process_time()
        found = chooser.next(values, closed)
        steps.append(time.process_time() - start)
        if found is None:
            return len(steps) - 1, steps, len(steps) - 1 if settled is None else settled
        if found.phase == "exit" and settled is None:
            settled = len(steps) - 1
        answer(chooser, found, known, values, closed, lenient)


def wrong(chooser: Chooser, facts: list[str], known: dict[str, Any], lenient: bool) -> bool:
    """A screen's (or a checklist item's) answer from a client file, over the facts it stands for. Strict: `yes`
    unless every one is absent or at its calm value. Lenient (as a user would answer): `yes` only if calming
    the file's values of them takes a sign away."""
    kb = chooser.kb
    calm = {f: kb.facts[f].calm for f in facts if f in known}
    if not lenient:
        return any(known[f] != value for f, value in calm.items())
    return chooser.oracle.run(known).signs != chooser.oracle.run({**known, **calm}).signs


def answer(chooser: Chooser, found: Assessment, known: dict[str, Any], values: dict[str, Any], closed: set[str],
           lenient: bool = False) -> None:
    """Answer a question as the client file would (unknown where it has no value). A fact list names the facts
    the file gives as true; the others, given false or absent, take their calm value (false), as a screen's
    `no` sets the facts a file leaves out."""
    question, kb = found.fact, chooser.kb
    if is_list(question):
        named = [f for f in found.covers if known.get(f) is True]
        values.update(list_settings(found.covers, named, values, closed))
        closed.update({question, screen_id(group_of(question))})
    elif is_screen(question):
        group = group_of(question)
        parts = [p for p in parts_of(kb, group) if wrong(chooser, part_facts(kb, group, p), known, lenient)]
        if parts:  # a checklist: the parts that apply named at once, the others calm
            settings, answered = checklist_settings(kb, group, parts, values, closed)
            values.update(settings)
            closed.update(answered)
        elif not wrong(chooser, covered(kb, group), known, lenient):
            values.update(calm_settings(chooser.kb, group, values, closed))
        closed.add(question)
    elif question in known:
        values[question] = known[question]
        rider = kb.facts[question].also_asks  # one answer for both (the contract's end date): when the file has it
        if known[question] is True and rider is not None and rider in known and rider not in values:
            values[rider] = known[rider]
        values.update(chooser.settled(values, closed))
    else:
        closed.add(question)


def report(label: str, engine: Engine, clients: list[ClientFacts], lenient: bool) -> None:
    chooser = Chooser(engine, TODAY)
    facts = len(chooser.links.inputs)
    asked, times, runs = [], [], chooser.oracle.runs
    by_verdict: dict[str, list[int]] = {}
    to_verdict: dict[str, list[int]] = {}
    for client in clients:
        count, steps, settled = consult(chooser, client.values, lenient)
        asked.append(count)
        times.extend(steps)
        verdict = chooser.oracle.outcome(client.values)[0]
        by_verdict.setdefault(verdict, []).append(count)
        to_verdict.setdefault(verdict, []).append(settled)
    known = statistics.mean(len(c.values) for c in clients)
    screens = "screens answered as a user would (no unless a sign)" if lenient else "screens answered strictly"
    print(f"{label} ({screens}): {len(clients)} clients, {facts} facts, {known:.1f} known on average")
    print(f"  questions asked: mean {statistics.mean(asked):.1f} ({statistics.mean(asked) / facts:.0%} of the facts), "
          f"min {min(asked)}, max {max(asked)}")
    print("  by verdict: " + "; ".join(f"{v} {len(c)} clients, mean {statistics.mean(c):.1f}, max {max(c)}"
                                      for v, c in sorted(by_verdict.items())))
    print("  until the verdict is settled (the rest shapes the exit plan): "
          + "; ".join(f"{v} mean {statistics.mean(c):.1f}, max {max(c)}" for v, c in sorted(to_verdict.items())))
    ordered = sorted(times)
    print(f"  CPU time to choose a question: median {statistics.median(times) * 1000:.1f} ms, "
          f"p95 {ordered[int(len(ordered) * 0.95)] * 1000:.1f} ms, max {max(times) * 1000:.1f} ms; "
          f"{(chooser.oracle.runs - runs) / len(times):.1f} engine runs per step")


def main() -> None:
    if any(a.startswith("-") for a in sys.argv[1:]):
        sys.exit(__doc__)
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    engine = Engine()
    examples = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".yaml", ".json"))
    generated = [client_from_mapping(row, engine.kb, f"generated {i}") for i, row in enumerate(portfolio(count))]
    for lenient in (False, True):
        report("bundled examples", engine, [engine.load_client(p) for p in examples], lenient)
        report("generated portfolio", engine, generated, lenient)


if __name__ == "__main__":
    main()
