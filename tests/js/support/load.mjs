// Loads the extension's content scripts into this process, as the browser does:
// plain scripts that add to globalThis.ThinkTwice, in the manifest's order.
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
export const EXTENSION = join(here, "..", "..", "..", "extension");
export const FIXTURES = join(here, "..", "fixtures");

export const manifest = JSON.parse(readFileSync(join(EXTENSION, "manifest.json"), "utf8"));

const PURE = new Set(["content/main.js"]); // main.js starts the extension in a live page

export async function loadContentScripts() {
  for (const file of manifest.content_scripts[0].js) {
    if (PURE.has(file)) continue;
    await import(pathToFileURL(join(EXTENSION, file)).href);
  }
  return globalThis.ThinkTwice;
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
