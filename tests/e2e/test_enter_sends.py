"""Enter sends (issue 16): where a site sends a comment or a message on a plain Enter, Enter with a
breaching text asks exactly once, like the Post button. "Post anyway" sends exactly once with
exactly the text, through the site's own Post control where there is one, else through the same
key press the editor accepts; "Edit" sends nothing; Shift+Enter is a new line and never asks.

Real pages (tests/e2e/editors/): Facebook's comment box in Lexical (Enter through Lexical's own
KEY_ENTER_COMMAND, no Send button), Instagram's comment textarea (the page's keydown handler, and a
Post button), and a generic Messenger-style chat textarea that says Enter sends (enterkeyhint="send",
no button)."""

import subprocess
import time

import pytest

from e2e_helpers import DIALOG
from e2e_servers import Served
from test_real_editors import BREACH, EDITORS, ROOT, build_needed, no_second_dialog, static_editors, wait_for_marks

pytestmark = pytest.mark.e2e

# case -> (site, page, field, editor key)
CASES = {
    "facebook-lexical-comment": ("facebook", "facebook-comments.html", "#comment", "comment"),
    "instagram-textarea-comment": ("instagram", "instagram-comments.html", "#comment", "comment"),
    "generic-textarea-chat": ("generic", "chat-textarea.html", "#chat", "chat"),
}
SITES = sorted({c[0] for c in CASES.values()})


@pytest.fixture(scope="module")
def enter_sites():
    if build_needed():
        subprocess.run(["node", str(EDITORS / "build.mjs")], check=True, cwd=ROOT)
    servers = {site: Served(static_editors) for site in SITES}
    yield servers
    for s in servers.values():
        s.stop()


def open_case(page, ext, enter_sites, case):
    site, html, field, key = CASES[case]
    hosts = [{"site": s, "host": f"127.0.0.1:{srv.port}"} for s, srv in enter_sites.items() if s != "generic"]
    ext.configure(siteHosts=hosts, officialAccounts=[{"site": s, "handle": "*"} for s in SITES])
    page.goto(f"{enter_sites[site].url}/{html}")
    page.wait_for_function("() => window.editors && Object.keys(window.editors).length > 0")
    return field, key


def sent(page):
    return [s["text"] for s in page.evaluate("() => window.sent")]


def type_breach(page, ui, field):
    page.click(field)
    page.keyboard.type(BREACH, delay=10)
    # On 127.0.0.1 the site is known only once the settings arrive; a plain Enter before then is
    # left to the page (which fields send on Enter depends on the site's adapter).
    assert wait_for_marks(page, ui, field) == ["Vote Labour"]


def press_enter_and_expect_one_dialog(page, ui):
    page.keyboard.press("Enter")
    ui.wait_for(DIALOG)
    time.sleep(0.3)
    assert ui.count(DIALOG) == 1
    assert sent(page) == []  # the page's own handler has not run


@pytest.mark.parametrize("case", sorted(CASES))
def test_enter_asks_once_and_going_ahead_sends_exactly_once(page, ext, ui, enter_sites, case):
    field, key = open_case(page, ext, enter_sites, case)
    type_breach(page, ui, field)
    press_enter_and_expect_one_dialog(page, ui)
    ui.click('[data-choice="post"]')
    page.wait_for_function("() => window.sent.length > 0", timeout=5000)
    no_second_dialog(ui)
    assert sent(page) == [BREACH]
    assert page.evaluate("key => window.editors[key].text()", key) == ""  # the page cleared its box


@pytest.mark.parametrize("case", sorted(CASES))
def test_enter_then_edit_sends_nothing(page, ext, ui, enter_sites, case):
    field, key = open_case(page, ext, enter_sites, case)
    type_breach(page, ui, field)
    press_enter_and_expect_one_dialog(page, ui)
    ui.click('[data-choice="edit"]')
    time.sleep(1.0)
    assert sent(page) == []
    assert ui.count(DIALOG) == 0
    assert page.evaluate("key => window.editors[key].text()", key) == BREACH


@pytest.mark.parametrize("case", sorted(CASES))
def test_shift_enter_is_a_new_line_and_never_asks(page, ext, ui, enter_sites, case):
    field, key = open_case(page, ext, enter_sites, case)
    type_breach(page, ui, field)
    page.keyboard.press("Shift+Enter")
    time.sleep(0.8)
    assert ui.count(DIALOG) == 0
    assert sent(page) == []


def test_a_clean_comment_sends_on_enter_without_asking(page, ext, ui, enter_sites):
    field, key = open_case(page, ext, enter_sites, "facebook-lexical-comment")
    page.click(field)
    page.keyboard.type("See you there, bring a friend", delay=10)
    time.sleep(0.8)  # the check has settled
    page.keyboard.press("Enter")
    page.wait_for_function("() => window.sent.length > 0", timeout=5000)
    no_second_dialog(ui, 0.5)
    assert sent(page) == ["See you there, bring a friend"]


def test_enter_pressed_at_once_in_a_chat_is_held_and_asked_once(page, ext, ui, enter_sites):
    """Enter straight after the last key: the check has not settled (in a page just opened the
    settings may not have arrived either; a field that says Enter sends is held until they have)."""
    field, key = open_case(page, ext, enter_sites, "generic-textarea-chat")
    page.click(field)
    page.keyboard.type(BREACH, delay=10)
    press_enter_and_expect_one_dialog(page, ui)
    ui.click('[data-choice="post"]')
    page.wait_for_function("() => window.sent.length > 0", timeout=5000)
    no_second_dialog(ui)
    assert sent(page) == [BREACH]
