// Finds the editable fields of a page that ThinkTwice would check, including those inside open
// shadow roots. Used to decide which field a form sends; fields are only ever checked once the
// user types in them (session.js), never because they exist.
import * as kit from "./adapters/index.js";

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

export { scan };
