// Loads the extension's modules into this process: the content script's ES modules (which the
// build bundles into extension/dist/content.js for the browser) and the background worker's.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
export const EXTENSION = join(here, "..", "..", "..", "extension");
export const FIXTURES = join(here, "..", "fixtures");

export const manifest = JSON.parse(readFileSync(join(EXTENSION, "manifest.json"), "utf8"));

const contentModule = (path) => import(pathToFileURL(join(EXTENSION, "content", path)).href);

// The content script's modules by their old names (main.js, which starts the extension in a live
// page, is left out).
export async function loadContentScripts() {
  const names = ["textmap", "scheduler", "warnings", "fields", "ui", "card", "overlay", "highlighter", "service", "guard"];
  const TT = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await contentModule(`${n}.js`)])));
  TT.adapters = await contentModule("adapters/index.js");
  return TT;
}

export function backgroundModule(name) {
  return import(pathToFileURL(join(EXTENSION, "background", name)).href);
}

// jsdom comes from the test tooling folder (scripts/setup-browser-tests.sh installs it).
export function loadJsdom() {
  const require = createRequire(join(here, "..", "tooling", "package.json"));
  try {
    return require("jsdom");
  } catch (error) {
    throw new Error(`jsdom is missing: run scripts/setup-browser-tests.sh (${error.message})`);
  }
}

export function fixture(name) {
  return readFileSync(join(FIXTURES, name), "utf8");
}

export function domFrom(html, url = "https://example.org/") {
  const { JSDOM } = loadJsdom();
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`, { url });
}

// An event's composed path for a click on el: el, its ancestors, the document, the window.
export function pathFrom(el) {
  const path = [];
  for (let cur = el; cur; cur = cur.parentNode) path.push(cur);
  path.push(el.ownerDocument.defaultView);
  return path;
}
