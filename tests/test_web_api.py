"""The /v1 API in process (httpx through starlette's TestClient): the CLI's JSON, its errors, the audit log."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES, TODAY

from clientfire.engine import Engine
from clientfire.engine.yamlio import read_document

JSON = {"content-type": "application/json"}


def _cli_json(run_cli, example) -> dict:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli("verdict", str(example), "--format", "json", "--no-record", "--today", TODAY.isoformat())
    assert code == 0
    return dict(json.loads(out))


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_verdict_is_the_cli_json_plus_a_decision_id(web, run_cli, example) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps(read_document(example, max_bytes=1_000_000), default=str)
    answer = web.post("/v1/verdict", content=body, headers=JSON)
    assert answer.status_code == 200
    data = answer.json()
    decision = data.pop("decision_id")
    expected = _cli_json(run_cli, example)
    expected["facts"]["client"] = data["facts"]["client"]  # a file's name is its default client name
    assert data == expected
    record = web.get(f"/v1/audit/{decision}").json()
    assert (record["client"], record["verdict"], record["command"]) == (data["client"], data["verdict"], "api")


def test_yaml_bodies_and_dotted_names_and_no_record(web) -> None:  # type: ignore[no-untyped-def]
    yaml_body = "client: Acme\npayment:\n  late_invoices: 6\n  unpaid_overdue_invoices: 2\n"
    from_yaml = web.post("/v1/verdict?record=false", content=yaml_body, headers={"content-type": "application/yaml"})
    dotted = web.post("/v1/verdict?record=false", json={"client": "Acme", "payment.late_invoices": 6,
                                                        "payment.unpaid_overdue_invoices": 2})
    assert from_yaml.status_code == dotted.status_code == 200
    assert from_yaml.json() == dotted.json() and dotted.json()["decision_id"] is None
    assert web.get("/v1/audit").json()["count"] == 0


def test_language_and_date_and_how(web) -> None:  # type: ignore[no-untyped-def]
    facts = {"client": "Acme", "contract": {"active": True, "end_date": "2027-03-31"}}
    korean = web.post("/v1/verdict?lang=ko&today=2027-01-01&explain=true", json=facts).json()
    assert korean["lang"] == "ko" and korean["date"] == "2027-01-01" and korean["derived_facts"]["contract.days_to_end"] == 89
    assert korean["how"]["verdict"] == korean["verdict"]
    browser = web.post("/v1/verdict", json=facts, headers={"accept-language": "fi-FI,fi;q=0.9,en;q=0.5"}).json()
    assert browser["lang"] == "fi"


#: bad input -> (status, error class, key, a part of the message, suggestion)
BAD = [
    ({"client": "A", "payment": {"late_invoces": 6}}, JSON, 422, "ClientFileError", "late_invoces", "unknown fact",
     "late_invoices"),
    ({"payment": {"late_invoices": -1}}, JSON, 422, "ClientFileError", "payment.late_invoices", "zero or more", None),
    ({"payment": {"late_invoices": "six"}}, JSON, 422, "ClientFileError", "payment.late_invoices", "a number", None),
    ({"contract": {"end_date": "2027-02-30"}}, JSON, 422, "ClientFileError", "contract.end_date", "a date", None),
    ('{"payment": {"late_invoices": 1, "late_invoices": 2}}', JSON, 422, "InputError", "late_invoices", "duplicate key",
     None),
    ('{"payment": {"late_invoices": NaN}}', JSON, 422, "InputError", None, "NaN", None),
    ('{"payment": ', JSON, 422, "InputError", None, "malformed JSON", None),
    ("[1, 2]", JSON, 422, "ClientFileError", None, "must be a mapping", None),
    ("", JSON, 422, "InputError", None, "empty", None),
    ('{"client": "A"}', {"content-type": "text/plain"}, 422, "InputError", "content-type", "application/json", None),
    ("payment: [1, *x]", {"content-type": "application/yaml"}, 422, "InputError", None, "malformed YAML", None),
]


@pytest.mark.parametrize(("body", "headers", "status", "error", "key", "words", "suggestion"), BAD)
def test_bad_input_is_422_with_the_clis_structured_error(web, body, headers, status, error, key, words,  # type: ignore[no-untyped-def]
                                                         suggestion) -> None:
    content = body if isinstance(body, str) else json.dumps(body)
    answer = web.post("/v1/verdict", content=content, headers=headers)
    assert answer.status_code == status
    found = answer.json()
    assert (found["error"], found["key"], found["suggestion"]) == (error, key, suggestion)
    assert words in found["message"] and found["detail"].startswith(found["message"])
    assert set(found) >= {"message", "path", "line", "key", "rule_id", "suggestion", "detail"}


@pytest.mark.parametrize(("method", "path", "status", "error"), [
    ("GET", "/v1/nothing", 404, "NotFound"), ("DELETE", "/v1/verdict", 405, "MethodNotAllowed"),
    ("GET", "/v1/verdict", 405, "MethodNotAllowed"), ("GET", "/v1/audit/999", 404, "NotFound"),
    ("GET", "/v1/audit/abc", 422, "InputError"), ("GET", "/v1/audit?limit=0", 422, "InputError"),
    ("POST", "/v1/verdict?today=2026-13-01", 422, "InputError"), ("POST", "/v1/verdict?lang=xx", 422, "InputError"),
    ("POST", "/v1/explain?why_not=firee", 422, "InputError"),
])
def test_unknown_routes_methods_and_bad_parameters_answer_json(web, method, path, status, error) -> None:  # type: ignore[no-untyped-def]
    answer = web.request(method, path, json={"client": "A"})
    assert answer.status_code == status and answer.headers["content-type"].startswith("application/json")
    assert answer.json()["error"] == error


def test_explain_gives_how_why_not_and_confirmed_what_if(web, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    facts = {"client": "Oakline", "payment": {"late_invoices": 5, "unpaid_overdue_invoices": 1}}
    doc = web.post("/v1/explain?what_if=true&record=false", json=facts).json()
    assert doc["how"]["verdict"] == doc["verdict"] and doc["decision_id"] is None
    assert {e["verdict"] for e in doc["why_not"]} == {v.id for v in engine.kb.verdicts} - {doc["verdict"]}
    assert doc["what_if"]["flips"] and all(f["confirmed"] for f in doc["what_if"]["flips"])
    one = web.post("/v1/explain?why_not=fire&record=false", json=facts).json()
    assert [e["verdict"] for e in one["why_not"]] == ["fire"] and "what_if" not in one


def test_batch_streams_one_line_per_client_line_in_order(web) -> None:  # type: ignore[no-untyped-def]
    lines = [json.dumps({"client": f"c{i}", "payment": {"late_invoices": i}}) for i in range(150)]
    lines[3] = '{"payment": {"late_invoces": 2}}'
    lines[7] = "not json"
    body = ("\n".join(lines[:5]) + "\n\n" + "\n".join(lines[5:]) + "\n").encode()
    answer = web.post("/v1/batch", content=body, headers={"content-type": "application/x-ndjson"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/x-ndjson")
    out = [json.loads(line) for line in answer.text.splitlines()]
    assert [o["line"] for o in out] == list(range(1, 6)) + list(range(7, 152))  # the blank line 6 is skipped
    assert out[3]["error"]["suggestion"] == "late_invoices" and out[3]["error"]["line"] == 4
    assert "malformed JSON" in out[7]["error"]["message"]
    good = [o for o in out if "error" not in o]
    assert len(good) == 148 and len({o["decision_id"] for o in good}) == 148
    assert web.get("/v1/audit?limit=1000").json()["count"] == 148
    assert good[-1]["client"] == "c149" and good[-1]["verdict"] in ("address", "pause_work", "fire")


def test_audit_list_record_and_replay(web) -> None:  # type: ignore[no-untyped-def]
    ids = [web.post("/v1/verdict", json={"client": name, "payment": {"late_invoices": 4}}).json()["decision_id"]
           for name in ("Acme", "Beta", "Acme Two")]
    listing = web.get("/v1/audit?client=acme").json()
    assert listing["count"] == 2 and [r["id"] for r in listing["records"]] == [ids[0], ids[2]]
    assert web.get("/v1/audit?limit=1&offset=1").json()["records"][0]["id"] == ids[1]
    record = web.get(f"/v1/audit/{ids[0]}").json()
    assert record["input"] == {"client": "Acme", "payment": {"late_invoices": 4}}
    assert record["rendered"]["text"].startswith("Acme: ")
    replayed = web.post(f"/v1/audit/{ids[0]}/replay").json()
    assert replayed["reproduced"] and replayed["same_verdict"] and replayed["id"] == ids[0]


def test_reading_endpoints(web, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    facts = web.get("/v1/facts?lang=id").json()
    assert [f["id"] for f in facts] == list(engine.kb.facts)
    assert facts[1]["text"] == engine.kb.facts[facts[1]["id"]].text["id"]
    schema = web.get("/v1/schema/client").json()
    assert "payment" in schema["properties"] and schema["additionalProperties"] is False
    knowledge = web.get("/v1/knowledge").json()
    assert knowledge["version"] == engine.kb.version and len(knowledge["rules"]) == len(engine.kb.rules)
    assert all(s["source"]["refs"] for s in knowledge["signs"])
    assert web.get("/health").json() == {"status": "ok", "knowledge_version": engine.kb.version}
    assert set(web.get("/version").json()) == {"clientfire", "knowledge_version", "python", "durable_rules"}


def test_the_openapi_document_describes_every_endpoint(web) -> None:  # type: ignore[no-untyped-def]
    doc = web.get("/openapi.json").json()
    paths = {(m.upper(), p) for p, ops in doc["paths"].items() for m in ops}
    assert paths == {("POST", "/v1/verdict"), ("POST", "/v1/explain"), ("POST", "/v1/batch"), ("GET", "/v1/audit"),
                     ("GET", "/v1/audit/{record_id}"), ("POST", "/v1/audit/{record_id}/replay"), ("GET", "/v1/facts"),
                     ("GET", "/v1/schema/client"), ("GET", "/v1/knowledge"), ("GET", "/health"), ("GET", "/version")}
    body = doc["paths"]["/v1/verdict"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/ClientFile"} and "payment" in doc["components"]["schemas"]["ClientFile"][
        "properties"]
    assert "422" in doc["paths"]["/v1/verdict"]["post"]["responses"]
    docs = web.get("/docs")
    assert docs.status_code == 200 and "<script" not in docs.text.split("</head>")[1]
    for _, path in paths:
        assert path in docs.text
