"""What `thinktwice setup` puts on a machine, as data: files, Windows registry values, commands.
Planned for any platform, then written or removed (setup.py) on the one it runs on."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

HKCU = "HKEY_CURRENT_USER"


@dataclass(frozen=True)
class File:
    path: PurePath
    content: str
    what: str
    executable: bool = False


@dataclass(frozen=True)
class RegistryValue:
    """A string value under HKEY_CURRENT_USER; name "" is the key's default value."""
    key: str
    name: str
    value: str
    what: str


@dataclass(frozen=True)
class Command:
    """Commands run when installing (`install`) and when removing (`remove`), each an argv list."""
    install: tuple[tuple[str, ...], ...]
    remove: tuple[tuple[str, ...], ...]
    what: str
