// Finds the pictures the user attaches to a post: a file chosen in a file input near the composer,
// image files pasted or dropped into the editor or the compose area, and (after one of those) the
// site's own preview of a picture (an img showing a blob: or data: URL) inside the composer. A new
// profile photo chosen in a file input with no composer near it is checked on its own, as a profile.
// Only the user's own trusted change, paste and drop events count: a page that sets files or fires
// events by script causes no check.
import * as kit from "./adapters/index.js";
import * as service from "./service.js";
import { scan } from "./fields.js";
import { PictureSet, imageFiles, pictureNotes, previewImages, fetchPicture } from "./pictures.js";
import { hideCard, showCard } from "./ui.js";
import { activeWarnings } from "./warnings.js";

const UP = 6; // how far up from a field its composer may reach
// Where the site's preview appears after the user attached a picture (it reads the file first).
const PREVIEW_LOOKS_MS = [400, 1500];

// The compose area around a field: its form, else the nearest ancestor holding a file input, else
// the ancestor three levels up.
export function composerOf(field) {
  if (!field) return null;
  const form = field.closest && field.closest("form");
  if (form) return form;
  let cur = field;
  let fallback = null;
  for (let depth = 0; depth < UP && cur && cur.parentElement; depth++) {
    cur = cur.parentElement;
    if (depth === 2) fallback = cur;
    if (cur.querySelector("input[type=file]")) return cur;
  }
  return fallback || field.parentElement;
}

// A file input for a profile or avatar picture (words in its own attributes, its label or its form).
export function isProfilePhotoInput(input) {
  const words = [input.name, input.id, input.getAttribute("aria-label"), ...(input.labels ? Array.from(input.labels, (l) => l.textContent) : [])];
  const form = input.closest("form");
  if (form) words.push(form.id, form.getAttribute("aria-label"), form.className, form.getAttribute("action"));
  return /avatar|profile|photo|picture|headshot/i.test(words.filter(Boolean).join(" "));
}

// Settings changed: the sessions are made again, and the pictures the user attached go with their
// fields to the new ones (and are checked again under the new settings).
export function takePictures(sessions) {
  const taken = new Map();
  for (const s of sessions) {
    if (!s.pictures.count && !s.pictures.skipped.length) continue;
    taken.set(s.field, s.pictures);
    s.pictures = new PictureSet();
  }
  return taken;
}

export function givePictures(ctx, taken) {
  for (const [field, pictures] of taken) {
    const s = field.isConnected && ctx.enabled() ? ctx.sessionFor(field, false) : null;
    if (!s) {
      pictures.clear();
      continue;
    }
    s.pictures.clear();
    s.pictures = pictures;
    s.picturesChanged();
  }
}

export function install(doc, ctx) {
  const win = doc.defaultView;

  // The composer's field for a node in it: a session's field whose composer holds it, else a
  // checkable field in the node's surroundings (the user may attach before typing).
  function sessionNear(node) {
    const active = ctx.state.activeSession;
    if (active && composerOf(active.field)?.contains(node)) return active;
    const known = ctx.sessions().find((s) => composerOf(s.field)?.contains(node));
    if (known) return known;
    // Within the node's form where it has one: a profile form's photo is not the post's picture.
    const form = node.closest && node.closest("form");
    let cur = node;
    for (let depth = 0; depth < UP && cur; depth++) {
      if (cur === form) break;
      cur = cur.parentElement;
      if (!cur || cur === doc.body || cur === doc.documentElement) break;
      let found = null;
      scan(ctx.adapter, cur, (field) => {
        if (!found && kit.isVisible(field)) found = field;
      }, new WeakSet());
      if (found) return ctx.sessionFor(found);
    }
    return null;
  }

  // After the user attached something, the site may show its own preview: read those too (the
  // same bytes as a file already read are kept once).
  function lookForPreviews(session) {
    for (const ms of PREVIEW_LOOKS_MS) {
      win.setTimeout(async () => {
        const container = composerOf(session.field);
        if (!container || !ctx.enabled()) return;
        const blobs = [];
        for (const img of previewImages(container)) {
          const blob = await fetchPicture(img);
          if (blob && blob.type.startsWith("image/")) blobs.push(blob);
        }
        if (blobs.length) await session.attach(blobs, "preview");
      }, ms);
    }
  }

  async function onChange(event) {
    const input = event.target;
    if (!event.isTrusted || !ctx.enabled() || !input || input.tagName !== "INPUT" || input.type !== "file") return;
    const files = imageFiles(input.files);
    if (!files.length) return;
    const session = sessionNear(input);
    if (session) {
      session.activate();
      await session.attach(files, "input");
      lookForPreviews(session);
    } else if (isProfilePhotoInput(input)) {
      await checkProfilePhoto(input, files);
    }
  }

  function onPasteOrDrop(event) {
    if (!event.isTrusted || !ctx.enabled()) return;
    const data = event.type === "paste" ? event.clipboardData : event.dataTransfer;
    const files = imageFiles(data && data.files);
    const target = event.composedPath()[0];
    const root = kit.editableRoot(target);
    const session = root ? ctx.sessionFor(root) : sessionNear(target);
    if (!session || !files.length) return;
    session.attach(files, event.type);
    lookForPreviews(session);
  }

  // ----- a new profile photo, with no composer: checked on its own -----
  const profile = { pictures: null, input: null };

  function anchorOf(input) {
    if (kit.isVisible(input)) return input;
    const label = input.labels && Array.from(input.labels).find((l) => kit.isVisible(l));
    return label || input.closest("form") || input.parentElement;
  }

  async function checkProfilePhoto(input, files) {
    if (profile.pictures) profile.pictures.clear();
    const pictures = new PictureSet();
    profile.pictures = pictures;
    profile.input = input;
    await pictures.add(files.slice(0, 1), "input");
    if (!pictures.count) {
      show(input, [], pictureNotes(pictures, null));
      return;
    }
    const reply = await service.check({ text: "", action: "profile", site: ctx.site, handle: ctx.handle(), images: pictures.forRequest() });
    if (profile.pictures !== pictures) return; // another photo was chosen meanwhile
    if (!reply || !reply.ok) {
      if (reply && reply.offline) ctx.onOffline(reply);
      return;
    }
    ctx.onOnline();
    show(input, activeWarnings(reply.answer, null), pictureNotes(pictures, reply));
  }

  function show(input, warnings, notes) {
    const anchor = anchorOf(input);
    if (!warnings.length && !notes.length) {
      hideCard(doc);
      return;
    }
    showCard(anchor, warnings, { orgName: ctx.state.org && ctx.state.org.name, pictures: profile.pictures, notes });
  }

  win.addEventListener("change", onChange, true);
  win.addEventListener("paste", onPasteOrDrop, true);
  win.addEventListener("drop", onPasteOrDrop, true);
}
