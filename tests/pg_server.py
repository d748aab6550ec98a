"""A throwaway PostgreSQL server for the test session: initdb in a temp folder, on loopback."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


def _pg_bin(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(str(p) for p in Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))), None
    )
    if not found:
        raise RuntimeError(f"PostgreSQL's {name} was not found; run `make system-deps`")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    """Starts ``postgres`` as an unprivileged user (initdb refuses to run as root)."""

    def __init__(self, *, fsync: bool = False) -> None:
        self.fsync = fsync  # off for tests (speed); on for benchmarks (realistic writes)
        self.dir = Path(tempfile.mkdtemp(prefix="reconnect-pg-"))
        self.port = _free_port()
        self.run_as = "postgres" if os.geteuid() == 0 else None

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, text=True)

    def start(self) -> str:
        """Create the cluster, start it and return a SQLAlchemy URL."""
        if self.run_as:
            user = pwd.getpwnam(self.run_as)
            os.chown(self.dir, user.pw_uid, user.pw_gid)
        data = str(self.dir / "data")
        self._run(_pg_bin("initdb"), "-D", data, "-U", "reconnect", "--auth=trust", "-E", "UTF8")
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1"
        options += f" -c fsync={'on' if self.fsync else 'off'} -c max_connections=200"
        self._run(
            _pg_bin("pg_ctl"), "-D", data, "-o", options, "-l", str(self.dir / "log"), "-w", "start"
        )
        time.sleep(0.2)
        return f"postgresql+psycopg://reconnect@127.0.0.1:{self.port}/postgres"

    def create_database(self, name: str) -> str:
        """A fresh database on this server."""
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=reconnect dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://reconnect@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        """Stop the server and delete its files."""
        try:
            self._run(_pg_bin("pg_ctl"), "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
