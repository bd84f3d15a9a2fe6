"""The native messaging host (`thinktwice-host`), run as the browsers run it: the launcher `thinktwice setup`
writes, a real process, length-prefixed JSON on its stdin and stdout, and a real service it starts."""
from __future__ import annotations

import base64
import json
import os
import signal
import socket
import statistics
import struct
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import thinktwice
from thinktwice.native import ids, service
from thinktwice.native.framing import MAX_INCOMING
from thinktwice.service.pairing import token_path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("flask", "waitress", "werkzeug", "tinydb", "platformdirs", "Stemmer", "regex", "rtoml")


def frame(message) -> bytes:
    body = message if isinstance(message, bytes) else json.dumps(message).encode("utf-8")
    return struct.pack("=I", len(body)) + body


def frames_in(data: bytes) -> list[dict]:
    """Every frame in `data`, which must hold frames and nothing else."""
    replies = []
    while data:
        assert len(data) >= 4, f"stray bytes on stdout: {data!r}"
        (length,) = struct.unpack("=I", data[:4])
        assert len(data) >= 4 + length, f"a frame cut short on stdout: {data!r}"
        replies.append(json.loads(data[4:4 + length].decode("utf-8")))
        data = data[4 + length:]
    return replies


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def launcher(tmp_path_factory) -> Path:
    """The launcher as `thinktwice setup` writes it (for a Chromium profile folder only, no autostart)."""
    home = tmp_path_factory.mktemp("home")
    done = subprocess.run([sys.executable, "-m", "thinktwice", "setup", "--no-autostart",
                           "--browser-dir", f"chromium={home / 'profile' / 'NativeMessagingHosts'}"],
                          env={"HOME": str(home), "PATH": os.environ["PATH"]}, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    manifest = json.loads((home / "profile" / "NativeMessagingHosts" / f"{ids.HOST_NAME}.json").read_text())
    return Path(manifest["path"])


@pytest.fixture
def env(tmp_path) -> dict:
    """The browser's environment for one test: its own data directory and a free port for the service."""
    return {"HOME": str(tmp_path), "PATH": os.environ["PATH"], "THINKTWICE_DATA_DIR": str(tmp_path / "data"),
            "THINKTWICE_PORT": str(free_port())}


def talk(launcher: Path, env: dict, *messages, raw: bytes = b"", timeout=60) -> tuple[list[dict], subprocess.CompletedProcess]:
    """Start the host as Chromium does (its origin as the argument), send `messages` (then `raw`), close
    stdin; its replies, checked to be frames and nothing else."""
    done = subprocess.run([str(launcher), ids.chromium_origin()], input=b"".join(map(frame, messages)) + raw,
                          capture_output=True, env=env, timeout=timeout)
    return frames_in(done.stdout), done


def running(pid: int) -> bool:
    """True while pid runs (a zombie nobody reaps, where the container's first process does not, is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return not any(line.startswith("State:") and "Z" in line.split()[1] for line in status.splitlines())


def stop_service(data_dir: Path) -> None:
    record = service.read_record(data_dir)
    if record is None or not running(record["pid"]):
        return
    os.kill(record["pid"], signal.SIGTERM)
    for _ in range(200):
        if not running(record["pid"]):
            return
        time.sleep(0.05)
    os.kill(record["pid"], signal.SIGKILL)


# -- ids -------------------------------------------------------------------------------------------
def test_the_extension_ids_are_the_extensions():
    manifest = json.loads((ROOT / "extension" / "manifest.json").read_text())
    assert ids.chromium_id(manifest["key"]) == ids.CHROMIUM_EXTENSION_ID
    assert manifest["browser_specific_settings"]["gecko"]["id"] == ids.FIREFOX_ADDON_ID
    assert ids.chromium_origin() == f"chrome-extension://{ids.CHROMIUM_EXTENSION_ID}/"


def test_the_id_is_worked_out_as_chromium_does():
    # Chromium's documented example: the id is the SHA-256 of the key, 0-f mapped to a-p.
    key = base64.b64encode(b"any DER bytes").decode()
    digest = __import__("hashlib").sha256(b"any DER bytes").hexdigest()[:32]
    assert ids.chromium_id(key) == digest.translate(str.maketrans("0123456789abcdef", "abcdefghijklmnop"))


# -- messages --------------------------------------------------------------------------------------
def test_hello_says_where_the_service_is_and_that_it_is_not_running(launcher, env):
    replies, done = talk(launcher, env, {"type": "hello", "id": 7})
    assert done.returncode == 0
    assert replies == [{"type": "hello", "id": 7, "host_version": thinktwice.__version__,
                        "data_dir": env["THINKTWICE_DATA_DIR"], "address": f"http://127.0.0.1:{env['THINKTWICE_PORT']}",
                        "running": False, "service_version": None, "rules_version": None}]


def test_ids_are_echoed_whatever_they_are_and_null_when_absent(launcher, env):
    replies, _ = talk(launcher, env, {"type": "hello", "id": "a1"}, {"type": "hello", "id": [1, {"x": 2}]},
                      {"type": "hello"}, {"type": "nope", "id": 3.5})
    assert [r["id"] for r in replies] == ["a1", [1, {"x": 2}], None, 3.5]


def test_pair_makes_the_token_the_service_will_use_and_keeps_it(launcher, env):
    data_dir = Path(env["THINKTWICE_DATA_DIR"])
    replies, _ = talk(launcher, env, {"type": "pair", "id": 1}, {"type": "pair", "id": 2})
    token = token_path(data_dir).read_text().strip()
    assert [r["token"] for r in replies] == [token, token] and len(token) >= 32
    assert replies[0] == {"type": "pair", "id": 1, "address": f"http://127.0.0.1:{env['THINKTWICE_PORT']}",
                          "token": token}
    assert token_path(data_dir).stat().st_mode & 0o777 == 0o600
    assert talk(launcher, env, {"type": "pair"})[0][0]["token"] == token


def test_a_stale_record_is_ignored(launcher, env):
    data_dir = Path(env["THINKTWICE_DATA_DIR"])
    data_dir.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (data_dir / service.RECORD_FILE).write_text(json.dumps({"address": "http://127.0.0.1:1", "pid": dead.pid}))
    reply = talk(launcher, env, {"type": "hello"})[0][0]
    assert reply["address"] == f"http://127.0.0.1:{env['THINKTWICE_PORT']}" and reply["running"] is False


def test_a_data_directory_that_cannot_be_made_gets_errors_not_a_crash(launcher, env, tmp_path):
    (tmp_path / "a-file").write_text("")
    env["THINKTWICE_DATA_DIR"] = str(tmp_path / "a-file" / "data")
    replies, done = talk(launcher, env, {"type": "pair", "id": 1}, {"type": "start", "id": 2}, {"type": "hello", "id": 3})
    assert done.returncode == 0
    assert [(r["type"], r.get("code")) for r in replies] == [("error", "pair_failed"), ("error", "start_failed"),
                                                             ("hello", None)]
    assert "Not a directory" in replies[0]["message"] and str(tmp_path / "a-file") in replies[1]["message"]


# -- bad input -------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, says", [
    (b"{not json", "not JSON"),
    (b"\xff\xfe{}", "not UTF-8"),
    (b"[1, 2]", "not a JSON object"),
    (b'"hello"', "not a JSON object"),
    (b"[" * 30_000 + b"]" * 30_000, "nested too deeply"),
])
def test_a_malformed_message_gets_an_error_and_the_next_one_an_answer(launcher, env, body, says):
    replies, done = talk(launcher, env, raw=frame(body) + frame({"type": "hello", "id": 2}))
    assert done.returncode == 0
    assert replies[0]["type"] == "error" and replies[0]["code"] == "bad_message" and says in replies[0]["message"]
    assert replies[1]["type"] == "hello" and replies[1]["id"] == 2


@pytest.mark.parametrize("message, code", [
    ({"id": 1}, "bad_message"),
    ({"type": 5, "id": 1}, "bad_message"),
    ({"type": None, "id": 1}, "bad_message"),
    ({"type": "ensure", "id": 1}, "unknown_type"),
    ({"type": "HELLO", "id": 1}, "unknown_type"),
])
def test_a_message_without_a_known_type_gets_an_error(launcher, env, message, code):
    replies, _ = talk(launcher, env, message, {"type": "hello", "id": 2})
    assert replies[0]["type"] == "error" and replies[0]["code"] == code and replies[0]["id"] == 1
    assert replies[0]["message"] and "hello" in replies[0]["message"]
    assert replies[1]["type"] == "hello"


def test_an_oversized_message_is_skipped_with_an_error(launcher, env):
    big = {"type": "hello", "id": 1, "padding": "x" * MAX_INCOMING}
    replies, done = talk(launcher, env, big, {"type": "hello", "id": 2})
    assert done.returncode == 0
    assert replies[0]["code"] == "too_large" and replies[0]["id"] is None and str(MAX_INCOMING) in replies[0]["message"]
    assert replies[1]["type"] == "hello" and replies[1]["id"] == 2
    exactly = frame({"type": "hello", "id": 3, "p": ""})
    fill = MAX_INCOMING - (len(exactly) - 4)
    replies, _ = talk(launcher, env, {"type": "hello", "id": 3, "p": "x" * fill})
    assert replies[0]["type"] == "hello"          # 64 KiB itself is allowed


@pytest.mark.parametrize("raw, code", [
    (b"\x10\x00", "bad_message"),                                   # the length cut short
    (struct.pack("=I", 50) + b'{"type": "hel', "bad_message"),      # the body cut short
    (struct.pack("=I", 2**31) + b"xyz", "too_large"),               # a length nothing follows
])
def test_a_stream_that_cannot_be_read_on_gets_an_error_and_the_host_stops(launcher, env, raw, code):
    replies, done = talk(launcher, env, {"type": "hello", "id": 1}, raw=raw)
    assert done.returncode == 0
    assert [r["type"] for r in replies] == ["hello", "error"] and replies[1]["code"] == code
    assert b"Traceback" not in done.stderr


def test_nothing_but_frames_ever_reaches_stdout(launcher, env):
    """A stray print() in the host (a future bug) goes to stderr, never between the frames."""
    code = ("import sys; sys.path.insert(0, %r); from thinktwice.native import host; hello = host.hello;"
            "host.HANDLERS['hello'] = lambda d: (print('a stray print'), hello(d))[1]; sys.exit(host.main())"
            % str(ROOT / "server"))
    done = subprocess.run([sys.executable, "-I", "-S", "-c", code], input=frame({"type": "hello", "id": 1}),
                          capture_output=True, env=env, timeout=60)
    assert frames_in(done.stdout)[0]["type"] == "hello"
    assert b"a stray print" in done.stderr


def test_an_empty_stdin_ends_the_host_quietly(launcher, env):
    replies, done = talk(launcher, env)
    assert replies == [] and done.returncode == 0 and done.stderr == b""


# -- what the host loads ---------------------------------------------------------------------------
def test_the_host_loads_only_the_standard_library(env):
    """Imported and answering hello and pair with site-packages on the path, the host has loaded none
    of the service's libraries; and the launcher runs it without site-packages at all."""
    code = ("import sys, json; from thinktwice.native import host; from pathlib import Path;"
            "d = Path(sys.argv[1]); host.answer({'type': 'hello'}, d); host.answer({'type': 'pair'}, d);"
            f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r})))")
    done = subprocess.run([sys.executable, "-c", code, env["THINKTWICE_DATA_DIR"]], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


def test_the_launcher_runs_the_host_without_site_packages(launcher):
    text = launcher.read_text()
    assert text.startswith("#!/bin/sh\n") and " -I -S -c " in text and os.access(launcher, os.X_OK)


# -- a real service --------------------------------------------------------------------------------
def _get(address: str, path: str, token: str) -> int:
    request = urllib.request.Request(address + path, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_start_starts_one_service_for_hosts_asking_at_once_and_pair_gives_the_token_it_accepts(launcher, env):
    data_dir = Path(env["THINKTWICE_DATA_DIR"])
    address = f"http://127.0.0.1:{env['THINKTWICE_PORT']}"
    try:
        began = time.perf_counter()
        with ThreadPoolExecutor(3) as pool:
            results = list(pool.map(lambda n: talk(launcher, env, {"type": "start", "id": n}), range(3)))
        took = time.perf_counter() - began
        replies = [r[0][0] for r in results]
        assert all(r["type"] == "start" and r["address"] == address for r in replies), replies
        assert sorted(r["started"] for r in replies) == [False, False, True]
        print(f"\nstart, service stopped beforehand: {took:.2f} s (three hosts at once)")

        record = service.read_record(data_dir)
        assert record["address"] == address
        assert (data_dir / service.RECORD_FILE).stat().st_mode & 0o777 == 0o600
        assert os.getsid(record["pid"]) == record["pid"]           # its own session: outlives host and browser

        replies, _ = talk(launcher, env, {"type": "hello", "id": 1}, {"type": "start", "id": 2}, {"type": "pair", "id": 3})
        hello, start, pair = replies
        assert hello["running"] is True and hello["service_version"] == thinktwice.__version__
        assert hello["rules_version"] and hello["address"] == address
        assert start == {"type": "start", "id": 2, "address": address, "started": False}
        assert _get(address, "/v1/orgs", pair["token"]) == 200
        assert _get(address, "/v1/orgs", "x" * 43) == 401
        log = (data_dir / service.LOG_FILE)
        assert "listening on" in log.read_text() and log.stat().st_mode & 0o777 == 0o600
    finally:
        stop_service(data_dir)


def test_start_says_why_when_the_service_cannot_start(launcher, env):
    """Something else holds the port (and does not answer as ThinkTwice): the service stops, and the
    host says so with the service's own reason."""
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", int(env["THINKTWICE_PORT"])))
        squatter.listen()
        replies, done = talk(launcher, env, {"type": "start", "id": 1}, timeout=120)
    assert done.returncode == 0
    error = replies[0]
    assert error["type"] == "error" and error["code"] == "start_failed" and error["id"] == 1
    assert "cannot listen" in error["message"] and "exit code 2" in error["message"]


def test_start_gives_up_after_its_deadline_and_stops_what_it_started(tmp_path, monkeypatch):
    monkeypatch.setenv("THINKTWICE_PORT", str(free_port()))
    with pytest.raises(service.StartError) as raised:
        service.start_service(tmp_path, timeout=0.2)
    assert raised.value.code == "start_timeout" and "was stopped" in raised.value.message
    time.sleep(0.5)
    mine = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _cmdline(p).count(str(tmp_path))]
    assert mine == []


def _cmdline(proc: Path) -> str:
    try:
        return (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


# -- speed -----------------------------------------------------------------------------------------
def test_a_round_trip_is_quick(launcher, env):
    """Spawn, hello, reply, as a one-shot sendNativeMessage costs (outside the browser)."""
    times = []
    for _ in range(20):
        began = time.perf_counter()
        replies, _ = talk(launcher, env, {"type": "hello"})
        times.append(time.perf_counter() - began)
        assert replies[0]["type"] == "hello"
    median = statistics.median(times) * 1000
    print(f"\nhost round trip (spawn + hello + reply): median {median:.1f} ms, "
          f"range {min(times) * 1000:.1f}-{max(times) * 1000:.1f} ms, n=20")
    assert median < 500          # ~25 ms on an idle machine; generous for a loaded 2-core VM
