// Pausing ThinkTwice: everywhere for a while ("for 1 hour", "until tomorrow") or on one site until
// it is turned back on. Both are kept in the user's settings (storage.local: pausedUntil, a time in
// ms; offSites, a list of sites as host names). While either applies to a tab, the worker tells its
// content scripts to watch nothing there and answers any check "paused": no highlight, no card, and
// Post goes through without a question.

export const MAX_OFF_SITES = 200;
export const HOUR_MS = 60 * 60 * 1000;

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/;

// A page's address -> the site it is on, as the user thinks of it: its host (with a port other than
// the default), without "www.". null for anything that is not a web page (extension pages, about:).
export function siteOf(url) {
  try {
    const u = new URL(String(url));
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    return cleanSite(u.host);
  } catch {
    return null;
  }
}

export function cleanSite(value) {
  if (typeof value !== "string") return null;
  const host = value.trim().toLowerCase().replace(/^www\./, "");
  return host && HOST.test(host) ? host : null;
}

// A list of sites as stored, or undefined when it is not a list.
export function cleanSites(list) {
  if (!Array.isArray(list)) return undefined;
  return [...new Set(list.map(cleanSite).filter(Boolean))].slice(0, MAX_OFF_SITES);
}

export function cleanUntil(value) {
  return Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
}

// When a pause chosen now ends: "hour" in one hour, "tomorrow" at the next local midnight.
export function pauseEnd(length, now = Date.now()) {
  if (length === "hour") return now + HOUR_MS;
  if (length === "tomorrow") {
    const d = new Date(now);
    d.setHours(24, 0, 0, 0);
    return d.getTime();
  }
  throw new Error(`unknown pause length ${length}`);
}

// sites: the frame's own site and its tab's site (either may be null).
// -> null when ThinkTwice checks here, else {reason: "paused", until} or {reason: "site", site}.
export function pausedFor(settings, sites = [], now = Date.now()) {
  if (settings.pausedUntil && settings.pausedUntil > now) return { reason: "paused", until: settings.pausedUntil };
  const off = new Set(settings.offSites || []);
  const site = sites.find((s) => s && off.has(s));
  return site ? { reason: "site", site } : null;
}

// The answer a check gets while paused: nothing to show, so nothing is highlighted or asked.
export function pausedReply(paused) {
  return { ok: true, paused, answer: { verdict: "ok", warnings: [] } };
}

// The popup's "Off on this site" switch: offSites with site added (off) or taken out (on).
export function switchSite(offSites, site, off) {
  const clean = cleanSite(site);
  if (!clean) throw new Error("not a site ThinkTwice can be switched off on");
  const rest = (offSites || []).filter((s) => s !== clean);
  return off ? [...rest, clean] : rest;
}
