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
