// "The user is starting to attach a picture" (issue 17): on the real worker.js with a fake extension API
// and a fake service, the worker asks the service to load its picture models once per service start,
// only for its own content scripts, never with anything of the user's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { backgroundModule } from "./support/load.mjs";
import { storageArea } from "./support/storage.mjs";

const ID = "hcpffppaihcnhpaiegjfgegmmoeahmab";
const TOKEN = "s3cret-pairing-token-0123456789";
const BASE = `chrome-extension://${ID}/`;
const store = {
  local: { settings: { serviceUrl: "http://127.0.0.1:9", token: TOKEN, org: "lancaster-su", role: "staff" } },
  session: {},
};
const listeners = {};

function area(name) {
  return storageArea(store, name);
}

globalThis.chrome = {
  runtime: {
    id: ID,
    getURL: (path) => `${BASE}${path}`,
    onMessage: { addListener: (f) => (listeners.message = f) },
    onInstalled: { addListener: () => {} },
    onStartup: { addListener: () => {} },
    openOptionsPage: () => {},
    sendNativeMessage: async () => {
      throw new Error("Specified native messaging host not found.");
    },
  },
  storage: {
    local: area("local"),
    session: area("session"),
    managed: { get: async () => ({}), setAccessLevel: async () => {} },
    onChanged: { addListener: (f) => (listeners.changed = f) },
  },
  action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setTitle: async () => {} },
  alarms: { create: () => {}, clear: async () => {}, onAlarm: { addListener: () => {} } },
  tabs: { query: async () => [], sendMessage: async () => {} },
};

// The service: answers warming as the real one does, or as told.
const warms = [];
let warmAnswer = () => Response.json({ status: "started" }, { status: 202 });
globalThis.fetch = async (url, init) => {
  if (url.endsWith("/v1/pictures/warm")) {
    warms.push({ url, init });
    return warmAnswer();
  }
  return Response.json({});
};

await backgroundModule("worker.js");

const send = (message, sender) => new Promise((resolve) => listeners.message(message, sender, resolve));
const CONTENT = { id: ID, url: "https://x.com/home", origin: "https://x.com", tab: { id: 7 }, frameId: 0 };
const POPUP = { id: ID, url: `${BASE}popup/popup.html`, origin: `chrome-extension://${ID}` };
const OTHER = { id: "abcdefghijklmnopabcdefghijklmnop", url: "https://x.com/", tab: { id: 7 } };
const WARM = { type: "warmPictures" };

async function settingsChange(changes) {
  store.local.settings = { ...store.local.settings, ...changes };
  listeners.changed({ settings: {} }, "local");
}

test("a content script's first warmPictures asks the service once, with the token and nothing of the user's", async () => {
  assert.deepEqual(await send(WARM, CONTENT), { ok: true, warmed: true });
  assert.equal(warms.length, 1);
  const { url, init } = warms[0];
  assert.equal(url, "http://127.0.0.1:9/v1/pictures/warm");
  assert.equal(init.method, "POST");
  assert.equal(init.headers.Authorization, `Bearer ${TOKEN}`);
  assert.equal(init.body, "{}");
  for (let i = 0; i < 5; i++) assert.deepEqual(await send(WARM, CONTENT), { ok: true, warmed: false });
  assert.equal(warms.length, 1, "asked once per service start");
});

test("only the extension's content scripts may ask", async () => {
  const before = warms.length;
  assert.equal((await send(WARM, POPUP)).refused, true);
  assert.equal((await send(WARM, OTHER)).refused, true);
  assert.equal(warms.length, before);
});

test("another service (new address or token) is asked again; paused, or without an organisation, none is", async () => {
  await settingsChange({ serviceUrl: "http://127.0.0.1:10" });
  assert.deepEqual(await send(WARM, CONTENT), { ok: true, warmed: true });
  assert.equal(warms.at(-1).url, "http://127.0.0.1:10/v1/pictures/warm");
  await settingsChange({ serviceUrl: "http://127.0.0.1:11", pausedUntil: Date.now() + 3600e3 });
  const before = warms.length;
  assert.deepEqual(await send(WARM, CONTENT), { ok: true, warmed: false });
  await settingsChange({ pausedUntil: 0, org: null });
  assert.deepEqual(await send(WARM, CONTENT), { ok: true, warmed: false });
  assert.equal(warms.length, before);
  await settingsChange({ org: "lancaster-su" });
});

test("a service that did not answer is asked again; one without the images extra is not", async () => {
  await settingsChange({ serviceUrl: "http://127.0.0.1:12" });
  warmAnswer = () => {
    throw new TypeError("fetch failed");
  };
  const before = warms.length;
  assert.deepEqual(await send(WARM, CONTENT), { ok: true, warmed: false });
  warmAnswer = () => Response.json({ error: { code: "images_unavailable", message: "pictures cannot be checked" } }, { status: 503 });
  assert.deepEqual(await send(WARM, CONTENT), { ok: true, warmed: false });
  assert.deepEqual(await send(WARM, CONTENT), { ok: true, warmed: false });
  assert.equal(warms.length, before + 2, "asked again after no answer, not after images_unavailable");
});
