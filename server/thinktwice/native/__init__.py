"""Native messaging: how the browser extension finds, starts and pairs with the local service without
the user typing anything (issue 15).

- `host.py` is the host the browser launches (`thinktwice-host`): length-prefixed JSON on stdin/stdout,
  answering `hello`, `start` and `pair`. Standard library only, so it starts in a few tens of ms.
- `service.py` is what the host and `thinktwice serve` share: the address file the service records at
  start, the health probe, and starting the service detached.
- `setup.py` is `thinktwice setup`: the host's manifests for the browsers present, the launcher they name,
  and the service's per-user autostart, built as data (`browsers.py`, `autostart.py`) for Linux, macOS
  and Windows, then written (or removed) for the platform it runs on.
"""
