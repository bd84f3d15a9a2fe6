"""The options page in three steps (checker found, paired, organisation) and the popup, against the
real service in the session's Chromium, where no native helper is registered: pairing is by hand.
The four first-run stumbles of issue 15 are checked here: a running but unpaired checker is "not
paired yet", not "offline"; the token is not "Optional"; Test connection tests the token just pasted;
after Save the organisation list fills without a reload."""

import time

import pytest

from axe_check import AXE
from e2e_helpers import BREACHING_POST, CARD, DIALOG, activity, highlighted, type_into, wait_for_highlight

pytestmark = pytest.mark.e2e


def test_options_lists_organisations_and_saves(ext):
    page = ext.extension_page("options/options.html")
    try:
        page.wait_for_function("() => document.querySelectorAll('#org option').length > 2")
        orgs = page.eval_on_selector_all("#org option", "os => os.map(o => o.value).filter(Boolean)")
        assert sorted(orgs) == ["chester-su", "lancaster-su", "lancaster-university", "leicester-su"]
        assert page.input_value("#org") == "lancaster-su"
        assert page.inner_text("#summary").startswith("Checker running · paired · rules ")
        assert page.get_attribute("#summary", "class") == "ok"
        assert page.inner_text("#pairing-status") == "Paired with a token pasted by hand."
        page.select_option("#org", "leicester-su")
        page.select_option("#role", "trustee")
        page.click("#add-account")
        page.locator("#accounts tbody tr:last-child input").fill("@LeicesterSU")
        page.click("button[type=submit]")
        page.wait_for_function("() => document.getElementById('saved').textContent === 'Saved.'")
        saved = page.evaluate("() => chrome.storage.local.get('settings').then(r => r.settings)")
        assert saved["org"] == "leicester-su"
        assert saved["role"] == "trustee"
        assert {"site": "x", "handle": "@LeicesterSU"} in saved["officialAccounts"]
        assert saved["token"] == ext.service.token  # kept, not wiped by the form
        page.wait_for_function("() => document.getElementById('summary').className === 'ok'")
        assert page.locator("[data-lock]:visible").count() == 0
    finally:
        page.close()


def test_first_run_by_hand_unpaired_is_not_offline_test_uses_the_pasted_token_and_save_fills_the_list(ext, artifacts):
    ext.configure(token="", org="")
    page = ext.extension_page("options/options.html")
    try:
        page.wait_for_function("() => document.getElementById('summary').textContent.includes('not paired yet')")
        summary = page.inner_text("#summary")
        assert summary.startswith("Checker running · not paired yet")
        assert "offline" not in summary.lower()
        assert page.get_attribute("#summary", "class") == "warn"  # amber, not red
        assert page.get_attribute("#checker-status", "class") == "ok"  # step 1 is done: it runs
        # No helper is registered in this profile: the one command to run, and pairing by hand meanwhile.
        assert page.is_visible("#setup-help")
        assert page.inner_text("#setup-command") == "thinktwice setup"
        assert page.evaluate("() => document.getElementById('manual').open") is True
        assert "optional" not in page.inner_text("#step-pairing").lower()
        assert "paired" in page.inner_text("#org-hint")
        assert page.eval_on_selector_all("#org option", "os => os.map(o => o.value).filter(Boolean)") == []

        # Test connection tests what was just pasted, without saving it.
        page.fill("#token", "not-the-token-0123456789abcdefghij")
        page.click("#test")
        page.wait_for_function("() => document.getElementById('connection').className === 'warn'")
        assert "refused this token" in page.inner_text("#connection")
        page.fill("#token", ext.service.token)
        page.click("#test")
        page.wait_for_function("() => document.getElementById('connection').className === 'ok'")
        assert page.inner_text("#connection").startswith("This token works")
        saved = page.evaluate("() => chrome.storage.local.get('settings').then(r => r.settings)")
        assert saved.get("token", "") == ""
        page.screenshot(path=str(artifacts / "options-pair-by-hand.png"), full_page=True)

        # Save: paired, and the organisation list fills on the same page.
        page.click("button[type=submit]")
        page.wait_for_function("() => document.querySelectorAll('#org option').length > 2")
        assert page.inner_text("#summary").startswith("Checker running · paired · rules ")
        assert page.inner_text("#pairing-status") == "Paired with a token pasted by hand."
        assert page.is_hidden("#setup-help")
        page.select_option("#org", "lancaster-su")
        page.click("button[type=submit]")
        page.wait_for_function("() => document.getElementById('saved').textContent === 'Saved.'")
        saved = page.evaluate("() => chrome.storage.local.get('settings').then(r => r.settings)")
        assert saved["org"] == "lancaster-su" and saved["token"] == ext.service.token
    finally:
        page.close()


def test_popup_shows_connection_rules_and_last_warnings(ext, page):
    page.goto(page.site_url("x"))
    type_into(page, "#compose", BREACHING_POST)
    wait_for_highlight(page)
    popup = ext.extension_page("popup/popup.html")
    try:
        popup.wait_for_function("() => document.getElementById('status').className === 'ok'")
        assert popup.inner_text("#status").startswith("Checker running · paired · rules ")
        popup.wait_for_function("() => document.getElementById('who').textContent.includes('·')")
        assert popup.inner_text("#who") == "Lancaster University Students' Union · Staff"  # names, not ids
        history = popup.inner_text("#history")
        assert "warning" in history.lower() and "X (Twitter)" in history
    finally:
        popup.close()


def test_popup_says_how_to_start_a_stopped_checker(ext):
    ext.configure(serviceUrl="http://127.0.0.1:9")  # nothing listens there
    popup = ext.extension_page("popup/popup.html")
    try:
        popup.wait_for_function("() => document.getElementById('status').className === 'bad'")
        assert popup.inner_text("#status") == "Checker not found on this computer"
        assert "Run thinktwice setup once" in popup.inner_text("#hint")
    finally:
        popup.close()


POST = '[data-testid="tweetButtonInline"]'


def popup_over(ext, site_page):
    """The popup as it opens over site_page: opened as a tab, then site_page is brought to the front
    and the popup reloaded, so that the active tab it asks about is site_page."""
    popup = ext.extension_page("popup/popup.html")
    site_page.bring_to_front()
    popup.reload()
    popup.wait_for_function("() => document.getElementById('status').className !== ''")
    return popup


def no_highlight_after_typing(page, text):
    page.click("#compose")
    page.keyboard.press("Control+A")
    page.keyboard.press("Backspace")
    page.keyboard.type(text, delay=10)
    page.wait_for_timeout(1500)  # five times the debounce, and more than a check takes here
    assert highlighted(page) == []


def posted_without_asking(page, ui, text):
    page.click(POST)
    page.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(page) == [{"kind": "post", "text": text}]
    assert ui.count(DIALOG) == 0


def test_pausing_for_an_hour_silences_every_site_until_resumed(ext, page, ui):
    page.goto(page.site_url("x"))
    popup = popup_over(ext, page)
    try:
        assert popup.inner_text("#pause-state") == "Checking what you post on every site."
        popup.click("#pause-hour")
        popup.wait_for_function("() => !document.getElementById('resume-row').hidden")
        assert popup.inner_text("#pause-state").startswith("Paused everywhere until ")
        assert popup.is_hidden("#pause-row")
        saved = popup.evaluate("() => chrome.storage.local.get('settings').then(r => r.settings.pausedUntil)")
        assert 3590_000 < saved - popup.evaluate("() => Date.now()") <= 3600_000
        alarm = popup.evaluate("() => chrome.alarms.get('thinktwice-resume')")
        assert alarm["scheduledTime"] == saved

        page.reload()
        no_highlight_after_typing(page, BREACHING_POST)
        posted_without_asking(page, ui, BREACHING_POST)

        popup.click("#resume")
        popup.wait_for_function("() => document.getElementById('resume-row').hidden")
        assert popup.inner_text("#pause-state") == "Checking what you post on every site."
        page.reload()
        type_into(page, "#compose", BREACHING_POST)
        wait_for_highlight(page)
        page.click(POST)
        ui.wait_for(DIALOG)
        assert activity(page) == []
    finally:
        popup.close()


def test_off_on_this_site_silences_only_that_site_and_is_listed_and_undone_in_the_options(ext, page, ui):
    page.goto(page.site_url("x"))
    x_site = page.evaluate("() => location.host")
    popup = popup_over(ext, page)
    try:
        popup.wait_for_function("() => !document.getElementById('site-row').hidden")
        assert popup.inner_text("#site-name") == x_site
        popup.check("#site-off")
        popup.wait_for_function("() => document.getElementById('pause-state').textContent.startsWith('Off on')")
        assert popup.inner_text("#off-sites").startswith(x_site)

        # The open page is told at once: what is typed now is not checked, Post is not intercepted.
        no_highlight_after_typing(page, BREACHING_POST)
        posted_without_asking(page, ui, BREACHING_POST)

        # Another site is still checked.
        other = ext.context.new_page()
        try:
            other.goto(page.site_url("facebook"))
            type_into(other, "#composer", BREACHING_POST)
            wait_for_highlight(other)
        finally:
            other.close()

        # Listed in the options, and turned back on there.
        options = ext.extension_page("options/options.html")
        try:
            options.wait_for_function("() => document.querySelectorAll('#off-sites button').length === 1")
            assert options.inner_text("#off-sites").startswith(x_site)
            options.click("#off-sites button")
            options.wait_for_function("() => document.querySelectorAll('#off-sites li').length === 0")
        finally:
            options.close()
        page.reload()
        type_into(page, "#compose", BREACHING_POST)
        wait_for_highlight(page)
    finally:
        popup.close()


POLITICAL = "political.party-vote"


def test_a_rule_not_warned_about_is_listed_in_the_options_and_warns_again_once_undone(ext, page, ui):
    ext.configure(officialAccounts=[{"site": "generic", "handle": "*"}])  # party politics warns here
    page.goto(page.site_url("generic", "card.html"))
    type_into(page, "#notice", "Vote Labour on 4 July. The VC is a total idiot.")
    ignore = f'{CARD} li[data-rule="{POLITICAL}"] .tt-ignore'
    ui.wait_for(ignore)
    ui.click(ignore)  # "Don't warn me about this again", through the card and the worker
    deadline = time.monotonic() + 5
    while ui.count(f'{CARD} li[data-rule="{POLITICAL}"]'):
        assert time.monotonic() < deadline, "the ignored concern is still shown"
        time.sleep(0.05)

    options = ext.extension_page("options/options.html")
    try:
        options.wait_for_function("() => document.querySelectorAll('#ignored-rules li').length === 1")
        item = options.inner_text(f'#ignored-rules li[data-rule="{POLITICAL}"]')
        assert item.startswith("Political: party vote") and "political" in item and "{match}" not in item
        assert options.is_hidden("#no-ignored")
        assert options.get_attribute("#ignored-rules button", "aria-label") == "Warn me again about Political: party vote"
        options.click("#ignored-rules button")
        options.wait_for_function("() => document.querySelectorAll('#ignored-rules li').length === 0")
        assert options.is_visible("#no-ignored")
        stored = options.evaluate("() => chrome.storage.local.get('settings').then(r => r.settings.ignoredRules)")
        assert stored == []
    finally:
        options.close()

    # The open page is told, checks again, and the rule warns again.
    deadline = time.monotonic() + 5
    while not ui.count(f'{CARD} li[data-rule="{POLITICAL}"]'):
        assert time.monotonic() < deadline, "the rule does not warn again"
        time.sleep(0.05)


def test_a_rule_the_organisation_locks_is_listed_as_such_without_warn_me_again(ext):
    # Locked after it was ignored. A test browser has no policy to push, so lockedRules is set in the
    # user's settings, which the worker merges the same way (settings.js merge).
    ext.configure(ignoredRules=[POLITICAL], lockedRules=[POLITICAL])
    options = ext.extension_page("options/options.html")
    try:
        options.wait_for_function("() => document.querySelectorAll('#ignored-rules li').length === 1")
        assert "Always checked by your organisation" in options.inner_text("#ignored-rules li")
        assert options.locator("#ignored-rules button").count() == 0
    finally:
        options.close()


def axe_page(page):
    """axe's violations in one of the extension's own pages. Their CSP allows no inline script, so axe
    is loaded through the DevTools protocol, as a debugger would."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        cdp = page.context.new_cdp_session(page)
        cdp.send("Runtime.evaluate", {"expression": AXE.read_text()})
        cdp.detach()
    return page.evaluate("""async () => {
        const r = await axe.run(document);
        if (!r.passes.length) throw new Error("axe checked nothing");
        return r.violations.map(v => [v.id, v.impact, v.nodes.map(n => n.html)]);
    }""")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_options_and_popup_have_no_axe_violations(ext, page, scheme):
    # Rules not warned about, one of them locked: the options page lists both (one "Warn me again").
    ext.configure(ignoredRules=["personal-data.phone", "offensive.insult"], lockedRules=["offensive.insult"])
    page.goto(page.site_url("x"))
    type_into(page, "#compose", BREACHING_POST)
    wait_for_highlight(page)  # so the popup lists a warning
    for path in ("popup/popup.html", "options/options.html"):
        view = ext.context.new_page()
        try:
            view.emulate_media(color_scheme=scheme)
            view.goto(f"chrome-extension://{ext.id}/{path}")
            view.wait_for_function("() => document.getElementById('status')?.className === 'ok'"
                                   " || document.getElementById('summary')?.className === 'ok'")
            if path.startswith("popup"):
                view.wait_for_function("() => document.querySelectorAll('#history li').length > 0")
                view.click("#pause-hour")  # the paused state too: Resume and the warning colour
                view.wait_for_function("() => !document.getElementById('resume-row').hidden")
            else:
                view.wait_for_function("() => document.querySelectorAll('#ignored-rules button').length === 1")
            assert axe_page(view) == [], f"{path} ({scheme})"
        finally:
            view.close()
