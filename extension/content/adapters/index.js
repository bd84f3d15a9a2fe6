// The site adapters, in the order they are tried, and the choice of one for a page. Everything
// the adapters share (kit.js) is re-exported, so the rest of the content script imports from here.
import { hostMatches } from "./kit.js";
import x from "./x.js";
import facebook from "./facebook.js";
import instagram from "./instagram.js";
import linkedin from "./linkedin.js";
import bluesky from "./bluesky.js";
import threads from "./threads.js";
import mastodon from "./mastodon.js";
import reddit from "./reddit.js";
import tiktok from "./tiktok.js";
import youtube from "./youtube.js";
import generic from "./generic.js";

export * from "./kit.js";

const ADAPTERS = Object.freeze([x, facebook, instagram, linkedin, bluesky, threads, mastodon, reddit, tiktok, youtube, generic]);

export function all() {
  return ADAPTERS.slice();
}

// The site's adapter, or the generic one for any other site. extraHosts are the
// user's other addresses for a site ([{site, host}], host with or without a port).
export function adapterFor(hostname, doc, extraHosts, port) {
  const withPort = port ? `${hostname}:${port}` : hostname;
  const listed = (extraHosts || []).find((e) => e.host === withPort || e.host === hostname);
  const byUser = listed && ADAPTERS.find((a) => a.id === listed.site);
  if (byUser) return byUser;
  const specific = ADAPTERS.find((a) => a !== generic && hostMatches(a, hostname));
  if (specific) return specific;
  const detected = ADAPTERS.find((a) => a !== generic && a.detect && doc && a.detect(doc));
  return detected || generic;
}
