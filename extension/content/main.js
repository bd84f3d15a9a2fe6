// Starts ThinkTwice in this frame: picks the site's adapter, watches fields,
// installs the interceptions, and follows settings changes.
(function (TT) {
  "use strict";
  if (TT.started) return;
  TT.started = true;

  const api = globalThis.browser ?? globalThis.chrome;
  const doc = document;
  let adapter = TT.adapters.adapterFor(location.hostname, doc);
  const sessions = new Map(); // field -> FieldSession
  const state = { activeSession: null, org: null, enabled: false, offlineShown: false, offlineDismissed: false };

  function handle() {
    try {
      return adapter.handle ? adapter.handle(doc) : null;
    } catch {
      return null;
    }
  }

  const ctx = {
    adapter,
    site: adapter.id,
    state,
    handle,
    enabled: () => state.enabled,
    sessions: () => Array.from(sessions.values()),
    sessionFor(field, create = true) {
      let s = sessions.get(field);
      if (!s && create && state.enabled) {
        s = new TT.FieldSession(field, ctx);
        sessions.set(field, s);
      }
      return s || null;
    },
    onOffline(reply) {
      if (state.offlineDismissed) return;
      state.offlineShown = true;
      const text = reply && reply.setup
        ? "ThinkTwice: choose your organisation in Options"
        : reply && reply.unpaired
          ? "ThinkTwice: not paired with the checker"
          : "ThinkTwice: checker offline";
      TT.ui.showOffline(doc, text, () => {
        state.offlineDismissed = true;
      });
    },
    onOnline() {
      if (state.offlineShown) {
        state.offlineShown = false;
        TT.ui.hideOffline(doc);
      }
    },
    record(action, choice, answer) {
      const rules = [...new Set((answer.warnings || []).map((w) => w.rule))];
      api.runtime.sendMessage({ type: "decision", action, choice, site: ctx.site, rules, severity: answer.verdict }).catch(() => {});
    },
  };

  function found(field) {
    const s = ctx.sessionFor(field);
    if (s && field === (doc.activeElement && TT.adapters.editableRoot(deepActive()))) s.activate();
  }

  function deepActive() {
    let el = doc.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  function onFocus(event) {
    const root = TT.adapters.editableRoot(event.composedPath()[0]);
    const s = root && sessions.get(root);
    if (s) s.activate();
  }

  function onPrune() {
    for (const [field, s] of sessions) {
      if (!field.isConnected) {
        s.destroy();
        sessions.delete(field);
        if (state.activeSession === s) state.activeSession = null;
      }
    }
  }

  function enable(settings) {
    adapter = TT.adapters.adapterFor(location.hostname, doc, settings.siteHosts, location.port);
    ctx.adapter = adapter;
    ctx.site = adapter.id;
    state.enabled = true;
    TT.service.org().then((r) => {
      state.org = r && r.ok ? r.org : null;
    });
    stopWatching = TT.fields.watchFields(adapter, doc, found);
  }

  function disable() {
    state.enabled = false;
    if (stopWatching) stopWatching();
    stopWatching = null;
    for (const s of sessions.values()) s.destroy();
    sessions.clear();
    state.activeSession = null;
    TT.ui.hideCard(doc);
  }

  // Rebuilt on every settings change, so a new organisation or role re-checks each field.
  async function applySettings() {
    const reply = await TT.service.settings();
    const settings = reply && reply.ok ? reply.settings : null;
    disable();
    if (!settings) return;
    const chosen = TT.adapters.adapterFor(location.hostname, doc, settings.siteHosts, location.port);
    if (settings.sites[chosen.id] !== false) enable(settings);
  }

  let stopWatching = null;
  doc.addEventListener("focusin", onFocus, true);
  TT.guard.install(doc, ctx);
  setInterval(onPrune, 5000);
  api.storage.onChanged.addListener((changes, area) => {
    if ((area === "local" && changes.settings) || area === "managed") applySettings();
  });
  applySettings();
})((globalThis.ThinkTwice ??= {}));
