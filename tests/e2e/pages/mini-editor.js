// A small model-driven rich-text editor for the fixture pages. Like Draft.js and
// Lexical, it cancels the browser's own editing (beforeinput), updates its model and
// re-renders the DOM from scratch, so text nodes are replaced on every keystroke.
class MiniEditor {
  constructor(root, flavour) {
    this.root = root;
    this.flavour = flavour; // "draft" | "lexical"
    this.blocks = [""];
    this.key = Math.random().toString(36).slice(2, 7);
    root.addEventListener("beforeinput", (e) => this.onBeforeInput(e));
    this.render({ block: 0, offset: 0 }, false);
  }

  get text() {
    return this.blocks.join("\n");
  }

  clear() {
    this.blocks = [""];
    this.render({ block: 0, offset: 0 }, false);
    this.root.dispatchEvent(new CustomEvent("editorchange"));
  }

  position(node, offset) {
    const blockEl = (node.nodeType === 1 ? node : node.parentElement).closest("[data-block-index]");
    if (!blockEl || !this.root.contains(blockEl)) return { block: this.blocks.length - 1, offset: this.blocks[this.blocks.length - 1].length };
    const block = Number(blockEl.dataset.blockIndex);
    const pre = document.createRange();
    pre.setStart(blockEl, 0);
    pre.setEnd(node, offset);
    return { block, offset: Math.min(pre.toString().length, this.blocks[block].length) };
  }

  selection() {
    const sel = document.getSelection();
    if (!sel.rangeCount || !this.root.contains(sel.anchorNode)) {
      const end = { block: this.blocks.length - 1, offset: this.blocks[this.blocks.length - 1].length };
      return [end, end];
    }
    const r = sel.getRangeAt(0);
    return [this.position(r.startContainer, r.startOffset), this.position(r.endContainer, r.endOffset)];
  }

  deleteRange(start, end) {
    const head = this.blocks[start.block].slice(0, start.offset);
    const tail = this.blocks[end.block].slice(end.offset);
    this.blocks.splice(start.block, end.block - start.block + 1, head + tail);
    return start;
  }

  onBeforeInput(e) {
    e.preventDefault();
    let [start, end] = this.selection();
    const collapsed = start.block === end.block && start.offset === end.offset;
    let caret = collapsed ? start : this.deleteRange(start, end);
    const line = this.blocks[caret.block];
    switch (e.inputType) {
      case "insertText":
      case "insertReplacementText":
      case "insertFromPaste": {
        const data = e.data ?? (e.dataTransfer ? e.dataTransfer.getData("text/plain") : "");
        const parts = data.split("\n");
        if (parts.length === 1) {
          this.blocks[caret.block] = line.slice(0, caret.offset) + data + line.slice(caret.offset);
          caret = { block: caret.block, offset: caret.offset + data.length };
        } else {
          const tail = line.slice(caret.offset);
          this.blocks[caret.block] = line.slice(0, caret.offset) + parts[0];
          this.blocks.splice(caret.block + 1, 0, ...parts.slice(1));
          const last = caret.block + parts.length - 1;
          caret = { block: last, offset: this.blocks[last].length };
          this.blocks[last] += tail;
        }
        break;
      }
      case "insertParagraph":
      case "insertLineBreak":
        this.blocks.splice(caret.block, 1, line.slice(0, caret.offset), line.slice(caret.offset));
        caret = { block: caret.block + 1, offset: 0 };
        break;
      case "deleteContentBackward":
        if (!collapsed) break;
        if (caret.offset > 0) {
          this.blocks[caret.block] = line.slice(0, caret.offset - 1) + line.slice(caret.offset);
          caret = { block: caret.block, offset: caret.offset - 1 };
        } else if (caret.block > 0) {
          const prev = this.blocks[caret.block - 1];
          this.blocks.splice(caret.block - 1, 2, prev + line);
          caret = { block: caret.block - 1, offset: prev.length };
        }
        break;
      case "deleteContentForward":
        if (collapsed) this.blocks[caret.block] = line.slice(0, caret.offset) + line.slice(caret.offset + 1);
        break;
      default:
        break;
    }
    this.render(caret, true);
    this.root.dispatchEvent(new CustomEvent("editorchange"));
  }

  renderBlock(text, i) {
    const k = `${this.key}-${i}-0`;
    if (this.flavour === "lexical") {
      return text ? `<p dir="ltr" data-block-index="${i}"><span data-lexical-text="true">${escapeHtml(text)}</span></p>` : `<p data-block-index="${i}"><br></p>`;
    }
    const inner = text ? `<span data-offset-key="${k}"><span data-text="true">${escapeHtml(text)}</span></span>` : `<span data-offset-key="${k}"><br data-text="true"></span>`;
    return `<div data-block="true" data-editor="${this.key}" data-offset-key="${k}"><div data-block-index="${i}" data-offset-key="${k}" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr">${inner}</div></div>`;
  }

  render(caret, focus) {
    const html = this.blocks.map((b, i) => this.renderBlock(b, i)).join("");
    this.root.innerHTML = this.flavour === "draft" ? `<div data-contents="true">${html}</div>` : html;
    this.root.classList.toggle("is-empty", this.text === "");
    if (!focus) return;
    const blockEl = this.root.querySelector(`[data-block-index="${caret.block}"]`);
    const textNode = blockEl && blockEl.querySelector("[data-text], [data-lexical-text]")?.firstChild;
    const sel = document.getSelection();
    const r = document.createRange();
    if (textNode && textNode.nodeType === 3) r.setStart(textNode, caret.offset);
    else r.setStart(blockEl || this.root, 0);
    r.collapse(true);
    sel.removeAllRanges();
    sel.addRange(r);
  }
}

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

// What the page itself did, so tests can see that a replayed click really happened.
window.siteActivity = [];
function recordActivity(kind, detail) {
  window.siteActivity.push({ kind, ...detail });
  const log = document.getElementById("activity");
  if (log) {
    const li = document.createElement("li");
    li.textContent = `${kind}: ${detail.text ?? ""}`;
    log.appendChild(li);
  }
}
