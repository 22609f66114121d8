"""The web app in real headless Chromium (Debian's, driven by Playwright) against a real `clientfire serve`.

Screenshots are kept in test-artifacts/browser/ (not in git). Outside CI the tests skip, saying why, when
Chromium or Playwright is missing; in CI (`CI` set, .ci/run installs Chromium) they always run.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, TODAY
from served import serve

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts" / "browser"
#: Chromium as root on this machine: no sandbox, and none of its background calls to the (closed) network
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


def _missing() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "Python Playwright is not installed (pip install playwright; no browser download needed)"
    if not os.path.exists(CHROMIUM):
        return "Chromium is not installed (apt-get install chromium; CI installs it)"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None and not os.environ.get("CI"), reason=str(_missing()))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with serve(tmp_path_factory.mktemp("browser"), "--today", TODAY.isoformat()) as served:
        yield served.url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield chromium
        chromium.close()


class Tab:
    """A page in a fresh browser context that collects console errors and uncaught exceptions."""

    def __init__(self, browser: Any, site: str, lang: str = "en-GB") -> None:
        self.context = browser.new_context(locale=lang, viewport={"width": 1280, "height": 900})
        self.context.set_default_timeout(20_000)
        self.page = self.context.new_page()
        self.site = site
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, path: str) -> Any:
        self.page.goto(self.site + path)
        self.page.wait_for_load_state("networkidle")
        return self.page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture
def tab(browser: Any, site: str) -> Iterator[Tab]:
    opened = Tab(browser, site)
    yield opened
    errors = list(opened.errors)
    opened.context.close()
    assert errors == [], f"console errors: {errors}"


def test_fill_the_form_and_watch_the_verdict_change(tab: Tab) -> None:
    page = tab.open("/")
    page.wait_for_selector("#live .verdict.v-keep")
    page.fill("#f-client", "Ironbridge Fabrication")
    page.fill("#f-payment\\.late_invoices", "6")
    page.fill("#f-payment\\.unpaid_overdue_invoices", "2")
    page.wait_for_selector("#live .verdict.v-pause_work")
    assert "late_payment" in page.inner_text("#live")
    tab.shot("form-pause-work")
    page.check("input[name='respect.belittles'][value='true']")
    page.wait_for_selector("#live .verdict.v-fire")
    page.wait_for_load_state("networkidle")
    assert "payment.late_invoices=6" in page.url  # the address bar holds the facts: a reload keeps them
    page.reload()
    page.wait_for_selector("#live .verdict.v-fire")
    assert page.input_value("#f-payment\\.late_invoices") == "6"
    page.fill("#f-payment\\.late_invoices", "-1")
    page.wait_for_selector("#live .error")
    assert "zero or more" in page.inner_text("#live")
    tab.shot("form-error")


def test_switch_the_language_and_keep_the_facts(tab: Tab) -> None:
    page = tab.open("/")
    page.fill("#f-payment\\.late_invoices", "6")
    page.fill("#f-payment\\.unpaid_overdue_invoices", "2")
    page.wait_for_selector("#live .verdict.v-pause_work")
    page.click("nav .langs a[hreflang='ko']")
    page.wait_for_selector("html[lang='ko']")
    assert page.input_value("#f-payment\\.late_invoices") == "6"
    assert "작업 일시 중단" in page.inner_text("#live") and "대금 지급" in page.inner_text("#g-payment legend")
    tab.shot("form-korean")
    page.click("nav a[href='/portfolio']")
    page.wait_for_selector("html[lang='ko']")  # the choice is remembered


def test_why_not_what_if_try_this_and_the_diagram(tab: Tab) -> None:
    page = tab.open("/verdict?client=Oakline&payment.late_invoices=5&payment.unpaid_overdue_invoices=1"
                    "&payment.days_overdue=38")
    assert page.get_attribute(".headline .verdict", "class") == "verdict v-pause_work"
    why = page.locator("details.why-not[data-verdict='fire']")
    why.locator("summary").click()
    assert why.locator("li").first.is_visible()
    page.wait_for_selector("#what-if .flip")
    page.wait_for_selector("#diagram")
    if shutil.which("dot") or os.environ.get("CI"):
        assert page.locator("#diagram figure svg").is_visible()
        assert page.locator("#diagram svg g.node").count() > 5
    else:
        assert "apt-get install graphviz" in page.inner_text("#diagram")
    tab.shot("verdict-page")
    flip = page.locator("#what-if .flip").first
    target = flip.get_attribute("data-verdict")
    flip.locator("a.try").click()
    page.wait_for_load_state("networkidle")
    assert page.get_attribute(".headline .verdict", "class") == f"verdict v-{target}"
    tab.shot("verdict-after-try-this")
    page.click("form[action='/verdict/record'] button")  # a form post with its CSRF token, in a real browser
    page.wait_for_selector("#output")
    assert "/audit/" in page.url and page.inner_text("#output").startswith("Oakline: ")


def test_upload_a_csv_see_the_portfolio_and_open_an_audit_record(tab: Tab, tmp_path: Path) -> None:
    rows = ["client,payment.late_invoices,payment.unpaid_overdue_invoices,respect.belittles"]
    rows += [f"Client {i:03},{i % 7},{i % 3},{'true' if i % 9 == 0 else ''}" for i in range(120)]
    csv = tmp_path / "clients.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    page = tab.open("/portfolio")
    page.set_input_files("#upload input[type=file]", str(csv))
    page.click("#upload button[type=submit]")
    page.wait_for_selector("#triage")
    assert "120" in page.inner_text("#triage .ok")
    first = page.locator("#triage tbody tr").first
    assert first.locator(".verdict").get_attribute("class") == "verdict v-fire small"
    tab.shot("portfolio-triage")
    page.click("#triage a[href='/portfolio']")
    page.wait_for_selector("#clients")
    assert page.locator("#clients tbody tr").count() >= 120
    tab.shot("portfolio")
    page.locator("#clients tbody tr").first.locator("td:nth-child(4) a").click()
    page.wait_for_selector("#output")
    assert page.inner_text("#output").startswith("Client ")
    page.click("button[hx-post$='/replay']")
    page.wait_for_selector("#replay-verdict")
    assert "same verdict" in page.inner_text("#replay-verdict")
    tab.shot("audit-record")


def test_the_knowledge_and_api_docs_pages(tab: Tab) -> None:
    page = tab.open("/knowledge")
    page.wait_for_selector("#scenario-result")
    assert "0 failed" in page.inner_text("#scenario-result")
    page.fill("#overrides-text", "thresholds:\n  late_payment.min_late_invoices: 2\n")
    page.click("#try button[type=submit]")
    page.wait_for_selector("#try-summary")
    tab.shot("knowledge")
    docs = tab.open("/docs")
    assert docs.locator("section.operation").count() == 11
    tab.shot("api-docs")
