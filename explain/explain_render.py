"""Render an explanation (the result's JSON plus `how`, `why_not`, `what_if`) as text, Markdown or JSON."""

from __future__ import annotations

import json
from typing import Any

from clientfire.escape import json_safe, markdown_line, visible

from .explain_lines import Line, how_lines, what_if_lines, why_not_lines
from .labels import label, said, term
from .verdict_text import footer, headline, to_markdown, to_text

__all__ = ["render_explanation", "render_verdict", "sections_of"]

Json = dict[str, Any]


def sections_of(doc: Json) -> list[tuple[str, list[Line]]]:
    """The explanation's parts as (heading, lines): HOW, each WHY NOT, WHAT IF; only those present."""
    lang = doc.get("lang", "en")
    sections: list[tuple[str, list[Line]]] = []
    if doc.get("how") is not None:
        sections.append((label("How this verdict was reached", lang), how_lines(doc["how"], lang)))
    for entry in doc.get("why_not") or []:
        sections.append((f"{label('Why not', lang)} {term(entry['verdict'], lang)} ({entry['title']})",
                         why_not_lines(entry, lang)))
    for verdict in doc.get("why_not_given") or []:
        given = said("{verdict} is the verdict given: see HOW", lang, verdict=term(verdict, lang))
        sections.append((f"{label('Why not', lang)} {term(verdict, lang)}", [(0, given)]))
    if doc.get("what_if") is not None:
        flips, unknown = what_if_lines(doc["what_if"], lang)
        sections.append((label("What if", lang), flips))
        if unknown:
            sections.append((label("Unknown facts that could change the verdict", lang), unknown))
    return sections


def _plain(text: str) -> str:
    return text.replace("**", "").replace("`", "")


def _text(sections: list[tuple[str, list[Line]]]) -> list[str]:
    lines: list[str] = []
    for heading, body in sections:
        lines.append(visible(heading))
        lines.extend("  " + "  " * depth + visible(_plain(text)) for depth, text in body)
        lines.append("")
    return lines


def _markdown(sections: list[tuple[str, list[Line]]]) -> list[str]:
    lines: list[str] = []
    for heading, body in sections:
        lines += [markdown_line(f"## {heading}"), ""]
        lines.extend(markdown_line("  " * depth + "- " + text) for depth, text in body)
        lines.append("")
    return lines


def render_explanation(doc: Json, fmt: str) -> str:
    """`clientfire explain`: the headline, then HOW, WHY NOT and WHAT IF."""
    if fmt == "json":
        return json_safe(json.dumps(doc, indent=2, ensure_ascii=False)) + "\n"
    lang = doc.get("lang", "en")
    head, foot = headline(doc, lang), footer(doc, lang)
    if fmt == "markdown":
        lines = [markdown_line(line) for line in (f"# {head}", "", doc["verdict_text"], "")]
        lines += _markdown(sections_of(doc)) + [markdown_line(f"_{foot}_")]
    else:
        lines = [visible(head), f"  {visible(doc['verdict_text'])}", ""] + _text(sections_of(doc)) + [visible(foot)]
    return "\n".join(lines) + "\n"


def render_verdict(doc: Json, fmt: str, colour: bool = False) -> str:
    """`clientfire verdict [--explain]`: the explained verdict, with HOW added when the doc has it."""
    if fmt == "json":
        return json_safe(json.dumps(doc, indent=2, ensure_ascii=False, sort_keys=False)) + "\n"
    result = {k: v for k, v in doc.items() if k != "how"}
    if fmt == "markdown":
        body = to_markdown(result)
        extra = _markdown(sections_of({"how": doc["how"], "lang": doc.get("lang")})) if "how" in doc else []
    else:
        body = to_text(result, colour=colour)
        extra = _text(sections_of({"how": doc["how"], "lang": doc.get("lang")})) if "how" in doc else []
    if not extra:
        return body
    head, _, foot = body.rstrip("\n").rpartition("\n")
    return head + "\n" + "\n".join(extra) + "\n" + foot + "\n"
