"""The API's docs page: the OpenAPI document the app generates, rendered on the server (no script, no CDN)."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, Response

from clientfire.engine.schema import client_schema

from ..deps import engine_of, page

__all__ = ["router", "openapi_of"]

router = APIRouter(include_in_schema=False)
_METHODS = ("get", "post", "put", "patch", "delete")


def openapi_of(app: FastAPI, request_kb: Any) -> dict[str, Any]:
    """The OpenAPI document, with the client file's schema from the knowledge in use as `ClientFile`."""
    if app.openapi_schema is None:
        doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        schema = {k: v for k, v in client_schema(request_kb).items() if k not in ("$schema", "$id", "dependentSchemas")}
        # a fact is given once, nested or dotted: said in words here (OpenAPI tools read `dependentSchemas` poorly),
        # refused with a 422 naming both places by the server
        schema["description"] = (schema.get("description", "") + " A fact may be given once: nested "
                                 "(`payment: {late_invoices: 3}`) or dotted (`payment.late_invoices: 3`), not both.").strip()
        doc.setdefault("components", {}).setdefault("schemas", {})["ClientFile"] = schema
        app.openapi_schema = doc
    return app.openapi_schema


def _operations(doc: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for path, item in doc.get("paths", {}).items():
        for method in _METHODS:
            if method in item:
                op = item[method]
                body = op.get("requestBody", {}).get("content", {})
                found.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                              "description": op.get("description", ""), "parameters": op.get("parameters", []),
                              "body": list(body), "responses": op.get("responses", {}),
                              "anchor": f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", "")})
    return found


@router.get("/docs", response_class=HTMLResponse)
async def docs(request: Request) -> Response:
    """Every endpoint with its parameters, body and answers; the document itself at /openapi.json."""
    doc = openapi_of(request.app, engine_of(request).kb)
    example = json.dumps({"client": "Acme Widgets Ltd", "payment": {"late_invoices": 6, "unpaid_overdue_invoices": 2}})
    return page(request, "docs.html", doc=doc, operations=_operations(doc), example=example,
                base=str(request.base_url).rstrip("/"))
