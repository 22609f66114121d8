"""The web app's own messages (clientfire/message_web.py): a page says an input error in the page's language; the
JSON API keeps the English text its clients read; each message of the API says itself in Korean too."""

from __future__ import annotations

import asyncio
import html
import re
from typing import Any

import pytest
from conftest import csrf_of
from starlette.requests import Request

from clientfire.engine import Engine
from clientfire.engine.load import bundled_dir, knowledge_files
from clientfire.errors import InputError

#: a page's input error: what is sent (method, path, request arguments), then what the page says in English and Korean
PAGE_ERRORS: list[tuple[str, str, str, dict[str, Any], str, str]] = [
    ("upload without a file", "post", "/portfolio/upload", {"data": {"x": "1"}},
     "choose a portfolio file (.csv or .jsonl) to upload", "올릴 포트폴리오 파일(.csv 또는 .jsonl)을 고르십시오"),
    ("upload of a spreadsheet", "post", "/portfolio/upload", {"files": {"file": ("clients.xlsx", b"x")}},
     "a portfolio is a .csv or .jsonl file, not 'clients.xlsx'",
     "포트폴리오는 .csv 또는 .jsonl 파일입니다(받은 파일: 'clients.xlsx')"),
    ("upload with a bad date", "post", "/portfolio/upload",
     {"data": {"today": "2025-13-01"}, "files": {"file": ("c.csv", b"client\nA\n")}},
     "'today' must be a date (YYYY-MM-DD), not '2025-13-01'",
     "'today'에는 날짜(YYYY-MM-DD)만 쓸 수 있습니다(받은 값: '2025-13-01')"),
    ("history of nobody", "get", "/portfolio/client", {"params": {"name": "Nobody"}},
     "no decision recorded for 'Nobody'", "'Nobody'에 대해 기록된 판정이 없습니다"),
    ("an upload the server does not know", "get", "/portfolio/jobs/0123456789abcdef01234567", {},
     "no such upload (the server may have restarted)", "그런 업로드가 없습니다(서버가 다시 시작되었을 수 있습니다)"),
    ("an audit record that does not exist", "get", "/audit/999", {},
     "no audit record with id 999", "번호가 999인 감사 기록이 없습니다"),
    ("loading no client file", "post", "/form/load", {"data": {"x": "1"}},
     "choose a client file (YAML or JSON) to load", "불러올 클라이언트 파일(YAML 또는 JSON)을 고르십시오"),
    ("loading a client file too large", "post", "/form/load", {"files": {"file": ("big.yaml", b"a" * 256_001)}},
     "file is too large (256001 bytes, limit 256000) at big.yaml",
     "파일이 너무 큽니다(256001바이트, 한도 256000) (위치: big.yaml)"),
    ("loading a client file not UTF-8", "post", "/form/load", {"files": {"file": ("c.yaml", b"\xff\xfe")}},
     "not UTF-8 text (byte 0) at c.yaml", "UTF-8 텍스트가 아닙니다(바이트 0) (위치: c.yaml)"),
    ("loading an empty client file", "post", "/form/load", {"files": {"file": ("c.yaml", b"  \n")}},
     "nothing in it: it is empty at c.yaml", "아무것도 없습니다: 비어 있습니다 (위치: c.yaml)"),
    ("trying no change", "post", "/knowledge/try", {"data": {"x": "1"}},
     "give an overrides file (or type one in), or the files of an edited knowledge folder",
     "재정의 파일을 주거나(직접 입력해도 됩니다), 고친 지식 폴더의 파일들을 주십시오"),
    ("trying a file not named like knowledge", "post", "/knowledge/try", {"files": [("files", ("../x.txt", b"a: 1"))]},
     "a knowledge file is named like 'signs.yaml', not 'x.txt'",
     "지식 파일 이름은 'signs.yaml'과 같은 꼴입니다(받은 이름: 'x.txt')"),
    ("trying overrides with a typo", "post", "/knowledge/try",
     {"data": {"overrides_text": "thresholds:\n  late_paymnt.min_late_invoices: 2\n"}},
     "unknown threshold 'late_paymnt.min_late_invoices' (a new one is written {value: ...}) "
     "(did you mean 'late_payment.min_late_invoices'?) at overrides.yaml:2",
     "알 수 없는 기준값 'late_paymnt.min_late_invoices'(새 기준값은 {value: ...} 형태로 적습니다) "
     "('late_payment.min_late_invoices'을(를) 뜻하셨나요?) (위치: overrides.yaml:2)"),
]


def _alerts(page: str) -> list[str]:
    """The texts of a page's error lines (role=alert), as a reader sees them."""
    return [html.unescape(t) for t in re.findall(r'role="alert"[^>]*>(.*?)</p>', page, flags=re.S)]


def _ask(web: Any, method: str, path: str, sent: dict[str, Any], lang: str | None, **headers: str) -> Any:
    """The page `path` asked for with `sent` (and a CSRF token on a post), in `lang` (?lang=) when given."""
    params = {**sent.get("params", {}), **({"lang": lang} if lang else {})}
    if method == "post":
        headers["x-csrf-token"] = csrf_of(web)
    rest = {k: v for k, v in sent.items() if k != "params"}
    return getattr(web, method)(path, params=params, headers=headers, **rest)


@pytest.mark.parametrize(("method", "path", "sent", "lang", "said"),
                         [pytest.param(m, p, s, lang, text, id=f"{name}-{lang}") for name, m, p, s, en, ko in PAGE_ERRORS
                          for lang, text in (("en", en), ("ko", ko))])
def test_a_page_says_an_input_error_in_the_page_language(web, method: str, path: str, sent: dict[str, Any],  # type: ignore[no-untyped-def]
                                                         lang: str, said: str) -> None:
    assert _alerts(_ask(web, method, path, sent, lang).text) == [said]


@pytest.mark.parametrize(("name", "method", "path", "sent", "english", "korean"), PAGE_ERRORS[:3] + PAGE_ERRORS[-3:],
                         ids=[row[0] for row in PAGE_ERRORS[:3] + PAGE_ERRORS[-3:]])
def test_a_page_error_follows_the_browsers_language_when_no_language_is_chosen(  # type: ignore[no-untyped-def]
        web, name: str, method: str, path: str, sent: dict[str, Any], english: str, korean: str) -> None:
    assert _alerts(_ask(web, method, path, sent, None, **{"accept-language": "ko-KR,ko;q=0.9"}).text) == [korean]
    assert _alerts(_ask(web, method, path, sent, None).text) == [english]


def _bundled_files() -> list[tuple[str, tuple[str, bytes]]]:
    return [("files", (p.name, p.read_bytes())) for p in knowledge_files(bundled_dir())]


#: what is tried on the knowledge page -> its heading in English and in Korean ({n}: how many files were sent)
TRIED = [("typed-in overrides", {"data": {"overrides_text": "thresholds:\n  late_payment.min_late_invoices: 2\n"}},
          "overrides overrides.yaml", "재정의 파일 overrides.yaml"),
         ("an uploaded overrides file", {"files": {"overrides": ("mine.yaml", b"thresholds: {}\n")}},
          "overrides mine.yaml", "재정의 파일 mine.yaml"),
         ("one knowledge file", {"files": _bundled_files()[:1]}, "knowledge folder (1 file)", "지식 폴더(파일 1개)"),
         ("the whole knowledge folder", {"files": _bundled_files()}, "knowledge folder ({n} files)", "지식 폴더(파일 {n}개)")]


@pytest.mark.parametrize(("sent", "english", "korean"), [row[1:] for row in TRIED], ids=[row[0] for row in TRIED])
def test_the_try_page_names_what_was_tried_in_the_page_language(web, sent: dict[str, Any], english: str,  # type: ignore[no-untyped-def]
                                                               korean: str) -> None:
    count = len(sent.get("files", []))
    for lang, heading in (("en", english), ("ko", korean)):
        page = _ask(web, "post", "/knowledge/try", sent, lang).text
        assert re.findall(r"<h3>(.*?)</h3>", page) == [heading.format(n=count)]


#: an API request with a problem -> the English message of its error object (whatever language was asked for)
API_ERRORS = [
    ("/v1/verdict?lang=xx", b"{}", "application/json", "unknown language 'xx' (choose from en, id, ko, fi)"),
    ("/v1/verdict?lang=ko&today=2025-13-01", b"{}", "application/json",
     "'today' must be a date (YYYY-MM-DD), not '2025-13-01'"),
    ("/v1/verdict?lang=ko&record=maybe", b"{}", "application/json", "'record' must be true or false, not 'maybe'"),
    ("/v1/verdict?lang=ko", b'{"a": 1, "a": 2}', "application/json", "duplicate key 'a'"),
    ("/v1/verdict?lang=ko", b'{"a": NaN}', "application/json", "malformed JSON: NaN is not a number JSON allows"),
    ("/v1/verdict?lang=ko", b'{"a": ', "application/json", "malformed JSON: Expecting value (column 7)"),
    ("/v1/verdict?lang=ko", b"[" * 100_000, "application/json", "malformed JSON: nesting too deep"),
    ("/v1/verdict?lang=ko", b"\xff", "application/json", "not UTF-8 text (byte 0)"),
    ("/v1/verdict?lang=ko", b" ", "application/json", "nothing in it: it is empty"),
    ("/v1/verdict?lang=ko", b"{}", "text/plain", "send the client as application/json (or application/yaml), not 'text/plain'"),
    ("/v1/verdict?lang=ko", b"{}", "", "send the client as application/json (or application/yaml), not 'no type'"),
    ("/v1/batch?lang=ko", b"{}", "text/plain", "send JSON Lines as application/x-ndjson, not 'text/plain'"),
]


@pytest.mark.parametrize(("path", "body", "kind", "english"), API_ERRORS)
def test_the_api_answers_an_input_error_in_english_whatever_the_language(web, path: str, body: bytes, kind: str,  # type: ignore[no-untyped-def]
                                                                         english: str) -> None:
    headers = {"content-type": kind, "accept-language": "ko"} if kind else {"accept-language": "ko"}
    answer = web.post(path, content=body, headers=headers)
    assert answer.status_code == 422 and answer.json()["message"] == english


def test_a_batch_line_not_utf8_is_answered_in_english(web) -> None:  # type: ignore[no-untyped-def]
    answer = web.post("/v1/batch?lang=ko", content=b"\xff\n", headers={"content-type": "application/x-ndjson"})
    assert answer.json()["error"]["detail"] == "the line is not UTF-8 text at request:1"


def test_an_output_not_kept_is_answered_in_english(web) -> None:  # type: ignore[no-untyped-def]
    decision = web.post("/v1/verdict", json={"client": "Acme"}).json()["decision_id"]
    answer = web.get(f"/audit/{decision}/output", params={"format": "pdf", "lang": "ko"})
    assert answer.status_code == 422
    assert answer.json()["message"] == f"record {decision} was not kept as pdf (kept: text, markdown, json)"


def _request(web: Any, query: bytes = b"", kind: str = "") -> Request:
    headers = [(b"content-type", kind.encode())] if kind else []
    return Request({"type": "http", "method": "POST", "path": "/", "query_string": query, "headers": headers,
                    "app": web.app})


def _raised(call: Any) -> InputError:
    with pytest.raises(InputError) as caught:
        result = call()
        if asyncio.iscoroutine(result):
            asyncio.run(result)
    return caught.value


def _api_calls(web: Any, engine: Engine) -> dict[str, Any]:
    """The API's checks, each called as its endpoint calls it."""
    from clientfire.web.bodies import client_body, json_document, text_of
    from clientfire.web.query import day_param, flag, lang_param
    from clientfire.web.routes.api import batch

    return {"lang": lambda: lang_param(_request(web, b"lang=xx")), "today": lambda: day_param(_request(web, b"today=x")),
            "flag": lambda: flag(_request(web, b"record=maybe"), "record"),
            "duplicate": lambda: json_document('{"a": 1, "a": 2}'), "nan": lambda: json_document('{"a": NaN}'),
            "expecting": lambda: json_document('{"a": '), "extra": lambda: json_document("{} {}"),
            "deep": lambda: json_document("[" * 100_000), "large": lambda: text_of(b"abc", "request", 2),
            "utf8": lambda: text_of(b"\xff", "request"), "empty": lambda: text_of(b" ", "request"),
            "client type": lambda: client_body(_request(web, kind="text/plain"), engine.kb),
            "no type": lambda: client_body(_request(web), engine.kb),
            "lines type": lambda: batch(_request(web, kind="text/csv"))}


#: each API check -> its error in Korean (ids, keys and the client's own values as they are)
API_KOREAN = {
    "lang": "'xx'은(는) 알 수 없는 언어입니다(en, id, ko, fi 중에서 고르십시오)",
    "today": "'today'에는 날짜(YYYY-MM-DD)만 쓸 수 있습니다(받은 값: 'x')",
    "flag": "'record'에는 true 또는 false만 쓸 수 있습니다(받은 값: 'maybe')",
    "duplicate": "키 'a'이(가) 중복됩니다 (위치: request)",
    "nan": "JSON 형식 오류: NaN은(는) JSON에서 쓸 수 있는 숫자가 아닙니다 (위치: request)",
    "expecting": "JSON 형식 오류: 값이 와야 합니다(7열) (위치: request:1)",
    "extra": "JSON 형식 오류: 뒤에 남는 데이터가 있습니다(4열) (위치: request:1)",
    "deep": "JSON 형식 오류: 중첩이 너무 깊습니다 (위치: request)",
    "large": "파일이 너무 큽니다(3바이트, 한도 2) (위치: request)",
    "utf8": "UTF-8 텍스트가 아닙니다(바이트 0) (위치: request)",
    "empty": "아무것도 없습니다: 비어 있습니다 (위치: request)",
    "client type": "클라이언트는 application/json(또는 application/yaml)으로 보내십시오(받은 형식: 'text/plain')",
    "no type": "클라이언트는 application/json(또는 application/yaml)으로 보내십시오(받은 형식: '형식 없음')",
    "lines type": "JSON Lines는 application/x-ndjson(으)로 보내십시오(받은 형식: 'text/csv')",
}


@pytest.mark.parametrize("check", sorted(API_KOREAN))
def test_every_api_error_says_itself_in_korean(web, engine: Engine, check: str) -> None:  # type: ignore[no-untyped-def]
    assert _raised(_api_calls(web, engine)[check]).text("ko") == API_KOREAN[check]


#: an uploaded portfolio with a problem -> the page's error line (a failed upload) or its row errors, per language
UPLOAD_ERRORS = [
    ("a column that is a fact group", b"client,payment\nA,3\n", "en",
     "unknown column: 'payment' is a group; name a column by fact, e.g. 'payment.late_invoices' at c.csv:1"),
    ("a column that is a fact group", b"client,payment\nA,3\n", "ko",
     "알 수 없는 열입니다: 'payment'은(는) 사실 묶음입니다. 열 이름은 사실로 쓰십시오(예: 'payment.late_invoices') "
     "(위치: c.csv:1)"),
    ("a row with a bad value", b"client,payment.late_invoices\nA,12x\nB,1\n", "en",
     "<code>c.csv:2</code>: 'payment.late_invoices' must be a number, not '12x'"),
    ("a row with a bad value", b"client,payment.late_invoices\nA,12x\nB,1\n", "ko",
     "<code>c.csv:2</code>: 'payment.late_invoices'에는 숫자만 쓸 수 있습니다(받은 값: '12x')"),
]


@pytest.mark.parametrize(("csv", "lang", "said"), [row[1:] for row in UPLOAD_ERRORS],
                         ids=[f"{row[0]}-{row[2]}" for row in UPLOAD_ERRORS])
def test_an_uploads_errors_are_said_in_the_language_it_was_uploaded_in(web, csv: bytes, lang: str,  # type: ignore[no-untyped-def]
                                                                       said: str) -> None:
    from test_web_pages import _wait_job

    started = _ask(web, "post", "/portfolio/upload", {"files": {"file": ("c.csv", csv)}}, lang)
    done = _wait_job(web, started.text)
    rows = [html.unescape(r) for r in re.findall(r'<ul class="errors"><li>(.*?)</li>', done)]
    assert (_alerts(done) or rows) == [said] and "/tmp/" not in done
