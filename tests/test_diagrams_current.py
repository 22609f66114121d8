"""diagrams/ is current: its DOT files equal what the knowledge and examples give now (`make diagrams` to fix)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import EXAMPLES, ROOT, TODAY

from clientfire.engine import Engine
from clientfire.explain.make_diagrams import DIAGRAM_DATE, diagram_sources, example_files, stale

DIAGRAMS = ROOT / "diagrams"
FIX = "out of date with the knowledge: run `make diagrams` (python -m clientfire.explain.make_diagrams)"


@pytest.fixture(scope="module")
def sources(engine: Engine) -> dict[str, str]:
    return diagram_sources(engine, example_files(ROOT / "examples"))


def test_diagrams_use_the_test_date_and_every_example() -> None:
    assert DIAGRAM_DATE == TODAY
    assert example_files(ROOT / "examples") == EXAMPLES


def test_committed_dot_files_are_current(sources: dict[str, str]) -> None:
    assert stale(sources, DIAGRAMS) == [], FIX


@pytest.mark.parametrize("stem", ["knowledge"] + [p.stem for p in EXAMPLES])
def test_each_svg_draws_its_dot(stem: str) -> None:
    """The committed SVG was rendered from the committed DOT: the same nodes, by name."""
    dot = (DIAGRAMS / f"{stem}.dot").read_text(encoding="utf-8")
    names = set(re.findall(r'^\t+"?([a-z]+:[^"\s]+|_legend)"? \[', dot, flags=re.M))
    svg = ET.parse(DIAGRAMS / f"{stem}.svg").getroot()
    ns = "{http://www.w3.org/2000/svg}"
    titles = {g.findtext(f"{ns}title") for g in svg.iter(f"{ns}g") if "node" in g.get("class", "").split()}
    assert titles == names, FIX


def test_stale_names_a_changed_missing_or_extra_file(tmp_path: Path) -> None:
    (tmp_path / "a.dot").write_text("digraph a {}\n", encoding="utf-8")
    (tmp_path / "old.dot").write_text("digraph old {}\n", encoding="utf-8")
    sources = {"a": "digraph a { changed }\n", "b": "digraph b {}\n"}
    assert stale(sources, tmp_path) == ["a.dot", "b.dot", "old.dot"]
    assert stale({"a": "digraph a {}\n", "old": "digraph old {}\n"}, tmp_path) == []
