"""LLVM text -> verified, O3-optimised module -> object code -> function loaded in MCJIT
(layer 5). Objects from the disk cache take only the last step: no optimiser, no codegen.

x86 kernels built by an LLVM with the faulty AVX-512 mask fold described at
``evex_fold_hazard`` are checked for it in their assembly and, when it may have struck, built
again without AVX-512VL.
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

import llvmlite.binding as llvm

from ...errors import CompileError
from ..target import Target
from .workspace import WS_RELEASE, Cells

# Counters for tests and --debug output: "codegen" counts LLVM optimise+codegen runs of
# kernels, "loads" counts objects linked into MCJIT, "slp_off" kernels optimised without SLP,
# "slp_invalid_ir" kernels optimised again without SLP after it made invalid IR,
# "one_lane_masked_stores" masked stores rewritten as scalar stores, "small_store_chains"
# kernels emitted with store merging off (``store_heavy``).
STATS: dict[str, int] = {"codegen": 0, "loads": 0, "runtime_codegen": 0,
                         "evex_workarounds": 0, "slp_off": 0, "slp_invalid_ir": 0,
                         "one_lane_masked_stores": 0, "small_store_chains": 0}

# Held while LLVM's global options are set and its pipelines run, here and in cuda/ptx.py.
LLVM_LOCK = threading.Lock()
# The loaded kernels with heap temporaries, for release_workspaces
WITH_WORKSPACE: weakref.WeakSet[LoadedModule] = weakref.WeakSet()


def release_workspaces() -> None:
    """Free the blocks that every loaded kernel keeps for its heap temporaries between calls
    (as ``torch.cuda.empty_cache`` gives back cached memory): safe while kernels run, each
    keeps the block it is using; later calls allocate again."""
    for m in list(WITH_WORKSPACE):
        m.release_workspace()


@functools.cache
def _init_llvm() -> None:
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    llvm.initialize_native_asmparser()


@functools.cache
def _target_machine(triple: str, cpu: str, features: str) -> llvm.TargetMachine:
    return _new_target_machine(triple, cpu, features)


@functools.cache
def _init_all_targets() -> None:
    llvm.initialize_all_targets()
    llvm.initialize_all_asmprinters()


def _new_target_machine(triple: str, cpu: str, features: str) -> llvm.TargetMachine:
    _init_llvm()
    try:
        tgt = llvm.Target.from_triple(triple)
    except RuntimeError:
        _init_all_targets()  # a cross target (aarch64 from x86): its backend on first use
        try:
            tgt = llvm.Target.from_triple(triple)
        except RuntimeError as exc:
            raise CompileError(f"LLVM has no backend for target triple {triple!r}: "
                               f"{exc}") from None
    # PIC + small code model: the object is relocatable both into MCJIT memory and into a
    # shared library built from export_object().
    return tgt.create_target_machine(cpu=cpu, features=features, opt=3, reloc="pic",
                                     codemodel="default")


def target_machine(target: Target) -> llvm.TargetMachine:
    """The (cached) LLVM TargetMachine of a CPU target."""
    if target.kind != "llvm":
        raise CompileError(f"target {target} is not an LLVM CPU target")
    return _target_machine(target.resolved_triple, target.cpu or "generic", target.features)


def parse_and_verify(text: str, what: str) -> llvm.ModuleRef:
    """Parse LLVM assembly and run the verifier; failures raise CompileError with the IR."""
    _init_llvm()
    try:
        mod = llvm.parse_assembly(text)
        mod.verify()
    except RuntimeError as exc:
        raise CompileError(f"LLVM rejected the generated IR of {what}: {exc}. This is a tcomp "
                           "bug; please report it with the IR below", log=text) from None
    return mod


# --- LLVM 22's SLP horizontal reductions of reassociable accumulators ----------------------
# Fuzz case 2027025640: an int32 sum over two reduction axes, its outer reduction axis tiled
# with the spatial one. LLVM fully unrolls the small loops, and the SLP vectoriser turns the
# chains of integer adds into horizontal reductions, counting repeated operands with a
# multiply (<16 x i32> mul by <6,5,5,4,...>). On an AVX-512 host the peeled tail rows came
# out wrong (-673 for -263); the IR before the optimiser is right (interpreter, AVX2 build,
# O3 without SLP, or with -slp-vectorize-hor=false), and the optimised IR is wrong whatever
# backend emits it, so the fault is in the SLP pass, a pass with a long record of
# miscompilations. No per-module option turns horizontal reductions off (the cl::opt is
# process-global and would change other LLVM users in the process), so a kernel that updates
# an integer accumulator, or a float one under fast-math (both reassociable, the only kinds
# SLP reduces horizontally), is optimised with SLP off. Float reductions without fast-math
# keep SLP: without it the hand softmax ran 1.5x and a default-scheduled conv 1.25x slower
# (medians of 5 interleaved rounds, this Emerald Rapids host).


# --- LLVM 22's CRC recogniser in the loop-idiom pass: exponential compile time -------------
# Fuzz case 2303010104: a max reduction over 8 iterations of pow(pow(x, y) + 1, z) took 18 s
# to optimise, and a longer one over a minute. HashRecognize (looking for bit-by-bit CRC
# loops) examines every single-block loop whose trip count is a multiple of 8 and whose
# accumulator is a select, as a max or min reduction's is, and walks the use-def chains of
# the select's operands without remembering what it visited: exponential in the shared
# subexpressions of inlined vector maths. tcomp never writes CRC loops, so its pipeline runs
# with the recogniser off; the option is process-global, so it is set only while tcomp's
# pipeline runs (under ``LLVM_LOCK``) and cleared after, for other LLVM users in the process.
NO_CRC = (("-disable-loop-idiom-hashrecognize", "true", "false"),)


@contextlib.contextmanager
def llvm_options(opts: tuple[tuple[str, str, str], ...]) -> Iterator[None]:
    """LLVM's options ``(name, value, default)`` set while a tcomp pipeline runs, and reset
    to their defaults after (process-global: hold ``LLVM_LOCK``)."""
    for name, value, _ in opts:
        llvm.set_option("tcomp", f"{name}={value}")
    try:
        yield
    finally:
        for name, _, default in opts:
            llvm.set_option("tcomp", f"{name}={default}")


# --- LLVM 22's store merging on a block of many memsets: superlinear codegen time ---------
# Fuzz case 2304009595 (a convolution's rfactor-ed sum, its output's zero-fill split by 3 and
# reordered): loop-idiom turns each row of the fill into a 12-24 byte memset, and the
# unroller then makes one block of 448 of them. The DAG combiner's store merging (each
# candidate checked against the stores on the same chain) and then the machine scheduler
# took 14-97 s on that block (224 such memsets: 7 s), 0.4-1.4 s with store merging off and
# the token factors it builds kept small. Blocks of plain stores don't do this: the kernels
# of every built-in workload (default and random configurations of the automatic space and
# the templates, both x86 ISAs) hold up to 256 stores and 64 memsets in one block and
# compile in under 4 s, and that one with 64 memsets compiles as fast either way. So only
# a module with a block of ``MANY_MEMSETS`` or more is emitted with the two options
# (process-global: set under ``LLVM_LOCK`` and reset after).
MANY_MEMSETS = 128
SMALL_STORE_CHAINS = (("-combiner-store-merging", "false", "true"),
                      ("-combiner-tokenfactor-inline-limit", "4", "2048"))
_BLOCK_RE = re.compile(r"\n(?=[-\w.$\"]+:)")


def store_heavy(opt_text: str) -> bool:
    """Whether a basic block of the optimised module ``opt_text`` holds ``MANY_MEMSETS``
    or more memsets and memcpys (see above)."""
    many = lambda text: len(re.findall(r"@llvm\.mem(?:set|cpy)\.", text)) >= MANY_MEMSETS  # noqa
    return many(opt_text) and any(map(many, _BLOCK_RE.split(opt_text)))  # split only then


def optimize(mod: llvm.ModuleRef, tm: llvm.TargetMachine, slp: bool = True) -> None:
    """Run the new pass manager's O3 pipeline with loop vectorisation on, SLP vectorisation
    unless ``slp`` is False, and the CRC recogniser off (see above)."""
    pto = llvm.create_pipeline_tuning_options(speed_level=3)
    pto.loop_vectorization = True
    pto.slp_vectorization = slp
    pto.loop_unrolling = True
    pb = llvm.create_pass_builder(tm, pto)
    pm = pb.getModulePassManager()
    with llvm_options(NO_CRC):
        pm.run(mod, pb)


# --- LLVM 22's one-lane truncating masked store (x86, AVX-512) ------------------------------
# Fuzz case 2030006320: the loop vectoriser folds a loop tail by masking, leaving
#     call void @llvm.masked.store.v4i32.p0(<4 x i32> (trunc <4 x i64> %v), ptr %p, <1,0,0,0>)
# With AVX-512 the backend makes that a truncating masked store (VPMOVQD with a mask), then
# reduces a store with one lane on to a scalar store of that lane, but stores the lane
# before the truncation: "vmovq %xmm1, 116(%rbx)" wrote 8 bytes for a 4-byte element, past
# the end of the output (heap corruption; free() aborted the fuzzer's worker later). The
# optimised IR is right, so every masked store whose mask is a constant with one lane set is
# rewritten, before the backend runs, as the scalar store it means: exact on any target.
_MASKED_STORE_RE = re.compile(
    r'^(?P<indent>[ \t]*)(?:(?:tail|notail|musttail) )?call void @llvm\.masked\.store\.[\w.]+'
    r'\(<(?P<n>\d+) x (?P<elt>[\w]+)> (?P<val>%[-\w.$]+|%"[^"]+"), '
    r'ptr(?: [^,%]*?)? (?P<ptr>%[-\w.$]+|%"[^"]+"), <\d+ x i1> <(?P<mask>[^>]*)>\)[^\n]*$',
    re.M)


def scalarize_one_lane_masked_stores(text: str) -> tuple[str, int]:
    """``text`` with every ``llvm.masked.store`` whose constant mask sets exactly one lane
    replaced by an extractelement and a plain store of that lane; and how many there were.
    Other masked stores are left as they are."""
    count = 0

    def one(m: re.Match[str]) -> str:
        nonlocal count
        lanes = [x.strip() for x in m["mask"].split(",")]
        on = [k for k, x in enumerate(lanes) if x == "i1 true"]
        if len(lanes) != int(m["n"]) or len(on) != 1 or \
                any(x not in ("i1 true", "i1 false") for x in lanes):
            return m.group(0)
        count += 1
        k, ind, elt, n = on[0], m["indent"], m["elt"], m["n"]
        v, p = f"%tcomp.mstore{count}.v", f"%tcomp.mstore{count}.p"
        return (f"{ind}{v} = extractelement <{n} x {elt}> {m['val']}, i64 {k}\n"
                f"{ind}{p} = getelementptr inbounds {elt}, ptr {m['ptr']}, i64 {k}\n"
                f"{ind}store {elt} {v}, ptr {p}, align 1")

    return _MASKED_STORE_RE.sub(one, text), count


@dataclass
class CompiledObject:
    """Object code of one kernel module plus the texts of its LLVM stages."""

    symbol: str
    object_code: bytes
    target: Target
    uses_parallel: bool
    llvm_ir: str
    llvm_opt: str
    _asm: str | None = field(default=None, repr=False)

    def assembly(self) -> str:
        """Assembly text, generated on first use from the optimised IR (a second codegen)."""
        if self._asm is None:
            mod = parse_and_verify(self.llvm_opt, self.symbol)
            self._asm = target_machine(self.target).emit_assembly(mod)
        return self._asm


# --- LLVM 22's faulty "VPMOV*2M + KMOV -> MOVMSK" fold (x86, AVX-512) ---------------------
# LLVM 22 added to the X86 "compress EVEX" pass (the last pass before emission) a fold of
#     vpmov{b,d,q}2m %xmm1, %k0 ; kmov %k0, %eax   into   vmovmsk{ps,pd}/vpmovmskb %xmm1, %eax
# (llvm-project PR 175219; 128/256-bit forms only, so it needs AVX-512VL). It has two bugs:
#  - it folds when the vector is one of xmm16-31/ymm16-31, which the VEX encoding of MOVMSK
#    cannot name; the assembly says "vmovmskps %xmm17, %ecx" but the object code reads xmm1
#    (llvm-project issue 191304, fixed by PR 191760);
#  - it erases the vpmov*2m when a later instruction both reads and writes the mask register
#    (issue 198197, fixed by PR 198220); that one leaves a plain-looking MOVMSK.
# Both give wrong results silently, depending on register allocation only. The fuzzer hit the
# first: the sign test of a floor-mod that computes a gather index, which the SLP vectoriser
# turned into one 4-lane compare. No LLVM option turns the fold off, so compile_ir checks the
# assembly and, when the fold may have struck, builds the module again with AVX-512VL off
# (a "target-features" attribute on every function), where the 128/256-bit VPMOV*2M forms the
# fold rewrites don't exist.
_MOVMSK = r"(?:\{vex\}\s*)?(?:vmovmskps|vmovmskpd|vpmovmskb)"
_VEX_ONLY = r"(?:\{vex\}\s*)?(?:vmovmskps|vmovmskpd|vpmovmskb|vblendvps|vblendvpd|vpblendvb)"
_HIGH_VECTOR_REG = r"\b[xy]mm(?:1[6-9]|2[0-9]|3[01])\b"
_VEX_HIGH_REG_RE = re.compile(rf"^[ \t]*{_VEX_ONLY}\b[^\n#]*{_HIGH_VECTOR_REG}", re.M)
_MOVMSK_RE = re.compile(rf"^[ \t]*{_MOVMSK}\b[^\n#]*", re.M)
_X86_TRIPLE_RE = re.compile(r"(x86_64|amd64|i[3-6]86)\b")
WORKAROUND_FEATURE = "-avx512vl"


def evex_fold_hazard(asm: str, llvm_version: tuple[int, ...] | None = None,
                     fold_may_erase: bool = True) -> str | None:
    """Why x86 assembly ``asm`` may hold code miscompiled by LLVM's faulty mask fold (see
    above), or None. A VEX-only instruction naming xmm16-31/ymm16-31 is always wrong (the
    object code reads another register). With LLVM 22 and ``fold_may_erase``, any MOVMSK is
    suspect too: it may be the fold's output after it erased a still-needed mask."""
    m = _VEX_HIGH_REG_RE.search(asm)
    if m:
        return (f"'{m.group(0).strip()}' names a register the VEX encoding can't hold "
                "(llvm-project issue 191304)")
    version = llvm.llvm_version_info if llvm_version is None else llvm_version
    if fold_may_erase and version[0] == 22:
        m = _MOVMSK_RE.search(asm)
        if m:
            return (f"'{m.group(0).strip()}' may be LLVM 22's MOVMSK fold of a mask that is "
                    "still needed (llvm-project issue 198197)")
    return None


def evex_check_needed(target: Target, llvm_version: tuple[int, ...] | None = None) -> bool:
    """Whether kernels for ``target`` may meet the fold: x86 with AVX-512VL, LLVM 22 or newer
    (the fold exists from 22 on; the check costs one more codegen to assembly)."""
    version = llvm.llvm_version_info if llvm_version is None else llvm_version
    if version[0] < 22 or not _X86_TRIPLE_RE.match(target.resolved_triple):
        return False
    return _has_avx512vl(target.resolved_triple, target.cpu or "generic", target.features)


# A 128-bit rotate is one EVEX "vprold ..., %xmm" exactly when AVX-512VL is on (AVX-512F alone
# widens it to zmm; without AVX-512 it is shifts and an or): asks LLVM itself what the CPU
# name and feature string mean.
_VL_PROBE = """
define <4 x i32> @tcomp_vl_probe(<4 x i32> %a) {
  %r = call <4 x i32> @llvm.fshl.v4i32(<4 x i32> %a, <4 x i32> %a,
                                        <4 x i32> <i32 3, i32 3, i32 3, i32 3>)
  ret <4 x i32> %r
}
declare <4 x i32> @llvm.fshl.v4i32(<4 x i32>, <4 x i32>, <4 x i32>)
"""
_VL_PROBE_RE = re.compile(r"^[ \t]*vprold\b[^\n#]*\bxmm\d", re.M)


@functools.cache
def _has_avx512vl(triple: str, cpu: str, features: str) -> bool:
    tm = _target_machine(triple, cpu, features)
    mod = parse_and_verify(_VL_PROBE, "the AVX-512VL probe")
    mod.triple = tm.triple
    mod.data_layout = str(tm.target_data)
    with LLVM_LOCK:
        return bool(_VL_PROBE_RE.search(tm.emit_assembly(mod)))


def with_function_features(text: str, features: str) -> str:
    """LLVM assembly ``text`` with ``"target-features"="features"`` on every function
    definition: LLVM then uses that feature string, not the TargetMachine's, for those
    functions (optimiser cost models and code generation alike)."""
    attr = f' "target-features"="{features}"'
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith("define "):
            end = _params_end(line)
            line = line[:end] + attr + line[end:]
        out.append(line)
    return "".join(out)


def _params_end(line: str) -> int:
    """Index just after the ``)`` closing the parameter list of a ``define`` line."""
    i = line.index("@") + 1
    if line[i:i + 1] == '"':  # a quoted name (LLVM escapes quotes inside as \22)
        i = line.index('"', i + 1) + 1
    depth, quoted = 0, False
    for j in range(i, len(line)):
        c = line[j]
        if quoted:
            quoted = c != '"'
        elif c == '"':
            quoted = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
    raise CompileError(f"can't find the parameter list of LLVM function definition {line!r}")


# --- LLVM 22's SLP vectoriser after the loop vectoriser: invalid IR ---------------------------
# Fuzz case 2303009896: a float64 copy into a local cache, its 128-long row split by 6 (a
# guarded tail) with the inner loop outside, built for AVX-512 (znver4). The loop vectoriser
# widens the copy, and SLP then packs its pieces into a <6 x double> shuffle that uses a
# wide load before the load is defined ("Instruction does not dominate all uses!"). O3 with
# either vectoriser alone gives valid IR. So where the optimised IR fails verification with
# SLP on, the module is optimised again from the unoptimised IR with SLP off (the kernel's
# own vectors come from the schedule; SLP only adds to them), and only an invalid result of
# that is an error.


def _optimised(text: str, tm: llvm.TargetMachine, symbol: str, slp: bool
               ) -> tuple[llvm.ModuleRef, str]:
    """``text`` verified and optimised (the caller holds ``LLVM_LOCK``): the module and its
    text, optimised again without SLP where SLP made invalid IR (see above)."""
    mod = parse_and_verify(text, f"kernel {symbol}")
    mod.triple = tm.triple
    mod.data_layout = str(tm.target_data)
    optimize(mod, tm, slp)
    opt_text = str(mod)
    try:  # what the optimiser made must be valid too before the backend sees it
        if "@llvm.masked.store." in opt_text:
            opt_text, n = scalarize_one_lane_masked_stores(opt_text)
            if n:
                STATS["one_lane_masked_stores"] += n
                mod = llvm.parse_assembly(opt_text)
        mod.verify()
    except RuntimeError as exc:
        if slp:
            STATS["slp_invalid_ir"] += 1
            return _optimised(text, tm, symbol, False)
        raise CompileError(f"LLVM's optimiser produced invalid IR for kernel {symbol}: "
                           f"{exc}. This is a tcomp or LLVM bug; please report it with the "
                           "IR below", log=text) from None
    return mod, opt_text


def _build(text: str, tm: llvm.TargetMachine, symbol: str, want_asm: bool, slp: bool = True
           ) -> tuple[bytes, str, str | None]:
    """Verify, optimise and emit ``text``: (object code, optimised IR, assembly or None)."""
    with LLVM_LOCK:  # LLVM's global option state isn't guaranteed thread safe
        mod, opt_text = _optimised(text, tm, symbol, slp)
        heavy = store_heavy(opt_text)
        STATS["small_store_chains"] += heavy
        with llvm_options(SMALL_STORE_CHAINS if heavy else ()):
            obj = tm.emit_object(mod)
            asm = tm.emit_assembly(mod) if want_asm else None
    return obj, opt_text, asm


def compile_ir(text: str, target: Target, symbol: str, uses_parallel: bool,
               count_as: str = "codegen", slp: bool = True) -> CompiledObject:
    """Verify, optimise at O3 and emit object code for ``target``; see ``evex_fold_hazard``
    for when x86 code is built a second time without AVX-512VL. ``slp=False`` turns the SLP
    vectoriser off (see the note on SLP above ``optimize``)."""
    tm = target_machine(target)
    check = evex_check_needed(target)
    if not slp:
        STATS["slp_off"] += 1
    obj, opt_text, asm = _build(text, tm, symbol, check, slp)
    why = evex_fold_hazard(asm) if asm is not None else None
    if why is not None:
        STATS["evex_workarounds"] += 1
        feats = ",".join(f for f in (target.features.strip(","), WORKAROUND_FEATURE) if f)
        text = with_function_features(text, feats)
        obj, opt_text, asm = _build(text, tm, symbol, True, slp)
        # Without AVX-512VL the fold can't happen; an ISel-made MOVMSK is fine then.
        still = evex_fold_hazard(asm or "", fold_may_erase=False)
        if still is not None:
            raise CompileError(f"LLVM miscompiled kernel {symbol} for {target}: {still}, even "
                               f"with {WORKAROUND_FEATURE}; build it for a target without "
                               "AVX-512 ('llvm -mattr=-avx512f')", log=text)
    STATS[count_as] += 1
    return CompiledObject(symbol, obj, target, uses_parallel, text, opt_text, _asm=asm)


def link_and_emit(texts: list[str], target: Target) -> bytes:
    """One object of the optimised modules ``texts`` (LLVM assembly) linked by LLVM, for
    libraries the system linker can't make (another architecture's). Code generation only:
    the modules are optimised already (kernels with any x86 workaround above applied, which
    is checked again here)."""
    mod = parse_and_verify(texts[0], "the first module of a library")
    for k, text in enumerate(texts[1:], 1):
        mod.link_in(parse_and_verify(text, f"module {k} of a library"))
    tm = target_machine(target)
    with LLVM_LOCK:
        # fold_may_erase=False: a kernel built with the workaround may hold an ISel MOVMSK
        why = (evex_fold_hazard(tm.emit_assembly(mod), fold_may_erase=False)
               if evex_check_needed(target) else None)
        if why is not None:
            raise CompileError(f"LLVM miscompiled a library for {target}: {why}; build its "
                               "kernels for a target without AVX-512 ('llvm -mattr=-avx512f')")
        return tm.emit_object(mod)


class LoadedModule:
    """An object file linked into its own MCJIT engine; keeps the engine (and code) alive."""

    def __init__(self, obj: CompiledObject) -> None:
        from .emit import NUM_THREADS_GLOBAL

        if obj.target.resolved_triple != llvm.get_process_triple():
            raise CompileError(f"kernel {obj.symbol} was compiled for "
                               f"{obj.target.resolved_triple} and can't run on this "
                               f"{llvm.get_process_triple()} machine; export it instead")
        if obj.uses_parallel:
            from .parallel import ensure_runtime

            ensure_runtime()
        t = obj.target
        # An MCJIT engine takes ownership of its TargetMachine: give each its own.
        tm = _new_target_machine(t.resolved_triple, t.cpu or "generic", t.features)
        with LLVM_LOCK:
            engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), tm)
            try:
                engine.add_object_file(llvm.ObjectFileRef.from_data(obj.object_code))
                engine.finalize_object()
            except RuntimeError as exc:
                raise CompileError(f"MCJIT could not load the object of {obj.symbol}: "
                                   f"{exc}") from None
            STATS["loads"] += 1
        self.obj = obj
        self.engine = engine
        self.address = engine.get_function_address(obj.symbol)
        if not self.address:
            raise CompileError(f"symbol {obj.symbol} not found in the compiled object")
        self.num_threads_address = (engine.get_global_value_address(NUM_THREADS_GLOBAL)
                                    if obj.uses_parallel else 0)
        self.ws_cells = Cells(engine.get_global_value_address, obj.symbol)
        self.ws_release = engine.get_function_address(obj.symbol + WS_RELEASE)
        if self.ws_release:
            WITH_WORKSPACE.add(self)

    def release_workspace(self) -> None:
        """Free the blocks the kernel's heap temporaries keep between calls (none: nothing)."""
        if self.ws_release:
            import ctypes

            ctypes.CFUNCTYPE(None)(self.ws_release)()

    def __del__(self) -> None:
        cells = getattr(self, "ws_cells", None)
        if cells is not None and not sys.is_finalizing():
            cells.free()  # the blocks the kernel's heap temporaries kept between calls

    def set_num_threads(self, n: int) -> None:
        """Set the module's ``tcomp_num_threads`` global (parallel loops read it per call)."""
        if self.num_threads_address:
            import ctypes

            ctypes.c_int32.from_address(self.num_threads_address).value = max(1, int(n))


__all__ = ["STATS", "CompiledObject", "LoadedModule", "compile_ir", "evex_check_needed",
           "evex_fold_hazard", "link_and_emit", "optimize", "parse_and_verify",
           "release_workspaces", "target_machine", "with_function_features"]
