"""`clientfire report` (explain/report.py, the web app's templates): one self-contained page: verdict, plan, HOW, diagram."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, TODAY
from markupsafe import escape

from clientfire.engine import Engine, client_from_mapping
from clientfire.engine.result import pick_text
from clientfire.explain.render import find_dot
from clientfire.explain.report import inline_svg, to_html

EXAMPLE = ROOT / "examples" / "ironbridge-everything-wrong.yaml"
SVG = "{http://www.w3.org/2000/svg}"
_VOID = {"meta", "br", "img", "input", "link", "hr"}


class _Tags(HTMLParser):
    """Collects start tags and checks that every non-void tag is closed in order."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> (open: {self.stack[-3:]})")
        else:
            self.stack.pop()


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    from clientfire.cli import main

    out = tmp_path_factory.mktemp("report") / "ironbridge.html"
    assert main(["report", str(EXAMPLE), "-o", str(out), "--today", TODAY.isoformat()]) == 0
    return out.read_text(encoding="utf-8")


@pytest.mark.skipif(find_dot() is None, reason="Graphviz dot is not installed")
def test_report_is_one_well_formed_self_contained_page(page: str) -> None:
    parsed = _parse(page)
    assert parsed.errors == [] and parsed.stack == []
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "link", "img", "iframe", "object")
        assert not any(name in ("src", "href") for name in attrs)  # nothing to fetch, nothing to follow
    assert "url(" not in page and "@import" not in page
    assert page.count("<svg") == 1 and "<?xml" not in page and page.count("<!DOCTYPE") == 1


@pytest.mark.skipif(find_dot() is None, reason="Graphviz dot is not installed")
def test_report_holds_verdict_how_plan_and_the_path(engine: Engine, page: str) -> None:
    result = engine.evaluate(engine.load_client(EXAMPLE), TODAY)
    data = result.to_json(engine.kb)
    assert escape(data["client"]) in page and escape(data["verdict_text"]) in page
    for sign in data["signs"]:
        assert escape(sign["title"]) in page
    for step in data["guidance"]:
        assert escape(step["title"]) in page
    again = {int(n) for line in re.findall(r'<p class="again">[^<]*</p>', page) for n in re.findall(r"#(\d+)", line)}
    for firing in result.trace:  # HOW: every firing in full once, or by number where its rule concluded the same again
        assert f"#{firing['seq']} <code>{firing['rule']}</code>" in page or firing["seq"] in again
    svg = ET.fromstring(re.search(r"<svg.*</svg>", page, flags=re.S).group(0))  # type: ignore[union-attr]
    titles = {t.text for t in svg.iter(f"{SVG}title")}
    assert {f"rule:{f['rule']}" for f in result.trace} <= titles


def test_plan_comes_before_how_and_a_repeated_conclusion_is_shown_once(engine: Engine) -> None:
    result = engine.evaluate(engine.load_client(EXAMPLE), TODAY)
    page = to_html(engine.kb, result)
    assert page.index('id="exit-plan"') < page.index('id="how"')
    repeats = [f["seq"] for f in result.trace if f["rule"] == "sign.multiple_signs"]
    assert len(repeats) > 4  # the example that showed the conclusion over and over
    shown = re.findall(r"<summary>#(\d+) <code>sign\.multiple_signs</code>.*?</summary>(.*?)<(?:summary|/details)",
                       page, flags=re.S)
    assert len(shown) == 1
    seq, after = shown[0]
    listed = re.search(r'<p class="again">[^<]*</p>', after)
    assert listed and {int(n) for n in re.findall(r"#(\d+)", listed.group(0))} == set(repeats) - {int(seq)}


def test_text_is_escaped(engine: Engine) -> None:
    client = client_from_mapping({"client": "<b>Ace & Co</b>", "payment": {"late_invoices": 4}}, engine.kb, "t")
    page = to_html(engine.kb, engine.evaluate(client, TODAY))
    assert "&lt;b&gt;Ace &amp; Co&lt;/b&gt;" in page and "<b>Ace" not in page
    assert _parse(page).errors == []


def test_report_in_korean(engine: Engine) -> None:
    result = engine.evaluate(engine.load_client(EXAMPLE), TODAY)
    page = to_html(engine.kb, result, "ko")
    verdict = engine.kb.item("verdict", result.verdict)
    assert verdict is not None
    assert '<html lang="ko">' in page and pick_text(verdict.title, "ko") in page


def test_inline_svg_drops_prolog_and_comments() -> None:
    raw = b'<?xml version="1.0"?>\n<!DOCTYPE svg>\n<!-- Generated by graphviz -->\n<svg x="1"><!-- n --><g/></svg>\n'
    assert inline_svg(raw) == '<svg x="1"><g/></svg>'


def test_without_dot_the_report_says_where_the_diagram_would_be(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PATH", str(tmp_path))
    out = tmp_path / "r.html"
    code, _, err = run_cli("report", str(EXAMPLE), "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert code == 0 and "apt-get install graphviz" in err
    assert "<svg" not in page and 'id="diagram"' in page and "apt-get install graphviz" in page
    assert _parse(page).errors == []
    code, _, err = run_cli("report", str(EXAMPLE), "-o", str(out), "--no-diagram")
    assert (code, err) == (0, "")
    assert "<svg" not in out.read_text(encoding="utf-8") and 'id="diagram"' not in out.read_text(encoding="utf-8")
