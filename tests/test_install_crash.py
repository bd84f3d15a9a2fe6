"""Killing the service in the middle of an install leaves a working pack on restart."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from pack_helpers import QuietHandler, StaticSite, add_party, write_pack

from thinktwice.release import bundle, publish, signing
from thinktwice.release.installs import InstallStore
from thinktwice.service.rules import RuleService

PIRATES = {"text": "Vote for the Pirate Party!", "context": {"org": "test-su", "account": "official"}}


class Stall:
    half_sent = threading.Event()
    release = threading.Event()


class StallingHandler(QuietHandler):
    """Serves everything, except that a pack named *-2099.2.ttpack stops half way and hangs."""

    def do_GET(self):
        if not self.path.endswith("-2099.2.ttpack"):
            return super().do_GET()
        data = (Path(self.directory) / self.path.lstrip("/")).read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 2])
        self.wfile.flush()
        Stall.half_sent.set()
        Stall.release.wait(60)


def release(source, version, site, key, work):
    pack = work / f"p-{version}.ttpack"
    # The test pack's one profile replaces the bundled pack's four: a shrink its manifest must allow.
    pack.write_bytes(bundle.build(source, version, allow_shrink=True))
    signing.sign_file(pack, key)
    publish.publish(pack, site, key)


class Service:
    """`thinktwice serve` as a separate process on a free port."""

    def __init__(self, data: Path, *args):
        self.proc = subprocess.Popen([sys.executable, "-m", "thinktwice", "--data-dir", str(data), "serve",
                                      "--port", "0", *map(str, args)], stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, text=True)
        line = self.proc.stdout.readline()
        assert "listening on http://" in line, line
        self.url = line.split("listening on ", 1)[1].split()[0]
        self.token = (data / "token").read_text().strip()

    def call(self, method, path, body=None, timeout=30):
        req = urllib.request.Request(self.url + path, method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {self.token}",
                                              "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return json.loads(r.read())

    def call_expecting_death(self, method, path):
        try:
            self.call(method, path, timeout=60)
        except OSError:             # the service is killed while this waits for its answer
            pass

    def wait_for_version(self, version, limit=60):
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.call("GET", "/v1/health")["rules_version"] == version:
                return
            time.sleep(0.1)
        pytest.fail(f"the service never reached rules {version}")

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_during_an_install_leaves_the_installed_pack_working(tmp_path):
    keys = signing.keygen(tmp_path / "keys")
    source, site_dir, data = write_pack(tmp_path / "rules"), tmp_path / "site", tmp_path / "data"
    add_party(source, "Pirate Party")
    site = StaticSite(site_dir, StallingHandler)
    release(source, "2099.1", site_dir, keys[0], tmp_path)
    feed = ["--update-url", site.url, "--trusted-key", keys[1]]
    first = None
    try:
        first = Service(data, *feed)                       # installs 2099.1 at start
        first.wait_for_version("2099.1")
        release(source, "2099.2", site_dir, keys[0], tmp_path)
        threading.Thread(target=first.call_expecting_death, args=("POST", "/v1/rules/update"), daemon=True).start()
        assert Stall.half_sent.wait(30), "the install never started"
        first.kill()                                       # mid-install

        second = Service(data)                             # no feed: only what is on disk
        try:
            assert second.call("GET", "/v1/health")["rules_version"] == "2099.1"
            assert second.call("POST", "/v1/check", body=PIRATES)["verdict"] == "warning"
            rules = second.call("GET", "/v1/rules")
            assert rules["installed"]["source"] == "update" and rules["installed"]["version"] == "2099.1"
        finally:
            second.kill()
    finally:
        if first is not None and first.proc.poll() is None:    # the test failed before the kill
            first.kill()
        Stall.release.set()
        site.stop()
    assert not [p for p in (data / "packs").iterdir() if p.name.startswith(".")]


def test_what_an_interrupted_install_leaves_on_disk_is_cleaned_up_and_the_recorded_pack_used(tmp_path):
    """The states a kill can leave after the download: a half-written staging directory, and a new
    version's directory renamed into place but never recorded as current."""
    data, source = tmp_path / "data", write_pack(tmp_path / "rules")
    store = InstallStore(data)
    files = bundle.read(bundle.build(source, "2099.1"))[1]
    store.commit(store.stage(files), {"version": "2099.1", "source": "update", "signer": None})
    half = store.stage({"pack.toml": "name = 'half"})                     # killed while staging
    newer = bundle.read(bundle.build(source, "2099.2"))[1]
    os.replace(store.stage(newer), data / "packs" / "2099.2")              # killed before the record
    service = RuleService({}, data)
    assert service.engine.pack.version == "2099.1"
    assert not half.exists() and any("interrupted install" in n for n in service.startup_notes)


def test_a_damaged_current_pack_falls_back_to_the_previous_one(tmp_path):
    data, source = tmp_path / "data", write_pack(tmp_path / "rules")
    store = InstallStore(data)
    for version in ("2099.1", "2099.2"):
        files = bundle.read(bundle.build(source, version))[1]
        store.commit(store.stage(files), {"version": version, "source": "update", "signer": None})
    (data / "packs" / "2099.2" / "policies" / "test-su.toml").write_text("id = ")
    service = RuleService({}, data)
    assert service.engine.pack.version == "2099.1"
    assert any("2099.2 could not be loaded" in n for n in service.startup_notes)
