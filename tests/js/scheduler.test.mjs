import { test } from "node:test";
import assert from "node:assert/strict";
import { loadContentScripts } from "./support/load.mjs";

const TT = await loadContentScripts();
const { createCheckScheduler } = TT.scheduler;

// A controllable clock and a service whose answers we release by hand.
function harness() {
  let now = 0;
  let timers = [];
  const clock = {
    setTimeout(fn, ms) {
      const t = { fn, at: now + ms };
      timers.push(t);
      return t;
    },
    clearTimeout(t) {
      timers = timers.filter((x) => x !== t);
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.fn();
    },
  };
  const calls = [];
  const check = (text) => new Promise((resolve, reject) => calls.push({ text, resolve, reject }));
  const results = [];
  const s = createCheckScheduler({ delay: 300, check, timers: clock, onResult: (text, answer) => results.push({ text, answer }) });
  return { s, clock, calls, results };
}

const tick = () => new Promise((r) => setImmediate(r));

test("checks only after typing pauses for the debounce delay", async () => {
  const { s, clock, calls } = harness();
  s.update("V");
  clock.advance(200);
  s.update("Vo");
  clock.advance(200);
  s.update("Vote");
  clock.advance(299);
  await tick();
  assert.equal(calls.length, 0);
  clock.advance(1);
  await tick();
  assert.deepEqual(calls.map((c) => c.text), ["Vote"]);
});

test("unchanged text is not checked again", async () => {
  const { s, clock, calls } = harness();
  s.update("Vote Labour");
  clock.advance(300);
  await tick();
  calls[0].resolve({ verdict: "warning" });
  await tick();
  s.update("Vote Labour");
  clock.advance(300);
  await tick();
  assert.equal(calls.length, 1);
});

test("a slow older answer never overwrites a newer one", async () => {
  const { s, clock, calls, results } = harness();
  s.update("Vote Labour");
  clock.advance(300);
  await tick();
  s.update("Vote for the society");
  clock.advance(300);
  await tick();
  assert.equal(calls.length, 1, "the newer text waits for the check in flight");
  calls[0].resolve({ verdict: "warning" });
  await tick();
  await tick();
  assert.deepEqual(calls.map((c) => c.text), ["Vote Labour", "Vote for the society"]);
  calls[1].resolve({ verdict: "ok" });
  await tick();
  await tick();
  assert.deepEqual(results, [{ text: "Vote for the society", answer: { verdict: "ok" } }]);
  assert.equal(s.appliedText, "Vote for the society");
});

test("an answer that arrives after newer typing started is dropped once the newer check runs", async () => {
  const { s, clock, calls, results } = harness();
  s.update("a");
  clock.advance(300);
  await tick();
  s.update("ab");
  clock.advance(300);
  await tick();
  calls[0].resolve({ n: 1 });
  await tick();
  await tick();
  calls[1].resolve({ n: 2 });
  await tick();
  await tick();
  assert.deepEqual(results.map((r) => r.answer.n), [2]);
});

test("one check in flight per field: newer text replaces the text waiting, never piles up", async () => {
  const { s, clock, calls, results } = harness();
  s.update("one");
  clock.advance(300);
  await tick();
  // The service is slow; the field is refilled (by the user, or anything) every 0.7 s.
  for (const text of ["two", "three", "four", "five"]) {
    s.update(text);
    clock.advance(700);
    await tick();
    assert.equal(calls.length, 1, `still one check while "${text}" waits`);
  }
  assert.equal(s.inFlight, true);
  calls[0].resolve({ n: 1 });
  await tick();
  await tick();
  assert.deepEqual(calls.map((c) => c.text), ["one", "five"], "only the newest waiting text is checked next");
  calls[1].resolve({ n: 5 });
  await tick();
  await tick();
  assert.deepEqual(results, [{ text: "five", answer: { n: 5 } }]);
});

test("returning to the text in flight cancels the text waiting behind it", async () => {
  const { s, clock, calls } = harness();
  s.update("Vote Labour");
  clock.advance(300);
  await tick();
  s.update("Vote Labour!");
  clock.advance(300);
  s.update("Vote Labour");
  clock.advance(300);
  await tick();
  calls[0].resolve({ verdict: "warning" });
  await tick();
  await tick();
  assert.equal(calls.length, 1);
});

test("flush during a check of older text resolves with the newest text's answer", async () => {
  const { s, clock, calls } = harness();
  s.update("draft");
  clock.advance(300);
  await tick();
  s.update("final text");
  const done = s.flush();
  calls[0].resolve({ n: 1 });
  await tick();
  await tick();
  assert.equal(calls[1].text, "final text");
  calls[1].resolve({ n: 2 });
  assert.deepEqual(await done, { n: 2 });
});

test("flush checks the pending text at once (a Post click during the debounce)", async () => {
  const { s, calls, results } = harness();
  s.update("Vote Labour");
  const done = s.flush();
  await tick();
  assert.deepEqual(calls.map((c) => c.text), ["Vote Labour"]);
  calls[0].resolve({ verdict: "warning" });
  assert.deepEqual(await done, { verdict: "warning" });
  assert.equal(results.length, 1);
});

test("flush while the same text is in flight waits for that answer instead of asking twice", async () => {
  const { s, clock, calls } = harness();
  s.update("Vote Labour");
  clock.advance(300);
  await tick();
  s.update("Vote Labour");
  const done = s.flush();
  calls[0].resolve({ verdict: "warning" });
  assert.deepEqual(await done, { verdict: "warning" });
  assert.equal(calls.length, 1);
});

test("after a failed check the same text may be checked again", async () => {
  const { s, clock, calls } = harness();
  s.update("Vote Labour");
  clock.advance(300);
  await tick();
  calls[0].reject(new Error("offline"));
  await tick();
  await tick();
  s.update("Vote Labour");
  clock.advance(300);
  await tick();
  assert.equal(calls.length, 2);
});
