// The background worker's message protocol, run against the real worker.js with a fake
// extension API: who may ask what, that the pairing token never leaves the worker, and that a
// stalled service is reported rather than retried.
import { test, mock } from "node:test";
import assert from "node:assert/strict";
import { backgroundModule } from "./support/load.mjs";
import { storageArea } from "./support/storage.mjs";

const ID = "hcpffppaihcnhpaiegjfgegmmoeahmab";
const TOKEN = "s3cret-pairing-token-0123456789";
const BASE = `chrome-extension://${ID}/`;

const store = {
  local: { settings: { serviceUrl: "http://127.0.0.1:9", token: TOKEN, org: "lancaster-su", role: "staff", officialAccounts: [{ site: "x", handle: "@LancasterSU" }] } },
  session: {},
};
const accessLevels = {};
const alarms = new Map();
const listeners = {};
const tabMessages = [];

function area(name) {
  return storageArea(store, name, { onAccessLevel: (level) => (accessLevels[name] = level) });
}

globalThis.chrome = {
  runtime: {
    id: ID,
    getURL: (path) => `${BASE}${path}`,
    onMessage: { addListener: (f) => (listeners.message = f) },
    onInstalled: { addListener: (f) => (listeners.installed = f) },
    onStartup: { addListener: (f) => (listeners.startup = f) },
    openOptionsPage: () => {},
    // The native messaging host: none registered unless a test says otherwise.
    sendNativeMessage: (host, message) => native(host, message),
  },
  storage: {
    local: area("local"),
    session: area("session"),
    managed: { get: async () => ({}), setAccessLevel: async ({ accessLevel }) => (accessLevels.managed = accessLevel) },
    onChanged: { addListener: (f) => (listeners.changed = f) },
  },
  action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setTitle: async () => {} },
  alarms: {
    create: (name, info) => alarms.set(name, info),
    clear: async (name) => alarms.delete(name),
    onAlarm: { addListener: (f) => (listeners.alarm = f) },
  },
  tabs: {
    query: async () => [{ id: 1 }, { id: 2 }],
    sendMessage: async (id, message) => tabMessages.push({ id, message }),
  },
};

const nativeCalls = [];
let native = async (host, message) => {
  nativeCalls.push({ host, ...message });
  throw new Error("Specified native messaging host not found.");
};

// The service: by default answers a check with one warning that quotes a phone number.
const fetches = [];
let serve = async (url, init) => {
  if (url.endsWith("/v1/orgs")) return Response.json({ orgs: [{ id: "lancaster-su", name: "Lancaster SU", comms_contact: { email: "c@example.ac.uk" }, secret_field: 1 }] });
  if (url.endsWith("/v1/check")) {
    const text = JSON.parse(init.body).text;
    return Response.json({
      verdict: "warning",
      rules_version: "1",
      warnings: [{ rule: "personal-data.phone", severity: "warning", message: `Shares a phone number (${text})`, clause: { ref: "6.2", title: "Personal data" }, spans: [{ start: 0, end: text.length, text }] }],
    });
  }
  return Response.json({});
};
globalThis.fetch = (url, init) => {
  fetches.push({ url, init });
  return serve(url, init);
};

await backgroundModule("worker.js");
const { MAX_CHECKS } = await backgroundModule("worker.js");

function send(message, sender) {
  return new Promise((resolve) => listeners.message(message, sender, resolve));
}

const CONTENT = { id: ID, url: "https://x.com/home", origin: "https://x.com", tab: { id: 7 }, frameId: 0 };
const POPUP = { id: ID, url: `${BASE}popup/popup.html`, origin: `chrome-extension://${ID}` };
const OPTIONS_TAB = { id: ID, url: `${BASE}options/options.html`, origin: `chrome-extension://${ID}`, tab: { id: 3 } };
const FOREIGN = {
  "another extension's page": { id: "abcdefghijklmnopabcdefghijklmnop", url: "chrome-extension://abcdefghijklmnopabcdefghijklmnop/p.html" },
  "another extension's content script": { id: "abcdefghijklmnopabcdefghijklmnop", url: "https://x.com/", tab: { id: 7 } },
  "no sender": undefined,
  "a web page outside any tab": { id: ID, url: "https://evil.example/" },
  "a page claiming an extension URL from a web origin": { id: ID, url: `${BASE}popup/popup.html`, origin: "https://evil.example", tab: { id: 7 } },
};
const TYPES = ["check", "contentSettings", "org", "decision", "settings", "saveSettings", "orgs", "status", "connect", "testConnection", "history", "pauseState", "pause", "switchSite", "ignoredRules", "warnAgain"];
const CHECK = { type: "check", request: { text: "Call Sam on 07700 900123", action: "post", site: "x", handle: "@LancasterSU" } };

test("the worker refuses every message from other extensions and unknown contexts, before any handler runs", async () => {
  const before = fetches.length;
  for (const [who, sender] of Object.entries(FOREIGN)) {
    for (const type of TYPES) {
      const reply = await send({ ...CHECK, type, changes: { org: "chester-su" } }, sender);
      assert.equal(reply.refused, true, `${type} from ${who}`);
    }
  }
  assert.equal(fetches.length, before, "nothing reached the service");
  assert.equal(store.local.settings.org, "lancaster-su", "nothing was saved");
});

test("content scripts may only check, read their own settings, their organisation and report decisions", async () => {
  for (const type of ["settings", "saveSettings", "orgs", "status", "connect", "testConnection", "history"]) {
    assert.equal((await send({ type, changes: { org: "chester-su" } }, CONTENT)).refused, true, type);
  }
  for (const type of ["check", "contentSettings", "decision"]) {
    assert.equal((await send({ ...CHECK, type }, POPUP)).refused, true, `${type} from the popup`);
  }
  assert.equal((await send({ type: "nonsense" }, CONTENT)).refused, true);
  assert.equal((await send(null, CONTENT)).refused, true);
});

test("the settings a content script receives hold no token, address or accounts", async () => {
  const reply = await send({ type: "contentSettings" }, CONTENT);
  assert.equal(reply.ok, true);
  assert.deepEqual(Object.keys(reply.settings).sort(), ["paused", "siteHosts", "sites"]);
  assert.equal(reply.settings.paused, null);
  const json = JSON.stringify(reply);
  assert.equal(json.includes(TOKEN), false);
  assert.equal(json.includes("127.0.0.1"), false);
  const org = await send({ type: "org" }, CONTENT);
  assert.deepEqual(org.org, { id: "lancaster-su", name: "Lancaster SU", comms_contact: { email: "c@example.ac.uk" } });
});

test("the options page and popup learn only whether a token is saved, never the token", async () => {
  for (const sender of [POPUP, OPTIONS_TAB]) {
    const reply = await send({ type: "settings" }, sender);
    assert.equal(reply.ok, true);
    assert.equal(reply.settings.tokenSet, true);
    assert.equal("token" in reply.settings, false);
    assert.equal(JSON.stringify(reply).includes(TOKEN), false);
  }
});

test("a content script's check goes out with the token, which only the worker adds", async () => {
  const before = fetches.length;
  const reply = await send({ ...CHECK, request: { ...CHECK.request, text: "Ring 07700 900456" } }, CONTENT);
  assert.equal(reply.ok, true);
  assert.equal(reply.answer.verdict, "warning");
  const sent = fetches.slice(before).find((f) => f.url.endsWith("/v1/check"));
  assert.equal(sent.init.headers.Authorization, `Bearer ${TOKEN}`);
  assert.equal(JSON.stringify(reply).includes(TOKEN), false);
});

test("a check request is validated: wrong types, unknown actions and oversized text are refused", async () => {
  const before = fetches.length;
  for (const request of [{ text: 5, action: "post" }, { text: "hi", action: "delete" }, { text: "x".repeat(20001), action: "post" }, { text: "hi", action: "post", replying_to: {} }]) {
    const reply = await send({ type: "check", request }, CONTENT);
    assert.equal(reply.ok, false);
  }
  assert.equal(fetches.length, before);
});

test("an empty token field keeps the saved token; forgetToken clears it", async () => {
  let reply = await send({ type: "saveSettings", changes: { token: "", role: "trustee" } }, OPTIONS_TAB);
  assert.equal(reply.ok, true);
  assert.equal(store.local.settings.token, TOKEN);
  assert.equal(store.local.settings.role, "trustee");
  assert.equal(JSON.stringify(reply).includes(TOKEN), false);
  reply = await send({ type: "saveSettings", changes: {}, forgetToken: true }, OPTIONS_TAB);
  assert.equal(store.local.settings.token, "");
  assert.equal(reply.settings.tokenSet, false);
  store.local.settings.token = TOKEN;
  store.local.settings.role = "staff";
  listeners.changed({ settings: {} }, "local");
});

test("storage, which holds the token, is closed to content scripts; they are told of changes instead", async () => {
  assert.equal(accessLevels.local, "TRUSTED_CONTEXTS");
  assert.equal(accessLevels.managed, "TRUSTED_CONTEXTS");
  tabMessages.length = 0;
  listeners.changed({ settings: { newValue: {} } }, "local");
  await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(tabMessages, [{ id: 1, message: { type: "settingsChanged" } }, { id: 2, message: { type: "settingsChanged" } }]);
});

test("the popup's history keeps rule ids, severities and clauses, never the flagged words or messages", async () => {
  await send({ ...CHECK, request: { ...CHECK.request, text: "Text me on 07700 900789 or sam@example.com" } }, CONTENT);
  await send({ type: "decision", action: "post", choice: "post", site: "x", rules: ["personal-data.phone"], severity: "warning" }, CONTENT);
  await new Promise((r) => setTimeout(r, 10));
  const stored = JSON.stringify(store.session.history);
  assert.ok(stored.includes("personal-data.phone"));
  for (const leaked of ["07700", "sam@example.com", "Shares a phone number", "Personal data"]) assert.equal(stored.includes(leaked), false, leaked);
  const reply = await send({ type: "history" }, POPUP);
  const check = reply.history.find((e) => e.kind === "check");
  assert.deepEqual(check.warnings[0], { rule: "personal-data.phone", severity: "warning", clause: "6.2" });
  assert.deepEqual(Object.keys(check).sort(), ["action", "kind", "site", "time", "verdict", "warnings"]);
});

test("a decision must be well formed; its rules are rule ids, not text", async () => {
  const bad = await send({ type: "decision", action: "post", choice: "publish", rules: ["x"], severity: "warning" }, CONTENT);
  assert.equal(bad.ok, false);
  const before = fetches.length;
  await send({ type: "decision", action: "like", choice: "go", site: "x", rules: ["endorsement.breaching-content", "Call 07700 900123"], severity: "warning" }, CONTENT);
  const audit = fetches.slice(before).find((f) => f.url.endsWith("/v1/audit"));
  assert.deepEqual(JSON.parse(audit.init.body), { org: "lancaster-su", action: "like", rules: ["endorsement.breaching-content"], severity: "warning", outcome: "went_ahead" });
});

// A service that accepts the connection and never answers.
function stalling() {
  const state = { active: 0, peak: 0, started: 0 };
  serve = (url, init) =>
    new Promise((resolve, reject) => {
      state.active += 1;
      state.started += 1;
      state.peak = Math.max(state.peak, state.active);
      init.signal.addEventListener("abort", () => {
        state.active -= 1;
        reject(new DOMException("aborted", "AbortError"));
      });
    });
  return state;
}

test("a stalled check times out, is reported as 'not answering', and is not retried", async (t) => {
  mock.timers.enable({ apis: ["setTimeout"] });
  t.after(() => mock.timers.reset());
  const state = stalling();
  const reply = send({ ...CHECK, request: { ...CHECK.request, text: "stalled 1" } }, CONTENT);
  while (state.started < 1) await new Promise((r) => setImmediate(r));
  mock.timers.tick(4000);
  const r = await reply;
  assert.equal(r.ok, false);
  assert.equal(r.offline, true);
  assert.equal(r.timeout, true);
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  assert.equal(state.started, 1, "no retry");
});

test("many checks against a stalled service: a few connections at most, each request answered once", async (t) => {
  mock.timers.enable({ apis: ["setTimeout"] });
  t.after(() => mock.timers.reset());
  const state = stalling();
  const texts = Array.from({ length: 12 }, (_, i) => `stalled many ${i}`);
  const replies = texts.map((text) => send({ ...CHECK, request: { ...CHECK.request, text } }, CONTENT));
  // Identical requests share one connection.
  replies.push(send({ ...CHECK, request: { ...CHECK.request, text: texts[0] } }, CONTENT));
  while (state.started < MAX_CHECKS) await new Promise((r) => setImmediate(r));
  for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
  assert.equal(state.started, MAX_CHECKS);
  for (let round = 0; round < 6; round++) {
    mock.timers.tick(4000);
    for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
  }
  const results = await Promise.all(replies);
  assert.ok(results.every((r) => r.ok === false && r.offline === true && (r.timeout || r.busy)), JSON.stringify(results));
  assert.ok(state.peak <= MAX_CHECKS, `peak ${state.peak}`);
  assert.ok(state.started <= texts.length, `${state.started} connections for ${texts.length} distinct checks`);
});

// --- Pairing through the native messaging host (issue 15), on the real worker with a fake host. ---
const PAIRED_URL = "http://127.0.0.1:8400";
const PAIRED_TOKEN = "paired_by_the_host_0123456789abcdefgh";

// The checker the host starts: answers only with the host's token; nothing answers at the old address.
function pairedService() {
  serve = async (url, init) => {
    if (!url.startsWith(PAIRED_URL)) throw new TypeError("Failed to fetch");
    if (url.endsWith("/v1/health")) return Response.json({ status: "ok", version: "0.1.0", rules_version: "2026.11.21" });
    if (init.headers.Authorization !== `Bearer ${PAIRED_TOKEN}`) return Response.json({ error: { code: "unauthorized", message: "wrong token" } }, { status: 401 });
    if (url.endsWith("/v1/rules")) return Response.json({ installed: { version: "2026.11.21" } });
    if (url.endsWith("/v1/check")) return Response.json({ verdict: "warning", rules_version: "2026.11.21", warnings: [] });
    return Response.json({});
  };
}

test("options: 'Test connection' tests the address and token typed in the form, not the saved ones", async () => {
  pairedService();
  let reply = await send({ type: "testConnection", serviceUrl: PAIRED_URL, token: "not-the-token-at-all" }, OPTIONS_TAB);
  assert.equal(reply.connected, true);
  assert.equal(reply.unpaired, true);
  assert.match(reply.summary.text, /not paired yet/);
  reply = await send({ type: "testConnection", serviceUrl: PAIRED_URL, token: PAIRED_TOKEN }, OPTIONS_TAB);
  assert.equal(reply.connected, true);
  assert.equal(reply.unpaired, false);
  assert.equal(reply.summary.text, "Checker running · paired · rules 2026.11.21");
  assert.equal(JSON.stringify(reply).includes(PAIRED_TOKEN), false);
  assert.equal(store.local.settings.token, TOKEN, "testing saves nothing");
  assert.equal(store.local.pairing, undefined);
});

test("a check that finds the checker stopped has the host start and pair it, and is made again with the new token", async () => {
  pairedService();
  nativeCalls.length = 0;
  let running = false;
  native = async (host, message) => {
    nativeCalls.push({ host, ...message });
    if (message.type === "hello") return { type: "hello", id: message.id, host_version: "0.1.0", data_dir: "/d", address: PAIRED_URL, running, service_version: null, rules_version: null };
    if (message.type === "start") {
      running = true;
      return { type: "start", id: message.id, address: PAIRED_URL, started: true };
    }
    if (message.type === "pair") return { type: "pair", id: message.id, address: PAIRED_URL, token: PAIRED_TOKEN };
    throw new Error("unexpected");
  };
  const before = fetches.length;
  const reply = await send({ ...CHECK, request: { ...CHECK.request, text: "after a restart" } }, CONTENT);
  assert.equal(reply.ok, true, JSON.stringify(reply));
  assert.deepEqual(nativeCalls.map((c) => [c.host, c.type]), [["org.thinktwice.host", "hello"], ["org.thinktwice.host", "start"], ["org.thinktwice.host", "pair"]]);
  const checks = fetches.slice(before).filter((f) => f.url.endsWith("/v1/check"));
  assert.equal(checks.length, 2, "the failed check, then the same check once more");
  assert.equal(checks[1].url, `${PAIRED_URL}/v1/check`);
  assert.equal(checks[1].init.headers.Authorization, `Bearer ${PAIRED_TOKEN}`);
  assert.deepEqual({ ...store.local.pairing, at: 0 }, { address: PAIRED_URL, token: PAIRED_TOKEN, source: "automatic", at: 0 });
  assert.equal(store.local.settings.token, TOKEN, "the user's own settings are not rewritten");
  assert.equal(JSON.stringify(reply).includes(PAIRED_TOKEN), false);

  const status = await send({ type: "status" }, POPUP);
  assert.equal(status.summary.text, "Checker running · paired · rules 2026.11.21");
  assert.equal(status.pairingSource, "automatic");
  assert.equal(status.tokenSet, true);
  assert.equal(JSON.stringify(status).includes(PAIRED_TOKEN), false);
  assert.equal(JSON.stringify(store.session).includes(PAIRED_TOKEN), false, "session storage (the helper's state) holds no token");
  const settings = await send({ type: "settings" }, OPTIONS_TAB);
  assert.equal(JSON.stringify(settings).includes(PAIRED_TOKEN), false);
  const content = await send({ type: "contentSettings" }, CONTENT);
  assert.equal(JSON.stringify(content).includes(PAIRED_TOKEN), false);
});

test("a checker that keeps failing does not make the worker storm the host", async () => {
  serve = async () => {
    throw new TypeError("Failed to fetch");
  };
  nativeCalls.length = 0;
  for (let i = 0; i < 10; i++) {
    const reply = await send({ ...CHECK, request: { ...CHECK.request, text: `storm ${i}` } }, CONTENT);
    assert.equal(reply.ok, false);
    assert.equal(reply.offline, true);
  }
  await send({ type: "status" }, POPUP);
  assert.equal(nativeCalls.length, 0, "the last attempt was moments ago: the host is not asked again");
  await send({ type: "connect" }, OPTIONS_TAB); // the options page opening asks at once
  assert.equal(nativeCalls.filter((c) => c.type === "hello").length, 1);
});

test("a token pasted by hand replaces the automatic pairing", async () => {
  assert.equal(store.local.pairing.source, "automatic");
  const reply = await send({ type: "saveSettings", changes: { token: "pasted-by-hand-0123456789abcdef" } }, OPTIONS_TAB);
  assert.equal(reply.ok, true);
  assert.equal(store.local.pairing, undefined);
  assert.equal(store.local.settings.token, "pasted-by-hand-0123456789abcdef");
  const status = await send({ type: "status" }, POPUP);
  assert.equal(status.pairingSource, "manual");
});

test("a check does not wait past its budget for a slow start: it is answered 'offline' and the pairing still completes", async (t) => {
  mock.timers.enable({ apis: ["setTimeout", "Date"], now: Date.now() + 60_000 }); // well past the last attempt
  t.after(() => mock.timers.reset());
  pairedService();
  let startCalled = false;
  let finishStart;
  native = async (host, message) => {
    if (message.type === "hello") return { type: "hello", id: message.id, address: PAIRED_URL, running: false };
    if (message.type === "start") {
      startCalled = true;
      return new Promise((resolve) => (finishStart = () => resolve({ type: "start", id: message.id, address: PAIRED_URL, started: true })));
    }
    return { type: "pair", id: message.id, address: PAIRED_URL, token: PAIRED_TOKEN };
  };
  delete store.local.pairing;
  store.local.settings.token = "";
  store.local.settings.serviceUrl = "http://127.0.0.1:9";
  listeners.changed({ settings: {} }, "local");
  serve = async (url, init) => {
    if (url.startsWith(PAIRED_URL) && store.local.pairing) return Response.json({ verdict: "ok", rules_version: "2026.11.21", warnings: [] });
    throw new TypeError("Failed to fetch");
  };
  const reply = send({ ...CHECK, request: { ...CHECK.request, text: "while it starts" } }, CONTENT);
  while (!startCalled) await new Promise((r) => setImmediate(r));
  mock.timers.tick(7000);
  const r = await reply;
  assert.equal(r.ok, false);
  assert.equal(r.offline, true);
  assert.equal(r.timeout, undefined, "offline, not 'not answering'");
  finishStart();
  for (let i = 0; i < 20 && !store.local.pairing; i++) await new Promise((r) => setImmediate(r));
  assert.equal(store.local.pairing.token, PAIRED_TOKEN);
  const again = await send({ ...CHECK, request: { ...CHECK.request, text: "after it started" } }, CONTENT);
  assert.equal(again.ok, true);
});

test("the host is asked when the browser starts and when the extension is installed or updated, whatever the last attempt", async () => {
  nativeCalls.length = 0;
  native = async (host, message) => {
    nativeCalls.push({ host, ...message });
    throw new Error("Specified native messaging host not found.");
  };
  await listeners.startup();
  assert.deepEqual(nativeCalls.map((c) => c.type), ["hello"]);
  await listeners.installed({ reason: "update" });
  assert.deepEqual(nativeCalls.map((c) => c.type), ["hello", "hello"], "not held back by the 10 s between attempts");
  const status = await send({ type: "status" }, POPUP);
  assert.equal(status.native.host, "missing");
});

// Pausing (background/pause.js): everywhere for a while, or on one site until switched back on.
test("a pause: content scripts watch nothing, a check is answered 'paused' without reaching the service, and the alarm ends it", async () => {
  serve = async () => Response.json({ verdict: "warning", rules_version: "2026.11.21", warnings: [{ rule: "politics.party-endorsement", severity: "warning", message: "m", spans: [] }] });
  const before = Date.now();
  const reply = await send({ type: "pause", length: "hour", tabId: 7 }, POPUP);
  assert.equal(reply.ok, true);
  assert.ok(reply.pausedUntil >= before + 3600_000 - 5 && reply.pausedUntil <= Date.now() + 3600_000, reply.pausedUntil);
  assert.equal(reply.paused.reason, "paused");
  assert.equal(alarms.get("thinktwice-resume").when, reply.pausedUntil);
  assert.equal(store.local.settings.pausedUntil, reply.pausedUntil);
  listeners.changed({ settings: {} }, "local"); // as the browser reports the write

  const content = await send({ type: "contentSettings" }, CONTENT);
  assert.ok(Object.values(content.settings.sites).every((on) => on === false), "no site watched");
  assert.deepEqual(content.settings.paused, { reason: "paused", until: reply.pausedUntil });
  const fetched = fetches.length;
  const check = await send({ ...CHECK, request: { ...CHECK.request, text: "Vote Labour while paused" } }, CONTENT);
  assert.deepEqual(check, { ok: true, paused: { reason: "paused", until: reply.pausedUntil }, answer: { verdict: "ok", warnings: [] } });
  assert.equal(fetches.length, fetched, "nothing sent to the service");

  // The alarm fires once the hour is over: the pause is cleared (and the change tells the tabs).
  store.local.settings.pausedUntil = Date.now() - 1;
  listeners.changed({ settings: {} }, "local");
  await listeners.alarm({ name: "thinktwice-resume" });
  for (let i = 0; i < 20 && store.local.settings.pausedUntil; i++) await new Promise((r) => setImmediate(r));
  assert.equal(store.local.settings.pausedUntil, 0);
  listeners.changed({ settings: {} }, "local");
  const after = await send({ ...CHECK, request: { ...CHECK.request, text: "Vote Labour after the pause" } }, CONTENT);
  assert.equal(after.ok, true);
  assert.equal(after.paused, undefined);
  assert.equal(after.answer.verdict, "warning");
  assert.ok(Object.values((await send({ type: "contentSettings" }, CONTENT)).settings.sites).some((on) => on));
});

test("resuming at once: the pause and its alarm are gone", async () => {
  await send({ type: "pause", length: "tomorrow", tabId: 7 }, POPUP);
  const tomorrow = new Date();
  tomorrow.setHours(24, 0, 0, 0);
  assert.equal(store.local.settings.pausedUntil, tomorrow.getTime());
  listeners.changed({ settings: {} }, "local");
  const reply = await send({ type: "pause", length: null, tabId: 7 }, POPUP);
  assert.equal(reply.pausedUntil, 0);
  assert.equal(reply.paused, null);
  assert.equal(alarms.has("thinktwice-resume"), false);
  assert.equal((await send({ type: "pause", length: "a week" }, POPUP)).ok, false, "only the lengths offered");
});

test("off on this site: the tab's site and its frames are off, other sites are not; the popup names the active tab's site", async () => {
  serve = async () => Response.json({ verdict: "warning", rules_version: "2026.11.21", warnings: [{ rule: "politics.party-endorsement", severity: "warning", message: "m", spans: [] }] });
  const BLOG = { ...CONTENT, url: "https://www.blog.example:8443/post", tab: { id: 8 }, frameId: 0 };
  const FRAME_IN_BLOG = { ...CONTENT, url: "https://comments.example/embed", tab: { id: 8 }, frameId: 3 };
  await send({ type: "contentSettings" }, BLOG); // the top frame names the tab's site
  const state = await send({ type: "pauseState", tabId: 8 }, POPUP);
  assert.equal(state.site, "blog.example:8443");
  assert.equal(state.paused, null);

  const off = await send({ type: "switchSite", site: state.site, off: true, tabId: 8 }, POPUP);
  assert.deepEqual(off.offSites, ["blog.example:8443"]);
  assert.deepEqual(off.paused, { reason: "site", site: "blog.example:8443" });
  listeners.changed({ settings: {} }, "local");
  for (const sender of [BLOG, FRAME_IN_BLOG]) {
    const content = await send({ type: "contentSettings" }, sender);
    assert.ok(Object.values(content.settings.sites).every((on) => on === false), sender.url);
    const check = await send({ ...CHECK, request: { ...CHECK.request, text: `Vote Labour ${sender.frameId}` } }, sender);
    assert.equal(check.paused.reason, "site", sender.url);
  }
  const elsewhere = await send({ ...CHECK, request: { ...CHECK.request, text: "Vote Labour on x.com" } }, CONTENT);
  assert.equal(elsewhere.paused, undefined);
  assert.equal(elsewhere.answer.verdict, "warning");

  const on = await send({ type: "switchSite", site: "blog.example:8443", off: false, tabId: 8 }, OPTIONS_TAB);
  assert.deepEqual(on.offSites, []);
  listeners.changed({ settings: {} }, "local");
  assert.equal((await send({ ...CHECK, request: { ...CHECK.request, text: "Vote Labour back on" } }, BLOG)).answer.verdict, "warning");
  assert.equal((await send({ type: "switchSite", site: "chrome://settings", off: true }, POPUP)).ok, false);
  for (const type of ["pause", "switchSite", "pauseState"]) {
    assert.equal((await send({ type, length: "hour", site: "x.com", off: true }, CONTENT)).refused, true, `${type} from a content script`);
  }
});

test("pause.js: sites are hosts without www (ports kept), tomorrow is the next local midnight, junk is dropped", async () => {
  const { siteOf, cleanSites, pauseEnd, pausedFor } = await backgroundModule("pause.js");
  assert.equal(siteOf("https://www.facebook.com/groups/1"), "facebook.com");
  assert.equal(siteOf("http://127.0.0.1:8080/x.html"), "127.0.0.1:8080");
  assert.equal(siteOf(`${BASE}popup/popup.html`), null);
  assert.equal(siteOf("about:blank"), null);
  assert.deepEqual(cleanSites(["X.com", "x.com", "www.x.com", "not a host", 7, ""]), ["x.com"]);
  assert.equal(cleanSites("x.com"), undefined);
  const now = new Date(2026, 10, 30, 23, 50).getTime();
  assert.equal(pauseEnd("tomorrow", now), new Date(2026, 11, 1, 0, 0).getTime());
  assert.equal(pauseEnd("hour", now), now + 3600_000);
  assert.throws(() => pauseEnd("forever", now));
  assert.equal(pausedFor({ pausedUntil: now - 1, offSites: [] }, ["x.com"], now), null, "an expired pause is over");
  assert.deepEqual(pausedFor({ pausedUntil: 0, offSites: ["x.com"] }, [null, "x.com"], now), { reason: "site", site: "x.com" });
});

test("a slow policy read does not hold up checks once a policy has been seen; a changed policy replaces it and the tabs are told", async () => {
  const settle = async (done) => {
    for (let i = 0; i < 50 && !done(); i++) await new Promise((r) => setImmediate(r));
  };
  await send({ type: "settings" }, POPUP);
  await settle(() => store.local.managedSeen !== undefined);
  assert.deepEqual(store.local.managedSeen, {}, "the policy read is kept");
  let release;
  chrome.storage.managed.get = () => new Promise((resolve) => (release = resolve)); // as in a browser just started
  listeners.changed({}, "managed");
  const reply = await send({ ...CHECK, request: { ...CHECK.request, text: "Vote Labour, policy still loading" } }, CONTENT);
  assert.equal(reply.ok, true, "answered from the policy seen before");
  tabMessages.length = 0;
  release({ role: "trustee" });
  await settle(() => store.local.managedSeen.role === "trustee");
  assert.deepEqual(store.local.managedSeen, { role: "trustee" });
  listeners.changed({ managedSeen: {} }, "local"); // as the browser reports the write
  await settle(() => tabMessages.length >= 2);
  assert.deepEqual(tabMessages.map((m) => m.message.type), ["settingsChanged", "settingsChanged"]);
  const settings = await send({ type: "settings" }, POPUP);
  assert.equal(settings.settings.role, "trustee");
  assert.ok(settings.locked.includes("role"));
  chrome.storage.managed.get = async () => ({});
  listeners.changed({}, "managed");
  await settle(() => store.local.managedSeen.role === undefined);
  listeners.changed({ managedSeen: {} }, "local");
});

test("options: the ignored rules are listed with the pack's words, locked ones marked; 'Warn me again' undoes one, unaudited", async () => {
  const policy = { lockedRules: ["personal-data.phone"] };
  chrome.storage.managed.get = async () => structuredClone(policy);
  store.local.managedSeen = structuredClone(policy);
  store.local.settings = { ...store.local.settings, ignoredRules: ["political.party-endorsement", "personal-data.phone", "gone.old-rule"] };
  const packRules = [
    { id: "political.party-endorsement", category: "political", message: "Backs a political party ({match}).", advice: "", max_severity: "warning", source: "x" },
    { id: "personal-data.phone", category: "personal-data", message: "Shares a phone number ({match}).", advice: "", max_severity: "warning", source: "x" },
  ];
  serve = async (url) => (url.endsWith("/v1/rules") ? Response.json({ installed: { version: "1" }, rules: packRules }) : Response.json({}));
  listeners.changed({}, "managed");
  listeners.changed({ settings: {} }, "local");

  for (const type of ["ignoredRules", "warnAgain"]) assert.equal((await send({ type, rule: "political.party-endorsement" }, CONTENT)).refused, true, type);
  const listed = await send({ type: "ignoredRules" }, OPTIONS_TAB);
  assert.deepEqual(listed.rules, [
    { rule: "political.party-endorsement", name: "Political: party endorsement", message: "Backs a political party.", category: "political", locked: false, setByOrganisation: false },
    { rule: "personal-data.phone", name: "Personal data: phone", message: "Shares a phone number.", category: "personal-data", locked: true, setByOrganisation: false },
    { rule: "gone.old-rule", name: "Gone: old rule", message: null, category: null, locked: false, setByOrganisation: false },
  ]);

  const before = fetches.length;
  const again = await send({ type: "warnAgain", rule: "political.party-endorsement" }, OPTIONS_TAB);
  assert.equal(again.ok, true);
  assert.deepEqual(again.rules.map((r) => r.rule), ["personal-data.phone", "gone.old-rule"]);
  assert.deepEqual(store.local.settings.ignoredRules, ["personal-data.phone", "gone.old-rule"]);
  assert.equal(fetches.slice(before).filter((f) => f.url.endsWith("/v1/audit")).length, 0, "undoing is not audited");
  assert.equal((await send({ type: "warnAgain", rule: "Call 07700 900123" }, OPTIONS_TAB)).ok, false);

  // A list the organisation sets cannot be changed here.
  policy.ignoredRules = ["gone.old-rule"];
  store.local.managedSeen = structuredClone(policy);
  listeners.changed({}, "managed");
  const refused = await send({ type: "warnAgain", rule: "gone.old-rule" }, OPTIONS_TAB);
  assert.equal(refused.locked, true);
  assert.deepEqual((await send({ type: "ignoredRules" }, OPTIONS_TAB)).rules.map((r) => r.setByOrganisation), [true]);

  chrome.storage.managed.get = async () => ({});
  store.local.managedSeen = {};
  listeners.changed({}, "managed");
});
