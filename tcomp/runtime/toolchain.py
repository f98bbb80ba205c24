"""Linking an exported library: the kernels' objects, the wrappers and the thread runtime
into a ``.so``, ``.a`` or ``.o`` (layer 5).

``write_library`` compiles the wrapper module (and data modules such as a model's weights),
adds the thread runtime when a kernel has parallel loops (its symbols weak and hidden, so
several tcomp archives link into one program) and joins the parts with the system's tools:
the C compiler driver (``cc``: ``$CC``, else ``cc``/``gcc``/``clang`` on PATH, else zig's
from the ``ziglang`` package) and the archiver (``ar``). For another architecture than this
machine's, a ``.so`` needs that target's linker (``cross_cc``), and without ``cc=`` LLVM
links a ``.o`` or ``.a`` itself (code generation only).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence

import llvmlite.binding as llvm

from ..codegen.llvm import builder_utils as bu
from ..codegen.llvm.emit import RUNTIME_PARALLEL_FOR
from ..codegen.llvm.jit import compile_ir, link_and_emit, parse_and_verify
from ..codegen.llvm.thread_pool import runtime_ir
from ..errors import CompileError, ExportError, TcompRuntimeError
from .kernel import CompiledKernel
from .wrappers import Wrappers


def _runtime_text(triple: str) -> str:
    """The thread runtime with every definition other modules see made weak and hidden:
    private to a shared library, and merged when several tcomp archives share a program."""
    mod = parse_and_verify(runtime_ir(triple), "the thread runtime")
    for g in (*mod.global_variables, *mod.functions):
        if not g.is_declaration and g.linkage == llvm.Linkage.external:
            g.linkage = llvm.Linkage.weak_any
            g.visibility = llvm.Visibility.hidden
    return str(mod)


def _tool(kind: str, explicit: str | Sequence[str] | None) -> list[str]:
    """The command of the C compiler driver (``kind="cc"``) or archiver (``"ar"``):
    ``explicit``, else ``$CC``/``$AR``, else the first on PATH, else ``python -m ziglang``."""
    if explicit:
        return [explicit] if isinstance(explicit, str) else list(explicit)
    env = os.environ.get(kind.upper())
    if env:
        return env.split()
    names = ("cc", "gcc", "clang") if kind == "cc" else ("ar", "llvm-ar", "gcc-ar")
    for name in names:
        found = shutil.which(name)
        if found:
            return [found]
    if _has_ziglang():
        return [sys.executable, "-m", "ziglang", kind]
    what = "a C compiler driver (to link)" if kind == "cc" else "an archiver"
    raise TcompRuntimeError(
        f"export_library needs {what}, but found none of {', '.join(names)} on PATH and "
        f"${kind.upper()} is unset. Install one (Debian/Ubuntu: apt-get install "
        f"{'gcc' if kind == 'cc' else 'binutils'}), or `pip install ziglang`, which provides "
        f"`python -m ziglang {kind}`, or pass {kind}=[...] to export_library")


def _has_ziglang() -> bool:
    """Whether the ``ziglang`` package (zig's toolchain from PyPI) is importable."""
    return importlib.util.find_spec("ziglang") is not None


def cross_cc(triple: str) -> list[str]:
    """A linker driver for Linux on another architecture: Debian's cross gcc
    (``<arch>-linux-<abi>-gcc``) on PATH, else zig's (``python -m ziglang cc -target
    <arch>-linux-<abi>``), else an ExportError saying how to get one."""
    arch, abi = triple.split("-")[0], triple.split("-")[-1]
    abi = abi if abi.startswith(("gnu", "musl")) else "gnu"
    gcc = f"{arch}-linux-{abi}-gcc"
    if shutil.which(gcc):
        return [gcc]
    if _has_ziglang():
        return [sys.executable, "-m", "ziglang", "cc", "-target", f"{arch}-linux-{abi}"]
    raise ExportError(
        f"export_library: a shared library for {triple} needs a linker for that target, and "
        f"found neither {gcc} on PATH nor the ziglang package. Install one (Debian/Ubuntu: "
        f"apt-get install gcc-{arch}-linux-{abi}; or pip install ziglang, which links with "
        f"`python -m ziglang cc -target {arch}-linux-{abi}`), pass cc=[...], or export a .o "
        "or .a, which LLVM links itself")


def _run(cmd: list[str], what: str) -> None:
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, check=False)
    except OSError as exc:
        raise TcompRuntimeError(f"export_library could not run {cmd[0]!r} ({what}): {exc}; "
                                "pass a working tool (cc=..., ar=...)") from None
    if r.returncode != 0:
        raise CompileError(f"{what} failed ({' '.join(cmd)}, exit status {r.returncode})",
                           log=(r.stdout + r.stderr).strip())


def library_kind(path: str, what: str) -> str:
    """The suffix of a library path: ``.so``, ``.a`` or ``.o``, else an ExportError."""
    kind = os.path.splitext(os.path.basename(path))[1]
    if kind not in (".so", ".a", ".o"):
        raise ExportError(f"{what}: can't tell the kind of library from {path!r}; end the "
                          "path in .so (shared), .a (static archive) or .o (object)")
    return kind


def write_library(lib: Wrappers, ks: Sequence[CompiledKernel], path: str, api: Sequence[str],
                  *, modules: Sequence[str] = (), cc: str | Sequence[str] | None = None,
                  ar: str | Sequence[str] | None = None) -> None:
    """Compile the wrapper module ``lib`` (and, code generation only, the LLVM ``modules``:
    data such as a model's weights) and link them with the kernels ``ks`` and, if a kernel
    has parallel loops, the thread runtime into ``path`` (.so, .a or .o); a shared library
    exports only the functions ``api``."""
    base = os.path.basename(path)
    kind = library_kind(path, "export_library")
    target = ks[0].target
    triple = target.resolved_triple
    # Another architecture than this machine's: a .so needs that target's linker (cross_cc);
    # a .o or .a without cc= is linked by LLVM.
    foreign = triple.split("-")[0] != llvm.get_process_triple().split("-")[0]
    if foreign and cc is None and kind == ".so":
        cc = cross_cc(triple)
    by_llvm = foreign and cc is None
    linker = [] if by_llvm else _tool("cc", cc)  # before any work: a missing tool fails fast
    archiver = _tool("ar", ar) if kind == ".a" else []
    built = [compile_ir(bu.module_text(lib.m), target, f"{lib.prefix} wrappers", False,
                        count_as="runtime_codegen")]
    if any(k.uses_parallel for k in ks):
        built.append(compile_ir(_runtime_text(triple), target, RUNTIME_PARALLEL_FOR, False,
                                count_as="runtime_codegen"))
    if by_llvm:
        parts = [link_and_emit([*(c.llvm_opt for c in built), *modules,
                                *(k.source("llvm-opt") for k in ks)], target)]
    else:
        parts = [c.object_code for c in built] + [k.object_code for k in ks]
        parts += [link_and_emit([text], target) for text in modules]  # code generation only
    out_dir = os.path.dirname(os.path.abspath(path))
    with tempfile.TemporaryDirectory(prefix="tcomp-export-") as tmp:
        objs = []
        for i, data in enumerate(parts):
            objs.append(os.path.join(tmp, f"part{i}.o"))
            with open(objs[-1], "wb") as fh:
                fh.write(data)
        made = os.path.join(tmp, "out" + kind)
        if kind == ".so":
            script = os.path.join(tmp, "exports.map")
            with open(script, "w") as fh:
                fh.write("{ global: " + " ".join(f"{n};" for n in api) + " local: *; };\n")
            _run([*linker, "-shared", "-o", made, *objs, f"-Wl,-soname,{base}",
                  f"-Wl,--version-script={script}", "-Wl,--no-undefined", "-lm", "-lpthread"],
                 f"linking {base}")
        else:
            obj = made if kind == ".o" else os.path.join(tmp, f"{lib.prefix}.o")
            if by_llvm:
                os.replace(objs[0], obj)
            else:
                _run([*linker, "-r", "-nostdlib", "-o", obj, *objs], f"linking {base}")
            if kind == ".a":
                _run([*archiver, "rcs", made, obj], f"archiving {base}")
        os.makedirs(out_dir, exist_ok=True)
        shutil.move(made, path)


__all__ = ["cross_cc", "library_kind", "write_library"]
