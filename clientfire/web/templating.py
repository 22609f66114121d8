"""The one set of templates (beside the web app) and the Jinja environment that renders pages and the HTML report."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from clientfire import __version__
from clientfire.explain.evidence import distinct, format_evidence, format_money, format_typed, format_value
from clientfire.explain.explain_lines import formula_inputs
from clientfire.explain.how import fact_label
from clientfire.explain.labels import label
from clientfire.explain.verdict_text import case_text, footer
from clientfire.messages import fill

from .units import unit_after
from .words import word

__all__ = ["TEMPLATES", "STATIC", "environment", "render", "inline_svg", "css"]

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
_UNSAFE_SVG = re.compile(r"<\s*(script|foreignObject|iframe|object|embed)\b|\son\w+\s*=|javascript:", re.I)


def inline_svg(svg: bytes | str) -> Markup:
    """An SVG from Graphviz as markup to sit inside HTML: no prolog, DOCTYPE or comments; refused if it holds a script."""
    text = svg.decode("utf-8") if isinstance(svg, bytes) else svg
    start = text.find("<svg")
    if start < 0:
        return Markup("")
    body = re.sub(r"<!--.*?-->\n?", "", text[start:], flags=re.S).strip()
    if _UNSAFE_SVG.search(body):  # Graphviz escapes every label; this only guards against a surprise
        return Markup("")
    return Markup(body)  # noqa: S704 - Graphviz output of escaped DOT, checked above


@jinja2.pass_context
def _t(context: Any, text: str, **values: Any) -> str:
    """An interface word in the page's language; `{name}` fields filled from `values`."""
    lang = context.get("lang", "en")
    found = word(text, lang)
    return fill(found, lang, **values) if values else found


@jinja2.pass_context
def _evidence(context: Any, item: dict[str, Any]) -> str:
    return format_evidence(item, context.get("lang", "en"))


@jinja2.pass_context
def _fact_value(context: Any, value: Any, fact_id: str) -> str:
    """A fact's value as a person reads it: money with separators, yes/no, the unit."""
    meta = context.get("vocab", {}).get(fact_id, {})
    lang = context.get("lang", "en")
    if isinstance(value, bool):
        return word("yes" if value else "no", lang)
    shown = format_typed(value, meta.get("type"), lang)
    unit = meta.get("unit") if meta.get("type") != "percent" else None
    return unit_after(shown, unit, lang) if unit and value is not None else shown


@jinja2.pass_context
def _with_unit(context: Any, shown: str, unit: str | None) -> str:
    """A value already shown, then its unit (singular after 1) in the page's language; without a unit as it is."""
    return unit_after(shown, unit, context.get("lang", "en")) if unit else shown


@jinja2.pass_context
def _fact_label(context: Any, fact: dict[str, Any]) -> str:
    return fact_label(fact, context.get("lang", "en"))


@jinja2.pass_context
def _formula_inputs(context: Any, cond: dict[str, Any]) -> str:
    return formula_inputs(cond, context.get("lang", "en"))


@jinja2.pass_context
def _value(context: Any, value: Any) -> str:
    return format_value(value, context.get("lang", "en"))


@jinja2.pass_context
def _money(context: Any, value: Any) -> str:
    return format_money(value, context.get("lang", "en"))


@jinja2.pass_context
def _case(context: Any, case: dict[str, Any]) -> str:
    """One case of an unknown fact: the facts set and what the engine concluded then."""
    return case_text(case, context.get("lang", "en"))


@jinja2.pass_context
def _label(context: Any, text: str) -> str:
    """A word of the text output (explain/labels.py) in the page's language."""
    return label(text, context.get("lang", "en"))


def _pretty_json(value: Any, compact: bool = False) -> str:
    """JSON to read (escaped like any text when the page is rendered)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if compact else json.dumps(value, indent=2,
                                                                                          ensure_ascii=False)


def _static(name: str) -> str:
    return f"/static/{name}?v={__version__}"


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The environment: autoescaping everywhere, undefined names an error, the helpers the templates use."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals.update(t=_t, static=_static, fact_label=_fact_label, formula_inputs=_formula_inputs,
                       footer=footer, version=__version__)
    env.filters.update(evidence=_evidence, distinct=distinct, value=_value, money=_money, fact_value=_fact_value,
                       svg=inline_svg, fact_label=_fact_label, case=_case, label=_label,
                       pretty_json=_pretty_json, with_unit=_with_unit)
    return env


def render(template: str, **context: Any) -> str:
    """Render one template with `context` (which names the `lang`)."""
    return environment().get_template(template).render(**context)


@functools.lru_cache(maxsize=1)
def css() -> Markup:
    """The style sheet, inlined by the standalone HTML report (as it is: entities mean nothing inside <style>)."""
    text = (STATIC / "app.css").read_text(encoding="utf-8")
    if "</" in text:  # our own file; a closing tag in it would end the <style> element early
        raise ValueError("app.css must not contain '</'")
    return Markup(text)  # noqa: S704 - the bundled style sheet, checked above
