// What every site adapter shares: recognising editable fields,
// and reading posts and buttons. Adapters themselves are mostly selectors.

export function hostMatches(adapter, hostname) {
  return (adapter.hosts || []).some((h) => hostname === h || hostname.endsWith(`.${h}`));
}

const TEXT_INPUT_TYPES = new Set(["", "text"]);
const POSTLIKE = /comment|reply|post|status|tweet|caption|message|bio|about|headline|description|what'?s (on your mind|happening|new)|write|share/i;
const PROFILE = /\b(bio|biography|about( you| me)?|description|headline|summary|tagline|note)\b/i;
const SEARCHLIKE = /search|find/i;

function attr(el, name) {
  return (el.getAttribute && el.getAttribute(name)) || "";
}

function isContentEditableRoot(el) {
  if (!el || el.nodeType !== 1) return false;
  const ce = attr(el, "contenteditable").toLowerCase();
  if (!(ce === "" && el.hasAttribute("contenteditable")) && ce !== "true" && ce !== "plaintext-only") {
    return false;
  }
  const parent = parentAcrossShadow(el);
  return !(parent && parent.nodeType === 1 && parent.closest && isInsideEditable(parent));
}

function isInsideEditable(el) {
  if (typeof el.isContentEditable === "boolean") return el.isContentEditable;
  const host = el.closest("[contenteditable]");
  return !!host && attr(host, "contenteditable").toLowerCase() !== "false";
}

function parentAcrossShadow(node) {
  if (node.parentNode && node.parentNode.nodeType === 11 && node.parentNode.host) {
    return node.parentNode.host;
  }
  return node.parentNode;
}

// The outermost contenteditable containing node, or the textarea/input itself.
function editableRoot(node) {
  let el = node && node.nodeType === 1 ? node : node && node.parentNode;
  if (!el || el.nodeType !== 1) return null;
  const tag = el.tagName;
  if (tag === "TEXTAREA" || tag === "INPUT") return el;
  let root = null;
  for (let cur = el; cur && cur.nodeType === 1; cur = cur.parentNode) {
    const ce = attr(cur, "contenteditable").toLowerCase();
    if (cur.hasAttribute("contenteditable") && ce !== "false") root = cur;
    else if (ce === "false" && root) break;
  }
  return root;
}

function labelOf(el) {
  const labels = [attr(el, "aria-label"), attr(el, "placeholder"), attr(el, "name"), attr(el, "id"), attr(el, "aria-placeholder")];
  const by = attr(el, "aria-labelledby");
  if (by && el.ownerDocument) {
    for (const id of by.split(/\s+/)) {
      const l = el.ownerDocument.getElementById(id);
      if (l) labels.push(l.textContent || "");
    }
  }
  return labels.join(" ");
}

function safeMatches(el, selector) {
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

// Is this editable element one whose text ThinkTwice should check?
function isCheckable(adapter, el) {
  if (!el || el.nodeType !== 1) return false;
  if (el.disabled || el.readOnly || attr(el, "aria-readonly") === "true") return false;
  if (safeMatches(el, adapter.composeFields) || safeMatches(el, adapter.profileFields) || safeMatches(el, adapter.commentFields) || safeMatches(el, adapter.messageFields)) {
    return true;
  }
  const label = labelOf(el);
  if (el.tagName === "TEXTAREA") return !SEARCHLIKE.test(label) || POSTLIKE.test(label);
  if (el.tagName === "INPUT") {
    const type = attr(el, "type").toLowerCase();
    if (!TEXT_INPUT_TYPES.has(type)) return false;
    if (attr(el, "role") === "combobox" || SEARCHLIKE.test(label)) return false;
    return POSTLIKE.test(label);
  }
  if (!isContentEditableRoot(el)) return false;
  return !(attr(el, "role") === "combobox" || attr(el, "role") === "searchbox" || SEARCHLIKE.test(label) && !POSTLIKE.test(label));
}

// Is the field where the user can see it? Hidden, invisible, transparent and tiny fields are
// never checked while composing.
function isVisible(el) {
  if (!el || el.nodeType !== 1 || !el.isConnected) return false;
  if (typeof el.checkVisibility === "function" && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
    return false;
  }
  const rects = el.getClientRects();
  if (!rects.length) return false;
  const r = el.getBoundingClientRect();
  return r.width >= 4 && r.height >= 4;
}

function closestAcrossShadow(el, selector) {
  if (!selector) return null;
  for (let cur = el; cur; ) {
    if (cur.nodeType === 1) {
      const found = cur.closest(selector);
      if (found) return found;
    }
    const root = cur.getRootNode ? cur.getRootNode() : null;
    cur = root && root.host ? root.host : null;
  }
  return null;
}

function postTextOf(adapter, post) {
  if (!post) return "";
  if (adapter.readPost) return adapter.readPost(post).trim();
  const parts = adapter.postText ? Array.from(post.querySelectorAll(adapter.postText)) : [];
  if (!parts.length) return textWithoutControls(post);
  const own = parts.filter((p) => !parts.some((q) => q !== p && q.contains(p)));
  return own.map((p) => p.textContent || "").join("\n").replace(/[ \t]+\n/g, "\n").trim();
}

// A post's visible words without its buttons, icons and editors.
function textWithoutControls(post) {
  const copy = post.cloneNode(true);
  for (const el of copy.querySelectorAll("button, [role='button'], [role='group'], svg, script, style, textarea, input, form, [contenteditable], time")) el.remove();
  return (copy.textContent || "").replace(/\s+/g, " ").trim();
}

// Which action a compose field performs, and what it answers.
function actionFor(adapter, field) {
  const label = labelOf(field);
  if (safeMatches(field, adapter.profileFields) || (!adapter.composeFields || !safeMatches(field, adapter.composeFields)) && PROFILE.test(label) && !/comment|reply/i.test(label)) {
    return { action: "profile" };
  }
  if (safeMatches(field, adapter.messageFields)) return { action: "message" };
  if (safeMatches(field, adapter.commentFields)) {
    const post = adapter.commentTarget ? adapter.commentTarget(field) : closestAcrossShadow(field, adapter.post);
    const text = postTextOf(adapter, post);
    return text ? { action: "comment", replying_to: text } : { action: "comment" };
  }
  const target = adapter.replyTarget ? adapter.replyTarget(field) : null;
  if (target) {
    const text = postTextOf(adapter, target);
    if (text) return { action: "reply", replying_to: text };
  }
  return { action: "post" };
}

// Finds, on an event's composed path, a button that likes/shares/reposts/quotes.
function findEndorsement(adapter, path) {
  for (const el of path) {
    if (!el || el.nodeType !== 1) continue;
    for (const rule of adapter.endorse || []) {
      if (safeMatches(el, rule.selector)) return { action: rule.action, button: el };
    }
  }
  return null;
}

function findSubmit(adapter, path) {
  for (const el of path) {
    if (!el || el.nodeType !== 1) continue;
    if (safeMatches(el, adapter.submit) || (adapter.isSubmit && adapter.isSubmit(el))) return el;
  }
  return null;
}

function findOnPath(path, selector) {
  if (!selector) return null;
  for (const el of path) if (el && el.nodeType === 1 && safeMatches(el, selector)) return el;
  return null;
}

// Inside an open menu (or a listbox/dialog of choices): an item, never what opens a menu.
const IN_MENU = '[role="menu"], [role="menuitem"], [role="menubar"], [role="listbox"], [role="option"]';

// The button that opens a post's Repost/Share menu, if the click is on one. A menu item is
// never an opener, even when it looks like one (Threads names both "Repost"), and neither is
// anything the adapter endorses with: otherwise choosing Repost in the menu would forget
// which post the menu was opened for.
function findMenuOpener(adapter, path) {
  if (!adapter.menuOpeners || findEndorsement(adapter, path)) return null;
  const opener = findOnPath(path, adapter.menuOpeners);
  if (!opener || closestAcrossShadow(opener, IN_MENU)) return null;
  return opener;
}

// The compose field a Post button belongs to: the nearest one in an enclosing container.
function fieldNear(adapter, button, maxDepth = 12) {
  let cur = button;
  for (let depth = 0; cur && depth < maxDepth; depth++) {
    const parent = parentAcrossShadow(cur);
    if (!parent || parent.nodeType !== 1) break;
    cur = parent;
    const candidates = cur.querySelectorAll("textarea, input, [contenteditable]");
    for (const c of candidates) {
      const root = editableRoot(c);
      if (root === c && isCheckable(adapter, c)) return c;
    }
  }
  return null;
}

// The Post/Send button that belongs to a field, if the adapter can tell.
function submitNear(adapter, field) {
  if (field.form) {
    const b = field.form.querySelector('button[type="submit"], input[type="submit"], button:not([type])');
    if (b) return b;
  }
  let cur = field;
  for (let depth = 0; depth < 12; depth++) {
    cur = parentAcrossShadow(cur);
    if (!cur || cur.nodeType !== 1) return null;
    for (const el of cur.querySelectorAll("button, [role='button'], input[type='submit']")) {
      if (findSubmit(adapter, [el]) && fieldNear(adapter, el) === field) return el;
    }
  }
  return null;
}

// An adapter's enterSubmits(field): does a plain Enter (no Shift) send what is in this field?
// True for the fields the adapter names (selector: its comment boxes, chats and direct messages
// where the site sends on Enter) and for any field that says so itself (enterkeyhint="send", the
// hint sites give the on-screen keyboard). Ctrl/Cmd+Enter is guarded in every field regardless.
function sendsOnEnter(selector) {
  return (field) => safeMatches(field, selector) || attr(field, "enterkeyhint").toLowerCase() === "send";
}

// Text of buttons that carry their name only as text ("Post" on Threads/Instagram).
function buttonNamed(names) {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return (el) => {
    if (attr(el, "role") !== "button" && el.tagName !== "BUTTON") return false;
    const name = (attr(el, "aria-label") || el.textContent || "").trim().toLowerCase();
    return wanted.has(name);
  };
}

function handleFromText(text) {
  const m = /@[A-Za-z0-9_.-]+(?:@[A-Za-z0-9.-]+)?/.exec(text || "");
  return m ? m[0] : null;
}

export {
  isCheckable,
  isVisible,
  isContentEditableRoot,
  editableRoot,
  closestAcrossShadow,
  postTextOf,
  actionFor,
  findEndorsement,
  findSubmit,
  submitNear,
  findOnPath,
  findMenuOpener,
  fieldNear,
  buttonNamed,
  sendsOnEnter,
  handleFromText,
  labelOf,
};
