"""Shared fixtures: the bundled engine (compiled once), the examples, a fixed evaluation date."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from clientfire.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".yaml", ".json"))
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="session")
def engine() -> Engine:
    """The bundled knowledge, validated and compiled once for the whole test session."""
    return Engine()


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run `clientfire ARGS...` in-process; return (exit code, stdout, stderr)."""
    from clientfire.cli import main

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


@pytest.fixture(scope="session", autouse=True)
def _audit_db_in_tmp(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Every verdict the tests give is recorded in a temporary audit database (and caches go to a temporary folder)."""
    import os

    saved = {k: os.environ.get(k) for k in ("CLIENTFIRE_DB", "XDG_DATA_HOME", "CLIENTFIRE_CACHE_DIR")}
    folder = tmp_path_factory.mktemp("audit")
    os.environ["CLIENTFIRE_DB"] = str(folder / "session-audit.db")
    os.environ["XDG_DATA_HOME"] = str(folder / "xdg")
    os.environ["CLIENTFIRE_CACHE_DIR"] = str(folder / "cache")  # the compiled-knowledge cache, not the user's
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    """A real PostgreSQL server for the whole session (started on first use; in CI it must start)."""
    import pg_server as server

    why = server.missing()
    if why is not None:
        if os.environ.get("CI"):
            pytest.fail(f"CI runs the PostgreSQL tests: {why}")
        pytest.skip(why)
    with server.running() as found:
        yield found


@pytest.fixture(params=["sqlite", "postgresql"])
def audit_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty audit database: an SQLite file, or a database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "audit.db")
    return str(request.getfixturevalue("pg_server").create())


@pytest.fixture
def web(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The web app in process (a fresh audit log, a fixed date), and an httpx client speaking to it as 127.0.0.1."""
    from fastapi.testclient import TestClient

    from clientfire.web.app import create_app
    from clientfire.web.settings import Settings

    settings = Settings(today=TODAY.isoformat(), db=str(tmp_path / "audit.db"), jobs_dir=str(tmp_path / "jobs"))
    with TestClient(create_app(settings), base_url="http://127.0.0.1:8080") as client:
        yield client


def csrf_of(client) -> str:  # type: ignore[no-untyped-def]
    """The CSRF token of a page the client just got (the cookie the server set, which its forms carry)."""
    token = client.cookies.get("cf_csrf")
    if token is None:
        client.get("/")
        token = client.cookies.get("cf_csrf")
    return str(token)
