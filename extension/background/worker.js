// The background worker: the only part of ThinkTwice that talks to the local service, and the
// only one that ever holds the pairing token. Content scripts, the popup and the options page
// message it; router.js decides which of them may ask what.
import { merge, withPairing, applyUserChanges, clean, buildCheckBody, forContent, forPage, provisional, DEFAULTS } from "./settings.js";
import { MSG } from "../common/messages.js";
import { ACTIONS, ROLES, SEVERITIES, SITE_IDS } from "../common/vocabulary.js";
import { createCache } from "./cache.js";
import { MAX_PICTURES, PICTURES_UNAVAILABLE, cleanPictures, createPictureFindings, findingsKey, mergeAnswers, pictureHash } from "./pictures.js";
import { call, ServiceError, TIMEOUT_MS } from "./client.js";
import { createLimiter } from "./limiter.js";
import { createRouter } from "./router.js";
import { pushHistory, readHistory } from "./history.js";
import { createPairing } from "./pairing.js";
import { describe, offlineTitle } from "./status.js";
import { withoutIgnored, ignoring, unignoring, ignoredList } from "./ignores.js";
import { pausedFor, pausedReply, pauseEnd, siteOf, switchSite } from "./pause.js";

const api = globalThis.browser ?? globalThis.chrome;
const answers = createCache(300);
const pictureFindings = createPictureFindings(64); // SHA-256 of a picture's bytes + context -> its warnings
// A picture takes the service longer than text (the first one loads its models).
const PICTURE_TIMEOUT_MS = 20000;
// The service's refusals of one picture: that picture is said not to be checked, the rest go on.
const PICTURE_REFUSALS = new Set(["invalid_image", "image_type_mismatch", "unsupported_image_type", "image_too_large", "too_many_images"]);
let orgsCache = null; // {key, orgs: promise}
let packRulesCache = null; // {key, rules: promise}: GET /v1/rules, for the options page's ignored rules
let lastRulesVersion = null;
let picturesWarmed = null; // serviceUrl + token of the service asked to load its picture models

// Checks waiting for the service: at most MAX_CHECKS at once, identical ones share one request,
// and one that cannot start within a few seconds fails as "busy" rather than queueing for ever.
export const MAX_CHECKS = 3;
const limiter = createLimiter({
  max: MAX_CHECKS,
  waitMs: TIMEOUT_MS,
  maxWaiting: 24,
  busyError: () => new ServiceError("the checker is busy: too many checks waiting", { offline: true, busy: true }),
});
// Pictures have a lane of their own: the service looks at one picture at a time (seconds each under
// load), so they neither take the typing's slots above nor fail as busy while they wait their turn.
const pictureLimiter = createLimiter({
  max: 2,
  waitMs: PICTURE_TIMEOUT_MS * MAX_PICTURES,
  maxWaiting: 4 * MAX_PICTURES,
  busyError: () => new ServiceError("the checker is busy: too many pictures waiting", { offline: true, busy: true }),
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

// The organisation's policy takes seconds to read in a browser that has just started (Chromium:
// 2.7-3.0 s measured, waiting for its policy service; storage.local answers in milliseconds), and the
// first check of the session waited for it. So the worker keeps the last policy it read in
// storage.local (managedSeen, out of content scripts' reach like the token) and starts from that;
// the real read follows, and a policy that changed meanwhile replaces it, which tells every tab
// (storage.onChanged below). On the very first start, with nothing seen yet, checks start from the
// user's own settings without what would make them warn less (settingsForChecks); the options page,
// the popup and every change of settings wait for the real read.
let managedRead = null;
let managedKnown = false; // the policy has been read at least once, and is kept as managedSeen

function freshManaged() {
  if (!managedRead) {
    managedRead = readManaged().then(async (managed) => {
      const { managedSeen } = await api.storage.local.get("managedSeen");
      if (JSON.stringify(managedSeen ?? null) !== JSON.stringify(managed)) await api.storage.local.set({ managedSeen: managed });
      managedKnown = true;
      return managed;
    });
  }
  return managedRead;
}

// Read once and kept until storage changes: a check should not wait on storage.
// -> {settings, locked, pairingSource}; settings.token is the one to send (see withPairing).
let settingsCache = null;

function currentSettings() {
  if (!settingsCache) {
    const managed = freshManaged();
    settingsCache = api.storage.local
      .get(["settings", "pairing", "managedSeen"])
      .then(async ({ settings: local, pairing: paired, managedSeen }) => withPairing(merge(local, managedSeen ?? (await managed)), paired));
    settingsCache.catch(() => {
      settingsCache = null;
    });
  }
  return settingsCache;
}

// The settings a check (and a content script's list of sites to watch) goes by: those above once
// the organisation's policy has been read at least once; before that, in the first session after
// installing, provisional ones (settings.js) instead of waiting ~3 s for Chromium's policy storage.
// The tabs check again when the policy is read (managedSeen is written, storage.onChanged).
async function settingsForChecks() {
  if (managedKnown) return currentSettings();
  const { settings: local, pairing: paired, managedSeen } = await api.storage.local.get(["settings", "pairing", "managedSeen"]);
  if (managedSeen !== undefined) managedKnown = true;
  const early = managedKnown ? null : provisional(local);
  if (!early) return currentSettings();
  freshManaged().catch(() => {});
  return withPairing(early, paired);
}

// The native helper (`thinktwice-host`): asked on install, on browser start, when the options page
// opens, and when the service stops answering or refuses our token (at most once per 10 s then).
// What it pairs us with is kept in storage.local.pairing, which only trusted contexts can read.
const pairing = createPairing({
  sendNative: typeof api.runtime.sendNativeMessage === "function" ? (host, message) => api.runtime.sendNativeMessage(host, message) : null,
  save: async ({ address, token }) => {
    await api.storage.local.set({ pairing: { address, token, source: "automatic", at: Date.now() } });
    forgetSettings();
  },
  persist: (state) => api.storage.session.set({ native: state }),
});
api.storage.session
  .get("native")
  .then(({ native }) => pairing.restore(native))
  .catch(() => {});

// A check made while the helper is starting the checker waits for it, up to this long in all, which
// stays within the content script's 10 s wait for an answer. A check that gives up is answered
// "offline"; when the pairing is saved the tabs are told (storage.onChanged) and check again.
const PAIRING_WAIT_MS = 7000;

function repairable(error) {
  if (!(error instanceof ServiceError)) return false;
  if (error.status === 401 || error.status === 403) return true;
  return error.offline && !error.busy && !error.timeout;
}

// promise's value, or null if it takes longer than ms.
function within(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((resolve) => (timer = setTimeout(() => resolve(null), Math.max(0, ms))))]).finally(() => clearTimeout(timer));
}

// Runs fn (a call to the service). When it fails because nothing answers or the service refuses
// our token, the helper is asked to start and pair (throttled), and fn runs once more if that
// worked in time. A stalled or busy service is reported, never retried.
async function repairing(fn) {
  const deadline = Date.now() + PAIRING_WAIT_MS;
  await pairing.settled(PAIRING_WAIT_MS);
  try {
    return await fn();
  } catch (error) {
    if (!repairable(error)) throw error;
    const fixed = await within(pairing.ensure({ reason: "service" }), deadline - Date.now());
    if (!fixed || !fixed.ok) throw error;
    return fn();
  }
}

let shownState = null; // the badge's current state, so it is only redrawn on a change

async function setOffline(offline, reason = "") {
  const state = `${offline}:${reason}:${pairing.state().host}`; // the title also says what to run when there is no helper
  if (state === shownState) return;
  shownState = state;
  const title = offline ? offlineTitle(reason, pairing.state()) : "ThinkTwice";
  await api.action.setBadgeText({ text: offline ? "off" : "" });
  if (offline) await api.action.setBadgeBackgroundColor({ color: "#6b7280" });
  await api.action.setTitle({ title });
  await api.storage.session.set({ connection: { offline, reason: offline ? reason : "", at: Date.now() } });
}

// sites: where the check comes from (sitesOf); paused or switched off there, nothing is checked.
async function check(request, sites = []) {
  const { settings } = await settingsForChecks();
  const paused = pausedFor(settings, sites);
  if (paused) return pausedReply(paused);
  if (!settings.org) {
    await setOffline(true, "choose your organisation in Options");
    return { ok: false, offline: true, setup: true, error: "no organisation chosen" };
  }
  buildCheckBody(settings, request); // a malformed request is refused before anything else
  cleanPictures(request.images);
  try {
    return await repairing(() => checkOnce(request));
  } catch (error) {
    return failure(error);
  }
}

// One request to the service, shared with any identical one in flight.
function shared(key, ask, lane = limiter) {
  let pending = inFlight.get(key);
  if (!pending) {
    pending = lane.run(ask);
    inFlight.set(key, pending);
    pending.then(
      () => inFlight.delete(key),
      () => inFlight.delete(key),
    );
  }
  return pending;
}

function noteRulesVersion(answer) {
  if (answer.rules_version !== lastRulesVersion) {
    if (lastRulesVersion !== null) {
      answers.clear();
      pictureFindings.clear();
    }
    lastRulesVersion = answer.rules_version;
  }
}

// The text's answer (cached by the whole request). -> {answer, cached}
async function textAnswer(settings, body) {
  const key = `${settings.serviceUrl}\n${JSON.stringify(body)}`;
  const cached = answers.get(key);
  if (cached) return { answer: cached, cached: true };
  const answer = await shared(key, () => call(settings.serviceUrl, "/v1/check", { token: settings.token, body }));
  noteRulesVersion(answer);
  answers.set(key, answer);
  return { answer, cached: false };
}

// One picture's warnings, sent on its own with the post's context and kept by its SHA-256 (never its
// bytes). -> {warnings} or {note} when the service refuses this picture.
async function pictureAnswer(settings, base, picture, i) {
  const body = { ...base, text: "", images: [picture] };
  const key = findingsKey(settings.serviceUrl, await pictureHash(picture), body);
  const known = pictureFindings.get(key);
  if (known) return { warnings: known };
  try {
    const answer = await shared(key, () => call(settings.serviceUrl, "/v1/check", { token: settings.token, body, timeoutMs: PICTURE_TIMEOUT_MS }), pictureLimiter);
    noteRulesVersion(answer);
    const warnings = answer.warnings || [];
    pictureFindings.set(key, warnings);
    return { warnings };
  } catch (error) {
    if (error instanceof ServiceError && PICTURE_REFUSALS.has(error.code)) return { note: `Picture ${i + 1} not checked: ${error.message}` };
    throw error;
  }
}

// The text and each picture, merged into one answer. A service without picture checks
// (503 images_unavailable) still checks the text; the reply then says the pictures were not checked.
async function answerWithPictures(settings, request, pictures) {
  const base = buildCheckBody(settings, request);
  const text = base.text.trim() ? textAnswer(settings, base).then((r) => r.answer) : Promise.resolve(null);
  const found = Promise.all(pictures.map((p, i) => pictureAnswer(settings, base, p, i))).catch((error) => {
    if (error instanceof ServiceError && error.code === "images_unavailable") return null;
    throw error;
  });
  const [textPart, pictureParts] = await Promise.all([text, found]);
  if (!pictureParts) return { answer: mergeAnswers(textPart, [], lastRulesVersion), picturesNote: PICTURES_UNAVAILABLE };
  const notes = pictureParts.filter((p) => p.note).map((p) => p.note);
  const answer = mergeAnswers(textPart, pictureParts.map((p) => p.warnings || []), lastRulesVersion);
  return { answer, picturesNote: notes.length ? notes.join(" ") : null };
}

async function checkOnce(request) {
  const { settings } = await settingsForChecks();
  const pictures = cleanPictures(request.images);
  let answer;
  let picturesNote = null;
  if (pictures.length) {
    ({ answer, picturesNote } = await answerWithPictures(settings, request, pictures));
  } else {
    const found = await textAnswer(settings, buildCheckBody(settings, request));
    if (found.cached) return { ok: true, answer: withoutIgnored(found.answer, settings), cached: true };
    answer = found.answer;
  }
  {
    const shown = withoutIgnored(answer, settings);
    // Answer first; the badge and the popup's history can follow.
    setOffline(false).catch(() => {});
    if (shown.warnings && shown.warnings.length) {
      pushHistory(api.storage.session, { kind: "check", site: request.site, action: request.action, answer: shown });
    }
    return picturesNote ? { ok: true, answer: shown, picturesNote } : { ok: true, answer: shown };
  }
}

// The user started attaching a picture: the service loads its picture models now (POST
// /v1/pictures/warm), so the first picture does not wait ~2 s for them. Asked at most once per service
// start: the worker remembers the service it asked (picturesWarmed), and forgets it when the service
// stops answering (it may come back as a new process) or the settings change. Not when paused or
// switched off here, nor before an organisation is chosen; a failure is not reported to anyone (the
// check will say).
async function warmPictures(sites) {
  const { settings } = await settingsForChecks();
  if (pausedFor(settings, sites) || !settings.org || !settings.token) return { ok: true, warmed: false };
  const asked = `${settings.serviceUrl}\n${settings.token}`;
  if (picturesWarmed === asked) return { ok: true, warmed: false };
  picturesWarmed = asked;
  try {
    await call(settings.serviceUrl, "/v1/pictures/warm", { token: settings.token, body: {} });
    return { ok: true, warmed: true };
  } catch (error) {
    // Without the images extra there is nothing to load until the service is installed again.
    if (!(error instanceof ServiceError && error.code === "images_unavailable") && picturesWarmed === asked) picturesWarmed = null;
    return { ok: true, warmed: false };
  }
}

// Every failure is reported to the one who asked, with what kind it was; nothing is retried here.
async function failure(error) {
  if (error instanceof ServiceError && error.offline && !error.busy) picturesWarmed = null; // a new service may start
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

// settingsSource: where the service's address and token come from (a content script's card goes by
// the settings its checks go by, so it does not wait for the policy's first read either).
async function orgs(settingsSource = currentSettings) {
  return repairing(async () => {
    const { settings } = await settingsSource();
    const key = `${settings.serviceUrl}\n${settings.token}`;
    // One request for everyone who asks at once (every frame of a page asks as it starts).
    if (!orgsCache || orgsCache.key !== key) {
      const cache = { key, orgs: call(settings.serviceUrl, "/v1/orgs", { token: settings.token }).then((data) => data.orgs || []) };
      cache.orgs.catch(() => {
        if (orgsCache === cache) orgsCache = null;
      });
      orgsCache = cache;
    }
    return orgsCache.orgs;
  });
}

// The pack's rules (id, category, message), so the options page can say what an ignored rule is.
// Nothing is lost without them: the list then shows each rule's readable name only.
async function packRules() {
  try {
    const { settings } = await currentSettings();
    const key = `${settings.serviceUrl}\n${settings.token}\n${lastRulesVersion}`;
    if (!packRulesCache || packRulesCache.key !== key) {
      const cache = { key, rules: call(settings.serviceUrl, "/v1/rules", { token: settings.token }).then((data) => data.rules || []) };
      cache.rules.catch(() => {
        if (packRulesCache === cache) packRulesCache = null;
      });
      packRulesCache = cache;
    }
    return await packRulesCache.rules;
  } catch {
    return [];
  }
}

async function ignoredRulesState() {
  const { settings, locked } = await currentSettings();
  return { ok: true, rules: ignoredList(settings, await packRules(), locked) };
}

// The user's organisation as a content script needs it for the card: its name and comms contact.
// A content script goes by the settings its checks go by (so the first card of the first session
// has the comms contact too); the extension's pages wait for the policy's real read.
async function currentOrg(kind) {
  let source = kind === "content" ? settingsForChecks : currentSettings;
  let { settings } = await source();
  if (!settings.org && source !== currentSettings) {
    source = currentSettings; // the policy may name it
    ({ settings } = await source());
  }
  if (!settings.org) return null;
  const org = (await orgs(source)).find((o) => o.id === settings.org);
  if (!org) return null;
  return { id: org.id, name: org.name, comms_contact: org.comms_contact || null };
}

// Does the service answer at serviceUrl, and does it accept token? Never throws.
async function probe(serviceUrl, token) {
  try {
    const health = await call(serviceUrl, "/v1/health");
    try {
      const rules = await call(serviceUrl, "/v1/rules", { token });
      return { connected: true, unpaired: false, health, rules };
    } catch (error) {
      if (!(error instanceof ServiceError) || error.offline) throw error;
      if (error.status === 401 || error.status === 403) return { connected: true, unpaired: true, health, rules: null };
      return { connected: true, unpaired: false, health, rules: null, error: error.message };
    }
  } catch (error) {
    const e = error instanceof ServiceError ? error : new ServiceError(String(error.message || error));
    return { connected: false, unpaired: false, timeout: e.timeout, busy: e.busy, error: e.message };
  }
}

function rulesVersionOf(found, native) {
  return (found.rules && found.rules.installed && found.rules.installed.version) || (found.health && found.health.rules_version) || (native.hello && native.hello.rulesVersion) || null;
}

// The checker as the popup and options page show it: never the token, only whether one is set.
// connect: the options page asks the helper straight away (joining any attempt under way);
// otherwise the helper is asked only when the service fails, and not more than once per 10 s.
async function status({ connect = false } = {}) {
  if (connect) await pairing.ensure({ force: true, reason: "options" });
  else await pairing.settled(PAIRING_WAIT_MS);
  let { settings, pairingSource } = await currentSettings();
  let found = await probe(settings.serviceUrl, settings.token);
  if (!connect && ((!found.connected && !found.timeout && !found.busy) || found.unpaired)) {
    const fixed = await pairing.ensure({ reason: "service" });
    if (fixed.ok) {
      ({ settings, pairingSource } = await currentSettings());
      found = await probe(settings.serviceUrl, settings.token);
    }
  }
  const native = pairing.state();
  if (found.connected && !found.unpaired) await setOffline(false);
  else if (found.unpaired) await setOffline(true, "not paired with the checker (see Options)");
  else await setOffline(true, found.timeout ? "checker not answering" : found.busy ? "checker busy" : "checker offline");
  const rulesVersion = rulesVersionOf(found, native);
  const summary = describe({ ...found, rulesVersion, pairingSource, native });
  return {
    ok: true,
    ...found,
    offline: !found.connected,
    serviceUrl: settings.serviceUrl,
    tokenSet: Boolean(settings.token),
    pairingSource,
    rulesVersion,
    native,
    summary,
  };
}

// "Test connection" on the options page: the address and token in the form, not the saved ones
// (an empty token box tests the saved token). The token is used for this one probe only.
async function testConnection(m) {
  const { settings, pairingSource } = await currentSettings();
  const typed = clean({ serviceUrl: m.serviceUrl, token: m.token });
  const serviceUrl = typed.serviceUrl || settings.serviceUrl;
  const token = typed.token || settings.token;
  const found = await probe(serviceUrl, token);
  const source = typed.token ? "manual" : pairingSource;
  const summary = describe({ ...found, rulesVersion: rulesVersionOf(found, pairing.state()), pairingSource: source, native: { host: "found" } });
  return { ok: true, ...found, serviceUrl, testedTyped: Boolean(typed.token), summary };
}

// The options page never sees the saved token, so an empty token field means "keep it";
// forgetToken clears it.
// A token pasted by hand, a different address, or forgetting the token replaces the automatic
// pairing (the helper pairs again the next time the checker fails).
async function saveSettings(changes, forgetToken) {
  const [{ settings: local }, managed, current] = await Promise.all([api.storage.local.get("settings"), freshManaged(), currentSettings()]);
  const { locked } = merge(local, managed);
  const wanted = { ...(changes && typeof changes === "object" ? changes : {}) };
  if (forgetToken) wanted.token = "";
  else if (!wanted.token) delete wanted.token;
  const typed = clean(wanted);
  const auto = current.pairingSource === "automatic";
  if (auto && typed.serviceUrl === current.settings.serviceUrl) delete wanted.serviceUrl; // the helper's address, not the user's choice
  const replaced = forgetToken || (typed.token && !locked.includes("token")) || (typed.serviceUrl && typed.serviceUrl !== current.settings.serviceUrl && !locked.includes("serviceUrl"));
  if (auto && replaced) await api.storage.local.remove("pairing");
  const next = applyUserChanges(local, wanted, locked);
  await api.storage.local.set({ settings: next });
  forgetSettings();
  return currentSettings();
}

function forgetSettings() {
  settingsCache = null;
  picturesWarmed = null;
  answers.clear();
  pictureFindings.clear();
  orgsCache = null;
  packRulesCache = null;
}

// What the user did about a warning goes to the service's audit log: rule ids, severity and the
// choice, never the text. The log is the user's own record; failing to write it never blocks them.
const OUTCOMES = { post: "went_ahead", go: "went_ahead", edit: "edited", comms: "asked_comms", cancel: "cancelled", ignore: "ignored" };
const RULE_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

function cleanDecision(m) {
  const rules = Array.isArray(m.rules) ? m.rules.filter((r) => typeof r === "string" && RULE_ID.test(r)).slice(0, 32) : [];
  return {
    action: ACTIONS.includes(m.action) ? m.action : null,
    choice: Object.prototype.hasOwnProperty.call(OUTCOMES, m.choice) ? m.choice : null,
    severity: SEVERITIES.includes(m.severity) ? m.severity : null,
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
  [MSG.CHECK]: { from: CONTENT, run: (m, sender) => check(m.request, sitesOf(sender)) },
  [MSG.WARM_PICTURES]: { from: CONTENT, run: (m, sender) => warmPictures(sitesOf(sender)) },
  [MSG.CONTENT_SETTINGS]: { from: CONTENT, run: async (m, sender) => ({ ok: true, settings: forContent((await settingsForChecks()).settings, { sites: sitesOf(sender) }) }) },
  [MSG.ORG]: { from: [...CONTENT, ...PAGES], run: async (m, sender, kind) => ({ ok: true, org: await currentOrg(kind) }) },
  [MSG.DECISION]: {
    from: CONTENT,
    run: async (m) => {
      const d = cleanDecision(m);
      if (!d.action || !d.choice || !d.severity) return { ok: false, error: "malformed decision" };
      await pushHistory(api.storage.session, { kind: "decision", site: d.site, action: d.action, choice: d.choice, rules: d.rules });
      await recordDecision(d);
      return { ok: true };
    },
  },
  // "Don't warn me about this again" from the card: kept in the user's settings (the change tells
  // every tab, which checks again) and recorded in the audit log like a decision, without text.
  [MSG.IGNORE_RULE]: {
    from: CONTENT,
    run: async (m) => {
      const [{ settings: local }, managed] = await Promise.all([api.storage.local.get("settings"), freshManaged()]);
      const { settings, locked } = merge(local, managed);
      const result = ignoring(settings, m.rule, locked);
      if (!result.ok) return result;
      await saveSettings({ ignoredRules: result.ignoredRules });
      const d = cleanDecision({ ...m, rules: [m.rule], choice: "ignore" });
      if (d.action && d.severity) {
        await pushHistory(api.storage.session, { kind: "decision", site: d.site, action: d.action, choice: d.choice, rules: d.rules });
        await recordDecision(d);
      }
      return { ok: true };
    },
  },
  // from the options page and the popup
  // The rules the user chose not to be warned about, and "Warn me again" for one of them. Undoing is
  // not audited: the service's audit log has no outcome for it (audit.py OUTCOMES).
  [MSG.IGNORED_RULES]: { from: PAGES, run: () => ignoredRulesState() },
  [MSG.WARN_AGAIN]: {
    from: PAGES,
    run: async (m) => {
      const [{ settings: local }, managed] = await Promise.all([api.storage.local.get("settings"), freshManaged()]);
      const { settings, locked } = merge(local, managed);
      const result = unignoring(settings, m.rule, locked);
      if (!result.ok) return result;
      await saveSettings({ ignoredRules: result.ignoredRules });
      return ignoredRulesState();
    },
  },
  [MSG.SETTINGS]: {
    from: PAGES,
    run: async () => {
      const { settings, locked } = await currentSettings();
      return { ok: true, settings: forPage(settings), locked, sites: SITE_IDS, roles: ROLES, defaults: forPage(DEFAULTS) };
    },
  },
  [MSG.SAVE_SETTINGS]: {
    from: PAGES,
    run: async (m) => {
      const { settings, locked } = await saveSettings(m.changes, m.forgetToken === true);
      return { ok: true, settings: forPage(settings), locked };
    },
  },
  [MSG.ORGS]: { from: PAGES, run: async () => ({ ok: true, orgs: await orgs() }) },
  [MSG.STATUS]: { from: PAGES, run: () => status() },
  [MSG.CONNECT]: { from: PAGES, run: () => status({ connect: true }) },
  [MSG.TEST_CONNECTION]: { from: PAGES, run: (m) => testConnection(m) },
  [MSG.HISTORY]: { from: PAGES, run: async () => ({ ok: true, history: await readHistory(api.storage.session) }) },
  // The popup's and the options page's pause and "off on this site" switches (pause.js).
  [MSG.PAUSE_STATE]: { from: PAGES, run: (m) => pauseState(m.tabId) },
  [MSG.PAUSE]: {
    from: PAGES,
    run: async (m) => {
      const until = m.length === null ? 0 : pauseEnd(m.length);
      await saveSettings({ pausedUntil: until });
      await scheduleResume(until);
      return pauseState(m.tabId);
    },
  },
  [MSG.SWITCH_SITE]: {
    from: PAGES,
    run: async (m) => {
      const { settings } = await currentSettings();
      await saveSettings({ offSites: switchSite(settings.offSites, m.site, m.off === true) });
      return pauseState(m.tabId);
    },
  },
};

// The site each tab shows, learnt from its top frame's content script (sender.url is always given;
// a tab's own url only with host permission for it). Kept in session storage for a restarted worker.
const tabSites = new Map();
const tabSitesLoaded = api.storage.session
  .get("tabSites")
  .then(({ tabSites: saved }) => {
    for (const [id, site] of Object.entries(saved || {})) if (!tabSites.has(Number(id))) tabSites.set(Number(id), site);
  })
  .catch(() => {});

function saveTabSites() {
  api.storage.session.set({ tabSites: Object.fromEntries(tabSites) }).catch(() => {});
}

// A content script's sender -> [its frame's site, its tab's site].
function sitesOf(sender) {
  const own = siteOf(sender && sender.url);
  const tabId = sender && sender.tab && sender.tab.id;
  if (!Number.isInteger(tabId)) return [own];
  if (sender.frameId === 0 && own && tabSites.get(tabId) !== own) {
    tabSites.set(tabId, own);
    saveTabSites();
  }
  return [own, sender.frameId === 0 ? own : tabSites.get(tabId) || siteOf(sender.tab.url)];
}

api.tabs.onRemoved?.addListener((tabId) => {
  if (tabSites.delete(tabId)) saveTabSites();
});

// tabId: the popup's active tab (none for the options page) -> {pausedUntil, offSites, site, paused, locked}.
async function pauseState(tabId) {
  await tabSitesLoaded;
  const { settings, locked } = await currentSettings();
  const now = Date.now();
  const site = Number.isInteger(tabId) ? tabSites.get(tabId) || null : null;
  return {
    ok: true,
    pausedUntil: settings.pausedUntil > now ? settings.pausedUntil : 0,
    offSites: settings.offSites,
    site,
    paused: pausedFor(settings, [site], now),
    locked: locked.filter((k) => k === "pausedUntil" || k === "offSites"),
  };
}

// A pause ends by itself: an alarm (kept by the browser while the worker sleeps) clears it, which
// tells every tab to look again (storage.onChanged below).
const RESUME_ALARM = "thinktwice-resume";

async function scheduleResume(until) {
  if (!api.alarms) return;
  await api.alarms.clear(RESUME_ALARM);
  if (until > Date.now()) api.alarms.create(RESUME_ALARM, { when: until });
}

async function endPauseIfOver() {
  const { settings } = await currentSettings();
  if (settings.pausedUntil && settings.pausedUntil <= Date.now()) await saveSettings({ pausedUntil: 0 });
}

api.alarms?.onAlarm.addListener((alarm) => {
  if (alarm.name === RESUME_ALARM) endPauseIfOver().catch(() => {});
});

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

// Find, start and pair with the checker as soon as the extension is installed or the browser
// starts, so the first check finds it ready.
api.runtime.onInstalled.addListener(async ({ reason }) => {
  const paired = pairing.ensure({ force: true, reason });
  const { settings } = await currentSettings();
  if (reason === "install" && !settings.org) api.runtime.openOptionsPage();
  await paired;
});
api.runtime.onStartup?.addListener(() => pairing.ensure({ force: true, reason: "startup" }));

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
        .then(() => api.tabs.sendMessage(tab.id, { type: MSG.SETTINGS_CHANGED }))
        .catch(() => {}); // a tab without our content script
    }
  }
}

// Ready before the first check: a worker starts when the browser does or when a page first asks, and
// the first check should not wait on reading storage (policy storage can take a while) or on
// opening the first connection to the service. Reading the settings and asking /v1/health (no token,
// nothing of the user's) at once does both while the page is still loading and the user typing.
function warmUp() {
  settingsForChecks()
    .then(({ settings }) => {
      endPauseIfOver().catch(() => {});
      return call(settings.serviceUrl, "/v1/health");
    })
    .catch(() => {}); // offline: the first check says so
}
warmUp();

api.storage.onChanged.addListener((changes, area) => {
  if (area === "managed") {
    managedRead = null;
    freshManaged().catch(() => {}); // kept as managedSeen, which tells the tabs again if it differs
  }
  if ((area === "local" && (changes.settings || changes.pairing || changes.managedSeen)) || area === "managed") {
    forgetSettings();
    tellTabs();
  }
});
