// One field the user is writing in: reads its text, schedules checks as the user types, draws
// highlights and the card, and remembers per-post dismissals.
//
// Only the user's own typing starts a check. A session is made when the user first types,
// pastes or drops into a field (trusted events only: a page cannot fake them), and a change
// to the field is checked only within ARM_MS of such an event and only while the field is
// visible. A page that fills, refills or dispatches input events into fields by script, hidden
// or not, therefore causes no check; a field's initial value is never checked while typing
// (the Post guard still checks whatever is in the field the user sends).
import * as highlighter from "./highlighter.js";
import * as service from "./service.js";
import { actionFor, isVisible, submitNear } from "./adapters/index.js";
import { composerOf } from "./attachments.js";
import { PictureSet, pictureNotes } from "./pictures.js";
import { createCheckScheduler } from "./scheduler.js";
import { buildTextMap } from "./textmap.js";
import { announce, focusCard, hideCard, showCard } from "./ui.js";
import { activeWarnings, summary, warningKey } from "./warnings.js";

const DEBOUNCE_MS = 300;
const ARM_MS = 1000;
const now = () => (globalThis.performance ? performance.now() : Date.now());

class FieldSession {
  constructor(field, ctx) {
    this.field = field;
    this.ctx = ctx; // {adapter, site, handle(), state, onOffline(), onOnline()}
    this.rich = field.tagName !== "TEXTAREA" && field.tagName !== "INPUT";
    this.dismissed = new Set();
    this.answer = null; // answer for this.answerText
    this.answerText = null;
    this.failure = null; // {text, reply}: the last check of text that failed
    this.offline = false;
    this.touched = false; // the user has typed, pasted or dropped here
    this.armedUntil = -Infinity;
    this.pictures = new PictureSet(); // the pictures the user attached to this post (attachments.js)
    this.picturesReply = null; // the last answer's word on them ("Pictures not checked: …")
    this.scheduler = createCheckScheduler({
      delay: DEBOUNCE_MS,
      check: (text) => this.request(text),
      onResult: (text, reply) => this.apply(text, reply),
    });
    this.onChange = () => this.changed();
    if (this.rich) {
      this.observer = new MutationObserver(this.onChange);
      this.observer.observe(field, { childList: true, subtree: true, characterData: true });
    }
    field.addEventListener("input", this.onChange);
  }

  // A trusted keydown, paste, drop, cut or composition event in this field (main.js checks isTrusted).
  userInput() {
    this.touched = true;
    this.armedUntil = now() + ARM_MS;
  }

  armed() {
    return now() <= this.armedUntil;
  }

  readText() {
    if (!this.rich) return this.field.value || "";
    this.textMap = buildTextMap(this.field);
    return this.textMap.text;
  }

  changed() {
    const text = this.readText();
    if (!text.trim() && this.pictures.count && this.pictures.prune(composerOf(this.field, this.ctx.adapter), this.ctx.adapter)) {
      // Only pictures so far: they are the post.
      if (this.armed() && text !== this.answerText) this.scheduler.update(text);
      return;
    }
    if (!text.trim()) {
      this.pictures.clear();
      this.picturesReply = null;
      // An emptied field is a new post: forget dismissals and clear the marks.
      this.scheduler.cancel();
      this.scheduler.forget();
      this.dismissed.clear();
      this.answer = null;
      this.answerText = null;
      this.failure = null;
      highlighter.clear(this.field);
      if (this.ctx.state.activeSession === this) hideCard(this.field.ownerDocument);
      return;
    }
    if (text === this.answerText) {
      // The editor re-rendered the same text (Draft.js does): re-map the highlights.
      this.scheduler.cancel();
      this.render(text);
      return;
    }
    if (!this.armed() || !isVisible(this.field)) {
      // Not the user's doing (or not where they can see it): no check now, and no stale marks.
      if (this.answerText !== null) highlighter.clear(this.field);
      return;
    }
    this.scheduler.update(text);
  }

  async request(text) {
    const { action, replying_to } = actionFor(this.ctx.adapter, this.field);
    const request = { text, action, site: this.ctx.site, handle: this.ctx.handle() };
    if (replying_to) request.replying_to = replying_to;
    const version = this.pictures.version;
    if (this.pictures.count) request.images = this.pictures.forRequest();
    const reply = await service.check(request);
    return reply && typeof reply === "object" ? { ...reply, picturesVersion: version } : reply;
  }

  // The user attached pictures (their own file choice, paste or drop): the post is checked again
  // with them, at once.
  async attach(blobs, source) {
    this.userInput();
    const before = this.pictures.version;
    await this.pictures.add(blobs, source);
    if (this.pictures.version !== before) this.picturesChanged();
  }

  picturesChanged() {
    this.answerText = null;
    this.scheduler.forget();
    this.scheduler.update(this.readText());
    this.scheduler.flush(); // at once: there is no typing to wait out, and the picture's check is the long one
  }

  notes() {
    return pictureNotes(this.pictures, this.picturesReply);
  }

  apply(text, reply) {
    if (!reply || !reply.ok) {
      this.failure = { text, reply: reply || { ok: false, error: "no reply" } };
      this.offline = !!(reply && reply.offline);
      // Not retried by itself: the next keystroke, or pressing Post, asks again.
      this.scheduler.forget();
      if (this.offline) this.ctx.onOffline(reply);
      return;
    }
    if (reply.picturesVersion !== undefined && reply.picturesVersion !== this.pictures.version) {
      this.picturesChanged(); // pictures came or went while this was checked: ask again
      return;
    }
    this.failure = null;
    this.offline = false;
    this.ctx.onOnline();
    this.picturesReply = reply;
    this.answer = reply.answer;
    this.answerText = text;
    this.render();
  }

  activeWarnings() {
    return activeWarnings(this.answer, this.dismissed);
  }

  render(currentText) {
    const current = currentText ?? this.readText();
    const warnings = this.activeWarnings();
    if (this.answerText !== current) return; // the text moved on; the next answer will draw
    if (this.rich) highlighter.highlightRich(this.field, this.textMap, warnings);
    else highlighter.highlightPlain(this.field, current, warnings);
    const doc = this.field.ownerDocument;
    const notes = this.notes();
    if ((warnings.length || notes.length) && this.isActive()) {
      showCard(this.field, warnings, {
        pictures: this.pictures,
        notes,
        orgName: this.ctx.state.org && this.ctx.state.org.name,
        onDismiss: (w) => this.dismiss(w),
        keepVisible: submitNear(this.ctx.adapter, this.field),
        session: this, // the card's "Ask the comms team" and "Don't warn me about this again"
      });
    } else if (!warnings.length && !notes.length && this.isActive()) {
      hideCard(doc);
    }
    const key = warnings.map(warningKey).join(",");
    if (key !== this.announced) {
      this.announced = key;
      if (warnings.length) announce(doc, `${summary(warnings)} Press Alt+Shift+T to review.`);
    }
  }

  isActive() {
    return this.ctx.state.activeSession === this;
  }

  activate() {
    if (this.ctx.state.activeSession !== this) {
      this.ctx.state.activeSession = this;
      if (this.answer) this.render();
    }
  }

  dismiss(warning) {
    this.dismissed.add(warningKey(warning));
    this.render();
    if (!this.activeWarnings().length) this.field.focus();
    else focusCard(this.field.ownerDocument);
  }

  // For a Post: the current text's answer, checking now if it has none yet (or its last
  // check failed). -> {text, answer} or {text, answer: null, failure: reply}.
  async settle() {
    const text = this.readText();
    if (!text.trim() && !(this.pictures.count && this.pictures.prune(composerOf(this.field, this.ctx.adapter), this.ctx.adapter))) return { text, answer: null };
    if (this.answerText === text) return { text, answer: this.answer };
    if (this.failure && this.failure.text === text) this.scheduler.forget();
    this.scheduler.update(text);
    const reply = await this.scheduler.flush();
    if (this.answerText === text && this.readText() === text) return { text, answer: this.answer };
    const failed = this.failure && this.failure.text === text ? this.failure.reply : reply && !reply.ok ? reply : null;
    return { text, answer: null, failure: failed || { ok: false, error: "the text changed while it was being checked" } };
  }

  destroy() {
    if (this.observer) this.observer.disconnect();
    this.field.removeEventListener("input", this.onChange);
    this.scheduler.cancel();
    this.pictures.clear();
    highlighter.clear(this.field);
  }
}

export { FieldSession };
