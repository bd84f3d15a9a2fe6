// The message protocol between ThinkTwice's parts: every message the background worker answers
// (from content scripts and from the extension's own pages) and the one it sends to tabs. Each
// kind is named once here (MSG) and described with its reply below; the worker's routes
// (background/worker.js), the content script (content/service.js, content/main.js) and the pages
// (popup, options) use these names only. Who may send which is decided by the worker's routes
// (background/router.js): a content script only check, warmPictures, contentSettings, org, decision,
// ignoreRule.

export const MSG = Object.freeze({
  // from content scripts
  CHECK: "check",
  WARM_PICTURES: "warmPictures",
  CONTENT_SETTINGS: "contentSettings",
  DECISION: "decision",
  IGNORE_RULE: "ignoreRule",
  // from content scripts and pages
  ORG: "org",
  // from the extension's pages
  SETTINGS: "settings",
  SAVE_SETTINGS: "saveSettings",
  ORGS: "orgs",
  STATUS: "status",
  CONNECT: "connect",
  TEST_CONNECTION: "testConnection",
  HISTORY: "history",
  IGNORED_RULES: "ignoredRules",
  WARN_AGAIN: "warnAgain",
  PAUSE_STATE: "pauseState",
  PAUSE: "pause",
  SWITCH_SITE: "switchSite",
  // from the worker to every tab's content script
  SETTINGS_CHANGED: "settingsChanged",
});

/**
 * Every failed reply: `ok: false` and why. A content script treats `offline` as "the checker
 * could not be asked" (`setup`, `unpaired`, `timeout`, `busy` say which); `refused` means the
 * sender may not ask this; `locked` that the organisation sets it.
 * @typedef {{ok: false, error: string, offline?: boolean, setup?: boolean, unpaired?: boolean,
 *   timeout?: boolean, busy?: boolean, refused?: boolean, locked?: boolean}} Failure
 */

/**
 * @typedef {"post"|"reply"|"comment"|"profile"|"message"|"like"|"share"|"repost"|"quote"} Action
 * @typedef {"info"|"caution"|"warning"} Severity
 * @typedef {{policy: string, ref?: string, title?: string}} Clause
 * @typedef {{start: number, end: number, text?: string}} Span  UTF-16 code units into the text
 * @typedef {{rule: string, category: string, severity: Severity, message: string, advice?: string,
 *   clause?: Clause, spans: Span[], locked?: boolean, image?: number, found?: string,
 *   box?: [number, number, number, number]}} Warning  a picture's warning has `image` (its index in the
 *   check's images), `found` and, where it has a place, `box` (x, y, width, height in its pixels) instead of spans
 * @typedef {{verdict: "ok"|Severity, rules_version: string, warnings: Warning[]}} Answer
 * @typedef {{id: string, name: string, comms_contact: ({name?: string, email?: string}|null)}} Org
 */

/**
 * check: the text the user is writing or endorsing, checked by the service (the worker adds the
 * organisation, role, account and token), and the pictures attached to it (at most 4, each a PNG,
 * JPEG, WebP or GIF of at most 10 MB, as plain base64; text may then be empty). The worker sends each
 * picture once and keeps its findings by its SHA-256 (background/pictures.js); picturesNote says,
 * plainly, which pictures were not checked ("Pictures not checked: …").
 * @typedef {{data: string, type: "image/png"|"image/jpeg"|"image/webp"|"image/gif"}} Picture
 * @typedef {{type: "check", request: {text: string, action: Action, site: string, handle?: string|null,
 *   replying_to?: string, images?: Picture[]}}} CheckMessage
 * @typedef {{ok: true, answer: Answer, picturesNote?: (string|null)} | Failure} CheckReply
 */

/**
 * warmPictures: the user started attaching a picture (pressed the composer's attach button, opened a
 * picture file input, dragged a file over the composer); the worker asks the service to load its
 * picture models (POST /v1/pictures/warm), at most once per service start. Nothing of the user's is sent.
 * @typedef {{type: "warmPictures"}} WarmPicturesMessage
 * @typedef {{ok: true, warmed: boolean} | Failure} WarmPicturesReply
 */

/**
 * contentSettings: which sites to watch and whether ThinkTwice is paused here, nothing else.
 * @typedef {{type: "contentSettings"}} ContentSettingsMessage
 * @typedef {{ok: true, settings: {sites: Object<string, boolean>, siteHosts: {site: string, host: string}[],
 *   paused: (string|null)}} | Failure} ContentSettingsReply
 */

/**
 * decision: what the user chose at a dialog, for the popup's history and the audit log (no text).
 * @typedef {{type: "decision", action: Action, choice: "post"|"go"|"edit"|"comms"|"cancel", site: string,
 *   rules: string[], severity: Severity}} DecisionMessage
 * @typedef {{ok: true} | Failure} DecisionReply
 */

/**
 * ignoreRule: "Don't warn me about this again" from the card.
 * @typedef {{type: "ignoreRule", rule: string, severity: Severity, site: string, action: Action}} IgnoreRuleMessage
 * @typedef {{ok: true} | Failure} IgnoreRuleReply
 */

/**
 * org: the chosen organisation's name and comms contact (null before one is chosen).
 * @typedef {{type: "org"}} OrgMessage
 * @typedef {{ok: true, org: (Org|null)} | Failure} OrgReply
 */

/**
 * settings / saveSettings: the settings as the options page shows them (the token only as set or
 * not), which of them the organisation locks, and the choices offered.
 * @typedef {{type: "settings"}} SettingsMessage
 * @typedef {{ok: true, settings: Object, locked: string[], sites: string[], roles: string[], defaults: Object}
 *   | Failure} SettingsReply
 * @typedef {{type: "saveSettings", changes: Object, forgetToken?: boolean}} SaveSettingsMessage
 * @typedef {{ok: true, settings: Object, locked: string[]} | Failure} SaveSettingsReply
 */

/**
 * orgs: the organisations the checker knows, for the options page's list.
 * @typedef {{type: "orgs"}} OrgsMessage
 * @typedef {{ok: true, orgs: {id: string, name: string, roles?: string[]}[]} | Failure} OrgsReply
 */

/**
 * status / connect: the checker's state in one line (background/status.js); connect first finds,
 * starts and pairs with it. testConnection tries an address and token before they are saved.
 * @typedef {{type: "status"}} StatusMessage
 * @typedef {{type: "connect"}} ConnectMessage
 * @typedef {{type: "testConnection", serviceUrl: string, token?: string}} TestConnectionMessage
 * @typedef {{ok: true, connected: boolean, unpaired: boolean, offline: boolean, serviceUrl: string,
 *   tokenSet?: boolean, pairingSource?: string, rulesVersion?: (string|null),
 *   summary: {level: "ok"|"bad", text: string, hint: string}} | Failure} StatusReply
 */

/**
 * history: the popup's last warnings and decisions: rule ids, severities and clause numbers, never
 * the words (background/history.js).
 * @typedef {{type: "history"}} HistoryMessage
 * @typedef {{ok: true, history: Object[]} | Failure} HistoryReply
 */

/**
 * ignoredRules / warnAgain: the rules the user is not warned about, and undoing one.
 * @typedef {{type: "ignoredRules"}} IgnoredRulesMessage
 * @typedef {{type: "warnAgain", rule: string}} WarnAgainMessage
 * @typedef {{ok: true, rules: {rule: string, name: string, message: (string|null), category: (string|null),
 *   locked: boolean, setByOrganisation: boolean}[]} | Failure} IgnoredRulesReply
 */

/**
 * pauseState / pause / switchSite: pausing everywhere ("hour", "tomorrow", or null to resume) and
 * switching one site off; tabId is the popup's tab, whose site the reply names.
 * @typedef {{type: "pauseState", tabId?: (number|null)}} PauseStateMessage
 * @typedef {{type: "pause", length: ("hour"|"tomorrow"|null), tabId?: (number|null)}} PauseMessage
 * @typedef {{type: "switchSite", site: string, off: boolean, tabId?: (number|null)}} SwitchSiteMessage
 * @typedef {{ok: true, pausedUntil: number, offSites: string[], site: (string|null), paused: (string|null),
 *   locked: string[]} | Failure} PauseStateReply
 */

/**
 * settingsChanged: sent by the worker to every tab; the content script asks contentSettings again.
 * @typedef {{type: "settingsChanged"}} SettingsChangedMessage
 */

/**
 * @typedef {CheckMessage|WarmPicturesMessage|ContentSettingsMessage|DecisionMessage|IgnoreRuleMessage|OrgMessage|SettingsMessage
 *   |SaveSettingsMessage|OrgsMessage|StatusMessage|ConnectMessage|TestConnectionMessage|HistoryMessage
 *   |IgnoredRulesMessage|WarnAgainMessage|PauseStateMessage|PauseMessage|SwitchSiteMessage} Message
 */

/**
 * From the extension's own pages to the worker: the reply, or a Failure when there is none.
 * @param {string} type one of MSG
 * @param {Object} [extra] the message's other fields
 * @returns {Promise<Object>}
 */
export async function ask(type, extra = {}) {
  const api = globalThis.browser ?? globalThis.chrome;
  try {
    return (await api.runtime.sendMessage({ type, ...extra })) || { ok: false, error: "no answer" };
  } catch (error) {
    return { ok: false, error: String(error.message || error) };
  }
}
