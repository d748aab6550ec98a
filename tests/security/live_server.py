"""A real ``reconnect serve`` subprocess for the tests that need one (crashes, load)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServeProcess:
    """``python -m reconnect serve`` in its own process group, so SIGKILL takes it all."""

    def __init__(self, env: dict[str, str], log: Path, *, workers: int = 1) -> None:
        self.port = free_port()
        clean = {k: v for k, v in os.environ.items() if not k.startswith("RECONNECT_")}
        clean.pop("DATABASE_URL", None)
        self.env = {**clean, **env, "RECONNECT_PORT": str(self.port)}
        self.log = log
        self.workers = workers
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, ready_path: str = "/login", timeout_s: float = 90.0) -> None:
        """Start serving and wait until ``ready_path`` answers."""
        command = [sys.executable, "-m", "reconnect", "serve", "--no-migrate"]
        command += ["--workers", str(self.workers)]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                command, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"reconnect serve exited: {self.log.read_text()[-2000:]}")
            try:
                if httpx.get(self.url + ready_path, timeout=2).status_code < 500:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        raise RuntimeError(f"reconnect serve did not answer: {self.log.read_text()[-2000:]}")

    def kill(self) -> None:
        """SIGKILL the whole process group: no clean shutdown, no flushing."""
        if self.process is None:
            return
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self.process = None

    def stop(self) -> None:
        """A clean stop (SIGTERM), falling back to SIGKILL."""
        if self.process is None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)
        self.process = None
