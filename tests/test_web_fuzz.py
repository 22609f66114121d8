"""Property-based fuzzing of the API from its own OpenAPI document (schemathesis' strategies, run by hypothesis):
no answer is ever a 5xx, and every answer is one the document describes (status, media type, schema)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import TODAY
from hypothesis import HealthCheck, given, settings

from clientfire.web.app import create_app
from clientfire.web.settings import Settings

schemathesis = pytest.importorskip("schemathesis")
checks = schemathesis.checks
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance]
#: every operation of the document (test_web_api checks the document lists exactly these)
OPERATIONS = [("POST", "/v1/verdict"), ("POST", "/v1/explain"), ("POST", "/v1/batch"), ("GET", "/v1/audit"),
              ("GET", "/v1/audit/{record_id}"), ("POST", "/v1/audit/{record_id}/replay"), ("GET", "/v1/facts"),
              ("GET", "/v1/schema/client"), ("GET", "/v1/knowledge"), ("GET", "/health"), ("GET", "/version")]
#: fewer examples where one costs many engine runs (WHAT IF) or a compile of the recorded knowledge (replay)
EXAMPLES = {"POST /v1/explain": 25, "POST /v1/batch": 40, "POST /v1/audit/{record_id}/replay": 20}


@schemathesis.serializer("application/x-ndjson")
def _lines(context: Any, value: Any) -> bytes:
    """A JSON Lines body as generated (text; its lines need not be JSON: the API says which are not)."""
    return value.encode("utf-8", "surrogatepass") if isinstance(value, str) else json.dumps(value).encode()


def _as_loopback(app: Any) -> Any:
    """The app as reached on 127.0.0.1 (schemathesis' in-process client calls itself `testserver`)."""
    async def asgi(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k != b"host"] + [(b"host", b"127.0.0.1:8080")]
            scope = {**scope, "headers": headers}
        await app(scope, receive, send)

    return asgi


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder: Path = tmp_path_factory.mktemp("fuzz")
    app = create_app(Settings(today=TODAY.isoformat(), db=str(folder / "audit.db"), jobs_dir=str(folder / "jobs")))
    return schemathesis.openapi.from_asgi("/openapi.json", _as_loopback(app))


@pytest.mark.parametrize("mode", ["positive", "negative"])
@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_no_5xx_and_every_answer_as_documented(api_schema: Any, method: str, path: str, mode: str) -> None:
    """Valid requests (positive) and requests that break the document on purpose (negative)."""
    operation = api_schema[path][method]
    if mode == "negative" and not (operation.query or operation.path_parameters or operation.body):
        pytest.skip("nothing to break: the operation takes no parameters and no body")
    seen: list[int] = []

    @given(case=operation.as_strategy(generation_mode=schemathesis.GenerationMode(mode)))
    @settings(max_examples=EXAMPLES.get(f"{method} {path}", 60), deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        seen.append(case.call_and_validate(checks=CHECKS).status_code)

    run()
    assert seen and all(status < 500 for status in seen)
