// Pictures attached to a check (the worker's side). Each picture is sent to the service once, on its
// own, with the post's context; what was found in it is kept, in memory only, under the SHA-256 of its
// bytes with the context it was judged in, so editing the caption re-checks the text alone. Picture
// bytes are never stored (not in extension storage, not on disk) and never logged: the cache holds
// the service's findings, not the pictures.
import { createCache } from "./cache.js";
import { orderedAnswer } from "../common/answers.js";

export const MAX_PICTURES = 4;
export const MAX_PICTURE_BYTES = 10 * 1024 * 1024;
export const PICTURE_TYPES = Object.freeze(["image/png", "image/jpeg", "image/webp", "image/gif"]);
// base64 grows 4/3; a little slack for padding.
const MAX_BASE64_CHARS = Math.ceil(MAX_PICTURE_BYTES / 3) * 4 + 4;

// A content script's images, checked before anything is sent: -> [{data, type}] (empty when none).
export function cleanPictures(images) {
  if (images === undefined || images === null) return [];
  if (!Array.isArray(images)) throw new Error("images must be a list");
  if (images.length > MAX_PICTURES) throw new Error(`at most ${MAX_PICTURES} pictures`);
  return images.map((p, i) => {
    if (!p || typeof p.data !== "string" || !p.data) throw new Error(`images[${i}] has no data`);
    if (!PICTURE_TYPES.includes(p.type)) throw new Error(`images[${i}] is not a PNG, JPEG, WebP or GIF picture`);
    if (p.data.length > MAX_BASE64_CHARS) throw new Error(`images[${i}] is over 10 MB`);
    return { data: p.data, type: p.type };
  });
}

function base64Bytes(data) {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// The picture's identity: the hex SHA-256 of its bytes.
export async function pictureHash(picture) {
  const digest = await crypto.subtle.digest("SHA-256", base64Bytes(picture.data));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

// -> {findings: {get(key), set(key, warnings)}, keyOf(hash, body)}: at most `limit` pictures' findings.
export function createPictureFindings(limit = 64) {
  const cache = createCache(limit);
  return {
    get: (key) => cache.get(key),
    set: (key, warnings) => cache.set(key, warnings),
    clear: () => cache.clear(),
    get size() {
      return cache.size;
    },
  };
}

// The key of one picture's findings: its hash and everything but the text the service judged it by.
export function findingsKey(serviceUrl, hash, body) {
  const { text, images, ...context } = body;
  return `${serviceUrl}\n${hash}\n${JSON.stringify(context)}`;
}

// One answer from the text's answer (or none, for a picture-only post) and each picture's warnings
// (index i for images[i]). A like or share gets one endorsement warning for the whole post, without a
// picture's index. Most severe first; at the same severity the text's before the pictures'.
export function mergeAnswers(textAnswer, pictureWarnings, rulesVersion) {
  const warnings = [...((textAnswer && textAnswer.warnings) || [])];
  pictureWarnings.forEach((list, i) => {
    for (const w of list || []) {
      if (w.category === "endorsement") {
        const { image, found, box, ...whole } = w; // about the whole post, not one picture
        warnings.push(whole);
      } else warnings.push({ ...w, image: i });
    }
  });
  return orderedAnswer(warnings, (textAnswer && textAnswer.rules_version) || rulesVersion);
}

// What the card and the dialogs say when the service cannot look at pictures.
export const PICTURES_UNAVAILABLE = "Pictures not checked: the checker on this computer was installed without its picture checks.";
