// Debounces checks of one field: waits until typing pauses, skips text that was already
// checked, keeps at most one check in flight (newer text waits, and replaces any older text
// waiting), and never lets an older answer replace a newer one.

function createCheckScheduler(options) {
  const delay = options.delay ?? 300;
  const check = options.check; // (text) => Promise<answer>
  const onResult = options.onResult; // (text, answer) for the newest text only
  const onError = options.onError ?? (() => {});
  const timers = options.timers ?? globalThis;

  let timer = null;
  let pendingText = null; // typed, waiting for the debounce
  let queuedText = null; // debounced, waiting for the check in flight to finish
  let lastRequestedText = null;
  let lastAppliedText = null;
  let inFlight = null; // {text, promise}: the one check running; its promise resolves with the newest answer

  function update(text) {
    pendingText = text;
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = null;
      run();
    }, delay);
  }

  // Takes the pending text: checks it now, or queues it behind the check in flight.
  function run() {
    const text = pendingText;
    pendingText = null;
    if (text !== null) {
      if (inFlight) queuedText = text === inFlight.text ? null : text;
      else if (text !== lastRequestedText) queuedText = text;
      else queuedText = null;
    }
    if (inFlight) return inFlight.promise;
    if (queuedText === null) return Promise.resolve(null);
    return start();
  }

  function start() {
    const text = queuedText;
    queuedText = null;
    lastRequestedText = text;
    const settle = (apply) => (value) => {
      inFlight = null;
      if (queuedText !== null) return start(); // newer text waited: its answer is the one that counts
      return apply(value);
    };
    const promise = Promise.resolve()
      .then(() => check(text))
      .then(
        settle((answer) => {
          lastAppliedText = text;
          onResult(text, answer);
          return answer;
        }),
        settle((error) => {
          lastRequestedText = null; // let the same text be tried again later
          onError(text, error);
          return null;
        }),
      );
    inFlight = { text, promise };
    return promise;
  }

  // Checks the pending text now (for a Post click during the debounce); resolves with the
  // answer for the newest text.
  function flush() {
    if (timer !== null) {
      timers.clearTimeout(timer);
      timer = null;
    }
    return run();
  }

  function cancel() {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    pendingText = null;
    queuedText = null;
  }

  return {
    update,
    flush,
    cancel,
    get appliedText() {
      return lastAppliedText;
    },
    get pending() {
      return timer !== null || inFlight !== null;
    },
    get inFlight() {
      return inFlight !== null;
    },
    forget() {
      lastRequestedText = null;
    },
  };
}

export { createCheckScheduler };
