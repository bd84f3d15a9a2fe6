"""Checking the feed and installing a newer signed pack, or keeping the current one and saying why.

One check:
  1. fetch index.json with If-None-Match / If-Modified-Since (a 304 re-checks the cached index);
  2. the index must be signed by a trusted key, unexpired, and no older than the last one accepted;
  3. its latest version must be newer than the installed pack (no rollback, no replay);
  4. the pack must have the size and sha256 the index gives, and its own signature must verify;
  5. the bundle's files must match its manifest, and the pack must load, pass the structural lint and
     pass every one of its own examples;
  6. then it is installed (installs.py) and the new engine replaces the old one in one assignment.
Anything else leaves the current pack in use; the outcome is kept as `last_update` and in the history.
"""
from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone

from ..engine import Engine
from ..quality.examples import all_examples
from ..pack import Pack, PackError, load_pack
from . import bundle, feed, signing
from ..quality import lint
from .installs import InstallStore
from .publish import MAX_INDEX_BYTES, iso, parse_time

log = logging.getLogger(__name__)
MAX_SIGNATURE_BYTES = 4096


class Refused(Exception):
    """The feed offered something that must not be installed."""

    def __init__(self, code: str, message: str, offered: str | None = None):
        super().__init__(message)
        self.code, self.message, self.offered = code, message, offered


@dataclass
class Offer:
    signed: dict
    signer: signing.PublicKey
    raw: bytes


def pack_engine(pack: Pack, max_text: int) -> Engine:
    return Engine(pack, max_text=max_text)


def example_failures(pack: Pack) -> tuple[int, list]:
    """Run the pack's own examples with no election window open (examples describe ordinary days)."""
    results = all_examples(Engine(pack, budget_ms=None, today=lambda: None))
    return len(results), [r for r in results if not r.passed]


def gate(directory) -> Pack:
    """Load a staged pack and require it to pass lint's structural checks and all its examples."""
    try:
        pack = load_pack(directory)
    except PackError as exc:
        raise Refused("invalid_pack", f"the pack does not load: {exc}") from None
    problems = lint.errors(lint.lint_pack(directory, time_patterns=False))
    if problems:
        raise Refused("lint_failed", f"the pack fails lint: {problems[0]}" +
                      (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    total, failed = example_failures(pack)
    if failed:
        first = failed[0]
        raise Refused("examples_fail", f"{len(failed)} of the pack's {total} examples fail, e.g. {first.where}: "
                                       f"{first.text!r} expected {first.expected}, got {first.got}")
    return pack


class Updater:
    def __init__(self, store: InstallStore, url: str, trusted: list[signing.PublicKey]):
        if not trusted:
            raise ValueError("an update URL needs at least one trusted key (--trusted-key)")
        self.store, self.url, self.trusted = store, url, trusted
        try:
            self.index_url = feed.index_url(url)
        except feed.FeedError as exc:
            raise ValueError(exc.message) from None

    # -- the index ---------------------------------------------------------------------------------
    def _index(self, now: datetime) -> tuple[Offer, bool]:
        state = self.store.state()
        cache = state.get("feed") or {}
        if cache.get("url") != self.index_url:
            cache = {}
        got = feed.fetch(self.index_url, MAX_INDEX_BYTES, cache.get("etag"), cache.get("last_modified"))
        not_modified = got.status == 304 and "body" in cache
        raw = cache["body"].encode("utf-8") if not_modified else got.body
        offer = self._verify_index(raw, now, state.get("index_published"))
        if not not_modified:
            try:
                body = raw.decode("utf-8")
            except UnicodeDecodeError:
                body = None
            if body is not None and (got.etag or got.last_modified):
                self.store.update_state(feed={"url": self.index_url, "etag": got.etag,
                                              "last_modified": got.last_modified, "body": body})
        return offer, not_modified

    def _verify_index(self, raw: bytes, now: datetime, last_published: str | None) -> Offer:
        try:
            doc = json.loads(raw)
            signed, signatures = doc["signed"], doc["signatures"]
            latest = signed["latest"]
            version = latest["version"]
            bundle.version_key(version)
            if not isinstance(signatures, list) or not isinstance(latest, dict):
                raise TypeError
        except (ValueError, KeyError, TypeError, RecursionError, PackError):
            raise Refused("invalid_index", f"{self.index_url} is not a ThinkTwice index") from None
        data = bundle.canonical(signed)
        reasons, signer = [], None
        for sig in signatures:
            try:
                signer = signing.verify(data, sig, self.trusted)
                break
            except signing.SigningError as exc:
                reasons.append(str(exc))
        if signer is None:
            raise Refused("untrusted_index", "the index is not signed by a trusted key: "
                                             + ("; ".join(reasons) or "it has no signatures"), version)
        try:
            published, expires = parse_time(signed["published"]), parse_time(signed["expires"])
        except (KeyError, ValueError):
            raise Refused("invalid_index", "the index has no valid published/expires dates", version) from None
        if now > expires:
            raise Refused("index_expired", f"the feed's index expired on {iso(expires)}: the feed has not been "
                                           "refreshed (or is being held back), so it is not trusted", version)
        if last_published and published < parse_time(last_published):
            raise Refused("index_replayed", f"the index was published {iso(published)}, before one already seen "
                                            f"({last_published}): an old index is being replayed", version)
        return Offer(signed, signer, raw)

    # -- one check ---------------------------------------------------------------------------------
    def check(self, installed_version: str, make_engine, now: datetime | None = None) -> tuple[dict, Engine | None]:
        """(outcome, new engine or None). Never raises for anything the feed does."""
        now = now or datetime.now(timezone.utc)
        outcome = {"checked_at": iso(now), "url": self.url, "installed": installed_version}
        try:
            offer, not_modified = self._index(now)
            outcome["not_modified"] = not_modified
            engine, entry = self._consider(offer, installed_version, make_engine, now)
        except Refused as exc:
            outcome.update(status="refused", code=exc.code, reason=exc.message, offered=exc.offered)
            engine = None
        except feed.FeedError as exc:
            outcome.update(status="failed", code=exc.code, reason=exc.message)
            engine = None
        except Exception as exc:        # a bug must not stop the service; the old pack stays
            log.exception("update check failed")
            outcome.update(status="failed", code="internal_error", reason=f"the check failed: {type(exc).__name__}")
            engine = None
        else:
            if engine is None:
                outcome.update(status="up_to_date", offered=offer.signed["latest"]["version"],
                               reason=f"{installed_version} is the latest the feed offers")
            else:
                outcome.update(status="installed", offered=entry["version"], version=entry["version"],
                               previous=installed_version, signer=entry["signer"],
                               reason=f"installed {entry['version']} (was {installed_version})")
        self.store.update_state(last_check=outcome)
        if outcome["status"] != "up_to_date":
            self.store.record(outcome)
        return outcome, engine

    def _consider(self, offer: Offer, installed_version: str, make_engine, now: datetime):
        latest = offer.signed["latest"]
        version = latest["version"]
        try:
            current = bundle.version_key(installed_version)
        except PackError:
            current = (0,)
        if bundle.version_key(version) == current:
            self.store.update_state(index_published=offer.signed["published"])
            return None, None
        if bundle.version_key(version) < current:
            raise Refused("rollback", f"the feed offers {version}, older than the installed {installed_version}; "
                                      "packs are never rolled back", version)
        size = latest.get("size")
        if not isinstance(size, int) or not 0 < size <= bundle.MAX_BUNDLE_BYTES:
            raise Refused("invalid_index", "the index gives no usable size for the pack", version)
        data = feed.fetch(feed.resolve(self.index_url, latest.get("path")), size).body
        sig_raw = feed.fetch(feed.resolve(self.index_url, latest.get("signature")), MAX_SIGNATURE_BYTES).body
        try:
            sig_doc = json.loads(sig_raw)
        except (ValueError, RecursionError):
            raise Refused("bad_signature", "the pack's signature file is not a signature", version) from None
        try:
            signer = signing.verify(data, sig_doc, self.trusted)
        except signing.SigningError as exc:
            raise Refused("bad_signature", f"the pack's signature is refused: {exc}", version) from None
        if len(data) != size or bundle.sha256(data) != latest.get("sha256"):
            raise Refused("tampered", "the pack's size or sha256 differs from the signed index", version)
        try:
            manifest, files = bundle.read(data)
        except PackError as exc:
            raise Refused("invalid_pack", str(exc), version) from None
        if manifest["version"] != version:
            raise Refused("tampered", f"the pack says it is {manifest['version']}, the index {version}", version)
        staging = self.store.stage(files)
        try:
            try:
                pack = gate(staging)
            except Refused as exc:
                raise Refused(exc.code, exc.message, version) from None
            if pack.version != version:
                raise Refused("tampered", f"pack.toml says {pack.version}, the index {version}", version)
            engine = make_engine(pack)
            entry = {"version": version, "name": manifest["name"], "created": manifest["created"],
                     "as_of": manifest["as_of"], "review_by": manifest["review_by"], "sha256": latest["sha256"],
                     "signer": {"key_id": signer.key_id, "name": signer.name}, "installed_at": iso(now),
                     "source": "update"}
            self.store.commit(staging, entry)
            self.store.update_state(index_published=offer.signed["published"])
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        return engine, entry
