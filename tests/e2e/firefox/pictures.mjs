// Issue 17 in Firefox ESR: a picture attached by file input is checked with the post. The extension,
// set up as a Lancaster SU staff member posting from an official account on the fixture feed (a site no
// adapter knows), talks to the real checker (with its images extra) at TT_SERVICE_URL. A Pillow poster
// saying VOTE LABOUR is chosen in the composer's file input (WebDriver BiDi's input.setFiles, as a
// user's choice arrives); the card then lists the picture's concern, the words read in it and clause
// 10.1; Post asks once, and the page's own post handler has not run.
//
// ThinkTwice's card is in a closed shadow root: its words are found with window.find, which in Firefox
// searches shadow trees too (see composer_and_like.mjs). The popup's history (rule ids only) says which
// rule was raised.
//
// Run by tests/e2e/test_firefox_pictures.py. Input (environment): HOME, TT_SERVICE_URL, TT_TOKEN,
// TT_PAGE_URL, TT_SITE_HOSTS (JSON), TT_PICTURE, TT_SCREENSHOT, TT_PROFILE_DIR, TT_FIREFOX.
// Output: one JSON line on stdout.
import { EXTENSION, extensionPage, launchFirefox, report, sleep, waitFor } from "./firefox_kit.mjs";

// How many times the words are on screen, ThinkTwice's layer included.
const timesShown = (page, words) =>
  page.evaluate((w) => {
    const selection = window.getSelection();
    selection.removeAllRanges();
    let n = 0;
    while (n < 10 && window.find(w, false, false, false)) n++;
    selection.removeAllRanges();
    return n;
  }, words);

async function main(result) {
  const browser = await launchFirefox();
  try {
    result.browser = await browser.version();
    await browser.installExtension(EXTENSION);
    const popup = await extensionPage(browser, "popup/popup.html");
    await popup.evaluate((s) => browser.storage.local.set({ settings: s }), {
      serviceUrl: process.env.TT_SERVICE_URL,
      token: process.env.TT_TOKEN,
      org: "lancaster-su",
      role: "staff",
      officialAccounts: [{ site: "generic", handle: "*" }],
      siteHosts: JSON.parse(process.env.TT_SITE_HOSTS),
    });

    const page = await browser.newPage();
    await page.goto(process.env.TT_PAGE_URL);
    await page.click("#post-text");
    await page.keyboard.type("see you there!", { delay: 15 });
    await sleep(800); // the caption's own check: nothing in it
    result.beforePicture = await timesShown(page, "10.1");

    await page.evaluate(() => document.getElementById("attach").addEventListener("change", (e) => { window.__changeTrusted = e.isTrusted; }));
    const input = await page.$("#attach");
    const chosenAt = Date.now();
    await input.uploadFile(process.env.TT_PICTURE);
    try {
      await waitFor("the picture's concern on the card", async () => (await timesShown(page, "10.1")) > 0 && (await timesShown(page, "Found:")) > 0, 60000);
    } finally {
      result.changeTrusted = await page.evaluate(() => window.__changeTrusted); // as a user's choice arrives
    }
    result.toConcernMs = Date.now() - chosenAt;
    await sleep(1800); // the site's blob: preview of the same file is not a second picture
    result.card = {
      clause: await timesShown(page, "10.1"),
      found: await timesShown(page, "Found:"),
      words: await timesShown(page, "VOTE LABOUR"),
      previews: await page.evaluate(() => document.querySelectorAll("#previews img").length),
    };
    const session = await popup.evaluate(() => browser.storage.session.get("history"));
    result.historyRules = ((session.history || [])[0]?.warnings || []).map((w) => w.rule);
    if (process.env.TT_SCREENSHOT) await page.screenshot({ path: process.env.TT_SCREENSHOT });

    await page.click("#post");
    await waitFor("the Post dialog", async () => (await timesShown(page, "Post this anyway?")) > 0, 10000);
    await sleep(500);
    result.postDialog = {
      title: await timesShown(page, "Post this anyway?"),
      activity: await page.evaluate(() => window.siteActivity),
    };
    result.ok = true;
  } finally {
    await browser.close();
  }
  return result;
}

report(main);
