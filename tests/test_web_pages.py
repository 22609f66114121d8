"""The pages in process: the form from the vocabulary, live verdicts, the verdict page, portfolio, audit, knowledge."""

from __future__ import annotations

import json
import re
import time
from html.parser import HTMLParser
from urllib.parse import parse_qsl

import pytest
from conftest import EXAMPLES, ROOT, TODAY, csrf_of

from clientfire.engine import Engine
from clientfire.engine.result import pick_text
from clientfire.web.forms import client_file, client_of, field_values, form_groups, query_of

ACME = {"client": "Acme", "payment.late_invoices": "6", "payment.unpaid_overdue_invoices": "2",
        "contract.active": "true", "contract.end_date": "2027-03-31"}


class _Inputs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: dict[str, set[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag in ("input", "textarea") and found.get("name"):
            self.names.setdefault(str(found["name"]), set()).add(str(found.get("type") or tag))


def _inputs(page: str) -> dict[str, set[str]]:
    parser = _Inputs()
    parser.feed(page)
    return parser.names


def test_the_form_asks_every_input_fact_with_its_type(web, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    names = _inputs(web.get("/").text)
    kinds = {"bool": {"radio"}, "date": {"date"}, "text": {"text"}}
    for fact in engine.kb.facts.values():
        if fact.formula is None and "." in fact.id:
            assert names[fact.id] == kinds.get(fact.type, {"number"}), fact.id
    derived = [f.id for f in engine.kb.facts.values() if f.formula]
    assert not set(derived) & set(names) and {"client", "notes", "today"} <= set(names)


def test_form_groups_follow_the_vocabulary(engine: Engine) -> None:
    groups = form_groups(engine.kb, "ko")
    assert groups[0].title == pick_text(engine.kb.group_titles[groups[0].id], "ko")
    percent = next(f for g in groups for f in g.fields if f.type == "percent")
    assert (percent.min, percent.max) == ("0", "100")
    assert all(f.help for g in groups for f in g.fields)  # every fact has its question as help


#: form text -> value in the client facts (or the error's words)
TYPED = [("payment.late_invoices", "6", 6), ("money.monthly_revenue", "3500.5", 3500.5),
         ("payment.pays_eventually", "true", True), ("payment.pays_eventually", "no", False),
         ("contract.end_date", "2027-03-31", "2027-03-31"), ("payment.late_invoices", "  ", None),
         ("payment.late_invoices", "six", "must be a number"), ("payment.pays_eventually", "maybe", "true or false")]


@pytest.mark.parametrize(("fact", "text", "expected"), TYPED)
def test_form_text_becomes_the_value_a_client_file_holds(engine: Engine, fact: str, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    if isinstance(expected, str) and not expected[:1].isdigit():
        with pytest.raises(Exception, match=expected):
            client_of(engine.kb, [(fact, text)])
        return
    client = client_of(engine.kb, [(fact, text)])
    value = client.values.get(fact)
    assert (value.isoformat() if hasattr(value, "isoformat") else value) == expected


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.stem for e in EXAMPLES])
def test_fields_query_and_client_file_give_back_the_same_facts(engine: Engine, example) -> None:  # type: ignore[no-untyped-def]
    from clientfire.engine.client import client_from_mapping
    from clientfire.engine.yamlio import parse_text

    client = engine.load_client(example)
    again = client_of(engine.kb, parse_qsl(query_of(client)))
    assert (again.values, again.name, again.notes) == (client.values, client.name, client.notes)
    for fmt in ("yaml", "json"):
        loaded = client_from_mapping(parse_text(client_file(client, fmt), "x"), engine.kb, "x")
        assert loaded.values == client.values and loaded.name == client.name
    assert field_values(client)["client"] == client.name


def test_the_live_verdict_follows_the_fields(web) -> None:  # type: ignore[no-untyped-def]
    calm = web.get("/form/live", params={"client": "Acme"}).text
    assert "v-keep" in calm
    late = web.get("/form/live", params=ACME).text
    assert "v-pause_work" in late and 'data-sign="late_payment"' in late
    wrong = web.get("/form/live", params={"payment.late_invoices": "-3"})
    assert wrong.status_code == 200 and "zero or more" in wrong.text and 'role="alert"' in wrong.text


def test_loading_a_client_file_fills_the_form(web) -> None:  # type: ignore[no-untyped-def]
    example = ROOT / "examples" / "oakline-late-payer.yaml"
    headers = {"hx-request": "true", "x-csrf-token": csrf_of(web)}
    answer = web.post("/form/load", files={"file": (example.name, example.read_bytes())}, headers=headers)
    assert answer.status_code == 200 and 'id="client-form"' in answer.text and "<html" not in answer.text
    assert re.search(r'name="payment.late_invoices" value="5"', answer.text)
    bad = web.post("/form/load", files={"file": ("acme.yaml", b"payment:\n  late_invoces: 3\n")}, headers=headers)
    assert "unknown fact &#39;late_invoces&#39; (did you mean &#39;late_invoices&#39;?) at acme.yaml:2" in bad.text


def test_download_the_form_as_a_client_file(web) -> None:  # type: ignore[no-untyped-def]
    answer = web.get("/form/download", params={**ACME, "format": "yaml"})
    assert answer.headers["content-disposition"] == 'attachment; filename="acme.yaml"'
    assert "late_invoices: 6" in answer.text and "end_date: '2027-03-31'" in answer.text
    as_json = web.get("/form/download", params={**ACME, "format": "json"})
    assert json.loads(as_json.text)["contract"] == {"active": True, "end_date": "2027-03-31"}


def test_the_verdict_page_puts_the_plan_before_how(web, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    client = engine.load_client(ROOT / "examples" / "crestline-abusive-director.yaml")
    page = web.get("/verdict?" + query_of(client)).text
    order = [page.index(f'id="{part}"') for part in ("exit-plan", "prevention", "how", "why-not", "what-if-area",
                                                      "diagram-area")]
    assert order == sorted(order)
    assert "3,600" in page and "2027-03-31" in page  # the refund owed and the contract's end, in the checklist
    assert page.count('type="checkbox"') >= 5
    bad = web.get("/verdict", params={"payment.late_invoices": "lots"})
    assert bad.status_code == 422 and 'id="client-form"' in bad.text and "must be a number" in bad.text


def test_what_if_flips_are_one_click_and_true(web) -> None:  # type: ignore[no-untyped-def]
    fragment = web.get("/verdict/what-if", params=ACME).text
    links = re.findall(r'class="flip" data-verdict="(\w+)".*?href="/verdict\?([^"]+)"', fragment, flags=re.S)
    assert links
    for verdict, query in links:
        followed = web.get("/verdict?" + query.replace("&amp;", "&")).text
        assert f'class="verdict v-{verdict}"' in followed.split('id="how"')[0]


def test_the_diagram_is_inline_svg_or_a_note_without_dot(web, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from clientfire.explain.render import find_dot

    if find_dot():
        assert "<svg" in web.get("/verdict/diagram", params=ACME).text
    monkeypatch.setenv("PATH", str(tmp_path))
    without = web.get("/verdict/diagram", params=ACME)
    assert without.status_code == 200 and "<svg" not in without.text and "apt-get install graphviz" in without.text


@pytest.mark.parametrize(("ask", "lang"), [({"accept-language": "ko-KR,ko;q=0.9"}, "ko"),
                                           ({"accept-language": "de, fi;q=0.8, en;q=0.5"}, "fi"),
                                           ({"accept-language": "fr"}, "en"), ({"cookie": "lang=id"}, "id")])
def test_the_language_comes_from_the_browser_or_the_switch(web, engine: Engine, ask, lang) -> None:  # type: ignore[no-untyped-def]
    page = web.get("/verdict", params=ACME, headers=ask).text
    assert f'<html lang="{lang}">' in page
    verdict = engine.kb.item("verdict", "pause_work")
    assert verdict and pick_text(verdict.title, lang) in page


def test_the_switch_keeps_the_page_and_remembers_the_language(web) -> None:  # type: ignore[no-untyped-def]
    page = web.get("/verdict", params=ACME).text
    switch = re.search(r'<a href="([^"]+)" hreflang="ko"', page)
    assert switch and "payment.late_invoices=6" in switch.group(1)
    answer = web.get(switch.group(1).replace("&amp;", "&"))
    assert '<html lang="ko">' in answer.text and answer.cookies.get("lang") == "ko"
    assert '<html lang="ko">' in web.get("/portfolio").text


def _wait_job(web, fragment: str) -> str:  # type: ignore[no-untyped-def]
    for _ in range(200):
        found = re.search(r'hx-get="(/portfolio/jobs/\w+)"', fragment)
        if not found:
            return fragment
        time.sleep(0.05)
        fragment = web.get(found.group(1)).text
    raise AssertionError("the upload did not finish")


def test_upload_a_portfolio_and_see_it_triaged_then_in_the_portfolio(web) -> None:  # type: ignore[no-untyped-def]
    rows = ["client,payment.late_invoices,payment.unpaid_overdue_invoices,respect.belittles"]
    rows += [f"Client {i},{i % 7},{i % 3},{'true' if i % 11 == 0 else ''}" for i in range(300)] + ["Bad,-1,,"]
    csv = ("\n".join(rows) + "\n").encode()
    started = web.post("/portfolio/upload", files={"file": ("clients.csv", csv)}, headers={"x-csrf-token": csrf_of(web)})
    assert started.status_code == 200 and "<progress" in started.text
    done = _wait_job(web, started.text)
    assert "300 clients evaluated and recorded" in done and "1 row could not be evaluated" in done
    assert "clients.csv:302" in done and "/tmp" not in done
    first = re.search(r'<tr data-client="([^"]+)"><td class="num">1</td>', done)
    assert first and first.group(1).startswith("Client ") and 'v-fire' in done.split("</tr>")[1]
    portfolio = web.get("/portfolio").text
    assert portfolio.count("<tr data-client=") == 300
    worst = re.findall(r'<tr data-client="[^"]+">\s*<td>.*?class="verdict v-(\w+)', portfolio, flags=re.S)
    ranks = ["keep", "address", "pause_work", "fire"]
    assert [ranks.index(v) for v in worst] == sorted((ranks.index(v) for v in worst), reverse=True)
    refused = web.post("/portfolio/upload", files={"file": ("clients.xlsx", b"x")}, headers={"x-csrf-token": csrf_of(web)})
    assert "a portfolio is a .csv or .jsonl file" in refused.text


def test_an_uploaded_spreadsheets_own_columns_are_left_out_and_named(web) -> None:  # type: ignore[no-untyped-def]
    csv = b"client,account manager,payment.late_invoices\nAcme,Jo,4\n"
    started = web.post("/portfolio/upload", files={"file": ("book.csv", csv)}, headers={"x-csrf-token": csrf_of(web)})
    done = _wait_job(web, started.text)
    assert "1 client evaluated and recorded" in done
    assert re.search(r'id="left-out">Columns left out \(they are not facts\): <code>account manager</code>', done)


def test_a_clients_history_and_an_audit_record_page(web) -> None:  # type: ignore[no-untyped-def]
    first = web.post("/v1/verdict", json={"client": "Acme", "payment": {"late_invoices": 1}}).json()
    second = web.post("/v1/verdict", json={"client": "Acme", "payment": {"late_invoices": 6,
                                                                          "unpaid_overdue_invoices": 2}}).json()
    history = web.get("/portfolio/client", params={"name": "Acme"}).text
    assert history.count("<circle") == 2 and "<code>late_payment</code>" in history
    record = web.get(f"/audit/{second['decision_id']}")
    stored = web.get(f"/v1/audit/{second['decision_id']}").json()["rendered"]["text"]
    from markupsafe import escape

    assert f'<pre class="output" id="output">{escape(stored)}</pre>' in record.text
    assert web.get(f"/audit/{first['decision_id']}/output?format=markdown").text.startswith("# Acme")
    replay = web.post(f"/audit/{second['decision_id']}/replay", headers={"x-csrf-token": csrf_of(web)})
    assert "same verdict" in replay.text and "reproduced on the recorded knowledge" in replay.text
    assert web.get("/audit/999").status_code == 404


def test_the_knowledge_page_checks_scenarios_and_a_change(web, engine: Engine) -> None:  # type: ignore[no-untyped-def]
    page = web.get("/knowledge").text
    assert "clientfire check: no errors, no warnings." in page
    for sign in engine.kb.signs:
        assert f"<code>{sign.id}</code>" in page
    assert "C: “6 signs it&#39;s time to fire a client”, Entrepreneur" in page and ".txt" not in page  # the article
    assert "passed, 0 failed" in web.get("/knowledge/scenarios").text
    web.post("/v1/verdict", json={"client": "Late one", "payment": {"late_invoices": 2}})
    web.post("/v1/verdict", json={"client": "Calm one", "payment": {"late_invoices": 0}})
    tried = web.post("/knowledge/try", data={"overrides_text": "thresholds:\n  late_payment.min_late_invoices: 2\n"},
                     headers={"x-csrf-token": csrf_of(web)}).text
    assert "1 of 2 clients in the audit log would get another verdict" in tried
    assert "late_payment.min_late_invoices</code>: 3 → 2" in tried and "Late one" in tried
    broken = web.post("/knowledge/try", data={"overrides_text": "thresholds:\n  late_paymnt.min_late_invoices: 2\n"},
                      headers={"x-csrf-token": csrf_of(web)}).text
    assert "unknown threshold" in broken and "overrides.yaml:2" in broken and "/tmp/" not in broken


def test_an_edited_knowledge_folder_can_be_tried(web) -> None:  # type: ignore[no-untyped-def]
    from clientfire.engine.load import bundled_dir, knowledge_files

    files = [("files", (p.name, p.read_bytes())) for p in knowledge_files(bundled_dir())]
    thresholds = next(i for i, f in enumerate(files) if f[1][0] == "thresholds.yaml")
    text = files[thresholds][1][1].decode().replace("min_late_invoices:\n      value: 3", "min_late_invoices:\n      value: 9")
    files[thresholds] = ("files", ("thresholds.yaml", text.encode()))
    web.post("/v1/verdict", json={"client": "Late", "payment": {"late_invoices": 4}})
    tried = web.post("/knowledge/try", files=files, headers={"x-csrf-token": csrf_of(web)}).text
    assert "knowledge folder (" in tried and "1 of 1 client in the audit log" in tried
    evil = web.post("/knowledge/try", files=[("files", ("../../x.yaml", b"a: 1"))], headers={"x-csrf-token": csrf_of(web)})
    assert "knowledge file is named like" in evil.text or "x.yaml" in evil.text


def test_every_page_is_well_formed(web) -> None:  # type: ignore[no-untyped-def]
    from test_report import _parse

    decision = web.post("/v1/verdict", json={"client": "Acme", "payment": {"late_invoices": 6}}).json()["decision_id"]
    for path in ("/", "/verdict?client=A&payment.late_invoices=6", "/portfolio", "/knowledge", "/docs",
                 f"/audit/{decision}", "/portfolio/client?name=Acme"):
        parsed = _parse(web.get(path, params={"today": TODAY.isoformat()}).text)
        assert parsed.errors == [] and parsed.stack == [], path


@pytest.mark.parametrize(("lang", "english"), [("ko", False), ("fi", False), ("id", False), ("en", True)])
def test_a_wrong_value_on_the_form_is_told_in_the_pages_language(web, lang: str, english: bool) -> None:  # type: ignore[no-untyped-def]
    """Issue 16: the interface around the advice in the user's language, the web form's errors too."""
    bad = web.get("/verdict", params={"payment.late_invoices": "lots", "lang": lang})
    assert bad.status_code == 422 and 'id="client-form"' in bad.text
    assert ("must be a number" in bad.text) == english
    assert "payment.late_invoices" in bad.text  # the key is a name: it stays as it is
