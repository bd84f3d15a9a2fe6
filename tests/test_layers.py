"""The package's layers import downwards only: files.py imports nothing of thinktwice, release/ (what
the comms team's commands and the updater share) imports neither the service, the web layer nor the CLI."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "server" / "thinktwice"


def thinktwice_imports(path: Path) -> set[str]:
    """The thinktwice modules a file imports, as dotted names under thinktwice (relative imports resolved)."""
    here = path.relative_to(PACKAGE.parent).with_suffix("").parts      # ('thinktwice', 'release', 'feed')
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = ".".join(here[:len(here) - node.level]) if node.level else ""
            name = ".".join(p for p in (base, node.module) if p)
            if node.module:
                found.add(name)
            else:                                                   # from . import bundle
                found |= {f"{name}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return {n for n in found if n == "thinktwice" or n.startswith("thinktwice.")}


def test_files_is_the_bottom_layer():
    assert thinktwice_imports(PACKAGE / "files.py") == set()


def test_release_does_not_import_the_service_the_web_layer_or_the_cli():
    upward = ("thinktwice.service", "thinktwice.web", "thinktwice.cli")
    offending = {f"{path.name}: {name}" for path in (PACKAGE / "release").glob("*.py")
                 for name in thinktwice_imports(path) if name.startswith(upward)}
    assert offending == set()


def test_the_import_reader_sees_relative_imports():
    names = thinktwice_imports(PACKAGE / "release" / "installs.py")
    assert "thinktwice.files" in names and "thinktwice.release.bundle" in names
