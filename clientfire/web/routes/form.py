"""The client form: generated from the fact vocabulary, a live verdict as it is filled in, client files in and out."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import UploadFile

from clientfire.commands.batch import report_names
from clientfire.engine.client import MAX_CLIENT_BYTES, ClientFacts, client_from_mapping
from clientfire.engine.yamlio import parse_text
from clientfire.errors import ClientfireError, InputError
from clientfire.messages import message

from ..bodies import text_of
from ..deps import blocking, checked_form, engine_of, lang_of, page, today_of
from ..forms import client_file, client_of, field_values, form_groups
from ..views import result_view

__all__ = ["router", "form_context"]

router = APIRouter(include_in_schema=False)


def form_context(request: Request, values: dict[str, str], error: str = "") -> dict[str, Any]:
    """What the form page shows: the groups of facts, the values in the fields, an error to correct."""
    kb = engine_of(request).kb
    day = values.get("today") or today_of(request).isoformat()
    return {"groups": form_groups(kb, lang_of(request)), "values": values, "today": day, "error": error}


def _live(request: Request, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """The verdict so far for the form's fields (or the first problem with them)."""
    engine = engine_of(request)
    try:
        client = client_of(engine.kb, pairs)
        day = today_of(request, dict(pairs).get("today"))
        result = engine.evaluate(client, day, unknowns=True)
    except ClientfireError as exc:
        return {"error": exc.text(lang_of(request)), "r": None}
    asked = sum(1 for f in engine.kb.facts.values() if f.formula is None and "." in f.id)
    return {"error": "", "r": result_view(engine.kb, result, lang_of(request)), "known": len(client.values),
            "asked": asked, "query": request.url.query}


@router.get("/", response_class=HTMLResponse)
async def form_page(request: Request) -> Response:
    """The form, filled in from the query (`/?payment.late_invoices=6`), with the verdict so far beside it."""
    pairs = request.query_params.multi_items()
    live = await blocking(_live, request, pairs)
    return page(request, "form.html", **form_context(request, dict(pairs)), live=live)


@router.get("/form/live", response_class=HTMLResponse)
async def live(request: Request) -> Response:
    """The verdict so far (htmx swaps it in as the fields change); the address bar follows the form's facts."""
    response = page(request, "_live.html", live=await blocking(_live, request, request.query_params.multi_items()))
    response.headers["HX-Replace-Url"] = "/?" + request.url.query
    return response


def _uploaded(kb: Any, upload: UploadFile, data: bytes) -> ClientFacts:
    name = PurePath(upload.filename or "client.yaml").name[:100] or "client.yaml"
    text = text_of(data, name, MAX_CLIENT_BYTES)
    return client_from_mapping(parse_text(text, name), kb, name, default_name=PurePath(name).stem)


@router.post("/form/load", response_class=HTMLResponse)
async def load(request: Request) -> Response:
    """A client file (YAML or JSON) into the form; its problem shown above the form when it has one."""
    form = await checked_form(request)
    upload = form.get("file")
    values, error = {}, ""
    if not isinstance(upload, UploadFile):
        error = InputError(message("web.choose_client_file"), key="file").text(lang_of(request))
    else:
        try:
            values = field_values(_uploaded(engine_of(request).kb, upload, await upload.read(MAX_CLIENT_BYTES + 1)))
        except ClientfireError as exc:
            error = exc.text(lang_of(request))
    name = "_form.html" if request.headers.get("hx-request") else "form.html"
    live = await blocking(_live, request, list(values.items()))
    return page(request, name, status=200 if not error or name == "_form.html" else 422,
                **form_context(request, values, error), live=live)


@router.get("/form/download")
async def download(request: Request) -> Response:
    """The form as a client file to keep (`format=yaml` or `json`)."""
    pairs = request.query_params.multi_items()
    fmt = "json" if dict(pairs).get("format") == "json" else "yaml"
    try:
        client = client_of(engine_of(request).kb, pairs)
    except ClientfireError as exc:
        return page(request, "form.html", status=422, **form_context(request, dict(pairs), exc.text(lang_of(request))),
                    live={"error": exc.text(lang_of(request)), "r": None})
    filename = report_names([client.name], "." + fmt)[0]
    return Response(client_file(client, fmt), media_type="application/json" if fmt == "json" else "application/yaml",
                    headers={"content-disposition": f'attachment; filename="{filename}"'})
