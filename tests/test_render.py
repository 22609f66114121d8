"""Rendering with the real Graphviz `dot` (explain/render.py, `clientfire diagram`): the SVG highlights exactly the
fired rules; without `dot` a rendered format exits 2 naming the package, while `.dot` still works."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from conftest import EXAMPLES, ROOT, TODAY

from clientfire.engine import Engine
from clientfire.explain.dot import decision_dot
from clientfire.explain.graph import path_of, rule_network
from clientfire.explain.render import find_dot, format_of, render

SVG = "{http://www.w3.org/2000/svg}"
#: skipped only on a machine without Graphviz; in CI (`CI` set, .ci/run installs graphviz) these always run
needs_dot = pytest.mark.skipif(find_dot() is None and not os.environ.get("CI"),
                               reason="Graphviz dot is not installed (CI installs it)")


def svg_nodes(svg: bytes) -> dict[str, tuple[set[str], str]]:
    """Node name (from <title>) -> (its classes, the fill colour of its shape), parsed from an SVG."""
    found = {}
    for group in ET.fromstring(svg).iter(f"{SVG}g"):
        classes = set(group.get("class", "").split())
        if "node" not in classes:
            continue
        title = group.find(f"{SVG}title")
        shape = next((e for e in group.iter() if e.tag in (f"{SVG}polygon", f"{SVG}path") and e.get("fill")), None)
        found[title.text if title is not None and title.text else ""] = (classes, shape.get("fill", "") if shape
                                                                           is not None else "")
    return found


@pytest.fixture(scope="module")
def graph(engine: Engine) -> nx.DiGraph:
    return rule_network(engine.kb, engine.compiled)


@needs_dot
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_svg_highlights_exactly_the_fired_rules(engine: Engine, graph: nx.DiGraph, example: Path) -> None:
    result = engine.evaluate(engine.load_client(example), TODAY)
    nodes = svg_nodes(render(decision_dot(engine.kb, result, graph=graph), "svg"))
    fired = {name for name, (classes, _) in nodes.items() if "fired" in classes}
    assert fired == {f"rule:{f['rule']}" for f in result.trace}
    assert {name for name, (classes, fill) in nodes.items() if fill == "#fef3c7"} == fired  # the fired-rule colour
    on_path = {name for name, (classes, _) in nodes.items() if "path" in classes}
    assert on_path == set(path_of(graph, result).nodes)
    assert {n for n in nodes if n != "_legend"} == set(graph.nodes)  # the rest is there, faded
    assert all(nodes[n][1] == "#f8f8f8" for n in set(graph.nodes) - on_path)


@needs_dot
@pytest.mark.parametrize("example", ["oakline-late-payer", "crestline-abusive-director", "brightpath-steady-retainer"])
def test_path_only_svg_holds_only_the_path(engine: Engine, graph: nx.DiGraph, example: str) -> None:
    result = engine.evaluate(engine.load_client(ROOT / "examples" / f"{example}.yaml"), TODAY)
    nodes = svg_nodes(render(decision_dot(engine.kb, result, path_only=True, graph=graph), "svg"))
    assert set(nodes) - {"_legend"} == set(path_of(graph, result).nodes)


@needs_dot
def test_korean_labels_reach_the_svg(engine: Engine) -> None:
    result = engine.evaluate(engine.load_client(ROOT / "examples" / "oakline-late-payer.yaml"), TODAY)
    verdict = engine.kb.item("verdict", result.verdict)
    assert verdict is not None and verdict.title.get("ko")
    svg = render(decision_dot(engine.kb, result, lang="ko", path_only=True), "svg").decode("utf-8")
    assert verdict.title["ko"] in svg
    assert "Noto Sans CJK KR" in svg


@needs_dot
@pytest.mark.parametrize("suffix, magic", [(".svg", b"<?xml"), (".png", b"\x89PNG"), (".pdf", b"%PDF"),
                                           (".dot", b"digraph decision_path {")])
def test_diagram_command_writes_each_format(run_cli, tmp_path: Path, suffix: str, magic: bytes) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"oakline{suffix}"
    code, _, err = run_cli("diagram", str(ROOT / "examples" / "oakline-late-payer.yaml"), "-o", str(out),
                           "--today", TODAY.isoformat())
    assert (code, err) == (0, "")
    assert out.read_bytes().startswith(magic)


@needs_dot
def test_knowledge_diagram_command(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "knowledge.svg"
    code, _, err = run_cli("diagram", "--knowledge", "-o", str(out))
    assert (code, err) == (0, "")
    groups = {group.get("id") for group in ET.fromstring(out.read_bytes()).iter(f"{SVG}g")}
    assert "a_rule:select.fire.strong" in groups  # a rule is a row of its verdict's table, with the rule's id


@pytest.mark.parametrize("suffix", [".svg", ".png", ".pdf"])
def test_without_dot_a_rendered_format_exits_2_naming_the_package(run_cli, tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                                   suffix: str) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no `dot` anywhere
    out = tmp_path / f"oakline{suffix}"
    code, out_text, err = run_cli("diagram", str(ROOT / "examples" / "oakline-late-payer.yaml"), "-o", str(out))
    assert code == 2
    assert out_text == ""
    assert len(err.strip().splitlines()) == 1
    assert "install Debian's 'graphviz' package" in err
    assert not out.exists()


def test_without_dot_the_dot_format_still_works(run_cli, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PATH", str(tmp_path))
    out = tmp_path / "oakline.dot"
    code, _, err = run_cli("diagram", str(ROOT / "examples" / "oakline-late-payer.yaml"), "-o", str(out))
    assert (code, err) == (0, "")
    assert out.read_text(encoding="utf-8").startswith("digraph decision_path {")


@pytest.mark.parametrize("args, message", [
    (["examples/oakline-late-payer.yaml", "-o", "out.txt"], "must end in .svg, .png, .pdf, .dot"),
    (["-o", "out.svg"], "give a client FILE, or --knowledge"),
    (["--knowledge", "examples/oakline-late-payer.yaml", "-o", "out.svg"], "--knowledge takes a folder"),
])
def test_bad_diagram_arguments_exit_2(run_cli, args: list[str], message: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(ROOT)
    code, _, err = run_cli("diagram", *args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("name, fmt", [("a.svg", "svg"), ("b.PNG", "png"), ("c.pdf", "pdf"), ("d.dot", "dot")])
def test_format_of(name: str, fmt: str) -> None:
    assert format_of(name) == fmt
