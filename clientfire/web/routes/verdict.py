"""The verdict page: signs, the plan, HOW, WHY NOT, WHAT IF (with "try this"), the diagram; recording a decision."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from clientfire.audit.recorder import FORMATS
from clientfire.commands.batch import report_names
from clientfire.engine import Engine
from clientfire.engine.client import ClientFacts, client_from_mapping
from clientfire.errors import ClientfireError
from clientfire.explain.explain_render import render_verdict
from clientfire.explain.how import run_data
from clientfire.explain.report import to_html
from clientfire.explain.what_if import build_what_if
from clientfire.explain.why_not import build_why_not

from ..bodies import json_document
from ..deps import blocking, checked_form, engine_of, lang_of, page, settings_of, store_of, today_of
from ..forms import client_of, query_of
from ..views import diagram_svg, how_view, result_view, with_try_links
from .form import form_context

__all__ = ["router"]

router = APIRouter(include_in_schema=False)


def _client(request: Request) -> tuple[Engine, ClientFacts, dt.date]:
    engine = engine_of(request)
    pairs = request.query_params.multi_items()
    return engine, client_of(engine.kb, pairs), today_of(request, dict(pairs).get("today"))


def _explained(request: Request) -> dict[str, Any]:
    engine, client, day = _client(request)
    lang = lang_of(request)
    result = engine.evaluate(client, day, unknowns=True)
    return {"r": result_view(engine.kb, result, lang), "how": how_view(engine.kb, result, lang),
            "why_not": build_why_not(engine.kb, run_data(result, engine.kb, lang), lang),
            "query": query_of(client, today=day.isoformat()), "today": day.isoformat(),
            "facts_json": json.dumps(client.as_given(), ensure_ascii=False)}


@router.get("/verdict", response_class=HTMLResponse)
async def verdict_page(request: Request) -> Response:
    """The explained verdict for the facts in the query (the form's fields); the form again if one is wrong."""
    try:
        shown = await blocking(_explained, request)
    except ClientfireError as exc:
        pairs = request.query_params.multi_items()
        return page(request, "form.html", status=422, **form_context(request, dict(pairs), exc.text(lang_of(request))),
                    live={"error": exc.text(lang_of(request)), "r": None})
    return page(request, "verdict.html", **shown)


def _what_if(request: Request) -> dict[str, Any]:
    engine, client, day = _client(request)
    found = build_what_if(engine, client, day, engine.evaluate(client, day))
    return {"w": with_try_links(found, client, day)}


@router.get("/verdict/what-if", response_class=HTMLResponse)
async def what_if(request: Request) -> Response:
    """WHAT IF (loaded after the page: it runs the engine many times), each flip a "try this" link."""
    try:
        return page(request, "_what_if.html", **await blocking(_what_if, request))
    except ClientfireError as exc:
        return page(request, "_message.html", message=exc.text(lang_of(request)))


def _diagram(request: Request) -> tuple[Engine, Any]:
    engine, client, day = _client(request)
    return engine, engine.evaluate(client, day, unknowns=True)


@router.get("/verdict/diagram", response_class=HTMLResponse)
async def diagram(request: Request) -> Response:
    """The decision path as inline SVG, or a note saying how to install Graphviz."""
    try:
        engine, result = await blocking(_diagram, request)
    except ClientfireError as exc:
        return page(request, "_message.html", message=exc.text(lang_of(request)))
    svg, missing = diagram_svg(engine.kb, result, lang_of(request))  # Graphviz runs outside the engine's lock
    return page(request, "_diagram.html", svg=svg, missing=missing)


def _report(request: Request) -> tuple[str, str]:
    engine, client, day = _client(request)
    lang = lang_of(request)
    result = engine.evaluate(client, day, unknowns=True)
    svg, missing = diagram_svg(engine.kb, result, lang)
    return to_html(engine.kb, result, lang, svg, missing=missing), report_names([client.name], ".html")[0]


@router.get("/verdict/report")
async def report(request: Request) -> Response:
    """The same page as `clientfire report`: one self-contained HTML file to keep or send."""
    try:
        text, filename = await blocking(_report, request)
    except ClientfireError as exc:
        return page(request, "_message.html", status=422, message=exc.text(lang_of(request)))
    return HTMLResponse(text, headers={"content-disposition": f'attachment; filename="{filename}"'})


def _record(request: Request, facts: Any, day: dt.date) -> int:
    engine = engine_of(request)
    lang = lang_of(request)
    client = client_from_mapping(facts, engine.kb, "form", default_name="client")
    result = engine.evaluate(client, day, unknowns=True)
    data = result.to_json(engine.kb, lang)
    rendered = {fmt: render_verdict(data, fmt) for fmt in FORMATS}
    return store_of(request).record(result, client.as_given(), engine.kb, "web", lang=lang,
                                    overrides=settings_of(request).overrides, explanation=data, rendered=rendered)


@router.post("/verdict/record")
async def record(request: Request) -> Response:
    """Record the verdict in the audit log (a decision taken), then show its record."""
    form = await checked_form(request)
    facts = json_document(str(form.get("facts") or "{}"), "form")
    decision = await blocking(_record, request, facts, today_of(request, str(form.get("today") or "") or None))
    return RedirectResponse(f"/audit/{decision}", status_code=303)
