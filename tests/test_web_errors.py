"""A browser that asks for what is not there (or posts an expired form) gets a page in its language, with the way
back; the /v1 API and htmx keep their JSON and bare notices (clientfire/web/replies.py, deps.notice_page)."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.mark.parametrize(("path", "lang", "status", "heading", "said"), [
    ("/no-such-page", "en", 404, "Page not found", "There is no page at /no-such-page."),
    ("/no-such-page", "ko", 404, "페이지를 찾을 수 없습니다", "/no-such-page에는 페이지가 없습니다."),
    ("/no-such-page", "fi", 404, "Sivua ei löytynyt", "Osoitteessa /no-such-page ei ole sivua."),
    ("/audit/999", "id", 404, "Tidak ditemukan", "tidak ada catatan audit dengan id 999"),
    ("/portfolio/client?name=Nobody", "ko", 404, "찾을 수 없습니다", "'Nobody'에 대해 기록된 판정이 없습니다"),
])
def test_a_missing_page_or_record_is_a_page_in_the_browser_s_language(web, path: str, lang: str, status: int,  # type: ignore[no-untyped-def]
                                                                      heading: str, said: str) -> None:
    answer = web.get(path, headers={"accept": BROWSER, "accept-language": lang})
    assert answer.status_code == status and answer.headers["content-type"].startswith("text/html")
    assert f"<h1>{heading}</h1>" in answer.text and f'<p class="error" role="alert">{escape(said)}</p>' in answer.text
    assert f'<html lang="{lang}">' in answer.text and '<a class="button" href="/">' in answer.text  # the way back


def test_an_expired_form_is_a_page_saying_to_reload_it(web) -> None:  # type: ignore[no-untyped-def]
    answer = web.post("/portfolio/upload", data={"csrf": "forged"},
                      headers={"accept": BROWSER, "accept-language": "fi"})
    assert answer.status_code == 403 and "<h1>Lomake on vanhentunut</h1>" in answer.text
    assert "lataa sivu uudelleen ja lähetä se uudestaan" in answer.text


@pytest.mark.parametrize(("method", "path", "headers", "kind"), [
    ("get", "/v1/nothing", {"accept": BROWSER}, "json"),          # the API answers JSON, whatever the browser takes
    ("get", "/no-such-page", {}, "json"),                          # a client that does not ask for HTML
    ("get", "/portfolio/client?name=Nobody", {"accept": BROWSER, "hx-request": "true"}, "notice"),  # htmx swaps it in
    ("post", "/portfolio/upload", {"accept": "application/json"}, "json"),
])
def test_the_api_and_htmx_keep_their_error_forms(web, method: str, path: str, headers: dict[str, str],  # type: ignore[no-untyped-def]
                                                 kind: str) -> None:
    answer = getattr(web, method)(path, headers=headers)
    assert answer.status_code in (403, 404)
    if kind == "json":
        assert answer.headers["content-type"].startswith("application/json") and "error" in answer.json()
    else:
        assert re.fullmatch(r'<p class="error" role="alert">[^<]+</p>\s*', answer.text)
