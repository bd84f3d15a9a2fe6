// What the Firefox ESR end-to-end scripts share: puppeteer-core (from tests/js/tooling), a headless
// Firefox launched over WebDriver BiDi with the add-on's UUID pinned, waiting, and opening the
// extension's own pages. Input (environment): HOME, TT_PROFILE_DIR, TT_FIREFOX.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, "..", "..", "..");
export const EXTENSION = join(ROOT, "extension");
const require = createRequire(join(ROOT, "tests", "js", "tooling", "package.json"));
const puppeteer = require("puppeteer-core");
const { buildExtension } = await import(join(ROOT, "scripts", "build-extension.mjs"));

export const GECKO_ID = "thinktwice@thinktwice.invalid";
export const UUID = "6f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a6b"; // pinned, so moz-extension:// pages are addressable

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(what, probe, timeoutMs) {
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
export async function extensionPage(browser, path) {
  const page = await browser.newPage();
  await page.goto(`moz-extension://${UUID}/${path}`, { timeout: 4000 }).catch(() => {});
  await waitFor(`${path} to load`, () => page.evaluate(() => document.readyState === "complete" && typeof browser !== "undefined"), 15000);
  return page;
}

// What a user picks in step 3 of the options (Lancaster SU staff, @LancasterSU an official account
// on X): no token, no address. Set from an extension page of the add-on.
export function chooseLancasterStaff(extensionPage) {
  return extensionPage.evaluate((s) => browser.storage.local.set({ settings: s }), {
    org: "lancaster-su",
    role: "staff",
    officialAccounts: [{ site: "x", handle: "@LancasterSU" }],
    siteHosts: JSON.parse(process.env.TT_SITE_HOSTS),
  });
}

// The extension ready to check: the native host has started the checker and paired the worker with
// it (storage.local.pairing, read from an extension page, without asking the worker anything that
// could start another attempt). On a loaded machine Firefox alone can take ~30 s to start and the
// checker as long again, so this has its own budget, and the wait for a highlight that follows
// measures the check alone. A pairing that never comes fails here, naming the host's last attempt.
export async function waitUntilPaired(extPage, timeoutMs = 150000) {
  let seen = null;
  try {
    return await waitFor("the native host to start the checker and pair the extension with it", async () => {
      seen = await extPage.evaluate(async () => ({
        pairing: (await browser.storage.local.get("pairing")).pairing || null,
        native: (await browser.storage.session.get("native")).native || null,
      }));
      return seen.pairing && seen.pairing.token ? seen : false;
    }, timeoutMs);
  } catch (error) {
    throw new Error(`${error.message}; the host's last attempt: ${JSON.stringify(seen && seen.native)}`);
  }
}

export async function launchFirefox() {
  await buildExtension(); // the manifest loads extension/dist/, which the build makes
  return puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.TT_FIREFOX || "/usr/bin/firefox-esr",
    headless: true,
    protocol: "webDriverBiDi",
    userDataDir: process.env.TT_PROFILE_DIR,
    env: { ...process.env }, // HOME decides where Firefox looks for ~/.mozilla/native-messaging-hosts
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: { "extensions.webextensions.uuids": JSON.stringify({ [GECKO_ID]: UUID }) },
  });
}

// Prints the script's result as one JSON line and exits (1 on failure). run may fill in the object it
// is given as it goes, so that a failure still reports what was seen before it.
export function report(run) {
  const partial = {};
  run(partial).then(
    (r) => {
      process.stdout.write(`${JSON.stringify(r)}\n`);
      process.exit(0);
    },
    (e) => {
      process.stdout.write(`${JSON.stringify({ ...partial, ok: false, error: String(e && e.stack ? e.stack : e) })}\n`);
      process.exit(1);
    },
  );
}
