// One watched field: reads its text, schedules checks as the user types,
// draws highlights and the card, and remembers per-post dismissals.
(function (TT) {
  "use strict";

  const DEBOUNCE_MS = 300;

  class FieldSession {
    constructor(field, ctx) {
      this.field = field;
      this.ctx = ctx; // {adapter, site, handle(), state, onOffline(), onOnline()}
      this.rich = field.tagName !== "TEXTAREA" && field.tagName !== "INPUT";
      this.dismissed = new Set();
      this.answer = null; // answer for this.answerText
      this.answerText = null;
      this.offline = false;
      this.scheduler = TT.scheduler.createCheckScheduler({
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
      const text = this.readText();
      if (text.trim()) this.scheduler.update(text);
    }

    readText() {
      if (!this.rich) return this.field.value || "";
      this.textMap = TT.textmap.buildTextMap(this.field);
      return this.textMap.text;
    }

    changed() {
      const text = this.readText();
      if (!text.trim()) {
        // An emptied field is a new post: forget dismissals and clear the marks.
        this.scheduler.cancel();
        this.scheduler.forget();
        this.dismissed.clear();
        this.answer = null;
        this.answerText = null;
        TT.highlighter.clear(this.field);
        if (this.ctx.state.activeSession === this) TT.ui.hideCard(this.field.ownerDocument);
        return;
      }
      if (text === this.answerText) {
        // The editor re-rendered the same text (Draft.js does): re-map the highlights.
        this.scheduler.cancel();
        this.render(text);
        return;
      }
      this.scheduler.update(text);
    }

    async request(text) {
      const { action, replying_to } = TT.adapters.actionFor(this.ctx.adapter, this.field);
      const request = { text, action, site: this.ctx.site, handle: this.ctx.handle() };
      if (replying_to) request.replying_to = replying_to;
      return TT.service.check(request);
    }

    apply(text, reply) {
      if (!reply || !reply.ok) {
        this.offline = !!(reply && reply.offline);
        if (this.offline) this.ctx.onOffline(reply);
        return;
      }
      this.offline = false;
      this.ctx.onOnline();
      this.answer = reply.answer;
      this.answerText = text;
      this.render();
    }

    activeWarnings() {
      return TT.warnings.activeWarnings(this.answer, this.dismissed);
    }

    render(currentText) {
      const current = currentText ?? this.readText();
      const warnings = this.activeWarnings();
      if (this.answerText !== current) return; // the text moved on; the next answer will draw
      if (this.rich) TT.highlighter.highlightRich(this.field, this.textMap, warnings);
      else TT.highlighter.highlightPlain(this.field, current, warnings);
      const doc = this.field.ownerDocument;
      if (warnings.length && this.isActive()) {
        TT.ui.showCard(this.field, warnings, {
          orgName: this.ctx.state.org && this.ctx.state.org.name,
          onDismiss: (w) => this.dismiss(w),
          keepVisible: TT.adapters.submitNear(this.ctx.adapter, this.field),
        });
      } else if (!warnings.length && this.isActive()) {
        TT.ui.hideCard(doc);
      }
      const key = warnings.map(TT.warnings.warningKey).join(",");
      if (key !== this.announced) {
        this.announced = key;
        if (warnings.length) TT.ui.announce(doc, `${TT.warnings.summary(warnings)} Press Alt+Shift+T to review.`);
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
      this.dismissed.add(TT.warnings.warningKey(warning));
      this.render();
      if (!this.activeWarnings().length) this.field.focus();
      else TT.ui.focusCard(this.field.ownerDocument);
    }

    // The current text's answer, checking now if typing has not settled yet.
    async settle() {
      const text = this.readText();
      if (!text.trim()) return { text, answer: null };
      if (this.answerText !== text) {
        this.scheduler.update(text);
        await this.scheduler.flush();
      }
      return { text, answer: this.answerText === text ? this.answer : null };
    }

    destroy() {
      if (this.observer) this.observer.disconnect();
      this.field.removeEventListener("input", this.onChange);
      this.scheduler.cancel();
      TT.highlighter.clear(this.field);
    }
  }

  TT.FieldSession = FieldSession;
})((globalThis.ThinkTwice ??= {}));
