"""Where each browser looks for a native messaging host, and whether it is present, on Linux, macOS
and Windows (per user). Data only: setup.py writes what these say for the platform it runs on, and the
tests check the other platforms' answers on Linux.

A browser is *present* when its settings folder exists (it has been run by this user) or, on Linux and
macOS, its program is installed (on PATH; in /Applications). Chromium, Chrome, Edge and Brave read the
same manifest (allowed_origins); Firefox needs its own file (allowed_extensions: it refuses a manifest
that also carries allowed_origins).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath, PurePosixPath, PureWindowsPath


@dataclass(frozen=True)
class Browser:
    kind: str                        # what --browser-dir calls it
    name: str
    family: str                      # "chromium" (allowed_origins) or "firefox" (allowed_extensions)
    linux_dir: str                   # under XDG_CONFIG_HOME (~/.config); Firefox's: under HOME
    linux_programs: tuple[str, ...]
    mac_dir: str                     # under ~/Library/Application Support
    mac_app: str                     # in /Applications
    windows_key: str                 # under HKEY_CURRENT_USER
    windows_dir: str                 # its settings under %LOCALAPPDATA% (Firefox: %APPDATA%)


BROWSERS = (
    Browser("chromium", "Chromium", "chromium", "chromium", ("chromium", "chromium-browser"),
            "Chromium", "Chromium.app", r"Software\Chromium", r"Chromium\User Data"),
    Browser("chrome", "Google Chrome", "chromium", "google-chrome", ("google-chrome", "google-chrome-stable"),
            "Google/Chrome", "Google Chrome.app", r"Software\Google\Chrome", r"Google\Chrome\User Data"),
    Browser("edge", "Microsoft Edge", "chromium", "microsoft-edge", ("microsoft-edge", "microsoft-edge-stable"),
            "Microsoft Edge", "Microsoft Edge.app", r"Software\Microsoft\Edge", r"Microsoft\Edge\User Data"),
    Browser("brave", "Brave", "chromium", "BraveSoftware/Brave-Browser", ("brave-browser", "brave"),
            "BraveSoftware/Brave-Browser", "Brave Browser.app", r"Software\BraveSoftware\Brave-Browser",
            r"BraveSoftware\Brave-Browser\User Data"),
    Browser("firefox", "Firefox", "firefox", ".mozilla", ("firefox", "firefox-esr"),
            "Mozilla", "Firefox.app", r"Software\Mozilla", r"Mozilla\Firefox"),
)
KINDS = tuple(b.kind for b in BROWSERS)


def browser(kind: str) -> Browser:
    for b in BROWSERS:
        if b.kind == kind:
            return b
    raise ValueError(f"unknown browser {kind!r} (one of: {', '.join(KINDS)})")


@dataclass(frozen=True)
class Machine:
    """The platform, home and environment to install for (the running one, or another for the tests)."""
    system: str                      # "linux", "darwin" or "windows"
    home: PurePath
    env: dict

    def path(self, *parts) -> PurePath:
        return (PureWindowsPath if self.system == "windows" else PurePosixPath)(*parts)

    @property
    def config_home(self) -> PurePath:       # Linux: XDG_CONFIG_HOME, where Chromium & co. keep their settings
        return self.path(self.env.get("XDG_CONFIG_HOME") or self.home / ".config")


def settings_dirs(b: Browser, m: Machine) -> list[PurePath]:
    """The folders whose existence says the browser has been used here."""
    if m.system == "linux":
        if b.family == "firefox":
            return [m.home / ".mozilla", m.config_home / "mozilla"]    # ESR 153 keeps profiles in ~/.config/mozilla
        return [m.config_home / b.linux_dir]
    if m.system == "darwin":
        support = m.home / "Library" / "Application Support"
        return [support / ("Firefox" if b.family == "firefox" else b.mac_dir)]
    base = m.env.get("APPDATA" if b.family == "firefox" else "LOCALAPPDATA")
    return [m.path(base, b.windows_dir)] if base else []


def manifest_dir(b: Browser, m: Machine) -> PurePath | None:
    """The per-user folder the browser reads host manifests from; None on Windows (the registry names them)."""
    if m.system == "linux":
        if b.family == "firefox":
            return m.home / ".mozilla" / "native-messaging-hosts"   # not ~/.config/mozilla: Firefox never reads that
        return m.config_home / b.linux_dir / "NativeMessagingHosts"
    if m.system == "darwin":
        return m.home / "Library" / "Application Support" / b.mac_dir / "NativeMessagingHosts"
    return None


def registry_key(b: Browser, host_name: str) -> str:
    """Windows: the key under HKEY_CURRENT_USER whose default value is the path of the host's manifest."""
    return rf"{b.windows_key}\NativeMessagingHosts\{host_name}"


def is_present(b: Browser, m: Machine, exists, which) -> bool:
    """`exists(path)` and `which(program)` are os.path.exists and shutil.which, or the tests' own."""
    if any(exists(d) for d in settings_dirs(b, m)):
        return True
    if m.system == "linux":
        return any(which(p) for p in b.linux_programs)
    if m.system == "darwin":
        return exists(m.path("/Applications", b.mac_app)) or exists(m.home / "Applications" / b.mac_app)
    return False
