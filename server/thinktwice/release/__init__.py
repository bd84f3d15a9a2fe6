"""The release channel: one-file packs, signatures, the published feed, and installing updates.

    bundle.py     one-file versioned packs with a manifest of sha256 per file
    signing.py    Ed25519 keys and signatures
    publish.py    the static feed: packs, signatures and a signed, expiring index
    feed.py       fetching from the feed: size caps, total deadlines, same-origin redirects, plain paths
    gate.py       a downloaded pack loaded, linted and run against its examples in a limited child process
    updater.py    the service's side: fetch, verify, test, install atomically, keep the previous pack
    installs.py   installed packs on disk
"""
