"""Safety of `clientfire serve`: loopback unless a token, the token on every request, CSRF, limits, escaping."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import TODAY, csrf_of
from fastapi.testclient import TestClient

from clientfire.errors import InputError
from clientfire.web.app import create_app
from clientfire.web.security import csrf_ok, new_csrf
from clientfire.web.settings import Settings, is_loopback

TOKEN = "s3cret-token-for-tests-0123456789"
EVIL = "<script>alert(1)</script> & <b>Co</b>"


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("127.8.9.10", True), ("localhost", True),
                                                 ("::1", True), ("[::1]", True), ("0.0.0.0", False),
                                                 ("192.168.1.5", False), ("example.com", False), ("::", False)])
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_another_host_needs_a_long_enough_token() -> None:
    with pytest.raises(InputError, match="without a token"):
        Settings(host="0.0.0.0").check()
    with pytest.raises(InputError, match="at least 16"):
        Settings(host="0.0.0.0", token="short").check()
    assert Settings(host="0.0.0.0", token=TOKEN).check().token == TOKEN


@pytest.fixture
def guarded(tmp_path: Path):  # type: ignore[no-untyped-def]
    settings = Settings(host="0.0.0.0", token=TOKEN, db=str(tmp_path / "a.db"), jobs_dir=str(tmp_path / "j"),
                        today=TODAY.isoformat())
    with TestClient(create_app(settings), base_url="http://203.0.113.7:8080", follow_redirects=False) as client:
        yield client


def test_every_request_needs_the_token(guarded) -> None:  # type: ignore[no-untyped-def]
    for path in ("/health", "/", "/static/app.css", "/openapi.json", "/nothing"):
        answer = guarded.get(path)
        assert answer.status_code == 401 and answer.json()["error"] == "Unauthorized"
    assert guarded.get("/health", headers={"authorization": "Bearer wrong-token-0123456789"}).status_code == 401
    assert guarded.get("/health", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
    posted = guarded.post("/v1/verdict", json={"client": "A"}, headers={"authorization": f"Bearer {TOKEN}"})
    assert posted.status_code == 200


def test_a_browser_brings_the_token_once_then_keeps_it_in_a_cookie(guarded) -> None:  # type: ignore[no-untyped-def]
    answer = guarded.get(f"/portfolio?token={TOKEN}&lang=ko")
    assert answer.status_code == 303 and answer.headers["location"] == "/portfolio?lang=ko"
    assert "HttpOnly" in answer.headers["set-cookie"] and "SameSite=Strict" in answer.headers["set-cookie"]
    assert guarded.get("/portfolio?lang=ko").status_code == 200  # the cookie now
    assert guarded.post(f"/v1/verdict?token={TOKEN}", json={}).status_code == 200  # the cookie, not the query


def test_a_loopback_server_refuses_other_host_names(web) -> None:  # type: ignore[no-untyped-def]
    answer = web.get("/health", headers={"host": "attacker.example:8080"})  # DNS rebinding
    assert answer.status_code == 421 and answer.json()["error"] == "MisdirectedRequest"
    assert web.get("/health", headers={"host": "localhost:8080"}).status_code == 200


@pytest.mark.parametrize("headers", [{"sec-fetch-site": "cross-site"}, {"origin": "http://attacker.example"}])
def test_cross_site_posts_are_refused(web, headers) -> None:  # type: ignore[no-untyped-def]
    answer = web.post("/v1/verdict", json={"client": "A"}, headers=headers)
    assert answer.status_code == 403 and web.get("/v1/audit").json()["count"] == 0


def test_form_posts_need_the_csrf_token(web) -> None:  # type: ignore[no-untyped-def]
    facts = '{"client": "A", "payment": {"late_invoices": 4}}'
    refused = web.post("/verdict/record", data={"facts": facts}, follow_redirects=False)
    assert refused.status_code == 403 and refused.json()["key"] == "csrf"
    forged = web.post("/verdict/record", data={"facts": facts, "csrf": new_csrf("another-server")},
                      follow_redirects=False)
    assert forged.status_code == 403 and web.get("/v1/audit").json()["count"] == 0
    done = web.post("/verdict/record", data={"facts": facts, "csrf": csrf_of(web)}, follow_redirects=False)
    assert done.status_code == 303 and re.fullmatch(r"/audit/\d+", done.headers["location"])
    upload = web.post("/portfolio/upload", files={"file": ("p.csv", b"client\nA\n")})
    assert upload.status_code == 403


def test_csrf_tokens_are_signed() -> None:
    token = new_csrf("k1")
    assert csrf_ok("k1", token, token) and not csrf_ok("k2", token, token)
    assert not csrf_ok("k1", token, new_csrf("k1")) and not csrf_ok("k1", None, token)
    assert not csrf_ok("k1", "abc.def", "abc.def")


def test_bodies_have_a_size_limit(tmp_path: Path) -> None:
    settings = Settings(db=str(tmp_path / "a.db"), jobs_dir=str(tmp_path / "j"), max_body=2000, max_upload=5000)
    with TestClient(create_app(settings), base_url="http://127.0.0.1:8080") as client:
        big = '{"client": "' + "x" * 3000 + '"}'
        answer = client.post("/v1/verdict", content=big, headers={"content-type": "application/json"})
        assert answer.status_code == 413 and answer.json()["error"] == "PayloadTooLarge"

        def chunks():  # no Content-Length: counted as it arrives
            yield b'{"client": "'
            yield b"x" * 3000
            yield b'"}'

        chunked = client.post("/v1/verdict", content=chunks(), headers={"content-type": "application/json"})
        assert chunked.status_code == 413
        lines = (b'{"client": "a"}\n' * 200)
        assert client.post("/v1/batch", content=lines, headers={"content-type": "application/x-ndjson"}).status_code == 200
        assert client.post("/v1/batch", content=lines * 2, headers={"content-type": "application/x-ndjson"}
                           ).status_code == 413


@pytest.mark.parametrize("path", ["/static/../pyproject.toml", "/static/%2e%2e/pyproject.toml",
                                  "/static/..%2fclientfire%2fweb%2fapp.py", "/static//etc/passwd",
                                  "/portfolio/jobs/..%2f..%2fetc", "/static/templates/base.html"])
def test_no_request_reaches_files_outside_the_static_folder(web, path: str) -> None:  # type: ignore[no-untyped-def]
    answer = web.get(path)
    assert answer.status_code == 404 and "root:" not in answer.text and "[build-system]" not in answer.text


def test_responses_carry_the_safety_headers(web) -> None:  # type: ignore[no-untyped-def]
    for answer in (web.get("/"), web.get("/health"), web.get("/nothing")):
        assert "script-src 'self'" in answer.headers["content-security-policy"]
        assert answer.headers["x-content-type-options"] == "nosniff" and answer.headers["x-frame-options"] == "DENY"


def test_user_text_is_escaped_in_pages_report_and_svg(web) -> None:  # type: ignore[no-untyped-def]
    query = {"client": EVIL, "payment.late_invoices": "6", "notes": EVIL}
    pages = [web.get("/verdict", params=query).text, web.get("/", params=query).text,
             web.get("/verdict/report", params=query).text, web.get("/verdict/diagram", params=query).text,
             web.get("/form/live", params=query).text]
    decision = web.post("/v1/verdict", json={"client": EVIL, "payment": {"late_invoices": 6}}).json()["decision_id"]
    pages += [web.get(f"/audit/{decision}").text, web.get("/portfolio").text,
              web.get("/portfolio/client", params={"name": EVIL}).text]
    for text in pages:
        assert "<script>alert" not in text and "<b>Co</b>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[0]
    if "<svg" in pages[3]:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[3]
