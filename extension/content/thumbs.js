// A picture concern's thumbnail in the card and the dialogs: the attached picture, small, with the
// place the concern was found (the warning's box, in the picture's own pixels) drawn over it.
import { el } from "./ui.js";

// -> a figure, or null when the warning is not about one of `pictures` (a PictureSet).
export function pictureThumb(doc, w, pictures) {
  if (!pictures || !Number.isInteger(w.image)) return null;
  const picture = pictures.get(w.image);
  if (!picture) return null;
  const img = el(doc, "img", { src: picture.url, alt: `Attached picture ${w.image + 1}${picture.name ? `, ${picture.name}` : ""}` });
  const figure = el(doc, "figure", { class: "tt-thumb", "data-image": String(w.image) }, [img]);
  if (Array.isArray(w.box) && w.box.length === 4) {
    const box = el(doc, "div", { class: "tt-box", "aria-hidden": "true", "data-severity": w.severity });
    figure.appendChild(box);
    const draw = () => {
      const [x, y, width, height] = w.box;
      const W = img.naturalWidth;
      const H = img.naturalHeight;
      if (!W || !H) return;
      box.style.left = `${(100 * x) / W}%`;
      box.style.top = `${(100 * y) / H}%`;
      box.style.width = `${(100 * width) / W}%`;
      box.style.height = `${(100 * height) / H}%`;
    };
    if (img.complete) draw();
    img.addEventListener("load", draw);
  }
  return figure;
}

// The "Pictures not checked" lines, plainly (not as an error).
export function pictureNoteList(doc, notes) {
  if (!notes || !notes.length) return null;
  return el(doc, "div", { class: "tt-pictures-note" }, notes.map((n) => el(doc, "p", { class: "tt-note", text: n })));
}
