// Who may ask the background worker what. Every message names a type; each type lists the
// kinds of sender allowed to send it:
//   "content" - a content script in a web page's tab (treated as untrusted: the page's renderer
//               process holds it), which may only ask for checks and report decisions;
//   "page"    - one of the extension's own pages (options, popup).
// Anything else - another extension, a frame of ours inside no tab, a page claiming to be us -
// is refused before any handler runs.

export function senderKind(sender, self) {
  if (!sender || typeof sender !== "object" || sender.id !== self.id) return null;
  const base = self.url; // e.g. chrome-extension://<id>/ or moz-extension://<uuid>/
  const url = typeof sender.url === "string" ? sender.url : "";
  const origin = typeof sender.origin === "string" ? sender.origin : null;
  if (url.startsWith(base)) {
    // Chromium also gives the origin: it must be ours too.
    if (origin !== null && origin !== "null" && `${origin}/` !== base) return null;
    return "page";
  }
  const tab = sender.tab;
  if (tab && Number.isInteger(tab.id) && tab.id >= 0 && url) return "content";
  return null;
}

// routes: {type: {from: ["content" | "page", ...], run(message, sender, kind)}}
// -> route(message, sender): the handler to run, or null when the message is refused.
export function createRouter(routes, self) {
  return function route(message, sender) {
    if (!message || typeof message !== "object" || typeof message.type !== "string") return null;
    if (!Object.prototype.hasOwnProperty.call(routes, message.type)) return null;
    const kind = senderKind(sender, self);
    const entry = routes[message.type];
    if (!kind || !entry.from.includes(kind)) return null;
    return () => entry.run(message, sender, kind);
  };
}
