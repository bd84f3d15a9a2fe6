"""Starting the service when the user logs in, per platform:
- Linux: a systemd user unit, enabled, where `systemctl --user` works; otherwise an XDG autostart entry
  (~/.config/autostart/thinktwice.desktop), which desktop sessions (GNOME, KDE, Xfce...) start at login;
- macOS: a LaunchAgent (~/Library/LaunchAgents/org.thinktwice.checker.plist), loaded at the next login;
- Windows: a value under HKCU\\...\\CurrentVersion\\Run, run with pythonw (no console window).
Nothing restarts the service when it stops: the extension asks the host to start it whenever it does not
answer."""
from __future__ import annotations

import plistlib
import subprocess
from pathlib import PurePath

from .artefacts import Command, File, RegistryValue
from .browsers import Machine

UNIT = "thinktwice.service"
LAUNCH_AGENT = "org.thinktwice.checker"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "ThinkTwice"
DESCRIPTION = "ThinkTwice checker: the local service the ThinkTwice browser extension asks"


def service_command(python: PurePath, data_dir: PurePath) -> list[str]:
    return [str(python), "-m", "thinktwice", "serve", "--data-dir", str(data_dir)]


def systemd_unit_path(m: Machine) -> PurePath:
    return m.config_home / "systemd" / "user" / UNIT


def desktop_entry_path(m: Machine) -> PurePath:
    return m.config_home / "autostart" / "thinktwice.desktop"


def launch_agent_path(m: Machine) -> PurePath:
    return m.home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT}.plist"


def systemd_artefacts(m: Machine, python: PurePath, data_dir: PurePath) -> list:
    exec_start = " ".join(_systemd_quote(a) for a in service_command(python, data_dir))
    unit = (f"[Unit]\nDescription={DESCRIPTION}\n\n"
            f"[Service]\nType=simple\nExecStart={exec_start}\n\n"
            "[Install]\nWantedBy=default.target\n")
    reload = ("systemctl", "--user", "daemon-reload")
    return [Command(install=(), remove=(reload,), what="systemd forgets the removed unit"),
            File(systemd_unit_path(m), unit, "systemd user unit: starts the checker at login"),
            Command(install=(reload, ("systemctl", "--user", "enable", UNIT)),
                    remove=(("systemctl", "--user", "disable", UNIT),), what="systemd user unit enabled")]


def desktop_artefacts(m: Machine, python: PurePath, data_dir: PurePath) -> list:
    exec_line = " ".join(_desktop_quote(a) for a in service_command(python, data_dir))
    exec_line = exec_line.replace("\\", "\\\\").replace("%", "%%")     # the key's own escaping, then field codes
    entry = ("[Desktop Entry]\nType=Application\nName=ThinkTwice checker\n"
             f"Comment={DESCRIPTION}\nExec={exec_line}\nTerminal=false\nNoDisplay=true\n"
             "X-GNOME-Autostart-enabled=true\n")
    return [File(desktop_entry_path(m), entry, "XDG autostart entry: starts the checker at login")]


def launch_agent_artefacts(m: Machine, python: PurePath, data_dir: PurePath) -> list:
    log = str(data_dir / "service.log")
    plist = {"Label": LAUNCH_AGENT, "ProgramArguments": service_command(python, data_dir), "RunAtLoad": True,
             "KeepAlive": False, "ProcessType": "Background", "StandardOutPath": log, "StandardErrorPath": log}
    return [File(launch_agent_path(m), plistlib.dumps(plist).decode("utf-8"),
                 "LaunchAgent: starts the checker at login")]


def run_key_artefacts(python: PurePath, data_dir: PurePath) -> list:
    pythonw = python.with_name("pythonw.exe") if python.name.lower() == "python.exe" else python
    command = subprocess.list2cmdline(service_command(pythonw, data_dir))
    return [RegistryValue(RUN_KEY, RUN_VALUE, command, "Run key: starts the checker at login")]


def artefacts(m: Machine, python: PurePath, data_dir: PurePath, systemd: bool) -> list:
    """The autostart for `m`; on Linux the systemd unit if `systemd`, else the XDG autostart entry."""
    if m.system == "linux":
        return (systemd_artefacts if systemd else desktop_artefacts)(m, python, data_dir)
    if m.system == "darwin":
        return launch_agent_artefacts(m, python, data_dir)
    return run_key_artefacts(python, data_dir)


def every_artefact(m: Machine, python: PurePath, data_dir: PurePath) -> list:
    """Everything any setup may have left on `m` (both Linux kinds), for --uninstall."""
    if m.system == "linux":
        return systemd_artefacts(m, python, data_dir) + desktop_artefacts(m, python, data_dir)
    return artefacts(m, python, data_dir, systemd=False)


def systemd_user_works() -> bool:
    """True when a systemd user manager answers (`systemctl --user show-environment`)."""
    try:
        return subprocess.run(["systemctl", "--user", "show-environment"], stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _systemd_quote(arg: str) -> str:
    """One ExecStart argument: double-quoted with C escapes; % and $ doubled (specifiers, variables)."""
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%").replace("$", "$$")
    return f'"{escaped}"'


def _desktop_quote(arg: str) -> str:
    """One Exec argument (Desktop Entry Specification): double-quoted, with ", `, $ and \\ escaped."""
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'
