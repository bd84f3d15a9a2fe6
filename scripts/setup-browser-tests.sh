#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium (Playwright drives it via
# executable_path; `playwright install` is never used), Debian's Firefox ESR (puppeteer-core drives it
# over WebDriver BiDi) and the npm tooling for `web-ext lint`.
# Safe to run repeatedly: each step is skipped when its result is already present.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ ! -x /usr/bin/chromium ]; then
  echo "setup-browser-tests: installing Debian chromium"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends chromium
fi

if [ ! -x /usr/bin/firefox-esr ]; then
  echo "setup-browser-tests: installing Debian firefox-esr"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends firefox-esr
fi

tooling="$repo/tests/js/tooling"
if [ ! -x "$tooling/node_modules/.bin/web-ext" ] || [ ! -f "$tooling/node_modules/jsdom/package.json" ] || [ ! -f "$tooling/node_modules/axe-core/axe.min.js" ] || [ ! -f "$tooling/node_modules/puppeteer-core/package.json" ]; then
  echo "setup-browser-tests: installing web-ext and jsdom into tests/js/tooling"
  (cd "$tooling" && npm ci --no-audit --no-fund --loglevel=error)
fi

# The extension's own build tooling (esbuild, web-ext; package.json): the e2e fixtures build the
# extension before loading it.
if [ ! -f "$repo/node_modules/esbuild/package.json" ] || [ ! -x "$repo/node_modules/.bin/web-ext" ]; then
  echo "setup-browser-tests: installing the extension's build tooling into node_modules"
  (cd "$repo" && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "setup-browser-tests: chromium $(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}'), firefox-esr $(/usr/bin/firefox-esr --version 2>/dev/null | awk '{print $3}'), web-ext $("$tooling/node_modules/.bin/web-ext" --version)"
