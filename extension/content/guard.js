// Interceptions in the capture phase: a Post/Send with an unresolved caution or warning asks
// once; a Like/Share/Repost/Quote of a breaching post explains why. When the user goes ahead,
// the original action is replayed, through the site's own Post button where there is one.
//
// One question per submission: sites wire a post through several events (a click on a submit
// button sends its form; Ctrl+Enter clicks the button or sends the form), and each of them
// passes through here. "Post anyway" approves the field's text for the whole submission that
// follows (APPROVAL_MS), however many of those events it takes, so the user is never asked twice;
// "Edit" lets none of them through.
//
// Only the user's own actions count: clicks and keys must be trusted events, and a submit must
// follow the user's own click or key press. A page that clicks its own buttons by script gets
// no check, no dialog and no audit record (it could act without clicking anyway). When the
// check cannot be made (offline, unpaired, not answering), the user is told so and chooses;
// nothing passes silently.
import * as kit from "./adapters/index.js";
import * as service from "./service.js";
import { scan } from "./fields.js";
import { pictureNotes, postPictures } from "./pictures.js";
import { ask, focusCard } from "./ui.js";
import { activeWarnings, endorsementWords, mailtoComms, needsConfirmation, rank } from "./warnings.js";
import { SEVERITY_RANK } from "../common/vocabulary.js";

const GESTURE_MS = 2000; // a submit this soon after the user's click or key press is theirs
const APPROVAL_MS = 3000; // how long "Post anyway" covers the submission it replays

function install(doc, ctx) {
  // ctx: {adapter, site, handle(), sessionFor(field), sessions(), state}
  const win = doc.defaultView;
  const bypass = new WeakSet(); // elements whose next click/submit is a replay
  let lastPostOpened = null; // the post whose Repost/Share menu is open
  let deciding = false; // a Post or endorsement is being checked or asked about
  let lastGesture = -Infinity;
  let approval = null; // {field, text, until}: the submission the user said to go ahead with
  const now = () => (win.performance ? win.performance.now() : Date.now());

  // The user went ahead with this text: every event of the replayed submission passes.
  function approve(session, text) {
    approval = { field: session.field, text, until: now() + APPROVAL_MS };
  }

  function approved(session, text) {
    if (!approval) return false;
    if (now() > approval.until) {
      approval = null;
      return false;
    }
    return approval.field === session.field && approval.text === text;
  }

  function goAhead(session, text, replay) {
    approve(session, text);
    replay();
  }

  function stop(event) {
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  // One decision at a time: a second Post or Like while one is pending is swallowed.
  function decide(task) {
    deciding = true;
    Promise.resolve()
      .then(task)
      .catch(() => {})
      .finally(() => {
        deciding = false;
      });
  }

  function reasonOf(reply) {
    if (reply && reply.setup) return "no organisation is chosen in ThinkTwice's options";
    if (reply && reply.unpaired) return "ThinkTwice is not paired with the checker";
    if (reply && reply.timeout) return "the checker did not answer in time";
    if (reply && reply.busy) return "the checker is busy";
    if (reply && reply.offline) return "the checker is offline";
    return "the check failed";
  }

  // "Not checked: the checker is offline — post anyway?" with the usual go-ahead/edit choices.
  function askUnchecked(reply, { verb, quote, buttons, cancelValue }) {
    if (reply && reply.offline) ctx.onOffline(reply);
    return ask(doc, {
      kind: "unchecked",
      title: `Not checked: ${reasonOf(reply)} — ${verb} anyway?`,
      intro: "ThinkTwice could not check this against your organisation's social media policy, so it cannot tell you whether the policy covers it.",
      quote,
      warnings: [],
      cancelValue,
      buttons,
    });
  }

  async function confirmPost(session, text, answer, replay) {
    const warnings = activeWarnings(answer, session.dismissed).filter((w) => rank(w.severity) >= SEVERITY_RANK.caution);
    const org = ctx.state.org || {};
    const choice = await ask(doc, {
      kind: "confirm",
      title: "Post this anyway?",
      intro: "ThinkTwice found something in this post that your organisation's social media policy covers.",
      warnings,
      orgName: org.name,
      pictures: session.pictures,
      notes: session.notes(),
      cancelValue: "edit",
      buttons: [
        { value: "post", label: "Post anyway" },
        { value: "edit", label: "Edit", primary: true },
        { value: "comms", label: "Ask the comms team", href: mailtoComms(org.comms_contact, text, warnings, ctx.adapter.label) },
      ],
    });
    ctx.record("post", choice, answer);
    if (choice === "post") goAhead(session, text, replay);
    else if (choice === "edit") session.field.focus();
  }

  async function postUnchecked(session, text, failure, replay) {
    const choice = await askUnchecked(failure, {
      verb: "post",
      cancelValue: "edit",
      buttons: [
        { value: "post", label: "Post anyway" },
        { value: "edit", label: "Edit", primary: true },
      ],
    });
    if (choice === "post") goAhead(session, text, replay);
    else session.field.focus();
  }

  // Decides about a Post: synchronously when the answer is current, else after checking.
  function guardSubmit(event, session, replay) {
    if (!session) return;
    const text = session.readText();
    if (!text.trim() && !session.pictures.count) return;
    if (approved(session, text)) return;
    if (deciding) {
      stop(event);
      return;
    }
    if (session.answerText === text) {
      if (!needsConfirmation(session.answer, session.dismissed)) return;
      stop(event);
      decide(() => confirmPost(session, text, session.answer, replay));
      return;
    }
    // A hidden field the user never typed in is not what they are sending.
    if (!session.touched && !kit.isVisible(session.field)) return;
    stop(event);
    decide(() => checkAndAsk(session, text, replay));
  }

  async function checkAndAsk(session, text, replay) {
    const { answer, failure } = await session.settle();
    if (!answer) await postUnchecked(session, text, failure, replay);
    else if (needsConfirmation(answer, session.dismissed)) await confirmPost(session, text, answer, replay);
    else goAhead(session, text, replay);
  }

  // A submission the user starts before ThinkTwice has its settings (the first read can take a
  // second or more in a fresh browser) is held until they arrive, then decided as usual, or
  // replayed untouched if ThinkTwice turns out to be off here. findSession() names the field it
  // sends, asked again once started (the settings can change the site's adapter).
  function holdUntilStarted(event, findSession, replay) {
    if (deciding) {
      stop(event);
      return;
    }
    stop(event);
    decide(async () => {
      await ctx.started;
      const session = ctx.enabled() ? findSession() : null;
      const text = session ? session.readText() : "";
      if (!session || (!text.trim() && !session.pictures.count)) replay();
      else await checkAndAsk(session, text, replay);
    });
  }

  const starting = () => !ctx.enabled() && ctx.starting();

  function clickReplay(el) {
    return () => {
      bypass.add(el);
      el.click(); // an untrusted click: the guard lets it through
    };
  }

  // The endorsed post's pictures go with its text where the content script may read them.
  async function endorse(found, text, post) {
    const { pictures, unread } = await postPictures(post);
    try {
      await endorseWith(found, text, pictures, unread);
    } finally {
      pictures.clear(); // revokes the thumbnails' object URLs
    }
  }

  async function endorseWith(found, text, pictures, unread) {
    const go = clickReplay(found.button);
    const words = endorsementWords(found.action);
    const request = { text, action: found.action, site: ctx.site, handle: ctx.handle() };
    if (pictures.count) request.images = pictures.forRequest();
    const reply = await service.check(request);
    if (!reply || !reply.ok) {
      const choice = await askUnchecked(reply, {
        verb: words.verb,
        quote: text,
        cancelValue: "cancel",
        buttons: [
          { value: "go", label: words.anyway },
          { value: "cancel", label: "Cancel", primary: true },
        ],
      });
      if (choice === "go") go();
      return;
    }
    ctx.onOnline();
    const answer = reply.answer;
    if (!needsConfirmation(answer, null)) {
      go();
      return;
    }
    const org = ctx.state.org || {};
    const choice = await ask(doc, {
      kind: "endorse",
      title: `Think twice before you ${words.verb} this`,
      intro: `A ${words.verb} can be read as your organisation agreeing with the post. ThinkTwice found:`,
      quote: text,
      warnings: activeWarnings(answer, null),
      orgName: org.name,
      pictures,
      notes: pictureNotes(pictures, reply, unread),
      cancelValue: "cancel",
      buttons: [
        { value: "go", label: words.anyway },
        { value: "cancel", label: "Cancel", primary: true },
      ],
    });
    ctx.record(found.action, choice === "go" ? "post" : "cancel", answer);
    if (choice === "go") go();
  }

  function guardEndorsement(event, found) {
    const post = kit.closestAcrossShadow(found.button, ctx.adapter.post) || lastPostOpened;
    const text = kit.postTextOf(ctx.adapter, post);
    if (!text) return;
    stop(event);
    if (deciding) return;
    decide(() => endorse(found, text, post));
  }

  function onClick(event) {
    const path = event.composedPath();
    if (path.some((el) => bypass.has(el))) {
      for (const el of path) bypass.delete(el);
      return;
    }
    if (!event.isTrusted) return; // the page's own scripted click: not the user's
    lastGesture = now();
    if (starting()) {
      const submit = kit.findSubmit(ctx.adapter, path);
      if (submit) holdUntilStarted(event, () => submitSession(submit), clickReplay(submit));
      return;
    }
    if (!ctx.enabled()) return;
    if (path.some((el) => el && el.tagName === "THINKTWICE-UI")) return;
    const opener = kit.findMenuOpener(ctx.adapter, path);
    if (opener) lastPostOpened = kit.closestAcrossShadow(opener, ctx.adapter.post);
    const found = kit.findEndorsement(ctx.adapter, path);
    if (found) {
      guardEndorsement(event, found);
      return;
    }
    const submit = kit.findSubmit(ctx.adapter, path);
    if (submit) guardSubmit(event, submitSession(submit), clickReplay(submit));
  }

  function submitSession(submit) {
    const field = kit.fieldNear(ctx.adapter, submit);
    return field ? ctx.sessionFor(field) : ctx.state.activeSession;
  }

  // The field a form sends: one the user typed in, else a visible one with text.
  function formSession(form) {
    const typed = ctx.sessions().find((s) => s.touched && form.contains(s.field) && s.readText().trim());
    if (typed) return typed;
    let found = null;
    scan(ctx.adapter, form, (field) => {
      if (!found && kit.isVisible(field) && (field.value ?? field.textContent ?? "").trim()) found = field;
    }, new WeakSet());
    return found ? ctx.sessionFor(found) : null;
  }

  function onSubmit(event) {
    const form = event.target;
    if (bypass.has(form)) {
      bypass.delete(form);
      return;
    }
    // requestSubmit() from script fires a trusted submit too: only one close behind the
    // user's own click or key press is theirs.
    if (!event.isTrusted || now() - lastGesture > GESTURE_MS) return;
    const submitter = event.submitter || null;
    const replay = () => {
      bypass.add(form);
      form.requestSubmit(submitter && form.contains(submitter) ? submitter : undefined);
    };
    if (starting()) {
      holdUntilStarted(event, () => formSession(form), replay);
      return;
    }
    if (!ctx.enabled()) return;
    const session = formSession(form);
    if (session) guardSubmit(event, session, replay);
  }

  function onKeydown(event) {
    if (!event.isTrusted) return;
    lastGesture = now();
    if (starting()) {
      holdKeyUntilStarted(event);
      return;
    }
    if (!ctx.enabled()) return;
    if (event.altKey && event.shiftKey && (event.key === "T" || event.key === "t" || event.code === "KeyT")) {
      if (focusCard(doc)) stop(event);
      return;
    }
    if (event.key !== "Enter" || event.isComposing) return;
    const root = kit.editableRoot(event.composedPath()[0]);
    const session = root && ctx.sessionFor(root, false);
    if (!session) return;
    const modifier = event.ctrlKey || event.metaKey;
    const plainEnterSends = !event.shiftKey && !modifier && ctx.adapter.enterSubmits && ctx.adapter.enterSubmits(root);
    if (!modifier && !plainEnterSends) return;
    guardSubmit(event, session, keyReplay(event, root));
  }

  // Through the field's own Post button where there is one, else the key press again.
  function keyReplay(event, root) {
    const target = event.composedPath()[0];
    return () => {
      const button = kit.submitNear(ctx.adapter, root);
      if (button && button.isConnected) clickReplay(button)();
      else replayKey(event, target && target.isConnected ? target : root);
    };
  }

  // Ctrl/Cmd+Enter in a field before the settings arrived, and a plain Enter where the adapter
  // known from the address says the field sends on Enter (on an address added in the options only
  // the settings name the site, so there a plain Enter is left alone until they arrive).
  function holdKeyUntilStarted(event) {
    if (event.key !== "Enter" || event.isComposing) return;
    const root = kit.editableRoot(event.composedPath()[0]);
    if (!root) return;
    const modifier = event.ctrlKey || event.metaKey;
    if (!modifier && (event.shiftKey || !ctx.adapter.enterSubmits || !ctx.adapter.enterSubmits(root))) return;
    holdUntilStarted(event, () => ctx.sessionFor(root, false), keyReplay(event, root));
  }

  // The same key press again, untrusted (the guard lets it through), with the legacy keyCode
  // and which that Draft.js reads (it ignores an Enter without them).
  function replayKey(original, target) {
    const init = {
      key: original.key,
      code: original.code,
      keyCode: original.keyCode || 13,
      which: original.which || original.keyCode || 13,
      charCode: 0,
      location: original.location,
      ctrlKey: original.ctrlKey,
      metaKey: original.metaKey,
      shiftKey: original.shiftKey,
      altKey: original.altKey,
      repeat: false,
      bubbles: true,
      cancelable: true,
      composed: true,
      view: win,
    };
    target.dispatchEvent(new win.KeyboardEvent("keydown", init));
  }

  // On the window, so these run before any listener the page puts on document or its root.
  win.addEventListener("click", onClick, true);
  win.addEventListener("submit", onSubmit, true);
  win.addEventListener("keydown", onKeydown, true);
  return () => {
    win.removeEventListener("click", onClick, true);
    win.removeEventListener("submit", onSubmit, true);
    win.removeEventListener("keydown", onKeydown, true);
  };
}

export { install };
