"""Issue 14 (hardening), in a real Chromium with the real service: each way the red team found for
a page to load the checker, read or drive ThinkTwice's UI, or reach its token, reproduced against
the unpacked extension. (Offline and stalled checkers at Post time: test_offline_and_pairing.py.)"""

import json
import time

import pytest

from e2e_helpers import (BREACHING_POST, CARD, DIALOG, OFFENSIVE_POST, activity, ask_service, audit_entries,
                         content_script_world, type_into, wait_for_highlight)

pytestmark = pytest.mark.e2e

# The red team's page script: hidden 5,000-character textareas filled by script, the visible
# field refilled and "typed into" by script (input, keydown and paste events), every 0.7 s.
FLOOD = """() => {
  const make = (style, attrs = "") => {
    document.body.insertAdjacentHTML("beforeend", `<textarea aria-label="Write a comment" style="${style}" ${attrs}>${"Vote Labour ".repeat(400)}</textarea>`);
    return document.body.lastElementChild;
  };
  const hidden = [make("display:none"), make("", "hidden"), make("position:absolute;left:-9999px;top:0"), make("opacity:0")];
  const visible = document.getElementById("reply");
  let n = 0;
  const fill = () => {
    n += 1;
    for (const t of [...hidden, visible]) {
      t.value = `Vote Labour, call 07700 900${String(n).padStart(3, "0")} `.repeat(120).slice(0, 5000);
      t.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertText", data: "x"}));
      t.dispatchEvent(new KeyboardEvent("keydown", {key: "x", bubbles: true}));
      t.dispatchEvent(new Event("paste", {bubbles: true}));
    }
  };
  fill();
  window.flood = setInterval(fill, 700);
}"""


def test_a_page_filling_hidden_and_untouched_textareas_by_script_gets_no_check(page, service):
    page.goto(page.site_url("generic"))
    page.wait_for_timeout(500)
    before = service.checks()
    page.evaluate(FLOOD)
    page.wait_for_timeout(4000)
    page.evaluate("() => clearInterval(window.flood)")
    page.wait_for_timeout(500)
    assert service.checks() == before, "the service received checks the user never asked for"
    # The counter does count: the user typing into the visible field is checked.
    page.click("#reply")
    page.keyboard.press("Control+A")
    page.keyboard.type("You are a total c*nt", delay=10)
    deadline = time.monotonic() + 10
    while service.checks() == before:
        assert time.monotonic() < deadline, "the user's own typing was not checked"
        time.sleep(0.05)


def test_the_cards_shadow_root_is_closed_and_the_page_reads_nothing_of_it(page, ui, service):
    page.goto(page.site_url("x"))
    type_into(page, "#compose", BREACHING_POST)
    wait_for_highlight(page)
    ui.wait_for(CARD)
    top = ask_service(service, BREACHING_POST)["warnings"][0]
    secrets = ["Lancaster University Students' Union", top["clause"]["title"], top["message"], top["advice"]]
    shown = ui.text(CARD)
    assert all(secret in shown for secret in secrets) and top["clause"]["ref"] in shown
    seen = page.evaluate("""() => {
        const host = document.querySelector("thinktwice-ui");
        return {shadowRoot: host.shadowRoot === null ? null : "open", inner: host.innerHTML, text: host.textContent,
                page: document.documentElement.outerHTML, focusable: host.querySelectorAll("*").length};
    }""")
    assert seen["shadowRoot"] is None
    assert seen["inner"] == "" and seen["text"] == "" and seen["focusable"] == 0
    for secret in secrets:
        assert secret not in seen["page"], secret


def test_a_scripted_click_on_like_anyway_does_nothing_and_a_real_click_likes_once(page, ui, service):
    page.goto(page.site_url("x"))
    page.click('#offensive-tweet [data-testid="like"]')
    ui.wait_for(DIALOG)
    before = len(audit_entries(service))
    # Stronger than any page can do (it cannot reach the button at all): a script in the page's
    # own world holding the button clicks it, dispatches a click and presses Enter and Escape.
    ui.script_click('[data-choice="go"]')
    ui.call("""function () {
        const go = this.querySelector('[data-choice="go"]');
        for (const key of ["Enter", "Escape"]) go.dispatchEvent(new KeyboardEvent("keydown", {key, bubbles: true, composed: true}));
    }""")
    page.evaluate("() => document.querySelector('thinktwice-ui').click()")
    time.sleep(0.7)
    assert ui.count(DIALOG) == 1, "the dialog is still asking"
    assert activity(page) == []
    assert page.locator('#offensive-tweet [data-testid="like"]').count() == 1
    assert len(audit_entries(service)) == before, "nothing was recorded"

    ui.click('[data-choice="go"]')  # the user's own click
    page.wait_for_function("() => window.siteActivity.length === 1")
    time.sleep(0.3)
    assert activity(page) == [{"kind": "like", "text": OFFENSIVE_POST}]
    deadline = time.monotonic() + 5
    while len(audit_entries(service)) == before:
        assert time.monotonic() < deadline, "the user's decision was not recorded"
        time.sleep(0.05)
    entries = audit_entries(service)
    assert len(entries) == before + 1 and entries[-1]["action"] == "like" and entries[-1]["outcome"] == "went_ahead"


def test_a_page_clicking_its_own_like_by_script_gets_no_check_no_dialog_no_record(page, ui, service):
    page.goto(page.site_url("x"))
    page.wait_for_timeout(500)
    checks, records = service.checks(), len(audit_entries(service))
    page.evaluate("() => document.querySelector('#offensive-tweet [data-testid=\"like\"]').click()")
    time.sleep(0.7)
    assert ui.count(DIALOG) == 0
    assert service.checks() == checks
    assert len(audit_entries(service)) == records
    assert activity(page) == [{"kind": "like", "text": OFFENSIVE_POST}]  # what the page does itself


def test_the_content_script_cannot_reach_the_token(page, ext, service):
    if not service.token:
        pytest.skip("this service build does not ask for pairing")
    page.goto(page.site_url("x"))
    page.wait_for_timeout(500)
    evaluate = content_script_world(page)
    assert evaluate("typeof ThinkTwice.service.check") == "function"  # this is ThinkTwice's world
    # Storage holds the token: closed to content scripts.
    storage = evaluate("chrome.storage.local.get(null).then(v => JSON.stringify(v), e => 'refused: ' + e.message)")
    assert storage.startswith("refused"), storage
    # The worker refuses what only its own pages may ask, and tells a content script only which sites to watch.
    for message in ({"type": "settings"}, {"type": "status"}, {"type": "history"}, {"type": "orgs"},
                    {"type": "pause", "length": "hour"}, {"type": "switchSite", "site": "x.com", "off": True},
                    {"type": "saveSettings", "changes": {"serviceUrl": "http://127.0.0.1:1", "org": "chester-su"}}):
        reply = evaluate(f"chrome.runtime.sendMessage({json.dumps(message)})")
        assert reply == {"ok": False, "refused": True, "error": "refused"}, (message, reply)
    settings = evaluate("chrome.runtime.sendMessage({type: 'contentSettings'})")
    assert settings["ok"] and sorted(settings["settings"]) == ["paused", "siteHosts", "sites"]
    assert settings["settings"]["paused"] is None
    check = evaluate("chrome.runtime.sendMessage({type: 'check', request: {text: 'Vote Labour', action: 'post', site: 'x'}})")
    assert check["ok"] is True  # the worker added the token itself
    everything = json.dumps([settings, check])
    assert service.token not in everything and service.url not in everything
    stored = ext.evaluate_in_extension("() => chrome.storage.local.get('settings').then(r => r.settings)")
    assert stored["org"] == "lancaster-su" and stored["serviceUrl"] == service.url  # nothing was changed
