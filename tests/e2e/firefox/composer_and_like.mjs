// Issue 16 in Firefox ESR: the extension, paired with the real checker through the native host (as in
// native_pairing.mjs), warns in the X fixture's composer and before a Like. A breaching post typed with
// real key events is highlighted on exactly "Vote Labour"; Post asks once and Edit keeps the page's
// post handler from running; Like on an abusive post asks, and going ahead likes it once.
//
// ThinkTwice's card and dialogs are in a closed shadow root, which neither the page's world nor
// puppeteer over BiDi can open in Firefox (no DevTools-protocol pierce). Their words are found with
// window.find, which in Firefox searches shadow trees too, and their buttons are pressed with a real
// mouse click where those words are drawn.
//
// Run by tests/e2e/test_firefox_composer_and_like.py. Input (environment): HOME, THINKTWICE_PORT,
// TT_PAGE_URL, TT_SITE_HOSTS (JSON), TT_PROFILE_DIR, TT_FIREFOX. Output: one JSON line on stdout.
import { chooseLancasterStaff, EXTENSION, extensionPage, launchFirefox, report, sleep, waitFor, waitUntilPaired } from "./firefox_kit.mjs";

const POST = "Vote Labour on Thursday!";

const highlighted = (page) =>
  page.evaluate(() => { const h = CSS.highlights.get("thinktwice-warning"); return h ? [...h].map((r) => r.toString()) : []; });
const activity = (page) => page.evaluate(() => window.siteActivity.map((a) => ({ kind: a.kind, text: a.text })));
// How many times words are on screen, layer included, and where the last of them is. window.find
// searches shadow trees too; it moves the selection (and the focus), which is cleared after.
const spot = (page, words) =>
  page.evaluate((w) => {
    const selection = window.getSelection();
    selection.removeAllRanges();
    let n = 0;
    let box = null;
    while (n < 10 && window.find(w, true, false, false)) {
      n++;
      const r = selection.getRangeAt(0).getBoundingClientRect();
      box = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    selection.removeAllRanges();
    return { n, box };
  }, words);
const timesShown = async (page, words) => (await spot(page, words)).n;
// A person's click on the words (the last place they are shown).
async function clickWords(page, words) {
  const { box } = await spot(page, words);
  if (!box) throw new Error(`"${words}" is not shown`);
  await page.mouse.click(box.x, box.y);
}

async function main(result) {
  const launchedAt = Date.now();
  const browser = await launchFirefox();
  result.launchMs = Date.now() - launchedAt;
  try {
    result.browser = await browser.version();
    await browser.installExtension(EXTENSION);
    const popup = await extensionPage(browser, "popup/popup.html");
    await chooseLancasterStaff(popup);
    const pairingAt = Date.now();
    await waitUntilPaired(popup);
    result.pairingMs = Date.now() - pairingAt;

    const page = await browser.newPage();
    await page.goto(process.env.TT_PAGE_URL);
    await page.click("#compose");
    const typedAt = Date.now();
    await page.keyboard.type(POST, { delay: 15 });
    const typedMs = Date.now() - typedAt;
    // Paired and answering: this waits for the check alone.
    result.firstHighlight = await waitFor("the warning highlight", async () => { const h = await highlighted(page); return h.length ? h : false; }, 30000);
    result.toHighlightMs = Date.now() - typedAt;
    result.typingMs = typedMs;
    await sleep(500); // settled: a later check must not change it
    result.highlighted = await highlighted(page);
    result.clauseShown = await timesShown(page, "policy 10.1");
    const session = await popup.evaluate(() => browser.storage.session.get(null));
    result.pairingSource = ((await popup.evaluate(() => browser.storage.local.get("pairing"))).pairing || {}).source;
    result.historyRules = (session.history || []).flatMap((e) => (e.warnings || []).map((w) => w.rule));

    await page.click('[data-testid="tweetButtonInline"]');
    await waitFor("the Post dialog", async () => (await timesShown(page, "Post this anyway?")) > 0, 10000);
    result.postDialog = {
      title: await timesShown(page, "Post this anyway?"),
      activity: await activity(page),
    };
    await clickWords(page, "Edit");
    await waitFor("the dialog to close and the composer to have the focus", () => page.evaluate(() => document.activeElement.id === "compose"), 5000);
    await sleep(500);
    result.postDialog.afterEdit = await timesShown(page, "Post this anyway?");
    result.afterEdit = { activity: await activity(page), text: await page.evaluate(() => editor.text) };

    // The draft's card sits over the timeline: the draft is cleared first, as a user would.
    await page.click("#compose"); // window.find above took the focus
    await page.keyboard.press("End");
    for (let i = 0; i < POST.length; i++) await page.keyboard.press("Backspace");
    result.clearedDraft = await page.evaluate(() => editor.text);
    await waitFor("the card to go with the draft", async () => (await highlighted(page)).length === 0 && (await timesShown(page, "Dismiss for this post")) === 0, 10000);
    await page.click('#offensive-tweet [data-testid="like"]');
    await waitFor("the Like dialog", async () => (await timesShown(page, "Like anyway")) > 0, 10000);
    result.likeDialog = {
      quoted: await timesShown(page, "That lecturer is a total c*nt"),
      anyway: await timesShown(page, "anyway"),
      activity: await activity(page),
    };
    await clickWords(page, "Like anyway");
    await waitFor("the like", async () => (await activity(page)).length > 0 || false, 10000);
    await sleep(500); // once, not replayed twice
    result.afterLike = {
      activity: await activity(page),
      unliked: await page.evaluate(() => document.querySelectorAll('#offensive-tweet [data-testid="unlike"]').length),
    };
    result.ok = true;
  } finally {
    await browser.close();
  }
  return result;
}

report(main);
