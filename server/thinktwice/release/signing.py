"""Ed25519 keys and signatures, with the `cryptography` library.

A public key is one line of text, `ed25519 <base64 of the 32 raw bytes> <name>`, so it can be pasted
into settings or kept as a file. The private key is PKCS#8 PEM, written with mode 0600 and never
meant for the repository (.gitignore has *.key and *.pem). A key's id is the first 16 hex digits of
the sha256 of its raw bytes.

`cryptography` is imported on first use (`_ed25519`): a service that verifies no update never needs it,
and it would add ~6 MB of resident memory and ~65 ms to every start.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PRIVATE_NAME, PUBLIC_NAME = "thinktwice-rules.key", "thinktwice-rules.pub"


class SigningError(ValueError):
    """A key or signature that cannot be used, with the reason."""


def _ed25519() -> SimpleNamespace:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

    return SimpleNamespace(InvalidSignature=InvalidSignature, serialization=serialization,
                           Ed25519PrivateKey=Ed25519PrivateKey, Ed25519PublicKey=Ed25519PublicKey)


@dataclass(frozen=True)
class PublicKey:
    key: Ed25519PublicKey
    raw: bytes
    name: str

    @property
    def key_id(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()[:16]

    def text(self) -> str:
        return f"ed25519 {base64.b64encode(self.raw).decode()} {self.name}".rstrip()

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            self.key.verify(signature, data)
            return True
        except _ed25519().InvalidSignature:
            return False


def keygen(out_dir: str | Path, name: str = "comms team") -> tuple[Path, Path]:
    """Write a new private key (mode 0600) and its public key into `out_dir`; never overwrite a key."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    private_path, public_path = out / PRIVATE_NAME, out / PUBLIC_NAME
    if private_path.exists() or public_path.exists():
        raise SigningError(f"{out} already has a key; move it away first (keys are never overwritten)")
    ed = _ed25519()
    serialization = ed.serialization
    private = ed.Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    public_path.write_text(PublicKey(private.public_key(), raw, " ".join(name.split())).text() + "\n",
                           encoding="utf-8")
    return private_path, public_path


def load_private(path: str | Path) -> Ed25519PrivateKey:
    ed = _ed25519()
    try:
        key = ed.serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise SigningError(f"{path}: not a private key: {exc}") from None
    if not isinstance(key, ed.Ed25519PrivateKey):
        raise SigningError(f"{path}: not an Ed25519 private key")
    return key


def public_of(private: Ed25519PrivateKey, name: str = "") -> PublicKey:
    serialization = _ed25519().serialization
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PublicKey(private.public_key(), raw, name)


def parse_public(text: str) -> PublicKey:
    """A public key from its line (`ed25519 BASE64 [name]`) or from bare base64."""
    parts = text.strip().split(None, 2)
    if parts and parts[0] == "ed25519":
        parts = parts[1:]
    if not parts:
        raise SigningError("empty public key")
    try:
        raw = base64.b64decode(parts[0], validate=True)
    except (binascii.Error, ValueError):
        raise SigningError("the public key is not base64") from None
    if len(raw) != 32:
        raise SigningError("an Ed25519 public key has 32 bytes")
    return PublicKey(_ed25519().Ed25519PublicKey.from_public_bytes(raw), raw, parts[1] if len(parts) > 1 else "")


def load_public(value: str) -> PublicKey:
    """A trusted key as given in settings: a path to a .pub file, or the key's text itself."""
    path = Path(value).expanduser()
    if len(value) < 4096 and path.is_file():
        try:
            return parse_public(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise SigningError(f"{value}: cannot be read: {exc}") from None
    return parse_public(value)


def sign(private: Ed25519PrivateKey, data: bytes) -> dict:
    """A detached signature document for `data`."""
    return {"algorithm": "ed25519", "key_id": public_of(private).key_id,
            "signature": base64.b64encode(private.sign(data)).decode()}


def sign_file(pack: str | Path, key: str | Path) -> Path:
    """Write PACK.sig beside PACK."""
    pack = Path(pack)
    try:
        data = pack.read_bytes()
    except OSError as exc:
        raise SigningError(f"{pack}: cannot be read: {exc}") from None
    out = pack.with_name(pack.name + ".sig")
    out.write_text(json.dumps(sign(load_private(key), data), indent=1) + "\n", encoding="utf-8")
    return out


def verify(data: bytes, signature_doc, trusted: list[PublicKey]) -> PublicKey:
    """The trusted key whose signature `signature_doc` is over `data`, or SigningError saying why not."""
    if not isinstance(signature_doc, dict) or signature_doc.get("algorithm") != "ed25519":
        raise SigningError("the signature is not an Ed25519 signature document")
    try:
        signature = base64.b64decode(str(signature_doc.get("signature", "")), validate=True)
    except (binascii.Error, ValueError):
        raise SigningError("the signature is not base64") from None
    by_id = {k.key_id: k for k in trusted}
    key = by_id.get(signature_doc.get("key_id"))
    if key is None:
        raise SigningError(f"signed by key {str(signature_doc.get('key_id'))[:32]!r}, which is not a trusted key")
    if not key.verify(signature, data):
        raise SigningError(f"the signature does not verify with trusted key {key.key_id}: "
                           "the content was changed after signing, or another key signed it")
    return key
