"""Rule packs as released artefacts: lint, build, sign, publish, and install updates safely.

    lint.py       checks beyond loading: examples both ways, patterns that cannot run away
    bundle.py     one-file versioned packs with a manifest of sha256 per file
    signing.py    Ed25519 keys and signatures
    publish.py    the static feed: packs, signatures and a signed, expiring index
    updater.py    the service's side: fetch, verify, test, install atomically, keep the previous pack
    elections.py  dated election windows declared in a pack
"""
