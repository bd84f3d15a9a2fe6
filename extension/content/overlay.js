// Overlays drawn in ThinkTwice's own layer over a field: a mirror of a textarea
// or input that marks the flagged spans in place, and, where the Highlight API
// is missing, boxes under the flagged ranges of a contenteditable.
(function (TT) {
  "use strict";

  const COPIED = [
    "boxSizing", "width", "height", "paddingTop", "paddingRight", "paddingBottom", "paddingLeft",
    "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "borderTopStyle",
    "borderRightStyle", "borderBottomStyle", "borderLeftStyle", "fontFamily", "fontSize", "fontWeight",
    "fontStyle", "fontVariant", "fontStretch", "letterSpacing", "wordSpacing", "lineHeight",
    "textTransform", "textIndent", "textAlign", "direction", "tabSize", "overflowWrap", "wordBreak",
  ];

  const mirrors = new Map(); // field -> {box, inner, listeners}

  function mirrorFor(field) {
    let m = mirrors.get(field);
    if (m) return m;
    const layer = TT.ui.layer(field.ownerDocument);
    const box = field.ownerDocument.createElement("div");
    box.className = "tt-mirror";
    box.setAttribute("aria-hidden", "true");
    const inner = field.ownerDocument.createElement("div");
    inner.className = "tt-mirror-inner";
    box.appendChild(inner);
    layer.appendChild(box);
    const sync = () => place(field, m);
    const win = field.ownerDocument.defaultView;
    field.addEventListener("scroll", sync, { passive: true });
    win.addEventListener("scroll", sync, { passive: true, capture: true });
    win.addEventListener("resize", sync, { passive: true });
    const resize = typeof ResizeObserver === "function" ? new ResizeObserver(sync) : null;
    if (resize) resize.observe(field);
    m = {
      box,
      inner,
      stop() {
        field.removeEventListener("scroll", sync);
        win.removeEventListener("scroll", sync, { capture: true });
        win.removeEventListener("resize", sync);
        if (resize) resize.disconnect();
        box.remove();
      },
    };
    mirrors.set(field, m);
    return m;
  }

  function place(field, m) {
    if (!m || !field.isConnected) return;
    const rect = field.getBoundingClientRect();
    const cs = field.ownerDocument.defaultView.getComputedStyle(field);
    const s = m.box.style;
    for (const prop of COPIED) s[prop] = cs[prop];
    s.left = `${rect.left}px`;
    s.top = `${rect.top}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    s.boxSizing = "border-box";
    s.borderColor = "transparent";
    s.whiteSpace = field.tagName === "INPUT" ? "pre" : "pre-wrap";
    s.display = rect.width && rect.height ? "block" : "none";
    m.inner.style.transform = `translate(${-field.scrollLeft}px, ${-field.scrollTop}px)`;
  }

  // Splits text into runs, each flagged with the highest severity covering it.
  function runs(text, bySev) {
    const level = new Array(text.length).fill(0);
    const order = { info: 1, caution: 2, warning: 3 };
    for (const [sev, spans] of Object.entries(bySev)) {
      for (const sp of spans) {
        for (let i = Math.max(0, sp.start); i < Math.min(text.length, sp.end); i++) {
          level[i] = Math.max(level[i], order[sev] || 2);
        }
      }
    }
    const names = ["", "info", "caution", "warning"];
    const out = [];
    for (let i = 0; i < text.length; ) {
      let j = i;
      while (j < text.length && level[j] === level[i]) j++;
      out.push({ text: text.slice(i, j), severity: names[level[i]] || null });
      i = j;
    }
    return out;
  }

  function drawMirror(field, text, bySev) {
    const hasSpans = Object.values(bySev).some((a) => a.length);
    if (!hasSpans) {
      remove(field);
      return;
    }
    const m = mirrorFor(field);
    const doc = field.ownerDocument;
    m.inner.replaceChildren();
    for (const run of runs(text, bySev)) {
      if (!run.severity) {
        m.inner.appendChild(doc.createTextNode(run.text));
      } else {
        const mark = doc.createElement("mark");
        mark.className = `tt-mark tt-${run.severity}`;
        mark.textContent = run.text;
        m.inner.appendChild(mark);
      }
    }
    // A trailing newline needs a character after it to take up a line, as in the textarea.
    m.inner.appendChild(doc.createTextNode("\u200b"));
    place(field, m);
  }

  function drawRangeMarks(field, rangesBySev) {
    const m = mirrorFor(field);
    const doc = field.ownerDocument;
    m.inner.replaceChildren();
    m.box.style.cssText = "position:fixed;left:0;top:0;width:0;height:0;overflow:visible;";
    for (const [sev, ranges] of Object.entries(rangesBySev)) {
      for (const range of ranges) {
        for (const r of range.getClientRects()) {
          const mark = doc.createElement("div");
          mark.className = `tt-boxmark tt-${sev}`;
          mark.style.cssText = `left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;`;
          m.inner.appendChild(mark);
        }
      }
    }
  }

  function remove(field) {
    const m = mirrors.get(field);
    if (m) {
      m.stop();
      mirrors.delete(field);
    }
  }

  function marksFor(field) {
    const m = mirrors.get(field);
    return m ? Array.from(m.inner.querySelectorAll("mark")).map((x) => x.textContent) : [];
  }

  TT.overlay = { drawMirror, drawRangeMarks, remove, runs, marksFor };
})((globalThis.ThinkTwice ??= {}));
