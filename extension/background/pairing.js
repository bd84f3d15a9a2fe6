// Finding, starting and pairing with the local checker through the native messaging host
// (`thinktwice-host`, registered for this extension by `thinktwice setup`). The browser starts the
// host for us and checks our extension id, so no web page can reach it and the user types nothing:
//   hello -> start (only when the checker is not running) -> pair -> save {address, token}.
// One attempt runs at a time; attempts caused by a failing service are at most one per
// retryAfterMs, so a stopped checker cannot make the worker storm the host.

export const HOST_NAME = "org.thinktwice.host";
export const RETRY_AFTER_MS = 10000;
// How long each request may take: `start` waits for the service's /v1/health, the rest are quick.
export const NATIVE_TIMEOUT_MS = { hello: 5000, start: 30000, pair: 5000 };

// What the browsers say when no host is registered for us (Chromium; Firefox). Firefox says the
// same for a manifest it cannot use, by design.
const HOST_MISSING = /native messaging host not found|no such native application|access to the specified native messaging host is forbidden/i;

export class HostError extends Error {
  constructor(message, { code = "", missing = false } = {}) {
    super(message);
    this.code = code;
    this.missing = missing;
  }
}

// Only a plain local http(s) address is accepted from the host.
export function cleanAddress(value) {
  try {
    const u = new URL(String(value));
    if ((u.protocol !== "http:" && u.protocol !== "https:") || u.pathname.replace(/\/+$/, "") !== "" || u.search || u.hash) return null;
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,256}$/;

function withTimeout(promise, ms, type) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HostError(`the checker's helper did not answer '${type}' within ${ms / 1000} s`, { code: "host_timeout" })), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

// The fields of a hello worth showing; never anything else the host might send.
function helloFacts(reply) {
  const text = (v) => (typeof v === "string" && v.length <= 200 ? v : null);
  return {
    hostVersion: text(reply.host_version),
    dataDir: text(reply.data_dir),
    address: cleanAddress(reply.address),
    running: reply.running === true,
    serviceVersion: text(reply.service_version),
    rulesVersion: text(reply.rules_version),
  };
}

// sendNative(hostName, message) -> promise of the reply (runtime.sendNativeMessage).
// save({address, token}) stores the pairing where only the worker reads it.
// persist(state) keeps the state (no token) across the worker being stopped while idle.
export function createPairing({ sendNative, save, persist = async () => {}, now = () => Date.now(), retryAfterMs = RETRY_AFTER_MS, timeouts = NATIVE_TIMEOUT_MS }) {
  let state = {
    host: "unknown", // unknown | found | missing | failed
    checker: "unknown", // unknown | running | starting | stopped
    paired: false,
    hello: null,
    error: null, // {code, message}
    started: false, // the last attempt started the checker
    attemptAt: 0,
    finishedAt: 0,
  };
  let inFlight = null;
  let seq = 0;

  async function ask(type) {
    if (typeof sendNative !== "function") throw new HostError("this browser cannot talk to native helpers", { missing: true });
    const id = `${type}-${++seq}`;
    let reply;
    try {
      reply = await withTimeout(Promise.resolve().then(() => sendNative(HOST_NAME, { type, id })), timeouts[type], type);
    } catch (error) {
      if (error instanceof HostError) throw error;
      const message = String((error && error.message) || error);
      throw new HostError(message, { missing: HOST_MISSING.test(message), code: HOST_MISSING.test(message) ? "host_missing" : "host_failed" });
    }
    if (!reply || typeof reply !== "object") throw new HostError(`the checker's helper sent no answer to '${type}'`, { code: "bad_reply" });
    if (reply.type === "error") {
      const code = typeof reply.code === "string" ? reply.code.slice(0, 40) : "error";
      const message = typeof reply.message === "string" ? reply.message.slice(0, 300) : code;
      throw new HostError(message, { code });
    }
    if (reply.type !== type) throw new HostError(`the checker's helper answered '${type}' with '${String(reply.type).slice(0, 40)}'`, { code: "bad_reply" });
    return reply;
  }

  function update(changes) {
    state = { ...state, ...changes };
    persist(publicState()).catch(() => {});
  }

  async function attempt(reason) {
    update({ attemptAt: now(), error: null, started: false, reason });
    try {
      const hello = helloFacts(await ask("hello"));
      update({ host: "found", hello, checker: hello.running ? "running" : "starting" });
      let started = false;
      if (!hello.running) {
        const reply = await ask("start");
        started = reply.started === true;
        update({ checker: "running", started });
      }
      const paired = await ask("pair");
      const address = cleanAddress(paired.address);
      if (!address) throw new HostError("the checker's helper gave no usable address", { code: "bad_reply" });
      if (typeof paired.token !== "string" || !TOKEN_SHAPE.test(paired.token)) throw new HostError("the checker's helper gave no usable pairing token", { code: "bad_reply" });
      await save({ address, token: paired.token });
      update({ paired: true, finishedAt: now() });
      return { ok: true, started, address };
    } catch (error) {
      const code = error.code || "host_failed";
      const changes = { error: { code, message: String(error.message || error) }, finishedAt: now() };
      if (error.missing) Object.assign(changes, { host: "missing", checker: "unknown", paired: false, hello: null });
      else if (code === "start_failed" || code === "start_timeout") Object.assign(changes, { host: "found", checker: "stopped" });
      else if (code === "host_failed" || code === "host_timeout") changes.host = "failed";
      if (state.checker === "starting") changes.checker = "stopped";
      update(changes);
      return { ok: false, error: changes.error, missing: Boolean(error.missing) };
    }
  }

  // force: asked for by the browser starting, the extension being installed or the user (the
  // options page); otherwise (a failing service) at most one attempt per retryAfterMs.
  function ensure({ force = false, reason = "" } = {}) {
    if (inFlight) return inFlight;
    if (!force && state.attemptAt && now() - state.attemptAt < retryAfterMs) {
      return Promise.resolve({ ok: false, skipped: true });
    }
    inFlight = attempt(reason).finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  // Resolves when no attempt is running, or after maxWaitMs, whichever is first.
  async function settled(maxWaitMs) {
    if (!inFlight) return;
    let timer;
    await Promise.race([inFlight, new Promise((r) => (timer = setTimeout(r, maxWaitMs)))]);
    clearTimeout(timer);
  }

  function publicState() {
    const { host, checker, paired, hello, error, started, attemptAt, finishedAt } = state;
    return { host, checker, paired, hello, error, started, attemptAt, finishedAt, busy: Boolean(inFlight) };
  }

  // A worker stopped while idle starts again with what its predecessor learnt (and its throttle).
  function restore(saved) {
    if (!saved || typeof saved !== "object" || state.attemptAt) return;
    const { host, checker, paired, hello, error, started, attemptAt, finishedAt } = saved;
    state = { ...state, host, checker: checker === "starting" ? "unknown" : checker, paired: paired === true, hello, error, started, attemptAt: Number(attemptAt) || 0, finishedAt: Number(finishedAt) || 0 };
  }

  return { ensure, settled, state: publicState, restore, busy: () => Boolean(inFlight) };
}
