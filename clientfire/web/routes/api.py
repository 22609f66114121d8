"""`/v1/verdict`, `/v1/explain`, `/v1/batch`: verdicts over HTTP, the same JSON as the command line."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response, StreamingResponse

from clientfire.audit.recorder import FORMATS
from clientfire.engine import Engine
from clientfire.engine.client import ClientFacts
from clientfire.explain.explain_render import render_verdict
from clientfire.explain.explanation import explanation
from clientfire.explain.how import build_how, run_data
from clientfire.explain.why_not import check_verdict

from ..bodies import client_body, content_type
from ..deps import blocking, engine_of, quick, settings_of, store_of
from ..query import day_param, flag, lang_param, parameters, text_param
from ..replies import json_reply
from .batch_lines import batch_lines
from .docs_schema import CLIENT_BODY, LINES_BODY, answers, result_schema

__all__ = ["router"]

router = APIRouter(prefix="/v1", tags=["verdicts"])


def _verdict(request: Request, engine: Engine, client: ClientFacts, day: dt.date, lang: str, record: bool,
             how: bool) -> dict[str, Any]:
    result = engine.evaluate(client, day, unknowns=True)
    data = result.to_json(engine.kb, lang)
    if how:
        data["how"] = build_how(engine.kb, run_data(result, engine.kb, lang), lang)
    decision = None
    if record:
        rendered = {fmt: render_verdict(data, fmt) for fmt in FORMATS}
        decision = store_of(request).record(result, client.as_given(), engine.kb, "api", lang=lang,
                                            overrides=settings_of(request).overrides, explanation=data,
                                            rendered=rendered)
    return {**data, "decision_id": decision}


@router.post("/verdict", summary="The explained verdict for one client",
             openapi_extra={**CLIENT_BODY, "parameters": parameters("lang", "today", "record", "explain")},
             responses=answers(result_schema(decision=True)))
async def verdict(request: Request) -> Response:
    """Facts in (a client file as JSON); out: `verdict --format json` plus `decision_id` (null with record=false)."""
    engine = engine_of(request)
    lang, day, record, how = lang_param(request), day_param(request), flag(request, "record"), flag(request, "explain")
    client = await client_body(request, engine.kb)
    return json_reply(await quick(_verdict, request, engine, client, day, lang, record, how))


def _explained(request: Request, engine: Engine, client: ClientFacts, day: dt.date, lang: str, record: bool,
               why_not: str, what_if: bool) -> dict[str, Any]:
    result = engine.evaluate(client, day, unknowns=True)
    wanted: bool | str = True if why_not == "all" else check_verdict(engine.kb, why_not) if why_not else False
    doc = explanation(engine, client, result, lang, why_not=wanted, what_if=what_if, today=day)
    decision = None
    if record:
        decision = store_of(request).record(result, client.as_given(), engine.kb, "api", lang=lang,
                                            overrides=settings_of(request).overrides, explanation=doc)
    return {**doc, "decision_id": decision}


@router.post("/explain", summary="HOW, WHY NOT and WHAT IF for one client",
             openapi_extra={**CLIENT_BODY, "parameters": parameters("lang", "today", "record", "why_not", "what_if")},
             responses=answers(result_schema(decision=True, how=True)))
async def explain(request: Request) -> Response:
    """The result with `how`, `why_not` (per verdict not given) and, when asked, `what_if` (each flip confirmed)."""
    engine = engine_of(request)
    options = (lang_param(request), flag(request, "record"), text_param(request, "why_not"), flag(request, "what_if"))
    day = day_param(request)
    client = await client_body(request, engine.kb)
    return json_reply(await blocking(_explained, request, engine, client, day, *options))


@router.post("/batch", summary="Triage many clients: JSON Lines in, JSON Lines out (streamed)",
             openapi_extra={**LINES_BODY, "parameters": parameters("lang", "today", "record")},
             response_class=StreamingResponse, responses=answers(None, stream=True))
async def batch(request: Request) -> Response:
    """One client per line in; one line per client out, in input order: its summary or its error."""
    from clientfire.errors import InputError
    from clientfire.messages import message

    from ..bodies import LINES_TYPES

    kind = content_type(request)
    if kind not in LINES_TYPES:
        raise InputError(message("web.lines_type", expected=LINES_TYPES[0], kind=kind or message("web.no_type")),
                         key="content-type")
    engine = engine_of(request)
    lang, day, record = lang_param(request), day_param(request), flag(request, "record")
    body = await request.body()
    lines: AsyncIterator[bytes] = batch_lines(request, body, engine, day, lang, record)
    return StreamingResponse(lines, media_type="application/x-ndjson")
