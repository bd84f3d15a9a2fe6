"""scripts/package: one run builds the extension and makes an unsigned Firefox .xpi (web-ext build)
and a Chromium zip, each holding the manifest, the bundled content script and its stylesheets, and
nothing of the tests or the content script's unbundled sources."""

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VERSION = json.loads((ROOT / "extension" / "manifest.json").read_text())["version"]


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    if not shutil.which("node") or not shutil.which("npm"):
        if os.environ.get("CI") == "true":
            pytest.fail("node and npm are needed to package the extension")
        pytest.skip("node and npm are not installed")
    out = tmp_path_factory.mktemp("package")
    done = subprocess.run(["bash", str(ROOT / "scripts" / "package")], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "THINKTWICE_PACKAGE_DIR": str(out)})
    assert done.returncode == 0, done.stderr or done.stdout
    return {"firefox": out / f"thinktwice-{VERSION}-firefox.xpi", "chromium": out / f"thinktwice-{VERSION}-chromium.zip"}


@pytest.mark.parametrize("browser", ["firefox", "chromium"])
def test_each_archive_holds_the_manifest_and_the_bundled_content_script_and_no_tests(archives, browser):
    with zipfile.ZipFile(archives[browser]) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
        bundle = archive.read("dist/content.js").decode()
    loaded = {*manifest["content_scripts"][0]["js"], *manifest["content_scripts"][0]["css"]}
    assert loaded == {"dist/content.js", "dist/highlight.css"} and loaded <= names
    assert {manifest["background"]["service_worker"], manifest["action"]["default_popup"], manifest["options_ui"]["page"],
            "dist/severity.css", "common/messages.js", "common/vocabulary.js"} <= names
    # The one bundle carries the whole content script (its entry, the adapters, the protocol).
    assert "settingsChanged" in bundle and "tweetTextarea_" in bundle and "import " not in bundle
    assert not [n for n in names if n.startswith(("tests/", "content/", "node_modules/")) or "test" in n.lower()
                or n.endswith((".mjs", ".py", ".map"))], sorted(names)


def test_the_chromium_manifest_leaves_out_what_only_firefox_reads(archives):
    with zipfile.ZipFile(archives["firefox"]) as xpi, zipfile.ZipFile(archives["chromium"]) as crx:
        firefox, chromium = json.loads(xpi.read("manifest.json")), json.loads(crx.read("manifest.json"))
        assert sorted(xpi.namelist()) == sorted(crx.namelist())
    assert firefox["browser_specific_settings"]["gecko"]["id"] == "thinktwice@thinktwice.invalid"
    assert firefox["background"]["scripts"] == ["background/worker.js"]
    assert "browser_specific_settings" not in chromium and "scripts" not in chromium["background"]
    assert chromium["background"] == {"service_worker": "background/worker.js", "type": "module"}
    assert chromium["key"] == firefox["key"]  # the fixed extension id
