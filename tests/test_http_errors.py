"""Every error is JSON, waitress's own answers included, sent over raw sockets to the real server.

waitress answers some requests before the app sees them: a body over its 1 MiB limit (413), headers
over 16 KiB (431), a request line or header it cannot parse (400), a transfer coding it does not
implement (501), a failure outside the app (500). Each used to be text/plain; now each is the API's
{"error": {"code", "message"}}. Also: no static route (a /static/ path is a JSON 404).
"""
from __future__ import annotations

import json
import socket
import threading

import pytest
from helpers import NO_TOKEN
from waitress.wasyncore import close_all

from thinktwice.web.serving import BODY_LIMIT, make_server

HOST = b"Host: 127.0.0.1\r\n"


def raw(port: int, data: bytes) -> tuple[bytes, dict, dict]:
    """Send `data` as is on a new connection; (status line, headers, JSON body) of the answer."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    answer = b""
    try:
        sock.sendall(data)
    except (BrokenPipeError, ConnectionResetError):
        pass                                  # refused before all of it was sent: the answer is waiting
    try:
        while chunk := sock.recv(65536):
            answer += chunk
            head, sep, body = answer.partition(b"\r\n\r\n")
            length = [int(line.split(b":")[1]) for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:")]
            if sep and length and len(body) >= length[0]:
                break
    except ConnectionResetError:
        pass                                  # waitress closes at once after an error; the answer came first
    finally:
        sock.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return status, headers, json.loads(body)


CASES = {
    "body over the server's limit": (b"POST /v1/check HTTP/1.1\r\n" + HOST + b"Content-Type: application/json\r\n"
                                     + f"Content-Length: {BODY_LIMIT + 1}\r\n\r\n".encode(), 413,
                                     "request_entity_too_large"),
    "chunked body over the server's limit": (b"POST /v1/check HTTP/1.1\r\n" + HOST + b"Transfer-Encoding: chunked\r\n\r\n"
                                             + (b"10000\r\n" + b"a" * 0x10000 + b"\r\n") * (BODY_LIMIT // 0x10000 + 1),
                                             413, "request_entity_too_large"),
    "bad request line": (b"GARBAGE\r\n\r\n", 400, "bad_request"),
    "control character in the method": (b"G\x01T /v1/health HTTP/1.1\r\n" + HOST + b"\r\n", 400, "bad_request"),
    "malformed header": (b"GET /v1/health HTTP/1.1\r\n" + HOST + b"no colon here\r\n\r\n", 400, "bad_request"),
    "bad Content-Length": (b"POST /v1/check HTTP/1.1\r\n" + HOST + b"Content-Length: ten\r\n\r\n", 400,
                           "bad_request"),
    "bad chunk size": (b"POST /v1/check HTTP/1.1\r\n" + HOST + b"Transfer-Encoding: chunked\r\n\r\nzz\r\n", 400,
                       "bad_request"),
    "headers over 16 KiB": (b"GET /v1/health HTTP/1.1\r\n" + HOST + b"X-Padding: " + b"a" * 20_000 + b"\r\n\r\n",
                            431, "request_header_fields_too_large"),
    "unsupported transfer coding": (b"POST /v1/check HTTP/1.1\r\n" + HOST + b"Transfer-Encoding: gzip\r\n\r\n",
                                    501, "not_implemented"),
}


@pytest.mark.parametrize("request_bytes, status, code", CASES.values(), ids=CASES.keys())
def test_waitress_refusals_are_json(live_server, request_bytes, status, code):
    line, headers, body = raw(live_server.server.effective_port, request_bytes)
    assert line.split()[1] == str(status), line
    assert headers["content-type"] == "application/json"
    assert body["error"]["code"] == code and body["error"]["message"]
    assert '"' not in body["error"]["message"]            # names the problem without quoting the request
    assert live_server.request("GET", "/v1/health").status == 200


def test_a_failure_outside_the_app_is_a_json_500():
    def broken(environ, start_response):
        raise RuntimeError("a bug below Flask")

    sockets: dict = {}
    server = make_server(broken, port=0, map=sockets)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        line, headers, body = raw(server.effective_port, b"GET /v1/health HTTP/1.1\r\n" + HOST + b"\r\n")
        assert line.split()[1] == "500" and headers["content-type"] == "application/json"
        assert body == {"error": {"code": "internal_error", "message": "the checker failed on this request"}}
    finally:
        close_all(sockets)
        server.task_dispatcher.shutdown()
        thread.join(timeout=5)


def test_a_body_between_the_apps_limit_and_waitresss_is_refused_by_the_app(live_server):
    r = live_server.request("POST", "/v1/check", raw=b"x" * (300 * 1024), headers={"Content-Type": "application/json"})
    assert r.status == 413 and r.json()["error"]["code"] == "request_entity_too_large"


@pytest.mark.parametrize("path", ["/static/admin.html", "/static/admin.js", "/static/admin.css", "/static/"])
def test_there_is_no_static_route(live_server, path):
    """/static/admin.html used to be served without the admin page's Content-Security-Policy."""
    r = live_server.request("GET", path)
    assert r.status == 404 and r.headers["Content-Type"] == "application/json"
    assert r.json()["error"]["code"] == "not_found"
    assert live_server.request("GET", path, token=NO_TOKEN).status == 401
    assert "static" not in {rule.endpoint for rule in live_server.app.url_map.iter_rules()}
