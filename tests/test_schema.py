"""JSON Schemas generated from the model: shipped up to date, valid, accepting the real files, refusing bad ones."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from clientfire.commands.knowledge import schemas_of
from clientfire.engine.load import bundled_dir
from clientfire.engine.schema import client_schema, knowledge_schema, overrides_schema
from tests.conftest import EXAMPLES, ROOT
from tests.test_overrides import COACH, TWO_LATE

SHIPPED = ROOT / "schemas"


def plain(value: Any) -> Any:
    """YAML data as JSON sees it (dates become ISO text)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def errors(schema: dict[str, Any], data: Any) -> list[str]:
    return [e.message for e in Draft202012Validator(schema).iter_errors(plain(data))]


@pytest.mark.parametrize("name", ["knowledge.schema.json", "overrides.schema.json", "client.schema.json"])
def test_shipped_schema_is_up_to_date(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    shipped = json.loads((SHIPPED / name).read_text(encoding="utf-8"))
    assert shipped == schemas_of(engine.kb)[name], "regenerate with: clientfire knowledge schema --out schemas"


@pytest.mark.parametrize("name", ["knowledge.schema.json", "overrides.schema.json", "client.schema.json"])
def test_schemas_are_valid_json_schema(engine, name: str) -> None:  # type: ignore[no-untyped-def]
    Draft202012Validator.check_schema(schemas_of(engine.kb)[name])


@pytest.mark.parametrize("path", sorted(bundled_dir().glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_knowledge_files_match_the_schema(path: Path) -> None:
    assert errors(knowledge_schema(), yaml.safe_load(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_clients_match_the_client_schema(engine, path: Path) -> None:  # type: ignore[no-untyped-def]
    assert errors(client_schema(engine.kb), yaml.safe_load(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("text", [TWO_LATE, COACH, "disable: [guidance.thank_them]\n"])
def test_overrides_examples_match_the_overrides_schema(text: str) -> None:
    assert errors(overrides_schema(), yaml.safe_load(text)) == []


BAD_KNOWLEDGE = [
    ("unknown section", {"sign": []}),
    ("unknown fact type", {"facts": {"x": {"type": "integer", "text": "X"}}}),
    ("threshold not a number", {"thresholds": {"g": {"t": {"value": "three"}}}}),
    ("rule without then", {"rules": [{"id": "r", "source": "A.1", "text": "t", "when": []}]}),
    ("malformed condition", {"rules": [{"id": "r", "source": "A.1", "text": "t", "when": ["x >> 3"],
                                        "then": {"sign": "s"}}]}),
    ("two conclusions", {"rules": [{"id": "r", "source": "A.1", "text": "t", "when": [],
                                    "then": {"sign": "s", "remedy": "x"}}]}),
    ("bad id", {"signs": [{"id": "Late Payment", "title": "x", "source": "B.1"}]}),
    ("unknown language", {"remedies": [{"id": "r", "title": {"en": "x", "de": "y"}, "source": "B.1"}]}),
    ("guidance stage", {"guidance": [{"id": "g", "title": "x", "source": "A.1", "kind": "do", "stage": "later",
                                      "order": 1}]}),
]


@pytest.mark.parametrize(("what", "data"), BAD_KNOWLEDGE, ids=[b[0] for b in BAD_KNOWLEDGE])
def test_bad_knowledge_is_refused_by_the_schema(what: str, data: dict[str, Any]) -> None:
    assert errors(knowledge_schema(), data)


BAD_CLIENTS = [
    ("unknown group", {"paymnt": {"late_invoices": 1}}),
    ("unknown fact", {"payment": {"late": 1}}),
    ("negative count", {"payment": {"late_invoices": -1}}),
    ("fractional count", {"payment": {"late_invoices": 1.5}}),
    ("percent above 100", {"control": {"recommendations_rejected_pct": 150}}),
    ("scale above 10", {"wellbeing": {"dread": 11}}),
    ("bool as text", {"payment": {"pays_eventually": "yes"}}),
    ("bad date", {"contract": {"end_date": "soon"}}),
    ("derived fact given", {"money": {"monthly_margin": 5}}),
]


@pytest.mark.parametrize(("what", "data"), BAD_CLIENTS, ids=[b[0] for b in BAD_CLIENTS])
def test_bad_clients_are_refused_by_the_schema_and_the_loader_alike(engine, what: str, data: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    from clientfire.engine import client_from_mapping
    from clientfire.errors import ClientFileError

    assert errors(client_schema(engine.kb), data)
    with pytest.raises(ClientFileError):
        client_from_mapping(data, engine.kb, "<test>")


def test_unknown_facts_may_be_null(engine) -> None:  # type: ignore[no-untyped-def]
    assert errors(client_schema(engine.kb), {"payment": {"late_invoices": None}, "payment.days_overdue": 4}) == []
