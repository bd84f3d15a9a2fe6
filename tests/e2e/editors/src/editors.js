// The real editor libraries the social sites compose in, each mounted the way its site does and
// wired to send on Ctrl+Enter through the editor's own key handling. Bundled by build.mjs into
// dist/editors.js, which the fixture pages load; window.RealEditors.<kind>(element, {onSend})
// returns {text(), clear()}, text() read from the editor's own model.
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, createEditor } from "lexical";
import { registerRichText } from "@lexical/rich-text";
import { createEmptyHistoryState, registerHistory } from "@lexical/history";
import React from "react";
import ReactDOM from "react-dom";
import { Editor as DraftEditor, EditorState } from "draft-js";
import { Editor as TipTapEditor, Extension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import Quill from "quill";

const sendKey = (event) => !!event && (event.ctrlKey || event.metaKey);

// Lexical (Facebook, Instagram, Threads, Reddit): the element is the contenteditable root.
// enterSends: a plain Enter sends (Facebook's and Instagram's comment boxes, Messenger), Shift+Enter
// is a new line; otherwise Ctrl/Cmd+Enter sends.
function lexical(root, { onSend, enterSends = false }) {
  const sends = enterSends ? (event) => !!event && !event.shiftKey : sendKey;
  const editor = createEditor({ namespace: root.id || "lexical", onError: (error) => { throw error; } });
  editor.setRootElement(root);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  const empty = () => { const r = $getRoot(); r.clear(); r.append($createParagraphNode()); };
  editor.update(empty, { discrete: true });
  editor.registerCommand(KEY_ENTER_COMMAND, (event) => {
    if (!sends(event)) return false;
    event.preventDefault();
    onSend();
    return true;
  }, COMMAND_PRIORITY_HIGH);
  return {
    editor,
    text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    clear: () => editor.update(empty, { discrete: true }),
  };
}

// Draft.js in React 17 (X): the container gets React's root; the contenteditable is Draft's.
function draft(container, { onSend, testId, label }) {
  const api = { state: EditorState.createEmpty() };
  function Composer() {
    const [state, setState] = React.useState(api.state);
    api.state = state;
    api.set = (next) => { api.state = next; setState(next); };
    return React.createElement(DraftEditor, {
      editorState: state,
      onChange: (next) => { api.state = next; setState(next); },
      placeholder: "What is happening?!",
      webDriverTestID: testId,
      ariaLabel: label,
      // X sends on Ctrl+Enter through Draft's handleReturn.
      handleReturn: (event) => {
        if (!sendKey(event)) return "not-handled";
        onSend();
        return "handled";
      },
    });
  }
  ReactDOM.render(React.createElement(Composer), container);
  return {
    text: () => api.state.getCurrentContent().getPlainText(),
    clear: () => api.set(EditorState.createEmpty()),
  };
}

// TipTap 3 / ProseMirror (Bluesky): Mod-Enter through TipTap's keyboard shortcuts.
function tiptap(element, { onSend }) {
  const SendShortcut = Extension.create({
    name: "sendShortcut",
    addKeyboardShortcuts() {
      return { "Mod-Enter": () => { onSend(); return true; } };
    },
  });
  const editor = new TipTapEditor({ element, extensions: [StarterKit, SendShortcut] });
  return {
    editor,
    text: () => editor.state.doc.textBetween(0, editor.state.doc.content.size, "\n"),
    clear: () => editor.commands.clearContent(true),
  };
}

// Quill 2 (LinkedIn): a keyboard binding on the short key (Ctrl, or Cmd on a Mac) and Enter.
function quill(element, { onSend }) {
  const q = new Quill(element, {
    modules: { keyboard: { bindings: { send: { key: "Enter", shortKey: true, handler: () => { onSend(); return false; } } } } },
  });
  return {
    quill: q,
    text: () => q.getText().replace(/\n$/, ""),
    clear: () => q.setText(""),
  };
}

window.RealEditors = { lexical, draft, tiptap, quill };
