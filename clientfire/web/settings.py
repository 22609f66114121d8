"""What one `clientfire serve` runs with: where it listens, the knowledge, the audit log, the token, the limits."""

from __future__ import annotations

import dataclasses
import ipaddress
import json
import os
import secrets
from dataclasses import dataclass, field

from clientfire.errors import InputError
from clientfire.messages import message

__all__ = ["Settings", "ENV", "MIN_TOKEN", "is_loopback"]

#: the environment variable that hands the settings to uvicorn's worker processes
ENV = "CLIENTFIRE_SERVE_SETTINGS"
MIN_TOKEN = 16


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and `localhost`: addresses no other machine can reach."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Settings:
    """The server's configuration (from `clientfire serve`'s options, or built by tests)."""

    host: str = "127.0.0.1"
    port: int = 8080
    knowledge: str | None = None
    overrides: str | None = None
    db: str | None = None
    token: str | None = None
    today: str | None = None  # a fixed evaluation date (demos and tests); else the day of each request
    secret: str = field(default_factory=lambda: secrets.token_hex(32))  # signs CSRF tokens, shared by workers
    jobs_dir: str = ""  # uploads being triaged; made by `serve` (shared by its workers), else by the app
    max_body: int = 1_000_000  # bytes of a request body, most routes
    max_upload: int = 64_000_000  # bytes of a portfolio upload or a /v1/batch body

    def check(self) -> Settings:
        """Refuse what would be unsafe: a reachable address without a token, a short token."""
        if self.token is not None and len(self.token) < MIN_TOKEN:
            raise InputError(message("run.token_short", most=MIN_TOKEN), key="CLIENTFIRE_TOKEN")
        if not is_loopback(self.host) and not self.token:
            raise InputError(message("run.no_token", host=self.host), key="--host")
        if not 0 <= self.port <= 65535:
            raise InputError(message("run.port_range", port=self.port), key="--port")
        return self

    def to_env(self) -> str:
        """The settings as JSON, for the environment of worker processes."""
        return json.dumps(dataclasses.asdict(self), sort_keys=True)

    @classmethod
    def from_env(cls) -> Settings:
        """The settings the `serve` command left in the environment (defaults when there are none)."""
        raw = os.environ.get(ENV)
        if not raw:
            return cls(token=os.environ.get("CLIENTFIRE_TOKEN") or None)
        return cls(**json.loads(raw))
