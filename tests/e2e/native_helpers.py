"""A home of its own for the native messaging tests: the real `thinktwice setup` run there, the
browser started with HOME pointing at it, and the checker the native host starts (detached, in its
own session) found by its pid and stopped at the end."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

THINKTWICE = Path(sys.executable).with_name("thinktwice")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _alive(pid):
    """True while pid runs (a zombie nobody reaps, as in a container without init, counts as gone)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            return not any(line.startswith("State:") and "Z" in line.split()[1] for line in f)
    except OSError:
        return False


class NativeHome:
    """HOME for one test: `thinktwice setup` writes the host's launcher under its data directory
    and the manifests where the browsers look; THINKTWICE_PORT gives the checker a free port, so it
    cannot meet another checker on this machine."""

    def __init__(self, root: Path):
        self.home = root / "home"
        self.home.mkdir()
        self.data_dir = self.home / ".local" / "share" / "thinktwice"   # the per-user default under HOME
        self.port = free_port()
        self.address = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items()
               if k not in ("THINKTWICE_DATA_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
        env.update(HOME=str(self.home), THINKTWICE_PORT=str(self.port))
        self.env = env

    def setup(self, *browser_dirs):
        """The real `thinktwice setup`; browser_dirs: "chromium=<profile>/NativeMessagingHosts" etc."""
        argv = [str(THINKTWICE), "setup"]
        for d in browser_dirs:
            argv += ["--browser-dir", d]
        done = subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr + done.stdout
        return done.stdout

    def health(self):
        try:
            with urllib.request.urlopen(f"{self.address}/v1/health", timeout=2) as r:
                return json.load(r)
        except OSError:
            return None

    def record(self):
        try:
            return json.loads((self.data_dir / "service.json").read_text())
        except (OSError, ValueError):
            return None

    def service_pids(self):
        """The checkers serving this data directory: the one its record names, and any other whose
        command line names the directory (in case the record was already removed)."""
        pids = set()
        rec = self.record()
        if rec and _alive(rec["pid"]):
            pids.add(rec["pid"])
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                argv = (proc / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"serve" in argv and str(self.data_dir).encode() in argv and _alive(int(proc.name)):
                pids.add(int(proc.name))
        return pids

    def stop_service(self, timeout=10.0):
        """SIGTERM to every checker of this home, SIGKILL after `timeout`; returns the pids stopped."""
        pids = self.service_pids()
        for pid in pids:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        deadline = time.monotonic() + timeout
        while any(_alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.05)
        for pid in pids:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        return pids
