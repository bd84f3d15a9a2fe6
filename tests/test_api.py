"""The HTTP API on the real service (waitress, a real port, real tinydb files)."""
import json

import pytest

LANCS = {"org": "lancaster-su", "role": "volunteer", "account": "official"}


def post_check(server, body, **kw):
    return server.request("POST", "/v1/check", body=body, **kw)


def test_health(live_server):
    r = live_server.request("GET", "/v1/health")
    assert r.status == 200
    assert r.json()["status"] == "ok" and r.json()["rules_version"]


def test_check_answers_the_documented_shape(live_server):
    r = post_check(live_server, {"text": "Vote Labour on 4 July - our society is behind them 100%",
                                 "action": "post", "context": LANCS})
    assert r.status == 200
    answer = r.json()
    assert answer["verdict"] == "warning"
    w = answer["warnings"][0]
    assert w["category"] == "political" and w["clause"]["policy"] == "lancaster-su"
    assert any(s["text"] == "Vote Labour" and s["start"] == 0 for s in w["spans"])
    assert isinstance(answer["elapsed_ms"], float)


def test_same_post_differs_by_organisation(live_server):
    body = {"text": "Vote Labour on 4 July!", "context": dict(LANCS)}
    assert post_check(live_server, body).json()["verdict"] == "warning"
    body["context"]["org"] = "chester-su"
    assert post_check(live_server, body).json()["verdict"] == "ok"


def test_orgs_lists_profiles_with_roles_accounts_and_clauses(live_server):
    orgs = {o["id"]: o for o in live_server.request("GET", "/v1/orgs").json()["orgs"]}
    assert set(orgs) == {"lancaster-su", "leicester-su", "chester-su", "lancaster-university"}
    lancs = orgs["lancaster-su"]
    assert "volunteer" in lancs["roles"] and lancs["accounts"] == ["official", "personal"]
    assert any(c["ref"] == "6.3" for c in lancs["clauses"])
    assert "political" not in orgs["chester-su"]["categories"]


def test_rules_lists_the_installed_pack(live_server):
    rules = live_server.request("GET", "/v1/rules").json()
    assert rules["installed"]["version"]
    assert any(r["id"] == "political.party" for r in rules["rules"])


def test_openapi_document_is_served_and_names_every_path(live_server):
    spec = live_server.request("GET", "/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert {"/v1/check", "/v1/health", "/v1/orgs", "/v1/rules", "/v1/settings"} <= set(spec["paths"])


def test_settings_are_stored_in_tinydb_and_used_as_defaults(live_server, tmp_path):
    r = live_server.request("PUT", "/v1/settings", body={"org": "lancaster-su", "role": "staff",
                                                          "account": "official"})
    assert r.status == 200 and r.json()["settings"]["org"] == "lancaster-su"
    stored = json.loads((live_server.app.config["DATA_DIR"] and
                         open(f"{live_server.app.config['DATA_DIR']}/settings.json").read()))
    assert stored["settings"]["1"]["role"] == "staff"
    answer = post_check(live_server, {"text": "Vote Labour!"}).json()
    assert answer["verdict"] == "warning"
    live_server.request("PUT", "/v1/settings", body={"org": None, "role": None, "account": None})


BAD_BODIES = [
    ({"text": 5, "context": LANCS}, 400, "invalid_type"),
    ({"context": LANCS}, 400, "missing_field"),
    ({"text": "", "context": LANCS}, 400, "empty_text"),
    ({"text": "x" * 20001, "context": LANCS}, 413, "text_too_long"),
    ({"text": "hi", "action": "poke", "context": LANCS}, 400, "unknown_action"),
    ({"text": "hi", "context": {**LANCS, "org": "oxford-su"}}, 400, "unknown_org"),
    ({"text": "hi", "context": {**LANCS, "role": "vice-chancellor"}}, 400, "unknown_role"),
    ({"text": "hi", "context": {**LANCS, "account": 7}}, 400, "invalid_type"),
    ({"text": "hi", "context": [1, 2]}, 400, "invalid_type"),
    ({"text": "hi", "replying_to": {"a": 1}, "context": LANCS}, 400, "invalid_type"),
    ([1, 2, 3], 400, "invalid_body"),
    ("just a string", 400, "invalid_body"),
]


@pytest.mark.parametrize("body, status, code", BAD_BODIES, ids=[c for _, _, c in BAD_BODIES])
def test_bad_input_gets_a_json_4xx_naming_the_problem(live_server, body, status, code):
    r = post_check(live_server, body)
    assert r.status == status
    error = r.json()["error"]
    assert error["code"] == code and error["message"]


@pytest.mark.parametrize("raw, headers, status, code", [
    (b'{"text": ', {"Content-Type": "application/json"}, 400, "invalid_json"),
    (b"null", {"Content-Type": "application/json"}, 400, "invalid_body"),
    (b"\xff\xfe\x00", {"Content-Type": "application/json"}, 400, "invalid_json"),
    (b"[" * 50000 + b"]" * 50000, {"Content-Type": "application/json"}, 400, "invalid_json"),
    (b"[" * 20 + b"]" * 20, {"Content-Type": "application/json"}, 400, "too_deep"),
    (b"text=hello", {"Content-Type": "application/x-www-form-urlencoded"}, 415, "unsupported_media_type"),
    (b"x" * 300_000, {"Content-Type": "application/json"}, 413, "request_entity_too_large"),
])
def test_malformed_bodies_get_json_errors(live_server, raw, headers, status, code):
    r = live_server.request("POST", "/v1/check", raw=raw, headers=headers)
    assert r.status == status
    assert r.json()["error"]["code"] == code


def test_brackets_inside_text_are_not_nesting(live_server):
    # The depth check counts brackets first; text full of them must still be checked, not refused.
    r = post_check(live_server, {"text": "{[" * 40 + " Vote Labour", "context": {"org": "lancaster-su"}})
    assert r.status == 200 and "political.party-vote" in {w["rule"] for w in r.json()["warnings"]}


def test_unknown_paths_and_methods_are_json_errors(live_server):
    r = live_server.request("GET", "/v1/nothing")
    assert r.status == 404 and r.json()["error"]["code"] == "not_found"
    r = live_server.request("GET", "/v1/check")
    assert r.status == 405 and r.json()["error"]["code"] == "method_not_allowed"


def test_bad_settings_are_refused(live_server):
    r = live_server.request("PUT", "/v1/settings", body={"org": "atlantis-su"})
    assert r.status == 400 and r.json()["error"]["code"] == "unknown_org"
    r = live_server.request("PUT", "/v1/settings", body={"colour": "red"})
    assert r.status == 400 and r.json()["error"]["code"] == "unknown_field"


def test_extension_origin_gets_cors_and_a_web_page_does_not(live_server):
    ext = "chrome-extension://hcpffppaihcnhpaiegjfgegmmoeahmab"     # fixed by the manifest key
    r = live_server.request("GET", "/v1/health", headers={"Origin": ext})
    assert r.status == 200 and r.headers.get("Access-Control-Allow-Origin") == ext
    r = live_server.request("GET", "/v1/health", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in r.headers
    assert r.status == 403 and r.json()["error"]["code"] == "forbidden_origin"


def test_check_body_is_compact_json_of_the_answer(live_server):
    # The answer's JSON is put together from remembered pieces (web/answer_json.py): it must read back
    # to the same answer and be written exactly as json.dumps would write it.
    for text in ["Vote Labour, ring Tom on 07911 123456 #ToriesOut 😀", "Vote Labour \"now\" \\ é", "Welcome week!"]:
        r = post_check(live_server, {"text": text, "context": LANCS})
        assert r.status == 200
        assert r.body.decode() == json.dumps(r.json(), separators=(",", ":"))
