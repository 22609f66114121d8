"""One self-contained HTML page for a client: verdict, HOW explanation, exit plan and the decision-path SVG inline."""

from __future__ import annotations

import html
import re
from typing import Any

from clientfire.engine.model import Knowledge
from clientfire.engine.result import Result, pick_text

from .evidence import format_evidence, format_money, format_value
from .explain_lines import formula_inputs
from .how import fact_label
from .labels import label
from .verdict_text import footer

__all__ = ["to_html", "inline_svg", "how_html", "STYLE"]

Json = dict[str, Any]

STYLE = """
body{font-family:"Noto Sans","Noto Sans CJK KR","DejaVu Sans",sans-serif;max-width:60rem;margin:2rem auto;
padding:0 1rem;color:#18181b;line-height:1.45}
h1{margin-bottom:.2rem}h2{border-bottom:1px solid #e4e4e7;padding-bottom:.2rem;margin-top:2rem}
.verdict{display:inline-block;padding:.3rem .8rem;border-radius:.4rem;font-weight:bold;font-size:1.3rem}
.v-keep{background:#dcfce7}.v-address{background:#fef9c3}.v-pause_work{background:#fae8ff}.v-fire{background:#fecaca}
.ev{color:#3f3f46;font-family:"DejaVu Sans Mono",monospace;font-size:.85rem}
.src{color:#71717a;font-size:.85rem}code{background:#f4f4f5;padding:0 .2rem;border-radius:.2rem}
.how ul{list-style:none;border-left:2px solid #e4e4e7;padding-left:1rem}.how summary{cursor:pointer}
.dont{color:#b91c1c;font-weight:bold}.do{color:#15803d;font-weight:bold}
figure{margin:0;overflow:auto;border:1px solid #e4e4e7;border-radius:.4rem}
footer{margin-top:2rem;color:#71717a;font-size:.85rem}
"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def inline_svg(svg: bytes | str) -> str:
    """The SVG element alone (no XML prolog, DOCTYPE or comments), ready to sit inside HTML."""
    text = svg.decode("utf-8") if isinstance(svg, bytes) else svg
    start = text.find("<svg")
    if start < 0:
        return ""
    return re.sub(r"<!--.*?-->\n?", "", text[start:], flags=re.S).strip()


def _cite(source: Json) -> str:
    refs = ", ".join(source.get("refs", []))
    return f' <span class="src">({_e(refs)})</span>' if refs else ""


def _signs(data: Json, lang: str) -> str:
    if not data["signs"]:
        return f"<p>{_e(label('No sign that calls for action.', lang))}</p>"
    items = []
    for sign in data["signs"]:
        tags = [label(sign["degree"], lang)] + ([label("remedy tried", lang)] if sign["remedy_tried"] else [])
        evidence = "".join(f'<li class="ev">{_e(format_evidence(e, lang))}</li>' for e in sign["evidence"])
        items.append(f"<li><b>{_e(sign['title'])}</b> <code>{_e(sign['id'])}</code> ({_e(', '.join(tags))})"
                     f"{_cite(sign['source'])}<br>{_e(sign['text'])}<ul>{evidence}</ul></li>")
    return f"<ul>{''.join(items)}</ul>"


def _condition(cond: Json) -> str:
    if cond["type"] == "fact":
        text = format_evidence(cond)
        if cond.get("formula"):
            text += f" [{cond['formula']}; {formula_inputs(cond)}]"
        return f'<li class="ev">{_e(text)}</li>'
    if cond["type"] == "signs_at_least":
        names = ", ".join(s.get("name", "") for s in cond.get("matched", []))
        required = format_value(cond["required"])
        head = f"{cond['value']} distinct article signs ≥ {required} ({cond['threshold']}): {names}"
    else:
        head = f"{cond['pattern']} ← {fact_label(cond.get('matched', {}))}"
    return f'<li><span class="ev">{_e(head)}</span>{_firings(cond.get("by", []))}</li>'


def _firing(node: Json) -> str:
    if "ref" in node:
        return f'<li class="src">#{_e(node["ref"])} <code>{_e(node["rule"])}</code> (see above)</li>'
    rule = node["rule"]
    concludes = ", ".join(fact_label(f) for f in node.get("concludes", []))
    conditions = "".join(_condition(c) for c in node.get("conditions", []))
    return (f"<li><details open><summary>#{_e(node['seq'])} <code>{_e(rule['id'])}</code> → {_e(concludes)}"
            f"</summary><div>{_e(rule['text'])}{_cite(rule.get('source', {}))}</div>"
            f"<ul>{conditions}</ul></details></li>")


def _firings(nodes: list[Json]) -> str:
    return f"<ul>{''.join(_firing(n) for n in nodes)}</ul>" if nodes else ""


def how_html(kb: Knowledge, result: Result, lang: str) -> str:
    """The HOW explanation: the derivation tree from explain/how.py, else the fired rules in order."""
    try:
        from .how import build_how, run_data
    except ImportError:  # the HOW module is optional: fall back to the plain firing list
        rules = "".join(f"<li>#{f['seq']} <code>{_e(f['rule'])}</code></li>" for f in result.trace)
        return f'<ol class="how">{rules}</ol>'
    how = build_how(kb, run_data(result, kb, lang), lang)
    tree = _firings([how["tree"]]) if how.get("tree") else ""
    also = _firings(how.get("also", []))
    more = (f"<details><summary>{_e(label('Other rules that fired', lang))} ({len(how.get('also', []))})"
            f"</summary>{also}</details>") if also else ""
    return f'<div class="how">{tree}{more}</div>'


def _step(step: Json, lang: str) -> str:
    notes = "".join(f"<li>{_e(n['text'])}</li>" for n in step["notes"])
    details = "; ".join(f"{k.split('.', 1)[-1]} {format_money(v)}" for k, v in step["details"].items())
    if details:
        notes += f'<li class="ev">{_e(details)}</li>'
    return (f'<li value="{step["step"]}"><span class="{_e(step["kind"])}">{_e(label(step["kind"], lang))}</span> '
            f"<i>{_e(label(step['stage'], lang))}</i>: <b>{_e(step['title'])}</b>{_cite(step['source'])}: "
            f"{_e(step['text'])}<ul>{notes}</ul></li>")


def _plan(data: Json, lang: str) -> str:
    parts = []
    if data["remedies"]:
        items = "".join(f"<li><b>{_e(r['title'])}</b>{_cite(r['source'])}: {_e(r['text'])}</li>"
                        for r in data["remedies"])
        parts.append(f"<h2>{_e(label('Try first', lang))}</h2><ul>{items}</ul>")
    if data["guidance"]:
        steps = "".join(_step(step, lang) for step in data["guidance"])
        parts.append(f"<h2>{_e(label('Exit plan', lang))}</h2><ol>{steps}</ol>")
    if data["prevention"]:
        items = "".join(f"<li><b>{_e(p['title'])}</b>{_cite(p['source'])}: {_e(p['text'])}</li>"
                        for p in data["prevention"])
        parts.append(f"<h2>{_e(label('For your next contracts', lang))}</h2><ul>{items}</ul>")
    if data["unknown_facts"]:
        facts = ", ".join(f"<code>{_e(f)}</code>" for f in data["unknown_facts"])
        parts.append(f"<h2>{_e(label('Unknown facts that could change this', lang))}</h2><p>{facts}</p>")
    return "".join(parts)


def to_html(kb: Knowledge, result: Result, lang: str = "en", svg: bytes | str = "") -> str:
    """The whole report as one HTML page: no script, no external file, the diagram inline."""
    data = result.to_json(kb, lang)
    verdict = kb.item("verdict", result.verdict)
    title = pick_text(verdict.title, lang) if verdict else result.verdict
    figure = (f"<h2>{_e(label('Decision path', lang))}</h2><figure>{inline_svg(svg)}</figure>") if svg else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(data['client'])}: {_e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{_e(data['client'])}</h1>\n"
        f'<p><span class="verdict v-{_e(result.verdict)}">{_e(title)}</span> '
        f"{_e(label('strength', lang))}: <b>{_e(data['strength_text'] or result.strength)}</b></p>\n"
        f"<p>{_e(data['verdict_text'])}</p>\n"
        f"<h2>{_e(label('Signs found', lang))}</h2>\n{_signs(data, lang)}\n"
        f"<h2>{_e(label('How the verdict was reached', lang))}</h2>\n{how_html(kb, result, lang)}\n"
        f"{_plan(data, lang)}\n{figure}\n"
        f"<footer>{_e(footer(data, lang))}</footer>\n"
        "</body>\n</html>\n"
    )
