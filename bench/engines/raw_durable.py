"""Raw durable_rules: the same compiled rules under another ruleset name, trivial actions, no tracing."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable
from typing import Any

import durable.engine as dre

from clientfire.engine import runtime_registry
from clientfire.engine.compile import Compiled

__all__ = ["RawDurable"]

Json = dict[str, Any]


class RawDurable:
    """Runs `compiled.definition` as durable_rules would with hand-written actions that only assert."""

    def __init__(self, compiled: Compiled, suffix: str = "_raw") -> None:
        self.name = compiled.name + suffix
        self.phases = compiled.phases
        self.host = runtime_registry.host()
        self._verdicts: list[tuple[str, str]] = []
        self._sids = itertools.count(1)
        rules = copy.deepcopy(compiled.definition[compiled.name])
        for rule_name, rule in rules.items():
            action_name = f"{self.name}:{rule_name}"
            self.host.actions[action_name] = self._action(compiled.actions[rule_name].asserts)
            rule["run"] = action_name
        self.host.register_rulesets({self.name: rules})

    def _action(self, asserts: tuple[Json, ...]) -> Callable[[Any], None]:
        verdicts = self._verdicts

        def run(closure: Any) -> None:
            for fact in asserts:
                if fact["t"] == "verdict":
                    verdicts.append((fact["name"], fact["strength"]))
                try:
                    closure.assert_fact(dict(fact))
                except (dre.MessageObservedException, dre.MessageNotHandledException):
                    pass

        return run

    def verdict(self, fact: Json) -> tuple[str, str]:
        """Assert the client fact and one phase fact per layer; the verdict the select rules asserted."""
        sid = str(next(self._sids))
        self._verdicts.clear()
        host, name = self.host, self.name
        try:
            host.assert_fact(name, {**fact, "sid": sid})
        except dre.MessageNotHandledException:
            pass
        for phase in self.phases:
            try:
                host.assert_fact(name, {"t": "phase", "layer": phase, "sid": sid})
            except dre.MessageNotHandledException:
                pass
        host.delete_state(name, sid)
        return self._verdicts[0] if len(set(self._verdicts)) == 1 else ("?", "?")
