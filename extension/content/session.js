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
import { orderedAnswer } from "../common/answers.js";

const DEBOUNCE_MS = 300;
const ARM_MS = 1000;
const now = () => (globalThis.performance ? performance.now() : Date.now());

// The card's word on pictures whose check has not answered yet (the text's concerns show meanwhile).
const PICTURES_CHECKING = "Pictures still being checked: their concerns join these when they arrive.";

function unchecked(reply) {
  const why = reply && reply.timeout ? "the checker did not answer in time" : reply && reply.busy ? "the checker is busy" : reply && reply.offline ? "the checker is offline" : "the check failed";
  return `Pictures not checked: ${why}. They are checked again when you post.`;
}

// The text and the pictures are checked apart, each at its own pace: a picture takes the service
// seconds, and text typed meanwhile is checked (and highlighted) at once, not after it. The card shows
// both answers together; this.answer is theirs merged, and this.answerText names the text it is for only
// once the pictures as they are now have been answered too, so the Post guard takes its quick path only
// then, and otherwise waits for them (settle()).
class FieldSession {
  constructor(field, ctx) {
    this.field = field;
    this.ctx = ctx; // {adapter, site, handle(), state, onOffline(), onOnline()}
    this.rich = field.tagName !== "TEXTAREA" && field.tagName !== "INPUT";
    this.dismissed = new Set();
    this.ignoredHere = new Set(); // of the dismissed, those hidden because their rule was ignored
    this.checkedText = null; // the text this.textAnswer is for
    this.textAnswer = null;
    this.answer = null; // the text's and the pictures' answers merged
    this.failure = null; // {text, reply}: the last check of text that failed
    this.offline = false;
    this.touched = false; // the user has typed, pasted or dropped here
    this.armedUntil = -Infinity;
    this.pictures = new PictureSet(); // the pictures the user attached to this post (attachments.js)
    this.picturesDone = null; // {version, reply}: the answer for the pictures at that version
    this.picturesCheck = null; // {version, epoch, promise}: the pictures' check in flight
    this.epoch = 0; // bumped when settings change: answers from before no longer count (recheck())
    this.scheduler = createCheckScheduler({
      delay: DEBOUNCE_MS,
      check: (text) => this.request(text),
      onResult: (text, result) => this.apply(text, result), // result: {reply, epoch}, from request()
    });
    this.onChange = () => this.changed();
    if (this.rich) {
      this.observer = new MutationObserver(this.onChange);
      this.observer.observe(field, { childList: true, subtree: true, characterData: true });
    }
    field.addEventListener("input", this.onChange);
  }

  // The text whose answer, with the pictures', is complete; null while either is missing.
  get answerText() {
    return this.checkedText !== null && this.picturesSettled() ? this.checkedText : null;
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

  hasPictures() {
    return this.pictures.count > 0 && this.pictures.prune(composerOf(this.field, this.ctx.adapter), this.ctx.adapter);
  }

  changed() {
    const text = this.readText();
    if (!text.trim() && this.hasPictures()) {
      // Only pictures so far: they are the post, and there is no text to check.
      if (text !== this.checkedText) this.emptyText(text);
      return;
    }
    if (!text.trim()) {
      this.pictures.clear();
      this.picturesDone = null;
      this.picturesCheck = null;
      // An emptied field is a new post: forget dismissals and clear the marks.
      this.scheduler.cancel();
      this.scheduler.forget();
      this.dismissed.clear();
      this.ignoredHere.clear();
      this.answer = null;
      this.textAnswer = null;
      this.checkedText = null;
      this.failure = null;
      highlighter.clear(this.field);
      if (this.ctx.state.activeSession === this) hideCard(this.field.ownerDocument);
      return;
    }
    if (text === this.checkedText) {
      // The editor re-rendered the same text (Draft.js does): re-map the highlights.
      this.scheduler.cancel();
      this.render(text);
      return;
    }
    if (!this.armed() || !isVisible(this.field)) {
      // Not the user's doing (or not where they can see it): no check now, and no stale marks.
      if (this.checkedText !== null) highlighter.clear(this.field);
      return;
    }
    if (this.picturesDone && !this.picturesDone.reply.ok && !this.picturesCheck) this.checkPictures(); // failed: asked again as the user goes on
    this.scheduler.update(text);
  }

  // A post of pictures alone: its text part is answered, with nothing, without asking the service.
  emptyText(text) {
    this.scheduler.cancel();
    this.checkedText = text;
    this.textAnswer = null;
    this.failure = null;
    this.compose();
    this.render(text);
  }

  // The text's check: the text alone (the pictures go on their own, checkPictures).
  request(text) {
    const { action, replying_to } = actionFor(this.ctx.adapter, this.field);
    const request = { text, action, site: this.ctx.site, handle: this.ctx.handle() };
    if (replying_to) request.replying_to = replying_to;
    const epoch = this.epoch;
    return service.check(request).then((reply) => ({ reply, epoch }));
  }

  // The settings changed where this script cannot see them (organisation, role, accounts): the
  // answers so far may no longer hold. They stay drawn, so the warnings do not blink out, until the
  // new answers replace them; a Post meanwhile waits for the new ones (answerText is null).
  recheck() {
    this.epoch += 1;
    for (const k of this.ignoredHere) this.dismissed.delete(k);
    this.ignoredHere.clear();
    if (!this.touched) return;
    if (this.pictures.count) this.checkPictures();
    const text = this.readText();
    if (!text.trim()) return;
    this.checkedText = null;
    this.scheduler.forget();
    this.scheduler.update(text);
    this.scheduler.flush();
  }

  // The user attached pictures (their own file choice, paste or drop): checked at once.
  async attach(blobs, source) {
    this.userInput();
    const before = this.pictures.version;
    await this.pictures.add(blobs, source);
    if (this.pictures.version !== before) this.picturesChanged();
  }

  // The pictures changed (added, or brought over by a settings change): they are checked, and the
  // text too if this session has not checked it yet.
  picturesChanged() {
    this.checkPictures();
    const text = this.readText();
    if (!text.trim()) this.emptyText(text);
    else if (text !== this.checkedText) {
      this.scheduler.forget();
      this.scheduler.update(text);
      this.scheduler.flush(); // no typing to wait out
    }
    this.compose();
    this.render();
  }

  // The pictures' check, as they are now: one at a time per version; a newer version's answer is the
  // one that counts. -> a promise settled when it answers.
  checkPictures() {
    const version = this.pictures.version;
    const epoch = this.epoch;
    if (this.picturesCheck && this.picturesCheck.version === version && this.picturesCheck.epoch === epoch) return this.picturesCheck.promise;
    if (!this.pictures.count) return Promise.resolve();
    const { action, replying_to } = actionFor(this.ctx.adapter, this.field);
    const request = { text: "", action, site: this.ctx.site, handle: this.ctx.handle(), images: this.pictures.forRequest() };
    if (replying_to) request.replying_to = replying_to;
    const check = { version, epoch, promise: null };
    check.promise = service.check(request).then((reply) => {
      if (this.picturesCheck === check) this.picturesCheck = null;
      if (version !== this.pictures.version) return; // pictures came or went meanwhile: their own check counts
      if (epoch !== this.epoch) return; // asked under settings since changed: the newer check counts
      const answered = reply && typeof reply === "object" ? reply : { ok: false, error: "no reply" };
      this.picturesDone = { version, epoch, reply: answered };
      if (answered.ok) this.ctx.onOnline();
      else if (answered.offline) this.ctx.onOffline(answered);
      this.compose();
      this.render();
    });
    this.picturesCheck = check;
    return check.promise;
  }

  // The pictures as they are now have an answer (or there are none).
  picturesSettled() {
    if (!this.pictures.count) return true;
    const done = this.picturesDone;
    return !!(done && done.version === this.pictures.version && done.epoch === this.epoch && done.reply.ok);
  }

  // The answer for the pictures as they are now: the reply, or null while there is none.
  picturesReply() {
    const done = this.picturesDone;
    return done && done.version === this.pictures.version && done.reply.ok ? done.reply : null;
  }

  compose() {
    const pictured = this.picturesReply();
    const text = this.textAnswer;
    if (!text && !pictured && this.checkedText === null) {
      this.answer = null;
      return;
    }
    const warnings = [...((text && text.warnings) || []), ...((pictured && pictured.answer.warnings) || [])];
    this.answer = orderedAnswer(warnings, (text && text.rules_version) || (pictured && pictured.answer.rules_version));
  }

  notes() {
    const notes = pictureNotes(this.pictures, this.picturesReply());
    if (!this.pictures.count || this.picturesSettled()) return notes;
    const done = this.picturesDone;
    const failed = done && done.version === this.pictures.version && !done.reply.ok && !this.picturesCheck;
    return [failed ? unchecked(done.reply) : PICTURES_CHECKING, ...notes];
  }

  apply(text, { reply, epoch }) {
    if (epoch !== this.epoch) {
      // Asked under settings since changed: asked again, and the marks drawn stay until it answers.
      if (this.readText() === text) {
        this.scheduler.forget();
        this.scheduler.update(text);
        this.scheduler.flush();
      }
      return;
    }
    if (!reply || !reply.ok) {
      this.failure = { text, reply: reply || { ok: false, error: "no reply" } };
      this.offline = !!(reply && reply.offline);
      // Not retried by itself: the next keystroke, or pressing Post, asks again.
      this.scheduler.forget();
      if (this.offline) this.ctx.onOffline(reply);
      return;
    }
    this.failure = null;
    this.offline = false;
    this.ctx.onOnline();
    this.textAnswer = reply.answer;
    this.checkedText = text;
    this.compose();
    this.render();
  }

  activeWarnings() {
    return activeWarnings(this.answer, this.dismissed);
  }

  render(currentText) {
    const current = currentText ?? this.readText();
    if (this.checkedText !== current) return; // the text moved on; the next answer will draw
    const warnings = this.activeWarnings();
    if (this.rich) highlighter.highlightRich(this.field, this.textMap, warnings);
    else highlighter.highlightPlain(this.field, current, warnings);
    const doc = this.field.ownerDocument;
    const notes = this.notes();
    if ((warnings.length || notes.length) && this.isActive()) {
      showCard(this.field, warnings, {
        pictures: this.pictures,
        notes,
        orgName: this.ctx.state.org && this.ctx.state.org.name,
        onDismiss: (w, how) => this.dismiss(w, how),
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

  // how.ignored: hidden because the user chose not to be warned about its rule again; the answers
  // leave it out from then on, and a settings change (recheck()) forgets it, so that undoing the
  // choice in the options brings it back.
  dismiss(warning, how) {
    this.dismissed.add(warningKey(warning));
    if (how && how.ignored) this.ignoredHere.add(warningKey(warning));
    this.render();
    if (!this.activeWarnings().length) this.field.focus();
    else focusCard(this.field.ownerDocument);
  }

  // For a Post: the current text's and pictures' answer, checking now what has none yet (or whose last
  // check failed), and waiting for pictures still being checked: a post never goes ahead without them.
  // -> {text, answer} or {text, answer: null, failure: reply}.
  async settle() {
    const text = this.readText();
    if (!text.trim() && !this.hasPictures()) return { text, answer: null };
    const pictures = this.settlePictures(); // beside the text's check, not after it
    const failed = (await this.settleText(text)) || (await pictures);
    if (failed) return { text, answer: null, failure: failed };
    if (this.answerText === text && this.readText() === text) return { text, answer: this.answer };
    return { text, answer: null, failure: { ok: false, error: "the text changed while it was being checked" } };
  }

  // -> null when the text has its answer, else the failed reply.
  async settleText(text) {
    if (!text.trim()) {
      if (text !== this.checkedText) this.emptyText(text);
      return null;
    }
    if (this.checkedText === text) return null;
    if (this.failure && this.failure.text === text) this.scheduler.forget();
    this.scheduler.update(text);
    let result = await this.scheduler.flush();
    // An answer asked under settings since changed is asked again (apply()): wait for that one.
    while (this.checkedText !== text && result && result.epoch !== this.epoch && this.readText() === text) result = await this.scheduler.flush();
    const reply = result && result.reply;
    if (this.checkedText === text) return null;
    const failed = this.failure && this.failure.text === text ? this.failure.reply : reply && !reply.ok ? reply : null;
    return failed || { ok: false, error: "the text changed while it was being checked" };
  }

  // -> null when the pictures as they are now have their answer, else the failed reply. A check that
  // failed before is made again, once.
  async settlePictures() {
    let asked = false;
    while (this.pictures.count) {
      const done = this.picturesDone;
      if (done && done.version === this.pictures.version && done.epoch === this.epoch && (done.reply.ok || (asked && !this.picturesCheck))) return done.reply.ok ? null : done.reply;
      asked = true;
      await this.checkPictures();
    }
    return null;
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
