"""Fixtures for the extension's end-to-end tests: the real ThinkTwice service and the
fixture pages, each served by waitress on its own free port, and one headless Chromium
(Debian's) with the unpacked extension, shared by the whole session."""

import base64
import hashlib
import json
import os
import subprocess
from pathlib import Path

import pytest

from e2e_helpers import ThinkTwiceUI
from e2e_servers import Served, start_service, static_files

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
PAGES = Path(__file__).resolve().parent / "pages"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("THINKTWICE_CHROMIUM", "/usr/bin/chromium"))


def extension_id():
    key = json.loads((EXTENSION / "manifest.json").read_text())["key"]
    digest = hashlib.sha256(base64.b64decode(key)).hexdigest()[:32]
    return digest.translate(str.maketrans("0123456789abcdef", "abcdefghijklmnop"))


static_app = static_files(PAGES)


@pytest.fixture(scope="session", autouse=True)
def built_extension():
    """The manifest loads extension/dist/ (the bundled content script), which the build makes."""
    done = subprocess.run(["node", str(ROOT / "scripts" / "build-extension.mjs")], capture_output=True, text=True)
    assert done.returncode == 0, f"the extension did not build: {done.stderr or done.stdout}"


@pytest.fixture(scope="session")
def artifacts():
    out = ARTIFACTS / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture(scope="session")
def service(tmp_path_factory):
    served = start_service(tmp_path_factory.mktemp("service-data"))
    yield served
    served.stop()


SITES = ("x", "facebook", "linkedin")


class Pages:
    """The fixture pages, one server per site so that the extension can be told
    "127.0.0.1:<port> is X" (its other-addresses setting), plus one generic site."""

    def __init__(self):
        self.servers = {site: Served(static_app) for site in (*SITES, "generic")}

    def url(self, site, page=None):
        return f"{self.servers[site].url}/{page or site + '.html'}"

    def site_hosts(self):
        return [{"site": site, "host": f"127.0.0.1:{self.servers[site].port}"} for site in SITES]

    def ports(self):
        return [s.port for s in self.servers.values()]

    def stop(self):
        for s in self.servers.values():
            s.stop()


@pytest.fixture(scope="session")
def pages():
    served = Pages()
    yield served
    served.stop()


@pytest.fixture(scope="session")
def browser(service, pages, tmp_path_factory, playwright):
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing in CI: scripts/setup-browser-tests.sh should have installed it")
        pytest.skip(f"{CHROMIUM} is not installed (run scripts/setup-browser-tests.sh)")
    profile = tmp_path_factory.mktemp("chromium-profile")
    context = launch_chromium(playwright, profile, pages)
    worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
    assert worker.url.startswith(f"chrome-extension://{extension_id()}/")
    yield Browser(context, service, pages)
    context.close()


def launch_chromium(playwright, profile, pages, **options):
    """Headless Chromium on a profile of its own with the unpacked extension (options: e.g. env)."""
    return playwright.chromium.launch_persistent_context(
        str(profile),
        executable_path=str(CHROMIUM),
        headless=True,
        viewport={"width": 1100, "height": 760},
        args=[
            f"--disable-extensions-except={EXTENSION}",
            f"--load-extension={EXTENSION}",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            # The fixture pages count as a public site: a content script that fetched the
            # service itself would be stopped by Local Network Access.
            "--ip-address-space-overrides=" + ",".join(f"127.0.0.1:{port}=public" for port in pages.ports()),
        ],
        **options,
    )


class Browser:
    def __init__(self, context, service, pages):
        self.context = context
        self.service = service
        self.pages = pages
        self.id = extension_id()

    def extension_page(self, path):
        page = self.context.new_page()
        page.goto(f"chrome-extension://{self.id}/{path}")
        return page

    def evaluate_in_extension(self, script, arg=None):
        """Runs script in an extension page (the worker may be asleep; a page is always there)."""
        page = self.extension_page("popup/popup.html")
        try:
            return page.evaluate(script, arg)
        finally:
            page.close()

    def configure(self, **settings):
        base = {"serviceUrl": self.service.url, "token": self.service.token, "org": "lancaster-su", "role": "staff",
                "officialAccounts": [{"site": "x", "handle": "@LancasterSU"}, {"site": "facebook", "handle": "*"},
                                     {"site": "linkedin", "handle": "*"}],
                "siteHosts": self.pages.site_hosts()}
        base.update(settings)
        self.evaluate_in_extension("s => chrome.storage.local.set({settings: s})", base)
        return base

    def badge(self):
        return self.evaluate_in_extension("() => chrome.action.getBadgeText({})")


@pytest.fixture()
def ext(browser):
    browser.configure()
    yield browser
    browser.configure()


@pytest.fixture()
def page(ext, pages):
    page = ext.context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.site_url = pages.url
    yield page
    page.close()
    assert not errors, f"page errors: {errors}"


@pytest.fixture()
def ui(page):
    """ThinkTwice's own layer in `page` (a closed shadow root), read through the DevTools protocol."""
    return ThinkTwiceUI(page)
