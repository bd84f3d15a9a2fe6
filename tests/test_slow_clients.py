"""Local programs holding connections open cannot starve the extension (web/serving.py GuardedServer).

120 connections to the real service (its own process, 100 connections allowed) that send a request a
byte at a time, or nothing at all, and open again whenever they are closed; meanwhile checks are sent
as the extension sends them, each on a new connection, and must all be answered within a few seconds.
Loopback only, bounded in sockets and in time (the clients stop by themselves after MAX_SECONDS).
"""
from __future__ import annotations

import errno
import http.client
import json
import os
import select
import socket
import threading
import time

from service_process import ServiceProcess

HOGS = int(os.environ.get("THINKTWICE_SLOW_CLIENTS", "120"))
CHECKS = 7
MAX_SECONDS = 60
PARTIAL = b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Trickle: "
STILL_THERE = (errno.EAGAIN, errno.EWOULDBLOCK, errno.ENOTCONN, errno.EINPROGRESS)   # waiting, or connecting
CHECK = {"text": "Vote Labour on 4 July!", "context": {"org": "lancaster-su", "account": "official"}}


class Hogs:
    """HOGS sockets on one thread: three in four trickle one byte of a request's headers every half
    second, one in four stays silent; each is opened again as soon as the service closes it."""

    def __init__(self, port: int):
        self.port = port
        self.stop = threading.Event()
        self.opened = self.closed_by_service = self.timeouts_408 = 0
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _open(self, n: int) -> dict:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setblocking(False)
        sock.connect_ex(("127.0.0.1", self.port))
        self.opened += 1
        return {"sock": sock, "sent": 0, "silent": n % 4 == 3}

    def _run(self):
        hogs = [self._open(n) for n in range(HOGS)]
        deadline = time.monotonic() + MAX_SECONDS
        try:
            while not self.stop.is_set() and time.monotonic() < deadline:
                for n, hog in enumerate(hogs):
                    if self._alive(hog):
                        continue
                    hog["sock"].close()
                    self.closed_by_service += 1
                    hogs[n] = self._open(n)
                self.stop.wait(0.5)
        finally:
            for hog in hogs:
                hog["sock"].close()

    def _alive(self, hog: dict) -> bool:
        sock = hog["sock"]
        try:
            data = sock.recv(4096)
            if data.startswith((b"HTTP/1.0 408", b"HTTP/1.1 408")):
                self.timeouts_408 += 1
            return False                      # an answer or end of stream: the service is done with it
        except OSError as exc:
            if exc.errno not in STILL_THERE:
                return False
        if hog["silent"]:
            return True
        try:
            sock.send(PARTIAL[hog["sent"]:hog["sent"] + 1] or b"a")
            hog["sent"] += 1
        except OSError as exc:
            return exc.errno in STILL_THERE
        return True


def timed_check(port: int, token: str) -> tuple[int, float]:
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        conn.request("POST", "/v1/check", body=json.dumps(CHECK),
                     headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        resp = conn.getresponse()
        resp.read()
        return resp.status, time.monotonic() - started
    except (OSError, http.client.HTTPException):
        return 0, time.monotonic() - started
    finally:
        conn.close()


def test_trickling_and_silent_connections_cannot_starve_the_extension(tmp_path):
    service = ServiceProcess(tmp_path / "data")
    hogs = Hogs(service.port)
    try:
        hogs.thread.start()
        time.sleep(2)                          # every slot taken and the backlog queueing
        answers = []
        for _ in range(CHECKS):
            answers.append(timed_check(service.port, service.token))
            time.sleep(1)
        hogs.stop.set()
        hogs.thread.join(timeout=10)
        times = sorted(t for _, t in answers)
        print(f"\n{HOGS} slow clients ({hogs.opened} connections opened, {hogs.closed_by_service} closed by the "
              f"service, {hogs.timeouts_408} with a 408): {sum(s == 200 for s, _ in answers)} of {CHECKS} checks "
              f"answered; slowest {times[-1]:.2f} s, median {times[len(times) // 2]:.2f} s")
        assert [s for s, _ in answers] == [200] * CHECKS
        assert times[-1] < 5, times
        assert hogs.closed_by_service > 0
    finally:
        hogs.stop.set()
        service.stop()


def test_a_request_that_trickles_in_gets_a_json_408(tmp_path):
    service = ServiceProcess(tmp_path / "data")
    try:
        sock = socket.create_connection(("127.0.0.1", service.port), timeout=30)
        started = time.monotonic()
        for byte in PARTIAL:                   # one byte every 0.2 s, until the service answers
            sock.sendall(bytes([byte]))
            if select.select([sock], [], [], 0.2)[0]:
                break
        waited = time.monotonic() - started
        answer = b""
        while chunk := sock.recv(4096):
            answer += chunk
        sock.close()
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.0 408") and b"Content-Type: application/json" in head
        assert json.loads(body)["error"]["code"] == "request_timeout"
        assert 5 <= waited < 9, waited
        status, _ = service.call(service.connection(), "POST", "/v1/check", CHECK)
        assert status == 200
    finally:
        service.stop()
