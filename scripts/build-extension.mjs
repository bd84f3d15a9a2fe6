// Builds what the extension loads from extension/dist/ (not committed; scripts/serve, scripts/test
// and scripts/package run this):
//   content.js     the content script: extension/content/main.js and every ES module it imports,
//                  bundled by esbuild into one classic script (content scripts cannot be modules);
//   highlight.css  the ::highlight() colours of the page's editors, from common/colours.js;
//   severity.css   the severities' custom properties for the popup and options pages, likewise.
// The background worker and the pages load their ES modules as they are and need no bundling.
//
//   node scripts/build-extension.mjs            build into extension/dist/
//   import { buildExtension } from ".../build-extension.mjs"; await buildExtension({ write: false })
//                                               the same files in memory ({name: text}), for tests
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

export const EXTENSION = join(dirname(fileURLToPath(import.meta.url)), "..", "extension");
export const DIST = join(EXTENSION, "dist");

// The browsers the manifest allows (Firefox 140 ESR; Chromium with MV3 and the Highlight API).
const TARGET = ["chrome120", "firefox140"];

export async function buildExtension({ write = true } = {}) {
  const bundled = await esbuild.build({
    entryPoints: [join(EXTENSION, "content", "main.js")],
    bundle: true,
    format: "iife", // its own scope: nothing leaks into the content-script world but ThinkTwice
    target: TARGET,
    charset: "utf8",
    legalComments: "none",
    write: false,
    outfile: join(DIST, "content.js"),
    logLevel: "silent",
  });
  const { highlightStyle, severityStyle } = await import(pathToFileURL(join(EXTENSION, "common", "colours.js")).href);
  const banner = "/* Built by scripts/build-extension.mjs from extension/common/colours.js: edit that, not this. */\n";
  const files = {
    "content.js": bundled.outputFiles[0].text,
    "highlight.css": banner + highlightStyle(),
    "severity.css": banner + severityStyle(":root"),
  };
  if (write) {
    mkdirSync(DIST, { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      // Written whole and then renamed: a browser or test loading the extension meanwhile never
      // reads half a file.
      const temporary = join(DIST, `.${name}.${process.pid}.tmp`);
      writeFileSync(temporary, text);
      renameSync(temporary, join(DIST, name));
    }
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const files = await buildExtension();
    const sizes = Object.entries(files).map(([name, text]) => `${name} ${(Buffer.byteLength(text) / 1024).toFixed(1)} kB`);
    console.log(`build-extension: extension/dist/: ${sizes.join(", ")}`);
  } catch (error) {
    console.error(`build-extension: ${error.message}`);
    process.exit(1);
  }
}
