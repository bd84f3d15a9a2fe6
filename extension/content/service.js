// The content script's only way to the checker: messages to the background worker, which alone
// talks to the local service and alone holds the pairing token. A content script is never given
// the token, the service's address or the organisation's accounts.
import { MSG } from "../common/messages.js";

const api = globalThis.browser ?? globalThis.chrome;
// The worker answers within its own time limits (a stalled check fails after about 4 s, one that
// could not even start after 4 s more); this is only for a worker that does not answer at all.
const REPLY_TIMEOUT_MS = 10000;
// A check with pictures: the worker gives each picture longer (the first loads the service's models).
const PICTURES_REPLY_TIMEOUT_MS = 25000;

async function send(message, timeoutMs = REPLY_TIMEOUT_MS) {
  let timer = null;
  const late = new Promise((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, offline: true, timeout: true, error: "ThinkTwice's background worker did not answer" }),
      timeoutMs,
    );
  });
  try {
    const reply = await Promise.race([api.runtime.sendMessage(message), late]);
    return reply || { ok: false, offline: true, error: "no reply from the extension" };
  } catch (error) {
    // The extension was reloaded or is shutting down: behave as if offline.
    return { ok: false, offline: true, error: String(error && error.message ? error.message : error) };
  } finally {
    clearTimeout(timer);
  }
}

// request: {text, action, replying_to?, site, handle?, images?}; resolves {ok, answer, picturesNote?}
// or {ok:false, offline, error}.
function check(request) {
  const pictures = Array.isArray(request.images) && request.images.length > 0;
  return send({ type: MSG.CHECK, request }, pictures ? PICTURES_REPLY_TIMEOUT_MS : REPLY_TIMEOUT_MS);
}

// The user started attaching a picture: the worker has the service load its picture models.
function warmPictures() {
  return send({ type: MSG.WARM_PICTURES });
}

// {ok, settings: {sites, siteHosts}}: which sites to watch, nothing else.
function settings() {
  return send({ type: MSG.CONTENT_SETTINGS });
}

function org() {
  return send({ type: MSG.ORG });
}

function decision(record) {
  return send({ type: MSG.DECISION, ...record });
}

// "Don't warn me about this again": {rule, severity, site, action} -> {ok} or {ok:false, locked}.
function ignoreRule(record) {
  return send({ type: MSG.IGNORE_RULE, ...record });
}

export { check, warmPictures, settings, org, decision, ignoreRule };
