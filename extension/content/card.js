// The card beside the field the user is writing in: one entry per concern, each quoting exactly
// the words found. Hovering or clicking a highlight, or moving the caret into one, makes its
// concern the current one (marked, and scrolled into view); "2 more concerns ↓" says when some
// do not fit. The card never covers the field's Post control or the caret's line: it tries
// places around the field and takes the first that covers neither (nor the field itself), and
// it follows the field as the page scrolls. Every control acts on the user's own events only.
import { actionFor, isVisible } from "./adapters/index.js";
import { caretOffset, keysAtOffset, keysAtPoint } from "./highlighter.js";
import { caretRect } from "./overlay.js";
import { pictureNoteList, pictureThumb } from "./thumbs.js";
import { ignoreRule } from "./service.js";
import { announce as say, el, foundWords, layer, trusted, warningItem } from "./ui.js";
import { SEVERITY_RANK, severityLabel } from "../common/vocabulary.js";
import { highestSeverity, mailtoComms, rank, warningKey } from "./warnings.js";

const GAP = 12;
const MARGIN = 8;
// What a site's Post control is called, for pages without a site adapter that names it.
const SUBMIT_NAME = /^\s*(post|send|reply|comment|submit|publish|tweet|toot|share|save|respond|update)\b/i;
const CONTROLS = "button, [role='button'], input[type='submit'], input[type='button']";

const states = new WeakMap(); // document -> card state

function stateFor(doc) {
  let st = states.get(doc);
  if (!st) {
    st = { doc, card: null, field: null, warnings: [], options: {}, current: null, closed: false, frame: 0 };
    states.set(doc, st);
    listen(st);
  }
  return st;
}

const key = (w) => warningKey(w);

// -> the card, or null when there is nothing to show.
function show(field, warnings, options) {
  const doc = field.ownerDocument;
  const st = stateFor(doc);
  const notes = (options && options.notes) || [];
  if (!warnings.length && !notes.length) {
    hide(doc);
    return null;
  }
  if (st.field !== field) st.current = null;
  st.field = field;
  st.warnings = warnings;
  st.options = options || {};
  st.closed = false;
  if (!st.card || !st.card.isConnected) st.card = create(st);
  render(st);
  place(st);
  updateMore(st);
  return st.card;
}

function create(st) {
  const card = el(st.doc, "section", { class: "tt-card", role: "region", "aria-label": "ThinkTwice policy check", tabindex: "-1" });
  card.addEventListener("keydown", trusted((e) => {
    if (e.key === "Escape") {
      e.stopPropagation();
      if (st.field) st.field.focus();
    }
  }));
  card.addEventListener("scroll", () => updateMore(st), { passive: true });
  card.addEventListener("load", () => updateMore(st), true); // a thumbnail loaded: the concerns grew
  layer(st.doc).appendChild(card);
  return card;
}

// What the card needs from the field's session: the organisation, the site, the text.
function context(st) {
  const s = st.options.session;
  const ctx = s && s.ctx;
  return {
    org: (ctx && ctx.state.org) || st.options.org || null,
    siteLabel: (ctx && ctx.adapter.label) || "",
    site: (ctx && ctx.site) || "",
    text: s ? s.checkedText || "" : "",
    action: s && ctx ? actionFor(ctx.adapter, s.field).action : "post",
  };
}

function render(st) {
  const doc = st.doc;
  const card = st.card;
  const info = context(st);
  const orgName = st.options.orgName || (info.org && info.org.name);
  if (!st.warnings.some((w) => key(w) === st.current)) st.current = st.warnings.length ? key(st.warnings[0]) : null;
  card.setAttribute("data-severity", highestSeverity(st.warnings));
  const n = st.warnings.length;
  const items = st.warnings.map((w) => {
    const words = foundWords(w);
    const buttons = [
      st.options.onDismiss ? el(doc, "button", { class: "tt-dismiss", type: "button", text: "Dismiss for this post", onclick: trusted(() => st.options.onDismiss(w)) }) : null,
      w.locked || !st.options.session
        ? null
        : el(doc, "button", { class: "tt-ignore", type: "button", text: "Don't warn me about this again", onclick: trusted(() => ignore(st, w)) }),
    ].filter(Boolean);
    const li = warningItem(doc, w, orgName, [
      pictureThumb(doc, w, st.options.pictures),
      words ? el(doc, "p", { class: "tt-words" }, [doc.createTextNode("Found: "), el(doc, "q", { text: words })]) : null,
      buttons.length ? el(doc, "div", { class: "tt-row" }, buttons) : null,
      w.locked ? el(doc, "p", { class: "tt-note", text: "Your organisation asks ThinkTwice always to check this." }) : null,
    ]);
    li.setAttribute("data-key", key(w));
    li.setAttribute("tabindex", "-1");
    return li;
  });
  const more = el(doc, "button", { class: "tt-more", type: "button", hidden: "", onclick: trusted(() => showNextHidden(st)) });
  const warnings = st.warnings.filter((w) => rank(w.severity) >= SEVERITY_RANK.info);
  const comms = el(doc, "a", {
    class: "tt-button tt-comms",
    href: mailtoComms(info.org && info.org.comms_contact, info.text, warnings, info.siteLabel),
    text: "Ask the comms team",
    onclick: trusted(() => {}),
  });
  const parts = [
    el(doc, "header", {}, [
      el(doc, "h2", { text: "ThinkTwice" }),
      el(doc, "span", { class: "tt-count", text: `${n} ${n === 1 ? "concern" : "concerns"}` }),
      el(doc, "button", { class: "tt-close", type: "button", "aria-label": "Hide ThinkTwice card", text: "×", onclick: trusted(() => close(st)) }),
    ]),
    pictureNoteList(doc, st.options.notes),
    el(doc, "ul", {}, items),
    el(doc, "footer", {}, [more, comms, el(doc, "p", { class: "tt-hint", text: "Alt+Shift+T jumps here; Esc goes back to your post." })]),
  ];
  card.replaceChildren(...parts.filter(Boolean));
  mark(st);
}

function itemsOf(st) {
  return st.card ? Array.from(st.card.querySelectorAll("li.tt-warning")) : [];
}

function mark(st) {
  for (const li of itemsOf(st)) {
    const on = li.getAttribute("data-key") === st.current;
    li.classList.toggle("tt-current", on);
    if (on) li.setAttribute("aria-current", "true");
    else li.removeAttribute("aria-current");
  }
}

// Makes a concern the current one and brings it into the card's view.
function setCurrent(st, k, { announce = false } = {}) {
  if (!st.card || !st.card.isConnected) return;
  const changed = k !== st.current;
  st.current = k;
  mark(st);
  const li = itemsOf(st).find((x) => x.getAttribute("data-key") === k);
  if (li) scrollIntoCard(st, li);
  updateMore(st);
  if (announce && changed) {
    const w = st.warnings.find((x) => key(x) === k);
    if (w) say(st.doc, `${severityLabel(w.severity)}: ${w.message || ""} Press Alt+Shift+T to review.`);
  }
}

function visibleBottom(st) {
  const footer = st.card.querySelector("footer");
  return st.card.scrollTop + st.card.clientHeight - (footer ? footer.offsetHeight : 0);
}

function scrollIntoCard(st, li) {
  const top = li.offsetTop;
  const bottom = top + li.offsetHeight;
  if (top < st.card.scrollTop || bottom > visibleBottom(st)) st.card.scrollTop = Math.max(0, top - 40);
}

// Below the card's fold: {more, rest}. `more` are the concerns not (wholly) in view below it, other than
// the one being read; `rest` is the one being read when the fold cuts it: with no concern wholly in
// view, the first the fold cuts that has begun above it (in a short card, one concern with a picture's
// thumbnail can be taller than the card: it is not "1 more concern" of a card of one).
function belowFold(st) {
  const top = st.card.scrollTop;
  const limit = visibleBottom(st) + 1;
  const items = itemsOf(st);
  const cut = items.filter((li) => li.offsetTop + li.offsetHeight > limit);
  const whole = items.some((li) => li.offsetTop >= top - 1 && li.offsetTop + li.offsetHeight <= limit);
  const rest = whole ? null : cut.find((li) => li.offsetTop < limit) || null;
  return { more: cut.filter((li) => li !== rest), rest };
}

function hiddenBelow(st) {
  return belowFold(st).more;
}

function updateMore(st) {
  const more = st.card && st.card.querySelector(".tt-more");
  if (!more) return;
  const { more: others, rest } = belowFold(st);
  const n = others.length;
  more.hidden = n === 0 && !rest;
  more.textContent = n ? `${n} more ${n === 1 ? "concern" : "concerns"} ↓` : "Rest of this concern ↓";
}

// The next concern below the fold, or the rest of the one being read.
function showNextHidden(st) {
  const { more: others, rest } = belowFold(st);
  const next = others[0];
  if (next) {
    setCurrent(st, next.getAttribute("data-key"));
    const first = next.querySelector("button");
    (first || next).focus();
    return;
  }
  if (!rest) return;
  const shown = visibleBottom(st) - st.card.scrollTop; // the height of the card's view above its footer
  st.card.scrollTop = Math.min(rest.offsetTop + rest.offsetHeight - shown, st.card.scrollTop + shown - 24); // a page on, at most to its end
  updateMore(st);
  const first = rest.querySelector("button");
  if (first && first.offsetTop + first.offsetHeight <= visibleBottom(st) + 1) first.focus({ preventScroll: true });
}

// "Don't warn me about this again": the worker keeps the rule among the user's ignored ones
// (unless the organisation locks it) and records the choice, without text, in the audit log.
async function ignore(st, w) {
  const info = context(st);
  const reply = await ignoreRule({ rule: w.rule, severity: w.severity, site: info.site, action: info.action });
  if (reply && reply.ok) {
    for (const x of st.warnings.filter((y) => y.rule === w.rule)) if (st.options.onDismiss) st.options.onDismiss(x, { ignored: true });
    say(st.doc, "ThinkTwice will not warn you about this again. You can undo it in ThinkTwice's options.");
    if (st.field && st.field.isConnected) st.field.focus(); // back to the post, which is checked again
    return;
  }
  const li = itemsOf(st).find((x) => x.getAttribute("data-key") === key(w));
  if (!li) return;
  const text = reply && reply.locked ? "Your organisation asks ThinkTwice always to check this." : `ThinkTwice could not save this: ${(reply && reply.error) || "no answer"}.`;
  let note = li.querySelector(".tt-note");
  if (!note) note = li.appendChild(el(st.doc, "p", { class: "tt-note", role: "status" }));
  note.textContent = text;
  const button = li.querySelector(".tt-ignore");
  if (button && reply && reply.locked) button.remove();
}

function close(st) {
  st.closed = true;
  if (st.card) st.card.remove();
  st.card = null;
  if (st.field) st.field.focus();
}

function hide(doc) {
  const st = states.get(doc);
  if (!st) return;
  if (st.card) st.card.remove();
  st.card = null;
  st.warnings = [];
}

// Alt+Shift+T: to the current concern's first button.
function focus(doc) {
  const st = states.get(doc);
  if (!st || !st.card || !st.card.isConnected) return false;
  const li = itemsOf(st).find((x) => x.getAttribute("data-key") === st.current);
  const target = (li && (li.querySelector(".tt-dismiss") || li.querySelector("button"))) || st.card.querySelector(".tt-dismiss") || st.card.querySelector("button");
  (target || st.card).focus();
  return true;
}

// ----- where the card goes -----

function parentOf(node) {
  return node.parentNode && node.parentNode.nodeType === 11 && node.parentNode.host ? node.parentNode.host : node.parentNode;
}

function nameOf(el) {
  return (el.getAttribute("aria-label") || el.value || el.textContent || "").trim();
}

// The Post control(s) next to a field: the adapter's, else the nearest buttons named like one
// (or a form's submit buttons) in the field's closest surroundings that have any.
function submitControls(st) {
  const field = st.field;
  const found = [];
  const keep = st.options.keepVisible;
  if (keep && keep.isConnected) found.push(keep);
  let cur = field;
  for (let depth = 0; depth < 6 && cur; depth++) {
    cur = parentOf(cur);
    if (!cur || cur.nodeType !== 1) break;
    const near = Array.from(cur.querySelectorAll(CONTROLS)).filter(
      (b) => !field.contains(b) && (b.type === "submit" || SUBMIT_NAME.test(nameOf(b))) && isVisible(b),
    );
    if (near.length) {
      found.push(...near.slice(0, 4));
      break;
    }
  }
  return [...new Set(found)];
}

function hasFocus(field) {
  try {
    return field.matches(":focus-within") || field.matches(":focus");
  } catch {
    return false;
  }
}

// The line the caret is on, across the field's width, while the user is in the field.
function caretLine(field, box) {
  if (!hasFocus(field)) return null;
  let r = null;
  if (field.tagName === "TEXTAREA" || field.tagName === "INPUT") {
    r = caretRect(field);
  } else {
    const root = field.getRootNode();
    const sel = (root.getSelection ? root.getSelection() : null) || field.ownerDocument.getSelection();
    if (sel && sel.rangeCount && field.contains(sel.focusNode)) {
      const range = sel.getRangeAt(0).cloneRange();
      range.collapse(false);
      r = range.getClientRects()[0] || null;
      if (!r || !(r.bottom > r.top)) {
        const node = sel.focusNode.nodeType === 1 ? sel.focusNode : sel.focusNode.parentElement;
        r = node ? node.getBoundingClientRect() : null;
      }
    }
  }
  return r && r.bottom > r.top ? { left: box.left, right: box.right, top: r.top, bottom: r.bottom } : null;
}

function overlap(a, b) {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

// Places tried in order: beside the field, below it (and below its Post control), above it,
// then the corners of the window. The first that covers neither the Post control nor the
// caret's line nor the field wins (below and above, the card may shrink to MIN_HEIGHT to fit,
// and says what no longer fits); failing that, the one covering the least.
const MIN_HEIGHT = 160;

function choosePlace(view, field, size, hard) {
  const { w, h } = size;
  const below = Math.max(field.bottom, ...hard.filter((r) => r.top >= field.top).map((r) => r.bottom));
  const room = (top) => Math.max(MIN_HEIGHT, Math.min(h, view.height - MARGIN - top));
  const roomAbove = Math.max(MIN_HEIGHT, Math.min(h, field.top - GAP - MARGIN));
  const tries = [
    [field.right + GAP, field.top, h],
    [field.left - w - GAP, field.top, h],
    [field.right + GAP, field.bottom - h, h],
    [field.left - w - GAP, field.bottom - h, h],
    [field.left, field.bottom + GAP, room(field.bottom + GAP)],
    [field.right - w, field.bottom + GAP, room(field.bottom + GAP)],
    [field.left, below + GAP, room(below + GAP)],
    [field.right - w, below + GAP, room(below + GAP)],
    [field.left, field.top - GAP - roomAbove, roomAbove],
    [field.right - w, field.top - GAP - roomAbove, roomAbove],
    [view.width - w - MARGIN, view.height - h - MARGIN, h],
    [view.width - w - MARGIN, MARGIN, h],
    [MARGIN, view.height - h - MARGIN, h],
    [MARGIN, MARGIN, h],
  ];
  let best = null;
  for (const [x, y, height] of tries) {
    const left = Math.max(MARGIN, Math.min(x, view.width - w - MARGIN));
    const top = Math.max(MARGIN, Math.min(y, view.height - height - MARGIN));
    const rect = { left, top, right: left + w, bottom: top + height, height };
    const covered = hard.reduce((sum, r) => sum + overlap(rect, r), 0);
    const score = covered * 1e6 + overlap(rect, field);
    if (score === 0) return rect;
    if (!best || score < best.score) best = { ...rect, score };
  }
  return best;
}

function place(st) {
  const { card, field } = st;
  if (!card || !card.isConnected || !field || !field.isConnected) return;
  const win = st.doc.defaultView;
  const box = field.getBoundingClientRect();
  const onScreen = box.bottom > 0 && box.top < win.innerHeight && box.right > 0 && box.left < win.innerWidth && box.width + box.height > 0;
  card.style.visibility = onScreen ? "" : "hidden";
  if (!onScreen) return;
  const hard = submitControls(st).map((b) => b.getBoundingClientRect());
  const caret = caretLine(field, box);
  if (caret) hard.push(caret);
  card.style.maxHeight = "";
  const size = { w: card.offsetWidth || Math.min(380, win.innerWidth - 16), h: card.offsetHeight || 180 };
  const view = { width: win.document.documentElement.clientWidth || win.innerWidth, height: win.innerHeight };
  const at = choosePlace(view, box, size, hard);
  card.style.left = `${at.left}px`;
  card.style.top = `${at.top}px`;
  if (at.height < size.h) card.style.maxHeight = `${at.height}px`;
  updateMore(st);
}

// ----- following the page and the pointer -----

function later(st, task) {
  st.tasks = st.tasks || new Set();
  st.tasks.add(task);
  if (st.frame) return;
  st.frame = st.doc.defaultView.requestAnimationFrame(() => {
    st.frame = 0;
    const tasks = st.tasks;
    st.tasks = new Set();
    for (const t of tasks) t();
  });
}

// The current warning among those highlighted at a point or offset (the most severe first).
function pick(st, keys) {
  if (!keys) return null;
  const w = st.warnings.find((x) => keys.includes(key(x)));
  return w ? key(w) : null;
}

function inField(st, event) {
  return st.field && event.composedPath().includes(st.field);
}

function listen(st) {
  const win = st.doc.defaultView;
  let pointer = null;
  const replace = () => place(st);
  const hover = () => {
    if (!pointer || !st.card || !st.card.isConnected) return;
    const k = pick(st, keysAtPoint(st.field, pointer.x, pointer.y));
    if (k && k !== st.current) setCurrent(st, k);
  };
  const caret = () => {
    if (!st.field || !st.card || !st.card.isConnected || !hasFocus(st.field)) return;
    const k = pick(st, keysAtOffset(st.field, caretOffset(st.field)));
    if (k && k !== st.current) setCurrent(st, k, { announce: true });
    place(st);
  };
  win.addEventListener("scroll", () => later(st, replace), { capture: true, passive: true });
  win.addEventListener("resize", () => later(st, replace), { passive: true });
  win.addEventListener("mousemove", (e) => {
    if (!e.isTrusted || !inField(st, e)) return;
    pointer = { x: e.clientX, y: e.clientY };
    later(st, hover);
  }, { capture: true, passive: true });
  // A click on a highlight opens its concern, bringing back a card the user had hidden.
  win.addEventListener("click", (e) => {
    if (!e.isTrusted || !inField(st, e) || !st.warnings.length) return;
    const k = pick(st, keysAtPoint(st.field, e.clientX, e.clientY));
    if (!k) return;
    if (!st.card || !st.card.isConnected) show(st.field, st.warnings, st.options);
    setCurrent(st, k);
  }, true);
  st.doc.addEventListener("selectionchange", () => later(st, caret));
  // A textarea's caret moves without a selectionchange at the document in some browsers.
  for (const type of ["input", "keyup", "mouseup"]) {
    win.addEventListener(type, (e) => {
      if (inField(st, e)) later(st, caret);
    }, { capture: true, passive: true });
  }
}

export { show, hide, focus, choosePlace, submitControls };
