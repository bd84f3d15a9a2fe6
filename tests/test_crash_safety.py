"""SIGKILL in the middle of settings and audit writes, again and again: every file stays valid, nothing
is moved aside as corrupt, and every write the service acknowledged is still there after a restart.

THINKTWICE_KILLS (scripts/soak sets it higher) scales the number of kills."""
import http.client
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time

import pytest
from service_process import ServiceProcess

from thinktwice.service.audit import AuditLog
from thinktwice.service.store import Settings

KILLS = int(os.environ.get("THINKTWICE_KILLS", "3"))
ROLES = ["staff", "trustee", "officer", "volunteer"]
ENTRY = {"org": "lancaster-su", "action": "post", "rules": ["political.party-vote"], "severity": "warning",
         "outcome": "edited"}


def assert_files_valid(data_dir):
    for name in ("settings.json", "audit.json"):
        path = data_dir / name
        if path.exists():
            doc = json.loads(path.read_text(encoding="utf-8"))
            assert isinstance(doc, dict) and all(isinstance(t, dict) for t in doc.values()), name
    assert not list(data_dir.glob("*.corrupt-*")), "a file had to be moved aside as corrupt"


pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def test_killing_the_service_mid_write_loses_nothing_acknowledged(tmp_path):
    data = tmp_path / "data"
    rng = random.Random(6)
    acknowledged_audit = 0
    for kill in range(KILLS):
        service = ServiceProcess(data, log_dir=tmp_path / "logs")
        assert_files_valid(data)
        status, before = service.call(service.connection(), "GET", "/v1/audit")
        assert status == 200 and len(before["entries"]) >= acknowledged_audit
        stop = threading.Event()
        acked = {"audit": 0, "roles": []}
        lock = threading.Lock()

        def writer(worker):
            conn = service.connection(timeout=5)
            n = 0
            while not stop.is_set():
                n += 1
                try:
                    if (worker + n) % 2:
                        role = ROLES[n % len(ROLES)]
                        status, _ = service.call(conn, "PUT", "/v1/settings", {"org": "chester-su", "role": role})
                        if status == 200:
                            with lock:
                                acked["roles"].append(role)
                    else:
                        status, _ = service.call(conn, "POST", "/v1/audit", ENTRY)
                        if status == 201:
                            with lock:
                                acked["audit"] += 1
                except (OSError, http.client.HTTPException):
                    return                                   # the service has been killed

        threads = [threading.Thread(target=writer, args=(w,)) for w in range(4)]
        for t in threads:
            t.start()
        time.sleep(rng.uniform(0.4, 1.2))
        service.kill()
        stop.set()
        for t in threads:
            t.join(timeout=10)
        assert acked["audit"] > 0 and acked["roles"], "the kill came before any write"
        acknowledged_audit = len(before["entries"]) + acked["audit"]

        assert_files_valid(data)
        assert len(AuditLog(data).entries()) >= acknowledged_audit
        assert Settings(data).get()["role"] in ROLES
    print(f"\n{KILLS} SIGKILLs of the service mid-write survived; {acknowledged_audit} acknowledged audit "
          "entries all kept")


WRITER = """
import sys
from thinktwice.service.audit import AuditLog
from thinktwice.service.store import Settings
data = sys.argv[1]
settings, log = Settings(data), AuditLog(data)
entry = {"org": "lancaster-su", "action": "like", "rules": ["offensive.swearing"], "severity": "caution",
         "outcome": "went_ahead"}
print("ready", flush=True)
n = 0
while True:
    n += 1
    settings.update({"org": "leicester-su", "role": ["staff", "trustee", "officer", "volunteer"][n % 4]})
    log.record(entry)
"""


def test_killing_a_tight_write_loop_leaves_every_file_valid(tmp_path):
    """Without HTTP in between, writes come thousands of times faster, so kills land mid-write."""
    rng = random.Random(7)
    kills = KILLS * 3
    for _ in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        assert_files_valid(tmp_path)
        assert Settings(tmp_path).get()["org"] == "leicester-su"
    entries = AuditLog(tmp_path).entries()
    assert entries and all(e["outcome"] == "went_ahead" for e in entries)
    print(f"\n{kills} SIGKILLs of a tight settings+audit write loop survived; {len(entries)} entries valid")
