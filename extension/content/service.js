// The content script's only way to the checker: messages to the background
// worker, which alone talks to the local service.
(function (TT) {
  "use strict";

  const api = globalThis.browser ?? globalThis.chrome;

  async function send(message) {
    try {
      const reply = await api.runtime.sendMessage(message);
      return reply || { ok: false, offline: true, error: "no reply from the extension" };
    } catch (error) {
      // The extension was reloaded or is shutting down: behave as if offline.
      return { ok: false, offline: true, error: String(error && error.message ? error.message : error) };
    }
  }

  // request: {text, action, replying_to?, site, handle?}; resolves {ok, answer} or {ok:false, offline, error}.
  function check(request) {
    return send({ type: "check", request });
  }

  function settings() {
    return send({ type: "settings" });
  }

  function org() {
    return send({ type: "org" });
  }

  TT.service = { check, settings, org };
})((globalThis.ThinkTwice ??= {}));
