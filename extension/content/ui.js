// ThinkTwice's own layer: one host element with a closed shadow root, holding the warning card,
// the confirmation dialogs, the offline badge and the overlays. The page sees only the empty
// host element: its shadowRoot is null, events from inside reach the page retargeted to the
// host, and every control acts only on trusted (user) events, so a page can neither read the
// card (organisation, clause, flagged words) nor press "Post anyway" or "Like anyway".
// The only reference to the root is kept here, in the content script's isolated world.
(function (TT) {
  "use strict";

  const STYLE = `
    :host { all: initial; }
    .tt-layer { position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; }
    .tt-mirror { position: fixed; overflow: hidden; pointer-events: none; color: transparent; background: transparent; margin: 0; }
    .tt-mirror-inner { color: transparent; }
    .tt-mark { color: transparent; border-radius: 2px; padding: 0; }
    .tt-mark.tt-warning, .tt-boxmark.tt-warning { background: rgba(220, 38, 38, 0.22); border-bottom: 2px solid rgb(185, 28, 28); }
    .tt-mark.tt-caution, .tt-boxmark.tt-caution { background: rgba(234, 179, 8, 0.28); border-bottom: 2px solid rgb(161, 98, 7); }
    .tt-mark.tt-info, .tt-boxmark.tt-info { background: transparent; border-bottom: 2px dotted rgb(37, 99, 235); }
    .tt-boxmark { position: fixed; pointer-events: none; }
    .tt-card { position: fixed; width: min(380px, calc(100vw - 16px)); max-height: min(60vh, 420px); overflow: auto; background: #fff; border: 1px solid #d1d5db; border-left: 6px solid #b91c1c; border-radius: 10px; box-shadow: 0 10px 25px rgba(0,0,0,.18); padding: 10px 12px; box-sizing: border-box; }
    .tt-card[data-severity="caution"] { border-left-color: #a16207; }
    .tt-card[data-severity="info"] { border-left-color: #2563eb; }
    .tt-card header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
    .tt-card h2 { font-size: 14px; margin: 0; flex: 1; }
    .tt-card ul { list-style: none; margin: 0; padding: 0; }
    .tt-warning { padding: 8px 0; border-top: 1px solid #e5e7eb; }
    .tt-warning:first-child { border-top: 0; }
    .tt-message { margin: 0 0 4px; font-weight: 600; }
    .tt-clause { margin: 0 0 4px; font-size: 12px; color: #374151; }
    .tt-advice { margin: 0 0 6px; }
    .tt-badge { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: 1px 6px; border-radius: 999px; background: #fee2e2; color: #7f1d1d; }
    [data-severity="caution"] > .tt-badge, .tt-badge[data-severity="caution"] { background: #fef3c7; color: #713f12; }
    [data-severity="info"] > .tt-badge, .tt-badge[data-severity="info"] { background: #dbeafe; color: #1e3a8a; }
    button, a.tt-button { font: inherit; font-size: 13px; border-radius: 6px; border: 1px solid #9ca3af; background: #f9fafb; color: #111827; padding: 4px 10px; cursor: pointer; text-decoration: none; display: inline-block; }
    button:focus-visible, a.tt-button:focus-visible, .tt-card:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
    .tt-close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 2px 6px; }
    .tt-count { font-size: 12px; color: #4b5563; }
    .tt-hint { font-size: 12px; color: #4b5563; margin: 6px 0 0; }
    .tt-backdrop { position: fixed; inset: 0; width: 100vw; height: 100vh; background: rgba(17, 24, 39, .45); display: flex; align-items: center; justify-content: center; }
    .tt-dialog { width: min(460px, calc(100vw - 24px)); background: #fff; border-radius: 12px; padding: 16px 18px; box-shadow: 0 20px 40px rgba(0,0,0,.3); box-sizing: border-box; }
    .tt-dialog ul { list-style: none; margin: 0; padding: 0; }
    .tt-dialog h2 { font-size: 17px; margin: 0 0 8px; }
    .tt-dialog .tt-quote { margin: 8px 0; padding: 6px 10px; border-left: 3px solid #d1d5db; color: #374151; white-space: pre-wrap; max-height: 6em; overflow: auto; }
    .tt-actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; margin-top: 12px; }
    .tt-primary { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
    .tt-offline { position: fixed; right: 12px; bottom: 12px; background: #374151; color: #f9fafb; border: 0; border-radius: 999px; padding: 4px 10px; font-size: 12px; opacity: .85; }
    .tt-live { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `;

  const layers = new WeakMap(); // document -> {host, shadow, layer, live}

  function ensure(doc) {
    let l = layers.get(doc);
    if (l && l.host.isConnected) return l;
    const host = doc.createElement("thinktwice-ui");
    host.setAttribute("data-thinktwice", "");
    const shadow = host.attachShadow({ mode: "closed" });
    const style = doc.createElement("style");
    style.textContent = STYLE;
    const layer = doc.createElement("div");
    layer.className = "tt-layer";
    const live = doc.createElement("div");
    live.className = "tt-live";
    live.setAttribute("role", "status");
    live.setAttribute("aria-live", "polite");
    layer.appendChild(live);
    shadow.append(style, layer);
    (doc.body || doc.documentElement).appendChild(host);
    l = { host, shadow, layer, live };
    layers.set(doc, l);
    return l;
  }

  function layer(doc) {
    return ensure(doc).layer;
  }

  function announce(doc, message) {
    const { live } = ensure(doc);
    // Changing the text is what a live region announces; clear first so a repeat is read again.
    live.textContent = "";
    setTimeout(() => {
      live.textContent = message;
    }, 30);
  }

  // A handler that runs only for the user's own clicks and key presses. A synthetic event is
  // also kept from doing what the element would do by default (following a link).
  function trusted(handler) {
    return (event) => {
      if (!event.isTrusted) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      handler(event);
    };
  }

  function el(doc, tag, props, children) {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === "text") e.textContent = v;
      else if (k === "class") e.className = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children || []) if (c) e.appendChild(c);
    return e;
  }

  function severityLabel(sev) {
    return { warning: "Warning", caution: "Caution", info: "Note" }[sev] || sev;
  }

  function warningItem(doc, w, orgName, onDismiss) {
    return el(doc, "li", { class: "tt-warning", "data-rule": w.rule, "data-severity": w.severity }, [
      el(doc, "span", { class: "tt-badge", "data-severity": w.severity, text: severityLabel(w.severity) }),
      el(doc, "p", { class: "tt-message", text: w.message || "" }),
      w.clause ? el(doc, "p", { class: "tt-clause", text: TT.warnings.clauseLabel(w.clause, orgName) }) : null,
      w.advice ? el(doc, "p", { class: "tt-advice", text: w.advice }) : null,
      onDismiss ? el(doc, "button", { class: "tt-dismiss", type: "button", text: "Dismiss for this post", onclick: trusted(() => onDismiss(w)) }) : null,
    ]);
  }

  // The card for one field: shows its active warnings next to it.
  function showCard(field, warnings, options) {
    const doc = field.ownerDocument;
    const { layer: root } = ensure(doc);
    let card = root.querySelector(".tt-card");
    if (!warnings.length) {
      if (card) card.remove();
      return null;
    }
    if (!card) {
      card = el(doc, "section", { class: "tt-card", role: "region", "aria-label": "ThinkTwice policy check", tabindex: "-1" });
      card.addEventListener("keydown", trusted((e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          card.__ttField?.focus();
        }
      }));
      root.appendChild(card);
    }
    card.__ttField = field;
    const sev = TT.warnings.highestSeverity(warnings);
    card.setAttribute("data-severity", sev);
    card.replaceChildren(
      el(doc, "header", {}, [
        el(doc, "h2", { text: "ThinkTwice" }),
        el(doc, "span", { class: "tt-count", text: `${warnings.length} ${warnings.length === 1 ? "concern" : "concerns"}` }),
        el(doc, "button", { class: "tt-close", type: "button", "aria-label": "Hide ThinkTwice card", text: "×", onclick: trusted(() => { card.remove(); field.focus(); }) }),
      ]),
      el(doc, "ul", {}, warnings.map((w) => warningItem(doc, w, options.orgName, options.onDismiss))),
      el(doc, "p", { class: "tt-hint", text: "Alt+Shift+T jumps here; Esc goes back to your post." }),
    );
    positionNear(card, field, options.keepVisible);
    return card;
  }

  // Beside the field if there is room, else below it and below its Post button
  // (keep) so the card never covers what the user needs to click, else above it.
  function positionNear(box, field, keep) {
    const win = field.ownerDocument.defaultView;
    const rect = field.getBoundingClientRect();
    const width = Math.min(380, win.innerWidth - 16);
    const height = box.getBoundingClientRect().height || 180;
    const gap = 12;
    const clampTop = (t) => Math.max(8, Math.min(t, win.innerHeight - height - 8));
    let left;
    let top;
    if (win.innerWidth - rect.right >= width + gap + 8) {
      left = rect.right + gap;
      top = clampTop(rect.top);
    } else if (rect.left >= width + gap + 8) {
      left = rect.left - width - gap;
      top = clampTop(rect.top);
    } else {
      left = Math.max(8, Math.min(rect.left, win.innerWidth - width - 8));
      const keepRect = keep && keep.isConnected ? keep.getBoundingClientRect() : null;
      const below = Math.max(rect.bottom, keepRect ? keepRect.bottom : 0) + 8;
      top = below + height <= win.innerHeight || rect.top - height - 8 < 8 ? below : rect.top - height - 8;
    }
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
  }

  function hideCard(doc) {
    const l = layers.get(doc);
    const card = l && l.layer.querySelector(".tt-card");
    if (card) card.remove();
  }

  function focusCard(doc) {
    const l = layers.get(doc);
    const card = l && l.layer.querySelector(".tt-card");
    if (!card) return false;
    const first = card.querySelector(".tt-dismiss") || card.querySelector("button");
    (first || card).focus();
    return true;
  }

  // A modal question; resolves with the chosen button's value. Escape picks cancelValue, and so
  // does the page removing ThinkTwice's layer while the question is open.
  function ask(doc, { title, intro, quote, warnings, orgName, buttons, cancelValue, kind }) {
    const { layer: root, host } = ensure(doc);
    const previous = doc.activeElement;
    return new Promise((resolve) => {
      let done = false;
      const titleId = `tt-title-${Math.random().toString(36).slice(2)}`;
      const descId = `${titleId}-desc`;
      const dialog = el(doc, "div", { class: `tt-dialog tt-${kind}`, role: "alertdialog", "aria-modal": "true", "aria-labelledby": titleId, "aria-describedby": descId });
      const backdrop = el(doc, "div", { class: "tt-backdrop" }, [dialog]);
      const watch = setInterval(() => {
        if (!host.isConnected) finish(cancelValue);
      }, 500);
      function finish(value) {
        if (done) return;
        done = true;
        clearInterval(watch);
        backdrop.remove();
        if (previous && previous.focus) previous.focus();
        resolve(value);
      }
      const actionEls = buttons.map((b) =>
        b.href
          ? el(doc, "a", { class: `tt-button ${b.primary ? "tt-primary" : ""}`, href: b.href, "data-choice": b.value, text: b.label, onclick: trusted(() => finish(b.value)) })
          : el(doc, "button", { type: "button", class: b.primary ? "tt-primary" : "", "data-choice": b.value, text: b.label, onclick: trusted(() => finish(b.value)) }),
      );
      const parts = [
        el(doc, "h2", { id: titleId, text: title }),
        el(doc, "p", { id: descId, text: intro }),
        quote ? el(doc, "div", { class: "tt-quote", text: quote }) : null,
        el(doc, "ul", {}, warnings.map((w) => warningItem(doc, w, orgName, null))),
        el(doc, "div", { class: "tt-actions" }, actionEls),
      ];
      dialog.append(...parts.filter(Boolean));
      dialog.addEventListener("keydown", (e) => {
        e.stopPropagation();
        if (!e.isTrusted) return;
        if (e.key === "Escape") {
          e.preventDefault();
          finish(cancelValue);
        } else if (e.key === "Tab") {
          // Keep focus inside the dialog.
          const i = actionEls.indexOf(dialog.getRootNode().activeElement);
          const next = (i + (e.shiftKey ? -1 : 1) + actionEls.length) % actionEls.length;
          e.preventDefault();
          actionEls[next].focus();
        }
      });
      root.appendChild(backdrop);
      const initial = actionEls[buttons.findIndex((b) => b.value === cancelValue)] || actionEls[0];
      initial.focus();
    });
  }

  function showOffline(doc, text, onDismiss) {
    const { layer: root } = ensure(doc);
    const existing = root.querySelector(".tt-offline");
    if (existing) {
      existing.textContent = text;
      return;
    }
    const pill = el(doc, "button", {
      class: "tt-offline",
      type: "button",
      role: "status",
      title: "ThinkTwice cannot reach its checker on this computer. Nothing is blocked; click to hide.",
      text,
      onclick: trusted(() => {
        pill.remove();
        if (onDismiss) onDismiss();
      }),
    });
    root.appendChild(pill);
  }

  function hideOffline(doc) {
    const l = layers.get(doc);
    const pill = l && l.layer.querySelector(".tt-offline");
    if (pill) pill.remove();
  }

  TT.ui = { layer, announce, showCard, hideCard, focusCard, ask, showOffline, hideOffline, positionNear };
})((globalThis.ThinkTwice ??= {}));
