"""The package's shape: no import loops, and each layer imports only the layers below it.

Every ``import`` in a module counts, wherever it stands: at the top, inside a
function (a lazy import) or under ``if TYPE_CHECKING``. A lazy import that dodges
a loop is still a loop. The layers and what each may import are those of
docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import jdtui

PACKAGE = Path(jdtui.__file__).resolve().parent

#: layer -> the layers its modules may import (besides the package root, ``jdtui``)
ALLOWED: dict[str, set[str]] = {
    "i18n": {"i18n"},
    "core": {"core", "i18n"},
    "formats": {"formats", "core", "i18n"},
    "store": {"store", "formats", "core", "i18n"},
    "tui": {"tui", "store", "formats", "core", "i18n"},
    "cli": {"cli", "tui", "store", "formats", "core", "i18n"},
}


def _modules(root: Path = PACKAGE) -> dict[str, Path]:
    found = {}
    for path in root.rglob("*.py"):
        parts = ["jdtui", *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The jdtui modules ``module`` imports (a name imported from a package that is
    itself a module counts as that module)."""
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                prefix = package[: len(package) - node.level + 1]
                base = ".".join([*prefix, *([base] if base else [])])
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for name in names:
            while name and name not in modules and "." in name:
                name = name.rsplit(".", 1)[0]
            if name in modules and name != module:
                targets.add(name)
    # a module's own package __init__ runs first anyway: not an edge of a loop
    return {t for t in targets if not module.startswith(t + ".")}


def _graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    return {m: _imports(m, p, modules) for m, p in modules.items()}


def _loops(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    loops: list[list[str]] = []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        loops.append(sorted(component))
    return loops


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def test_the_loop_finder_finds_a_lazy_loop(tmp_path: Path) -> None:
    """The test below can fail: a loop made only by an import inside a function is found."""
    root = tmp_path / "jdtui"
    (root / "core").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "core" / "__init__.py").write_text("")
    (root / "core" / "a.py").write_text("from .b import thing\n")
    (root / "core" / "b.py").write_text("def thing():\n    from . import a\n    return a\n")
    (root / "core" / "c.py").write_text("from jdtui.core import a\n")
    modules = _modules(root)
    assert _loops(_graph(modules)) == [["jdtui.core.a", "jdtui.core.b"]]


@pytest.fixture(scope="module")
def package_graph() -> dict[str, set[str]]:
    return _graph(_modules())


def test_no_import_loops_anywhere_in_the_package(package_graph: dict[str, set[str]]) -> None:
    assert _loops(package_graph) == []


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_each_layer_imports_only_the_layers_below_it(layer: str, package_graph: dict[str, set[str]]) -> None:
    graph = package_graph
    wrong = sorted(
        f"{module} imports {target}"
        for module, targets in graph.items()
        if _layer(module) == layer
        for target in targets
        if _layer(target) is not None and _layer(target) not in ALLOWED[layer]
    )
    assert wrong == []


def test_every_package_of_jdtui_is_a_known_layer() -> None:
    """A new top-level package is placed in the architecture (and in ALLOWED) on purpose."""
    layers = {_layer(m) for m in _modules()} - {None}
    assert layers <= set(ALLOWED), layers - set(ALLOWED)


def test_the_command_line_starts_the_app_and_nothing_else_of_the_tui(
    package_graph: dict[str, set[str]],
) -> None:
    """cli -> tui only to start the app: the CLI must start without Textual."""
    graph = package_graph
    into_tui = sorted(
        (m, t) for m, targets in graph.items() if _layer(m) == "cli" for t in targets if _layer(t) == "tui"
    )
    assert into_tui == [("jdtui.cli", "jdtui.tui.app")]
