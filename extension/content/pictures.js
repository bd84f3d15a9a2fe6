// The pictures attached to one post, as the content script holds them until the post is sent or
// emptied: each file's bytes as base64 (for the check, through the worker), its type, and an object
// URL for the card's thumbnail (revoked when the picture is dropped). Nothing here is stored or logged.
// Only files the user chose, pasted or dropped themselves reach add() (attachments.js checks the
// events are trusted); a page's own preview images are read only after such an action.

export const MAX_PICTURES = 4;
export const MAX_PICTURE_BYTES = 10 * 1024 * 1024;
export const PICTURE_TYPES = Object.freeze(["image/png", "image/jpeg", "image/webp", "image/gif"]);

// Bytes -> plain base64, in chunks (a 10 MB picture is too many arguments for one call).
export function toBase64(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

// A picture's bytes as plain base64. The content script's own FileReader encodes natively (no string
// built a byte at a time in JavaScript), and reads a page's File in Firefox too, where the page's
// ArrayBuffer read through its wrapper gave the content script nothing. (No FileReader: Node's tests.)
export function readBase64(blob) {
  if (typeof FileReader === "undefined") return blob.arrayBuffer().then((b) => toBase64(new Uint8Array(b)));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result || "");
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

// The image files among a FileList or DataTransferItemList-like list.
export function imageFiles(list) {
  return Array.from(list || []).filter((f) => f && typeof f.type === "string" && f.type.startsWith("image/"));
}

function label(i, name) {
  return `Picture ${i + 1}${name ? ` (${name})` : ""}`;
}

export class PictureSet {
  constructor() {
    this.items = []; // {data, type, name, url, source}
    this.skipped = []; // sentences: which pictures were not checked, and why
    this.version = 0; // bumped on every change: a check's answer is for one version
  }

  get count() {
    return this.items.length;
  }

  // blobs: File/Blob objects; source: "input" | "paste" | "drop" | "preview" | "post".
  // -> how many were added. Too many, too big or not a picture: noted in skipped, not sent.
  async add(blobs, source) {
    let added = 0;
    for (const blob of blobs) {
      const name = blob.name || "";
      const position = this.items.length + this.skipped.length;
      if (!PICTURE_TYPES.includes(blob.type)) {
        this.skip(`${label(position, name)} not checked: ThinkTwice can look at PNG, JPEG, WebP and GIF pictures only.`);
        continue;
      }
      if (blob.size > MAX_PICTURE_BYTES) {
        this.skip(`${label(position, name)} not checked: it is over 10 MB.`);
        continue;
      }
      const data = await readBase64(blob).catch(() => "");
      if (!data) {
        this.skip(`${label(position, name)} not checked: it could not be read.`);
        continue;
      }
      if (this.items.some((p) => p.data === data)) continue; // the same picture again (a file and the site's preview of it)
      if (this.items.length >= MAX_PICTURES) {
        this.skip(`${label(position, name)} not checked: ThinkTwice checks at most ${MAX_PICTURES} pictures per post.`);
        continue;
      }
      this.items.push({ data, type: blob.type, name, url: URL.createObjectURL(blob), source });
      added++;
    }
    if (added) this.version++;
    return added;
  }

  skip(sentence) {
    if (!this.skipped.includes(sentence)) this.skipped.push(sentence);
    this.version++;
  }

  get(i) {
    return Number.isInteger(i) ? this.items[i] || null : null;
  }

  // What the check sends: [{data, type}].
  forRequest() {
    return this.items.map(({ data, type }) => ({ data, type }));
  }

  // Drops the pictures whose source is gone from the composer (the site cleared its file input and its
  // previews after a post): those from a file input while any file input in `container` still holds a
  // file, the others while `container` still shows a blob:/data: preview (the adapter's, where it names
  // them). -> whether any are left.
  prune(container, adapter) {
    if (!this.items.length) return false;
    const inputs = container ? Array.from(container.querySelectorAll("input[type=file]")) : [];
    const hasFile = inputs.some((i) => i.files && i.files.length);
    const hasPreview = container ? previewImages(container, adapter).length > 0 : false;
    const keep = this.items.filter((p) => (p.source === "input" ? hasFile || hasPreview : hasPreview));
    if (keep.length !== this.items.length) {
      for (const p of this.items) if (!keep.includes(p)) URL.revokeObjectURL(p.url);
      this.items = keep;
      this.version++;
    }
    return this.items.length > 0;
  }

  clear() {
    for (const p of this.items) URL.revokeObjectURL(p.url);
    if (this.items.length || this.skipped.length) this.version++;
    this.items = [];
    this.skipped = [];
  }
}

// A site's preview of an attached picture: an img showing a blob: or data: URL, among the adapter's
// previews where it names them (and finds any), else among all the container's images.
export function previewImages(container, adapter) {
  const selector = adapter && adapter.pictures && adapter.pictures.previews;
  let own = [];
  if (selector) {
    try {
      own = Array.from(container.querySelectorAll(selector)).filter((el) => el.tagName === "IMG");
    } catch {
      own = [];
    }
  }
  const images = own.length ? own : Array.from(container.querySelectorAll("img"));
  return images.filter((img) => /^(blob|data):/i.test(img.currentSrc || img.src || ""));
}

// The picture behind an img the content script may read: blob: and data: URLs, and the page's own
// origin. -> Blob, or null (another site's picture: not fetched, said "not checked").
export async function fetchPicture(img, origin = location.origin) {
  const src = img.currentSrc || img.src || "";
  let readable = /^(blob|data):/i.test(src);
  if (!readable) {
    try {
      readable = new URL(src, location.href).origin === origin;
    } catch {
      readable = false;
    }
  }
  if (!readable) return null;
  try {
    const response = await fetch(src, { credentials: "same-origin" });
    if (!response.ok) return null;
    return await response.blob();
  } catch {
    return null;
  }
}

// The pictures of a post the user is about to like or share: its visible images (not icons or
// avatars: at least 100 px across as shown). -> {pictures: PictureSet, unread: n} where unread counts
// the images ThinkTwice may not fetch (another site's) or could not read.
export async function postPictures(post) {
  const pictures = new PictureSet();
  if (!post || !post.querySelectorAll) return { pictures, unread: 0 };
  let unread = 0;
  const shown = Array.from(post.querySelectorAll("img")).filter((img) => {
    const r = img.getBoundingClientRect();
    return r.width >= 100 && r.height >= 100;
  });
  for (const img of shown.slice(0, MAX_PICTURES)) {
    const blob = await fetchPicture(img);
    if (blob && blob.type) {
      const typed = blob.type.startsWith("image/") ? blob : null;
      if (typed) await pictures.add([typed], "post");
      else unread++;
    } else unread++;
  }
  unread += Math.max(0, shown.length - MAX_PICTURES);
  return { pictures, unread };
}

// The sentences the card and the dialogs show about pictures that were not checked.
export function pictureNotes(pictures, reply, unread = 0) {
  const notes = [...((pictures && pictures.skipped) || [])];
  if (reply && reply.picturesNote) notes.unshift(reply.picturesNote);
  if (unread) notes.push(`Pictures not checked: ${unread === 1 ? "one of the post's pictures is" : `${unread} of the post's pictures are`} on another site, which ThinkTwice does not fetch.`);
  return notes;
}
