"""`clientfire serve`: the web app and the HTTP API on uvicorn (127.0.0.1 unless a token guards another address)."""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import signal
import socket
import sys
import tempfile
import threading
from typing import Any

from clientfire.engine.files import os_said
from clientfire.engine.model import LANGUAGES
from clientfire.errors import InputError
from clientfire.messages import message, render
from clientfire.options import add_knowledge, add_today, engine_for, lang_of, today_of

__all__ = ["register", "run", "bind", "LIFETIME_ENV"]

#: seconds after which the server stops by itself (tests set it, so no server outlives them)
LIFETIME_ENV = "CLIENTFIRE_SERVE_LIFETIME"


def register(subparsers: Any) -> None:
    """Add the `serve` sub-command."""
    parser = subparsers.add_parser(
        "serve", help="the web app and HTTP API in your browser (http://127.0.0.1:8080/)",
        description="Serve the client form, verdict pages, portfolio, audit log, knowledge pages and the /v1 JSON "
                    "API (docs at /docs). Binds 127.0.0.1 unless --host says otherwise; any other address needs "
                    "CLIENTFIRE_TOKEN, which every request must then carry.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    parser.add_argument("--workers", type=int, default=1, metavar="N", help="worker processes (default 1)")
    add_knowledge(parser)
    parser.add_argument("--db", metavar="URL", default=None,
                        help="audit log (default: $CLIENTFIRE_DB, else $XDG_DATA_HOME/clientfire/audit.db)")
    add_today(parser)
    parser.add_argument("--lang", choices=LANGUAGES, default=None,
                        help="language of the start-up lines and errors (each page has its own choice; default: "
                             "$CLIENTFIRE_LANG, then the locale, then en)")
    parser.set_defaults(run=run)


def bind(host: str, port: int) -> socket.socket:
    """A listening socket (so a port in use is one clear error, and port 0 can be printed once chosen)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP named, not 0: asyncio sets TCP_NODELAY only on sockets that say so, and without it every
    # answer written in two parts waits ~40 ms for a delayed ACK
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise InputError(message("command.listen", host=host, port=port, reason=os_said(exc, as_is=True)), key="--port") from exc
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _stop_after(seconds: str | None) -> None:
    if seconds:
        timer = threading.Timer(float(seconds), lambda: os.kill(os.getpid(), signal.SIGTERM))
        timer.daemon = True
        timer.start()


def _exit(*_: object) -> None:
    raise SystemExit(0)


def run(args: argparse.Namespace) -> int:
    """Check the settings and the knowledge, bind, print the address, serve until stopped."""
    import uvicorn

    from clientfire.web.settings import ENV, Settings

    if args.workers < 1:
        raise InputError(message("command.workers", workers=args.workers), key="--workers")
    settings = Settings(host=args.host, port=args.port, knowledge=args.knowledge, overrides=args.overrides,
                        db=args.db, token=os.environ.get("CLIENTFIRE_TOKEN") or None, today=args.today).check()
    if args.today:
        today_of(args)  # a bad date is exit 2 here
    engine_for(args)  # a bad knowledge folder or overrides file is exit 2 here, not a failing server
    sock = bind(settings.host, settings.port)
    port = sock.getsockname()[1]
    settings = dataclasses.replace(settings, port=port, jobs_dir=tempfile.mkdtemp(prefix="clientfire-jobs-"))
    os.environ[ENV] = settings.to_env()
    shown = f"[{settings.host}]" if ":" in settings.host else settings.host
    lang = lang_of(args)
    print(render("run.serving", {"url": f"http://{shown}:{port}/"}, lang), flush=True)
    config = uvicorn.Config("clientfire.web.app:app_from_env", factory=True, workers=args.workers,
                            log_level="warning", access_log=False, server_header=False)
    _stop_after(os.environ.get(LIFETIME_ENV))
    signal.signal(signal.SIGTERM, _exit)  # uvicorn hands the signal on once it has shut down: end cleanly then
    try:
        if args.workers > 1:
            from uvicorn.supervisors import Multiprocess

            Multiprocess(config, sockets=[sock]).run()
        else:
            uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # Ctrl-C is how a server is stopped
    finally:
        sock.close()
        shutil.rmtree(settings.jobs_dir, ignore_errors=True)
        print(render("run.stopped", {}, lang), file=sys.stderr)
    return 0
