// The first session after installing: no organisation policy has ever been read, and Chromium's
// policy storage takes seconds to answer. Checks must not wait for it, and must not warn less than
// a policy could require meanwhile (rules ignored, a pause, a site switched off); once the policy
// is read it is kept, the tabs are told, and a locked rule is honoured again.
// Runs the real worker.js (its own process: node --test runs each file apart) with a fake API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { backgroundModule } from "./support/load.mjs";
import { storageArea } from "./support/storage.mjs";

const ID = "hcpffppaihcnhpaiegjfgegmmoeahmab";
const store = {
  local: {
    settings: {
      serviceUrl: "http://127.0.0.1:9",
      token: "s3cret-pairing-token-0123456789",
      org: "lancaster-su",
      role: "staff",
      ignoredRules: ["political.party-endorsement"],
      pausedUntil: Date.now() + 3600_000,
      offSites: ["x.com"],
      sites: { x: false },
    },
  },
  session: {},
};
const listeners = {};
const tabMessages = [];
let releasePolicy;
let policyAsked = 0;

function area(name) {
  // as the browser reports it
  return storageArea(store, name, { onSet: (values) => name === "local" && listeners.changed(values, "local") });
}

globalThis.chrome = {
  runtime: {
    id: ID,
    getURL: (path) => `chrome-extension://${ID}/${path}`,
    onMessage: { addListener: (f) => (listeners.message = f) },
    onInstalled: { addListener: () => {} },
    onStartup: { addListener: () => {} },
    openOptionsPage: () => {},
  },
  storage: {
    local: area("local"),
    session: area("session"),
    // As in a browser just started: the policy answers only when the test says so.
    managed: {
      get: () => {
        policyAsked++;
        return new Promise((resolve) => (releasePolicy = resolve));
      },
      setAccessLevel: async () => {},
    },
    onChanged: { addListener: (f) => (listeners.changed = f) },
  },
  action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setTitle: async () => {} },
  alarms: { create: () => {}, clear: async () => {}, onAlarm: { addListener: () => {} } },
  tabs: { query: async () => [{ id: 1 }], sendMessage: async (id, message) => tabMessages.push({ id, message }) },
};

const RULE = "political.party-endorsement";
const bodies = [];
globalThis.fetch = async (url, init) => {
  if (!url.endsWith("/v1/check")) return Response.json({});
  const body = JSON.parse(init.body);
  bodies.push(body);
  return Response.json({
    verdict: "warning",
    rules_version: "1",
    warnings: [{ rule: RULE, severity: "warning", message: "Backs a political party", clause: { ref: "6.1", title: "Politics" }, spans: [{ start: 0, end: 11, text: "Vote Labour" }] }],
  });
};

await backgroundModule("worker.js");

const CONTENT = { id: ID, url: "https://x.com/home", origin: "https://x.com", tab: { id: 7 }, frameId: 0 };
const POPUP = { id: ID, url: `chrome-extension://${ID}/popup/popup.html`, origin: `chrome-extension://${ID}` };
const send = (message, sender) => new Promise((resolve) => listeners.message(message, sender, resolve));
const check = (text) => send({ type: "check", request: { text, action: "post", site: "x" } }, CONTENT);
const settle = async (done) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setImmediate(r));
};
const within = (promise, ms) => Promise.race([promise, new Promise((r) => setTimeout(() => r("still waiting"), ms))]);

test("before the policy is first read, checks answer at once without the user's ignores, pause or switched-off sites", async () => {
  const watched = await within(send({ type: "contentSettings" }, CONTENT), 500);
  assert.notEqual(watched, "still waiting", "a content script learns what to watch without waiting for the policy");
  assert.equal(watched.settings.paused, null, "the user's pause waits for the policy: it may lock pausing");
  assert.equal(watched.settings.sites.x, true);

  const reply = await within(check("Vote Labour on Thursday"), 500);
  assert.notEqual(reply, "still waiting", "the first check does not wait for the policy");
  assert.equal(reply.ok, true);
  assert.deepEqual(reply.answer.warnings.map((w) => w.rule), [RULE], "a rule the user ignored still warns: the policy may lock it");
  assert.equal(bodies.at(-1).context.role, "staff");
  assert.ok(policyAsked >= 1, "the policy read is under way");

  const page = await within(send({ type: "settings" }, POPUP), 300);
  assert.equal(page, "still waiting", "the options page and popup wait for the real policy (they show what is locked)");
});

test("when the policy arrives it is kept, the tabs check again, and a rule it locks stays checked", async () => {
  tabMessages.length = 0;
  releasePolicy({ lockedRules: [RULE], role: "officer" });
  await settle(() => store.local.managedSeen !== undefined && tabMessages.length > 0);
  assert.deepEqual(store.local.managedSeen, { lockedRules: [RULE], role: "officer" });
  assert.deepEqual(tabMessages.map((m) => m.message.type), ["settingsChanged"]);

  const paused = await send({ type: "contentSettings" }, CONTENT);
  assert.deepEqual(paused.settings.paused, { reason: "paused", until: store.local.settings.pausedUntil }, "now the user's own pause applies");
  const reply = await check("Vote Labour on Friday");
  assert.deepEqual(reply.answer.warnings, [], "paused: nothing is checked");
  assert.ok(reply.paused);

  store.local.settings = { ...store.local.settings, pausedUntil: 0, offSites: [], sites: { x: true } };
  listeners.changed({ settings: {} }, "local");
  const locked = await check("Vote Labour on Saturday");
  assert.equal(locked.ok, true);
  assert.deepEqual(locked.answer.warnings.map((w) => w.rule), [RULE], "ignored by the user, locked by the organisation: still warned");
  assert.equal(bodies.at(-1).context.role, "officer", "the policy's role applies once read");
});
