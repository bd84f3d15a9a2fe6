// Issue 15 in Firefox ESR: the extension, installed in a fresh profile, has the real native host
// (registered in ~/.mozilla/native-messaging-hosts by `thinktwice setup`, HOME being the test's)
// start the checker and pair with it; a breaching post typed into the X fixture page then gets its
// warning. No token is typed anywhere. Driven by puppeteer-core over WebDriver BiDi (no geckodriver).
//
// Run by tests/e2e/test_firefox_native_pairing.py, which runs `thinktwice setup`, serves the fixture
// pages, and stops the checker afterwards. Input (environment): HOME, THINKTWICE_PORT, TT_PAGE_URL,
// TT_SITE_HOSTS (JSON), TT_PROFILE_DIR, TT_FIREFOX. Output: one JSON line on stdout.
import { chooseLancasterStaff, EXTENSION, extensionPage, launchFirefox, report, waitFor, waitUntilPaired } from "./firefox_kit.mjs";

const POST = "Vote Labour on Thursday!";

async function main() {
  const result = { browser: null };
  const started = Date.now();
  const browser = await launchFirefox();
  try {
    result.browser = await browser.version();
    result.launchedMs = Date.now() - started;
    await browser.installExtension(EXTENSION);
    result.installedMs = Date.now() - started;

    const popup = await extensionPage(browser, "popup/popup.html");
    await chooseLancasterStaff(popup);
    // Installing asked the host to start and pair (nothing typed); that can take a minute under load.
    await waitUntilPaired(popup);
    result.pairedMs = Date.now() - started;

    const page = await browser.newPage();
    await page.goto(process.env.TT_PAGE_URL);
    await page.click("#compose");
    await page.keyboard.type(POST, { delay: 15 });
    // The highlight is registered with CSS.highlights, which the page's own world shares.
    result.highlighted = await waitFor(
      "the warning highlight",
      () => page.evaluate(() => { const h = CSS.highlights.get("thinktwice-warning"); return h && h.size ? [...h].map((r) => r.toString()) : false; }),
      30000,
    );
    result.toWarningMs = Date.now() - started;

    // What the worker knows, read from an extension page: storage holds the pairing; the popup's
    // history has the warning's rule; the options page is on step 3 with nothing typed.
    const stored = await popup.evaluate(() => browser.storage.local.get(null));
    result.pairing = stored.pairing ? { source: stored.pairing.source, address: stored.pairing.address, token: stored.pairing.token } : null;
    result.settingsToken = stored.settings.token || "";
    const session = await popup.evaluate(() => browser.storage.session.get(null));
    result.native = session.native;
    result.askedHostMs = session.native.attemptAt - started;
    result.historyRules = (session.history || []).flatMap((e) => (e.warnings || []).map((w) => w.rule));

    const options = await extensionPage(browser, "options/options.html");
    await waitFor("the organisation list", () => options.evaluate(() => document.querySelectorAll("#org option").length > 2), 20000);
    result.options = await options.evaluate(() => ({
      summary: document.getElementById("summary").textContent,
      pairing: document.getElementById("pairing-status").textContent,
      setupHelpHidden: document.getElementById("setup-help").hidden,
      tokenField: document.getElementById("token").value,
      orgs: [...document.querySelectorAll("#org option")].map((o) => o.value).filter(Boolean),
    }));
    // The host's round trip (started afresh for each one-shot message), with the checker running.
    result.helloTrips = await options.evaluate(async () => {
      const out = [];
      for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        const reply = await browser.runtime.sendNativeMessage("org.thinktwice.host", { type: "hello" });
        out.push({ ms: performance.now() - t0, running: reply.running === true });
      }
      return out;
    });
    result.optionsHasToken = result.pairing ? (await options.content()).includes(result.pairing.token) : null;
    result.ok = true;
  } finally {
    await browser.close();
  }
  return result;
}

report(main);
