"""The one place that talks to durable_rules: a quiet host, one registry, one session per run."""

from __future__ import annotations

import itertools
import json
import threading
from collections.abc import Callable
from typing import Any

import durable.engine as dre

from clientfire.errors import EngineError

from .compile import Action, Compiled

__all__ = ["QuietHost", "Firing", "Session", "host", "register", "open_session", "registered_names"]

Json = dict[str, Any]


class QuietHost(dre.Host):
    """A durable_rules Host that starts no timer threads: actions run only on the caller's thread."""

    def __init__(self) -> None:
        self.actions: dict[str, Callable[[Any], None]] = {}
        super().__init__()

    def _run(self) -> None:  # noqa: D401 - durable's timer loop, disabled on purpose
        """Do nothing: no dispatch or timer threads."""

    def get_action(self, action_name: str) -> Callable[[Any], None]:
        """The callable registered for a rule name."""
        return self.actions[action_name]


class Firing(dict):  # type: ignore[type-arg]
    """One rule firing: seq, rule, matched facts, derived facts (plain JSON-ready data)."""


_lock = threading.Lock()
_host: QuietHost | None = None
_registered: dict[str, Compiled] = {}
_sids = itertools.count(1)
_current: threading.local = threading.local()


def host() -> QuietHost:
    """The process-wide host (durable_rules keeps rulesets process-wide; so do we)."""
    global _host
    with _lock:
        if _host is None:
            _host = QuietHost()
        return _host


def registered_names() -> list[str]:
    """The ruleset names registered in this process."""
    return sorted(_registered)


def register(compiled: Compiled) -> None:
    """Register a compiled knowledge base once per process (its name is unique per version)."""
    the_host = host()
    with _lock:
        if compiled.name in _registered:
            return
        definition = json.loads(json.dumps(compiled.definition))  # durable mutates what it is given
        for rule_name, rule in definition[compiled.name].items():
            the_host.actions[rule_name] = _action(compiled.actions[rule_name])
            rule["run"] = rule_name
        the_host.register_rulesets(definition)
        _registered[compiled.name] = compiled


def _action(action: Action) -> Callable[[Any], None]:
    """Wrap a rule's action: record the firing, then assert its conclusions."""

    def run(closure: Any) -> None:
        session: Session = _current.session
        message = closure._m or {}
        derived, known = [], []
        for fact in action.asserts:
            (derived if session.assert_inside(closure, fact) else known).append(dict(fact))
        session.firings.append(Firing(
            seq=len(session.firings) + 1, rule=action.rule_id, layer=action.layer,
            matched={name: _matched(fact) for name, fact in sorted(message.items())},
            derived=derived, already_known=known,
        ))

    return run


def _matched(fact: Any) -> Json:
    return {k: v for k, v in dict(fact).items() if k != "sid" and not (k == "id" and str(v).startswith("sid-"))}


class Session:
    """One client's run: its own sid, asserted facts, firings; state deleted on close."""

    def __init__(self, compiled: Compiled) -> None:
        register(compiled)
        self.compiled = compiled
        self.sid = f"c{next(_sids)}"
        self.firings: list[Firing] = []
        self._host = host()

    def __enter__(self) -> Session:
        _current.session = self
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Delete the session's state in the engine (no growth across runs)."""
        _current.session = None
        try:
            self._host.delete_state(self.compiled.name, self.sid)
        except Exception:  # noqa: BLE001 - a session that never stored a fact has no state to delete
            pass

    def assert_fact(self, fact: Json) -> None:
        """Assert a fact from outside any action; run every action it triggers; check for errors."""
        message = dict(fact, sid=self.sid)
        try:
            state = self._host.assert_fact(self.compiled.name, message)
        except dre.MessageNotHandledException:
            return  # no rule looks at this fact: nothing follows from it
        except dre.MessageObservedException as exc:
            raise EngineError(f"fact asserted twice: {json.dumps(fact, sort_keys=True)}") from exc
        except Exception as exc:
            raise EngineError(f"rule engine failed: {exc}") from exc
        self._check(state)

    def assert_inside(self, closure: Any, fact: Json) -> bool:
        """Assert a conclusion from inside an action; False when it was already known."""
        try:
            closure.assert_fact(dict(fact))
        except dre.MessageObservedException:
            return False
        except dre.MessageNotHandledException:
            return True  # a final conclusion that no rule looks at: still concluded
        return True

    def _check(self, state: Json | None) -> None:
        if state and "exception" in state:
            raise EngineError(f"a rule action failed inside the engine: {str(state['exception'])[:300]}")

    def facts(self) -> list[Json]:
        """Every fact the session holds, without engine bookkeeping."""
        try:
            return [_matched(f) for f in self._host.get_facts(self.compiled.name, self.sid)]
        except Exception as exc:  # noqa: BLE001
            raise EngineError(f"cannot read facts from the engine: {exc}") from exc


def open_session(compiled: Compiled) -> Session:
    """A new session for one client run."""
    return Session(compiled)
