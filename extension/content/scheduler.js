// Debounces checks of one field: waits until typing pauses, skips text that was
// already checked, and never lets an older answer replace a newer one.
(function (TT) {
  "use strict";

  function createCheckScheduler(options) {
    const delay = options.delay ?? 300;
    const check = options.check; // (text) => Promise<answer>
    const onResult = options.onResult; // (text, answer) for the newest text only
    const onError = options.onError ?? (() => {});
    const timers = options.timers ?? globalThis;

    let timer = null;
    let pendingText = null;
    let requestedSeq = 0;
    let lastRequestedText = null;
    let lastAppliedText = null;
    let inFlight = null; // {seq, text, promise}

    function update(text) {
      pendingText = text;
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(() => {
        timer = null;
        run();
      }, delay);
    }

    function run() {
      const text = pendingText;
      pendingText = null;
      if (text === null) return inFlight ? inFlight.promise : Promise.resolve(null);
      if (text === lastRequestedText) return inFlight ? inFlight.promise : Promise.resolve(null);
      lastRequestedText = text;
      const seq = ++requestedSeq;
      const promise = Promise.resolve()
        .then(() => check(text))
        .then(
          (answer) => {
            if (seq !== requestedSeq) return null; // a newer request superseded this one
            lastAppliedText = text;
            onResult(text, answer);
            return answer;
          },
          (error) => {
            if (seq === requestedSeq) {
              lastRequestedText = null; // let the same text be tried again later
              onError(text, error);
            }
            return null;
          },
        )
        .finally(() => {
          if (inFlight && inFlight.seq === seq) inFlight = null;
        });
      inFlight = { seq, text, promise };
      return promise;
    }

    // Checks the pending text now (for a Post click during the debounce).
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
      forget() {
        lastRequestedText = null;
      },
    };
  }

  TT.scheduler = { createCheckScheduler };
})((globalThis.ThinkTwice ??= {}));
