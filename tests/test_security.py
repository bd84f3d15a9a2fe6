"""Who the real service answers: Host, Origin and the pairing token, on a real port under waitress."""
import os
import re
import shutil
import stat
import subprocess
import sys
import time

import pytest
from helpers import NO_TOKEN, ROOT, LiveServer

from thinktwice.service.pairing import Pairing, load_or_create_token, token_path

CHROMIUM = "chrome-extension://hcpffppaihcnhpaiegjfgegmmoeahmab"
FIREFOX = "moz-extension://0f6c2a9e-3b7d-4c1e-9a58-2d6e8f1b4c70"
CHECK = {"text": "Vote Labour on 4 July!", "context": {"org": "lancaster-su", "account": "official"}}
AUDIT = {"org": "lancaster-su", "action": "post", "rules": ["political.party-vote"], "severity": "warning",
         "outcome": "edited"}

# Every endpoint but /v1/health, with a body each accepts.
GUARDED = [("POST", "/v1/check", CHECK), ("GET", "/v1/orgs", None), ("GET", "/v1/rules", None),
           ("GET", "/v1/settings", None), ("PUT", "/v1/settings", {"role": "staff"}),
           ("POST", "/v1/audit", AUDIT), ("GET", "/v1/audit", None), ("DELETE", "/v1/audit", None),
           ("GET", "/v1/openapi.json", None), ("GET", "/v1/nothing", None), ("GET", "/", None)]
IDS = [f"{m} {p}" for m, p, _ in GUARDED]


def error_code(r):
    assert r.headers["Content-Type"].startswith("application/json"), r.body
    return r.json()["error"]["code"]


@pytest.mark.parametrize("method, path, body", GUARDED, ids=IDS)
def test_no_token_is_refused_everywhere_but_health(live_server, method, path, body):
    r = live_server.request(method, path, body=body, token=NO_TOKEN)
    assert r.status == 401 and error_code(r) == "missing_token"
    assert r.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("method, path, body", GUARDED, ids=IDS)
def test_wrong_token_is_refused_everywhere(live_server, method, path, body):
    wrong = live_server.token[:-1] + ("A" if live_server.token[-1] != "A" else "B")
    r = live_server.request(method, path, body=body, token=wrong)
    assert r.status == 401 and error_code(r) == "invalid_token"


@pytest.mark.parametrize("header", ["Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "bearer x y", "Token abc", ""])
def test_malformed_authorization_is_refused(live_server, header):
    r = live_server.request("GET", "/v1/orgs", headers={"Authorization": header}, token=NO_TOKEN)
    assert r.status == 401 and error_code(r) == "invalid_token"


def test_health_needs_no_token_and_the_right_token_is_served(live_server):
    assert live_server.request("GET", "/v1/health", token=NO_TOKEN).status == 200
    r = live_server.request("POST", "/v1/check", body=CHECK)
    assert r.status == 200 and r.json()["verdict"] == "warning"


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8377", "127.0.0.1.nip.io", "localhost.evil.example",
                                  "192.168.1.10:8377", "[::2]:8377", "", "0.0.0.0"])
def test_foreign_host_is_refused_even_with_the_token(live_server, host):
    """DNS rebinding: a page on evil.example rebound to 127.0.0.1 still sends Host: evil.example."""
    for method, path, body in [("GET", "/v1/health", None), ("POST", "/v1/check", CHECK)]:
        r = live_server.request(method, path, body=body, headers={"Host": host})
        assert r.status == 403 and error_code(r) == "forbidden_host"


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "LOCALHOST:8377", "localhost.", "[::1]:8377"])
def test_loopback_host_names_are_served(live_server, host):
    r = live_server.request("POST", "/v1/check", body=CHECK, headers={"Host": host})
    assert r.status == 200


@pytest.mark.parametrize("origin", ["https://evil.example", "http://127.0.0.1:8377", "null",
                                    "chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                                    CHROMIUM + ".evil.example", "moz-extension://not-a-uuid", "file://"])
def test_foreign_origin_is_refused_not_merely_left_without_cors(live_server, origin):
    for method, path, body in [("GET", "/v1/health", None), ("POST", "/v1/check", CHECK), ("GET", "/v1/settings", None)]:
        r = live_server.request(method, path, body=body, headers={"Origin": origin})
        assert r.status == 403 and error_code(r) == "forbidden_origin"
        assert "Access-Control-Allow-Origin" not in r.headers


def test_foreign_preflight_is_refused(live_server):
    r = live_server.request("OPTIONS", "/v1/check", token=NO_TOKEN,
                            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
    assert r.status == 403 and error_code(r) == "forbidden_origin"


@pytest.mark.parametrize("origin", [CHROMIUM, FIREFOX], ids=["chromium", "firefox"])
def test_the_extension_with_the_token_is_served_with_cors(live_server, origin):
    r = live_server.request("POST", "/v1/check", body=CHECK, headers={"Origin": origin})
    assert r.status == 200 and r.json()["verdict"] == "warning"
    assert r.headers["Access-Control-Allow-Origin"] == origin
    r = live_server.request("OPTIONS", "/v1/check", token=NO_TOKEN, headers={
        "Origin": origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type"})
    assert r.status == 200 and r.headers["Access-Control-Allow-Origin"] == origin
    assert "authorization" in r.headers["Access-Control-Allow-Headers"].lower()


@pytest.mark.parametrize("origin", [CHROMIUM, FIREFOX], ids=["chromium", "firefox"])
def test_the_extension_without_the_token_gets_health_only(live_server, origin):
    assert live_server.request("GET", "/v1/health", headers={"Origin": origin}, token=NO_TOKEN).status == 200
    r = live_server.request("POST", "/v1/check", body=CHECK, headers={"Origin": origin}, token=NO_TOKEN)
    assert r.status == 401 and error_code(r) == "missing_token"


def test_refusals_are_counted_by_kind(live_server):
    before = live_server.app.extensions["thinktwice"]["refusals"].snapshot()
    live_server.request("GET", "/v1/orgs", token=NO_TOKEN)
    live_server.request("GET", "/v1/orgs", headers={"Host": "evil.example"})
    after = live_server.app.extensions["thinktwice"]["refusals"].snapshot()
    assert after["missing_token"] == before.get("missing_token", 0) + 1
    assert after["forbidden_host"] == before.get("forbidden_host", 0) + 1


# -- the token itself ------------------------------------------------------------------------------
def test_token_is_made_once_owner_only_and_kept_across_restarts(tmp_path):
    first = load_or_create_token(tmp_path)
    path = token_path(tmp_path)
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", first)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_token(tmp_path) == first
    os.chmod(path, 0o644)
    assert load_or_create_token(tmp_path) == first
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("content", ["", "short", "x" * 200, "not a token at all!\n"])
def test_a_malformed_token_file_is_replaced(tmp_path, content):
    token_path(tmp_path).write_text(content)
    token = load_or_create_token(tmp_path)
    assert token != content.strip() and token_path(tmp_path).read_text().strip() == token


def test_a_running_service_follows_a_new_token(tmp_path):
    server = LiveServer({"DATA_DIR": str(tmp_path)})
    try:
        old = server.token
        r = subprocess.run([sys.executable, "-m", "thinktwice", "token", "--new", "--data-dir", str(tmp_path)],
                           capture_output=True, text=True, timeout=60)
        new = r.stdout.strip()
        assert r.returncode == 0 and new != old and Pairing(tmp_path).token == new
        assert server.request("GET", "/v1/orgs", token=old).status == 401
        assert server.request("GET", "/v1/orgs", token=new).status == 200
    finally:
        server.stop()


def test_token_command_prints_the_services_token(tmp_path):
    server = LiveServer({"DATA_DIR": str(tmp_path)})
    server.stop()
    r = subprocess.run([sys.executable, "-m", "thinktwice", "token", "--data-dir", str(tmp_path)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == server.token


# -- binding -----------------------------------------------------------------------------------------
def _listening_url(proc) -> str:
    line = proc.stdout.readline()
    match = re.search(r"listening on (http://\S+?:\d+)", line)
    assert match, line
    return match.group(1)


def test_serve_refuses_other_hosts_without_the_flag(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "thinktwice", "serve", "--host", "0.0.0.0", "--data-dir",
                           str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "--allow-remote" in proc.stderr


def test_serve_with_allow_remote_warns_and_answers_that_host_name(tmp_path):
    """127.0.0.2 stands in for a network address: it is not a loopback *name*, and traffic stays local."""
    import urllib.request
    proc = subprocess.Popen([sys.executable, "-m", "thinktwice", "serve", "--host", "127.0.0.2", "--allow-remote",
                             "--port", "0", "--data-dir", str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert "WARNING" in proc.stderr.readline()
        url = _listening_url(proc)
        token = token_path(tmp_path).read_text().strip()
        req = urllib.request.Request(url + "/v1/orgs", headers={"Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert resp.status == 200
    finally:
        proc.kill()
        proc.wait(timeout=10)


# -- the time budget ----------------------------------------------------------------------------------
def test_a_catastrophic_pattern_cannot_hang_a_check(tmp_path):
    """A pack whose promo-code rule backtracks exponentially: the check answers 503 check_timeout naming
    the rule, and the service goes on answering. Run in its own process so a regression cannot hang pytest."""
    import json
    import urllib.error
    import urllib.request
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "rules", pack)
    conduct = pack / "detectors" / "commercial.toml"
    text = conduct.read_text()
    old = re.search(r"(id = \"commercial.promo-code\"\ncategory = \"commercial\"\n(?:requires_anywhere = .*\n)?regex = )'''.*?'''",
                    text)
    conduct.write_text(text.replace(old.group(0), old.group(1) + "'''(?P<hit>(?:a|aa)+$)'''"))
    env = {**os.environ, "THINKTWICE_CHECK_BUDGET_MS": "300"}
    proc = subprocess.Popen([sys.executable, "-m", "thinktwice", "--rules-dir", str(pack), "serve", "--port", "0",
                             "--data-dir", str(tmp_path / "data")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        url = _listening_url(proc)
        headers = {"Authorization": "Bearer " + token_path(tmp_path / "data").read_text().strip(),
                   "Content-Type": "application/json"}

        def check(text):
            body = json.dumps({"text": text, "context": {"org": "lancaster-su", "account": "official"}}).encode()
            req = urllib.request.Request(url + "/v1/check", data=body, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(req, timeout=60) as resp:
                    return resp.status, json.loads(resp.read())
            except urllib.error.HTTPError as err:
                return err.code, json.loads(err.read())

        started = time.monotonic()
        status, answer = check("code " + "a" * 5000 + "!")     # "code" opens the rule's gate
        print(f"catastrophic pattern stopped after {time.monotonic() - started:.2f} s (budget 0.3 s)")
        assert status == 503 and answer["error"]["code"] == "check_timeout"
        assert "commercial.promo-code" in answer["error"]["message"]
        status, answer = check("Vote Labour on 4 July!")
        assert status == 200 and answer["verdict"] == "warning"
    finally:
        proc.kill()
        proc.wait(timeout=10)
