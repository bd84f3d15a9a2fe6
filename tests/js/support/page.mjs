// A page with ThinkTwice's content script running in it (extension/dist/content.js as the build
// makes it, built here in memory by scripts/build-extension.mjs), talking to a fake background worker. Events can be dispatched as the page
// would (untrusted) or as the user would (trusted, which only the browser can do: jsdom's own
// dispatch is used for that).
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { loadJsdom } from "./load.mjs";
import { buildExtension } from "../../../scripts/build-extension.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const requireTooling = createRequire(join(here, "..", "tooling", "package.json"));

export const EXTENSION_ID = "hcpffppaihcnhpaiegjfgegmmoeahmab";
const CONTENT_SCRIPT = (await buildExtension({ write: false }))["content.js"];

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// worker(message) -> reply (or a promise of one), as background/worker.js would answer.
export function pageWithExtension(html, { url = "https://forum.example.org/thread/1", worker } = {}) {
  const { JSDOM } = loadJsdom();
  const dom = new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { url, runScripts: "outside-only", pretendToBeVisual: true });
  const win = dom.window;
  const messages = [];
  const listeners = [];
  win.chrome = {
    runtime: {
      id: EXTENSION_ID,
      sendMessage: async (message) => {
        messages.push(message);
        return worker(message);
      },
      onMessage: { addListener: (f) => listeners.push(f) },
    },
  };
  win.eval(CONTENT_SCRIPT);
  const utils = requireTooling("jsdom/lib/jsdom/living/generated/utils.js");
  return {
    dom,
    win,
    doc: win.document,
    TT: win.ThinkTwice,
    messages,
    checks: () => messages.filter((m) => m.type === "check"),
    // The page's own code runs in the page.
    run: (code) => win.eval(code),
    // What only the user can do: a trusted event.
    trusted(target, event) {
      const impl = utils.implForWrapper(event);
      impl.isTrusted = true;
      return utils.implForWrapper(target)._dispatch(impl);
    },
    close: () => win.close(),
  };
}

// jsdom lays nothing out: a field the test wants "on screen" gets a box.
export function makeVisible(el, box = { left: 10, top: 10, width: 400, height: 80 }) {
  const rect = { ...box, right: box.left + box.width, bottom: box.top + box.height, x: box.left, y: box.top };
  el.getClientRects = () => [rect];
  el.getBoundingClientRect = () => rect;
}

// The user types text into a textarea or input: a trusted keydown, the new value, a trusted input.
export function userTypes(page, field, text) {
  const { win } = page;
  field.focus();
  page.trusted(field, new win.KeyboardEvent("keydown", { key: text.slice(-1) || "a", bubbles: true, composed: true, cancelable: true }));
  field.value = text;
  page.trusted(field, new win.InputEvent("input", { bubbles: true, composed: true, inputType: "insertText", data: text.slice(-1) }));
}

export function userClicks(page, el) {
  return page.trusted(el, new page.win.MouseEvent("click", { bubbles: true, composed: true, cancelable: true, button: 0 }));
}

export function settingsReply() {
  const sites = Object.fromEntries(["x", "facebook", "instagram", "linkedin", "bluesky", "threads", "mastodon", "reddit", "tiktok", "youtube", "generic"].map((id) => [id, true]));
  return { ok: true, settings: { sites, siteHosts: [] } };
}

export const WARNING_ANSWER = (text) => ({
  verdict: "warning",
  rules_version: "1",
  warnings: [
    {
      rule: "offensive.slur",
      category: "offensive",
      severity: "warning",
      message: "Uses a slur (c*nt).",
      advice: "Leave it out.",
      clause: { policy: "lancaster-su", ref: "6.4", title: "Abuse" },
      spans: [{ start: Math.max(0, text.indexOf("c*nt")), end: Math.max(0, text.indexOf("c*nt")) + 4, text: "c*nt" }],
    },
  ],
});
