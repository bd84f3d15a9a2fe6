"""The names the browsers check before they let the extension talk to the host."""
from __future__ import annotations

import base64
import hashlib

HOST_NAME = "org.thinktwice.host"
# Fixed by the "key" in extension/manifest.json (tests/test_native_host.py checks chromium_id(key) is this):
# the installed package does not carry the extension, so the id is written down here once.
CHROMIUM_EXTENSION_ID = "hcpffppaihcnhpaiegjfgegmmoeahmab"
FIREFOX_ADDON_ID = "thinktwice@thinktwice.invalid"      # browser_specific_settings.gecko.id


def chromium_id(manifest_key: str) -> str:
    """Chromium's extension id for a manifest "key": the first 32 hex digits of the SHA-256 of the
    DER public key, each digit 0-f written as a letter a-p."""
    digest = hashlib.sha256(base64.b64decode(manifest_key)).hexdigest()[:32]
    return "".join(chr(ord("a") + int(d, 16)) for d in digest)


def chromium_origin(extension_id: str = CHROMIUM_EXTENSION_ID) -> str:
    """The origin a Chromium host manifest allows: with its trailing slash, or the browser ignores the file."""
    return f"chrome-extension://{extension_id}/"
