// Issue 15 in Firefox ESR: the extension, installed in a fresh profile, has the real native host
// (registered in ~/.mozilla/native-messaging-hosts by `thinktwice setup`, HOME being the test's)
// start the checker and pair with it; a breaching post typed into the X fixture page then gets its
// warning. No token is typed anywhere. Driven by puppeteer-core over WebDriver BiDi (no geckodriver).
//
// Run by tests/e2e/test_firefox_native_pairing.py, which runs `thinktwice setup`, serves the fixture
// pages, and stops the checker afterwards. Input (environment): HOME, THINKTWICE_PORT, TT_PAGE_URL,
// TT_SITE_HOSTS (JSON), TT_PROFILE_DIR, TT_FIREFOX. Output: one JSON line on stdout.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, "..", "..", "..");
const EXTENSION = join(ROOT, "extension");
const require = createRequire(join(ROOT, "tests", "js", "tooling", "package.json"));
const puppeteer = require("puppeteer-core");

const GECKO_ID = "thinktwice@thinktwice.invalid";
const UUID = "6f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a6b"; // pinned, so moz-extension:// pages are addressable
const POST = "Vote Labour on Thursday!";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    last = await probe().catch((e) => ({ error: String(e) }));
    if (last && !last.error && last !== false) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
}

// goto never sees 'load' for moz-extension:// pages under BiDi, but the page is there.
async function extensionPage(browser, path) {
  const page = await browser.newPage();
  await page.goto(`moz-extension://${UUID}/${path}`, { timeout: 4000 }).catch(() => {});
  await waitFor(`${path} to load`, () => page.evaluate(() => document.readyState === "complete" && typeof browser !== "undefined"), 15000);
  return page;
}

async function main() {
  const result = { browser: null };
  const started = Date.now();
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.TT_FIREFOX || "/usr/bin/firefox-esr",
    headless: true,
    protocol: "webDriverBiDi",
    userDataDir: process.env.TT_PROFILE_DIR,
    env: { ...process.env }, // HOME decides where Firefox looks for ~/.mozilla/native-messaging-hosts
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: UUID }) },
  });
  try {
    result.browser = await browser.version();
    result.launchedMs = Date.now() - started;
    await browser.installExtension(EXTENSION);
    result.installedMs = Date.now() - started;

    // What a user picks in step 3 of the options: no token, no address.
    const popup = await extensionPage(browser, "popup/popup.html");
    const choices = {
      org: "lancaster-su",
      role: "staff",
      officialAccounts: [{ site: "x", handle: "@LancasterSU" }],
      siteHosts: JSON.parse(process.env.TT_SITE_HOSTS),
    };
    await popup.evaluate((s) => browser.storage.local.set({ settings: s }), choices);

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

main().then(
  (r) => {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    process.exit(0);
  },
  (e) => {
    process.stdout.write(`${JSON.stringify({ ok: false, error: String(e && e.stack ? e.stack : e) })}\n`);
    process.exit(1);
  },
);
