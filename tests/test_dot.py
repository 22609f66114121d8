"""DOT text (explain/dot.py): exact lines for the tiny fixture knowledge, stable order, languages."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, TODAY

from clientfire.engine import Engine, client_from_mapping
from clientfire.engine.result import pick_text
from clientfire.explain.dot import FONT, decision_dot, knowledge_dot
from clientfire.explain.graph import path_of, rule_network
from clientfire.explain.knowledge_map import map_places

TINY = Path(__file__).parent / "fixtures" / "tiny_knowledge"
LATE = {"client": "Late Ltd", "pay": {"late": 3}}  # sign.late (mild) -> keep; remedy.fees needs only the sign
LOSING = {"client": "Losing Ltd", "pay": {"late": 1, "fee": 100, "cost": 150}}  # margin -50 -> losing -> fire

_PATH_EDGE = 'color="#374151" fontcolor="#111827"'
_FADED_NODE = 'color="#d4d4d4" fillcolor="#f8f8f8" fontcolor="#a3a3a3" fontsize=8 height=0.2 margin="0.04,0.01"'


@pytest.fixture(scope="module")
def tiny() -> Engine:
    return Engine(directory=TINY)


def _dot(tiny: Engine, client: dict[str, Any] | None, path_only: bool = False) -> str:
    if client is None:
        return knowledge_dot(tiny.kb)
    result = tiny.evaluate(client_from_mapping(client, tiny.kb, "test"), TODAY)
    return decision_dot(tiny.kb, result, path_only=path_only)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


# (client or None for the knowledge map, path_only, one exact line of the DOT)
CASES = [
    # a fact on the path shows the client's value; one not on it is faded and shows its id only
    (LATE, False, '"fact:pay.late" [label=<<B>Late invoices</B><BR/><FONT POINT-SIZE="9" COLOR="#52525b">pay.late'
                  '</FONT><BR/><B>= 3</B>> class="fact path" color="#1d4ed8" fillcolor="#dbeafe" shape=box '
                  'style="rounded,filled" tooltip="Late invoices"]'),
    (LATE, False, f'"fact:pay.fee" [label="pay.fee" class="fact faded" {_FADED_NODE} shape=box '
                  'style="rounded,filled"]'),
    # `or unknown` met by an unknown fact
    (LATE, False, '"fact:pay.rude" -> "rule:sign.late" [class="test path" ' + _PATH_EDGE
     + ' label="#1: ≠ true or unknown" penwidth=1.6 tooltip="pay.rude != true or unknown"]'),
    # the threshold met, with the firing order
    (LATE, False, '"fact:pay.late" -> "rule:sign.late" [class="test path" ' + _PATH_EDGE
     + ' label="#1: ≥ 2" penwidth=1.6 tooltip="pay.late >= tiny.min_late"]'),
    # fired rules: firing order in the label
    (LATE, False, '"rule:verdict.keep" [label=<verdict.keep<BR/><B>#2</B>> class="rule path fired" color="#b45309" '
                  'fillcolor="#fef3c7" fontsize=9 penwidth=2 shape=box style=filled tooltip="Keep by default."]'),
    (LATE, False, '"rule:verdict.keep" -> "rule:select.keep.none" [class="candidate path" ' + _PATH_EDGE
     + ' label="#2" penwidth=1.6]'),
    (LATE, False, '"rule:verdict.fire" -> "rule:select.fire.strong" [arrowsize=0.5 class="candidate faded" '
                  'color="#e5e5e5"]'),
    # a derived fact: its value and the formula edges on the path
    (LOSING, True, '"fact:pay.fee" -> "fact:pay.margin" [class="formula path" ' + _PATH_EDGE + ' penwidth=1.6]'),
    (LOSING, True, '"fact:pay.margin" -> "rule:sign.losing" [class="test path" ' + _PATH_EDGE
     + ' label="#1: < 0" penwidth=1.6 tooltip="pay.margin < 0"]'),
    # the verdict with its strength; the outranked candidate rule says so
    (LOSING, True, '"verdict:fire" [label=<<B>Fire</B><BR/><FONT POINT-SIZE="9" COLOR="#52525b">fire</FONT><BR/>'
                   '<B>Strong case</B>> class="verdict path" color="#6b21a8" fillcolor="#e9d5ff" penwidth=2 '
                   'shape=doubleoctagon style=filled tooltip="Let them go."]'),
    (LOSING, True, '"rule:verdict.keep" [label=<verdict.keep<BR/><B>#2</B><BR/><FONT POINT-SIZE="9" '
                   'COLOR="#52525b">candidate outranked</FONT>> class="rule path fired" color="#b45309" '
                   'fillcolor="#fef3c7" fontsize=9 penwidth=2 shape=box style=filled tooltip="Keep by default."]'),
    (LOSING, True, '"sign:losing" -> "rule:verdict.fire" [class="match path" ' + _PATH_EDGE
     + ' label="#3" penwidth=1.6]'),
    # the knowledge map: from a fact's row to the rule's row in the table of what it concludes; the test as tooltip
    (None, False, '"facts:pay":"pay.late":e -> "sign:late":"sign.late":w [class=test color="#52525b" '
                  'tooltip="pay.late ≥ 2"]'),
    (None, False, '"facts:pay":"pay.cost":e -> "facts:computed":"pay.margin":w [class=formula color="#52525b" '
                  'style=dashed]'),
    (None, False, '"verdict:fire":"@fire":e -> "advice:guidance":"guidance.call":w [class=match color="#52525b"]'),
]


@pytest.mark.parametrize("client, path_only, line", CASES)
def test_exact_dot_lines(tiny: Engine, client: dict[str, Any] | None, path_only: bool, line: str) -> None:
    assert line in _lines(_dot(tiny, client, path_only))


@pytest.mark.parametrize("cell", [
    # a rule's row: its id, the port its edges come into, the SVG id and its text; then its tests
    '<TD PORT="sign.late" ID="rule:sign.late" HREF="" TOOLTIP="Late twice or more." BGCOLOR="#fef3c7" ALIGN="LEFT">'
    '<FONT POINT-SIZE="9" COLOR="#1c1917">sign.late</FONT></TD><TD BGCOLOR="#fef3c7" ALIGN="LEFT" BALIGN="LEFT">'
    '<FONT POINT-SIZE="9" COLOR="#78716c">pay.late ≥ 2</FONT><BR/>',
    # a generated select rule sits between the verdict rules proposing it and the verdict
    '<TD ROWSPAN="1" ID="rule:select.fire.strong" HREF="" TOOLTIP="Generated: concludes fire (strong) when that is '
    'the highest verdict candidate" BGCOLOR="#fef3c7"><FONT POINT-SIZE="9" COLOR="#1c1917">select fire (strong)',
    # a fact's row in its group's table
    '<TD PORT="pay.late" ALIGN="LEFT"><FONT POINT-SIZE="9" COLOR="#52525b">late</FONT></TD>',
])
def test_knowledge_map_cells(tiny: Engine, cell: str) -> None:
    assert cell in _dot(tiny, None)


@pytest.mark.parametrize("client, absent", [
    (LOSING, '"verdict:keep"'),  # not concluded: left out with --path-only
    (LOSING, '"fact:pay.rude"'),  # sign.late did not fire, so its facts are not on the path
    (LOSING, "faded"),
    (LATE, '"verdict:fire"'),
])
def test_path_only_leaves_out_the_rest(tiny: Engine, client: dict[str, Any], absent: str) -> None:
    assert absent not in _dot(tiny, client, path_only=True)


@pytest.mark.parametrize("client", [LATE, LOSING, None], ids=["late", "losing", "knowledge"])
def test_two_runs_give_identical_text(tiny: Engine, client: dict[str, Any] | None) -> None:
    assert _dot(tiny, client) == _dot(Engine(directory=TINY), client)


@pytest.mark.parametrize("client", [LATE, LOSING, None], ids=["late", "losing", "knowledge"])
def test_nodes_and_edges_come_sorted(tiny: Engine, client: dict[str, Any] | None) -> None:
    text = _dot(tiny, client)
    for name, cluster in re.findall(r"subgraph (cluster_\w+) \{\n(.*?)\n\t\}", text, flags=re.S):
        names = [m.group(1) for m in re.finditer(r'^\t\t\t?"([^"]+)" \[', cluster, flags=re.M)]
        if name != "cluster_advice":  # advice comes in plan order: test_diagram_advice_nodes_appear_in_step_order
            assert names == sorted(names) and (names or name == "cluster_legend")
    edges = _drawn_edges(text)
    assert edges == sorted(edges) and edges


def _drawn_edges(text: str) -> list[tuple[str, ...]]:
    """(tail, tail port, head, head port) of every edge line; ports are empty in the decision path."""
    return re.findall(r'^\t"([^"]+)"(?::"([^"]+)":e)? -> "([^"]+)"(?::"([^"]+)")?(?::w)? \[', text, flags=re.M)


def test_clusters_run_facts_signs_verdict_advice(tiny: Engine) -> None:
    order = re.findall(r"subgraph (cluster_\w+)", _dot(tiny, LOSING))
    assert order == ["cluster_facts", "cluster_signs", "cluster_verdict", "cluster_advice", "cluster_legend"]
    assert "rankdir=LR" in _dot(tiny, LOSING)


def test_every_node_and_edge_is_drawn_once(engine: Engine) -> None:
    """Each fact, rule and conclusion is one row of one table; each edge between two tables is drawn once."""
    graph = rule_network(engine.kb, engine.compiled)
    text = knowledge_dot(engine.kb, graph=graph)
    tables = dict(re.findall(r'^\t\t\t"([a-z]+:[^"]+)" \[label=<(.*)> class=', text, flags=re.M))
    for node, (table, port) in map_places(graph).items():
        cell = f'ID="{node}"' if node.startswith("rule:") else f'PORT="{port}"'
        assert sum(label.count(cell) for label in tables.values()) == tables[table].count(cell) == 1, node
    places = map_places(graph)
    between = {places[t] + places[h] for t, h, kind in graph.edges(data="kind")
               if kind not in ("concludes", "candidate", "count")}
    drawn = _drawn_edges(text)
    assert len(drawn) == len(set(drawn))
    # an edge goes to its rule's row, or once to the whole table when every rule row of the table needs its source
    to_rows = {edge for edge in drawn if edge[3]}
    to_tables = {edge for edge in drawn if not edge[3]}
    assert to_rows <= between and to_tables
    assert {e for e in between if e not in to_rows} == {e for e in between if e[:3] + ("",) in to_tables}


def test_a_source_every_rule_of_a_table_needs_is_one_edge_to_the_table(engine: Engine) -> None:
    text = knowledge_dot(engine.kb)
    line = next(line for line in _lines(text) if line.startswith('"verdict:fire":"@fire":e -> "advice:guidance":w'))
    assert 'tooltip="needed by every rule here"' in line
    assert '"verdict:fire":"@fire":e -> "advice:guidance":"' not in text


def test_path_nodes_are_the_highlighted_ones(engine: Engine) -> None:
    graph = rule_network(engine.kb, engine.compiled)
    result = engine.evaluate(engine.load_client(ROOT / "examples" / "ironbridge-everything-wrong.yaml"), TODAY)
    text = decision_dot(engine.kb, result, graph=graph)
    highlighted = re.findall(r'^\t\t"([^"]+)" \[.*class="\w+ path', text, flags=re.M)
    assert sorted(highlighted) == sorted(path_of(graph, result).nodes)


def test_the_dot_does_not_embed_the_knowledge_version(engine: Engine) -> None:
    # so that diagrams/ stays current when only texts in other languages change
    result = engine.evaluate(engine.load_client(ROOT / "examples" / "oakline-late-payer.yaml"), TODAY)
    assert engine.kb.version not in decision_dot(engine.kb, result) + knowledge_dot(engine.kb)


def test_labels_follow_the_language_and_name_a_cjk_font(engine: Engine) -> None:
    result = engine.evaluate(engine.load_client(ROOT / "examples" / "oakline-late-payer.yaml"), TODAY)
    verdict = engine.kb.item("verdict", result.verdict)
    assert verdict is not None
    for lang in ("en", "ko"):
        text = decision_dot(engine.kb, result, lang=lang, path_only=True)
        assert f"<B>{pick_text(verdict.title, lang)}</B>" in text
        assert f'fontname="{FONT}"' in text
    assert "CJK" in FONT


def _advice_nodes(text: str) -> list[str]:
    cluster = re.search(r"subgraph cluster_advice \{\n(.*?)\n\t\}", text, flags=re.S)
    assert cluster
    return [m.group(1) for m in re.finditer(r'^\t\t"([^"]+)" \[', cluster.group(1), flags=re.M)]


def test_diagram_advice_nodes_appear_in_step_order(engine: Engine) -> None:
    """Remedies, then the exit plan step by step (as the verdict lists it), then prevention."""
    result = engine.evaluate(engine.load_client(ROOT / "examples/ironbridge-everything-wrong.yaml"), TODAY)
    nodes = _advice_nodes(decision_dot(engine.kb, result))
    steps = [f"guidance:{g['id']}" for g in result.guidance]
    assert len(steps) > 3 and [n for n in nodes if n in steps] == steps
    kinds = [kind for kind in (n.split(":")[0] for n in nodes) if kind in ("remedy", "guidance", "prevention")]
    assert kinds == sorted(kinds, key=["remedy", "guidance", "prevention"].index) and len(set(kinds)) > 1


def test_diagram_legend_colours_differ_for_sign_found_and_verdict(engine: Engine) -> None:
    result = engine.evaluate(engine.load_client(ROOT / "examples/ironbridge-everything-wrong.yaml"), TODAY)
    for text in (decision_dot(engine.kb, result), knowledge_dot(engine.kb)):
        legend = re.search(r'^\t+"?_legend"? \[(.*)$', text, flags=re.M)
        assert legend
        colours = dict((word, fill) for fill, word in
                       re.findall(r'BGCOLOR="(#[0-9a-f]+)"[^<]*</TD><TD ALIGN="LEFT">([^<]+)</TD>', legend.group(1)))
        sign = next(fill for word, fill in colours.items() if word.startswith("sign"))
        assert colours["verdict"] != sign
        assert len(set(colours.values())) == len(colours)
