"""`thinktwice setup`: register the native messaging host for the browsers present, and start the
service at login; `--uninstall` removes all of it.

The browsers start the host through a *launcher* that setup writes into `<data dir>/native-host/`:
a manifest's `path` must be an absolute path to an executable (with a shebang on Linux and macOS), and
the console script's own place differs between a venv, pipx and `pip install --user`. The launcher names
the Python that ran setup and the folder holding the thinktwice package, runs it without site-packages
(`-I -S`: the host needs only the standard library, and skipping `site` halves Python's start-up), and
sets THINKTWICE_DATA_DIR to the data directory setup was run for, unless the browser's environment sets
it. Run `thinktwice setup` again after moving or recreating the installation.

Everything is planned as data (artefacts.py) for Linux, macOS or Windows, then written here for the
platform this runs on; writing is idempotent and says what it wrote where.
"""
from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path, PurePath

from . import autostart, ids
from .artefacts import HKCU, Command, File, RegistryValue
from .browsers import BROWSERS, Browser, Machine, browser, is_present, manifest_dir, registry_key

LAUNCHER_DIR = "native-host"
DESCRIPTION = "ThinkTwice: lets the browser extension find, start and pair with the local checker"


def current_machine() -> Machine:
    system = {"darwin": "darwin", "win32": "windows"}.get(sys.platform, "linux")
    return Machine(system, Path.home(), dict(os.environ))


def package_root() -> Path:
    """The folder that holds the thinktwice package (site-packages, or server/ in a checkout)."""
    return Path(__file__).resolve().parents[2]


# -- what setup writes -----------------------------------------------------------------------------
def launcher_path(m: Machine, data_dir: PurePath) -> PurePath:
    return m.path(data_dir, LAUNCHER_DIR, "thinktwice-host.bat" if m.system == "windows" else "thinktwice-host")


def launcher_files(m: Machine, python: PurePath, root: PurePath, data_dir: PurePath) -> list[File]:
    path = launcher_path(m, data_dir)
    what = "the launcher the browsers start"
    start = (f"import sys; sys.path.insert(0, {json.dumps(str(root))}); "
             "from thinktwice.native.host import main; sys.exit(main())")
    if m.system == "windows":
        script = path.with_name("thinktwice_host.py")
        bat = (f"@echo off\r\nrem Written by `thinktwice setup`; `thinktwice setup --uninstall` removes it.\r\n"
               f'if not defined THINKTWICE_DATA_DIR set "THINKTWICE_DATA_DIR={_bat(data_dir)}"\r\n'
               f'"{_bat(python)}" -I -S "{_bat(script)}" %*\r\n')
        return [File(script, start + "\n", "the host's start, run by the launcher"), File(path, bat, what)]
    sh = ("#!/bin/sh\n"
          "# Written by `thinktwice setup`: the browser starts this to ask the ThinkTwice checker for its\n"
          "# address and pairing token (native messaging). `thinktwice setup --uninstall` removes it.\n"
          f'if [ -z "${{THINKTWICE_DATA_DIR:-}}" ]; then THINKTWICE_DATA_DIR={shlex.quote(str(data_dir))}; fi\n'
          "export THINKTWICE_DATA_DIR\n"
          f'exec {shlex.quote(str(python))} -I -S -c {shlex.quote(start)} "$@"\n')
    return [File(path, sh, what, executable=True)]


def manifest(b: Browser, launcher: PurePath) -> str:
    allowed = ({"allowed_extensions": [ids.FIREFOX_ADDON_ID]} if b.family == "firefox"
               else {"allowed_origins": [ids.chromium_origin()]})
    body = {"name": ids.HOST_NAME, "description": DESCRIPTION, "path": str(launcher), "type": "stdio", **allowed}
    return json.dumps(body, indent=2) + "\n"


def manifest_path(b: Browser, m: Machine, folder: PurePath) -> PurePath:
    # Windows: one folder of ours holds both families' manifests, so the name says which; elsewhere the
    # browsers require <host name>.json.
    name = f"{ids.HOST_NAME}.{b.family}.json" if m.system == "windows" else f"{ids.HOST_NAME}.json"
    return m.path(folder, name)


def default_manifest_dir(b: Browser, m: Machine, data_dir: PurePath) -> PurePath:
    return manifest_dir(b, m) or m.path(data_dir, LAUNCHER_DIR)


def host_artefacts(m: Machine, targets, launcher: PurePath) -> list:
    """The manifests (and on Windows the registry values naming them) for [(Browser, folder)]."""
    items, seen = [], set()
    for b, folder in targets:
        path = manifest_path(b, m, folder)
        if path not in seen:
            seen.add(path)
            items.append(File(path, manifest(b, launcher), f"{b.name if m.system != 'windows' else b.family}: "
                                                           "host manifest"))
        if m.system == "windows":
            items.append(RegistryValue(registry_key(b, ids.HOST_NAME), "", str(path), f"{b.name}: names the manifest"))
    return items


def present_targets(m: Machine, data_dir: PurePath, exists=os.path.exists, which=shutil.which) -> list:
    return [(b, default_manifest_dir(b, m, data_dir)) for b in BROWSERS if is_present(b, m, exists, which)]


def every_target(m: Machine, data_dir: PurePath) -> list:
    return [(b, default_manifest_dir(b, m, data_dir)) for b in BROWSERS]


def plan(m: Machine, python: PurePath, root: PurePath, data_dir: PurePath, targets, autostart_items) -> list:
    launcher = launcher_files(m, python, root, data_dir)
    return launcher + host_artefacts(m, targets, launcher[-1].path) + list(autostart_items)


def parse_browser_dirs(values: list[str]) -> list:
    """["chromium=/tmp/profile/NativeMessagingHosts", ...] -> [(Browser, Path)]; ValueError naming the problem."""
    targets = []
    for value in values:
        kind, sep, folder = value.partition("=")
        if not sep or not folder:
            raise ValueError(f"--browser-dir {value!r}: write KIND=DIR, e.g. chromium=/path/NativeMessagingHosts")
        targets.append((browser(kind.strip().lower()), Path(folder).expanduser().absolute()))
    return targets


# -- doing it --------------------------------------------------------------------------------------
def register(m: Machine, python: Path, root: Path, data_dir: Path, targets, with_autostart: bool) -> list[str]:
    """Write the launcher, the manifests for `targets` and (if asked) the autostart; what was done where."""
    from ..files import private_directory

    systemd = m.system == "linux" and with_autostart and autostart.systemd_user_works()
    starts = autostart.artefacts(m, python, data_dir, systemd) if with_autostart else []
    private_directory(data_dir)
    return install(plan(m, python, root, data_dir, targets, starts))


def unregister(m: Machine, python: Path, root: Path, data_dir: Path, targets, with_autostart: bool) -> list[str]:
    """Remove the manifests in `targets`' folders, the autostart (if asked, whichever kind is there) and
    the launcher, unless a manifest in the browsers' usual folders still names it; what was removed."""
    starts = autostart.every_artefact(m, python, data_dir) if with_autostart else []
    if not (m.system == "linux" and Path(autostart.systemd_unit_path(m)).exists() and autostart.systemd_user_works()):
        starts = [item for item in starts if not isinstance(item, Command)]
    launcher = launcher_files(m, python, root, data_dir)
    lines = uninstall(host_artefacts(m, targets, launcher[-1].path) + starts)
    kept = still_named(m, launcher[-1].path, data_dir)
    if kept:
        return lines + [f"kept      {launcher[-1].path}  (still named by {', '.join(map(str, kept))})"]
    return lines + uninstall(launcher)


def install(items) -> list[str]:
    """Write `items` on this machine; one line per thing done, saying what and where."""
    lines = []
    for item in items:
        if isinstance(item, Command):
            lines += [_run(argv, item.what) for argv in item.install]
        else:
            lines.append(_install(item))
    return lines


def _install(item) -> str:
    if isinstance(item, File):
        path = Path(item.path)
        # The launcher and its folder are the user's alone, like the rest of the data directory; the
        # browsers' manifest folders are theirs, and a manifest holds nothing private.
        mode = 0o700 if item.executable else 0o644
        if _same(path, item.content, mode):
            return f"unchanged {path}  ({item.what})"
        from ..files import write_atomic

        path.parent.mkdir(parents=True, exist_ok=True, **({"mode": 0o700} if path.parent.name == LAUNCHER_DIR else {}))
        write_atomic(path, item.content.encode("utf-8"), mode=mode)
        return f"wrote     {path}  ({item.what})"
    _registry_set(item.key, item.name, item.value)
    return f"set       {HKCU}\\{item.key} {item.name or '(default)'} = {item.value}  ({item.what})"


def uninstall(items) -> list[str]:
    """Remove `items` from this machine, last first; one line per thing removed."""
    lines = []
    for item in reversed(items):
        if isinstance(item, File):
            path = Path(item.path)
            if os.path.lexists(path):
                path.unlink()
                lines.append(f"removed   {path}  ({item.what})")
                if path.parent.name == LAUNCHER_DIR:
                    _remove_if_empty(path.parent)
        elif isinstance(item, RegistryValue):
            if _registry_delete(item.key, item.name):
                lines.append(f"removed   {HKCU}\\{item.key} {item.name or '(default)'}  ({item.what})")
        else:
            lines += [_run(argv, item.what) for argv in item.remove]
    return lines


def still_named(m: Machine, launcher: PurePath, data_dir: PurePath) -> list[Path]:
    """Manifests in the browsers' usual folders that still name `launcher` (so it must stay)."""
    found = []
    for b, folder in every_target(m, data_dir):
        path = Path(manifest_path(b, m, folder))
        try:
            if json.loads(path.read_text(encoding="utf-8")).get("path") == str(launcher):
                found.append(path)
        except (OSError, ValueError, AttributeError):
            continue
    return found


def _same(path: Path, content: str, mode: int) -> bool:
    try:
        return (path.read_text(encoding="utf-8") == content
                and (os.name == "nt" or (path.stat().st_mode & 0o777) == mode))
    except (OSError, UnicodeDecodeError):
        return False


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


def _run(argv, what: str) -> str:
    shown = " ".join(shlex.quote(a) for a in argv)
    try:
        done = subprocess.run(list(argv), stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"failed    {shown}  ({what}: {exc})"
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
        return f"failed    {shown}  ({what}: {why})"
    return f"ran       {shown}  ({what})"


def _registry_set(key: str, name: str, value: str) -> None:
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
        winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)


def _registry_delete(key: str, name: str) -> bool:
    """Delete the value `name` ("" : the whole key, which holds only its default value); False if absent."""
    import winreg

    try:
        if name:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, name)
        else:
            winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)
    except FileNotFoundError:
        return False
    return True


def _bat(path) -> str:
    return str(path).replace("%", "%%")


# -- naming the command ----------------------------------------------------------------------------
def thinktwice_command() -> str:
    """How to run `thinktwice` in a terminal here: the bare name when it is this installation's (or
    the only one on PATH), else the full path of the console script beside this Python, else python -m."""
    found = shutil.which("thinktwice")
    mine = Path(sys.executable).with_name("thinktwice.exe" if os.name == "nt" else "thinktwice")
    if mine.exists():
        if found and os.path.samefile(found, mine):
            return "thinktwice"
        return shlex.quote(str(mine))
    if found:
        return "thinktwice"
    return f"{shlex.quote(sys.executable)} -m thinktwice"

