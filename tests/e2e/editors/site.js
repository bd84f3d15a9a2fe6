// What every real-editor fixture page shares: a record of each call of the page's own send
// handler with the text it sent (window.sent), of Like/Repost/Quote (window.siteActivity), and
// the time each keystroke takes from the page's first keydown listener to the end of the task
// that handled it (window.keystrokeMs), the extension's work included when it is on.
window.sent = [];
window.siteActivity = [];
window.keystrokeMs = [];

function send(editor, text) {
  window.sent.push({ editor, text });
}

// Registered before any content script, so it runs first and times all the key's work.
window.addEventListener("keydown", () => {
  const start = performance.now();
  const channel = new MessageChannel();
  channel.port1.onmessage = () => window.keystrokeMs.push(performance.now() - start);
  channel.port2.postMessage(0);
}, true);
