"""`thinktwice setup`: what it writes for each browser and platform (macOS and Windows as data, checked
here on Linux), and on this machine in a throwaway HOME: idempotent, undone by --uninstall, nothing
written outside that HOME. And the wheel carries the host's console script."""
from __future__ import annotations

import json
import os
import plistlib
import shutil
import socket
import struct
import subprocess
import sys
import zipfile
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from thinktwice.native import autostart, ids, setup
from thinktwice.native.artefacts import Command, File, RegistryValue
from thinktwice.native.browsers import BROWSERS, Machine, browser

ROOT = Path(__file__).resolve().parents[1]
PY = PurePosixPath("/opt/tt venv/bin/python")
ROOT_POSIX = PurePosixPath("/opt/tt venv/lib/python3.11/site-packages")
CHROMIUM_FAMILY = ("chromium", "chrome", "edge", "brave")


def linux(env=None) -> Machine:
    return Machine("linux", PurePosixPath("/home/sam"), env or {})


def everything(m: Machine, data_dir, python=PY, root=ROOT_POSIX, systemd=False) -> list:
    targets = setup.every_target(m, data_dir)
    return setup.plan(m, python, root, data_dir, targets, autostart.artefacts(m, python, data_dir, systemd))


def files(items) -> dict:
    return {str(i.path): i for i in items if isinstance(i, File)}


# -- the manifests ---------------------------------------------------------------------------------
def test_chromium_family_manifests_allow_the_extensions_origin_and_firefox_its_addon_id_only():
    launcher = PurePosixPath("/x/thinktwice-host")
    for b in BROWSERS:
        body = json.loads(setup.manifest(b, launcher))
        common = {"name": ids.HOST_NAME, "path": str(launcher), "type": "stdio"}
        assert {k: body[k] for k in common} == common and body["description"]
        if b.kind == "firefox":
            # Firefox refuses a manifest that also carries allowed_origins.
            assert set(body) == {"name", "description", "path", "type", "allowed_extensions"}
            assert body["allowed_extensions"] == ["thinktwice@thinktwice.invalid"]
        else:
            assert set(body) == {"name", "description", "path", "type", "allowed_origins"}
            assert body["allowed_origins"] == ["chrome-extension://hcpffppaihcnhpaiegjfgegmmoeahmab/"]


def test_linux_puts_each_manifest_where_its_browser_reads_it():
    m = linux()
    written = files(everything(m, PurePosixPath("/home/sam/.local/share/thinktwice")))
    launcher = "/home/sam/.local/share/thinktwice/native-host/thinktwice-host"
    expected = {
        "/home/sam/.config/chromium/NativeMessagingHosts/org.thinktwice.host.json": "allowed_origins",
        "/home/sam/.config/google-chrome/NativeMessagingHosts/org.thinktwice.host.json": "allowed_origins",
        "/home/sam/.config/microsoft-edge/NativeMessagingHosts/org.thinktwice.host.json": "allowed_origins",
        "/home/sam/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts/org.thinktwice.host.json": "allowed_origins",
        "/home/sam/.mozilla/native-messaging-hosts/org.thinktwice.host.json": "allowed_extensions",
    }
    for path, key in expected.items():
        body = json.loads(written[path].content)
        assert key in body and body["path"] == launcher
    assert set(written) == {*expected, launcher, "/home/sam/.config/autostart/thinktwice.desktop"}
    assert written[launcher].executable


def test_linux_follows_xdg_config_home_for_chromium_but_firefox_reads_only_dot_mozilla():
    m = linux({"XDG_CONFIG_HOME": "/home/sam/cfg"})
    written = files(everything(m, PurePosixPath("/d")))
    assert "/home/sam/cfg/chromium/NativeMessagingHosts/org.thinktwice.host.json" in written
    assert "/home/sam/.mozilla/native-messaging-hosts/org.thinktwice.host.json" in written
    assert "/home/sam/cfg/autostart/thinktwice.desktop" in written


def test_the_launcher_runs_the_host_with_the_python_and_package_that_ran_setup():
    m = linux()
    (launcher,) = setup.launcher_files(m, PY, ROOT_POSIX, PurePosixPath("/home/sam/data dir"))
    text = launcher.content
    assert text.startswith("#!/bin/sh\n")
    assert "THINKTWICE_DATA_DIR='/home/sam/data dir'" in text and "export THINKTWICE_DATA_DIR" in text
    assert "exec '/opt/tt venv/bin/python' -I -S -c " in text and text.rstrip().endswith('"$@"')
    assert '"/opt/tt venv/lib/python3.11/site-packages"' in text and "thinktwice.native.host" in text


def test_macos_manifests_and_launch_agent():
    m = Machine("darwin", PurePosixPath("/Users/sam"), {})
    data_dir = PurePosixPath("/Users/sam/Library/Application Support/thinktwice")
    written = files(everything(m, data_dir))
    support = "/Users/sam/Library/Application Support"
    for folder in ("Chromium", "Google/Chrome", "Microsoft Edge", "BraveSoftware/Brave-Browser", "Mozilla"):
        assert f"{support}/{folder}/NativeMessagingHosts/org.thinktwice.host.json" in written
    agent = plistlib.loads(written["/Users/sam/Library/LaunchAgents/org.thinktwice.checker.plist"].content.encode())
    assert agent["Label"] == "org.thinktwice.checker" and agent["RunAtLoad"] is True
    assert agent["ProgramArguments"] == [str(PY), "-m", "thinktwice", "serve", "--data-dir", str(data_dir)]
    assert agent["StandardErrorPath"] == f"{data_dir}/service.log"


def test_windows_manifests_registry_keys_and_run_key():
    m = Machine("windows", PureWindowsPath(r"C:\Users\Sam"),
                {"LOCALAPPDATA": r"C:\Users\Sam\AppData\Local", "APPDATA": r"C:\Users\Sam\AppData\Roaming"})
    data_dir = PureWindowsPath(r"C:\Users\Sam\AppData\Local\thinktwice")
    python = PureWindowsPath(r"C:\Program Files\Python311\python.exe")
    items = everything(m, data_dir, python=python, root=PureWindowsPath(r"C:\Program Files\Python311\Lib\site-packages"))
    written = files(items)
    folder = r"C:\Users\Sam\AppData\Local\thinktwice\native-host"
    chromium = json.loads(written[rf"{folder}\org.thinktwice.host.chromium.json"].content)
    firefox = json.loads(written[rf"{folder}\org.thinktwice.host.firefox.json"].content)
    assert chromium["path"] == firefox["path"] == rf"{folder}\thinktwice-host.bat"
    assert "allowed_origins" in chromium and "allowed_extensions" in firefox and "allowed_origins" not in firefox
    registry = {(v.key, v.name): v.value for v in items if isinstance(v, RegistryValue)}
    assert registry == {
        (r"Software\Chromium\NativeMessagingHosts\org.thinktwice.host", ""): rf"{folder}\org.thinktwice.host.chromium.json",
        (r"Software\Google\Chrome\NativeMessagingHosts\org.thinktwice.host", ""): rf"{folder}\org.thinktwice.host.chromium.json",
        (r"Software\Microsoft\Edge\NativeMessagingHosts\org.thinktwice.host", ""): rf"{folder}\org.thinktwice.host.chromium.json",
        (r"Software\BraveSoftware\Brave-Browser\NativeMessagingHosts\org.thinktwice.host", ""):
            rf"{folder}\org.thinktwice.host.chromium.json",
        (r"Software\Mozilla\NativeMessagingHosts\org.thinktwice.host", ""): rf"{folder}\org.thinktwice.host.firefox.json",
        (r"Software\Microsoft\Windows\CurrentVersion\Run", "ThinkTwice"):
            rf'"C:\Program Files\Python311\pythonw.exe" -m thinktwice serve --data-dir {data_dir}',
    }
    bat = written[rf"{folder}\thinktwice-host.bat"].content
    assert '"C:\\Program Files\\Python311\\python.exe" -I -S "' + folder + '\\thinktwice_host.py" %*' in bat
    assert rf'if not defined THINKTWICE_DATA_DIR set "THINKTWICE_DATA_DIR={data_dir}"' in bat
    assert "site-packages" in written[rf"{folder}\thinktwice_host.py"].content


def test_the_systemd_unit_and_the_desktop_entry_quote_their_command():
    m = linux()
    data_dir = PurePosixPath("/home/sam/50% $HOME")
    (reload_after, unit, enable) = autostart.artefacts(m, PY, data_dir, systemd=True)
    assert str(unit.path) == "/home/sam/.config/systemd/user/thinktwice.service"
    assert ('ExecStart="/opt/tt venv/bin/python" "-m" "thinktwice" "serve" "--data-dir" "/home/sam/50%% $$HOME"'
            in unit.content.splitlines())
    assert "WantedBy=default.target" in unit.content and "[Install]" in unit.content
    assert enable.install == (("systemctl", "--user", "daemon-reload"), ("systemctl", "--user", "enable", "thinktwice.service"))
    assert enable.remove == (("systemctl", "--user", "disable", "thinktwice.service"),)
    assert reload_after.remove == (("systemctl", "--user", "daemon-reload"),) and reload_after.install == ()
    (entry,) = autostart.artefacts(m, PY, data_dir, systemd=False)
    assert r'Exec="/opt/tt venv/bin/python" "-m" "thinktwice" "serve" "--data-dir" "/home/sam/50%% \\$HOME"' in entry.content
    assert "[Desktop Entry]" in entry.content and "Type=Application" in entry.content


def test_presence_is_a_settings_folder_or_a_program():
    m = linux()
    folders = {"/home/sam/.config/chromium", "/home/sam/.mozilla"}
    found = setup.present_targets(m, PurePosixPath("/d"), exists=lambda p: str(p) in folders, which=lambda p: None)
    assert [b.kind for b, _ in found] == ["chromium", "firefox"]
    found = setup.present_targets(m, PurePosixPath("/d"), exists=lambda p: False,
                                  which=lambda p: "/usr/bin/x" if p in ("google-chrome-stable", "firefox-esr") else None)
    assert [b.kind for b, _ in found] == ["chrome", "firefox"]
    found = setup.present_targets(m, PurePosixPath("/d"), exists=lambda p: str(p) == "/home/sam/.config/mozilla",
                                  which=lambda p: None)
    assert [b.kind for b, _ in found] == ["firefox"]          # Firefox ESR's XDG profile folder counts
    assert setup.present_targets(m, PurePosixPath("/d"), exists=lambda p: False, which=lambda p: None) == []


def test_browser_dirs_are_parsed_and_checked():
    (b, folder), = setup.parse_browser_dirs(["Chromium=/tmp/p/NativeMessagingHosts"])
    assert b is browser("chromium") and folder == Path("/tmp/p/NativeMessagingHosts")
    for bad in ("chromium", "chromium=", "opera=/tmp/x"):
        with pytest.raises(ValueError):
            setup.parse_browser_dirs([bad])


# -- on this machine, in a throwaway HOME ----------------------------------------------------------
def run_setup(home: Path, *args, path_dir: Path | None = None) -> subprocess.CompletedProcess:
    """`thinktwice setup` with HOME set to `home`, no XDG variables, and a PATH without systemctl or
    browsers (so the XDG autostart entry is chosen and only settings folders count)."""
    path_dir = path_dir or home.parent / "bin"
    path_dir.mkdir(exist_ok=True)
    return subprocess.run([sys.executable, "-m", "thinktwice", "setup", *args],
                          env={"HOME": str(home), "PATH": str(path_dir)}, capture_output=True, text=True, timeout=120)


def tree(root: Path) -> dict:
    return {str(p.relative_to(root)): (p.read_bytes(), p.stat().st_mtime_ns, p.stat().st_mode & 0o777)
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def home(tmp_path) -> Path:
    home = tmp_path / "home"
    (home / ".config" / "chromium").mkdir(parents=True)
    (home / ".mozilla").mkdir()
    return home


def test_setup_writes_for_the_browsers_present_says_where_and_changes_nothing_the_second_time(home, tmp_path):
    first = run_setup(home)
    assert first.returncode == 0, first.stderr
    data_dir = home / ".local" / "share" / "thinktwice"
    expected = {
        ".config/chromium/NativeMessagingHosts/org.thinktwice.host.json",
        ".mozilla/native-messaging-hosts/org.thinktwice.host.json",
        ".local/share/thinktwice/native-host/thinktwice-host",
        ".config/autostart/thinktwice.desktop",
    }
    assert set(tree(home)) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin", "home"]       # nothing beside HOME
    for name in expected:
        assert f"wrote     {home / name}  (" in first.stdout
    assert "Chromium, Firefox" in first.stdout and "setup --uninstall" in first.stdout
    assert data_dir.stat().st_mode & 0o777 == 0o700
    chromium = json.loads((home / ".config/chromium/NativeMessagingHosts/org.thinktwice.host.json").read_text())
    assert chromium["path"] == str(data_dir / "native-host" / "thinktwice-host")
    assert "google-chrome" not in first.stdout and not (home / ".config" / "google-chrome").exists()

    before = tree(home)
    second = run_setup(home)
    assert second.returncode == 0 and tree(home) == before
    assert second.stdout.count("unchanged ") == 4 and "wrote" not in second.stdout


def test_the_manifest_setup_writes_starts_a_working_host(home):
    assert run_setup(home, "--no-autostart").returncode == 0
    manifest = json.loads((home / ".mozilla/native-messaging-hosts/org.thinktwice.host.json").read_text())
    message = json.dumps({"type": "hello", "id": 1}).encode()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # As Firefox starts it: the manifest's path and the add-on id as arguments, HOME from the browser.
    done = subprocess.run([manifest["path"], str(home / ".mozilla/native-messaging-hosts/org.thinktwice.host.json"),
                           ids.FIREFOX_ADDON_ID], input=struct.pack("=I", len(message)) + message,
                          capture_output=True, env={"HOME": str(home), "PATH": "/usr/bin:/bin", "THINKTWICE_PORT": str(port)},
                          timeout=60)
    reply = json.loads(done.stdout[4:])
    assert reply["type"] == "hello" and reply["data_dir"] == str(home / ".local/share/thinktwice")
    assert reply["address"] == f"http://127.0.0.1:{port}" and reply["running"] is False


def test_uninstall_removes_everything_setup_wrote(home):
    assert run_setup(home).returncode == 0
    gone = run_setup(home, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert set(tree(home)) == set()
    assert gone.stdout.count("removed ") == 4
    assert not (home / ".local/share/thinktwice/native-host").exists()
    again = run_setup(home, "--uninstall")
    assert again.returncode == 0 and "nothing to remove" in again.stdout


def test_a_browser_dir_is_written_alone_and_the_launcher_stays_while_another_manifest_names_it(home, tmp_path):
    profile = tmp_path / "profile" / "NativeMessagingHosts"
    done = run_setup(home, "--no-autostart", "--browser-dir", f"chromium={profile}")
    assert done.returncode == 0, done.stderr
    assert set(tree(home)) == {".local/share/thinktwice/native-host/thinktwice-host"}
    assert json.loads((profile / "org.thinktwice.host.json").read_text())["allowed_origins"] == [ids.chromium_origin()]

    assert run_setup(home, "--no-autostart").returncode == 0          # the usual places as well
    gone = run_setup(home, "--no-autostart", "--uninstall", "--browser-dir", f"chromium={profile}")
    assert not (profile / "org.thinktwice.host.json").exists()
    assert "kept      " in gone.stdout and (home / ".local/share/thinktwice/native-host/thinktwice-host").exists()
    assert run_setup(home, "--no-autostart", "--uninstall").returncode == 0
    assert set(tree(home)) == set()


def test_no_browser_found_is_said_plainly(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    done = run_setup(home, "--no-autostart")
    assert done.returncode == 0 and "No browser found" in done.stdout and "setup` again" in done.stdout


def test_a_bad_browser_dir_is_refused(home):
    done = run_setup(home, "--browser-dir", "netscape=/tmp/x")
    assert done.returncode == 2 and "unknown browser 'netscape'" in done.stderr and tree(home) == {}


def test_setup_enables_a_systemd_user_unit_where_systemctl_works(home, tmp_path):
    """A stand-in systemctl on PATH that answers as a working user manager and records its calls."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "calls"
    (bin_dir / "systemctl").write_text(f'#!/bin/sh\necho "$@" >> {calls}\n')
    (bin_dir / "systemctl").chmod(0o755)
    assert run_setup(home, path_dir=bin_dir).returncode == 0
    assert (home / ".config/systemd/user/thinktwice.service").exists()
    assert not (home / ".config/autostart/thinktwice.desktop").exists()
    assert calls.read_text().splitlines() == ["--user show-environment", "--user daemon-reload",
                                              "--user enable thinktwice.service"]
    calls.unlink()
    gone = run_setup(home, "--uninstall", path_dir=bin_dir)
    assert calls.read_text().splitlines() == ["--user show-environment", "--user disable thinktwice.service",
                                              "--user daemon-reload"]
    assert "ran       systemctl --user disable thinktwice.service" in gone.stdout
    assert set(tree(home)) == set()


# -- packaging -------------------------------------------------------------------------------------
def test_the_wheel_carries_both_console_scripts(tmp_path):
    """Built from a copy of the sources, so the build leaves nothing in the checkout."""
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    shutil.copytree(ROOT / "server", source / "server", ignore=ignore)
    shutil.copytree(ROOT / "rules", source / "rules", ignore=ignore)
    done = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path / "dist"),
                           str(source)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    (wheel,) = (tmp_path / "dist").glob("thinktwice-*.whl")
    with zipfile.ZipFile(wheel) as z:
        entry_points = next(z.read(n).decode() for n in z.namelist() if n.endswith(".dist-info/entry_points.txt"))
        names = set(z.namelist())
    assert "thinktwice = thinktwice.cli:main" in entry_points
    assert "thinktwice-host = thinktwice.native.host:main" in entry_points
    assert {"thinktwice/native/host.py", "thinktwice/native/setup.py"} <= names
