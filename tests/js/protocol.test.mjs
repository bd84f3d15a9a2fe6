// One source each: the message protocol (common/messages.js), the vocabularies
// (common/vocabulary.js, alike with the service's vocab.py) and the severities' colours
// (common/colours.js). Every other file uses them and repeats none of them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { EXTENSION } from "./support/load.mjs";

const common = (name) => import(pathToFileURL(join(EXTENSION, "common", name)).href);
const { MSG } = await common("messages.js");
const vocabulary = await common("vocabulary.js");
const { SEVERITY_COLOURS, severityStyle, highlightStyle } = await common("colours.js");
const { all } = await import(pathToFileURL(join(EXTENSION, "content", "adapters", "index.js")).href);

// Every source file of the extension (not what the build makes from them).
function sources(dir = EXTENSION) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "dist" ? [] : sources(path);
    return /\.(js|css|html)$/.test(name) ? [{ file: relative(EXTENSION, path), text: readFileSync(path, "utf8") }] : [];
  });
}
const SOURCES = sources();
const read = (file) => SOURCES.find((s) => s.file === file).text;

test("every message kind has its own name and a typedef of the message", () => {
  const values = Object.values(MSG);
  assert.equal(new Set(values).size, values.length);
  const protocol = read("common/messages.js");
  for (const type of values) assert.match(protocol, new RegExp(`@typedef \\{\\{type: "${type}"`), type);
});

test("the worker answers every kind but the one it sends, and the content script listens for that one", () => {
  const routed = [...read("background/worker.js").matchAll(/^ {2}\[MSG\.(\w+)\]: \{/gm)].map((m) => m[1]);
  const expected = Object.keys(MSG).filter((k) => k !== "SETTINGS_CHANGED");
  assert.deepEqual([...routed].sort(), expected.sort());
  assert.match(read("background/worker.js"), /sendMessage\(tab\.id, \{ type: MSG\.SETTINGS_CHANGED \}\)/);
  assert.match(read("content/main.js"), /message\.type === MSG\.SETTINGS_CHANGED/);
});

test("no file spells a message type itself", () => {
  const types = new Set(Object.values(MSG));
  const spelled = [];
  for (const { file, text } of SOURCES) {
    if (file === "common/messages.js") continue;
    for (const m of text.matchAll(/(?:type:\s*|type\s*===\s*|ask\(|send\(\{\s*type:\s*)"(\w+)"/g)) if (types.has(m[1])) spelled.push(`${file}: ${m[0]}`);
    for (const m of text.matchAll(/^\s*(\w+): \{ from:/gm)) spelled.push(`${file}: route ${m[1]}`);
  }
  assert.deepEqual(spelled, []);
});

// The service's vocabulary, read from its source.
function pythonTuple(name) {
  const source = readFileSync(join(EXTENSION, "..", "server", "thinktwice", "vocab.py"), "utf8");
  const m = new RegExp(`^${name} = \\(([^)]*)\\)`, "m").exec(source);
  assert.ok(m, `${name} in vocab.py`);
  return [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
}

test("the extension's vocabulary is the service's", () => {
  assert.deepEqual([...vocabulary.ACTIONS], pythonTuple("ACTIONS"));
  assert.deepEqual([...vocabulary.ROLES], pythonTuple("ROLES"));
  assert.deepEqual([...vocabulary.CATEGORIES], pythonTuple("CATEGORIES"));
  assert.deepEqual([...vocabulary.SEVERITIES], pythonTuple("SEVERITIES"));
  assert.deepEqual(Object.keys(vocabulary.ENDORSEMENTS).sort(), ["like", "quote", "repost", "share"]);
  assert.deepEqual(Object.keys(vocabulary.ROLE_LABELS), [...vocabulary.ROLES]);
  assert.deepEqual(Object.keys(vocabulary.SITE_LABELS), [...vocabulary.SITE_IDS]);
  // Ranks order the severities, "ok" below them all.
  assert.deepEqual(Object.keys(vocabulary.SEVERITY_RANK), ["ok", ...vocabulary.SEVERITIES]);
  assert.ok(vocabulary.SEVERITIES.every((s, i) => vocabulary.rank(s) === i + 1) && vocabulary.rank("nonsense") === 0);
});

test("there is one adapter per site, in the settings' order, named as the vocabulary names the site", () => {
  assert.deepEqual(all().map((a) => a.id), [...vocabulary.SITE_IDS]);
  for (const a of all()) if (a.id !== "generic") assert.equal(a.label, vocabulary.SITE_LABELS[a.id]);
});

test("severity colours, ranks and lists are written once, in common/", () => {
  const colours = new Set();
  for (const scheme of ["light", "dark"]) {
    for (const sev of vocabulary.SEVERITIES) {
      const c = SEVERITY_COLOURS[scheme][sev];
      assert.deepEqual(Object.keys(c).sort(), ["accent", "badge", "mark", "onBadge", "underline"], `${scheme} ${sev}`);
      for (const v of [c.badge, c.onBadge, c.mark, c.underline]) if (v !== "transparent") colours.add(v);
    }
  }
  const repeated = [];
  for (const { file, text } of SOURCES) {
    if (file.startsWith("common/vocabulary.js") || file.startsWith("common/colours.js")) continue;
    for (const v of colours) if (text.includes(v)) repeated.push(`${file}: ${v}`);
    if (/info:\s*1\b|"info",\s*"caution",\s*"warning"|warning:\s*"Warning"|anyway:\s*"\w+ anyway"|"Elected officer"/.test(text)) repeated.push(`${file}: a severity list, rank or label`);
  }
  assert.deepEqual(repeated, []);
});

test("the stylesheets made from the colours carry each severity, light and dark", () => {
  const pages = severityStyle(":root");
  const highlights = highlightStyle();
  for (const sev of vocabulary.SEVERITIES) {
    assert.ok(pages.includes(`--tt-${sev}: ${SEVERITY_COLOURS.light[sev].accent};`), sev);
    assert.ok(pages.includes(`--tt-${sev}: ${SEVERITY_COLOURS.dark[sev].accent};`), sev);
    assert.ok(highlights.includes(`::highlight(thinktwice-${sev}) { background-color: ${SEVERITY_COLOURS.dark[sev].mark};`), sev);
  }
  assert.match(pages, /@media \(prefers-color-scheme: dark\)/);
  assert.match(highlights, /underline dotted rgb\(37, 99, 235\)/); // info is dotted, the others wavy
});
