import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { manifest, EXTENSION } from "./support/load.mjs";
import { buildExtension } from "../../scripts/build-extension.mjs";

await buildExtension(); // the manifest loads extension/dist/, which the build makes

function extensionId(keyBase64) {
  const hex = createHash("sha256").update(Buffer.from(keyBase64, "base64")).digest("hex").slice(0, 32);
  return [...hex].map((c) => String.fromCharCode("a".charCodeAt(0) + parseInt(c, 16))).join("");
}

test("every file the manifest names exists", () => {
  const files = [
    manifest.background.service_worker,
    ...manifest.background.scripts,
    manifest.action.default_popup,
    manifest.options_ui.page,
    manifest.storage.managed_schema,
    ...Object.values(manifest.icons),
    ...manifest.content_scripts.flatMap((c) => [...c.js, ...(c.css || [])]),
  ];
  for (const f of files) assert.ok(existsSync(join(EXTENSION, f)), f);
});

test("the fixed extension id in the README is the one the manifest key gives", () => {
  const id = extensionId(manifest.key);
  const readme = readFileSync(join(EXTENSION, "README.md"), "utf8");
  assert.ok(readme.includes(`chrome-extension://${id}`), `README should name chrome-extension://${id}`);
  assert.equal(manifest.browser_specific_settings.gecko.id, "thinktwice@thinktwice.invalid");
});

test("only the local service is a host permission, and nothing is exposed to pages", () => {
  assert.deepEqual(manifest.host_permissions.sort(), ["http://127.0.0.1/*", "http://localhost/*"]);
  // nativeMessaging: thinktwice-host (pairing); alarms: a pause ends by itself (background/pause.js)
  assert.deepEqual(manifest.permissions, ["storage", "nativeMessaging", "alarms"]);
  assert.equal(manifest.web_accessible_resources, undefined);
  assert.equal(manifest.content_scripts[0].all_frames, true);
});

test("the managed-storage schema covers every setting the options page offers", () => {
  const schema = JSON.parse(readFileSync(join(EXTENSION, manifest.storage.managed_schema), "utf8"));
  assert.deepEqual(Object.keys(schema.properties).sort(), ["ignoredRules", "lockedRules", "offSites", "officialAccounts", "org", "pausedUntil", "role", "serviceUrl", "siteHosts", "sites", "token"]);
});
