// What every real-editor fixture page shares: a record of each call of the page's own send
// handler with the text it sent (window.sent), of Like/Repost/Quote (window.siteActivity), and
// the time each keystroke's events take to handle (window.keystrokeMs), the extension's work
// included when it is on.
window.sent = [];
window.siteActivity = [];
window.keystrokeMs = [];

function send(editor, text) {
  window.sent.push({ editor, text });
}

// The time the page's events for one keystroke spend being handled (keydown, keypress,
// beforeinput, input, keyup, each from the first listener to the last, microtasks included: the
// editor's own work, the extension's listeners and its MutationObserver). The listeners are on
// the window, registered before any content script: capture runs first, bubble last. Waiting in
// the task queue is not counted, so a loaded machine does not inflate the figure.
const KEY_EVENTS = ["keydown", "keypress", "beforeinput", "input", "keyup"];
let eventStart = 0;
for (const type of KEY_EVENTS) {
  window.addEventListener(type, () => {
    if (type === "keydown") window.keystrokeMs.push(0);
    eventStart = performance.now();
  }, true);
  window.addEventListener(type, () => {
    if (window.keystrokeMs.length) window.keystrokeMs[window.keystrokeMs.length - 1] += performance.now() - eventStart;
  }, false);
}
