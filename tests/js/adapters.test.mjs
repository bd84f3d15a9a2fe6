// Each site adapter against a saved snippet of that site's DOM. The snippets mark
// with data-tt-* attributes what the adapter must find.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadContentScripts, domFrom, fixture, pathFrom } from "./support/load.mjs";

const TT = await loadContentScripts();
const kit = TT.adapters;

const SITES = [
  { file: "x.html", url: "https://x.com/home", adapter: "x" },
  { file: "facebook.html", url: "https://www.facebook.com/", adapter: "facebook" },
  { file: "linkedin.html", url: "https://www.linkedin.com/feed/", adapter: "linkedin" },
  { file: "bluesky.html", url: "https://bsky.app/", adapter: "bluesky" },
  { file: "mastodon.html", url: "https://social.example.ac.uk/home", adapter: "mastodon" },
  { file: "threads.html", url: "https://www.threads.net/", adapter: "threads" },
  { file: "instagram.html", url: "https://www.instagram.com/p/abc/", adapter: "instagram" },
  { file: "youtube.html", url: "https://www.youtube.com/watch?v=abc", adapter: "youtube" },
  { file: "tiktok.html", url: "https://www.tiktok.com/@someone/video/1", adapter: "tiktok" },
  { file: "reddit.html", url: "https://www.reddit.com/r/lancaster/comments/abc/", adapter: "reddit" },
  { file: "generic.html", url: "https://forum.example.org/thread/1", adapter: "generic" },
];

const norm = (s) => s.replace(/\s+/g, " ").trim();

for (const site of SITES) {
  const load = () => {
    const dom = domFrom(fixture(site.file), site.url);
    const doc = dom.window.document;
    return { doc, adapter: kit.adapterFor(new URL(site.url).hostname, doc) };
  };

  test(`${site.file}: the ${site.adapter} adapter is chosen for ${new URL(site.url).hostname}`, () => {
    assert.equal(load().adapter.id, site.adapter);
  });

  test(`${site.file}: finds exactly the compose fields, and not search boxes or name/email inputs`, () => {
    const { doc, adapter } = load();
    const found = new Set();
    TT.fields.scan(adapter, doc, (f) => found.add(f), new WeakSet());
    const expected = [...doc.querySelectorAll('[data-tt-expect~="field"]')];
    assert.ok(expected.length > 0);
    assert.deepEqual([...found].map((f) => f.id || f.outerHTML.slice(0, 60)).sort(), expected.map((f) => f.id || f.outerHTML.slice(0, 60)).sort());
  });

  test(`${site.file}: each field sends the right action and what it answers`, () => {
    const { doc, adapter } = load();
    for (const field of doc.querySelectorAll("[data-tt-action]")) {
      const got = kit.actionFor(adapter, field);
      assert.equal(got.action, field.dataset.ttAction, field.id);
      if (field.dataset.ttReplyingTo) assert.equal(norm(got.replying_to || ""), field.dataset.ttReplyingTo, field.id);
      else assert.equal(got.replying_to, undefined, field.id);
    }
  });

  test(`${site.file}: Post buttons are recognised and belong to their own field`, () => {
    const { doc, adapter } = load();
    for (const button of doc.querySelectorAll('[data-tt-expect="submit"]')) {
      const inner = button.querySelector("span, div") || button;
      assert.equal(kit.findSubmit(adapter, pathFrom(inner)), button);
      assert.equal(kit.fieldNear(adapter, button).id, button.dataset.ttSubmits);
    }
  });

  test(`${site.file}: like/share/repost/quote buttons are recognised with the endorsed post's text`, () => {
    const { doc, adapter } = load();
    const buttons = doc.querySelectorAll("[data-tt-endorse]");
    for (const button of buttons) {
      const inner = button.querySelector("svg, span, div, i") || button;
      const found = kit.findEndorsement(adapter, pathFrom(inner));
      if (button.dataset.ttEndorse === "none") {
        assert.equal(found, null);
        continue;
      }
      assert.ok(found, `${button.outerHTML.slice(0, 80)} not recognised`);
      assert.equal(found.action, button.dataset.ttEndorse);
      const post = kit.closestAcrossShadow(found.button, adapter.post);
      if (post) assert.equal(norm(kit.postTextOf(adapter, post)), post.dataset.ttPostText);
    }
    if (site.adapter !== "generic") assert.ok(buttons.length > 0);
  });
}

test("plain typing surfaces on any site: a generic textarea in a shadow root is found", () => {
  const dom = domFrom('<div id="host"></div>', "https://blog.example.org/");
  const doc = dom.window.document;
  const shadow = doc.getElementById("host").attachShadow({ mode: "open" });
  shadow.innerHTML = '<textarea id="inner" aria-label="Leave a reply"></textarea>';
  const found = [];
  TT.fields.scan(kit.adapterFor("blog.example.org", doc), doc, (f) => found.push(f.id), new WeakSet());
  assert.deepEqual(found, ["inner"]);
});

test("X tells the signed-in handle, for the official-account setting", () => {
  const dom = domFrom(fixture("x.html"), "https://x.com/home");
  const adapter = kit.adapterFor("x.com", dom.window.document);
  assert.equal(adapter.handle(dom.window.document), "@LancasterSU");
});

test("subdomains match their site; look-alike hosts do not", () => {
  assert.equal(kit.adapterFor("mobile.x.com", null).id, "x");
  assert.equal(kit.adapterFor("m.facebook.com", null).id, "facebook");
  assert.equal(kit.adapterFor("notx.com", null).id, "generic");
  assert.equal(kit.adapterFor("facebook.com.evil.example", null).id, "generic");
});

test("a user-listed address (a Mastodon instance, a host with a port) picks that site's adapter", () => {
  const extra = [{ site: "mastodon", host: "social.lancaster.example" }, { site: "x", host: "127.0.0.1:8123" }];
  assert.equal(kit.adapterFor("social.lancaster.example", null, extra, "").id, "mastodon");
  assert.equal(kit.adapterFor("127.0.0.1", null, extra, "8123").id, "x");
  assert.equal(kit.adapterFor("127.0.0.1", null, extra, "9000").id, "generic");
});

test("every adapter names its site and endorsement actions the service knows", () => {
  const actions = new Set(["like", "share", "repost", "quote"]);
  const ids = kit.all().map((a) => a.id);
  assert.deepEqual(ids.sort(), ["bluesky", "facebook", "generic", "instagram", "linkedin", "mastodon", "reddit", "threads", "tiktok", "x", "youtube"]);
  for (const a of kit.all()) {
    assert.ok(a.label, a.id);
    for (const e of a.endorse || []) assert.ok(actions.has(e.action), `${a.id}: ${e.action}`);
  }
});

// Threads names the button that opens the Repost menu and the menu's own Repost item alike
// (a role=button around an SVG labelled "Repost"); the item must not count as an opener, or
// choosing it forgets which post the menu belongs to and the repost goes unchecked.
const THREADS_MENU = `
  <div data-pressable-container="true" id="post"><div dir="auto"><span>That lecturer is a total c*nt</span></div>
    <div role="button" id="opener"><svg aria-label="Repost" role="img"></svg></div></div>
  <div role="menu" id="menu">
    <div role="button" id="repost-item"><span>Repost</span><svg aria-label="Repost" role="img"></svg></div>
    <div role="button" id="quote-item"><span>Quote</span><svg aria-label="Quote" role="img"></svg></div>
  </div>`;

test("threads: the Repost menu's opener is an opener, its items are endorsements and never openers", () => {
  const dom = domFrom(THREADS_MENU, "https://www.threads.net/");
  const doc = dom.window.document;
  const adapter = kit.adapterFor("www.threads.net", doc);
  const at = (id) => pathFrom(doc.querySelector(`#${id} svg`));
  assert.equal(kit.findMenuOpener(adapter, at("opener")), doc.getElementById("opener"));
  assert.equal(kit.findEndorsement(adapter, at("opener")), null);
  for (const [id, action] of [["repost-item", "repost"], ["quote-item", "quote"]]) {
    assert.equal(kit.findMenuOpener(adapter, at(id)), null, id);
    assert.equal(kit.findEndorsement(adapter, at(id)).action, action, id);
  }
});

test("every adapter: an element matching its menu-opener selector inside an open menu is a menu item, not an opener", () => {
  for (const adapter of kit.all().filter((a) => a.menuOpeners)) {
    const dom = domFrom("<div id='post'></div><div role='menu' id='menu'></div>", "https://example.org/");
    const doc = dom.window.document;
    // Build one element per selector alternative that matches the opener selector, then move a copy into the menu.
    const probe = openerLike(doc, adapter.menuOpeners);
    assert.ok(probe, `${adapter.id}: could not build an element matching ${adapter.menuOpeners}`);
    doc.getElementById("post").append(probe);
    assert.equal(kit.findMenuOpener(adapter, pathFrom(probe)), probe, `${adapter.id}: opener on a post`);
    const inMenu = probe.cloneNode(true);
    doc.getElementById("menu").append(inMenu);
    assert.equal(kit.findMenuOpener(adapter, pathFrom(inMenu)), null, `${adapter.id}: opener-like menu item`);
    for (const rule of adapter.endorse || []) {
      // No endorsement button is also taken for an opener, wherever it is.
      for (const el of doc.querySelectorAll("*")) if (el.matches(rule.selector)) assert.equal(kit.findMenuOpener(adapter, pathFrom(el)), null);
    }
  }
});

// A small element matching a simple menu-opener selector (tag, classes, attributes, one :has(svg[aria-label])).
function openerLike(doc, selector) {
  const first = selector.split(",")[0].trim();
  const m = /^([a-z]+)?((?:\.[\w-]+|\[[^\]]+\])*)(?::has\(svg\[aria-label="([^"]+)"\]\))?$/.exec(first);
  if (!m) return null;
  const el = doc.createElement(m[1] || "div");
  for (const part of m[2].match(/\.[\w-]+|\[[^\]]+\]/g) || []) {
    if (part.startsWith(".")) el.classList.add(part.slice(1));
    else {
      const a = /^\[([\w-]+)(?:([\^$*]?=)"([^"]*)")?\]$/.exec(part);
      el.setAttribute(a[1], a[3] ?? "");
    }
  }
  if (m[3]) el.innerHTML = `<svg aria-label="${m[3]}"></svg>`;
  return el.matches(selector) ? el : null;
}
