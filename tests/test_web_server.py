"""`clientfire serve` for real: uvicorn on a free loopback port (one and two workers), refusals, stopping by itself."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import TODAY
from served import serve


def _get(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310 - a loopback test server
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_real_server_answers_the_api_and_records(tmp_path: Path, workers: str) -> None:
    with serve(tmp_path, "--workers", workers, "--today", TODAY.isoformat()) as served:
        status, health = _get(served.url + "/health")
        assert status == 200 and health["status"] == "ok"
        body = json.dumps({"client": "Acme", "payment": {"late_invoices": 6, "unpaid_overdue_invoices": 2}}).encode()
        ids = set()
        for _ in range(6):  # several connections: with two workers both answer, sharing one audit log
            status, found = _get(served.url + "/v1/verdict", body, {"content-type": "application/json"})
            assert status == 200 and found["verdict"] == "pause_work" and found["date"] == TODAY.isoformat()
            ids.add(found["decision_id"])
        status, listing = _get(served.url + "/v1/audit")
        assert listing["count"] == 6 and {r["id"] for r in listing["records"]} == ids
        status, bad = _get(served.url + "/v1/verdict", b'{"payment": {"late_invoces": 1}}',
                           {"content-type": "application/json"})
        assert status == 422 and bad["suggestion"] == "late_invoices"
        with urllib.request.urlopen(served.url + "/", timeout=30) as page:  # noqa: S310
            text = page.read().decode()
            assert page.status == 200 and 'id="client-form"' in text and "/static/htmx.min.js" in text
        with urllib.request.urlopen(served.url + "/static/htmx.min.js", timeout=30) as script:  # noqa: S310
            assert b"htmx" in script.read(2000)
    assert served.process.returncode == 0


def _serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clientfire", "serve", *args], capture_output=True, text=True,
                          timeout=60, env=env)


def test_another_address_without_a_token_is_refused_with_exit_2() -> None:
    import os

    env = {k: v for k, v in os.environ.items() if k != "CLIENTFIRE_TOKEN"}
    done = _serve("--host", "0.0.0.0", "--port", "0", env=env)
    assert done.returncode == 2 and "refusing to listen on 0.0.0.0 without a token" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_port_in_use_and_bad_options_are_exit_2(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        done = _serve("--port", str(taken.getsockname()[1]))
    assert done.returncode == 2 and "cannot listen on 127.0.0.1" in done.stderr
    assert _serve("--workers", "0").returncode == 2
    bad = _serve("--knowledge", str(tmp_path), "--port", "0")
    assert bad.returncode == 2 and "no knowledge files" in bad.stderr
    assert _serve("--today", "2026-02-30", "--port", "0").returncode == 2


def test_a_server_stops_by_itself(tmp_path: Path) -> None:
    started = time.monotonic()
    with serve(tmp_path, lifetime=3) as served:
        assert _get(served.url + "/health")[0] == 200
        assert served.process.wait(timeout=30) == 0
    assert time.monotonic() - started < 30
    assert "stopped" in (served.process.stderr.read() if served.process.stderr else "")
