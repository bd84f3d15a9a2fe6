"""Load on loopback only, bounded in count and time: a few thousand requests from concurrent clients,
then a soak, against `thinktwice serve` in its own process. No errors, and no memory growth once warm.
Figures are printed (docs/reliability.md), never asserted.

The soak lasts THINKTWICE_SOAK_SECONDS (default 6; scripts/soak runs 120)."""
import os
import statistics
import threading
import time

import pytest
from service_process import ServiceProcess

SOAK_SECONDS = float(os.environ.get("THINKTWICE_SOAK_SECONDS", "6"))
BURST_REQUESTS = int(os.environ.get("THINKTWICE_BURST_REQUESTS", "3000"))
CLIENTS = 8
MEMORY_GROWTH_LIMIT_KIB = 24 * 1024

TEXTS = [
    "Vote Labour on 4 July - our society is behind them 100%",
    "Lovely weather for the society picnic on Saturday, bring a friend!",
    "Call Jess on 07700 900123 if you want a lift to the match",
    "Use code STUDENT20 at checkout for 20% off our hoodies",
    "Those idiots at the other union are f*cking useless #ToriesOut",
    "Register to vote before 18 June! Hustings with every party on Thursday in the Great Hall.",
    "I work for Lancaster SU and I'm voting Green this time",
    "Our favourite laptop? The MacBook Air, hands down. Buy it here",
] * 6
ORGS = ["lancaster-su", "leicester-su", "chester-su", "lancaster-university"]
AUDIT = {"org": "lancaster-su", "action": "share", "rules": ["political.party-vote"], "severity": "warning",
         "outcome": "cancelled"}


def request_for(n: int):
    """The mix a browsing user's extension sends: mostly checks, some orgs/settings reads, a few audit writes."""
    if n % 50 == 0:
        return "POST", "/v1/audit", AUDIT, 201
    if n % 10 == 1:
        return "GET", ["/v1/orgs", "/v1/settings", "/v1/health"][n % 3], None, 200
    text = TEXTS[n % len(TEXTS)] + (" " * (n % 7))
    action = ["post", "reply", "like", "share"][n % 4]
    return "POST", "/v1/check", {"text": text, "action": action, "context": {"org": ORGS[n % 4]}}, 200


def drive(service, clients: int, *, count: int | None = None, seconds: float | None = None):
    """Keep-alive clients sending request_for(n) until `count` requests or `seconds` have gone."""
    latencies, errors, lock = [], [], threading.Lock()
    counter = iter(range(10**9))
    ends = time.monotonic() + seconds if seconds else None

    def client():
        conn = service.connection()
        mine = []
        while True:
            n = next(counter)
            if (count is not None and n >= count) or (ends is not None and time.monotonic() >= ends):
                break
            method, path, body, expected = request_for(n)
            started = time.perf_counter()
            try:
                status, answer = service.call(conn, method, path, body)
            except Exception as exc:                           # noqa: BLE001 - reported below
                status, answer = type(exc).__name__, {}
                conn.close()
                conn = service.connection()
            mine.append(time.perf_counter() - started)
            if status != expected:
                with lock:
                    errors.append((path, status, answer))
        conn.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.monotonic() - started


def figures(label, latencies, elapsed):
    ms = sorted(x * 1000 for x in latencies)
    pct = lambda p: ms[min(len(ms) - 1, int(p * len(ms)))]              # noqa: E731
    print(f"{label}: {len(ms)} requests in {elapsed:.1f} s = {len(ms) / elapsed:.0f}/s; latency ms "
          f"median {statistics.median(ms):.1f}, p95 {pct(0.95):.1f}, p99 {pct(0.99):.1f}, max {ms[-1]:.1f}")


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    served = ServiceProcess(tmp_path_factory.mktemp("load-data"))
    yield served
    served.stop()


def test_a_burst_of_concurrent_clients_gets_no_errors(service):
    latencies, errors, elapsed = drive(service, CLIENTS, count=BURST_REQUESTS)
    print()
    figures(f"burst, {CLIENTS} clients", latencies, elapsed)
    assert not errors, errors[:5]
    assert len(latencies) == BURST_REQUESTS


@pytest.mark.soak
def test_a_soak_holds_memory_flat(service):
    drive(service, CLIENTS, count=500)                           # warm: caches full, threads started
    warm = service.rss_kib()
    samples, all_errors, total, slices = [warm], [], [], max(1, int(SOAK_SECONDS // 3))
    elapsed = 0.0
    for _ in range(slices):
        latencies, errors, took = drive(service, 4, seconds=SOAK_SECONDS / slices)
        total += latencies
        all_errors += errors
        elapsed += took
        samples.append(service.rss_kib())
    print()
    figures(f"soak, 4 clients, {SOAK_SECONDS:.0f} s", total, elapsed)
    print(f"server memory (RSS, MiB) warm {warm / 1024:.1f} -> " + " ".join(f"{s / 1024:.1f}" for s in samples[1:]))
    assert not all_errors, all_errors[:5]
    assert max(samples) - warm < MEMORY_GROWTH_LIMIT_KIB, samples


def test_overload_is_answered_quickly_with_503_not_queued(tmp_path):
    """One thread and room for two waiting: a burst of 40 simultaneous long checks must shed load."""
    service = ServiceProcess(tmp_path / "data", "--threads", "1", "--max-waiting", "2")
    try:
        counts = {}
        for burst in range(5):
            barrier = threading.Barrier(40)
            results, lock = [], threading.Lock()

            def client(i):
                conn = service.connection()
                text = " ".join(TEXTS[:4]) * 40 + f" burst {burst} client {i}"
                barrier.wait()
                status, answer = service.call(conn, "POST", "/v1/check", {"text": text, "context": {"org": "lancaster-su"}})
                with lock:
                    results.append((status, answer))
                conn.close()

            threads = [threading.Thread(target=client, args=(i,)) for i in range(40)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            for status, answer in results:
                assert status in (200, 503), answer
                if status == 503:
                    assert answer["error"]["code"] == "overloaded"
                counts[status] = counts.get(status, 0) + 1
            if counts.get(503):
                break
        print(f"\noverload (1 thread, 40 simultaneous long checks): answers by status {counts}")
        assert counts.get(503), "no request was shed"
        conn = service.connection()
        assert service.call(conn, "GET", "/v1/health")[0] == 200
        conn.close()
    finally:
        service.stop()
