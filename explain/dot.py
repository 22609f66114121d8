"""DOT text for the rule network and for one client's decision path (pure text, via the `graphviz` package).

Layers run left to right as clusters: facts, signs, verdict, advice. The whole network is drawn compactly by
explain/knowledge_map.py (tables, rules as rows) on these helpers. In a decision path, node names are the
network's node ids (``rule:sign.late_payment``), which Graphviz writes into each SVG node's ``<title>``; every
node carries a ``class``: its kind, plus ``path`` (on this client's decision path) or ``faded``; fired rules
also ``fired``.
Everything is emitted in sorted order, so the same input always gives the same text.
"""

from __future__ import annotations

import html
import textwrap
from typing import Any

import graphviz
import networkx as nx
from graphviz.quoting import attr_list, quote

from clientfire.engine.model import GuidanceItem, Knowledge
from clientfire.engine.result import Result, pick_text
from clientfire.engine.validate import STAGES
from clientfire.escape import dot_text

from .evidence import format_value
from .graph import path_of, rule_network, split_id
from .labels import label, term

__all__ = ["FONT", "CLUSTERS", "knowledge_dot", "decision_dot", "cluster_of"]

FONT = "Noto Sans CJK KR, Noto Sans, DejaVu Sans"
#: cluster name -> heading (an interface word, see explain/labels.py), left to right
CLUSTERS = {"facts": "Facts", "signs": "Signs", "verdict": "Verdict", "advice": "Advice and exit plan"}
_PATH_LEGEND = (("fact", "fact: the client's value"), ("rule", "fired rule: #n = firing order"),
                ("sign", "sign found"), ("verdict", "verdict"), ("remedy", "advice: remedies, exit plan, prevention"))
_MAP_LEGEND = (("fact", "fact (client file)"), ("rule", "rule: a row beside what it concludes, with its tests"),
               ("sign", "sign"), ("verdict", "verdict"), ("remedy", "remedy, exit guidance, prevention"))
_CLUSTER_OF_LAYER = {"facts": "facts", "signs": "signs", "case": "signs", "verdict": "verdict", "select": "verdict",
                     "advice": "advice"}
_ADVICE_ORDER = {"remedy": 1, "guidance": 2, "prevention": 3}
_OPS = {">=": "≥", "<=": "≤", "!=": "≠", "==": "=", ">": ">", "<": "<"}
#: kind -> (shape, style, fill, border) when on the path (or in the knowledge map)
_LOOK = {
    "fact": ("box", "rounded,filled", "#dbeafe", "#1d4ed8"),
    "rule": ("box", "filled", "#fef3c7", "#b45309"),
    "sign": ("box", "rounded,filled,bold", "#fee2e2", "#b91c1c"),
    "verdict": ("doubleoctagon", "filled", "#e9d5ff", "#6b21a8"),  # purple: apart from the red of a sign
    "remedy": ("box", "filled", "#dcfce7", "#15803d"),
    "guidance": ("box", "filled", "#dcfce7", "#15803d"),
    "prevention": ("box", "filled", "#dcfce7", "#15803d"),
    "notice": ("note", "filled", "#e0e7ff", "#4338ca"),
}
_FADED = {"color": "#d4d4d4", "fillcolor": "#f8f8f8", "fontcolor": "#a3a3a3"}
_FADED_EDGE = {"color": "#e5e5e5", "arrowsize": "0.5"}
_PATH_EDGE = {"color": "#374151", "penwidth": "1.6", "fontcolor": "#111827"}


def cluster_of(data: dict[str, Any]) -> str:
    """The cluster (facts, signs, verdict, advice) a node belongs in."""
    return _CLUSTER_OF_LAYER[data["layer"]]


def _new(name: str, title: str) -> graphviz.Digraph:
    dot = graphviz.Digraph(name)
    dot.attr("graph", rankdir="LR", fontname=FONT, nodesep="0.15", ranksep="0.6",
             label=html_label(f"<B>{_esc(title)}</B>"), labelloc="t", fontsize="18")
    dot.attr("node", fontname=FONT, fontsize="11", margin="0.12,0.05")
    dot.attr("edge", fontname=FONT, fontsize="9")
    return dot


def html_label(body: str) -> str:
    """An HTML-like DOT label from already escaped markup."""
    return f"<{body}>"


def _esc(text: Any) -> str:
    """Text for an HTML-like label: control characters visible (dot refuses them), markup escaped."""
    return html.escape(dot_text(text), quote=True)


def _wrap(text: str, width: int = 30) -> str:
    return "<BR/>".join(_esc(line) for line in textwrap.wrap(text, width) or [""])


def _small(text: str, colour: str = "#52525b") -> str:
    return f'<FONT POINT-SIZE="9" COLOR="{colour}">{_esc(text)}</FONT>'


def _node_label(data: dict[str, Any], lang: str, extra: str = "") -> str:
    kind = data["kind"]
    if kind == "rule":
        verdict = data["id"].split(".")[1] if data.get("generated") else ""
        body = _esc(label("select {verdict} ({strength})", lang).format(
            verdict=term(verdict, lang), strength=term(data["strength"], lang))) if verdict else _esc(data["id"])
    else:
        shown_id = "" if kind == "verdict" and lang != "en" else f"<BR/>{_small(data['id'])}"  # `fire` is a word
        body = f"<B>{_wrap(pick_text(data['title'], lang))}</B>{shown_id}"
    return html_label(body + (f"<BR/>{extra}" if extra else ""))


def _tooltip(data: dict[str, Any], lang: str) -> str:
    text = pick_text(data.get("text") or {}, lang) or data["id"]
    return dot_text(text).replace("\\", "/")


def _test_text(tests: list[dict[str, Any]], lang: str = "en") -> str:
    parts = []
    for test in tests:
        required = test["operand_fact"] or format_value(test["required"], lang)
        parts.append(f"{_OPS[test['op']]} {required}" + (f" {label('or unknown', lang)}" if test["or_unknown"] else ""))
    return ", ".join(parts)


def _emit_node(dot: graphviz.Digraph, node: str, data: dict[str, Any], lang: str, label: str, on: bool,
               extra_class: str = "") -> None:
    """One node; `extra_class` is `path`, `path fired` or empty (knowledge map); faded when not `on`."""
    shape, style, fill, border = _LOOK[data["kind"]]
    attrs = {"shape": shape, "style": style, "fillcolor": fill, "color": border, "label": label,
             "class": " ".join(filter(None, (data["kind"], extra_class if on else "faded")))}
    if data["kind"] == "rule":
        attrs["fontsize"] = "9"
    if not on:
        attrs.update(_FADED, fontsize="8", height="0.2", margin="0.04,0.01")
    else:
        attrs["tooltip"] = _tooltip(data, lang)
    if on and ("fired" in extra_class or data["kind"] == "verdict"):
        attrs["penwidth"] = "2"
    dot.node(node, **attrs)


def _emit_edge(dot: graphviz.Digraph, tail: str, head: str, attrs: dict[str, str]) -> None:
    dot.body.append(f"\t{quote(tail)} -> {quote(head)}{attr_list(kwargs=attrs)}\n")


def _emit_clusters(dot: graphviz.Digraph, graph: nx.DiGraph, nodes: list[str], emit: Any, lang: str) -> None:
    for name, heading in CLUSTERS.items():
        members = sorted((n for n in nodes if cluster_of(graph.nodes[n]) == name), key=lambda n: _place(graph, n))
        if not members:
            continue
        with dot.subgraph(name=f"cluster_{name}") as sub:
            sub.attr(label=label(heading, lang), style="rounded", color="#a1a1aa", fontsize="14", fontcolor="#3f3f46")
            for node in members:
                emit(sub, node, graph.nodes[node])


def _place(graph: nx.DiGraph, node: str) -> tuple[Any, ...]:
    """Where a node goes in its cluster: advice in plan order (remedies, then the exit plan step by step,
    then prevention); everything else by name."""
    data = graph.nodes[node]
    item = data.get("data")
    if data["layer"] != "advice" or data["kind"] not in _ADVICE_ORDER:
        return (0, 0, 0, node)
    if isinstance(item, GuidanceItem):
        return (_ADVICE_ORDER[data["kind"]], STAGES.index(item.stage), item.order, node)
    return (_ADVICE_ORDER[data["kind"]], 0, 0, node)


def _legend(dot: graphviz.Digraph, rows: list[tuple[str, str]], lang: str) -> None:
    cells = "".join(f'<TR><TD BGCOLOR="{fill}" WIDTH="24"> </TD><TD ALIGN="LEFT">{_esc(label(text, lang))}</TD></TR>'
                    for fill, text in rows)
    table = f'<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="2" CELLPADDING="4"><TR><TD COLSPAN="2"><B>' \
            f"{_esc(label('Legend', lang))}</B></TD></TR>{cells}</TABLE>"
    with dot.subgraph(name="cluster_legend") as sub:
        sub.attr(label="", style="invis")
        sub.node("_legend", label=html_label(table), shape="plaintext", **{"class": "legend"})


def knowledge_dot(kb: Knowledge, lang: str = "en", graph: nx.DiGraph | None = None) -> str:
    """The whole rule network as DOT, drawn compactly (explain/knowledge_map.py)."""
    from .knowledge_map import knowledge_map_dot  # it builds on this module's helpers

    return knowledge_map_dot(kb, lang, graph)


def decision_dot(kb: Knowledge, result: Result, lang: str = "en", path_only: bool = False,
                 graph: nx.DiGraph | None = None) -> str:
    """One client's decision path as DOT: the fired part coloured, the rest faded (or left out)."""
    graph = graph if graph is not None else rule_network(kb)
    path = path_of(graph, result)
    strength = kb.item("strength", result.strength)
    verdict = kb.item("verdict", result.verdict)
    title = f"{label('Decision path', lang)}: {result.client}: " \
            f"{pick_text(verdict.title, lang) if verdict else result.verdict}" \
            f" ({pick_text(strength.title, lang) if strength else result.strength})"
    dot = _new("decision_path", title)
    extras = _extras(kb, result, path, lang)

    def emit(sub: graphviz.Digraph, node: str, data: dict[str, Any]) -> None:
        on = node in path
        faded = term(data["id"], lang) if data["kind"] == "verdict" else data["id"]
        text = _node_label(data, lang, extras.get(node, "")) if on else faded
        _emit_node(sub, node, data, lang, text, on, "path fired" if data["kind"] == "rule" else "path")

    _emit_clusters(dot, graph, list(path.nodes) if path_only else list(graph.nodes), emit, lang)
    for tail, head in sorted(path.edges if path_only else graph.edges):
        _emit_edge(dot, tail, head, _edge_attrs(graph, path, tail, head, lang))
    rows = [(_LOOK[kind][2], text) for kind, text in _PATH_LEGEND]
    _legend(dot, rows if path_only else rows + [(_FADED["fillcolor"], "not used for this client")], lang)
    return dot.source


def _extras(kb: Knowledge, result: Result, path: nx.DiGraph, lang: str) -> dict[str, str]:
    """Per-node extra label lines: fact values, firing order, sign degrees, verdict strength, plan steps."""
    extras: dict[str, str] = {}
    for node, data in path.nodes(data=True):
        if data["kind"] == "fact":
            extras[node] = f"<B>= {_esc(format_value(data.get('value'), lang))}</B>"
        elif data["kind"] == "rule":
            seqs = data["seqs"]
            extras[node] = f"<B>#{seqs[0]}</B>" + (_small(" " + label("(fired {count}×)", lang).format(count=len(seqs)))
                                              if len(seqs) > 1 else "")
            if data["layer"] == "verdict" and not any(True for _ in path.successors(node)):
                extras[node] += "<BR/>" + _small(label("candidate outranked", lang))
    for sign in result.signs:
        tags = [label(sign["degree"], lang)] + ([label("remedy tried", lang)] if sign.get("remedy_tried") else [])
        extras[f"sign:{sign['id']}"] = _small(", ".join(tags))
    strength = kb.item("strength", result.strength)
    chosen = pick_text(strength.title, lang) if strength else result.strength
    extras[f"verdict:{result.verdict}"] = f"<B>{_esc(chosen)}</B>"
    for step in result.guidance:
        extras[f"guidance:{step['id']}"] = _small(f"{label('step', lang)} {step['step']} ({label(step['stage'], lang)})")
    return extras


def _edge_attrs(graph: nx.DiGraph, path: nx.DiGraph, tail: str, head: str, lang: str = "en") -> dict[str, str]:
    data = graph.edges[tail, head]
    attrs: dict[str, str] = {"class": data["kind"]}
    if not path.has_edge(tail, head):
        attrs.update(_FADED_EDGE, **({"style": "dashed"} if data["kind"] in ("count", "formula") else {}))
        attrs["class"] += " faded"
        return attrs
    seq = path.edges[tail, head]["seq"]
    attrs.update(_PATH_EDGE)
    attrs["class"] += " path"
    attrs["label"] = f"#{seq}: {_test_text(data['tests'], lang)}" if data["kind"] == "test" else (
        "" if data["kind"] == "formula" else f"#{seq}")
    if not attrs["label"]:
        del attrs["label"]
    if split_id(tail)[0] == "fact" and data["kind"] == "test":
        attrs["tooltip"] = "; ".join(t["source_text"] if lang == "en" else
                                     f"{graph.nodes[tail]['id']} {_test_text([t], lang)}" for t in data["tests"])
    return attrs
