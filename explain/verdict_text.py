"""Render a verdict result (its JSON form) as text for a terminal, or as Markdown."""

from __future__ import annotations

from typing import Any

from .evidence import format_evidence, format_money, format_records, format_value
from .labels import label

__all__ = ["to_text", "to_markdown", "headline", "footer"]

_COLOURS = {"keep": "32", "address": "33", "pause_work": "35", "fire": "31"}


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if colour else text


def _cite(source: dict[str, Any]) -> str:
    return ", ".join(source.get("refs", []))


def _details(details: dict[str, Any], texts: dict[str, str]) -> str:
    def shown(fact: str, value: Any) -> str:
        money = fact.endswith(("amount", "refund_owed"))
        return f"{texts.get(fact, fact)}: {format_money(value) if money else format_value(value)}"

    return "; ".join(shown(fact, value) for fact, value in details.items())


def _sections(result: dict[str, Any], lang: str) -> list[tuple[str, list[str]]]:
    """The body as (heading, lines) pairs, shared by text and Markdown."""
    sections: list[tuple[str, list[str]]] = []
    signs = []
    for sign in result["signs"]:
        tags = [label(sign["degree"], lang)] + ([label("remedy tried", lang)] if sign["remedy_tried"] else [])
        signs.append(f"**{sign['title']}** (`{sign['id']}`, {', '.join(tags)}; {_cite(sign['source'])}): {sign['text']}")
        for e in sign["evidence"]:
            signs.append(f"    {format_evidence(e, lang)}")
            if e.get("records"):
                signs.append(f"    {format_records(e['records'], lang)}")
    sections.append((label("Signs found", lang), signs or [label("No sign that calls for action.", lang)]))
    if result["remedies"]:
        sections.append((label("Try first", lang), [
            f"**{r['title']}** (`{r['id']}`; {_cite(r['source'])}): {r['text']}" for r in result["remedies"]]))
    if result["guidance"]:
        lines = []
        stage = None
        for g in result["guidance"]:
            if g["stage"] != stage:
                stage = g["stage"]
                lines.append(f"*{label(stage, lang)}*")
            lines.append(f"{g['step']}. [{label(g['kind'], lang)}] **{g['title']}** (`{g['id']}`; "
                         f"{_cite(g['source'])}): {g['text']}")
            lines.extend(f"    {n['text']}" for n in g["notes"])
            if g["details"]:
                lines.append(f"    {_details(g['details'], g.get('detail_texts', {}))}")
        sections.append((label("Exit plan", lang), lines))
    if result["prevention"]:
        sections.append((label("For your next contracts", lang), [
            f"**{p['title']}** (`{p['id']}`; {_cite(p['source'])}): {p['text']}" for p in result["prevention"]]))
    if result.get("evidence"):
        sections.append((label("Records behind the imported facts", lang), _records(result)))
    if result["unknown_facts"]:
        sections.append((label("Unknown facts that could change this", lang),
                         [", ".join(f"`{f}`" for f in result["unknown_facts"])]))
    return sections


def _records(result: dict[str, Any]) -> list[str]:
    """Each imported fact with its value, then its records (every one the result carries)."""
    lines = []
    for fact, records in result["evidence"].items():
        group, _, name = fact.partition(".")
        value = result["facts"].get(group, {}).get(name) if name else result["facts"].get(fact)
        lines.append(f"`{fact} = {format_value(value)}`")
        lines.extend(f"    {record}" for record in records)
    return lines


def footer(result: dict[str, Any], lang: str) -> str:
    """`knowledge version … · N rule firings · date`: the last line of every rendering."""
    return (f"{label('knowledge version', lang)} {result['knowledge_version']} · "
            f"{len(result['fired_rules'])} {label('rule firings', lang)} · {result['date']}")


def headline(result: dict[str, Any], lang: str) -> str:
    """`Client: VERDICT (strength: …)`: the first line of the text and Markdown renderings."""
    return (f"{result['client']}: {label(result['verdict'], lang).upper()} "
            f"({label('strength', lang)}: {result['strength_text'] or result['strength']})")


def to_text(result: dict[str, Any], colour: bool = False) -> str:
    """Plain text for a person; colour only when asked."""
    lang = result.get("lang", "en")
    head = _paint(headline(result, lang), _COLOURS.get(result["verdict"], "1"), colour)
    lines = [head, f"  {result['verdict_text']}", ""]
    for heading, body in _sections(result, lang):
        lines.append(_paint(heading, "1", colour))
        lines.extend("  " + line.replace("**", "").replace("`", "").replace("*", "") for line in body)
        lines.append("")
    lines.append(footer(result, lang))
    return "\n".join(lines) + "\n"


def to_markdown(result: dict[str, Any]) -> str:
    """A Markdown report to paste into notes or send to a partner."""
    lang = result.get("lang", "en")
    lines = [f"# {headline(result, lang)}", "", result["verdict_text"], ""]
    for heading, body in _sections(result, lang):
        lines += [f"## {heading}", ""]
        for line in body:
            if line.startswith("    "):
                lines.append(f"  - {line.strip()}")
            elif line[:1].isdigit() or line.startswith("*") and line.endswith("*") and not line.startswith("**"):
                lines.append(line if line[:1].isdigit() else f"\n{line}\n")
            else:
                lines.append(f"- {line}")
        lines.append("")
    lines.append(f"_{footer(result, lang)}_")
    return "\n".join(lines) + "\n"
