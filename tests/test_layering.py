"""Enforces DESIGN.md's layer table by parsing every import in tcomp/, schedules/ and autotune/.

Imports inside functions and under ``if TYPE_CHECKING:`` count like top-level ones: a lazy
import of a higher layer is still an upward dependency.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("tcomp", "schedules", "autotune")

# DESIGN.md "Layers": the first name under tcomp/ -> its layer. A new top-level module or
# subpackage of tcomp must be added here with the layer DESIGN.md gives it.
TCOMP_LAYERS = {
    "errors": 0, "config": 0, "dtypes": 0, "helpers": 0,
    "ir": 1, "arith": 1,
    "dsl": 2,
    "schedule": 3,
    "lowering": 4, "passes": 4,
    "codegen": 5, "runtime": 5,
    "build": 6, "autoschedule": 6, "autoschedule_gpu": 6, "testing": 6, "ops": 6, "autodiff": 6,
    "nn": 9, "onnx": 9, "cli": 9, "__main__": 9,
}
FACADE_LAYER = 6  # tcomp/__init__.py: re-exports the public API of layers 0-6
PACKAGE_LAYERS = {"schedules": 7, "autotune": 8}
CORE_MAX_LAYER = 6

CORE_DEPS = {"numpy", "llvmlite"}
# Import names of the optional extras' distributions, where they differ from the dist name.
DIST_IMPORT_NAMES = {"scikit-learn": "sklearn", "apache-tvm": "tvm", "apache-tvm-ffi": "tvm_ffi"}


@dataclass(frozen=True)
class Import:
    """One imported name: ``target`` is the project module it resolves to (or the raw name)."""

    path: Path
    line: int
    target: str
    raw: str  # as written, e.g. "from tcomp.ir import expr"
    lazy: bool  # inside a function body
    in_facade_getattr: bool  # inside tcomp/__init__.py's module-level __getattr__

    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.raw}"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def project_modules() -> dict[str, Path]:
    """Dotted name -> file, for every module of the three packages."""
    found = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            found[module_name(path)] = path
    return found


def layer_of(module: str) -> int | None:
    """DESIGN.md layer of a project module; None for outside modules and unknown tcomp names."""
    head, _, rest = module.partition(".")
    if head in PACKAGE_LAYERS:
        return PACKAGE_LAYERS[head]
    if head != "tcomp":
        return None
    if not rest:
        return FACADE_LAYER
    return TCOMP_LAYERS.get(rest.split(".")[0])


def _resolve(module: str, path: Path, level: int) -> str:
    """Absolute module name of ``from <level dots><module> import ...`` written in ``path``."""
    if level == 0:
        return module
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package.pop()
    base = package[: len(package) - (level - 1)]
    return ".".join(base + ([module] if module else []))


class _Collector(ast.NodeVisitor):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.imports: list[Import] = []
        self.depth = 0
        self.facade_getattr = False

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        is_facade_getattr = (self.depth == 0 and node.name == "__getattr__"
                             and self.path == ROOT / "tcomp" / "__init__.py")
        self.depth += 1
        self.facade_getattr |= is_facade_getattr
        self.generic_visit(node)
        self.facade_getattr &= not is_facade_getattr
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = _visit_function

    def _add(self, node: ast.stmt, target: str, raw: str) -> None:
        self.imports.append(Import(self.path, node.lineno, target, raw, self.depth > 0,
                                   self.facade_getattr))

    def visit_Import(self, node: ast.Import) -> None:
        modules = project_modules()
        for alias in node.names:
            target = alias.name
            while target not in modules and "." in target:  # longest existing prefix
                target = target.rpartition(".")[0]
            self._add(node, target if target in modules else alias.name,
                      f"import {alias.name}")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        modules = project_modules()
        base = _resolve(node.module or "", self.path, node.level)
        written = "." * node.level + (node.module or "")
        for alias in node.names:
            sub = f"{base}.{alias.name}"
            # "from tcomp import nn" names a layer even before tcomp/nn/ exists.
            known = sub in modules or (base == "tcomp" and alias.name in TCOMP_LAYERS)
            self._add(node, sub if known else base, f"from {written} import {alias.name}")


@cache
def imports_of(path: Path) -> tuple[Import, ...]:
    collector = _Collector(path)
    collector.visit(ast.parse(path.read_text(), filename=str(path)))
    return tuple(collector.imports)


def all_imports() -> list[Import]:
    return [imp for path in project_modules().values() for imp in imports_of(path)]


@cache
def tcomp_public_names() -> frozenset[str]:
    """Names in tcomp/__init__.py's ``__all__`` plus those its ``__getattr__`` serves lazily."""
    tree = ast.parse((ROOT / "tcomp" / "__init__.py").read_text())
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            names.update(ast.literal_eval(node.value))
        if isinstance(node, ast.FunctionDef) and node.name == "__getattr__":
            names.update(c.value for c in ast.walk(node) if isinstance(c, ast.Constant)
                         and isinstance(c.value, str) and c.value.isidentifier())
    return frozenset(names)


def _report(problems: list[str], what: str) -> str:
    return f"{len(problems)} {what}:\n" + "\n".join(f"  {p}" for p in problems)


# ----------------------------------------------------------------------------- tests

def test_every_tcomp_module_has_a_layer() -> None:
    unknown = sorted(m for m in project_modules() if m.startswith("tcomp.")
                     and m.split(".")[1] not in TCOMP_LAYERS)
    assert not unknown, (
        f"modules not in the layer table: {unknown}; add each top-level name to TCOMP_LAYERS "
        "in tests/test_layering.py with the layer DESIGN.md gives it")


def test_parser_resolves_relative_imports() -> None:
    # The checks below are only as good as the resolution of "from .. import x".
    init = ROOT / "tcomp" / "ir" / "__init__.py"
    mod = ROOT / "tcomp" / "ir" / "expr.py"
    assert _resolve("", init, 1) == "tcomp.ir"
    assert _resolve("expr", init, 1) == "tcomp.ir.expr"
    assert _resolve("", mod, 1) == "tcomp.ir"
    assert _resolve("dtypes", mod, 2) == "tcomp.dtypes"
    assert layer_of("tcomp") == FACADE_LAYER and layer_of("tcomp.nn.layers") == 9
    assert layer_of("tcomp.ir.expr") == 1 and layer_of("autotune.database") == 8
    assert layer_of("numpy") is None


def test_core_never_imports_schedules_or_autotune() -> None:
    def in_core(path: Path) -> bool:
        own = layer_of(module_name(path))
        return path.is_relative_to(ROOT / "tcomp") and (own is None or own <= CORE_MAX_LAYER)

    bad = [imp.where() for imp in all_imports()
           if in_core(imp.path) and imp.target.partition(".")[0] in PACKAGE_LAYERS]
    assert not bad, _report(bad, "imports of schedules/autotune from tcomp's core (layers 0-6); "
                            "take a database or template object as an argument instead")


def test_imports_point_downward() -> None:
    bad = []
    for imp in all_imports():
        own, target = layer_of(module_name(imp.path)), layer_of(imp.target)
        if own is None or target is None or target <= own or imp.in_facade_getattr:
            continue
        lazy = " (lazy)" if imp.lazy else ""
        bad.append(f"{imp.where()}{lazy}  [layer {own} imports layer {target}: {imp.target}]")
    assert not bad, _report(bad, "upward imports against DESIGN.md's layer table")


def test_schedules_use_only_tcomp_public_api() -> None:
    public = tcomp_public_names()
    bad = []
    for path in sorted((ROOT / "schedules").rglob("*.py")):
        aliases = {"tcomp"}
        for imp in imports_of(path):
            raw = imp.raw
            if raw.startswith("import tcomp.") or raw.startswith("from tcomp."):
                bad.append(f"{imp.where()}  [deep import: use 'import tcomp' or 'from tcomp "
                           "import NAME' with a public name]")
            elif raw.startswith("from tcomp import "):
                name = raw.removeprefix("from tcomp import ")
                if name not in public:
                    bad.append(f"{imp.where()}  ['{name}' is not in tcomp's public API]")
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                aliases |= {a.asname for a in node.names if a.name == "tcomp" and a.asname}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in aliases):
                continue
            where = f"{path.relative_to(ROOT)}:{node.lineno}: {node.value.id}.{node.attr}"
            if node.attr not in public:
                bad.append(f"{where}  [not in tcomp's public API]")
            elif TCOMP_LAYERS.get(node.attr, 0) > PACKAGE_LAYERS["schedules"]:
                bad.append(f"{where}  [layer {TCOMP_LAYERS[node.attr]} from layer 7]")
    assert not bad, _report(bad, "uses of tcomp internals from schedules/")


def _extras_import_names() -> set[str]:
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())
    names = set()
    for deps in meta["project"].get("optional-dependencies", {}).values():
        for dep in deps:
            dist = dep.split(";")[0].split("[")[0]
            for sep in "=<>!~ ":
                dist = dist.split(sep)[0]
            names.add(DIST_IMPORT_NAMES.get(dist, dist.replace("-", "_")))
    return names


def test_third_party_imports_are_declared() -> None:
    # Top-level imports need only the core dependencies; an optional extra is imported lazily.
    extras = _extras_import_names()
    bad = []
    for imp in all_imports():
        head = imp.target.partition(".")[0]
        if head in PACKAGES or head in sys.stdlib_module_names or head in CORE_DEPS:
            continue
        if not imp.lazy:
            bad.append(f"{imp.where()}  [module-level import of non-core '{head}']")
        elif head not in extras:
            bad.append(f"{imp.where()}  ['{head}' is in no extra of pyproject.toml]")
    assert not bad, _report(bad, "undeclared or eager third-party imports")


def test_import_tcomp_stays_light() -> None:
    init = (ROOT / "tcomp" / "__init__.py").read_text()
    if not init.strip():
        pytest.skip("tcomp/__init__.py is empty")
    code = textwrap.dedent("""
        import sys
        import tcomp
        heavy = ("tcomp.nn", "schedules", "autotune")
        print(sorted(m for m in sys.modules for h in heavy if m == h or m.startswith(h + ".")))
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, f"import tcomp failed:\n{out.stderr}"
    assert out.stdout.strip() == "[]", f"import tcomp imported {out.stdout.strip()}"


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _module_names(tree: ast.Module, path: Path) -> dict[str, str]:
    """Names a file binds to project modules (``import tcomp as tc``, ``from . import x``)."""
    modules = project_modules()
    bound: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.partition(".")[0] in PACKAGES:
                    bound[a.asname or a.name.partition(".")[0]] = \
                        a.name if a.asname else a.name.partition(".")[0]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(node.module or "", path, node.level)
            for a in node.names:
                if f"{base}.{a.name}" in modules:
                    bound[a.asname or a.name] = f"{base}.{a.name}"
    return bound


def _dotted_module(node: ast.expr, bound: dict[str, str]) -> str | None:
    """The project module an expression names (``tc.ir.visitor``), else None."""
    if isinstance(node, ast.Name):
        return bound.get(node.id)
    if isinstance(node, ast.Attribute):
        parent = _dotted_module(node.value, bound)
        if parent is not None and f"{parent}.{node.attr}" in project_modules():
            return f"{parent}.{node.attr}"
    return None


def private_uses_across_modules(path: Path) -> list[str]:
    """``from m import _x`` and ``m._x`` in ``path`` where ``m`` is another project module."""
    tree = ast.parse(path.read_text(), filename=str(path))
    own = module_name(path)
    bound = _module_names(tree, path)
    where = path.relative_to(ROOT)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = _resolve(node.module or "", path, node.level)
            if base.partition(".")[0] in PACKAGES and base != own:
                found += [f"{where}:{node.lineno}: from {base} import {a.name}"
                          for a in node.names if _is_private(a.name)]
        elif isinstance(node, ast.Attribute) and _is_private(node.attr):
            mod = _dotted_module(node.value, bound)
            if mod is not None and mod != own:
                found.append(f"{where}:{node.lineno}: {mod}.{node.attr}")
    return found


def test_the_private_name_check_sees_both_forms() -> None:
    probe = ROOT / "tcomp" / "passes" / "simplify.py"
    tree = ast.parse("from ..ir.expr import _hidden, Var\nfrom .. import config\n"
                     "import tcomp as tc\nx = config._flag + tc.ir.visitor._walk\n"
                     "y = tc.ir.visitor.__name__\n")
    bound = _module_names(tree, probe)
    assert bound == {"config": "tcomp.config", "tc": "tcomp"}
    attrs = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute) and _is_private(n.attr)]
    assert {_dotted_module(n.value, bound) for n in attrs} == {"tcomp.config", "tcomp.ir.visitor"}


def test_no_private_name_is_used_across_modules() -> None:
    # a name another module uses is public
    bad = [use for path in project_modules().values()
           for use in private_uses_across_modules(path)]
    assert not bad, _report(bad, "private names used from another module; make the name "
                            "public (no leading underscore, in __all__) or move it where it "
                            "is used")
