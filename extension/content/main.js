// Starts ThinkTwice in this frame: picks the site's adapter, follows the user's typing into
// fields, installs the interceptions, and follows settings changes.
import * as adapters from "./adapters/index.js";
import { MSG } from "../common/messages.js";
import { install as installAttachments, givePictures, takePictures } from "./attachments.js";
import { install as installGuard } from "./guard.js";
import * as service from "./service.js";
import { FieldSession } from "./session.js";
import * as ui from "./ui.js";

// Once per frame. The content script's own world (never the page's) keeps what it started as
// ThinkTwice: its layer and its way to the worker, for the tests that look from that world.
if (!globalThis.ThinkTwice) {
  globalThis.ThinkTwice = { ui, service };
  start();
}

function start() {
  const api = globalThis.browser ?? globalThis.chrome;
  const doc = document;
  const win = doc.defaultView;
  let adapter = adapters.adapterFor(location.hostname, doc);
  const sessions = new Map(); // field -> FieldSession
  const state = { activeSession: null, org: null, enabled: false, appliedSettings: null, offlineShown: false, offlineDismissed: false };
  // Until the first settings arrive, the guard holds a submission rather than let it through.
  let startedYet = false;
  let markStarted;
  const started = new Promise((resolve) => {
    markStarted = () => {
      startedYet = true;
      resolve();
    };
  });

  function handle() {
    try {
      return adapter.handle ? adapter.handle(doc) : null;
    } catch {
      return null;
    }
  }

  function offlineText(reply) {
    if (reply && reply.setup) return "ThinkTwice: choose your organisation in Options";
    if (reply && reply.unpaired) return "ThinkTwice: not paired with the checker";
    if (reply && reply.timeout) return "ThinkTwice: checker not answering";
    if (reply && reply.busy) return "ThinkTwice: checker busy";
    return "ThinkTwice: checker offline";
  }

  const ctx = {
    adapter,
    site: adapter.id,
    state,
    handle,
    enabled: () => state.enabled,
    starting: () => !startedYet,
    started,
    sessions: () => Array.from(sessions.values()),
    sessionFor(field, create = true) {
      let s = sessions.get(field);
      if (!s && create && state.enabled && adapters.isCheckable(ctx.adapter, field)) {
        s = new FieldSession(field, ctx);
        sessions.set(field, s);
      }
      return s || null;
    },
    // While typing, a failed check only shows the small pill; the Post guard says more.
    onOffline(reply) {
      if (state.offlineDismissed) return;
      state.offlineShown = true;
      ui.showOffline(doc, offlineText(reply), () => {
        state.offlineDismissed = true;
      });
    },
    onOnline() {
      if (state.offlineShown) {
        state.offlineShown = false;
        ui.hideOffline(doc);
      }
    },
    record(action, choice, answer) {
      const rules = [...new Set((answer.warnings || []).map((w) => w.rule))];
      service.decision({ action, choice, site: ctx.site, rules, severity: answer.verdict });
    },
  };

  // The user's own typing, pasting, dropping or composing (IME) in a field: the only events that
  // make a session and arm it for checks. Pages cannot dispatch trusted ones.
  const USER_INPUT = ["keydown", "paste", "drop", "cut", "compositionstart", "compositionend"];

  // Fields typed in before the settings arrived (the first read of policy storage can take
  // seconds): checked as soon as ThinkTwice is enabled, as if typed then.
  let typedEarly = new Set();

  function onUserInput(event) {
    if (!event.isTrusted) return;
    const root = adapters.editableRoot(event.composedPath()[0]);
    if (!root) return;
    if (!state.enabled) {
      if (typedEarly && typedEarly.size < 8) typedEarly.add(root);
      return;
    }
    const s = ctx.sessionFor(root);
    if (!s) return;
    s.userInput(event);
    s.activate();
  }

  function onFocus(event) {
    const root = adapters.editableRoot(event.composedPath()[0]);
    const s = root && sessions.get(root);
    if (s) s.activate();
  }

  function hasFocus(field) {
    try {
      return field.matches(":focus-within");
    } catch {
      return false;
    }
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

  // restart: fields the user had typed in, checked again under the new settings.
  function enable(settings, restart) {
    adapter = adapters.adapterFor(location.hostname, doc, settings.siteHosts, location.port);
    ctx.adapter = adapter;
    ctx.site = adapter.id;
    state.enabled = true;
    fetchOrg();
    const fields = [...(typedEarly || []), ...restart];
    typedEarly = null; // only before the first start
    for (const field of fields) {
      const s = field.isConnected ? ctx.sessionFor(field) : null;
      if (!s) continue;
      s.userInput();
      if (hasFocus(field)) s.activate();
      s.changed();
    }
  }

  function disable() {
    state.enabled = false;
    for (const s of sessions.values()) s.destroy();
    sessions.clear();
    state.activeSession = null;
    ui.hideCard(doc);
  }

  function fetchOrg() {
    service.org().then((r) => {
      state.org = r && r.ok ? r.org : null;
      // A card drawn before the organisation was known gets its name and comms contact now.
      if (state.org && state.activeSession && state.activeSession.answer) state.activeSession.render();
    });
  }

  // Every settings change re-checks what the user wrote: the organisation, role and accounts live
  // in the worker, out of this script's sight. When what this script itself goes by (sites, pause)
  // is unchanged, the fields keep their marks and card until the new answers replace them: tearing
  // them down made the warnings blink out (for as long as a check takes) whenever any setting was
  // written, e.g. when the organisation's policy is first read a few seconds after the browser starts.
  // Otherwise everything is rebuilt under the new settings.
  async function applySettings() {
    try {
      const reply = await service.settings();
      const settings = reply && reply.ok ? reply.settings : null;
      if (settings && state.enabled && JSON.stringify(settings) === state.appliedSettings) {
        fetchOrg();
        for (const s of ctx.sessions()) s.recheck();
        return;
      }
      state.appliedSettings = settings ? JSON.stringify(settings) : null;
      const typed = ctx.sessions().filter((s) => s.touched).map((s) => s.field);
      const pictures = takePictures(ctx.sessions()); // attached pictures stay with their post
      disable();
      const chosen = settings && adapters.adapterFor(location.hostname, doc, settings.siteHosts, location.port);
      if (settings && settings.sites[chosen.id] !== false) enable(settings, typed);
      givePictures(ctx, pictures);
      if (!settings) return;
    } finally {
      markStarted();
    }
  }

  for (const type of USER_INPUT) win.addEventListener(type, onUserInput, true);
  doc.addEventListener("focusin", onFocus, true);
  installGuard(doc, ctx);
  installAttachments(doc, ctx);
  setInterval(onPrune, 5000);
  // Content scripts cannot read the extension's storage (it holds the pairing token): the worker
  // says when settings change.
  api.runtime.onMessage.addListener((message, sender) => {
    if (sender && sender.id === api.runtime.id && !sender.tab && message && message.type === MSG.SETTINGS_CHANGED) applySettings();
    return false;
  });
  applySettings();
}
