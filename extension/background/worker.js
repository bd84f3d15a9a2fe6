// The background worker: the only part of ThinkTwice that talks to the local service, and the
// only one that ever holds the pairing token. Content scripts, the popup and the options page
// message it; router.js decides which of them may ask what.
import { merge, applyUserChanges, buildCheckBody, forContent, forPage, DEFAULTS, SITE_IDS, ROLES, ACTIONS } from "./settings.js";
import { createCache } from "./cache.js";
import { call, ServiceError, TIMEOUT_MS } from "./client.js";
import { createLimiter } from "./limiter.js";
import { createRouter } from "./router.js";
import { pushHistory, readHistory } from "./history.js";

const api = globalThis.browser ?? globalThis.chrome;
const answers = createCache(300);
let orgsCache = null; // {key, orgs}
let lastRulesVersion = null;

// Checks waiting for the service: at most MAX_CHECKS at once, identical ones share one request,
// and one that cannot start within a few seconds fails as "busy" rather than queueing for ever.
export const MAX_CHECKS = 3;
const limiter = createLimiter({
  max: MAX_CHECKS,
  waitMs: TIMEOUT_MS,
  maxWaiting: 24,
  busyError: () => new ServiceError("the checker is busy: too many checks waiting", { offline: true, busy: true }),
});
const inFlight = new Map(); // request key -> promise of the answer

// Storage holds the token: in Chromium, content scripts are shut out of storage.local and
// storage.managed altogether (Firefox keeps storage.local open to them; see docs/extension.md).
for (const area of [api.storage.local, api.storage.managed]) {
  try {
    area?.setAccessLevel?.({ accessLevel: "TRUSTED_CONTEXTS" })?.catch?.(() => {});
  } catch {
    // not supported for this area in this browser
  }
}

async function readManaged() {
  try {
    return (await api.storage.managed.get(null)) || {};
  } catch {
    return {}; // no policy storage (e.g. no schema support or no policy installed)
  }
}

// Read once and kept until storage changes: a check should not wait on storage.
let settingsCache = null;

function currentSettings() {
  if (!settingsCache) {
    settingsCache = Promise.all([api.storage.local.get("settings"), readManaged()]).then(([{ settings: local }, managed]) =>
      merge(local, managed),
    );
    settingsCache.catch(() => {
      settingsCache = null;
    });
  }
  return settingsCache;
}

let shownState = null; // the badge's current state, so it is only redrawn on a change

async function setOffline(offline, reason = "") {
  const state = `${offline}:${reason}`;
  if (state === shownState) return;
  shownState = state;
  const title = offline ? `ThinkTwice: ${reason}` : "ThinkTwice";
  await api.action.setBadgeText({ text: offline ? "off" : "" });
  if (offline) await api.action.setBadgeBackgroundColor({ color: "#6b7280" });
  await api.action.setTitle({ title });
  await api.storage.session.set({ connection: { offline, reason: offline ? reason : "", at: Date.now() } });
}

async function check(request) {
  const { settings } = await currentSettings();
  if (!settings.org) {
    await setOffline(true, "choose your organisation in Options");
    return { ok: false, offline: true, setup: true, error: "no organisation chosen" };
  }
  const body = buildCheckBody(settings, request);
  const key = `${settings.serviceUrl}\n${JSON.stringify(body)}`;
  const cached = answers.get(key);
  if (cached) return { ok: true, answer: cached, cached: true };
  try {
    let pending = inFlight.get(key);
    if (!pending) {
      pending = limiter.run(() => call(settings.serviceUrl, "/v1/check", { token: settings.token, body }));
      inFlight.set(key, pending);
      pending.then(
        () => inFlight.delete(key),
        () => inFlight.delete(key),
      );
    }
    const answer = await pending;
    if (answer.rules_version !== lastRulesVersion) {
      if (lastRulesVersion !== null) answers.clear();
      lastRulesVersion = answer.rules_version;
    }
    answers.set(key, answer);
    // Answer first; the badge and the popup's history can follow.
    setOffline(false).catch(() => {});
    if (answer.warnings && answer.warnings.length) {
      pushHistory(api.storage.session, { kind: "check", site: request.site, action: body.action, answer });
    }
    return { ok: true, answer };
  } catch (error) {
    return failure(error);
  }
}

// Every failure is reported to the one who asked, with what kind it was; nothing is retried here.
async function failure(error) {
  if (error instanceof ServiceError && error.timeout) {
    await setOffline(true, "checker not answering");
    return { ok: false, offline: true, timeout: true, error: error.message };
  }
  if (error instanceof ServiceError && error.busy) {
    await setOffline(true, "checker busy");
    return { ok: false, offline: true, busy: true, error: error.message };
  }
  if (error instanceof ServiceError && error.offline) {
    await setOffline(true, "checker offline");
    return { ok: false, offline: true, error: error.message };
  }
  if (error instanceof ServiceError && (error.status === 401 || error.status === 403)) {
    await setOffline(true, "not paired with the checker (see Options)");
    return { ok: false, offline: true, unpaired: true, error: error.message };
  }
  return { ok: false, offline: false, error: String(error.message || error) };
}

async function orgs() {
  const { settings } = await currentSettings();
  const key = `${settings.serviceUrl}\n${settings.token}`;
  if (orgsCache && orgsCache.key === key) return orgsCache.orgs;
  const data = await call(settings.serviceUrl, "/v1/orgs", { token: settings.token });
  orgsCache = { key, orgs: data.orgs || [] };
  return orgsCache.orgs;
}

// The user's organisation as a content script needs it for the card: its name and comms contact.
async function currentOrg() {
  const { settings } = await currentSettings();
  if (!settings.org) return null;
  const org = (await orgs()).find((o) => o.id === settings.org);
  if (!org) return null;
  return { id: org.id, name: org.name, comms_contact: org.comms_contact || null };
}

async function status() {
  const { settings } = await currentSettings();
  try {
    const health = await call(settings.serviceUrl, "/v1/health");
    let rules = null;
    let unpaired = false;
    try {
      rules = await call(settings.serviceUrl, "/v1/rules", { token: settings.token });
    } catch (error) {
      if (!(error instanceof ServiceError) || error.offline) throw error;
      unpaired = error.status === 401 || error.status === 403;
    }
    if (unpaired) await setOffline(true, "not paired with the checker (see Options)");
    else await setOffline(false);
    return { ok: true, connected: true, unpaired, health, rules, serviceUrl: settings.serviceUrl };
  } catch (error) {
    const f = await failure(error);
    return { ...f, connected: false, serviceUrl: settings.serviceUrl };
  }
}

// The options page never sees the saved token, so an empty token field means "keep it";
// forgetToken clears it.
async function saveSettings(changes, forgetToken) {
  const [{ settings: local }, managed] = await Promise.all([api.storage.local.get("settings"), readManaged()]);
  const { locked } = merge(local, managed);
  const wanted = { ...(changes && typeof changes === "object" ? changes : {}) };
  if (forgetToken) wanted.token = "";
  else if (!wanted.token) delete wanted.token;
  await api.storage.local.set({ settings: applyUserChanges(local, wanted, locked) });
  forgetSettings();
  return currentSettings();
}

function forgetSettings() {
  settingsCache = null;
  answers.clear();
  orgsCache = null;
}

// What the user did about a warning goes to the service's audit log: rule ids, severity and the
// choice, never the text. The log is the user's own record; failing to write it never blocks them.
const OUTCOMES = { post: "went_ahead", go: "went_ahead", edit: "edited", comms: "asked_comms", cancel: "cancelled" };
const RULE_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

function cleanDecision(m) {
  const rules = Array.isArray(m.rules) ? m.rules.filter((r) => typeof r === "string" && RULE_ID.test(r)).slice(0, 32) : [];
  return {
    action: ACTIONS.has(m.action) ? m.action : null,
    choice: Object.prototype.hasOwnProperty.call(OUTCOMES, m.choice) ? m.choice : null,
    severity: ["info", "caution", "warning"].includes(m.severity) ? m.severity : null,
    site: typeof m.site === "string" ? m.site.slice(0, 40) : "",
    rules,
  };
}

async function recordDecision(d) {
  const { settings } = await currentSettings();
  if (!settings.org || !d.rules.length) return;
  const body = { org: settings.org, action: d.action, rules: d.rules, severity: d.severity, outcome: OUTCOMES[d.choice] };
  try {
    await call(settings.serviceUrl, "/v1/audit", { token: settings.token, body });
  } catch {
    // offline or unpaired: the badge already says so
  }
}

const CONTENT = ["content"];
const PAGES = ["page"];

export const routes = {
  // from content scripts
  check: { from: CONTENT, run: (m) => check(m.request) },
  contentSettings: { from: CONTENT, run: async () => ({ ok: true, settings: forContent((await currentSettings()).settings) }) },
  org: { from: [...CONTENT, ...PAGES], run: async () => ({ ok: true, org: await currentOrg() }) },
  decision: {
    from: CONTENT,
    run: async (m) => {
      const d = cleanDecision(m);
      if (!d.action || !d.choice || !d.severity) return { ok: false, error: "malformed decision" };
      await pushHistory(api.storage.session, { kind: "decision", site: d.site, action: d.action, choice: d.choice, rules: d.rules });
      await recordDecision(d);
      return { ok: true };
    },
  },
  // from the options page and the popup
  settings: {
    from: PAGES,
    run: async () => {
      const { settings, locked } = await currentSettings();
      return { ok: true, settings: forPage(settings), locked, sites: SITE_IDS, roles: ROLES, defaults: forPage(DEFAULTS) };
    },
  },
  saveSettings: {
    from: PAGES,
    run: async (m) => {
      const { settings, locked } = await saveSettings(m.changes, m.forgetToken === true);
      return { ok: true, settings: forPage(settings), locked };
    },
  },
  orgs: { from: PAGES, run: async () => ({ ok: true, orgs: await orgs() }) },
  status: { from: PAGES, run: () => status() },
  history: { from: PAGES, run: async () => ({ ok: true, history: await readHistory(api.storage.session) }) },
};

const route = createRouter(routes, { id: api.runtime.id, url: api.runtime.getURL("") });

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const run = route(message, sender);
  if (!run) {
    sendResponse({ ok: false, refused: true, error: "refused" });
    return false;
  }
  Promise.resolve()
    .then(run)
    .then(sendResponse, async (error) => sendResponse(error instanceof ServiceError ? await failure(error) : { ok: false, error: String(error.message || error) }));
  return true; // answer asynchronously
});

api.runtime.onInstalled.addListener(async ({ reason }) => {
  const { settings } = await currentSettings();
  if (reason === "install" && !settings.org) api.runtime.openOptionsPage();
});

// Content scripts cannot read storage (it holds the token), so they are told that settings
// changed and ask again for what they need.
async function tellTabs() {
  let tabs = [];
  try {
    tabs = await api.tabs.query({});
  } catch {
    return;
  }
  for (const tab of tabs) {
    if (Number.isInteger(tab.id) && tab.id >= 0) {
      Promise.resolve()
        .then(() => api.tabs.sendMessage(tab.id, { type: "settingsChanged" }))
        .catch(() => {}); // a tab without our content script
    }
  }
}

api.storage.onChanged.addListener((changes, area) => {
  if ((area === "local" && changes.settings) || area === "managed") {
    forgetSettings();
    tellTabs();
  }
});
