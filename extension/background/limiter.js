// At most `max` calls to the service at once. Others wait in a short queue; a call that cannot
// start within waitMs, or finds the queue full, fails at once with busyError() instead of piling
// up behind a stalled service.
export function createLimiter({ max = 3, waitMs = 3000, maxWaiting = 32, busyError = () => new Error("busy") } = {}) {
  let active = 0;
  const queue = [];

  function start(job) {
    active += 1;
    Promise.resolve()
      .then(job.fn)
      .then(job.resolve, job.reject)
      .finally(() => {
        active -= 1;
        next();
      });
  }

  function next() {
    while (active < max && queue.length) {
      const job = queue.shift();
      clearTimeout(job.timer);
      start(job);
    }
  }

  function run(fn) {
    return new Promise((resolve, reject) => {
      const job = { fn, resolve, reject, timer: null };
      if (active < max) return start(job);
      if (queue.length >= maxWaiting) return reject(busyError());
      job.timer = setTimeout(() => {
        const i = queue.indexOf(job);
        if (i >= 0) queue.splice(i, 1);
        reject(busyError());
      }, waitMs);
      queue.push(job);
    });
  }

  return {
    run,
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
