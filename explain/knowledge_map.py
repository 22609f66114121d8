"""DOT text for the whole rule network, drawn compactly: one table per fact group and one per conclusion.

Drawn one box per fact, rule and conclusion, the network (some 200 nodes) was a column 4975 pt tall. Here a node
is a table: facts by fact group (``payment``, ``behaviour``...), a row (port) per fact, derived facts in one
``computed`` table; each sign is a table with a row per rule concluding it (its id, then its tests) and the sign
on the right; a verdict lists each generated select rule after the verdict rules that propose it; the advice is
one table per kind (remedies, exit plan in step order, prevention, notices). Each layer is one column (rank), so
the four clusters stand side by side. An edge runs from what a rule needs (a fact's row, a sign, a verdict, an
advice item) to the rule's row, or once to the whole table when all its rules need it; a ``signs_at_least``
count is written among the rule's tests instead of an edge from every sign. Every rule keeps its id: its row
shows it, and in SVG the row is the group ``a_rule:<id>`` whose tooltip is the rule's text. Everything is
emitted in sorted order (advice in plan order), so the text is stable.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from graphviz.quoting import attr_list, quote

from clientfire.engine.model import Knowledge
from clientfire.engine.result import pick_text
from clientfire.escape import dot_text

from .dot import _LOOK, _MAP_LEGEND, CLUSTERS, _esc, _legend, _new, _place, _small, _test_text, _wrap, html_label
from .graph import rule_network, split_id
from .labels import label, term

__all__ = ["knowledge_map_dot", "map_places", "ADVICE_TABLES"]

#: advice kind -> heading of its table (interface words, see explain/labels.py)
ADVICE_TABLES = {"remedy": "Try first", "guidance": "Exit plan", "prevention": "For your next contracts",
                 "notice": "Notes"}
_CLUSTER_OF = {"facts": "facts", "sign": "signs", "verdict": "verdict", "advice": "advice"}
_DASHED = ("count", "formula", "compare")
_TABLE = '<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="3" COLOR="{border}">{rows}</TABLE>'

Place = tuple[str, str]  # (map node, port; "" for the table itself)


def map_places(graph: nx.DiGraph) -> dict[str, Place]:
    """Where each node of the rule network is drawn: (table node, row port)."""
    places: dict[str, Place] = {}
    for node, data in graph.nodes(data=True):
        kind, ident = split_id(node)
        if kind == "fact":
            places[node] = ("facts:computed" if data["derived"] else f"facts:{ident.split('.')[0]}", ident)
        elif kind in ("sign", "verdict"):
            places[node] = (node, _item_port(node))
        elif kind != "rule":
            places[node] = (f"advice:{kind}", _item_port(node))
    for node, data in graph.nodes(data=True):
        if data["kind"] == "rule":
            places[node] = (places[data["concludes"]][0], data["id"])
    return places


def _item_port(node: str) -> str:
    """A conclusion's port: ``@late_fees`` (no colon, which DOT reads as a compass point; no clash with rule ids)."""
    return "@" + split_id(node)[1]


def _table_order(table: str) -> tuple[int, str]:
    """Tables in name order; the advice ones in plan order (remedies, exit plan, prevention, notices)."""
    kind, name = table.split(":", 1)
    return (list(ADVICE_TABLES).index(name), "") if kind == "advice" else (0, table)


def _cluster(table: str) -> str:
    return _CLUSTER_OF[table.split(":")[0]]


def _tip(data: dict[str, Any], lang: str) -> str:
    return _esc(dot_text(pick_text(data.get("text") or {}, lang) or data["id"]).replace("\\", "/"))


def _rule_cells(graph: nx.DiGraph, node: str, lang: str) -> list[str]:
    """A rule's two cells: its id (the port edges come into; in SVG the group ``a_rule:<id>``) and its tests."""
    data = graph.nodes[node]
    tests = [f"{graph.nodes[src]['id']} {_test_text(graph.edges[src, node]['tests'], lang)}"
             for src in sorted(graph.predecessors(node)) if graph.edges[src, node]["kind"] == "test"]
    tests += [label("{count} or more signs found", lang).format(count=count) for count in
              sorted({graph.graph["thresholds"].get(graph.edges[src, node]["threshold"]) for src in
                      graph.predecessors(node) if graph.edges[src, node]["kind"] == "count"}, key=str)]
    fill = _LOOK["rule"][2]
    return [f'<TD PORT="{_esc(data["id"])}" ID="{_esc(node)}" HREF="" TOOLTIP="{_tip(data, lang)}" BGCOLOR="{fill}" '
            f'ALIGN="LEFT">{_small(data["id"], "#1c1917")}</TD>',
            f'<TD BGCOLOR="{fill}" ALIGN="LEFT" BALIGN="LEFT">{"<BR/>".join(_small(t, "#78716c") for t in tests)}</TD>']


def _item_cell(graph: nx.DiGraph, node: str, lang: str, span: int) -> str:
    """A conclusion's cell (the port edges leave from), as tall as its rules' rows."""
    data = graph.nodes[node]
    if data.get("generated"):
        body = _small(label("select {verdict} ({strength})", lang).format(
            verdict=term(data["id"].split(".")[1], lang), strength=term(data["strength"], lang)), "#1c1917")
        return (f'<TD ROWSPAN="{span}" ID="{_esc(node)}" HREF="" TOOLTIP="{_tip(data, lang)}" '
                f'BGCOLOR="{_LOOK["rule"][2]}">{body}<BR/>{_small(data["id"])}</TD>')
    shown_id = "" if data["kind"] == "verdict" and lang != "en" else f"<BR/>{_small(data['id'])}"
    return (f'<TD ROWSPAN="{span}" PORT="{_esc(_item_port(node))}" HREF="" TOOLTIP="{_tip(data, lang)}" '
            f'BGCOLOR="{_LOOK[data["kind"]][2]}"><B>{_wrap(pick_text(data["title"], lang), 28)}</B>{shown_id}</TD>')


def _concluding(graph: nx.DiGraph, node: str, kind: str = "concludes") -> list[str]:
    return sorted(n for n in graph.predecessors(node) if graph.edges[n, node]["kind"] == kind)


def _block(graph: nx.DiGraph, item: str, lang: str) -> list[list[str]]:
    """The rows of one conclusion: a row per rule concluding it, the conclusion's cell on the right (a verdict:
    a row per verdict rule, then the select rule it proposes, then the verdict)."""
    rows: list[list[str]] = []
    for rule in _concluding(graph, item):
        if graph.nodes[rule].get("generated"):
            inner = [_rule_cells(graph, n, lang) for n in _concluding(graph, rule, "candidate")] or [
                ['<TD COLSPAN="2"></TD>']]
            inner[0].append(_item_cell(graph, rule, lang, len(inner)))
            rows += inner
        else:
            rows.append(_rule_cells(graph, rule, lang))
    rows = rows or [['<TD COLSPAN="2"></TD>']]
    rows[0].append(_item_cell(graph, item, lang, len(rows)))
    return rows


def _fact_row(data: dict[str, Any], lang: str, derived: bool) -> list[str]:
    name = data["id"] if derived else data["id"].split(".", 1)[-1]
    return [f'<TD HREF="" TOOLTIP="{_tip(data, lang)}" ALIGN="LEFT" BALIGN="LEFT">'
            f'{_wrap(pick_text(data["title"], lang), 36)}</TD>',
            f'<TD PORT="{_esc(data["id"])}" ALIGN="LEFT">{_small(name)}</TD>']


def _tables(graph: nx.DiGraph, places: dict[str, Place], lang: str) -> dict[str, str]:
    """Map node -> its HTML label."""
    rows: dict[str, list[list[str]]] = {}
    for node in sorted((n for n in graph if graph.nodes[n]["kind"] == "fact"), key=lambda n: places[n]):
        table = places[node][0]
        rows.setdefault(table, []).append(_fact_row(graph.nodes[node], lang, table == "facts:computed"))
    items = sorted((n for n in graph if graph.nodes[n]["kind"] not in ("fact", "rule")),
                   key=lambda n: (places[n][0], _place(graph, n)))
    for node in items:
        rows.setdefault(places[node][0], []).extend(_block(graph, node, lang))
    return {table: html_label(_TABLE.format(border=_border(table), rows=_heading(table, lang) + "".join(
        f"<TR>{''.join(cells)}</TR>" for cells in body))) for table, body in rows.items()}


def _border(table: str) -> str:
    kind = table.split(":")[0]
    return _LOOK["fact" if kind == "facts" else "remedy" if kind == "advice" else kind][3]


def _heading(table: str, lang: str) -> str:
    kind, name = table.split(":", 1)
    if kind == "facts":
        text = label("computed, not set", lang) if name == "computed" else name
    elif kind == "advice":
        text = label(ADVICE_TABLES[name], lang)
    else:
        return ""
    return f'<TR><TD COLSPAN="{2 if kind == "facts" else 3}" BGCOLOR="#f4f4f5"><B>{_esc(text)}</B></TD></TR>'


def _edges(graph: nx.DiGraph, places: dict[str, Place], lang: str) -> dict[tuple[Place, Place], dict[str, str]]:
    """The drawn edges: each network edge between two tables, from the tail's row to the head's row, merged when
    two network edges land on the same rows."""
    drawn: dict[tuple[Place, Place], dict[str, str]] = {}
    for tail, head in sorted(graph.edges):
        data = graph.edges[tail, head]
        source, target = places[tail], places[head]
        if data["kind"] == "count" or source[0] == target[0] and data["kind"] in ("concludes", "candidate"):
            continue  # a count is in the rule's conditions; a conclusion is shown by the row being in its table
        attrs = drawn.setdefault((source, target), {"class": data["kind"], "color": "#52525b"})
        if data["kind"] in _DASHED:
            attrs["style"] = "dashed"
        if data["kind"] == "test":
            tip = f"{graph.nodes[tail]['id']} {_test_text(data['tests'], lang)}"
            attrs["tooltip"] = "; ".join(filter(None, (attrs.get("tooltip"), dot_text(tip))))
    return drawn


def _folded(graph: nx.DiGraph, places: dict[str, Place], drawn: dict[tuple[Place, Place], dict[str, str]],
            lang: str) -> dict[tuple[Place, Place], dict[str, str]]:
    """One edge to a whole table (no port) for a source that every rule row of that table needs (a verdict that
    all the exit plan's rules match, a sign that all of one verdict's rules count), instead of one per row."""
    rows: dict[str, set[str]] = {}
    for node, (table, port) in places.items():
        if graph.nodes[node]["kind"] == "rule" and not graph.nodes[node].get("generated"):
            rows.setdefault(table, set()).add(port)
    reached: dict[tuple[Place, str], set[str]] = {}
    for source, (table, port) in drawn:
        reached.setdefault((source, table), set()).add(port)
    whole = {key for key, ports in reached.items() if len(ports) > 1 and ports == rows[key[1]]}
    folded: dict[tuple[Place, Place], dict[str, str]] = {}
    for (source, target), attrs in drawn.items():
        if (source, target[0]) not in whole:
            folded[(source, target)] = attrs
            continue
        merged = folded.setdefault((source, (target[0], "")), {**attrs, "penwidth": "2",
                                                                "tooltip": label("needed by every rule here", lang)})
        merged["class"] = " ".join(sorted(set(merged["class"].split()) | set(attrs["class"].split())))
        if "tooltip" in attrs and attrs["tooltip"] not in merged["tooltip"]:
            merged["tooltip"] += f"; {attrs['tooltip']}"
    return folded


def _end(place: Place, side: str) -> str:
    node, port = place
    return f"{quote(node)}:{quote(port)}:{side}" if port else f"{quote(node)}:{side}"


def knowledge_map_dot(kb: Knowledge, lang: str = "en", graph: nx.DiGraph | None = None) -> str:
    """The whole rule network as compact DOT: tables of facts, signs, verdicts and advice, rules as their rows."""
    graph = nx.DiGraph(graph if graph is not None else rule_network(kb))  # a copy: the caller's graph stays as it is
    graph.graph["thresholds"] = {tid: threshold.value for tid, threshold in kb.thresholds.items()}
    places = map_places(graph)
    tables = _tables(graph, places, lang)
    dot = _new("clientfire_knowledge", label("clientfire rule network", lang))
    dot.attr("graph", ranksep="0.4", nodesep="0.12", newrank="true", concentrate="true")
    edges = _folded(graph, places, _edges(graph, places, lang), lang)
    for name, heading in CLUSTERS.items():
        with dot.subgraph(name=f"cluster_{name}") as sub:
            sub.attr(label=label(heading, lang), style="rounded", color="#a1a1aa", fontsize="14", fontcolor="#3f3f46")
            with sub.subgraph(name=f"{name}_column") as column:  # one column per layer: clusters side by side
                column.attr(rank="same")
                for table in sorted((t for t in tables if _cluster(t) == name), key=_table_order):
                    column.node(table, label=tables[table], shape="plaintext", margin="0",
                                **{"class": table.split(":")[0]})
    for (source, target), attrs in sorted(edges.items()):
        dot.body.append(f"\t{_end(source, 'e')} -> {_end(target, 'w')}{attr_list(kwargs=attrs)}\n")
    _legend(dot, [(_LOOK[kind][2], text) for kind, text in _MAP_LEGEND], lang)
    return dot.source
