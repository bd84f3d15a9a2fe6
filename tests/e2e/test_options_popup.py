"""The options page lists the service's organisations and saves choices; the popup shows
the connection, the rules version and the last warnings."""

import pytest

from e2e_helpers import BREACHING_POST, type_into, wait_for_highlight

pytestmark = pytest.mark.e2e


def test_options_lists_organisations_and_saves(ext):
    page = ext.extension_page("options/options.html")
    try:
        page.wait_for_function("() => document.querySelectorAll('#org option').length > 1")
        orgs = page.eval_on_selector_all("#org option", "os => os.map(o => o.value).filter(Boolean)")
        assert sorted(orgs) == ["chester-su", "lancaster-su", "lancaster-university", "leicester-su"]
        assert page.input_value("#org") == "lancaster-su"
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
        page.wait_for_function("() => document.getElementById('connection').className === 'ok'")
        assert page.locator("[data-lock]:visible").count() == 0
    finally:
        page.close()


def test_popup_shows_connection_rules_and_last_warnings(ext, page):
    page.goto(page.site_url("x"))
    type_into(page, "#compose", BREACHING_POST)
    wait_for_highlight(page)
    popup = ext.extension_page("popup/popup.html")
    try:
        popup.wait_for_function("() => document.getElementById('status').className === 'ok'")
        assert popup.inner_text("#status") == "Connected"
        assert popup.inner_text("#rules").startswith("Rules ")
        assert "lancaster-su" in popup.inner_text("#who")
        history = popup.inner_text("#history")
        assert "warning" in history.lower() and "X (Twitter)" in history
    finally:
        popup.close()
