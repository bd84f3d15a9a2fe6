"""A small real rule pack, keys, and a static web server for the rule-update tests."""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

PACK_TOML = '''name = "test-pack"
version = "1.0"
created = "2026-01-01"

[as_of]
party_leaders = "2025-09-30"

[review_by]
party_leaders = "2099-01-01"
'''

DETECTORS = '''[lexicons.party]
case = "title"
terms = ["Labour", "Tories", "Green Party"]

[lexicons.org]
terms = ["{org}"]

[lexicons.org_role]
terms = ["president", "welfare officer", "treasurer"]

[[rules]]
kind = "words"
id = "political.party"
category = "political"
match = "party"
example_org = "test-su"
message = "Names a political party ({match})."
advice = "Keep party politics off union accounts."
should_warn = ["Vote [Labour] on Thursday"]
should_not_warn = ["Child labour is wrong"]

[[rules]]
kind = "words"
id = "signal.mentions-org"
category = "signal"
match = "org"
example_org = "test-su"
message = "Mentions the union ({match})."
advice = "-"
should_warn = ["Loving [Test SU]"]
should_not_warn = ["Loving life"]
'''

POLICY = '''id = "test-su"
name = "Test Students' Union"
short_name = "Test SU"
policy_title = "Social Media Policy"
names = ["Test SU", "the union"]
silent_on = ["endorsement"]

[clauses."4.1"]
title = "Political neutrality"
summary = "Union accounts do not back parties."

[clauses."4.2"]
title = "Personal accounts"
summary = "Keep your union role apart from party politics."

[[map]]
categories = ["political"]
accounts = ["official"]
clause = "4.1"
severity = "warning"

[[map]]
categories = ["political"]
accounts = ["personal"]
clause = "4.2"
severity = "info"

[[examples]]
text = "Vote Labour on Thursday!"
context = { account = "official" }
expect = [{ category = "political", clause = "4.1", severity = "warning" }]

[[examples]]
text = "Vote Labour on Thursday!"
context = { account = "personal" }
expect = [{ category = "political", clause = "4.2", severity = "info" }]
'''


def write_pack(root: Path, detectors: str = DETECTORS, pack_toml: str = PACK_TOML, policy: str = POLICY) -> Path:
    (root / "detectors").mkdir(parents=True, exist_ok=True)
    (root / "policies").mkdir(parents=True, exist_ok=True)
    (root / "pack.toml").write_text(pack_toml, encoding="utf-8")
    (root / "detectors" / "political.toml").write_text(detectors, encoding="utf-8")
    (root / "policies" / "test-su.toml").write_text(policy, encoding="utf-8")
    return root


def add_party(root: Path, party: str) -> None:
    path = root / "detectors" / "political.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"Green Party"]', f'"Green Party", "{party}"]', 1), encoding="utf-8")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class StaticSite:
    """`python -m http.server` in a thread: serves a directory on a free port (If-Modified-Since included)."""

    def __init__(self, directory: Path, handler=QuietHandler):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                                     functools.partial(handler, directory=str(self.directory)))
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()
