"""JSON answers: data, and every error in the CLI's structured form (message, path, line, key, suggestion)."""

from __future__ import annotations

import json
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from clientfire.errors import AuditError, ClientfireError, InputError
from clientfire.messages import render

from .deps import CsrfError, lang_of, notice_page
from .security import BodyTooLarge
from .store import NotFound

__all__ = ["Json", "json_reply", "error_body", "HANDLERS", "ERROR_SCHEMA"]

#: the error object of every 4xx/5xx answer (the CLI's ClientfireError.to_dict(), plus the one-line `detail`)
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object", "required": ["error", "message", "detail"],
    "properties": {"error": {"type": "string"}, "message": {"type": "string"}, "detail": {"type": "string"},
                   **{k: {"type": ["string", "null"]} for k in ("path", "key", "rule_id", "suggestion")},
                   "line": {"type": ["integer", "null"]}},
}


class Json(Response):
    """A JSON response written with the standard library (keys in order, non-ASCII kept)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False).encode("utf-8")


def json_reply(data: Any, status: int = 200) -> Json:
    """`data` as a JSON response."""
    return Json(data, status_code=status)


def error_body(error: str, message: str, **fields: Any) -> dict[str, Any]:
    """An error object: the same keys as ClientfireError.to_dict(), and `detail`, the line the CLI prints."""
    body = {"error": error, "message": message, "path": None, "line": None, "key": None, "rule_id": None,
            "suggestion": None}
    body.update(fields)
    body.setdefault("detail", message)
    return body


async def _clientfire(request: Request, exc: ClientfireError) -> Response:
    status = 503 if isinstance(exc, AuditError) else 422 if isinstance(exc, InputError) else 500
    return json_reply({**exc.to_dict(), "detail": str(exc)}, status)


async def _validation(request: Request, exc: RequestValidationError) -> Response:
    first = exc.errors()[0] if exc.errors() else {}
    where = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body", "header")]
    key = ".".join(where) or None
    message = f"{key}: {first.get('msg', 'invalid value')}" if key else str(first.get("msg", "invalid request"))
    return json_reply(error_body("InputError", message, key=key), 422)


def _page_wanted(request: Request) -> bool:
    """A browser's page request (it takes HTML, outside the /v1 API): an error then comes as a page in its language."""
    return "text/html" in request.headers.get("accept", "") and not request.url.path.startswith("/v1")


async def _http(request: Request, exc: HTTPException) -> Response:
    if exc.status_code == 404 and _page_wanted(request):
        text = render("web.page_missing", {"path": request.url.path}, lang_of(request))
        return notice_page(request, "Page not found", text)
    if exc.status_code == 404:
        message = f"no such page or endpoint: {request.method} {request.url.path}"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    else:
        message = str(exc.detail)
    name = {404: "NotFound", 405: "MethodNotAllowed"}.get(exc.status_code, "HTTPError")
    return json_reply(error_body(name, message), exc.status_code)


async def _not_found(request: Request, exc: Exception) -> Response:
    if _page_wanted(request):
        return notice_page(request, "Not found", render("audit.no_record", {"id": str(exc)}, lang_of(request)))
    return json_reply(error_body("NotFound", f"no audit record with id {exc}", key="id"), 404)


async def _csrf(request: Request, exc: Exception) -> Response:
    if _page_wanted(request):
        return notice_page(request, "Form expired", render("web.form_expired", {}, lang_of(request)), 403)
    return json_reply(error_body("Forbidden", str(exc), key="csrf"), 403)


async def _too_large(request: Request, exc: Exception) -> Response:
    return json_reply(error_body("PayloadTooLarge", str(exc)), 413)


async def _internal(request: Request, exc: Exception) -> Response:
    return json_reply(error_body("InternalError", f"internal error: {type(exc).__name__}"), 500)


#: exception class -> its handler (app.add_exception_handler)
HANDLERS: dict[type[Exception], Any] = {ClientfireError: _clientfire, RequestValidationError: _validation, HTTPException: _http,
            NotFound: _not_found, CsrfError: _csrf, BodyTooLarge: _too_large, Exception: _internal}
