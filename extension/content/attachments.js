// Finds the pictures the user attaches to a post: a file chosen in a file input near the composer,
// image files pasted or dropped into the editor or the compose area, and (after one of those) the
// site's own preview of a picture (an img showing a blob: or data: URL) inside the composer. A new
// profile photo chosen in a file input with no composer near it is checked on its own, as a profile.
// Only the user's own trusted change, paste and drop events count: a page that sets files or fires
// events by script causes no check.
//
// Each site's adapter may say where its composer takes pictures (its `pictures`: the compose area,
// its file inputs, the button that opens them, its previews, its profile-photo upload); what an
// adapter leaves out, or what its selectors no longer find, the generic finder below looks for.
import * as kit from "./adapters/index.js";
import * as service from "./service.js";
import { scan } from "./fields.js";
import { PictureSet, imageFiles, pictureNotes, previewImages, fetchPicture } from "./pictures.js";
import { hideCard, showCard } from "./ui.js";
import { activeWarnings } from "./warnings.js";

const UP = 6; // how far up from a field its composer may reach (the generic finder)
// Where the site's preview appears after the user attached a picture (it reads the file first).
const PREVIEW_LOOKS_MS = [400, 1500];
// A file chosen before its composer's text field can be found (Instagram's Create dialog asks for the
// caption two steps later; a site may re-render its editor): kept this long for that composer.
const PENDING_MS = 10 * 60 * 1000;
// The compose area an attach button was pressed in: the file input it opens may sit elsewhere.
const ATTACH_BUTTON_MS = 2 * 60 * 1000;
// How often a page may ask the worker to have the service load its picture models.
const WARM_AGAIN_MS = 60 * 1000;

// A click on a picture file input (or its label) opens the browser's file chooser.
function opensPictureChooser(el) {
  const input = el && el.tagName === "LABEL" ? el.control : el;
  if (!input || input.tagName !== "INPUT" || input.type !== "file") return false;
  const accept = (input.getAttribute("accept") || "").toLowerCase();
  return !accept || /image|\.(png|jpe?g|webp|gif)/.test(accept);
}

function matches(el, selector) {
  if (!selector || !el || el.nodeType !== 1) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function closest(el, selector) {
  if (!selector || !el || !el.closest) return null;
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

function within(container, selector) {
  if (!selector || !container || !container.querySelectorAll) return [];
  try {
    return Array.from(container.querySelectorAll(selector));
  } catch {
    return [];
  }
}

// An adapter's picture parts, as the finder uses them: selectors or null, and how far up (levels)
// the compose area may be from its text field.
export function pictureParts(adapter) {
  const own = (adapter && adapter.pictures) || {};
  return {
    composer: own.composer || null,
    inputs: own.inputs || null,
    attach: own.attach || null,
    previews: own.previews || null,
    profilePhoto: own.profilePhoto || null,
    reach: Math.max(UP, own.reach || 0),
  };
}

// The file inputs in a compose area that take its pictures: the adapter's, else any file input.
export function pictureInputs(container, adapter) {
  const own = within(container, pictureParts(adapter).inputs);
  return own.length ? own : within(container, "input[type=file]");
}

// The compose area around a field: the adapter's compose area, else its form, else the nearest
// ancestor holding a file input (the adapter's own inputs are looked for further up: X's toolbar is
// many levels above its editor), else the ancestor three levels up.
export function composerOf(field, adapter) {
  if (!field) return null;
  const parts = pictureParts(adapter);
  const area = closest(field, parts.composer);
  if (area) return area;
  const form = closest(field, "form");
  if (form) return form;
  let cur = field;
  let fallback = null;
  for (let depth = 0; depth < parts.reach && cur && cur.parentElement; depth++) {
    cur = cur.parentElement;
    if (depth === 2) fallback = cur;
    if (within(cur, parts.inputs).length || within(cur, parts.previews).length) return cur;
    if (depth < UP && cur.querySelector("input[type=file]")) return cur;
  }
  return fallback || field.parentElement;
}

// A file input for a profile or avatar picture: the adapter's profile-photo upload (the input, or the
// button beside it), else words in its own attributes, its label or its form.
export function isProfilePhotoInput(input, adapter) {
  if (isSitesProfilePhoto(input, adapter)) return true;
  const words = [input.name, input.id, input.getAttribute("aria-label"), ...(input.labels ? Array.from(input.labels, (l) => l.textContent) : [])];
  const form = input.closest("form");
  if (form) words.push(form.id, form.getAttribute("aria-label"), form.className, form.getAttribute("action"));
  return /avatar|profile|photo|picture|headshot/i.test(words.filter(Boolean).join(" "));
}

// The adapter names this input, an area holding it, or the control beside it (X's "Add avatar photo"
// shares the input's parent) as the site's profile-photo upload.
export function isSitesProfilePhoto(input, adapter) {
  const selector = pictureParts(adapter).profilePhoto;
  if (!selector || !input) return false;
  if (matches(input, selector) || closest(input, selector)) return true;
  return within(input.parentElement, selector).length > 0;
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
  const parts = () => pictureParts(ctx.adapter);
  let attachPressed = null; // {session, at}: the composer whose attach button the user pressed
  let pending = null; // {input, scope, files, at}: files chosen before their composer's field was found

  // The composer's field for a node in it: a session's field whose composer holds it, else a
  // checkable field in the node's surroundings (the user may attach before typing).
  function sessionNear(node) {
    const active = ctx.state.activeSession;
    if (active && composerOf(active.field, ctx.adapter)?.contains(node)) return active;
    const known = ctx.sessions().find((s) => composerOf(s.field, ctx.adapter)?.contains(node));
    if (known) return known;
    // Within the adapter's compose area, else the node's form, where it has one: a profile form's
    // photo is not the post's picture.
    const area = closest(node, parts().composer);
    const form = area || closest(node, "form");
    let cur = node;
    for (let depth = 0; depth < parts().reach && cur; depth++) {
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
  // same bytes as a file already read are kept once; a preview already read is not read again).
  function lookForPreviews(session) {
    const read = new Set();
    for (const ms of PREVIEW_LOOKS_MS) {
      win.setTimeout(async () => {
        const container = composerOf(session.field, ctx.adapter);
        if (!container || !ctx.enabled()) return;
        const blobs = [];
        for (const img of previewImages(container, ctx.adapter)) {
          const src = img.currentSrc || img.src;
          if (read.has(src)) continue;
          read.add(src);
          const blob = await fetchPicture(img);
          if (blob && blob.type.startsWith("image/")) blobs.push(blob);
        }
        if (blobs.length) await session.attach(blobs, "preview");
      }, ms);
    }
  }

  async function attachTo(session, files, source) {
    session.activate();
    await session.attach(files, source);
    lookForPreviews(session);
  }

  // The compose area a file input belongs to, for files that found no field yet.
  function scopeOf(input) {
    const area = closest(input, parts().composer) || closest(input, '[role="dialog"]') || closest(input, "form");
    if (area) return area;
    let cur = input;
    for (let depth = 0; depth < 3 && cur.parentElement; depth++) cur = cur.parentElement;
    return cur;
  }

  async function onChange(event) {
    const input = event.target;
    if (!event.isTrusted || !ctx.enabled() || !input || input.tagName !== "INPUT" || input.type !== "file") return;
    const files = imageFiles(input.files);
    if (!files.length) return;
    if (isSitesProfilePhoto(input, ctx.adapter)) {
      await checkProfilePhoto(input, files);
      return;
    }
    const pressed = attachPressed && Date.now() - attachPressed.at < ATTACH_BUTTON_MS && attachPressed.session.field.isConnected ? attachPressed.session : null;
    const session = sessionNear(input) || pressed;
    if (session) {
      pending = null;
      await attachTo(session, files, "input");
    } else if (isProfilePhotoInput(input, ctx.adapter)) {
      await checkProfilePhoto(input, files);
    } else {
      // No text field yet: the files wait for the first field the user writes in, in this composer.
      pending = { input, scope: scopeOf(input), files, at: Date.now() };
    }
  }

  // The user reached a text field: files chosen in its composer before it existed are attached now.
  function onFieldReached(event) {
    if (!pending || !event.isTrusted || !ctx.enabled()) return;
    if (Date.now() - pending.at > PENDING_MS || !pending.input.isConnected && !pending.scope.isConnected) {
      pending = null;
      return;
    }
    const root = kit.editableRoot(event.composedPath()[0]);
    if (!root || !(pending.scope.contains(root) || composerOf(root, ctx.adapter)?.contains(pending.input))) return;
    const session = ctx.sessionFor(root);
    if (!session) return;
    const { files } = pending;
    pending = null;
    attachTo(session, files, "input");
  }

  // A press on the site's attach button (X's "Add photos or video", Facebook's "Photo/video"): the
  // file input it opens may be outside the composer.
  function onClick(event) {
    if (!event.isTrusted || !ctx.enabled()) return;
    const path = event.composedPath();
    if (path.some(opensPictureChooser)) warmPictures();
    if (!parts().attach) return;
    const button = kit.findOnPath(path, parts().attach);
    if (!button) return;
    warmPictures();
    const session = sessionNear(button);
    attachPressed = session ? { session, at: Date.now() } : null;
  }

  // The user starts attaching: the service loads its picture models meanwhile (the worker asks it once
  // per service start; from here at most once a minute).
  let warmedAt = -Infinity;
  function warmPictures() {
    if (Date.now() - warmedAt < WARM_AGAIN_MS) return;
    warmedAt = Date.now();
    service.warmPictures();
  }

  // A file dragged over the composer or a text field.
  function onDragEnter(event) {
    if (!event.isTrusted || !ctx.enabled()) return;
    const types = Array.from((event.dataTransfer && event.dataTransfer.types) || []);
    if (!types.includes("Files")) return;
    const target = event.composedPath()[0];
    if (kit.editableRoot(target) || closest(target, parts().composer) || ctx.sessions().some((s) => composerOf(s.field, ctx.adapter)?.contains(target))) warmPictures();
  }

  function onPasteOrDrop(event) {
    if (!event.isTrusted || !ctx.enabled()) return;
    const data = event.type === "paste" ? event.clipboardData : event.dataTransfer;
    const files = imageFiles(data && data.files);
    if (!files.length) return;
    const target = event.composedPath()[0];
    const root = kit.editableRoot(target);
    const session = root ? ctx.sessionFor(root) : sessionNear(target);
    if (!session) return;
    attachTo(session, files, event.type);
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
  win.addEventListener("click", onClick, true);
  win.addEventListener("dragenter", onDragEnter, true);
  win.addEventListener("focusin", onFieldReached, true);
  win.addEventListener("keydown", onFieldReached, true);
}
