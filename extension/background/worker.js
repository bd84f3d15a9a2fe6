// The background worker: the only part of ThinkTwice that talks to the local
// service. Content scripts, the popup and the options page message it.
import { merge, applyUserChanges, buildCheckBody, DEFAULTS, SITE_IDS, ROLES } from "./settings.js";
import { createCache } from "./cache.js";
import { call, ServiceError } from "./client.js";
import { pushHistory } from "./history.js";

const api = globalThis.browser ?? globalThis.chrome;
const answers = createCache(300);
let orgsCache = null; // {key, orgs}
let lastRulesVersion = null;

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
    const answer = await call(settings.serviceUrl, "/v1/check", { token: settings.token, body });
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

async function failure(error) {
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

async function currentOrg() {
  const { settings } = await currentSettings();
  if (!settings.org) return null;
  return (await orgs()).find((o) => o.id === settings.org) || null;
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

async function saveSettings(changes) {
  const [{ settings: local }, managed] = await Promise.all([api.storage.local.get("settings"), readManaged()]);
  const { locked } = merge(local, managed);
  await api.storage.local.set({ settings: applyUserChanges(local, changes, locked) });
  settingsCache = null;
  answers.clear();
  orgsCache = null;
  return currentSettings();
}

// What the user did about a warning goes to the service's audit log: rule ids, severity and the
// choice, never the text. The log is the user's own record; failing to write it never blocks them.
const OUTCOMES = { post: "went_ahead", go: "went_ahead", edit: "edited", comms: "asked_comms", cancel: "cancelled" };

async function recordDecision(m) {
  const { settings } = await currentSettings();
  const outcome = OUTCOMES[m.choice];
  if (!settings.org || !outcome || !m.rules?.length || !["info", "caution", "warning"].includes(m.severity)) return;
  const body = { org: settings.org, action: m.action, rules: m.rules.slice(0, 32), severity: m.severity, outcome };
  try {
    await call(settings.serviceUrl, "/v1/audit", { token: settings.token, body });
  } catch {
    // offline or unpaired: the badge already says so
  }
}

const handlers = {
  check: (m) => check(m.request),
  settings: async () => ({ ok: true, ...(await currentSettings()), sites: SITE_IDS, roles: ROLES, defaults: DEFAULTS }),
  saveSettings: async (m) => ({ ok: true, ...(await saveSettings(m.changes)) }),
  org: async () => ({ ok: true, org: await currentOrg() }),
  orgs: async () => ({ ok: true, orgs: await orgs() }),
  status: () => status(),
  history: async () => ({ ok: true, history: (await api.storage.session.get("history")).history || [] }),
  decision: async (m) => {
    await pushHistory(api.storage.session, { kind: "decision", site: m.site, action: m.action, choice: m.choice, rules: m.rules });
    await recordDecision(m);
    return { ok: true };
  },
};

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = message && handlers[message.type];
  if (!handler) return false;
  Promise.resolve()
    .then(() => handler(message, sender))
    .then(sendResponse, async (error) => sendResponse(error instanceof ServiceError ? await failure(error) : { ok: false, error: String(error.message || error) }));
  return true; // answer asynchronously
});

api.runtime.onInstalled.addListener(async ({ reason }) => {
  const { settings } = await currentSettings();
  if (reason === "install" && !settings.org) api.runtime.openOptionsPage();
});

api.storage.onChanged.addListener((changes, area) => {
  if ((area === "local" && changes.settings) || area === "managed") {
    settingsCache = null;
    answers.clear();
    orgsCache = null;
  }
});
