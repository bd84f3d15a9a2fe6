"""Checking the feed and installing a newer signed pack, or keeping the current one and saying why.

One check:
  1. fetch index.json with If-None-Match / If-Modified-Since (a 304 re-checks the cached index);
  2. the index must be signed by a trusted key, unexpired, and no older than the last one accepted;
  3. its latest version must be newer than the installed pack (no rollback, no replay);
  4. the pack must have the size and sha256 the index gives, and its own signature must verify;
  5. the bundle's files must match its manifest, and the pack must load, pass the structural lint and
     pass every one of its own examples, in a child process under limits of terms, memory and time
     (gate.py); only then is it loaded here;
  6. it must keep every profile of the installed pack, and at least as many [[map]] entries for each
     and as many rules, unless its manifest says `allow_shrink` (`rules build --allow-shrink`);
  7. then it is installed (installs.py) and the new engine replaces the old one in one assignment.
Anything else leaves the current pack in use; the outcome is kept as `last_update` and in the history.
Downloads have size caps and total deadlines (feed.py); the limits are `Limits`, which the service's
config UPDATE_LIMITS can change.
"""
from __future__ import annotations

import json
import logging
import shutil
from dataclasses import dataclass, fields
from datetime import datetime, timezone

from ..engine import Engine
from ..pack import Pack, PackError, load_pack
from . import bundle, feed, gate as gates, signing
from .gate import Refused, example_failures, gate, pack_size, shrinkage
from .installs import InstallStore
from .publish import MAX_INDEX_BYTES, iso, parse_time

__all__ = ["Limits", "Refused", "Updater", "example_failures", "gate"]
log = logging.getLogger(__name__)
MAX_SIGNATURE_BYTES = 4096


@dataclass(frozen=True)
class Limits:
    """What one update check may take. Config UPDATE_LIMITS (a table of these names) changes any of them."""
    index_seconds: float = feed.INDEX_SECONDS       # the whole download of index.json, and of the pack's signature
    pack_seconds: float = feed.PACK_SECONDS         # the whole download of the pack
    pack_bytes: int = bundle.MAX_BUNDLE_BYTES       # the pack's size, as the signed index gives it
    gate_seconds: float = gates.SECONDS             # loading, lint and examples in the child process
    gate_memory_mb: int = gates.MEMORY_BYTES >> 20  # the child's address space, where the system limits one

    @classmethod
    def of(cls, config: dict | None) -> "Limits":
        """Limits from a table of some of its names (ValueError for another name or a value that is not a
        positive number)."""
        config = dict(config or {})
        names = {f.name for f in fields(cls)}
        for name, value in config.items():
            if name not in names:
                raise ValueError(f"UPDATE_LIMITS has no {name!r} (it takes {', '.join(sorted(names))})")
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise ValueError(f"UPDATE_LIMITS {name} must be a positive number, not {value!r}")
        return cls(**config)


@dataclass
class Offer:
    signed: dict
    signer: signing.PublicKey
    raw: bytes


class Updater:
    def __init__(self, store: InstallStore, url: str, trusted: list[signing.PublicKey], limits: Limits | None = None):
        if not trusted:
            raise ValueError("an update URL needs at least one trusted key (--trusted-key)")
        self.store, self.url, self.trusted = store, url, trusted
        self.limits = limits or Limits()
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
        got = feed.fetch(self.index_url, MAX_INDEX_BYTES, cache.get("etag"), cache.get("last_modified"),
                         seconds=self.limits.index_seconds)
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
    def check(self, installed: Pack, make_engine, now: datetime | None = None) -> tuple[dict, Engine | None]:
        """(outcome, new engine or None), `installed` being the pack in use. Never raises for anything the
        feed does."""
        now = now or datetime.now(timezone.utc)
        installed_version = installed.version
        outcome = {"checked_at": iso(now), "url": self.url, "installed": installed_version}
        try:
            offer, not_modified = self._index(now)
            outcome["not_modified"] = not_modified
            engine, entry = self._consider(offer, installed, make_engine, now)
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
                               reason=f"installed {entry['version']} (was {installed_version})"
                                      + (f"; it {entry['shrinks']}, as its manifest allows" if "shrinks" in entry
                                         else ""))
        self.store.update_state(last_check=outcome)
        if outcome["status"] != "up_to_date":
            self.store.record(outcome)
        return outcome, engine

    def _consider(self, offer: Offer, installed: Pack, make_engine, now: datetime):
        latest = offer.signed["latest"]
        version, installed_version = latest["version"], installed.version
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
        if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
            raise Refused("invalid_index", "the index gives no usable size for the pack", version)
        if size > self.limits.pack_bytes:
            raise Refused("pack_too_large", f"the pack is {size:,} bytes, more than {self.limits.pack_bytes:,}; "
                                            "it was not downloaded", version)
        data = feed.fetch(feed.resolve(self.index_url, latest.get("path")), size,
                          seconds=self.limits.pack_seconds).body
        sig_raw = feed.fetch(feed.resolve(self.index_url, latest.get("signature")), MAX_SIGNATURE_BYTES,
                             seconds=self.limits.index_seconds).body
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
        staging = self.store.stage(files, data)
        try:
            try:
                size_of = gate(staging, self.limits.gate_seconds, self.limits.gate_memory_mb << 20)
            except Refused as exc:
                raise Refused(exc.code, exc.message, version) from None
            if size_of["version"] != version:
                raise Refused("tampered", f"pack.toml says {size_of['version']}, the index {version}", version)
            shrinks = shrinkage(pack_size(installed), size_of)
            allowed = manifest.get("allow_shrink") is True
            if shrinks and not allowed:
                raise Refused("pack_shrinks", f"the pack {'; '.join(shrinks)} compared with the installed "
                                              f"{installed_version}: a pack that loses profiles, [[map]] entries "
                                              "or rules must be built with `rules build --allow-shrink`", version)
            engine = make_engine(load_pack(staging))        # it passed the gate: safe to load here
            entry = {"version": version, "name": manifest["name"], "created": manifest["created"],
                     "as_of": manifest["as_of"], "review_by": manifest["review_by"], "sha256": latest["sha256"],
                     "signer": {"key_id": signer.key_id, "name": signer.name}, "installed_at": iso(now),
                     "source": "update"}
            if shrinks:
                entry["shrinks"] = "; ".join(shrinks)
            self.store.commit(staging, entry)
            self.store.update_state(index_published=offer.signed["published"])
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        return engine, entry
