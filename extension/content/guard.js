// Interceptions in the capture phase: a Post/Send with an unresolved caution or
// warning asks once; a Like/Share/Repost/Quote of a breaching post explains why.
// When the user goes ahead, the original action is replayed.
(function (TT) {
  "use strict";
  const kit = TT.adapters;

  function install(doc, ctx) {
    // ctx: {adapter, site, handle(), sessionFor(field), sessions(), state}
    const bypass = new WeakSet(); // elements whose next click/submit is a replay
    let lastPostOpened = null; // the post whose Repost/Share menu is open

    function stop(event) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }

    async function confirmPost(session, text, answer, replay) {
      const warnings = TT.warnings.activeWarnings(answer, session.dismissed).filter((w) => TT.warnings.rank(w.severity) >= 2);
      const org = ctx.state.org || {};
      const choice = await TT.ui.ask(doc, {
        kind: "confirm",
        title: "Post this anyway?",
        intro: "ThinkTwice found something in this post that your organisation's social media policy covers.",
        warnings,
        orgName: org.name,
        cancelValue: "edit",
        buttons: [
          { value: "post", label: "Post anyway" },
          { value: "edit", label: "Edit", primary: true },
          { value: "comms", label: "Ask the comms team", href: TT.warnings.mailtoComms(org.comms_contact, text, warnings, ctx.adapter.label) },
        ],
      });
      ctx.record("post", choice, answer);
      if (choice === "post") replay();
      else if (choice === "edit") session.field.focus();
    }

    // Decides about a Post: synchronously when the answer is current, else after checking.
    function guardSubmit(event, session, replay) {
      if (!session || session.offline) return;
      const text = session.readText();
      if (!text.trim()) return;
      if (session.answerText === text) {
        if (!TT.warnings.needsConfirmation(session.answer, session.dismissed)) return;
        stop(event);
        confirmPost(session, text, session.answer, replay);
        return;
      }
      stop(event);
      session.settle().then(({ answer }) => {
        if (answer && TT.warnings.needsConfirmation(answer, session.dismissed)) confirmPost(session, text, answer, replay);
        else replay();
      });
    }

    function clickReplay(el) {
      return () => {
        bypass.add(el);
        el.click();
      };
    }

    async function guardEndorsement(event, found) {
      const post = kit.closestAcrossShadow(found.button, ctx.adapter.post) || lastPostOpened;
      const text = kit.postTextOf(ctx.adapter, post);
      if (!text) return;
      stop(event);
      const reply = await TT.service.check({ text, action: found.action, site: ctx.site, handle: ctx.handle() });
      if (!reply.ok) {
        if (reply.offline) ctx.onOffline(reply);
        clickReplay(found.button)();
        return;
      }
      ctx.onOnline();
      const answer = reply.answer;
      if (!TT.warnings.needsConfirmation(answer, null)) {
        clickReplay(found.button)();
        return;
      }
      const words = TT.warnings.endorsementWords(found.action);
      const org = ctx.state.org || {};
      const choice = await TT.ui.ask(doc, {
        kind: "endorse",
        title: `Think twice before you ${words.verb} this`,
        intro: `A ${words.verb} can be read as your organisation agreeing with the post. ThinkTwice found:`,
        quote: text,
        warnings: TT.warnings.activeWarnings(answer, null),
        orgName: org.name,
        cancelValue: "cancel",
        buttons: [
          { value: "go", label: words.anyway },
          { value: "cancel", label: "Cancel", primary: true },
        ],
      });
      ctx.record(found.action, choice === "go" ? "post" : "cancel", answer);
      if (choice === "go") clickReplay(found.button)();
    }

    function onClick(event) {
      if (!ctx.enabled()) return;
      const path = event.composedPath();
      if (path.some((el) => bypass.has(el))) {
        for (const el of path) bypass.delete(el);
        return;
      }
      if (path.some((el) => el && el.tagName === "THINKTWICE-UI")) return;
      const opener = kit.findOnPath(path, ctx.adapter.menuOpeners);
      if (opener) lastPostOpened = kit.closestAcrossShadow(opener, ctx.adapter.post);
      const found = kit.findEndorsement(ctx.adapter, path);
      if (found) {
        guardEndorsement(event, found);
        return;
      }
      const submit = kit.findSubmit(ctx.adapter, path);
      if (submit) {
        const field = kit.fieldNear(ctx.adapter, submit);
        const session = field ? ctx.sessionFor(field) : ctx.state.activeSession;
        guardSubmit(event, session, clickReplay(submit));
      }
    }

    function onSubmit(event) {
      if (!ctx.enabled()) return;
      const form = event.target;
      if (bypass.has(form)) {
        bypass.delete(form);
        return;
      }
      const session = ctx.sessions().find((s) => form.contains(s.field));
      if (!session) return;
      const submitter = event.submitter || null;
      guardSubmit(event, session, () => {
        bypass.add(form);
        form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined);
      });
    }

    function onKeydown(event) {
      if (!ctx.enabled()) return;
      if (event.altKey && event.shiftKey && (event.key === "T" || event.key === "t" || event.code === "KeyT")) {
        if (TT.ui.focusCard(doc)) stop(event);
        return;
      }
      if (event.key !== "Enter" || event.isComposing) return;
      const root = kit.editableRoot(event.composedPath()[0]);
      if (root && bypass.has(root)) {
        bypass.delete(root);
        return;
      }
      const session = root && ctx.sessionFor(root, false);
      if (!session) return;
      const modifier = event.ctrlKey || event.metaKey;
      const plainEnterSends = !event.shiftKey && !modifier && ctx.adapter.enterSubmits && ctx.adapter.enterSubmits(root);
      if (!modifier && !plainEnterSends) return;
      const button = kit.submitNear(ctx.adapter, root);
      guardSubmit(event, session, () => {
        if (button) clickReplay(button)();
        else {
          bypass.add(root);
          root.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true }));
        }
      });
    }

    // On the window, so these run before any listener the page puts on document or its root.
    const win = doc.defaultView;
    win.addEventListener("click", onClick, true);
    win.addEventListener("submit", onSubmit, true);
    win.addEventListener("keydown", onKeydown, true);
    return () => {
      win.removeEventListener("click", onClick, true);
      win.removeEventListener("submit", onSubmit, true);
      win.removeEventListener("keydown", onKeydown, true);
    };
  }

  TT.guard = { install };
})((globalThis.ThinkTwice ??= {}));
