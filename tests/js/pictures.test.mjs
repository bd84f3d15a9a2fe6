// Pictures attached to a post: the content script's PictureSet (limits, what is said about pictures not
// checked, the same picture kept once), the worker's picture helpers (what it accepts, the SHA-256 that
// identifies a picture, one answer from the text's and each picture's) and the real worker.js against a
// fake service: each picture sent once, on its own; an edited caption re-checks the text alone; a
// service without the images extra still checks the text and says "Pictures not checked"; no picture
// bytes in extension storage.
import { test } from "node:test";
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { EXTENSION, backgroundModule } from "./support/load.mjs";

const content = await import(pathToFileURL(join(EXTENSION, "content", "pictures.js")).href);
const bg = await backgroundModule("pictures.js");

const png = (n = 8, fill = 1) => new File([new Uint8Array(n).fill(fill)], `p${fill}.png`, { type: "image/png" });

test("PictureSet: at most 4 pictures, 10 MB each, PNG/JPEG/WebP/GIF only; the rest are named as not checked", async () => {
  const set = new content.PictureSet();
  const added = await set.add([png(8, 1), png(8, 2), png(8, 3), png(8, 4), png(8, 5)], "input");
  assert.equal(added, 4);
  assert.equal(set.count, 4);
  assert.deepEqual(set.skipped, ["Picture 5 (p5.png) not checked: ThinkTwice checks at most 4 pictures per post."]);
  const other = new content.PictureSet();
  await other.add([new File(["x"], "notes.svg", { type: "image/svg+xml" })], "drop");
  await other.add([{ name: "huge.jpg", type: "image/jpeg", size: content.MAX_PICTURE_BYTES + 1, arrayBuffer: () => assert.fail("a picture over 10 MB is not read") }], "paste");
  assert.equal(other.count, 0);
  assert.deepEqual(other.skipped, [
    "Picture 1 (notes.svg) not checked: ThinkTwice can look at PNG, JPEG, WebP and GIF pictures only.",
    "Picture 2 (huge.jpg) not checked: it is over 10 MB.",
  ]);
});

test("PictureSet: the same bytes twice (a file and the site's preview of it) are one picture; base64 is exact", async () => {
  const set = new content.PictureSet();
  await set.add([png(70000, 7)], "input");
  const version = set.version;
  assert.equal(await set.add([new Blob([new Uint8Array(70000).fill(7)], { type: "image/png" })], "preview"), 0);
  assert.equal(set.version, version, "nothing changed, nothing to check again");
  assert.equal(set.count, 1);
  assert.equal(set.forRequest()[0].data, Buffer.alloc(70000, 7).toString("base64"));
  assert.deepEqual(Object.keys(set.forRequest()[0]).sort(), ["data", "type"]);
  assert.match(set.get(0).url, /^blob:/);
  set.clear();
  assert.equal(set.count, 0);
  assert.notEqual(set.version, version);
});

test("what the card says about pictures not checked", () => {
  const set = new content.PictureSet();
  set.skip("Picture 5 not checked: ThinkTwice checks at most 4 pictures per post.");
  assert.deepEqual(content.pictureNotes(set, { picturesNote: bg.PICTURES_UNAVAILABLE }, 2), [
    bg.PICTURES_UNAVAILABLE,
    "Picture 5 not checked: ThinkTwice checks at most 4 pictures per post.",
    "Pictures not checked: 2 of the post's pictures are on another site, which ThinkTwice does not fetch.",
  ]);
  assert.deepEqual(content.pictureNotes(new content.PictureSet(), { ok: true }), []);
});

test("cleanPictures: the worker refuses more than 4, unknown types, empty or over-10 MB data", () => {
  assert.deepEqual(bg.cleanPictures(undefined), []);
  const one = { data: "AAAA", type: "image/jpeg", name: "dropped" };
  assert.deepEqual(bg.cleanPictures([one]), [{ data: "AAAA", type: "image/jpeg" }]);
  assert.throws(() => bg.cleanPictures([one, one, one, one, one]), /at most 4/);
  assert.throws(() => bg.cleanPictures([{ data: "AAAA", type: "image/svg+xml" }]), /images\[0\]/);
  assert.throws(() => bg.cleanPictures([{ data: "", type: "image/png" }]), /no data/);
  assert.throws(() => bg.cleanPictures([{ data: "A".repeat(14 * 1024 * 1024), type: "image/png" }]), /over 10 MB/);
  assert.throws(() => bg.cleanPictures("AAAA"), /list/);
});

test("pictureHash is the SHA-256 of the picture's bytes; findingsKey leaves the text out", async () => {
  assert.equal(await bg.pictureHash({ data: Buffer.from("abc").toString("base64") }), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const context = { action: "post", context: { org: "lancaster-su", role: "staff", account: "official" } };
  const a = bg.findingsKey("http://127.0.0.1:8377", "h", { ...context, text: "see you there!", images: [{ data: "AAAA" }] });
  const b = bg.findingsKey("http://127.0.0.1:8377", "h", { ...context, text: "see you all there!", images: [{ data: "AAAA" }] });
  assert.equal(a, b);
  assert.ok(!a.includes("AAAA"), "the key holds no picture bytes");
  assert.notEqual(a, bg.findingsKey("http://127.0.0.1:8377", "h", { ...context, context: { ...context.context, account: "personal" } }));
});

test("mergeAnswers: the picture's index, most severe first, the text's before the pictures' at a severity, one endorsement", () => {
  const text = { verdict: "caution", rules_version: "7", warnings: [
    { rule: "t.caution", category: "media", severity: "caution", spans: [] },
    { rule: "endorsement.like", category: "endorsement", severity: "caution", spans: [] },
  ] };
  const merged = bg.mergeAnswers(text, [
    [{ rule: "political.party-vote", category: "political", severity: "warning", image: 0, box: [1, 2, 3, 4] }],
    [{ rule: "people", category: "personal-data", severity: "caution", image: 0 }, { rule: "endorsement.like", category: "endorsement", severity: "caution", image: 0 }],
  ]);
  assert.equal(merged.verdict, "warning");
  assert.equal(merged.rules_version, "7");
  assert.deepEqual(merged.warnings.map((w) => [w.rule, w.image]), [
    ["political.party-vote", 0], ["t.caution", undefined], ["endorsement.like", undefined], ["people", 1],
  ]);
  assert.deepEqual(bg.mergeAnswers(null, [[]], "9"), { verdict: "ok", warnings: [], rules_version: "9" });
  const liked = bg.mergeAnswers({ warnings: [] }, [[{ rule: "endorsement.like", category: "endorsement", severity: "caution", image: 0, found: "x" }]]);
  assert.deepEqual(liked.warnings, [{ rule: "endorsement.like", category: "endorsement", severity: "caution" }], "the whole post's, not the picture's");
});

// ----- the real worker against a fake service -----
const ID = "hcpffppaihcnhpaiegjfgegmmoeahmab";
const store = { local: { settings: { serviceUrl: "http://127.0.0.1:9", token: "t0ken-0123456789", org: "lancaster-su", role: "staff", officialAccounts: [{ site: "x", handle: "*" }] }, managedSeen: {} }, session: {} };
const listeners = {};
const area = (name) => ({
  get: async (keys) => {
    if (keys === null) return structuredClone(store[name]);
    const wanted = Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(wanted.filter((k) => k in store[name]).map((k) => [k, structuredClone(store[name][k])]));
  },
  set: async (values) => Object.assign(store[name], structuredClone(values)),
  remove: async (keys) => {
    for (const k of [].concat(keys)) delete store[name][k];
  },
  setAccessLevel: async () => {},
});
globalThis.chrome = {
  runtime: {
    id: ID, getURL: (p) => `chrome-extension://${ID}/${p}`, openOptionsPage: () => {},
    onMessage: { addListener: (f) => (listeners.message = f) }, onInstalled: { addListener: () => {} }, onStartup: { addListener: () => {} },
    sendNativeMessage: async () => { throw new Error("Specified native messaging host not found."); },
  },
  storage: { local: area("local"), session: area("session"), managed: { get: async () => ({}), setAccessLevel: async () => {} }, onChanged: { addListener: () => {} } },
  action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setTitle: async () => {} },
  alarms: { create: () => {}, clear: async () => {}, onAlarm: { addListener: () => {} } },
  tabs: { query: async () => [], sendMessage: async () => {}, onRemoved: { addListener: () => {} } },
};
const checks = [];
let imagesExtra = true;
// Like the real service under load: it looks at one picture at a time, each taking this long.
let pictureMs = 0;
let pictureQueue = Promise.resolve();
const lookedAt = () => {
  const turn = pictureQueue.then(() => new Promise((r) => setTimeout(r, pictureMs)));
  pictureQueue = turn;
  return turn;
};
globalThis.fetch = async (url, init) => {
  if (!url.endsWith("/v1/check")) return Response.json({});
  const body = JSON.parse(init.body);
  checks.push(body);
  if (body.images) {
    if (!imagesExtra) return Response.json({ error: { code: "images_unavailable", message: "pictures cannot be checked" } }, { status: 503 });
    if (pictureMs) await lookedAt();
    const poster = Buffer.from(body.images[0].data, "base64").toString().startsWith("VOTE LABOUR");
    return Response.json({ verdict: poster ? "warning" : "ok", rules_version: "1", warnings: poster
      ? [{ rule: "political.party-vote", category: "political", severity: "warning", message: "Asks people to vote for a party (VOTE LABOUR).", clause: { policy: "lancaster-su", ref: "10.1" }, image: 0, found: "VOTE LABOUR", box: [1, 2, 30, 4] }]
      : [] });
  }
  const phone = /\d{5} \d{6}/.test(body.text);
  return Response.json({ verdict: phone ? "warning" : "ok", rules_version: "1", warnings: phone ? [{ rule: "personal-data.phone", category: "personal-data", severity: "warning", message: "Shares a phone number", spans: [{ start: 0, end: 3, text: "Cal" }] }] : [] });
};
await backgroundModule("worker.js");
const CONTENT = { id: ID, url: "https://x.com/home", origin: "https://x.com", tab: { id: 7 }, frameId: 0 };
const ask = (request) => new Promise((resolve) => listeners.message({ type: "check", request }, CONTENT, resolve));
const picture = (words) => ({ data: Buffer.from(words).toString("base64"), type: "image/png" });

test("worker: each picture once, on its own, with the post's context; a new caption re-checks the text alone", async () => {
  const before = checks.length;
  const first = await ask({ text: "see you there!", action: "post", site: "x", handle: "@Soc", images: [picture("VOTE LABOUR"), picture("bake sale")] });
  assert.equal(first.ok, true);
  assert.deepEqual(first.answer.warnings.map((w) => [w.rule, w.image, w.found]), [["political.party-vote", 0, "VOTE LABOUR"]]);
  assert.equal(first.answer.verdict, "warning");
  const sent = checks.slice(before);
  assert.equal(sent.length, 3, "the text, and each picture on its own");
  assert.deepEqual(sent.filter((b) => b.images).map((b) => [b.text, b.images.length, b.context.account, b.action]), [["", 1, "official", "post"], ["", 1, "official", "post"]]);
  assert.ok(!sent.find((b) => !b.images).images, "the text's check carries no pictures");

  const mid = checks.length;
  const second = await ask({ text: "Call Sam on 07700 900123", action: "post", site: "x", handle: "@Soc", images: [picture("bake sale"), picture("VOTE LABOUR")] });
  assert.deepEqual(checks.slice(mid).map((b) => Boolean(b.images)), [false], "the pictures' findings came from the worker's memory");
  assert.deepEqual(second.answer.warnings.map((w) => [w.rule, w.image]), [["personal-data.phone", undefined], ["political.party-vote", 1]]);

  const onlyPicture = await ask({ text: "", action: "post", site: "x", handle: "@Soc", images: [picture("VOTE LABOUR")] });
  assert.deepEqual(onlyPicture.answer.warnings.map((w) => w.rule), ["political.party-vote"], "a picture with no caption is a post");
  const stored = JSON.stringify(store);
  assert.ok(!stored.includes(picture("VOTE LABOUR").data), "no picture bytes in extension storage");
});

test("worker: a service without the images extra still checks the text and says the pictures were not checked", async () => {
  imagesExtra = false;
  try {
    const reply = await ask({ text: "Call Jo on 07700 900999", action: "post", site: "x", handle: "@Soc", images: [picture("a new picture")] });
    assert.equal(reply.ok, true);
    assert.deepEqual(reply.answer.warnings.map((w) => w.rule), ["personal-data.phone"]);
    assert.equal(reply.picturesNote, bg.PICTURES_UNAVAILABLE);
    assert.match(reply.picturesNote, /^Pictures not checked/);
  } finally {
    imagesExtra = true;
  }
});

test("worker: a malformed picture is refused before anything is sent", async () => {
  const before = checks.length;
  const reply = await ask({ text: "hello", action: "post", site: "x", images: [{ data: "AAAA", type: "text/html" }] });
  assert.equal(reply.ok, false);
  assert.match(reply.error, /images\[0\]/);
  assert.equal(checks.length, before);
});

test("worker: pictures the service looks at one by one, slowly (under load), neither fail as busy nor hold up the typing's checks", async () => {
  pictureMs = 1500;
  try {
    const started = Date.now();
    const four = ask({ text: "see you there", action: "post", site: "x", handle: "@Soc", images: ["p1", "p2", "p3", "VOTE LABOUR, seen for the first time"].map(picture) });
    await new Promise((r) => setTimeout(r, 100));
    // Typing goes on while the pictures are looked at: its checks do not queue behind them.
    const typedAt = Date.now();
    const typed = await ask({ text: "see you there on Friday", action: "post", site: "x", handle: "@Soc" });
    const typedMs = Date.now() - typedAt;
    assert.equal(typed.ok, true);
    assert.ok(typedMs < 500, `a text check waited ${typedMs} ms behind the pictures`);
    const reply = await four;
    assert.equal(reply.ok, true, JSON.stringify(reply));
    assert.deepEqual(reply.answer.warnings.map((w) => [w.rule, w.image]), [["political.party-vote", 3]]);
    assert.ok(Date.now() - started >= 4 * 1500, "the fake service looked at the pictures one by one");
  } finally {
    pictureMs = 0;
  }
});
