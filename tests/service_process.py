"""`thinktwice serve` as its own process on 127.0.0.1 and a free port: for tests that kill it, read its
logs or measure its memory. Only ever talks to 127.0.0.1."""
from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

from thinktwice.service.pairing import token_path


class ServiceProcess:
    def __init__(self, data_dir: Path, *serve_args: str, log_dir: Path | None = None, env: dict | None = None):
        self.data_dir = Path(data_dir)
        self.log_dir = Path(log_dir or self.data_dir.parent / f"{self.data_dir.name}-logs")
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.stdout = open(self.log_dir / "stdout.log", "a+", encoding="utf-8")
        self.stderr = open(self.log_dir / "stderr.log", "a", encoding="utf-8")
        start = self.stdout.seek(0, os.SEEK_END)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "thinktwice", "serve", "--port", "0", "--data-dir", str(self.data_dir), *serve_args],
            stdout=self.stdout, stderr=self.stderr, env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})})
        self.port = self._wait_for_port(start)
        self.token = token_path(self.data_dir).read_text().strip()

    def _wait_for_port(self, start: int) -> int:
        import time
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            self.stdout.seek(start)
            match = re.search(r"listening on http://127\.0\.0\.1:(\d+)", self.stdout.read())
            if match:
                return int(match.group(1))
            if self.proc.poll() is not None:
                raise RuntimeError(f"the service exited with {self.proc.returncode}")
            time.sleep(0.05)
        raise RuntimeError("the service did not start within 120 s")

    def connection(self, timeout: float = 30) -> http.client.HTTPConnection:
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def call(self, conn, method: str, path: str, body=None, token: str | None = None) -> tuple[int, dict]:
        headers = {"Authorization": f"Bearer {token or self.token}"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=data, headers=headers)
        resp = conn.getresponse()
        raw = resp.read()
        return resp.status, json.loads(raw) if raw else {}

    def rss_kib(self) -> int:
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def kill(self) -> None:
        """SIGKILL: no cleanup, no flushing, as when the machine loses power or the OOM killer strikes."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._close_logs()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)
        self._close_logs()

    def _close_logs(self) -> None:
        self.stdout.close()
        self.stderr.close()
