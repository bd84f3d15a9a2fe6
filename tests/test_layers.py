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


# Bottom to top (docs/architecture.md): a module may import its own layer and those below it.
LAYERS = [
    ("thinktwice.vocab", "thinktwice.files", "thinktwice.budget"),
    ("thinktwice.text", "thinktwice.detectors", "thinktwice.images"),
    ("thinktwice.pack",),
    ("thinktwice.request", "thinktwice.judge", "thinktwice.answer", "thinktwice.engine", "thinktwice.pictures"),
    ("thinktwice.quality",),
    ("thinktwice.release",),
    ("thinktwice.service",),
    ("thinktwice.native",),
    ("thinktwice.web",),
    ("thinktwice.cli", "thinktwice.__main__"),
]


def _layer(name: str) -> int | None:
    for level, modules in enumerate(LAYERS):
        if any(name == m or name.startswith(m + ".") for m in modules):
            return level
    return None


def test_every_module_imports_its_own_layer_or_those_below():
    upward, unplaced = [], []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        if module == "thinktwice":
            continue
        level = _layer(module)
        if level is None:
            unplaced.append(module)
            continue
        for name in thinktwice_imports(path) - {"thinktwice"}:
            if name != "thinktwice.__version__" and (_layer(name) or 0) > level:
                upward.append(f"{module} -> {name}")
    assert unplaced == [], "put new modules in a layer (docs/architecture.md)"
    assert upward == []
