"""What the templates show, built from the engine's results: the result view, HOW, WHY NOT, WHAT IF, the diagram."""

from __future__ import annotations

import datetime as dt
from typing import Any

from clientfire.engine.client import ClientFacts
from clientfire.engine.model import Knowledge
from clientfire.engine.result import Result, pick_text
from clientfire.errors import RenderError
from clientfire.explain.how import build_how, run_data
from clientfire.explain.how_view import display_how

from .forms import query_of

__all__ = ["result_view", "how_view", "verdict_titles", "strength_titles", "diagram_svg", "with_try_links", "DOT_MISSING"]

Json = dict[str, Any]
DOT_MISSING = "dot-missing"


def verdict_titles(kb: Knowledge, lang: str) -> dict[str, str]:
    """Verdict id -> its title in `lang`."""
    return {v.id: pick_text(v.title, lang) for v in kb.verdicts}


def strength_titles(kb: Knowledge, lang: str) -> dict[str, str]:
    """Strength id -> its title in `lang` (`Strong case`)."""
    return {s.id: pick_text(s.title, lang) for s in kb.strengths}


def result_view(kb: Knowledge, result: Result, lang: str) -> Json:
    """The result's JSON (`verdict --format json`) plus the verdict's title."""
    data = result.to_json(kb, lang)
    data["verdict_title"] = verdict_titles(kb, lang).get(result.verdict, result.verdict)
    return data


def how_view(kb: Knowledge, result: Result, lang: str) -> Json:
    """HOW for a page: the derivation tree with each firing once."""
    return display_how(build_how(kb, run_data(result, kb, lang), lang))


def diagram_svg(kb: Knowledge, result: Result, lang: str) -> tuple[str, str]:
    """The decision path as SVG, or ("", why not): a missing `dot` is a note on the page, never a failed page."""
    from clientfire.explain.dot import decision_dot
    from clientfire.explain.render import find_dot, render

    if find_dot() is None:
        return "", ""
    try:
        return render(decision_dot(kb, result, lang, path_only=True), "svg").decode("utf-8"), ""
    except RenderError as exc:
        return "", str(exc)


def with_try_links(what_if: Json, client: ClientFacts, today: dt.date | None) -> Json:
    """WHAT IF with a one-click "try this" (the verdict page's query with the changes made) on every flip."""
    extra = {"today": today.isoformat()} if today else {}

    def linked(flips: list[Json]) -> list[Json]:
        return [{**f, "try": query_of(client, {c["fact"]: c["to"] for c in f["changes"]}, **extra)} for f in flips]

    return {**what_if, "flips": linked(what_if["flips"]), "unknown_facts": linked(what_if["unknown_facts"])}
