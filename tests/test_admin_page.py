"""The comms-team page at /admin, in a real headless Chromium (Debian's, driven by Playwright)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import NO_TOKEN, ROOT, LiveServer
from pack_helpers import StaticSite, add_party, write_pack

from thinktwice.release import bundle, publish, signing

CHROMIUM = Path(os.environ.get("THINKTWICE_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("admin")
    keys = signing.keygen(tmp / "keys", "Test SU comms")
    site = StaticSite(tmp / "site")
    service = LiveServer({"DATA_DIR": str(tmp / "data"), "RULES_DIR": str(write_pack(tmp / "v1")),
                          "UPDATE_URL": site.url, "TRUSTED_KEYS": [str(keys[1])], "UPDATE_CHECK_AT_START": False})
    yield {"service": service, "site": site, "keys": keys, "tmp": tmp}
    service.stop()
    site.stop()


@pytest.fixture(scope="module")
def browser(playwright):
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing in CI: scripts/setup-browser-tests.sh should have installed it")
        pytest.skip(f"no Chromium at {CHROMIUM} (scripts/setup-browser-tests.sh installs it)")
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                         args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                               "--disable-component-update", "--disable-sync", "--no-first-run"])
    yield browser
    browser.close()


def admin_command(service) -> tuple[str, str]:
    """Run `thinktwice admin` for the service's data directory: (the address it prints, the one-time code)."""
    r = subprocess.run([sys.executable, "-m", "thinktwice", "admin", "--port", service.url.rsplit(":", 1)[1],
                        "--data-dir", service.app.config["DATA_DIR"]], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    match = re.search(r"Open (http://127\.0\.0\.1:\d+/admin) and type this one-time code: ([A-Z0-9]{4}-[A-Z0-9]{4})",
                      r.stdout)
    assert match, r.stdout
    assert service.token not in r.stdout
    return match.group(1), match.group(2)


@pytest.fixture
def page(browser, setup):
    context = browser.new_context()
    page = context.new_page()
    address, code = admin_command(setup["service"])
    page.goto(address)
    page.wait_for_selector("#pair:not([hidden])")
    page.fill("#pairing", code)
    page.click("#pair-form button")
    page.wait_for_selector("#main:not([hidden])")
    yield page
    context.close()


def test_paired_with_a_one_time_code_the_token_is_nowhere_but_in_memory(browser, setup):
    token = setup["service"].token
    context = browser.new_context()
    page = context.new_page()
    visited = []
    page.on("framenavigated", lambda frame: visited.append(frame.url))
    page.on("request", lambda request: visited.append(request.url))
    address, code = admin_command(setup["service"])
    page.goto(address)
    page.fill("#pairing", code)
    page.click("#pair-form button")
    page.wait_for_selector("#main:not([hidden])")
    assert visited and not [url for url in visited if token in url or "#" in url]
    stored = "JSON.stringify(Object.entries(sessionStorage)) + JSON.stringify(Object.entries(localStorage))"
    assert page.evaluate(stored) == "[][]"
    assert token not in page.content() and page.input_value("#pairing") == ""
    context.close()


def test_a_one_time_code_works_once(browser, setup):
    service = setup["service"]
    _, code = admin_command(service)
    r = service.request("POST", "/admin/session", body={"code": code.lower()}, token=NO_TOKEN)
    assert r.status == 200 and r.json() == {"token": service.token} and r.headers["Cache-Control"] == "no-store"
    r = service.request("POST", "/admin/session", body={"code": code}, token=NO_TOKEN)
    assert r.status == 403 and r.json()["error"]["code"] == "code_refused"
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{service.url}/admin")
    page.fill("#pairing", code)
    page.click("#pair-form button")
    page.locator("#error", has_text="The code was not accepted").wait_for()
    assert page.locator("#main").is_hidden()
    context.close()


def test_an_address_with_the_token_after_hash_is_not_used(browser, setup):
    """Addresses printed by older versions: the token is neither used nor left in the address bar."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{setup['service'].url}/admin#token={setup['service'].token}")
    page.wait_for_selector("#pair:not([hidden])")
    assert page.url.endswith("/admin") and page.locator("#main").is_hidden()
    context.close()


def test_another_site_cannot_load_the_pages_script_to_detect_the_service(browser, setup):
    """A page on another origin (localhost is another site than 127.0.0.1) includes /admin/admin.js: refused,
    so its load event, which would tell the page that ThinkTwice runs here, never fires."""
    probe = setup["tmp"] / "probe"
    probe.mkdir(exist_ok=True)
    (probe / "probe.html").write_text(
        f'<!doctype html><script src="{setup["service"].url}/admin/admin.js" '
        'onload="document.title=\'detected\'" onerror="document.title=\'refused\'"></script>')
    site = StaticSite(probe)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(site.url.replace("127.0.0.1", "localhost") + "probe.html")
        page.wait_for_function("document.title !== ''")
        assert page.title() == "refused"
    finally:
        context.close()
        site.stop()


def test_paste_a_post_and_see_the_warnings_with_highlighted_spans(page):
    page.fill("#text", "Proud of our team 🎉 Vote Labour on Thursday!")
    page.select_option("#org", "test-su")
    page.select_option("#role", "officer")
    page.select_option("#account", "official")
    page.select_option("#action", "post")
    page.click("#check-button")
    page.wait_for_selector("#warnings li")
    assert page.inner_text("#verdict").startswith("Verdict: warning")
    marks = page.locator("#highlighted mark.warning")
    assert marks.count() == 1 and marks.first.inner_text() == "Labour"    # UTF-16 spans after an emoji
    warning = page.inner_text("#warnings li")
    assert "4.1: Political neutrality" in warning and "Names a political party (Labour)." in warning
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "admin-check.png"), full_page=True)

    page.select_option("#account", "personal")
    page.click("#check-button")
    page.wait_for_selector("#highlighted mark.info")
    assert page.inner_text("#verdict").startswith("Verdict: info")


def test_post_text_is_shown_as_text_never_as_markup(page):
    page.fill("#text", '<img src=x onerror="document.title=\'owned\'"> Tories out')
    page.click("#check-button")
    page.wait_for_selector("#highlighted mark")
    assert page.locator("#highlighted img").count() == 0 and page.title() != "owned"
    assert page.inner_text("#highlighted").startswith("<img src=x")


def test_browse_the_rules_by_clause_with_their_examples(page):
    clause = page.locator('details[data-clause="4.1"]')
    clause.locator("summary").click()
    rule = clause.locator('[data-rule="political.party"]')
    assert "Names a political party" in rule.inner_text()
    assert rule.locator("li.warn").all_inner_texts() == ["Vote Labour on Thursday"]
    assert rule.locator("li.quiet").all_inner_texts() == ["Child labour is wrong"]


def test_installed_pack_and_an_update_from_the_page(page, setup):
    assert page.inner_text('dd[data-fact="Version"]') == "1.0"
    assert page.inner_text("#last-update") == "not checked yet"
    v2 = write_pack(setup["tmp"] / "v2")
    add_party(v2, "Pirate Party")
    pack = setup["tmp"] / "v2.ttpack"
    pack.write_bytes(bundle.build(v2, "2.0"))
    signing.sign_file(pack, setup["keys"][0])
    publish.publish(pack, setup["site"].directory, setup["keys"][0])

    page.click("#update-button")
    page.locator("#update-result", has_text="installed 2.0").wait_for()
    assert page.inner_text('dd[data-fact="Version"]') == "2.0"
    assert page.inner_text('dd[data-fact="Signed by"]').startswith("Test SU comms (")
    assert page.inner_text('dd[data-fact="Previous pack"]') == "1.0"
    assert "installed" in page.inner_text("#history tbody tr:first-child")
    assert "Rules 2.0" in page.inner_text("#pack-line")
    page.screenshot(path=str(ARTIFACTS / "admin-pack.png"), full_page=True)


def test_without_the_token_the_page_asks_for_it(browser, setup):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{setup['service'].url}/admin")
    page.wait_for_selector("#pair:not([hidden])")
    page.fill("#pairing", setup["service"].token)
    page.click("#pair-form button")
    page.wait_for_selector("#main:not([hidden])")
    page.reload()                                         # memory only: a reload asks again
    page.wait_for_selector("#pair:not([hidden])")
    context.close()


def test_the_page_is_only_for_this_machine(setup):
    service = setup["service"]
    assert service.request("GET", "/admin", token=NO_TOKEN).status == 200
    assert service.request("GET", "/admin", headers={"Host": "evil.example"}, token=NO_TOKEN).status == 403
    r = service.request("GET", "/admin/clauses", token=NO_TOKEN)
    assert r.status == 401 and r.json()["error"]["code"] == "missing_token"
    r = service.request("POST", "/v1/rules/update", headers={"Origin": "http://evil.example"})
    assert r.status == 403 and r.json()["error"]["code"] == "forbidden_origin"


@pytest.mark.parametrize("path", ["/admin", "/admin/admin.js", "/admin/admin.css"])
def test_the_pages_files_are_not_served_to_other_sites(setup, path):
    service = setup["service"]
    r = service.request("GET", path, headers={"Origin": "https://evil.example"}, token=NO_TOKEN)
    assert r.status == 403 and r.json()["error"]["code"] == "forbidden_origin"
    for site in ("cross-site", "same-site"):
        r = service.request("GET", path, headers={"Sec-Fetch-Site": site}, token=NO_TOKEN)
        assert r.status == 403 and r.json()["error"]["code"] == "forbidden_site", site
    for site in ("same-origin", "none"):
        assert service.request("GET", path, headers={"Sec-Fetch-Site": site}, token=NO_TOKEN).status == 200


def test_wrong_codes_use_the_code_up(setup):
    service = setup["service"]
    _, code = admin_command(service)
    wrong = "ZZZZ-ZZZZ" if code != "ZZZZ-ZZZZ" else "YYYY-YYYY"
    for _ in range(5):
        r = service.request("POST", "/admin/session", body={"code": wrong}, token=NO_TOKEN)
        assert r.status == 403 and r.json()["error"]["code"] == "code_refused"
    assert service.request("POST", "/admin/session", body={"code": code}, token=NO_TOKEN).status == 403
    r = service.request("POST", "/admin/session", body={"code": "not a code"}, token=NO_TOKEN)
    assert r.status == 400 and r.json()["error"]["code"] == "invalid_code"
    r = service.request("POST", "/admin/session", body={"code": code}, headers={"Origin": "https://evil.example"},
                        token=NO_TOKEN)
    assert r.status == 403 and r.json()["error"]["code"] == "forbidden_origin"
