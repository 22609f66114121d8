"""A real PostgreSQL server for the tests: initdb + pg_ctl in a temporary folder, on a free loopback port, stopped
at the end. initdb refuses to run as root, so as root the server runs as the unprivileged user `nobody`."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["PgServer", "missing", "running"]

USER = "clientfire"


def _binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(Path(p).parts[-3]))
    return candidates[-1] if candidates else None


def missing() -> str | None:
    """Why no server can be started here (None: it can)."""
    for name in ("initdb", "pg_ctl"):
        if _binary(name) is None:
            return f"PostgreSQL's {name} is not installed (bash .ci/run installs Debian's postgresql)"
    if os.geteuid() == 0 and (shutil.which("runuser") is None or not _has_nobody()):
        return "running as root without `runuser` and the user `nobody` to start PostgreSQL as"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'clientfire[postgres]')"
    return None


def _has_nobody() -> bool:
    import pwd

    try:
        pwd.getpwnam("nobody")
    except KeyError:
        return False
    return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PgServer:
    """A started server: `url(db)` names a database on it; `create()` makes a fresh one."""

    def __init__(self, folder: Path, port: int) -> None:
        self.folder, self.port = folder, port
        self._count = 0

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def create(self, prefix: str = "t") -> str:
        """A new, empty audit database: a schema of its own in one database (quicker than a database each); its URL."""
        import psycopg

        self._count += 1
        name = f"{prefix}_{os.getpid()}_{self._count}"
        with psycopg.connect(self.url("tests"), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{name}"')
        return f"{self.url('tests')}?options=-csearch_path%3D{name}"


def _run(command: list[str], as_user: bool) -> None:
    full = ["runuser", "-u", "nobody", "--", *command] if as_user else command
    done = subprocess.run(full, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:2])} failed: {done.stderr.strip() or done.stdout.strip()}")


@contextlib.contextmanager
def running() -> Iterator[PgServer]:
    """Start a throw-away server (fsync off: the data is thrown away) and stop it afterwards."""
    as_user = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="clientfire-pg-"))
    data = folder / "data"
    if as_user:
        os.chmod(folder, 0o755)
        shutil.chown(folder, "nobody")
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    assert initdb and pg_ctl
    port = _free_port()
    try:
        _run([initdb, "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale", "-N"], as_user)
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        _run([pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "-t", "60", "start"], as_user)
        try:
            server = PgServer(folder, port)
            import psycopg

            with psycopg.connect(server.url(), autocommit=True) as conn:
                conn.execute("CREATE DATABASE tests")
            yield server
        finally:
            _run([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], as_user)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
