"""The service's rule pack: which one to start with, checking for updates, and swapping engines.

At start the newest working pack wins (choose_pack, which the CLI's check and eval use too): an
explicitly configured RULES_DIR, else the installed update if it is newer than the bundled pack and
loads, else the previous install, else the bundled pack.
With an update URL and trusted keys (config UPDATE_URL and TRUSTED_KEYS, or `serve --update-url
--trusted-key`) the feed is checked at start, every UPDATE_INTERVAL seconds (an hour) and on
`POST /v1/rules/update`. A new engine is built completely before it replaces the old one. An installed
pack is used only if its files are still the ones installed (InstallStore.verified); one that cannot be
used, for whatever reason, is noted and the next pack down is tried. Config UPDATE_LIMITS changes the
update check's limits (release/updater.py Limits).
"""
from __future__ import annotations

import logging
import threading
import tomllib
from datetime import date
from pathlib import Path

from ..engine import Engine, default_rules_dir
from ..files import make_private, note, private_directory
from ..pack import Pack, PackError, load_pack
from ..release import bundle, signing
from ..release.installs import InstallStore
from ..release.updater import Limits, Updater

log = logging.getLogger(__name__)
DEFAULT_INTERVAL = 3600


def _bundled_version(rules_dir: Path) -> str:
    try:
        return str(tomllib.loads((rules_dir / "pack.toml").read_text(encoding="utf-8")).get("version", "0"))
    except (OSError, tomllib.TOMLDecodeError):
        return "0"


def _newer(a: str, b: str) -> bool:
    try:
        return bundle.version_key(a) > bundle.version_key(b)
    except PackError:
        return False


def choose_pack(data_dir: str | Path, rules_dir: str | Path | None = None) -> tuple[Pack, dict, list[str]]:
    """(the pack to check with, where it came from, notes on installed packs that could not be used).

    `rules_dir` wins when given; else the installed update in `data_dir` if it is newer than the
    bundled pack and loads, else the previous install, else the bundled pack. Unlike the service's
    start it leaves .incoming directories alone (a running service may be writing one), starts no
    update checks and creates nothing where nothing was installed, so the CLI can call it while the
    service runs. Raises PackError when the pack it settles on is broken.
    """
    if rules_dir:
        return load_pack(rules_dir), {"source": "directory", "path": str(rules_dir)}, []
    bundled_dir = default_rules_dir()
    bundled_version = _bundled_version(bundled_dir)
    notes = []
    store = InstallStore(data_dir, notes) if InstallStore.record_path(data_dir).is_file() else None
    state = store.state() if store else {}
    for which in ("current", "previous"):
        entry = state.get(which)
        if not entry or not _newer(entry.get("version", "0"), bundled_version):
            continue
        try:
            pack = load_pack(store.verified(entry))
            if pack.version != entry["version"]:
                raise PackError(f"it says it is {pack.version}")
            return pack, dict(entry), notes
        except Exception as exc:        # whatever is wrong with an installed pack, the next one down is used
            reason = exc if isinstance(exc, (PackError, OSError)) else type(exc).__name__
            notes.append(f"the installed pack {entry.get('version')} could not be loaded ({reason})")
    return load_pack(bundled_dir), {"source": "bundled"}, notes


def describe_origin(origin: dict) -> str:
    """Where a pack came from, for people: "bundled", "installed update" or "from PATH" (a rules directory)."""
    source = origin.get("source")
    if source == "update":
        return "installed update"
    if source == "directory":
        return f"from {origin.get('path')}"
    return source or "unknown"


def trusted_keys(value) -> list[signing.PublicKey]:
    """TRUSTED_KEYS as configured: one key (path or text) or a list of them."""
    values = [value] if isinstance(value, str) else list(value or [])
    return [signing.load_public(v) for v in values if str(v).strip()]


class RuleService:
    def __init__(self, config: dict, data_dir: str | Path, notes: list | None = None):
        self.max_text = int(config.get("MAX_TEXT_CHARS", 20_000))
        self.budget_ms = config.get("CHECK_BUDGET_MS")
        self.interval = float(config.get("UPDATE_INTERVAL") or DEFAULT_INTERVAL)
        self.check_at_start = bool(config.get("UPDATE_CHECK_AT_START", True))
        self.notes = notes                  # the service's notes (GET /v1/health)
        self.store = InstallStore(data_dir, notes)
        url = config.get("UPDATE_URL")
        self.trusted = trusted_keys(config.get("TRUSTED_KEYS"))
        self.updater = Updater(self.store, url, self.trusted, Limits.of(config.get("UPDATE_LIMITS"))) if url else None
        self.startup_notes: list[str] = []
        self.engine, self.origin = self._startup(data_dir, config.get("RULES_DIR"))
        self._extensions: dict | None = None
        self._check_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def make_engine(self, pack) -> Engine:
        return Engine(pack, max_text=self.max_text, budget_ms=self.budget_ms)

    # -- start -------------------------------------------------------------------------------------
    def _startup(self, data_dir, rules_dir) -> tuple[Engine, dict]:
        private_directory(self.store.root, self.notes)
        loose = make_private(self.store.root.rglob("*"))
        if loose:
            self._note(f"{loose} file(s) of installed packs were open to other users; they are now owner-only")
        for name in self.store.clean_leftovers():
            self._note(f"removed {name}, left by an interrupted install")
        pack, origin, notes = choose_pack(data_dir, rules_dir)
        for message in notes:
            self._note(message)
        return self.make_engine(pack), origin

    def _note(self, message: str) -> None:
        self.startup_notes.append(message)
        note(self.notes, message)

    def attach(self, extensions: dict) -> None:
        """Serve from `extensions["engine"]`, which every request reads afresh."""
        self._extensions = extensions
        extensions["engine"] = self.engine

    def start(self) -> None:
        if self.updater is None or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="thinktwice-rule-updates", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        if not self.check_at_start and self._stop.wait(self.interval):
            return
        while not self._stop.is_set():
            self.check_now()
            if self._stop.wait(self.interval):
                return

    # -- checking ----------------------------------------------------------------------------------
    def check_now(self) -> dict | None:
        """Check the feed once (serialised with other checks); None when updates are not configured."""
        if self.updater is None:
            return None
        with self._check_lock:
            outcome, engine = self.updater.check(self.engine.pack, self.make_engine)
            if engine is not None:
                state = self.store.state()
                if state.get("previous") is None:       # the first install: the pack it replaced came with us
                    self.store.update_state(previous={"version": self.engine.pack.version,
                                                      "source": self.origin.get("source")})
                self.engine, self.origin = engine, dict(state.get("current") or {})
                make_private(self.store.root.rglob("*"))        # the pack's files as written: owner-only
                if self._extensions is not None:
                    self._extensions["engine"] = engine
                log.info("rules updated to %s", engine.pack.version)
            return outcome

    def describe(self) -> dict:
        """What GET /v1/rules adds: where the pack came from, the last check, the previous pack, history."""
        state = self.store.state()
        engine = self.engine if self._extensions is None else self._extensions["engine"]
        origin = dict(self.origin)
        origin.setdefault("signer", None)
        previous = state.get("previous") if origin.get("source") == "update" else None
        last = state.get("last_check") or ({"status": "not_configured",
                                            "reason": "no update URL is set (serve --update-url URL --trusted-key KEY)"}
                                           if self.updater is None else {"status": "not_checked_yet"})
        return {
            "installed": {"source": origin.get("source"), "signer": origin.get("signer"),
                          "installed_at": origin.get("installed_at"), "sha256": origin.get("sha256")},
            "last_update": last,
            "previous": previous,
            "history": self.store.history(),
            "updates": {"url": self.updater.url if self.updater else None,
                        "trusted_keys": [{"key_id": k.key_id, "name": k.name} for k in self.trusted],
                        "interval_seconds": self.interval, "startup_notes": self.startup_notes},
            "elections": [e.describe(date.today()) for e in engine.pack.elections],
        }
