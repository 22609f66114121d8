"""Render a verdict result (its JSON form) as text for a terminal, or as Markdown."""

from __future__ import annotations

from typing import Any

from clientfire.escape import markdown_line, visible
from clientfire.messages import fill

from .evidence import distinct, format_evidence, format_records, format_typed, format_value
from .labels import label

__all__ = ["to_text", "to_markdown", "headline", "footer", "unknown_lines", "case_text", "SHOWN_UNKNOWN"]

_COLOURS = {"keep": "32", "address": "33", "pause_work": "35", "fire": "31"}
#: unknown facts listed in text and Markdown (the rest are counted; JSON carries them all)
SHOWN_UNKNOWN = 5


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if colour else text


def _cite(source: dict[str, Any]) -> str:
    return ", ".join(source.get("refs", []))


def _details(entry: dict[str, Any], lang: str) -> str:
    """`Work done: 25%; refund owed: 1.234,5`: an exit-plan step's facts, each as its type and language write it."""
    texts, kinds, assumed = entry.get("detail_texts", {}), entry.get("detail_types", {}), entry.get("assumed", {})

    def shown(fact: str, value: Any) -> str:
        text = f"{texts.get(fact, fact)}: {format_typed(value, kinds.get(fact), lang)}"
        return text + (f" ({assumed[fact]})" if fact in assumed else "")

    return "; ".join(shown(fact, value) for fact, value in entry["details"].items())


def case_text(case: dict[str, Any], lang: str) -> str:
    """`payment.pays_eventually = false: fire (moderate)`, or what it adds to and takes from the exit plan."""
    facts = ", ".join(f"{k} = {format_value(v, lang)}" for k, v in case["facts"].items())
    if "adds" in case:
        moves = [f"+{g}" for g in case["adds"]] + [f"-{g}" for g in case["removes"]]
        return f"{facts}: {' '.join(moves)}"
    return f"{facts}: {label(case['verdict'], lang)} ({label(case['strength'], lang)})"


def unknown_lines(result: dict[str, Any], lang: str, shown: int = SHOWN_UNKNOWN) -> list[str]:
    """The unknown facts that could change the result, best first: the top few, then how many more."""
    found = result.get("unknown_facts")
    if found is None:
        return [label("not looked for in this run", lang)]
    lines = []
    for entry in found[:shown]:
        line = f"`{entry['fact']}`: {label('could change the ' + entry['could_change'].replace('_', ' '), lang)}"
        if entry["cases"]:
            line += f"; {case_text(entry['cases'][0], lang)}"
        lines.append(line)
    if len(found) > shown:
        lines.append(fill(label("and {count} more (see --format json)", lang), lang, count=len(found) - shown))
    return lines


def _sections(result: dict[str, Any], lang: str) -> list[tuple[str, list[str]]]:
    """The body as (heading, lines) pairs, shared by text and Markdown."""
    sections: list[tuple[str, list[str]]] = []
    warnings = [n for n in result.get("notices", []) if n["level"] == "warning"]
    if warnings:
        sections.append((label("Warnings", lang), [f"**{n['title']}** (`{n['id']}`): {n['text']}" for n in warnings]))
    signs = []
    for sign in result["signs"]:
        tags = [label(sign["degree"], lang)] + ([label("remedy tried", lang)] if sign["remedy_tried"] else [])
        signs.append(f"**{sign['title']}** (`{sign['id']}`, {', '.join(tags)}; {_cite(sign['source'])}): {sign['text']}")
        for e in distinct(sign["evidence"]):
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
                lines.append(f"    {_details(g, lang)}")
        sections.append((label("Exit plan", lang), lines))
    if result["prevention"]:
        sections.append((label("For your next contracts", lang), [
            f"**{p['title']}** (`{p['id']}`; {_cite(p['source'])}): {p['text']}" for p in result["prevention"]]))
    if result.get("evidence"):
        sections.append((label("Records behind the imported facts", lang), _records(result, lang)))
    notes = [n for n in result.get("notices", []) if n["level"] != "warning"]
    if notes:
        sections.append((label("Notes", lang), [f"**{n['title']}** ({_cite(n['source'])}): {n['text']}" for n in notes]))
    if result.get("unknown_facts") is None or result["unknown_facts"]:
        sections.append((label("Unknown facts that could change this", lang), unknown_lines(result, lang)))
    cited = _articles(result)
    if cited:
        sections.append((label("Sources", lang), cited))
    return sections


def _articles(result: dict[str, Any]) -> list[str]:
    """Each article cited above, once, in id order: `A: "title", publisher` (what `B.4` refers to)."""
    found: dict[str, str] = {}
    items = [*result["signs"], *result["remedies"], *result["guidance"], *result["prevention"],
             *result.get("notices", [])]
    for item in items:
        for article in item.get("source", {}).get("articles", ()):
            publisher = f", {article['publisher']}" if article.get("publisher") else ""
            found.setdefault(article["id"], f"{article['id']}: \u201c{article['title']}\u201d{publisher}")
    return [found[key] for key in sorted(found)]


def _records(result: dict[str, Any], lang: str) -> list[str]:
    """Each imported fact with its value, then its records (every one the result carries)."""
    lines = []
    for fact, records in result["evidence"].items():
        group, _, name = fact.partition(".")
        value = result["facts"].get(group, {}).get(name) if name else result["facts"].get(fact)
        lines.append(f"`{fact} = {format_value(value, lang)}`")
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
    """Plain text for a person (control characters in names and texts shown escaped); colour only when asked."""
    lang = result.get("lang", "en")
    head = _paint(visible(headline(result, lang)), _COLOURS.get(result["verdict"], "1"), colour)
    lines = [head, f"  {visible(result['verdict_text'])}", ""]
    for heading, body in _sections(result, lang):
        lines.append(_paint(visible(heading), "1", colour))
        lines.extend("  " + visible(line.replace("**", "").replace("`", "").replace("*", "")) for line in body)
        lines.append("")
    lines.append(visible(footer(result, lang)))
    return "\n".join(lines) + "\n"


def to_markdown(result: dict[str, Any]) -> str:
    """A Markdown report to paste into notes or send to a partner (raw HTML and line breaks in values escaped)."""
    lang = result.get("lang", "en")
    lines = [f"# {headline(result, lang)}", "", result["verdict_text"], ""]
    for heading, body in _sections(result, lang):
        lines += [f"## {heading}", ""]
        for line in body:
            if line.startswith("    "):
                lines.append(f"  - {line.strip()}")
            elif line[:1].isdigit():
                lines.append(line)
            elif line.startswith("*") and line.endswith("*") and not line.startswith("**"):
                lines += ["", line, ""]
            else:
                lines.append(f"- {line}")
        lines.append("")
    lines.append(f"_{footer(result, lang)}_")
    return "\n".join(markdown_line(line) for line in lines) + "\n"
