"""HOW, WHY NOT and WHAT IF as indented lines (depth, text with `code` marks), shared by text and Markdown."""

from __future__ import annotations

from typing import Any

from .evidence import format_evidence, format_records, format_value
from .how import fact_label

__all__ = ["how_lines", "why_not_lines", "what_if_lines", "formula_inputs", "Line", "SHOWN_PER_VERDICT"]

Json = dict[str, Any]
Line = tuple[int, str]
#: WHAT IF lines shown per verdict in text and Markdown (JSON carries them all)
SHOWN_PER_VERDICT = 5


def _cite(rule: Json) -> str:
    source = rule["source"]
    parts = [", ".join(source["refs"])] if source["refs"] else []
    if source["seeds"]:
        parts.append("seeds " + ", ".join(source["seeds"]))
    parts.append(rule["loc"])
    return "; ".join(parts)


def _concluded(node: Json) -> str:
    return ", ".join(fact_label(f) for f in node["concludes"]) or "nothing new"


def _node(node: Json, depth: int) -> list[Line]:
    if "ref" in node:
        return [(depth, f"<- `{node['rule']}` (#{node['ref']}, shown above)")]
    rule = node["rule"]
    lines = [(depth, f"{_concluded(node)} <- `{rule['id']}` (#{node['seq']}; {_cite(rule)})"),
             (depth + 1, f"\"{rule['text']}\"")]
    for cond in node["conditions"]:
        lines += _condition(cond, depth + 1)
    return lines


def formula_inputs(cond: Json) -> str:
    """The inputs of a derived fact's formula: `payment.amount = 1200, payment.days = 30`."""
    return ", ".join(f"{k} = {format_value(v)}" for k, v in cond.get("from", {}).items())


def _condition(cond: Json, depth: int) -> list[Line]:
    if cond["type"] == "fact":
        lines = [(depth, f"`{format_evidence(cond)}`")]
        if cond.get("from"):
            lines.append((depth + 1, f"<- `{cond['formula']}` with {formula_inputs(cond)}"))
        if cond.get("records"):
            lines.append((depth + 1, format_records(cond["records"], limit=10)))
        return lines
    if cond["type"] == "signs_at_least":
        articles = sorted({s.get("article", "?") for s in cond["matched"]})
        head = (f"`distinct article signs = {cond['value']} >= {format_value(cond['required'])} "
                f"(threshold {cond['threshold']})`: {', '.join(articles)}")
    else:
        head = f"`{cond['pattern']}` matched {fact_label(cond['matched'])}"
    lines = [(depth, head)]
    for child in cond["by"]:
        lines += _node(child, depth + 1)
    return lines


def how_lines(how: Json) -> list[Line]:
    """The verdict's derivation, then the other candidates, then every other conclusion of the run."""
    lines = _node(how["tree"], 0) if how.get("tree") else [(0, "no verdict was concluded")]
    cands = ", ".join(f"{f['verdict']} ({f['strength']}) #{c['seq']}" for c in how["candidates"]
                      for f in c["concludes"])
    lines.append((0, f"candidates: {cands}; the highest wins"))
    if how["also"]:
        lines.append((0, "also concluded in this run:"))
        for node in how["also"]:
            lines += _node(node, 1)
    return lines


def _needs(cond: Json) -> str:
    """`payment.days_overdue = 38, needs >= 90 (threshold non_payment.min_days_overdue)`."""
    if cond["type"] == "signs_at_least":
        return (f"`distinct article signs = {cond['value']}, needs >= {format_value(cond['required'])} "
                f"(threshold {cond['threshold']})`")
    if cond["type"] == "match":
        return f"needs `{cond['pattern']}`"
    op = {"==": "", "!=": "not "}.get(cond["op"], cond["op"] + " ")
    value = "unknown" if cond["value"] is None else format_value(cond["value"])
    text = f"{cond['fact']} = {value}, needs {op}{format_value(cond['required'])}"
    if cond.get("threshold"):
        text += f" (threshold {cond['threshold']})"
    return f"`{text}`"


def _status(cond: Json) -> str:
    word = {"fails": "fails", "unknown": "unknown", "missing": "none concluded"}.get(cond["status"], cond["status"])
    return f"{_needs(cond)}: {word}"


def _feeders(feeders: list[Json], depth: int) -> list[Line]:
    lines: list[Line] = []
    unknown_only = []
    for feeder in feeders:
        lacking = feeder["lacking"]
        if lacking and all(c["status"] == "unknown" for c in lacking):
            unknown_only.append(feeder)
            continue
        text = "; ".join(_status(c) for c in lacking) or "all conditions hold"
        lines.append((depth, f"`{feeder['rule']['id']}` ({fact_label(feeder['concludes'])}): {text}"))
    if unknown_only:
        names = ", ".join(f"`{f['rule']['id']}` ({', '.join(c.get('fact', c['type']) for c in f['lacking'])})"
                          for f in unknown_only)
        lines.append((depth, f"waiting on unknown facts: {names}"))
    return lines


def _why_rule(entry: Json, given: Json, depth: int) -> list[Line]:
    rule = entry["rule"]
    if entry["fired"]:
        return [(depth, f"`{rule['id']}` fired (#{entry['seq']}) and concluded {fact_label(entry['concludes'])}, "
                        f"but {given['verdict']} ({given['strength']}) ranks higher")]
    lines = [(depth, f"`{rule['id']}` did not fire ({_cite(rule)}):")]
    for cond in entry["lacking"]:
        lines.append((depth + 1, _status(cond)))
        if cond.get("could_come_from"):
            lines.append((depth + 2, "rules that could conclude it:"))
            lines += _feeders(cond["could_come_from"], depth + 3)
    return lines


def why_not_lines(entry: Json) -> list[Line]:
    """Why one verdict was not given: per rule concluding it, what it lacked."""
    lines: list[Line] = []
    for rule in entry["rules"]:
        lines += _why_rule(rule, entry["given"], 0)
    return lines or [(0, f"no rule concludes {entry['verdict']}")]


def _change(change: Json, known: bool) -> str:
    word = "were known to be" if not known else "were"
    return f"`{change['fact']}` {word} {format_value(change['to'])}"


def _flip_line(flip: Json) -> str:
    known = all(c["from"] is not None for c in flip["changes"])
    changes = " and ".join(_change(c, known or c["from"] is not None) for c in flip["changes"])
    was = ", ".join(f"{c['fact']} is {format_value(c['from'])}" for c in flip["changes"])
    return f"if {changes}: **{flip['verdict']}** ({flip['strength']}) [now {was}]"


def _grouped(flips: list[Json]) -> list[Line]:
    lines: list[Line] = []
    counts: dict[str, int] = {}
    for flip in flips:
        counts[flip["verdict"]] = counts.get(flip["verdict"], 0) + 1
        if counts[flip["verdict"]] <= SHOWN_PER_VERDICT:
            lines.append((0, _flip_line(flip)))
    for verdict, count in counts.items():
        if count > SHOWN_PER_VERDICT:
            lines.append((0, f"... and {count - SHOWN_PER_VERDICT} more changes giving {verdict} (see --format json)"))
    return lines


def what_if_lines(what_if: Json) -> tuple[list[Line], list[Line]]:
    """The smallest changes that flip the verdict; and the unknown facts that could change it."""
    lines = _grouped(what_if["flips"])
    if what_if["not_reached"]:
        lines.append((0, f"no change of one or two facts gives: {', '.join(what_if['not_reached'])}"))
    if not lines:
        lines = [(0, "no change of one or two known facts changes the verdict")]
    unknown = _grouped(what_if["unknown_facts"])
    return lines, unknown
