"""The one place that talks to durable_rules: one session per run, driven in the C engine directly.

The rulesets it runs are registered once per process by engine/runtime_registry.py; the trial build under a
time limit is engine/runtime_build.py's."""

from __future__ import annotations

import itertools
import json
from typing import Any

import durable_rules_engine as core  # the C engine under durable.engine: driven directly, no Python round trips

from clientfire.errors import EngineError
from clientfire.messages import message as said

from .compile import Compiled
from .engine_text import without_bookkeeping
from .runtime_registry import plan

__all__ = ["Firing", "Session", "open_session"]

Json = dict[str, Any]
_NOT_HANDLED, _OBSERVED = 1, 2
_SHARED_MIN_KEYS = 8
_sids = itertools.count(1)
_free_sids: list[str] = []  # the sids of closed sessions, taken again: a message then reads as one seen before
_MESSAGES_KEPT = 2048  # messages kept per ruleset, read (those without the client fact repeat across clients)

Firing = dict  # one rule firing: seq, rule, layer, matched facts, derived facts, already known (plain JSON-ready data)


def _take_sid() -> str:
    """A sid no live session holds: a closed session's, else a new one."""
    try:
        return _free_sids.pop()
    except IndexError:
        return f"c{next(_sids)}"


class Session:
    """One client's run: its own sid, asserted facts, firings; state deleted on close.

    The session drives durable_rules' C engine itself: assert, then start, run and complete each
    action in turn. That is what durable.engine does, without its per-firing closures, timers and
    JSON round trips of the session state (which clientfire's actions never change).
    """

    def __init__(self, compiled: Compiled) -> None:
        self.compiled = compiled
        self.sid = _take_sid()
        self._open = True
        self.firings: list[Firing] = []
        #: kind -> every (fact, rule id) the firings concluded, derived or already known, in firing order (each
        #: firing's derived facts before those already known): what `assemble.Trace.kinds` would group afterwards
        self.kinds: dict[Any, list[tuple[Json, str]]] = {}
        self._plan = plan(compiled)
        self._tail = f'"sid": "{self.sid}"}}'
        self._shared: list[tuple[str, Json]] = []  # (JSON text, fact): big facts decoded once
        self._known: dict[str, Json] = {}  # the open JSON text of every fact asserted -> the fact, once per session
        self._big: tuple[str, Json] | None = None  # the first big fact (the client's): its open text and the fact
        self._big_full = ""  # its whole text as asserted (and as every message matching it holds it)

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Delete the session's state in the engine (no growth across runs).

        Never emptied for reuse: retracting a fact that matched a completed action follows that action's
        freed frame (durable_rules keeps the location), which corrupts the heap (docs/performance.md).
        """
        if not self._open:
            return
        self._open = False
        try:
            core.delete_state(self._plan.handle, self.sid)
        except Exception:  # noqa: BLE001 - a session that never stored a fact has no state to delete
            pass
        _free_sids.append(self.sid)  # its state is gone: the next session may take the sid

    def assert_fact(self, fact: Json) -> None:
        """Assert a fact from outside any action; run every action it triggers; check for errors.

        A client fact without engine bookkeeping is matched as the very dict given (the caller leaves it be).
        """
        opened = self._plan.opened(fact)
        text = opened + self._tail
        try:
            code, state = core.assert_fact(self._plan.handle, text)
        except Exception as exc:
            raise EngineError(said("run.engine_failed", detail=str(exc))) from exc
        if fact.get("t") == "client" or len(fact) > _SHARED_MIN_KEYS:  # the engine hands back this text per match
            mine = without_bookkeeping(fact) if "sid" in fact or "id" in fact else fact  # kept as given, not copied
            self._shared.append((text, mine))
            self._known.setdefault(opened, mine)
            if self._big is None:
                self._big, self._big_full = (opened, self._known[opened]), text
        elif opened not in self._known:
            self._known[opened] = without_bookkeeping(fact)
        if code == _NOT_HANDLED:
            return  # no rule looks at this fact: nothing follows from it
        if code == _OBSERVED:
            raise EngineError(said("run.engine_twice", fact=json.dumps(fact, sort_keys=True)))
        self._run_actions(state)

    def _run_actions(self, state: int) -> None:
        """Run the actions the engine queued for this session, one at a time, until none is left.

        Each action records its firing and asserts its conclusions (one already known is noted as such).
        """
        plan, handle, facts, firings, parse, kinds = (self._plan, self._plan.handle, self._known, self.firings,
                                                      self._parse, self.kinds)
        rules = plan.rules_for(self._tail)
        started = core.start_action_for_state(handle, state)
        message = started[1] if started else None
        while message:
            rule_name, matched = parse(message)
            try:
                rule_id, layer, conclusions = rules.get(rule_name) or plan.rule_for(self._tail, rule_name)
                derived: list[Json] = []
                known: list[Json] = []
                for text, opened, fact, kind in conclusions:
                    code = core.assert_fact(handle, text)[0]
                    mine = facts.get(opened)
                    if mine is None:
                        mine = facts[opened] = dict(fact)
                    if code == _OBSERVED:
                        known.append(mine)
                    else:
                        derived.append(mine)
                        grouped = kinds.get(kind)
                        if grouped is None:
                            kinds[kind] = [(mine, rule_id)]
                        else:
                            grouped.append((mine, rule_id))
                if known:  # grouped while the facts are at hand (after the run they are out of the caches)
                    for mine in known:
                        _group(kinds, mine.get("t"), mine, rule_id)
            except Exception as exc:  # noqa: BLE001 - reported as an engine error, the engine left clean
                core.abandon_action(handle, state)
                raise EngineError(said("run.engine_action", detail=str(exc)[:300])) from exc
            firings.append({"seq": len(firings) + 1, "rule": rule_id, "layer": layer, "matched": matched,
                            "derived": derived, "already_known": known})
            message = core.complete_and_start_action(handle, state)

    def _parse(self, message: str) -> tuple[str, Json]:
        """The rule and its matched facts, read off the engine's message without decoding it.

        The engine hands back each matched fact as the very text asserted, which ends with the session's
        tail (`"sid": "c1"}`, which cannot occur inside a JSON string); a message read otherwise is decoded.
        The client fact's long text is compared with it before any hashing. A message read is kept per ruleset
        under its text with the client fact's cut out, so that later sessions (sids are taken again) look it up.
        """
        big_text, big_fact = self._big or ("", None)
        key = message.replace(self._big_full, "\0") if big_fact is not None else message  # JSON has no raw NUL
        seen = self._plan.messages.get(key)
        if seen is not None:  # the same rule on the same facts (their texts, the client's aside) in an earlier session
            known = self._known
            try:
                return seen[0], {name: big_fact if opened is None else known[opened] for name, opened in seen[1]}
            except KeyError:  # noqa: S110 - cannot happen (every fact asserted is known): read it afresh
                pass
        head, _, rest = message.partition('":{')
        parts = rest.split(self._tail)
        if head[:2] == '{"' and parts.pop() == "}}":
            known = self._known
            matched = []
            for part in parts:
                name, _, opened = part.lstrip(",").partition('":')
                fact = big_fact if opened == big_text else known.get(opened)
                if fact is None or name[:1] != '"':
                    break
                matched.append((name[1:], opened, fact))
            else:
                if len(matched) > 1:
                    matched.sort()
                if len(self._shared) <= 1 and len(self._plan.messages) < _MESSAGES_KEPT:  # one big fact: the key's
                    self._plan.messages[key] = (head[2:], tuple((name, None if fact is big_fact else opened)
                                                                for name, opened, fact in matched))
                return head[2:], {name: fact for name, _, fact in matched}
        ((rule_name, found),) = self._decode(message).items()
        return rule_name, {name: without_bookkeeping(fact) if "sid" in fact else fact for name, fact in sorted(found.items())}

    def _decode(self, message: str) -> Json:
        """The engine's message as data; a big fact asserted from outside is swapped in, not decoded again.

        A matched fact is always an object in the message, so a string in its place can only be a token.
        """
        swapped = {}
        for number, (text, fact) in enumerate(self._shared):
            token = f"shared{number}"
            if text in message:
                message = message.replace(text, f'"{token}"')
                swapped[token] = fact
        decoded: Json = json.loads(message)
        if swapped:
            for matched in decoded.values():
                for name, value in matched.items():
                    if isinstance(value, str) and value in swapped:
                        matched[name] = dict(swapped[value])
        return decoded

    def facts(self) -> list[Json]:
        """Every fact the session holds, without engine bookkeeping."""
        try:
            return [without_bookkeeping(f) for f in json.loads(core.get_facts(self._plan.handle, self.sid))]
        except Exception as exc:  # noqa: BLE001
            raise EngineError(said("run.engine_facts", detail=str(exc))) from exc


def _group(kinds: dict[Any, list[tuple[Json, str]]], kind: Any, fact: Json, rule_id: str) -> None:
    found = kinds.get(kind)
    if found is None:
        kinds[kind] = [(fact, rule_id)]
    else:
        found.append((fact, rule_id))


def open_session(compiled: Compiled) -> Session:
    """A new session for one client run."""
    return Session(compiled)


