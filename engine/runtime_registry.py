"""The runtime's ruleset registry: durable_rules' quiet host, each ruleset created once per process, its plan
(actions, conclusions and phase facts encoded once) and the allocator set-up for large session states.
Part of the one place that talks to durable_rules (engine/runtime*.py); sessions are engine/runtime.py's."""

from __future__ import annotations

import _thread
import functools
from collections.abc import Callable
from typing import Any

import durable_rules_engine as core  # the C engine under durable.engine: driven directly, no Python round trips

from clientfire.errors import EngineError
from clientfire.messages import message

from .compile import Action, Compiled
from .engine_text import engine_json, names_in, open_json
from .runtime_build import BUILD_SECONDS, Trial, is_trusted, trial_build, trust

# `QuietHost` is importable too (built on first use by __getattr__ below)
__all__ = ["Plan", "host", "register", "plan", "registered_names", "engine_json", "trial_build", "trust", "verify",
           "begin_verify", "definition_text", "prepared", "keep_states_on_heap", "BUILD_SECONDS"]

Json = dict[str, Any]
#: a rule's id, its layer and its conclusions: (whole text, text open for the sid, fact, the fact's kind) each
Conclusions = tuple[str, str, list[tuple[str, str, Json, Any]]]
_STATE_BYTES_PER_PATTERN = 10_000  # what durable_rules sets up per rule pattern for each session state
_HEAP_KEEP = 256 << 20  # glibc: blocks up to this size from the heap, and this much free heap kept
_MMAP_THRESHOLD = 32 << 20  # glibc maps a larger block fresh from the kernel each time (its threshold's ceiling)
_REPEATED = frozenset({bool, int, float, str})  # a client field of these types has its text kept (typed: True == 1)
_FIELDS_KEPT = 4096  # client fields' texts kept per ruleset (yes/no answers and small counts repeat across clients)


def __getattr__(name: str) -> Any:
    """`QuietHost`, built on first use: durable.engine (its Python layer) takes ~15 ms to import, and
    clientfire's own runs never need it; only raw durable_rules uses (tests, the benchmark) do."""
    if name == "QuietHost":
        return _quiet_host_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.lru_cache(maxsize=1)
def _quiet_host_class() -> type:
    import durable.engine as dre

    class QuietHost(dre.Host):  # type: ignore[misc]
        """A durable_rules Host that starts no timer threads: actions run only on the caller's thread."""

        def __init__(self) -> None:
            self.actions: dict[str, Callable[[Any], None]] = {}
            super().__init__()

        def _run(self) -> None:  # noqa: D401 - durable's timer loop, disabled on purpose
            """Do nothing: no dispatch or timer threads."""

        def get_action(self, action_name: str) -> Callable[[Any], None]:
            """The callable registered for a rule name."""
            return self.actions[action_name]

    QuietHost.__module__, QuietHost.__qualname__ = __name__, "QuietHost"
    return QuietHost


class Plan:
    """A registered ruleset: its engine handle, its actions and their conclusions encoded once as JSON."""

    def __init__(self, handle: int, actions: dict[str, Action], tested: frozenset[str]) -> None:
        self.handle = handle
        self.actions = actions
        self.rules: dict[str, tuple[str, str, list[tuple[str, Json]]]] = {}  # filled by rule()
        self._phases: dict[Any, str] = {}
        self.messages: dict[str, tuple[str, tuple[tuple[str, str | None], ...]]] = {}  # message -> rule, (name, text)
        self._tails: dict[str, dict[str, Conclusions]] = {}  # see rules_for
        self._fields: dict[tuple[str, type, Any], str] = {}  # (field, type, value) -> its text, filled by client_text
        self.tested = tested  # every field a condition could read

    def opened(self, fact: Json) -> str:
        """A fact asserted from outside as open JSON text (a phase fact's text encoded once per ruleset)."""
        if fact.get("t") == "client":
            return self.client_text(fact)
        if fact.get("t") != "phase" or len(fact) != 2:
            return open_json(fact)
        found = self._phases.get(fact.get("layer"))
        if found is None:
            found = self._phases[fact.get("layer")] = open_json(fact)
        return found

    def client_text(self, fact: Json) -> str:
        """A client fact as the engine gets it, as open JSON text: only the fields some condition names (the rest
        cannot match), each field's text as `open_json` writes it, kept per (field, value) once encoded."""
        tested, fields, parts = self.tested, self._fields, []
        for key, value in fact.items():
            if key in tested:
                kind = type(value)
                if kind in _REPEATED:
                    found = fields.get((key, kind, value))
                    if found is None:
                        found = _field_text(key, value)
                        if len(fields) < _FIELDS_KEPT:
                            fields[(key, kind, value)] = found
                else:
                    found = _field_text(key, value)
                parts.append(found)
        return "{" + ", ".join(parts) + ", " if parts else "{"

    def rule(self, rule_name: str) -> tuple[str, str, list[tuple[str, Json]]]:
        """The rule's id, its layer and its conclusions as JSON text still open for the session id (on first use)."""
        found = self.rules.get(rule_name)
        if found is None:
            action = self.actions[rule_name]
            found = (action.rule_id, action.layer, [(open_json(fact), fact) for fact in action.asserts])
            self.rules[rule_name] = found
        return found


    def rules_for(self, tail: str) -> dict[str, Conclusions]:
        """Rule name -> its id, layer and conclusions (whole text, open text, fact, its kind) for sessions with this tail
        (sids are taken again, so there are as many tails as sessions ever open at once); filled by `rule_for`."""
        found = self._tails.get(tail)
        if found is None:
            found = self._tails[tail] = {}
        return found

    def rule_for(self, tail: str, rule_name: str) -> Conclusions:
        """`rules_for(tail)`'s entry for the rule, made on its first firing."""
        rule_id, layer, conclusions = self.rule(rule_name)
        found = self.rules_for(tail)[rule_name] = (rule_id, layer, [(opened + tail, opened, fact, fact.get("t"))
                                                                     for opened, fact in conclusions])
        return found


def _field_text(key: str, value: Any) -> str:
    """One field of a fact as `engine_json` writes it inside the fact (`"key": value`)."""
    return engine_json({key: value})[1:-1]


_lock = _thread.allocate_lock()  # threading's Lock, without importing threading (cold start)
_host: Any = None
_registered: dict[str, Compiled] = {}
_plans: dict[str, Plan] = {}


def host() -> Any:
    """A process-wide durable_rules QuietHost, for raw durable_rules uses (clientfire's runs do not need one)."""
    global _host
    with _lock:
        if _host is None:
            _host = _quiet_host_class()()
        return _host


def registered_names() -> list[str]:
    """The ruleset names registered in this process."""
    return sorted(_registered)


def register(compiled: Compiled) -> None:
    """Create the compiled ruleset in durable_rules' engine once per process (its name is unique per version).

    This is what durable.engine's Ruleset does (the definition without its `run` entries, as JSON);
    clientfire's Session then runs the actions itself.
    """
    with _lock:
        if compiled.name in _registered:
            return
        rules = _definition(compiled)
        text, tested = prepared(compiled)
        if not is_trusted(compiled):
            trial_build(compiled.name, text)
        try:
            handle = core.create_ruleset(compiled.name, text)
        except Exception as exc:
            raise EngineError(message("run.engine_refused", detail=str(exc))) from exc
        if _states_are_mapped(rules):
            keep_states_on_heap()
        _plans[compiled.name] = Plan(handle, compiled.actions, tested)
        _registered[compiled.name] = compiled


def plan(compiled: Compiled) -> Plan:
    """The registered ruleset's plan (registered first if need be)."""
    found = _plans.get(compiled.name)
    if found is None:
        register(compiled)
        found = _plans[compiled.name]
    return found


def _states_are_mapped(rules: Json) -> bool:
    """Is a session state of this ruleset past glibc's mmap ceiling (~10 KB per rule pattern)?"""
    patterns = sum(len(rule.get("all", rule.get("any", ()))) for rule in rules.values())
    return patterns * _STATE_BYTES_PER_PATTERN > _MMAP_THRESHOLD


@functools.lru_cache(maxsize=1)
def keep_states_on_heap() -> bool:
    """Let glibc serve a large ruleset's session state from the heap and keep it when freed (True if set).

    durable_rules allocates each session's state afresh: ~10 KB per rule pattern, one block per kind
    of node, memset at once. Past 32 MB (the most glibc's sliding mmap threshold reaches) a block is
    mapped from the kernel and unmapped on delete, so every session faults in every page again (a 20x
    knowledge base: ~20 ms per state, ~4 ms served from the heap).
    """
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt  # the process's own symbols: libc's on Linux
    except (OSError, AttributeError):  # not glibc: the default allocator stays
        return False
    m_trim_threshold, m_top_pad, m_mmap_threshold = -1, -2, -3
    return all([mallopt(m_mmap_threshold, _HEAP_KEEP) == 1, mallopt(m_trim_threshold, _HEAP_KEEP) == 1,
                mallopt(m_top_pad, 64 << 20) == 1])


def _definition(compiled: Compiled) -> Json:
    """The ruleset as durable_rules reads it: the definition without its `run` entries."""
    return {name: {k: v for k, v in rule.items() if k != "run"} for name, rule in compiled.definition[compiled.name].items()}


def definition_text(compiled: Compiled) -> str:
    """The ruleset as durable_rules reads it, as JSON."""
    return prepared(compiled)[0]


def prepared(compiled: Compiled) -> tuple[str, frozenset[str]]:
    """The ruleset's JSON text and every field a condition could read, worked out once per compiled object.

    Kept in the object itself, so the knowledge cache stores them (they are made before it writes its entry):
    a cache hit neither encodes the definition nor walks it (~2 ms of every start). A changed copy
    (`replace`) is a new object, worked out afresh.
    """
    found = compiled.__dict__.get("_prepared")
    if found is None:
        rules = _definition(compiled)
        found = (engine_json(rules), frozenset(names_in(rules)) | {"t"})
        object.__setattr__(compiled, "_prepared", found)  # frozen: derived once, never changed
    return found  # type: ignore[no-any-return]


def verify(compiled: Compiled, trial: Trial | None = None) -> None:
    """Build the compiled knowledge once in a child process (under the time limit), then trust it; `trial`: the
    build begun already (`begin_verify`, so that the child builds while this process lints)."""
    (trial or begin_verify(compiled)).wait()
    trust(compiled)


def begin_verify(compiled: Compiled) -> Trial:
    """Begin `verify`'s build: a forked child builds while the caller goes on (then `verify(compiled, trial)`)."""
    return Trial(compiled.name, definition_text(compiled))
