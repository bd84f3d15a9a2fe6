// Builds the real-editor fixture pages' bundle (dist/editors.js and the editors' CSS) from the
// npm packages installed in tests/js/tooling. Run by scripts/test and by the e2e tests when
// dist/ is missing or older than the sources: `node tests/e2e/editors/build.mjs`.
import { createRequire } from "node:module";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const tooling = join(here, "..", "..", "js", "tooling");
const require = createRequire(join(tooling, "package.json"));
const esbuild = require("esbuild");
const dist = join(here, "dist");
mkdirSync(dist, { recursive: true });

await esbuild.build({
  entryPoints: [join(here, "src", "editors.js")],
  outfile: join(dist, "editors.js"),
  bundle: true,
  format: "iife",
  minify: true,
  target: "es2022",
  nodePaths: [join(tooling, "node_modules")],
  define: { "process.env.NODE_ENV": '"production"', global: "globalThis" },
  logLevel: "warning",
});
copyFileSync(require.resolve("draft-js/dist/Draft.css"), join(dist, "Draft.css"));
copyFileSync(require.resolve("quill/dist/quill.core.css"), join(dist, "quill.core.css"));
console.log(`built ${join(dist, "editors.js")}`);
