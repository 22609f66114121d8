"""Scenario tests: client facts -> the verdict, signs and advice expected, run through the real engine.

```yaml
today: 2026-11-26                 # optional: the evaluation date of every scenario in the file
scenarios:
  - name: late payer with an overdue invoice
    client: {payment: {late_invoices: 5, unpaid_overdue_invoices: 1}}
    expect:
      verdict: pause_work         # required
      strength: moderate          # the rest is optional; lists are compared as exact sets
      signs: [late_payment]       # or a mapping of sign id to degree: {late_payment: mild}
      remedies: [...]
      guidance: [...]
      prevention: [...]
      notices: [final_choice]
      fires: [sign.late_payment]  # rules that must fire; not_fires: rules that must not
      unknown: [payment.pays_eventually]   # unknown facts that must be listed as able to change the result;
      not_unknown: [money.monthly_costs]   # ... and ones that must not (they cannot change it)
```
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clientfire.errors import ClientfireError, InputError, suggest
from clientfire.messages import Message, message

from .client import client_from_mapping
from .files import check_regular, list_folder, shown_name
from .model import Knowledge
from .run import Engine
from .values import parse_date
from .yamlio import LocDict, line_of, read_document

__all__ = ["Scenario", "Outcome", "load_scenarios", "run_scenario", "coverage", "scenario_files", "EXPECT_KEYS"]

MAX_SCENARIO_BYTES = 2_000_000
LIST_KEYS = ("remedies", "guidance", "prevention", "notices", "fires", "not_fires", "unknown", "not_unknown")
EXPECT_KEYS = ("verdict", "strength", "signs") + LIST_KEYS
_ITEM_KIND = {"remedies": "remedy", "guidance": "guidance", "prevention": "prevention", "notices": "notice"}


@dataclass(frozen=True)
class Scenario:
    """One scenario: a name, the client's facts and what is expected."""

    name: str
    client: Any
    expect: dict[str, Any]
    path: str
    line: int | None
    today: dt.date | None = None

    @property
    def where(self) -> str:
        """`path:line`."""
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass(frozen=True)
class Outcome:
    """A scenario's run: passed or not, each difference in words, the rules that fired."""

    scenario: Scenario
    problems: tuple[Message, ...]
    fired: tuple[str, ...] = ()
    got: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        """No differences."""
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        """JSON-ready data."""
        return {"name": self.scenario.name, "path": self.scenario.path, "line": self.scenario.line,
                "passed": self.passed, "problems": [str(p) for p in self.problems], "got": self.got}


def scenario_files(path: Path) -> list[Path]:
    """The scenario files at `path`: the file itself, or every *.yaml/*.yml/*.json of the folder."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        if path.exists():
            check_regular(path)  # a FIFO or a device: says what it is
        raise InputError(message("scenario.not_found"), path=shown_name(path))
    files = [p for p in list_folder(path) if p.suffix in (".yaml", ".yml", ".json") and p.is_file()]
    if not files:
        raise InputError(message("scenario.none_in_folder"), path=str(path))
    return files


def load_scenarios(path: str | Path) -> list[Scenario]:
    """Read every scenario of a file or folder."""
    found: list[Scenario] = []
    for file in scenario_files(Path(path)):
        shown = shown_name(file)
        data = read_document(file, max_bytes=MAX_SCENARIO_BYTES, label=shown)
        extra = [k for k in data if k not in ("today", "scenarios")] if isinstance(data, LocDict) else []
        if extra:
            raise InputError(message("scenario.unknown_file_key", key=extra[0]), path=shown, line=line_of(data, extra[0]),
                             key=extra[0], suggestion=suggest(extra[0], ("today", "scenarios")))
        if not isinstance(data, LocDict) or not isinstance(data.get("scenarios"), list):
            raise InputError(message("scenario.file_shape"), path=shown,
                             line=line_of(data) or 1, key="scenarios")
        today = _date(data.get("today"), shown, line_of(data, "today"))
        seq = data["scenarios"]
        found.extend(_scenario(entry, shown, line_of(seq, i), today) for i, entry in enumerate(seq))
    return found


def _date(raw: Any, shown: str, line: int | None) -> dt.date | None:
    if raw is None or (isinstance(raw, dt.date) and not isinstance(raw, dt.datetime)):
        return raw
    day = parse_date(raw) if isinstance(raw, str) else None
    if day is None:
        raise InputError(message("scenario.today", raw=repr(raw)), path=shown, line=line, key="today")
    return day


def _scenario(entry: Any, shown: str, line: int | None, today: dt.date | None) -> Scenario:
    if not isinstance(entry, LocDict):
        raise InputError(message("scenario.shape"), path=shown, line=line)
    for key in entry:
        if key not in ("name", "client", "expect", "today"):
            raise InputError(message("scenario.unknown_key", key=key), path=shown, line=line_of(entry, key), key=key,
                             suggestion=suggest(key, ("name", "client", "expect", "today")))
    name, expect = entry.get("name"), entry.get("expect")
    if not isinstance(name, str) or not name.strip():
        raise InputError(message("scenario.no_name"), path=shown, line=line, key="name")
    if not isinstance(expect, LocDict) or not isinstance(expect.get("verdict"), str):
        raise InputError(message("scenario.no_verdict", name=name), path=shown, line=line, key="expect")
    for key, value in expect.items():
        if key not in EXPECT_KEYS:
            raise InputError(message("scenario.unknown_expect_key", key=key), path=shown, line=line_of(expect, key), key=key,
                             suggestion=suggest(key, EXPECT_KEYS))
        if not _valid(key, value):
            raise InputError(message("scenario.expect_shape", key=key), path=shown, line=line_of(expect, key), key=key)
    return Scenario(name, entry.get("client"), dict(expect), shown, line,
                    _date(entry.get("today"), shown, line_of(entry, "today")) or today)


def _valid(key: str, value: Any) -> bool:
    if key in ("verdict", "strength"):
        return isinstance(value, str)
    if key == "signs" and isinstance(value, dict):
        return all(isinstance(v, str) for v in value.values())
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def run_scenario(engine: Engine, scenario: Scenario, today: dt.date) -> Outcome:
    """Evaluate the scenario's client with the engine and compare with what it expects."""
    kb = engine.kb
    try:
        client = client_from_mapping(scenario.client if scenario.client is not None else LocDict(), kb,
                                     scenario.path, default_name=scenario.name)
        unknowns = "unknown" in scenario.expect or "not_unknown" in scenario.expect
        result = engine.evaluate(client, scenario.today or today, unknowns=unknowns)
    except ClientfireError as exc:
        return Outcome(scenario, (message("test.client", error=exc),))
    got = {"verdict": result.verdict, "strength": result.strength,
           "signs": {s["id"]: s["degree"] for s in result.signs},
           "remedies": [r["id"] for r in result.remedies], "guidance": [g["id"] for g in result.guidance],
           "prevention": [p["id"] for p in result.prevention], "notices": [n["id"] for n in result.notices],
           "unknown": [u["fact"] for u in result.unknown_facts or ()]}
    fired = tuple(dict.fromkeys(f["id"] for f in result.fired_rules))
    problems = _unknown_ids(kb, scenario.expect) + _compare(scenario.expect, got, fired)
    return Outcome(scenario, tuple(problems), fired, got)


def _compare(expect: dict[str, Any], got: dict[str, Any], fired: tuple[str, ...]) -> list[Message]:
    problems = [message("test.expected", key=key, want=expect[key], got=got[key]) for key in ("verdict", "strength")
                if key in expect and expect[key] != got[key]]
    if "signs" in expect:
        want = expect["signs"]
        problems += _set_diff("signs", list(want), list(got["signs"]))
        if isinstance(want, dict):
            problems += [message("test.degree", sign=s, want=d, got=got["signs"][s]) for s, d in want.items()
                         if s in got["signs"] and got["signs"][s] != d]
    for key in ("remedies", "guidance", "prevention", "notices"):
        if key in expect:
            problems += _set_diff(key, expect[key], got[key])
    problems += [message("test.not_unknown", fact=f) for f in expect.get("unknown", []) if f not in got["unknown"]]
    problems += [message("test.listed_unknown", fact=f) for f in expect.get("not_unknown", []) if f in got["unknown"]]
    problems += [message("test.did_not_fire", rule=r) for r in expect.get("fires", []) if r not in fired]
    problems += [message("test.fired", rule=r) for r in expect.get("not_fires", []) if r in fired]
    return problems


def _set_diff(key: str, want: list[str], got: list[str]) -> list[Message]:
    missing = [w for w in want if w not in got]
    extra = [g for g in got if g not in want]
    return ([message("test.missing", key=key, ids=", ".join(missing))] if missing else []) + (
        [message("test.unexpected", key=key, ids=", ".join(extra))] if extra else [])


def _unknown_ids(kb: Knowledge, expect: dict[str, Any]) -> list[Message]:
    known = {"verdict": [v.id for v in kb.verdicts], "strength": [s.id for s in kb.strengths],
             "signs": [s.id for s in kb.signs], "fires": [r.id for r in kb.rules]}
    known["not_fires"] = known["fires"]
    known["unknown"] = known["not_unknown"] = [f for f, d in kb.facts.items() if not d.formula]
    known.update({key: [i.id for i in kb.items(kind)] for key, kind in _ITEM_KIND.items()})
    problems = []
    for key, value in expect.items():
        for ident in [value] if isinstance(value, str) else list(value):
            if ident not in known[key]:
                hint = suggest(ident, known[key])
                problems.append(message("test.unknown_id_hint", key=key, name=ident, hint=hint) if hint
                                else message("test.unknown_id", key=key, name=ident))
    return problems


def coverage(kb: Knowledge, outcomes: list[Outcome]) -> tuple[list[str], list[str]]:
    """(rules some scenario fired, rules no scenario fired), in knowledge order."""
    fired = {rid for outcome in outcomes for rid in outcome.fired}
    ids = [r.id for r in kb.rules]
    return [r for r in ids if r in fired], [r for r in ids if r not in fired]
