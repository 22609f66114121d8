"""Knowledge that grows (issue 15): generated knowledge bases many times the bundled one compile within
durable_rules' limits and give every client of a portfolio the bundled knowledge's advice."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.grow import grow
from bench.growth import advice, clients_for
from bench.portfolio import portfolio
from clientfire.engine import Engine
from clientfire.engine.network import TIER_KEY, over_limits, shape
from tests.conftest import TODAY

ROWS = portfolio(150, seed=15)


@pytest.fixture(scope="module")
def bundled() -> list[tuple]:  # type: ignore[type-arg]
    engine = Engine()
    return [advice(engine.evaluate(client, TODAY)) for client in clients_for(engine, ROWS, 1)]


def _tiers(engine: Engine) -> int:
    rules = engine.compiled.definition[engine.compiled.name]
    return len({term["$neq"][TIER_KEY] for rule in rules.values() for pattern in rule["all"]
                for expression in pattern.values() for term in expression.get("$and", [])
                if isinstance(term, dict) and "$neq" in term and TIER_KEY in term["$neq"]})


@pytest.mark.parametrize(("copies", "layers", "guard"), [
    (20, None, True),          # issue 15: 20x all layers (error 108 on the shared phase node)
    (5, ["advice"], False),    # issue 15: the remedy rules copied 5x (error 303 for 22% of clients)
])
def test_knowledge_20x_all_layers_and_remedies_5x_run_a_portfolio_with_the_bundled_advice(
        tmp_path: Path, bundled: list[tuple], copies: int, layers: list[str] | None, guard: bool) -> None:  # type: ignore[type-arg]
    engine = Engine(directory=grow(tmp_path / "kb", copies, layers, guard))
    net = shape(engine.compiled.definition[engine.compiled.name])
    assert over_limits(net) == [] and _tiers(engine) >= 2
    clients = clients_for(engine, ROWS, copies if guard else 1)
    assert [advice(engine.evaluate(client, TODAY)) for client in clients] == bundled


def test_the_bundled_network_is_not_split_into_tiers(engine: Engine) -> None:
    assert _tiers(engine) == 0
    assert over_limits(shape(engine.compiled.definition[engine.compiled.name]), margin=True) == []
