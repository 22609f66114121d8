"""Citations name the article (title, publisher where known) and the section, not a seed file (issue 16)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

CRESTLINE = "examples/crestline-abusive-director.yaml"


def _run(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "clientfire", *args, "--no-record"], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return done.stdout


def test_citations_in_how_name_the_article_and_publisher_not_a_seed_file() -> None:
    shown = _run("verdict", "--explain", CRESTLINE)
    cited = [line for line in shown.splitlines() if "<- sign.not_improving " in line]
    assert cited and "C.5" in cited[0] and "\"6 signs it's time to fire a client\", Entrepreneur" in cited[0]
    assert ".txt" not in shown


@pytest.mark.parametrize(("lang", "fmt", "line"), [
    ("en", "text", "  C: \u201c6 signs it's time to fire a client\u201d, Entrepreneur"),
    ("en", "markdown", "- C: \u201c6 signs it's time to fire a client\u201d, Entrepreneur"),
    ("ko", "text", "  A: \u201c클라이언트와 관계를 끝내는 법(그리고 제정신 지키기)\u201d"),
])
def test_a_verdict_lists_the_articles_its_section_ids_refer_to(lang: str, fmt: str, line: str) -> None:
    shown = _run("verdict", CRESTLINE, "--lang", lang, "--format", fmt)
    assert line in shown.splitlines()
    assert ".txt" not in shown
