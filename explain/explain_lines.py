"""HOW, WHY NOT and WHAT IF as indented lines (depth, text with `code` marks), shared by text and Markdown."""

from __future__ import annotations

from typing import Any

from .evidence import format_bounds, format_evidence, format_records, format_value
from .how import fact_label
from .labels import label, said, term

__all__ = ["how_lines", "why_not_lines", "what_if_lines", "formula_inputs", "Line", "SHOWN_PER_VERDICT"]

Json = dict[str, Any]
Line = tuple[int, str]
#: WHAT IF lines shown per verdict in text and Markdown (JSON carries them all)
SHOWN_PER_VERDICT = 5


def _cite(rule: Json, lang: str) -> str:
    source = rule["source"]
    parts = [", ".join(source["refs"])] if source["refs"] else []
    for article in source.get("articles", ()):
        publisher = f", {article['publisher']}" if article.get("publisher") else ""
        parts.append(f"{article['id']}: \"{article['title']}\"{publisher}")
    parts.append(label("generated", lang) if rule["loc"] == "generated" else rule["loc"])
    return "; ".join(parts)


def _concluded(node: Json, lang: str) -> str:
    return ", ".join(fact_label(f, lang) for f in node["concludes"]) or label("nothing new", lang)


def _node(node: Json, depth: int, lang: str) -> list[Line]:
    if "ref" in node:
        return [(depth, f"<- `{node['rule']}` {label('(#{ref}, shown above)', lang).format(ref=node['ref'])}")]
    rule = node["rule"]
    lines = [(depth, f"{_concluded(node, lang)} <- `{rule['id']}` (#{node['seq']}; {_cite(rule, lang)})"),
             (depth + 1, f"\"{rule['text']}\"")]
    for cond in node["conditions"]:
        lines += _condition(cond, depth + 1, lang)
    return lines


def formula_inputs(cond: Json, lang: str = "en") -> str:
    """The inputs of a derived fact's formula: `payment.amount = 1200, payment.days = 30`."""
    return ", ".join(f"{k} = {format_value(v, lang)}" for k, v in cond.get("from", {}).items())


def _article_signs(cond: Json, lang: str, sep: str) -> str:
    """`distinct article signs = 2 >= 2 (threshold x)` (sep ` `), or `= 1, needs >= 2 (...)` (sep `, needs `)."""
    need = f">= {format_value(cond['required'], lang)}"
    need = label("needs {what}", lang).format(what=need) if sep else need
    return (f"{label('distinct article signs', lang)} = {cond['value']}{', ' if sep else ' '}{need} "
            f"({label('threshold {id}', lang).format(id=cond['threshold'])})")


def _condition(cond: Json, depth: int, lang: str) -> list[Line]:
    if cond["type"] == "fact":
        lines = [(depth, f"`{format_evidence(cond, lang)}`")]
        if cond.get("from"):
            text = label("{formula} with {inputs}", lang).format(formula=f"`{cond['formula']}`",
                                                                 inputs=formula_inputs(cond, lang))
            lines.append((depth + 1, f"<- {text}"))
        if cond.get("records"):
            lines.append((depth + 1, format_records(cond["records"], lang, limit=10)))
        return lines
    if cond["type"] == "signs_at_least":
        articles = sorted({s.get("article", "?") for s in cond["matched"]})
        head = f"`{_article_signs(cond, lang, '')}`: {', '.join(articles)}"
    else:
        head = label("{pattern} matched {fact}", lang).format(pattern=f"`{cond['pattern']}`",
                                                              fact=fact_label(cond["matched"], lang))
    lines = [(depth, head)]
    for child in cond["by"]:
        lines += _node(child, depth + 1, lang)
    return lines


def how_lines(how: Json, lang: str = "en") -> list[Line]:
    """The verdict's derivation, then the other candidates, then every other conclusion of the run."""
    lines = _node(how["tree"], 0, lang) if how.get("tree") else [(0, label("no verdict was concluded", lang))]
    cands = ", ".join(f"{term(f['verdict'], lang)} ({term(f['strength'], lang)}) #{c['seq']}"
                      for c in how["candidates"] for f in c["concludes"])
    lines.append((0, label("candidates: {candidates}; the highest wins", lang).format(candidates=cands)))
    if how["also"]:
        lines.append((0, label("also concluded in this run:", lang)))
        for node in how["also"]:
            lines += _node(node, 1, lang)
    return lines


def _needs(cond: Json, lang: str) -> str:
    """`payment.days_overdue = 38, needs >= 90 (threshold non_payment.min_days_overdue)`."""
    if cond["type"] == "signs_at_least":
        return f"`{_article_signs(cond, lang, 'needs')}`"
    if cond["type"] == "match":
        return label("needs {what}", lang).format(what=f"`{cond['pattern']}`")
    required = format_value(cond["required"], lang)
    need = label("not {value}", lang).format(value=required) if cond["op"] == "!=" else \
        required if cond["op"] == "==" else f"{cond['op']} {required}"
    if cond["value"] is not None:
        value = f"= {format_value(cond['value'], lang)}"
    elif cond.get("bounds") and any(b is not None for b in cond["bounds"]):
        value = format_bounds(cond["bounds"], lang)
    else:
        value = f"= {label('unknown', lang)}"
    text = f"{cond['fact']} {value}, {label('needs {what}', lang).format(what=need)}"
    if cond.get("threshold"):
        text += f" ({label('threshold {id}', lang).format(id=cond['threshold'])})"
    return f"`{text}`"


_STATUS = {"fails": "fails", "unknown": "not known yet (the rule waits for it; it is not taken as met)",
           "missing": "none concluded"}


def _status(cond: Json, lang: str) -> str:
    word = label(_STATUS[cond["status"]], lang) if cond["status"] in _STATUS else cond["status"]
    return f"{_needs(cond, lang)}: {word}"


def _feeders(feeders: list[Json], depth: int, lang: str) -> list[Line]:
    lines: list[Line] = []
    unknown_only = []
    for feeder in feeders:
        lacking = feeder["lacking"]
        if lacking and all(c["status"] == "unknown" for c in lacking):
            unknown_only.append(feeder)
            continue
        text = "; ".join(_status(c, lang) for c in lacking) or label("all conditions hold", lang)
        lines.append((depth, f"`{feeder['rule']['id']}` ({fact_label(feeder['concludes'], lang)}): {text}"))
    if unknown_only:
        names = ", ".join(f"`{f['rule']['id']}` ({', '.join(c.get('fact', c['type']) for c in f['lacking'])})"
                          for f in unknown_only)
        lines.append((depth, label("waiting on unknown facts: {names}", lang).format(names=names)))
    return lines


def _why_rule(entry: Json, given: Json, depth: int, lang: str) -> list[Line]:
    rule = entry["rule"]
    if entry["fired"]:
        text = said("{rule} fired (#{seq}) and concluded {fact}, but {verdict} ({strength}) ranks higher", lang,
                    rule=f"`{rule['id']}`", seq=entry["seq"], fact=fact_label(entry["concludes"], lang),
                    verdict=term(given["verdict"], lang), strength=term(given["strength"], lang))
        return [(depth, text)]
    lines = [(depth, label("{rule} did not fire ({cite}):", lang).format(rule=f"`{rule['id']}`",
                                                                         cite=_cite(rule, lang)))]
    for cond in entry["lacking"]:
        lines.append((depth + 1, _status(cond, lang)))
        if cond.get("could_come_from"):
            lines.append((depth + 2, label("rules that could conclude it:", lang)))
            lines += _feeders(cond["could_come_from"], depth + 3, lang)
    return lines


def why_not_lines(entry: Json, lang: str = "en") -> list[Line]:
    """Why one verdict was not given: per rule concluding it, what it lacked."""
    lines: list[Line] = []
    for rule in entry["rules"]:
        lines += _why_rule(rule, entry["given"], 0, lang)
    return lines or [(0, said("no rule concludes {verdict}", lang, verdict=term(entry["verdict"], lang)))]


def _change(change: Json, known: bool, lang: str) -> str:
    word = "{fact} were known to be {value}" if not known else "{fact} were {value}"
    return said(word, lang, fact=f"`{change['fact']}`", value=format_value(change["to"], lang))


def _flip_line(flip: Json, lang: str) -> str:
    known = all(c["from"] is not None for c in flip["changes"])
    changes = f" {label('and', lang)} ".join(_change(c, known or c["from"] is not None, lang) for c in flip["changes"])
    was = ", ".join(label("{fact} is {value}", lang).format(fact=c["fact"], value=format_value(c["from"], lang))
                    for c in flip["changes"])
    return (f"{label('if {changes}', lang).format(changes=changes)}: **{term(flip['verdict'], lang)}** "
            f"({term(flip['strength'], lang)}) [{label('now {was}', lang).format(was=was)}]")


def _grouped(flips: list[Json], lang: str) -> list[Line]:
    lines: list[Line] = []
    counts: dict[str, int] = {}
    for flip in flips:
        counts[flip["verdict"]] = counts.get(flip["verdict"], 0) + 1
        if counts[flip["verdict"]] <= SHOWN_PER_VERDICT:
            lines.append((0, _flip_line(flip, lang)))
    for verdict, count in counts.items():
        if count > SHOWN_PER_VERDICT:
            lines.append((0, said("... and {count:plural:more change|more changes} giving {verdict} (see --format json)",
                                  lang, count=count - SHOWN_PER_VERDICT, verdict=term(verdict, lang))))
    return lines


def what_if_lines(what_if: Json, lang: str = "en") -> tuple[list[Line], list[Line]]:
    """The smallest changes that flip the verdict; and the unknown facts that could change it."""
    lines = _grouped(what_if["flips"], lang)
    if what_if["not_reached"]:
        verdicts = ", ".join(term(v, lang) for v in what_if["not_reached"])
        lines.append((0, label("no change of one or two facts gives: {verdicts}", lang).format(verdicts=verdicts)))
    if not lines:
        lines = [(0, label("no change of one or two known facts changes the verdict", lang))]
    unknown = _grouped(what_if["unknown_facts"], lang)
    return lines, unknown
