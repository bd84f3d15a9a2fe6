"""The update feed: a directory any static web host can serve.

    SITEDIR/index.json                       signed, expiring: which pack is the latest
    SITEDIR/packs/NAME-VERSION.ttpack        the pack (bundle.py)
    SITEDIR/packs/NAME-VERSION.ttpack.sig    its signature (signing.py)

index.json is `{"signed": {...}, "signatures": [...]}`; the signature covers the canonical JSON of
"signed", so the index cannot be edited, and its `expires` date means a feed that stops being
refreshed (or is frozen by someone in the way) is noticed rather than trusted for ever.
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..files import write_atomic
from ..pack import PackError
from . import bundle, signing

INDEX = "index.json"
DEFAULT_VALID_DAYS = 14
MAX_INDEX_BYTES = 256 * 1024
PUBLIC = 0o644              # the feed's files are for any web server to read


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_time(value) -> datetime:
    if not isinstance(value, str):
        raise ValueError("not a date-time")
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("a date-time without a time zone")
    return moment


def sign_index(signed: dict, private) -> dict:
    return {"signed": signed, "signatures": [signing.sign(private, bundle.canonical(signed))]}


def _existing_index(site: Path) -> dict | None:
    path = site / INDEX
    if not path.is_file():
        return None
    try:
        doc = json.loads(path.read_bytes())
        return doc["signed"]
    except (ValueError, KeyError, TypeError):
        raise PackError(f"{path} exists but is not a ThinkTwice index; publish into an empty directory") from None


def publish(pack: str | Path, site_dir: str | Path, key: str | Path, valid_days: int = DEFAULT_VALID_DAYS,
            now: datetime | None = None) -> dict:
    """Copy a signed pack into the feed and write a freshly signed index naming it the latest.

    Publishing the version that is already the latest (same bytes) only refreshes the index's dates.
    """
    pack, site = Path(pack), Path(site_dir)
    private = signing.load_private(key)
    me = signing.public_of(private)
    data = pack.read_bytes()
    sig_path = pack.with_name(pack.name + ".sig")
    try:
        sig_doc = json.loads(sig_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise signing.SigningError(f"{sig_path} is missing or unreadable: sign the pack first "
                                   "(thinktwice rules sign PACK --key KEY)") from None
    signing.verify(data, sig_doc, [me])
    manifest, _files = bundle.read(data)
    version = manifest["version"]
    if valid_days < 1:
        raise ValueError("the index must be valid for at least one day")

    previous = _existing_index(site)
    digest = bundle.sha256(data)
    older = []
    if previous:
        latest = previous.get("latest") or {}
        if latest.get("version") == version and latest.get("sha256") != digest:
            raise PackError(f"version {version} is already published with different content; use a new version")
        if latest.get("version") and bundle.version_key(latest["version"]) > bundle.version_key(version):
            raise PackError(f"the feed already offers {latest['version']}, newer than {version}")
        older = [p for p in [latest, *previous.get("older", [])] if p.get("version") and p["version"] != version][:10]

    name = manifest["name"]
    rel = f"packs/{name}-{version}.ttpack"
    (site / "packs").mkdir(parents=True, exist_ok=True)
    write_atomic(site / rel, data, mode=PUBLIC)
    write_atomic(site / (rel + ".sig"), sig_path.read_bytes(), mode=PUBLIC)
    moment = now or datetime.now(timezone.utc)
    signed = {
        "format": 1, "name": name, "published": iso(moment), "expires": iso(moment + timedelta(days=valid_days)),
        "latest": {"version": version, "path": rel, "signature": rel + ".sig", "sha256": digest, "size": len(data),
                   "created": manifest["created"], "as_of": manifest["as_of"], "review_by": manifest["review_by"]},
        "older": older,
    }
    write_atomic(site / INDEX, json.dumps(sign_index(signed, private), indent=1).encode("utf-8"), mode=PUBLIC)
    return signed

