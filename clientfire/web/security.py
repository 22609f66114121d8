"""Safety at the door: the token, the Host header, cross-site posts, body size limits, CSRF tokens, response headers."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from typing import Any
from urllib.parse import parse_qsl, urlencode

from .settings import Settings, is_loopback

__all__ = ["Guard", "BodyTooLarge", "new_csrf", "csrf_ok", "CSRF_COOKIE", "TOKEN_COOKIE", "UPLOAD_PATHS", "HEADERS"]

CSRF_COOKIE = "cf_csrf"
TOKEN_COOKIE = "cf_token"
#: routes whose bodies may be as large as `max_upload` (portfolios); every other body is held to `max_body`
UPLOAD_PATHS = ("/v1/batch", "/portfolio/upload", "/knowledge/try")
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", _CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def new_csrf(secret: str) -> str:
    """A CSRF token: a random value and its signature (checked against the cookie of the same value)."""
    nonce = secrets.token_hex(16)
    return f"{nonce}.{hmac.new(secret.encode(), nonce.encode(), hashlib.sha256).hexdigest()[:32]}"


def csrf_ok(secret: str, cookie: str | None, given: str | None) -> bool:
    """The form's (or header's) token equals the cookie's, and this server signed it."""
    if not cookie or not given or not hmac.compare_digest(cookie, given):
        return False
    nonce, _, signature = given.partition(".")
    expected = hmac.new(secret.encode(), nonce.encode(), hashlib.sha256).hexdigest()[:32]
    return hmac.compare_digest(signature, expected)


def _json_reply(status: int, error: str, message: str, key: str | None = None) -> tuple[int, bytes]:
    body = {"error": error, "message": message, "path": None, "line": None, "key": key, "rule_id": None,
            "suggestion": None, "detail": message}
    return status, json.dumps(body).encode()


class Guard:
    """ASGI middleware in front of every route: a loopback server answers only to loopback Host names (no DNS
    rebinding); cross-site posts are refused; with a token, every request must carry it; bodies are held to
    their limit (by Content-Length, and counted as they arrive); every answer gets the safety headers."""

    def __init__(self, app: Any, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.local = is_loopback(settings.host)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        refused = self._refused(scope, headers)
        if refused is not None:
            await _send_json(send, *refused)
            return
        if self.settings.token and not self._token_ok(scope, headers):
            if scope["method"] == "GET" and self._query_token(scope) == self.settings.token:
                await self._token_redirect(scope, send)
                return
            await _send_json(send, *_json_reply(401, "Unauthorized", "this server needs its token: send "
                                                "'Authorization: Bearer <CLIENTFIRE_TOKEN>', or open a page once "
                                                "with ?token=<CLIENTFIRE_TOKEN>"))
            return
        limit = self.settings.max_upload if scope["path"] in UPLOAD_PATHS else self.settings.max_body
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > limit:
            await _send_json(send, *_too_large(limit))
            return
        await self.app(scope, _limited(receive, limit), _with_headers(send))

    def _refused(self, scope: dict[str, Any], headers: dict[str, str]) -> tuple[int, bytes] | None:
        """A request from the wrong Host (DNS rebinding) or a cross-site post: refused before any route."""
        host = headers.get("host", "")
        name = host.rsplit(":", 1)[0] if not host.startswith("[") else host.split("]")[0] + "]"
        if self.local and host and not is_loopback(name):
            return _json_reply(421, "MisdirectedRequest", f"this server answers to 127.0.0.1 and localhost, not '{host}'")
        unsafe = scope["method"] not in _SAFE_METHODS
        if unsafe and headers.get("sec-fetch-site") == "cross-site":
            return _json_reply(403, "Forbidden", "cross-site requests are refused")
        origin = headers.get("origin")
        if unsafe and origin and origin != "null" and origin.split("://", 1)[-1] != host:
            return _json_reply(403, "Forbidden", f"requests from '{origin}' are refused")
        return None

    def _token_ok(self, scope: dict[str, Any], headers: dict[str, str]) -> bool:
        token = self.settings.token or ""
        given = headers.get("authorization", "")
        if given.startswith("Bearer ") and hmac.compare_digest(given[7:].strip(), token):
            return True
        cookies = dict(part.strip().split("=", 1) for part in headers.get("cookie", "").split(";") if "=" in part)
        return hmac.compare_digest(cookies.get(TOKEN_COOKIE, ""), token)

    def _query_token(self, scope: dict[str, Any]) -> str:
        return dict(parse_qsl(scope.get("query_string", b"").decode("latin-1"))).get("token", "")

    async def _token_redirect(self, scope: dict[str, Any], send: Any) -> None:
        """`?token=...` once: the token goes into a cookie and out of the address bar."""
        rest = [(k, v) for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1")) if k != "token"]
        target = scope["path"] + ("?" + urlencode(rest) if rest else "")
        cookie = f"{TOKEN_COOKIE}={self.settings.token}; HttpOnly; SameSite=Strict; Path=/"
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"location", target.encode()), (b"set-cookie", cookie.encode())] + HEADERS})
        await send({"type": "http.response.body", "body": b""})


def _too_large(limit: int) -> tuple[int, bytes]:
    return _json_reply(413, "PayloadTooLarge", f"the request body is larger than {limit} bytes")


class BodyTooLarge(Exception):
    """A request body grew past its limit while it was read."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the request body is larger than {limit} bytes")
        self.limit = limit


def _limited(receive: Any, limit: int) -> Any:
    """`receive` that refuses a body growing past `limit` bytes (a chunked body has no Content-Length)."""
    seen = 0

    async def inner() -> dict[str, Any]:
        nonlocal seen
        message: dict[str, Any] = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise BodyTooLarge(limit)
        return message

    return inner


def _with_headers(send: Any) -> Any:
    async def inner(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": list(message.get("headers", [])) + HEADERS}
        await send(message)

    return inner


async def _send_json(send: Any, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
                + HEADERS})
    await send({"type": "http.response.body", "body": body})
