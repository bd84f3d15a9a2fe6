import { test } from "node:test";
import assert from "node:assert/strict";
import { backgroundModule } from "./support/load.mjs";

const settingsMod = await backgroundModule("settings.js");
const { createCache } = await backgroundModule("cache.js");
const { addEntry, entryFrom, HISTORY_LIMIT } = await backgroundModule("history.js");
const { headersFor, call, ServiceError } = await backgroundModule("client.js");
const { merge, applyUserChanges, accountFor, buildCheckBody, DEFAULTS } = settingsMod;

test("defaults point at the local service and check every site", () => {
  const { settings, locked } = merge(undefined, undefined);
  assert.equal(settings.serviceUrl, "http://127.0.0.1:8377");
  assert.equal(settings.token, "");
  assert.ok(Object.values(settings.sites).every((v) => v === true));
  assert.deepEqual(locked, []);
});

test("policy settings override the user's and are reported as locked", () => {
  const { settings, locked } = merge(
    { org: "chester-su", role: "volunteer", sites: { x: false, reddit: false } },
    { org: "lancaster-su", sites: { x: true } },
  );
  assert.equal(settings.org, "lancaster-su");
  assert.equal(settings.role, "volunteer");
  assert.equal(settings.sites.x, true);
  assert.equal(settings.sites.reddit, false);
  assert.deepEqual(locked.sort(), ["org", "sites"]);
});

test("malformed stored values fall back instead of breaking the extension", () => {
  const { settings } = merge({ serviceUrl: "javascript:alert(1)", role: "king", officialAccounts: [{ site: "nowhere", handle: "@x" }], sites: { x: "yes" } }, null);
  assert.equal(settings.serviceUrl, DEFAULTS.serviceUrl);
  assert.equal(settings.role, DEFAULTS.role);
  assert.deepEqual(settings.officialAccounts, []);
  assert.equal(settings.sites.x, true);
});

test("other addresses of a site are kept only when well formed", () => {
  const { settings } = merge({ siteHosts: [{ site: "mastodon", host: "Social.Example.ac.uk" }, { site: "generic", host: "a.example" }, { site: "x", host: "bad host/" }, { site: "x", host: "127.0.0.1:8123" }] }, null);
  assert.deepEqual(settings.siteHosts, [{ site: "mastodon", host: "social.example.ac.uk" }, { site: "x", host: "127.0.0.1:8123" }]);
});

test("a user's change to a locked key is ignored", () => {
  const next = applyUserChanges({ role: "staff" }, { org: "chester-su", role: "trustee" }, ["org"]);
  assert.deepEqual(next, { role: "trustee" });
});

test("an account is official only when its site and handle are listed", () => {
  const { settings } = merge({ officialAccounts: [{ site: "x", handle: "@LancasterSU" }, { site: "facebook", handle: "*" }] }, null);
  assert.equal(accountFor(settings, "x", "@lancastersu"), "official");
  assert.equal(accountFor(settings, "x", "LancasterSU"), "official");
  assert.equal(accountFor(settings, "x", "@sam"), "personal");
  assert.equal(accountFor(settings, "x", null), "personal");
  assert.equal(accountFor(settings, "linkedin", "@LancasterSU"), "personal");
  assert.equal(accountFor(settings, "facebook", null), "official");
});

test("the check body carries the context, and a platform only for known sites", () => {
  const { settings } = merge({ org: "lancaster-su", role: "staff", officialAccounts: [{ site: "x", handle: "@LancasterSU" }] }, null);
  assert.deepEqual(buildCheckBody(settings, { text: "Vote Labour", action: "reply", replying_to: "Who are you voting for?", site: "x", handle: "@LancasterSU" }), {
    text: "Vote Labour",
    action: "reply",
    replying_to: "Who are you voting for?",
    context: { org: "lancaster-su", role: "staff", account: "official", platform: "x" },
  });
  const generic = buildCheckBody(settings, { text: "hi", action: "post", site: "generic" });
  assert.deepEqual(generic.context, { org: "lancaster-su", role: "staff", account: "personal" });
  assert.throws(() => buildCheckBody(settings, { text: "  ", action: "post" }));
  assert.throws(() => buildCheckBody(settings, { text: "hi", action: "delete" }));
});

test("the pairing token goes on every request except the health check", () => {
  assert.equal(headersFor("/v1/check", "s3cret", true).Authorization, "Bearer s3cret");
  assert.equal(headersFor("/v1/orgs", "s3cret", false).Authorization, "Bearer s3cret");
  assert.equal(headersFor("/v1/health", "s3cret", false).Authorization, undefined);
  assert.equal(headersFor("/v1/check", "", true).Authorization, undefined);
});

test("an unreachable service is reported as offline; a refusal carries the service's error", async () => {
  const refused = () => Promise.reject(new TypeError("Failed to fetch"));
  await assert.rejects(call("http://127.0.0.1:9", "/v1/health", { fetchImpl: refused }), (e) => e instanceof ServiceError && e.offline);
  const unauthorised = async () => new Response(JSON.stringify({ error: { code: "unauthorized", message: "missing token" } }), { status: 401 });
  await assert.rejects(call("http://127.0.0.1:9", "/v1/check", { body: {}, fetchImpl: unauthorised }), (e) => e.status === 401 && e.code === "unauthorized" && !e.offline);
});

test("the answer cache keeps the most recently used entries", () => {
  const cache = createCache(2);
  cache.set("a", 1);
  cache.set("b", 2);
  cache.get("a");
  cache.set("c", 3);
  assert.equal(cache.get("b"), undefined);
  assert.equal(cache.get("a"), 1);
  assert.equal(cache.size, 2);
});

test("history keeps rule ids and messages, never the post, and folds repeats while typing", () => {
  const answer = { verdict: "warning", warnings: [{ rule: "political.party", severity: "warning", message: "m", clause: { ref: "6.7" }, spans: [{ start: 0, end: 6, text: "Labour" }] }] };
  const e1 = entryFrom({ kind: "check", site: "x", action: "post", answer }, 1);
  assert.equal(JSON.stringify(e1).includes("Labour"), false);
  let history = addEntry([], e1);
  history = addEntry(history, entryFrom({ kind: "check", site: "x", action: "post", answer }, 2));
  assert.equal(history.length, 1);
  assert.equal(history[0].time, 2);
  for (let i = 0; i < 20; i++) history = addEntry(history, entryFrom({ kind: "decision", site: "x", action: "like", choice: "cancel", rules: [] }, i));
  assert.equal(history.length, HISTORY_LIMIT);
});

// --- Pairing through the native messaging host (issue 15): the state machine with a fake host. ---
const { createPairing, HOST_NAME, RETRY_AFTER_MS } = await backgroundModule("pairing.js");
const { describe, offlineTitle } = await backgroundModule("status.js");
const { withPairing } = settingsMod;

const PAIR_TOKEN = "tok_0123456789abcdefghijklmnopqrstuv";

// A host that answers like thinktwice-host: `running` says whether the checker answers; start starts it.
function fakeHost({ running = false, missing = null, startError = null, replies = {} } = {}) {
  const host = { calls: [], running };
  host.send = async (name, message) => {
    host.calls.push({ name, ...message });
    if (missing) throw new Error(missing);
    if (replies[message.type]) return replies[message.type](message);
    if (message.type === "hello") return { type: "hello", id: message.id, host_version: "0.1.0", data_dir: "/home/u/.local/share/thinktwice", address: "http://127.0.0.1:8377", running: host.running, service_version: host.running ? "0.1.0" : null, rules_version: host.running ? "2026.11.21" : null };
    if (message.type === "start") {
      if (startError) return { type: "error", id: message.id, code: startError, message: "The checker stopped while starting (exit code 1): port taken" };
      const started = !host.running;
      host.running = true;
      return { type: "start", id: message.id, address: "http://127.0.0.1:8377", started };
    }
    if (message.type === "pair") return { type: "pair", id: message.id, address: "http://127.0.0.1:8377", token: PAIR_TOKEN };
    return { type: "error", id: message.id, code: "unknown_type", message: "?" };
  };
  return host;
}

function pairingWith(host, extra = {}) {
  const saved = [];
  const persisted = [];
  let clock = 1_000_000;
  const p = createPairing({
    sendNative: host.send,
    save: async (pairing) => saved.push(pairing),
    persist: async (state) => persisted.push(structuredClone(state)),
    now: () => clock,
    ...extra,
  });
  return { p, saved, persisted, advance: (ms) => (clock += ms) };
}

test("a running checker is paired without being started: hello, then pair", async () => {
  const host = fakeHost({ running: true });
  const { p, saved } = pairingWith(host);
  const r = await p.ensure({ force: true });
  assert.deepEqual(r, { ok: true, started: false, address: "http://127.0.0.1:8377" });
  assert.deepEqual(host.calls.map((c) => c.type), ["hello", "pair"]);
  assert.ok(host.calls.every((c) => c.name === HOST_NAME && c.name === "org.thinktwice.host"));
  assert.deepEqual(saved, [{ address: "http://127.0.0.1:8377", token: PAIR_TOKEN }]);
  const s = p.state();
  assert.equal(s.host, "found");
  assert.equal(s.checker, "running");
  assert.equal(s.paired, true);
  assert.equal(s.hello.rulesVersion, "2026.11.21");
});

test("a stopped checker is started through the host, then paired", async () => {
  const host = fakeHost({ running: false });
  const { p, saved } = pairingWith(host);
  const r = await p.ensure({ force: true });
  assert.equal(r.ok, true);
  assert.equal(r.started, true);
  assert.deepEqual(host.calls.map((c) => c.type), ["hello", "start", "pair"]);
  assert.equal(saved.length, 1);
  assert.equal(p.state().checker, "running");
  assert.equal(p.state().started, true);
});

test("no host registered (Chromium's and Firefox's words) is 'missing', and nothing is saved", async () => {
  for (const words of ["Specified native messaging host not found.", "No such native application org.thinktwice.host"]) {
    const { p, saved } = pairingWith(fakeHost({ missing: words }));
    const r = await p.ensure({ force: true });
    assert.equal(r.ok, false);
    assert.equal(r.missing, true);
    assert.equal(p.state().host, "missing");
    assert.equal(p.state().error.code, "host_missing");
    assert.deepEqual(saved, []);
  }
  // A browser without native messaging at all counts as no host too.
  const p = createPairing({ sendNative: null, save: async () => assert.fail("saved") });
  assert.equal((await p.ensure({ force: true })).missing, true);
  assert.equal(p.state().host, "missing");
});

test("a checker that cannot be started is reported with the host's reason; pairing is not asked", async () => {
  const host = fakeHost({ running: false, startError: "start_failed" });
  const { p, saved } = pairingWith(host);
  const r = await p.ensure({ force: true });
  assert.equal(r.ok, false);
  assert.deepEqual(host.calls.map((c) => c.type), ["hello", "start"]);
  assert.equal(p.state().host, "found");
  assert.equal(p.state().checker, "stopped");
  assert.equal(p.state().error.code, "start_failed");
  assert.match(p.state().error.message, /port taken/);
  assert.deepEqual(saved, []);
});

test("attempts are serialised: concurrent asks share one round of messages", async () => {
  const host = fakeHost({ running: false });
  const { p } = pairingWith(host);
  const results = await Promise.all([p.ensure({ force: true }), p.ensure(), p.ensure({ force: true }), p.ensure()]);
  assert.ok(results.every((r) => r.ok && r === results[0]));
  assert.deepEqual(host.calls.map((c) => c.type), ["hello", "start", "pair"]);
});

test("after a failing service the host is asked at most once per retry interval; forced asks are not held back", async () => {
  const host = fakeHost({ missing: "Specified native messaging host not found." });
  const { p, advance } = pairingWith(host);
  await p.ensure();
  assert.equal(host.calls.length, 1);
  for (let i = 0; i < 20; i++) {
    const r = await p.ensure(); // a storm of failed checks
    assert.equal(r.skipped, true);
  }
  assert.equal(host.calls.length, 1);
  advance(RETRY_AFTER_MS - 1);
  assert.equal((await p.ensure()).skipped, true);
  advance(1);
  await p.ensure();
  assert.equal(host.calls.length, 2);
  await p.ensure({ force: true }); // browser start, install, the options page
  assert.equal(host.calls.length, 3);
});

test("malformed or hostile replies are refused: wrong type, bad token, an address that is not a plain http origin", async () => {
  const cases = [
    { hello: (m) => ({ type: "pair", id: m.id }) },
    { pair: (m) => ({ type: "pair", id: m.id, address: "http://127.0.0.1:8377", token: "" }) },
    { pair: (m) => ({ type: "pair", id: m.id, address: "http://127.0.0.1:8377", token: "has spaces and <script>" }) },
    { pair: (m) => ({ type: "pair", id: m.id, address: "javascript:alert(1)", token: PAIR_TOKEN }) },
    { pair: (m) => ({ type: "pair", id: m.id, address: "http://127.0.0.1:8377/steal?x=1", token: PAIR_TOKEN }) },
    { hello: () => null },
    { hello: (m) => ({ type: "error", id: m.id, code: "bad_message", message: "the message has no type" }) },
  ];
  for (const replies of cases) {
    const { p, saved } = pairingWith(fakeHost({ running: true, replies }));
    const r = await p.ensure({ force: true });
    assert.equal(r.ok, false, JSON.stringify(Object.keys(replies)));
    assert.deepEqual(saved, []);
    assert.ok(p.state().error.code);
  }
});

test("a host that never answers fails the attempt after its time limit and frees the next one", async () => {
  const host = fakeHost({ running: true, replies: { hello: () => new Promise(() => {}) } });
  const { p } = pairingWith(host, { timeouts: { hello: 20, start: 20, pair: 20 } });
  const r = await p.ensure({ force: true });
  assert.equal(r.ok, false);
  assert.equal(r.error.code, "host_timeout");
  assert.equal(p.state().host, "failed");
  assert.equal(p.busy(), false);
});

test("the pairing state (shown to the options page and kept across worker restarts) never holds the token", async () => {
  const { p, persisted } = pairingWith(fakeHost({ running: false }));
  await p.ensure({ force: true });
  assert.ok(persisted.length >= 3);
  for (const s of [...persisted, p.state()]) assert.equal(JSON.stringify(s).includes(PAIR_TOKEN), false);
  // A restarted worker keeps its predecessor's throttle and findings.
  const host = fakeHost({ running: true });
  const { p: again } = pairingWith(host);
  again.restore(persisted.at(-1));
  assert.equal(again.state().paired, true);
  assert.equal((await again.ensure()).skipped, true);
  assert.equal(host.calls.length, 0);
});

test("settled() waits for an attempt under way, and no longer than it is told", async () => {
  let release;
  const host = fakeHost({ running: true, replies: { hello: (m) => new Promise((r) => (release = () => r({ type: "hello", id: m.id, running: true, address: "http://127.0.0.1:8377" }))) } });
  const { p } = pairingWith(host);
  const attempt = p.ensure({ force: true });
  const t0 = Date.now();
  await p.settled(30);
  assert.ok(Date.now() - t0 < 1000);
  assert.equal(p.busy(), true);
  release();
  await p.settled(5000);
  assert.equal(p.busy(), false);
  assert.equal((await attempt).ok, true);
});

test("an automatic pairing names the checker and its token unless the organisation set them", () => {
  const paired = { address: "http://127.0.0.1:8400", token: PAIR_TOKEN };
  let r = withPairing(merge({ token: "typed-by-hand", serviceUrl: "http://127.0.0.1:8377" }, {}), paired);
  assert.equal(r.settings.token, PAIR_TOKEN);
  assert.equal(r.settings.serviceUrl, "http://127.0.0.1:8400");
  assert.equal(r.pairingSource, "automatic");
  r = withPairing(merge({ token: "typed-by-hand" }, {}), undefined);
  assert.equal(r.pairingSource, "manual");
  assert.equal(r.settings.token, "typed-by-hand");
  r = withPairing(merge({}, { token: "from-policy", serviceUrl: "http://127.0.0.1:9000" }), paired);
  assert.equal(r.settings.token, "from-policy");
  assert.equal(r.settings.serviceUrl, "http://127.0.0.1:9000");
  assert.equal(r.pairingSource, "organisation");
  assert.equal(withPairing(merge({}, {}), { address: "javascript:x", token: PAIR_TOKEN }).pairingSource, null);
});

test("the status line: running but unpaired is 'not paired yet' (never offline); no host names thinktwice setup", () => {
  const paired = describe({ connected: true, unpaired: false, rulesVersion: "2026.11.21", pairingSource: "automatic", native: { host: "found" } });
  assert.equal(paired.text, "Checker running · paired · rules 2026.11.21");
  assert.equal(paired.level, "ok");
  assert.match(paired.hint, /paired automatically/);

  const unpaired = describe({ connected: true, unpaired: true, rulesVersion: "2026.11.21", native: { host: "missing" } });
  assert.equal(unpaired.stage, "unpaired");
  assert.equal(unpaired.level, "warn");
  assert.match(unpaired.text, /not paired yet/);
  assert.doesNotMatch(unpaired.text + unpaired.hint, /offline/i);
  assert.match(unpaired.hint, /thinktwice setup/);

  const noHost = describe({ connected: false, native: { host: "missing" } });
  assert.equal(noHost.stage, "no-host");
  assert.match(noHost.hint, /Run thinktwice setup once/);

  const offline = describe({ connected: false, native: { host: "found", checker: "stopped", error: { code: "start_failed", message: "port taken" } } });
  assert.equal(offline.stage, "offline");
  assert.match(offline.hint, /port taken/);
  assert.equal(describe({ connected: false, native: { host: "found", busy: true } }).stage, "starting");
  assert.match(describe({ connected: false, native: { host: "found" } }).hint, /starts the checker by itself/);

  assert.match(offlineTitle("checker offline", { host: "missing" }), /thinktwice setup/);
  assert.equal(offlineTitle("checker offline", { host: "found" }), "ThinkTwice: checker offline");
});
