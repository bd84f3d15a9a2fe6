"""One-file rule packs: the pack's TOML files and a manifest, as canonical JSON.

    {"format": 1,
     "manifest": {"name", "version", "created", "as_of", "review_by", "allow_shrink",
                  "files": {"pack.toml": {"sha256", "size"}, "detectors/political.toml": {...}, ...}},
     "files": {"pack.toml": "<text>", ...}}

The file's bytes are what gets signed. Reading a bundle checks every file against the manifest and
refuses paths outside the pack's layout, so a bundle can never write anywhere else. `allow_shrink`
(`rules build --allow-shrink`) says the comms team means the pack to have fewer profiles, [[map]]
entries or rules than the one before it; services refuse such a pack otherwise (`pack_shrinks`).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import tomllib
from datetime import datetime, timezone
from pathlib import Path

from ..files import fsync_directory
from ..pack import PackError

FORMAT = 1
MAX_BUNDLE_BYTES = 32 * 1024 * 1024
SAFE_PATH = re.compile(r"^(?:pack\.toml|(?:detectors|lexicons|policies)/[A-Za-z0-9_.-]+\.toml)$")
VERSION = re.compile(r"^\d{1,9}(?:\.\d{1,9}){0,3}$")


def version_key(version: str) -> tuple[int, ...]:
    """'2026.11.21' -> (2026, 11, 21); versions compare numerically, part by part."""
    if not isinstance(version, str) or not VERSION.match(version):
        raise PackError(f"version {version!r} is not dotted numbers such as 2026.11.21")
    return tuple(int(p) for p in version.split("."))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def pack_files(root: Path) -> list[str]:
    """The files a pack directory contributes, in a fixed order."""
    names = ["pack.toml"]
    for sub in ("detectors", "lexicons", "policies"):
        names += [f"{sub}/{p.name}" for p in sorted((root / sub).glob("*.toml"))]
    return names


def _stamp(pack_toml: str, version: str, created: str) -> str:
    """Set `version` and `created` in pack.toml's top-level table, keeping everything else as written."""
    head, sep, rest = pack_toml.partition("\n[")
    for key, value in (("version", version), ("created", created)):
        line = f'{key} = "{value}"'
        pattern = re.compile(rf"^{key}\s*=.*$", re.MULTILINE)
        head = pattern.sub(line, head, count=1) if pattern.search(head) else head.rstrip("\n") + "\n" + line + "\n"
    return head + sep + rest


def build(root: str | Path, version: str, created: datetime | None = None, allow_shrink: bool = False) -> bytes:
    """The bundle for the pack directory `root`, stamped with `version`."""
    root = Path(root)
    version_key(version)
    created = (created or datetime.now(timezone.utc)).replace(microsecond=0)
    texts = {}
    for name in pack_files(root):
        try:
            texts[name] = (root / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PackError(f"{name}: cannot be read: {exc}") from None
    texts["pack.toml"] = _stamp(texts["pack.toml"], version, created.date().isoformat())
    try:
        meta = tomllib.loads(texts["pack.toml"])
    except tomllib.TOMLDecodeError as exc:
        raise PackError(f"pack.toml: not valid TOML: {exc}") from None
    manifest = {
        "name": meta.get("name", "thinktwice-rules"),
        "version": version,
        "created": created.isoformat().replace("+00:00", "Z"),
        "as_of": meta.get("as_of", {}),
        "review_by": meta.get("review_by", {}),
        "allow_shrink": bool(allow_shrink),
        "files": {name: {"sha256": sha256(text.encode("utf-8")), "size": len(text.encode("utf-8"))}
                  for name, text in texts.items()},
    }
    return canonical({"format": FORMAT, "manifest": manifest, "files": texts})


def canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def read(data: bytes) -> tuple[dict, dict[str, str]]:
    """(manifest, {path: text}) from a bundle's bytes, or PackError saying what is wrong."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise PackError(f"the pack is larger than {MAX_BUNDLE_BYTES} bytes")
    try:
        doc = json.loads(data)
    except (ValueError, RecursionError):
        raise PackError("the pack file is not a ThinkTwice pack (not JSON)") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise PackError(f"the pack file is not a format-{FORMAT} ThinkTwice pack")
    manifest, files = doc.get("manifest"), doc.get("files")
    if not isinstance(manifest, dict) or not isinstance(files, dict) or not isinstance(manifest.get("files"), dict):
        raise PackError("the pack has no manifest or no files")
    version_key(manifest.get("version"))
    if set(files) != set(manifest["files"]):
        raise PackError("the pack's files do not match its manifest")
    for name, text in files.items():
        if not SAFE_PATH.match(name):
            raise PackError(f"the pack contains a file outside the pack layout: {name!r}")
        entry = manifest["files"][name]
        if not isinstance(text, str) or not isinstance(entry, dict) or sha256(text.encode("utf-8")) != entry.get("sha256"):
            raise PackError(f"{name}: its sha256 does not match the manifest")
    if "pack.toml" not in files:
        raise PackError("the pack has no pack.toml")
    return manifest, files


def write_tree(files: dict[str, str], target: Path) -> None:
    """Write the pack's files under `target` as their exact UTF-8 bytes (the manifest's sha256), each
    flushed and fsynced, then the directories."""
    dirs = {target}
    for name, text in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        dirs.add(path.parent)
        with open(path, "wb") as f:
            f.write(text.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
    for d in dirs:
        fsync_directory(d)


