"""When the checker cannot answer, typing shows one unobtrusive pill, and pressing Post says so
("Not checked: ... — post anyway?") instead of letting the post through unchecked; a wrong pairing
token and a stalled service are reported as such, and a stalled request is not retried in a pile."""

import socket
import threading
import time

import pytest

from e2e_servers import start_service
from e2e_helpers import BREACHING_POST, DIALOG, OFFLINE, activity, type_into, wait_for_highlight

pytestmark = pytest.mark.e2e

POST = '[data-testid="tweetButtonInline"]'


@pytest.fixture()
def own_service(tmp_path):
    served = start_service(tmp_path)
    yield served
    if served.thread.is_alive():
        served.stop()


class StalledService:
    """Accepts connections on 127.0.0.1, reads what is sent, never answers (a trickling or hung
    service). Counts the checks asked of it."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.connections = []
        self.received = b""
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections.append(conn)
            threading.Thread(target=self._read, args=(conn,), daemon=True).start()

    def _read(self, conn):
        while True:
            try:
                data = conn.recv(65536)
            except OSError:
                return
            if not data:
                return
            with self.lock:
                self.received += data

    def checks(self):
        with self.lock:
            return self.received.count(b"POST /v1/check")

    def stop(self):
        self.sock.close()
        for conn in self.connections:
            conn.close()


@pytest.fixture()
def stalled():
    served = StalledService()
    yield served
    served.stop()


def test_stopped_service_shows_offline_pill_and_post_asks_before_sending_unchecked(ext, page, ui, own_service, artifacts):
    ext.configure(serviceUrl=own_service.url, token=own_service.token)
    page.goto(page.site_url("x"))
    type_into(page, "#compose", BREACHING_POST)
    wait_for_highlight(page)
    assert ui.count(OFFLINE) == 0

    own_service.stop()
    page.keyboard.type(" tomorrow", delay=10)
    ui.wait_for(OFFLINE)
    assert ui.text(OFFLINE) == "ThinkTwice: checker offline"
    assert "thinktwice setup" in ui.attr(OFFLINE, "title")  # how to have it started
    assert ext.badge() == "off"
    # No native host in this profile: the toolbar button says the one command to run.
    assert ext.evaluate_in_extension("() => chrome.action.getTitle({})") == (
        "ThinkTwice: checker offline. Run thinktwice setup once on this computer.")
    assert ui.count(DIALOG) == 0  # while typing, only the pill

    page.click(POST)
    ui.wait_for(DIALOG)
    assert ui.text(f"{DIALOG} h2") == "Not checked: the checker is offline — post anyway?"
    assert ui.texts(f"{DIALOG} [data-choice]") == ["Post anyway", "Edit"]
    assert activity(page) == []  # nothing went through unchecked
    page.screenshot(path=str(artifacts / "not-checked-dialog.png"))

    ui.click('[data-choice="post"]')
    page.wait_for_function("() => window.siteActivity.length === 1")
    time.sleep(0.5)
    assert activity(page) == [{"kind": "post", "text": BREACHING_POST + " tomorrow"}]  # exactly once
    assert ui.count(DIALOG) == 0
    assert ui.count(OFFLINE) == 1  # one pill, however many checks failed


def test_offline_at_post_then_edit_sends_nothing(ext, page, ui, own_service):
    ext.configure(serviceUrl=own_service.url, token=own_service.token)
    own_service.stop()
    page.goto(page.site_url("x"))
    type_into(page, "#compose", BREACHING_POST)
    page.click(POST)
    ui.click('[data-choice="edit"]')
    ui.wait_gone(DIALOG)
    assert activity(page) == []
    assert page.evaluate("() => document.activeElement.id") == "compose"


def test_a_wrong_pairing_token_is_reported_and_post_asks(ext, page, ui, service):
    if not service.token:
        pytest.skip("this service build does not ask for pairing yet")
    ext.configure(token="not-the-token")
    page.goto(page.site_url("x"))
    type_into(page, "#compose", BREACHING_POST)
    ui.wait_for(OFFLINE)
    assert ui.text(OFFLINE) == "ThinkTwice: not paired with the checker"
    page.click(POST)
    ui.wait_for(DIALOG)
    assert ui.text(f"{DIALOG} h2") == "Not checked: ThinkTwice is not paired with the checker — post anyway?"
    assert activity(page) == []


def test_a_stalled_service_times_out_is_reported_and_is_not_retried(ext, page, ui, stalled):
    ext.configure(serviceUrl=stalled.url)
    page.goto(page.site_url("x"))
    type_into(page, "#compose", BREACHING_POST)
    ui.wait_for(OFFLINE, timeout=15)
    assert ui.text(OFFLINE) == "ThinkTwice: checker not answering"
    assert stalled.checks() == 1

    started = time.monotonic()
    page.click(POST)
    ui.wait_for(DIALOG, timeout=15)
    waited = time.monotonic() - started
    assert ui.text(f"{DIALOG} h2") == "Not checked: the checker did not answer in time — post anyway?"
    assert 3 < waited < 9, waited  # the worker's 4 s limit, not the content script's backstop
    assert activity(page) == []
    time.sleep(2)
    assert stalled.checks() == 2  # one while typing, one for Post: nothing retried behind them
    ui.click('[data-choice="post"]')
    page.wait_for_function("() => window.siteActivity.length === 1")
