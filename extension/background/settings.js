// Settings: defaults, the user's choices (storage.local) and what an organisation
// pushes through browser policy (storage.managed), which wins and is shown as locked.

import { cleanRules } from "./ignores.js";
import { cleanSites, cleanUntil, pausedFor } from "./pause.js";
import { ACTIONS, ROLES, SITE_IDS } from "../common/vocabulary.js";

export { ACTIONS, ROLES, SITE_IDS };

export const DEFAULT_SERVICE_URL = "http://127.0.0.1:8377";

export const DEFAULTS = Object.freeze({
  serviceUrl: DEFAULT_SERVICE_URL,
  token: "",
  org: "",
  role: "volunteer",
  officialAccounts: [],
  siteHosts: [],
  sites: Object.fromEntries(SITE_IDS.map((id) => [id, true])),
  ignoredRules: [], // "Don't warn me about this again" (ignores.js)
  lockedRules: [], // rules an organisation always checks, from policy ("*": all)
  pausedUntil: 0, // paused everywhere until this time (ms; pause.js)
  offSites: [], // sites switched off until switched back on (pause.js)
});

const KEYS = Object.keys(DEFAULTS);

function validUrl(value) {
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

export function normaliseHandle(handle) {
  const h = String(handle || "").trim().toLowerCase();
  if (!h || h === "*") return h;
  return h.startsWith("@") ? h : `@${h}`;
}

function cleanAccounts(list) {
  if (!Array.isArray(list)) return undefined;
  return list
    .filter((a) => a && SITE_IDS.includes(a.site) && normaliseHandle(a.handle))
    .map((a) => ({ site: a.site, handle: String(a.handle).trim() }));
}

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

// Other addresses of a supported site, e.g. a Mastodon instance: [{site, host}].
function cleanSiteHosts(list) {
  if (!Array.isArray(list)) return undefined;
  return list
    .filter((h) => h && SITE_IDS.includes(h.site) && h.site !== "generic" && typeof h.host === "string" && HOST.test(h.host.trim()))
    .map((h) => ({ site: h.site, host: h.host.trim().toLowerCase() }));
}

// Keeps only well-formed values; anything else falls back to the layer below.
export function clean(raw) {
  const out = {};
  if (!raw || typeof raw !== "object") return out;
  if (typeof raw.serviceUrl === "string" && validUrl(raw.serviceUrl)) out.serviceUrl = raw.serviceUrl.replace(/\/+$/, "");
  if (typeof raw.token === "string") out.token = raw.token.trim();
  if (typeof raw.org === "string") out.org = raw.org.trim();
  if (typeof raw.role === "string" && ROLES.includes(raw.role)) out.role = raw.role;
  const accounts = cleanAccounts(raw.officialAccounts);
  if (accounts) out.officialAccounts = accounts;
  const siteHosts = cleanSiteHosts(raw.siteHosts);
  if (siteHosts) out.siteHosts = siteHosts;
  for (const k of ["ignoredRules", "lockedRules"]) {
    const rules = cleanRules(raw[k]);
    if (rules) out[k] = rules;
  }
  const until = cleanUntil(raw.pausedUntil);
  if (until !== undefined) out.pausedUntil = until;
  const offSites = cleanSites(raw.offSites);
  if (offSites) out.offSites = offSites;
  if (raw.sites && typeof raw.sites === "object") {
    out.sites = {};
    for (const id of SITE_IDS) if (typeof raw.sites[id] === "boolean") out.sites[id] = raw.sites[id];
  }
  return out;
}

// -> {settings, locked}: locked lists the keys set by policy.
export function merge(local, managed) {
  const user = clean(local);
  const policy = clean(managed);
  const settings = { ...DEFAULTS, ...user, ...policy };
  settings.sites = { ...DEFAULTS.sites, ...(user.sites || {}), ...(policy.sites || {}) };
  const locked = KEYS.filter((k) => k in policy);
  return { settings, locked };
}

// What a user can set to be warned less: rules ignored, a pause, sites switched off.
const WARNS_LESS = ["ignoredRules", "pausedUntil", "offSites", "sites"];

// Settings to check with before the organisation's policy has ever been read: the first session
// after installing, when Chromium's policy storage takes ~3 s to answer. The user's own settings
// without anything that makes ThinkTwice warn less, so a policy that locks rules or pausing is never
// bypassed while it is unknown; in the other direction, a policy that pauses ThinkTwice, switches a
// site off or sets another role applies only once read (the tabs then check again). null when the
// user has chosen no organisation: the policy may name it, so it must be awaited.
// -> {settings, locked: [], provisional: true} | null
export function provisional(local) {
  const user = clean(local);
  if (!user.org) return null;
  for (const k of WARNS_LESS) delete user[k];
  return { ...merge(user, {}), provisional: true };
}

// The pairing the worker got from the native helper ({address, token}, see pairing.js) names the
// checker to use and its token, unless an organisation has set them. A token pasted by hand or a
// different address saved in the options afterwards replaces it (saveSettings forgets it).
// -> {settings, locked, pairingSource: "organisation" | "automatic" | "manual" | null}
export function withPairing({ settings, locked }, pairing) {
  const out = { ...settings };
  const auto = pairing && typeof pairing.token === "string" && pairing.token && typeof pairing.address === "string" && validUrl(pairing.address);
  if (auto && !locked.includes("token")) {
    out.token = pairing.token;
    if (!locked.includes("serviceUrl")) out.serviceUrl = pairing.address.replace(/\/+$/, "");
  }
  let pairingSource = null;
  if (locked.includes("token") && settings.token) pairingSource = "organisation";
  else if (auto) pairingSource = "automatic";
  else if (settings.token) pairingSource = "manual";
  return { settings: out, locked, pairingSource };
}

// The user's changes, minus any key an organisation has locked.
export function applyUserChanges(local, changes, locked) {
  const next = { ...clean(local) };
  for (const [k, v] of Object.entries(clean(changes))) {
    if (!locked.includes(k)) next[k] = v;
  }
  return next;
}

// official when this site and handle (or "*", any account on the site) is listed.
export function accountFor(settings, site, handle) {
  const h = normaliseHandle(handle);
  const official = settings.officialAccounts.some(
    (a) => a.site === site && (normaliseHandle(a.handle) === "*" || (h && normaliseHandle(a.handle) === h)),
  );
  return official ? "official" : "personal";
}

export const MAX_TEXT_CHARS = 20000; // the service's own limit for text and replying_to

// What a content script is told: which sites to watch. Never the token, the service's address
// or the organisation's accounts - a content script lives in the page's renderer process.
// where: {sites: the frame's and its tab's site, now}. While ThinkTwice is paused, or switched off
// on that site, it watches no site there (and says why, in paused).
export function forContent(settings, { sites = [], now = Date.now() } = {}) {
  const paused = pausedFor(settings, sites, now);
  return {
    sites: paused ? Object.fromEntries(SITE_IDS.map((id) => [id, false])) : { ...settings.sites },
    siteHosts: settings.siteHosts.map((h) => ({ site: h.site, host: h.host })),
    paused,
  };
}

// What the options page and popup are told: everything but the token itself.
export function forPage(settings) {
  const { token, ...rest } = settings;
  return { ...rest, tokenSet: Boolean(token) };
}

// A content script's {text, action, replying_to, site, handle} -> the body of POST /v1/check.
// The request comes from a page's renderer, so every field is checked here.
export function buildCheckBody(settings, request) {
  const pictures = Boolean(request && Array.isArray(request.images) && request.images.length); // sent by the worker (pictures.js)
  if (!request || typeof request.text !== "string" || (!request.text.trim() && !pictures)) throw new Error("empty text");
  if (request.text.length > MAX_TEXT_CHARS) throw new Error(`text longer than ${MAX_TEXT_CHARS} characters`);
  if (!ACTIONS.includes(request.action)) throw new Error(`unknown action ${request.action}`);
  if (request.replying_to !== undefined && typeof request.replying_to !== "string") throw new Error("replying_to must be text");
  if (request.site !== undefined && typeof request.site !== "string") throw new Error("site must be text");
  if (request.handle !== undefined && request.handle !== null && typeof request.handle !== "string") throw new Error("handle must be text");
  const context = { role: settings.role, account: accountFor(settings, request.site, request.handle) };
  if (settings.org) context.org = settings.org;
  if (request.site && request.site !== "generic" && SITE_IDS.includes(request.site)) context.platform = request.site;
  const body = { text: request.text, action: request.action, context };
  if (typeof request.replying_to === "string" && request.replying_to.trim()) body.replying_to = request.replying_to.slice(0, MAX_TEXT_CHARS);
  return body;
}
