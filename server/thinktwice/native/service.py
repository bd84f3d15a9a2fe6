"""Finding and starting the local service: what the native host and `thinktwice serve` share.

`thinktwice serve` records the address it listens on and its pid in `<data dir>/service.json` (0600,
written atomically) once it is listening, and removes the record when it stops; the host reads it, so a
service on another port (`serve --port`) is found. Without a record the address is the default one:
http://127.0.0.1:8377, or the port in THINKTWICE_PORT. "Running" means GET /v1/health answers there.

Imports stay within the standard library and are made where they are needed (paths are strings, as
pathlib alone would add a few ms): the host runs this for every message the extension sends, and
Python's start-up is most of its time.
"""
from __future__ import annotations

import json
import os
import socket
import sys
import time

DEFAULT_PORT = 8377
PORT_VARIABLE = "THINKTWICE_PORT"
RECORD_FILE, LOG_FILE, LOCK_FILE = "service.json", "service.log", "service.lock"
START_TIMEOUT = 20.0
PROBE_TIMEOUT = 1.0
_MAX_HEALTH_ANSWER = 64 * 1024


def data_dir() -> str:
    """The data directory, as the service chooses it (files.default_data_dir), read without importing
    files.py when THINKTWICE_DATA_DIR is set, as it is in the launcher `thinktwice setup` writes."""
    configured = os.environ.get("THINKTWICE_DATA_DIR")
    if configured:
        return os.path.abspath(configured)
    from ..files import default_data_dir

    return os.path.abspath(default_data_dir())


def default_port() -> int:
    """THINKTWICE_PORT if set, else 8377. ValueError naming the problem if it is not a port number."""
    value = os.environ.get(PORT_VARIABLE, "").strip()
    if not value:
        return DEFAULT_PORT
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise ValueError(f"{PORT_VARIABLE}={value!r} is not a port number (1-65535)")
    return int(value)


def client_address(host: str, port: int) -> str:
    """The URL a client on this machine uses for a service listening on `host`:`port`."""
    host = {"0.0.0.0": "127.0.0.1", "localhost": "127.0.0.1", "": "127.0.0.1", "::": "::1"}.get(host, host)
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def default_address() -> str:
    try:
        port = default_port()
    except ValueError:
        port = DEFAULT_PORT
    return client_address("127.0.0.1", port)


# -- the record ------------------------------------------------------------------------------------
def record_service(data_dir, address: str, pid: int):
    """Write {address, pid} to the data directory's service.json (0600, atomically)."""
    from ..files import private_directory, write_atomic

    path = private_directory(data_dir) / RECORD_FILE
    write_atomic(path, json.dumps({"address": address, "pid": pid}).encode("ascii"), mode=0o600)
    return path


def forget_service(data_dir, pid: int) -> None:
    """Remove the record if it is still this pid's (a newer service may have replaced it)."""
    record = read_record(data_dir)
    if record and record["pid"] == pid:
        try:
            os.unlink(os.path.join(data_dir, RECORD_FILE))
        except OSError:
            pass


def read_record(data_dir) -> dict | None:
    """{"address", "pid"} as the service recorded it, or None if there is none that makes sense."""
    try:
        with open(os.path.join(data_dir, RECORD_FILE), "rb") as f:
            record = json.loads(f.read(4096).decode("utf-8"))
    except (OSError, ValueError):
        return None
    if (isinstance(record, dict) and isinstance(record.get("address"), str) and _split(record["address"])
            and isinstance(record.get("pid"), int) and not isinstance(record["pid"], bool)):
        return {"address": record["address"], "pid": record["pid"]}
    return None


def _split(address: str) -> tuple[str, int] | None:
    """('127.0.0.1', 8377) for 'http://127.0.0.1:8377', ('::1', 8377) for 'http://[::1]:8377'; else None."""
    if not address.startswith("http://"):
        return None
    host, _, port = address[len("http://"):].rpartition(":")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not host or "/" in host or not port.isdigit() or not 0 < int(port) < 65536:
        return None
    return host, int(port)


# -- is it running? --------------------------------------------------------------------------------
def probe(address: str, timeout: float = PROBE_TIMEOUT) -> dict | None:
    """GET /v1/health at `address`: its JSON answer if it is ThinkTwice's, else None.

    One HTTP/1.0 request over a socket rather than through http.client, whose import (email parsing)
    would add some 15 ms to every start of the host; the service answers HTTP/1.0 with a complete body
    and closes the connection."""
    where = _split(address)
    if where is None:
        return None
    host, port = where
    host_header = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    deadline = time.monotonic() + timeout
    try:
        with socket.create_connection((host, port), timeout=timeout) as conn:
            conn.sendall(f"GET /v1/health HTTP/1.0\r\nHost: {host_header}\r\nAccept: application/json\r\n\r\n"
                         .encode("ascii"))
            received = bytearray()
            while len(received) <= _MAX_HEALTH_ANSWER:
                conn.settimeout(max(0.01, deadline - time.monotonic()))
                chunk = conn.recv(16384)
                if not chunk:
                    break
                received += chunk
    except OSError:
        return None
    head, _, body = bytes(received).partition(b"\r\n\r\n")
    status = head.split(b"\r\n", 1)[0].split()
    if len(status) < 2 or status[1] != b"200":
        return None
    try:
        health = json.loads(body.decode("utf-8"))
    except ValueError:
        return None
    return health if isinstance(health, dict) and health.get("status") == "ok" else None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:          # alive but not ours to signal (PermissionError), or no signal 0 (Windows)
        return True
    return True


def find_service(data_dir) -> tuple[str, dict | None]:
    """The service's address (its record's if its process lives, else the default) and its health
    answer there (None when nothing answers)."""
    record = read_record(data_dir)
    address = record["address"] if record and _pid_alive(record["pid"]) else default_address()
    return address, probe(address)


# -- starting it -----------------------------------------------------------------------------------
class StartError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


def start_service(data_dir, timeout: float = START_TIMEOUT) -> tuple[str, bool]:
    """Start `thinktwice serve` for `data_dir`, detached, unless it answers already; wait until its
    /v1/health answers. (address, started). StartError("start_failed" | "start_timeout", why)."""
    data_dir = os.fspath(data_dir)
    os.makedirs(data_dir, mode=0o700, exist_ok=True)
    lock_fd = os.open(os.path.join(data_dir, LOCK_FILE), os.O_RDWR | os.O_CREAT, 0o600)
    with open(lock_fd, "r+b") as lock:                    # hosts started at once start one service
        _lock_exclusively(lock)
        address, health = find_service(data_dir)
        if health is not None:
            return address, False
        log_path = os.path.join(data_dir, LOG_FILE)
        with open(os.open(log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600), "ab") as log:
            log_start = log.seek(0, os.SEEK_END)
            process = _spawn(data_dir, log)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            record = read_record(data_dir)
            if record and record["pid"] == process.pid and probe(record["address"]) is not None:
                return record["address"], True
            if process.poll() is not None:
                address, health = find_service(data_dir)       # another service may have won the port
                if health is not None:
                    return address, False
                raise StartError("start_failed", f"The checker stopped while starting (exit code "
                                 f"{process.returncode}): {_last_line(log_path, log_start)} (log: {log_path})")
            time.sleep(0.05)
        _stop(process)
        raise StartError("start_timeout", f"The checker did not answer within {timeout:.0f} seconds, so it was "
                                          f"stopped (log: {log_path}).")


def _spawn(data_dir: str, log):
    """`python -m thinktwice serve` in its own session, with nothing of the browser's: stdin from
    /dev/null, output to the log, no inherited descriptors, so it outlives the host and the browser."""
    import subprocess

    detach = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.DETACHED_PROCESS
                                | subprocess.CREATE_NO_WINDOW} if os.name == "nt" else {"start_new_session": True})
    return subprocess.Popen([sys.executable, "-m", "thinktwice", "serve", "--data-dir", data_dir],
                            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, close_fds=True,
                            cwd=data_dir, **detach)


def _stop(process) -> None:
    try:
        if os.name == "nt":
            process.kill()
        else:
            import signal

            os.killpg(process.pid, signal.SIGTERM)
        process.wait(5)
    except Exception:        # already gone, or will be: nothing more to do
        pass


def _lock_exclusively(lock_file) -> None:
    """Block until this process holds the lock file exclusively (released when the file is closed)."""
    if os.name == "nt":
        import msvcrt

        lock_file.seek(0)
        while True:
            try:
                msvcrt.locking(lock_file.fileno(), msvcrt.LK_LOCK, 1)
                return
            except OSError:          # LK_LOCK gives up after 10 s; keep waiting
                continue
    import fcntl

    fcntl.flock(lock_file.fileno(), fcntl.LOCK_EX)


def _last_line(log_path: str, since: int) -> str:
    """The last line the service wrote to its log since `since` (its reason for stopping)."""
    try:
        with open(log_path, "rb") as f:
            f.seek(since)
            lines = [ln.strip() for ln in f.read()[-8192:].decode("utf-8", "replace").splitlines() if ln.strip()]
    except OSError:
        lines = []
    return lines[-1][:300] if lines else "it wrote nothing"
