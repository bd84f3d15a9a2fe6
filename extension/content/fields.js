// Finds the editable fields of a page, including those inside open shadow roots,
// as they appear (MutationObserver) and as they get focus.
(function (TT) {
  "use strict";
  const kit = TT.adapters;
  const CANDIDATES = "textarea, input, [contenteditable]";

  // Calls found(field) for every checkable field under root, descending into shadow roots.
  // onShadowRoot(root) is told of each open shadow root met for the first time.
  function scan(adapter, root, found, seenRoots, onShadowRoot) {
    if (!root || !root.querySelectorAll) return;
    if (root.nodeType === 1 && root.matches(CANDIDATES)) consider(adapter, root, found);
    for (const el of root.querySelectorAll(CANDIDATES)) consider(adapter, el, found);
    const hosts = root.nodeType === 1 ? [root, ...root.querySelectorAll("*")] : root.querySelectorAll("*");
    for (const el of hosts) {
      if (el.shadowRoot && !seenRoots.has(el.shadowRoot)) {
        seenRoots.add(el.shadowRoot);
        if (onShadowRoot) onShadowRoot(el.shadowRoot);
        scan(adapter, el.shadowRoot, found, seenRoots, onShadowRoot);
      }
    }
  }

  function consider(adapter, el, found) {
    const root = kit.editableRoot(el);
    if (root === el && kit.isCheckable(adapter, el)) found(el);
  }

  // Watches a document (and every open shadow root met on the way) for fields.
  function watchFields(adapter, doc, found) {
    const observed = new WeakSet();
    const shadowRoots = new WeakSet();
    let queued = new Set();
    let scheduled = false;

    function flush() {
      scheduled = false;
      const roots = queued;
      queued = new Set();
      for (const node of roots) {
        if (node.isConnected) scan(adapter, node, found, shadowRoots, observe);
      }
    }

    function queue(node) {
      queued.add(node);
      if (!scheduled) {
        scheduled = true;
        (globalThis.requestIdleCallback || ((f) => setTimeout(f, 50)))(flush, { timeout: 200 });
      }
    }

    const observer = new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) if (n.nodeType === 1) queue(n);
        if (r.type === "attributes" && r.target.nodeType === 1) queue(r.target);
      }
    });

    function observe(root) {
      if (observed.has(root)) return;
      observed.add(root);
      observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["contenteditable"] });
    }

    function onFocus(event) {
      const target = event.composedPath()[0];
      const root = kit.editableRoot(target);
      if (root && kit.isCheckable(adapter, root)) found(root);
    }

    observe(doc.documentElement || doc);
    scan(adapter, doc, found, shadowRoots, observe);
    doc.addEventListener("focusin", onFocus, true);

    return function stop() {
      observer.disconnect();
      doc.removeEventListener("focusin", onFocus, true);
    };
  }

  TT.fields = { watchFields, scan };
})((globalThis.ThinkTwice ??= {}));
