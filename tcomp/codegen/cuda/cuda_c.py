"""Readable CUDA C of an SPMD kernel (layer 5): for reading and debugging, and compilable
with nvcc (``extern "C" __global__``). It prints the flattened kernel before vectorize and
unroll. A vectorized loop of 2 or 4 lanes whose body is one store to contiguous elements at a
provably aligned index (``align.py``) prints as ``float4``/``float2`` loads and one store;
other vectorized and unrolled loops print as ``#pragma unroll`` loops.

Integer semantics are tcomp's (as in the PTX): integer arithmetic on loaded data wraps
(``tc_add``/``tc_sub``/``tc_mul``/``tc_neg`` compute in ``uint64_t``, as C's signed overflow is
undefined; index arithmetic over loop and thread variables prints as plain infix),
``tc_floordiv``/``tc_floormod`` give ``x // 0 == x % 0 == 0`` and ``MIN // -1 == MIN``,
``tc_pow`` is exact and wrapping, and float -> int casts use the ``__float2int_rz`` family
(PTX ``cvt.rzi``: saturating, NaN -> 0).
"""

from __future__ import annotations

import re

from ...arith import simplify
from ...dtypes import DType
from ...errors import CompileError
from ...ir import expr as E
from ...ir import stmt as S
from ...ir.expr import Op
from ...ir.func import PrimFunc
from ...ir.visitor import Mutator, substitute, uses_var, walk
from ..llvm.emit import kernel_symbol
from .align import BASE_ALIGN, known_multiple

_PRELUDE = """\
#include <stdint.h>
// tcomp's integer semantics: wrapping two's complement; floor // and % with x // 0 == x % 0
// == 0 and MIN // -1 == MIN; exact wrapping **. A narrower result is the low bits.
__device__ __forceinline__ int64_t tc_add(int64_t a, int64_t b) {
  return (int64_t)((uint64_t)a + (uint64_t)b); }
__device__ __forceinline__ int64_t tc_sub(int64_t a, int64_t b) {
  return (int64_t)((uint64_t)a - (uint64_t)b); }
__device__ __forceinline__ int64_t tc_mul(int64_t a, int64_t b) {
  return (int64_t)((uint64_t)a * (uint64_t)b); }
__device__ __forceinline__ int64_t tc_neg(int64_t a) { return (int64_t)(0ull - (uint64_t)a); }
__device__ __forceinline__ int64_t tc_floordiv(int64_t a, int64_t b) {
  if (b == 0) return 0;
  if (b == -1) return tc_neg(a);
  int64_t q = a / b; return (q * b != a && ((a < 0) != (b < 0))) ? q - 1 : q; }
__device__ __forceinline__ int64_t tc_floormod(int64_t a, int64_t b) {
  if (b == 0 || b == -1) return 0;
  int64_t r = a % b; return (r != 0 && ((r < 0) != (b < 0))) ? r + b : r; }
__device__ __forceinline__ int64_t tc_pow(int64_t a, int64_t b) {
  if (b < 0) return a == 1 ? 1 : a == -1 ? ((b & 1) ? -1 : 1) : 0;
  uint64_t r = 1, x = (uint64_t)a;
  for (; b; b >>= 1) { if (b & 1) r *= x; x *= x; }
  return (int64_t)r; }
// Float floor // and % as numpy's npy_divmod: the remainder follows the divisor's sign (a
// zero one too), the quotient is rounded to the nearest integer after subtracting it.
#define TC_FDIVMOD(T, FMOD, FLOOR, COPYSIGN, SUFFIX) \
__device__ __forceinline__ T tc_floormod##SUFFIX(T a, T b) { \
  T m = FMOD(a, b); \
  if (m != (T)0) { if ((b < (T)0) != (m < (T)0)) m += b; } else m = COPYSIGN((T)0, b); \
  return m; } \
__device__ __forceinline__ T tc_floordiv##SUFFIX(T a, T b) { \
  if (b == (T)0) return a / b; \
  T m = FMOD(a, b), d = (a - m) / b; \
  if (m != (T)0 && ((b < (T)0) != (m < (T)0))) d -= (T)1; \
  if (d == (T)0) return COPYSIGN((T)0, a / b); \
  T f = FLOOR(d); if (d - f > (T)0.5) f += (T)1; \
  return f; }
TC_FDIVMOD(float, fmodf, floorf, copysignf, _f32)
TC_FDIVMOD(double, fmod, floor, copysign, _f64)
// Float min/max as numpy's minimum/maximum (and the PTX): a NaN operand is returned, of
// equal values the second (fminf/fmaxf would return the non-NaN operand).
#define TC_FMINMAX(T, SUFFIX) \
__device__ __forceinline__ T tc_min##SUFFIX(T a, T b) { return (a < b || a != a) ? a : b; } \
__device__ __forceinline__ T tc_max##SUFFIX(T a, T b) { return (a > b || a != a) ? a : b; }
TC_FMINMAX(float, _f32)
TC_FMINMAX(double, _f64)
"""
_WRAPPING = {Op.ADD: "tc_add", Op.SUB: "tc_sub", Op.MUL: "tc_mul"}
_F2I = {(32, 32): "__float2int_rz", (32, 64): "__float2ll_rz", (64, 32): "__double2int_rz",
        (64, 64): "__double2ll_rz"}


_INFIX = {Op.ADD: "+", Op.SUB: "-", Op.MUL: "*", Op.DIV: "/", Op.EQ: "==", Op.NE: "!=",
          Op.LT: "<", Op.LE: "<=", Op.GT: ">", Op.GE: ">=", Op.AND: "&&", Op.OR: "||"}
_VECTOR_TYPES = {("float32", 2): "float2", ("float32", 4): "float4", ("float64", 2): "double2",
                 ("int32", 2): "int2", ("int32", 4): "int4"}
_LANE = "xyzw"
_F32_UNARY = {Op.EXP: "expf", Op.EXP2: "exp2f", Op.LOG: "logf", Op.SQRT: "sqrtf",
              Op.RSQRT: "rsqrtf", Op.TANH: "tanhf", Op.ERF: "erff", Op.ABS: "fabsf",
              Op.FLOOR: "floorf", Op.CEIL: "ceilf"}


def c_type(dt: DType) -> str:
    if dt.lanes != 1:
        raise CompileError(f"CUDA C printer got a vector of {dt}; print the kernel before the "
                           "vectorize pass")
    if dt.is_float:
        return {16: "__half", 32: "float", 64: "double"}[dt.bits]
    if dt.is_bool:
        return "bool"
    return f"int{dt.bits}_t"


class _Replace(Mutator):
    def __init__(self, loads: dict[E.Load, E.Var]) -> None:
        super().__init__()
        self.loads = loads

    def visit_Load(self, node: E.Load) -> E.Expr:
        got = self.loads.get(node)
        return self.generic_visit(node) if got is None else got


class _Printer:
    def __init__(self, func: PrimFunc) -> None:
        self.func = func
        self.names: dict[int, str] = {}
        self.used: set[str] = set()
        self.lines: list[str] = []
        self.multiples: dict[E.Var, int] = {}  # let-bound var -> known_multiple of its value
        # Loop, thread and dim variables, and lets of index arithmetic over them: integer
        # arithmetic over these alone is indexing, printed infix; anything else may wrap.
        self.index_vars: set[E.Var] = set(func.dim_vars)
        self.index_vars |= set(func.attrs.get("thread_vars", {}).values())
        for tag, v in func.attrs.get("thread_vars", {}).items():
            self.names[v.uid] = f"((int64_t){tag})" if v.dtype.bits == 64 else f"((int){tag})"

    def name(self, obj: E.Var | object, hint: str) -> str:
        key = obj.uid
        got = self.names.get(key)
        if got is None:
            base = re.sub(r"[^0-9A-Za-z_]", "_", hint) or "v"
            if base[0].isdigit():
                base = "v" + base
            got, k = base, 1
            while got in self.used:
                k += 1
                got = f"{base}_{k}"
            self.used.add(got)
            self.names[key] = got
        return got

    def data_dependent(self, e: E.Expr) -> bool:
        """Whether an integer expression depends on memory, a float or a data variable (not
        index arithmetic over loop and thread variables, which stays far from overflow)."""
        return any(isinstance(n, E.Load) or (isinstance(n, E.Cast) and not n.value.dtype.is_int)
                   or (isinstance(n, E.Var) and n not in self.index_vars) for n in walk(e))

    # ---------------------------------------------------------------- expressions
    def expr(self, e: E.Expr) -> str:
        if isinstance(e, E.Const):
            if e.dtype.is_bool:
                return "true" if e.value else "false"
            if e.dtype.is_float:
                v = float(e.value)
                if v != v:
                    return "__int_as_float(0x7fc00000)" if e.dtype.bits == 32 else "nan(\"\")"
                if v in (float("inf"), float("-inf")):
                    s = "INFINITY" if v > 0 else "-INFINITY"
                    return s if e.dtype.bits == 32 else f"((double){s})"
                r = repr(v)
                return f"{r}f" if e.dtype.bits == 32 else r
            return f"{int(e.value)}" if e.dtype.bits <= 32 else f"{int(e.value)}LL"
        if isinstance(e, E.Var):
            return self.name(e, e.name)
        if isinstance(e, E.Load):
            (i,) = e.indices
            return f"{self.name(e.buffer, e.buffer.name)}[{self.expr(i)}]"
        if isinstance(e, E.Cast):
            src = e.value.dtype
            if e.dtype.is_int and src.is_float:
                return f"(({c_type(e.dtype)}){_F2I[src.bits, e.dtype.bits]}({self.expr(e.value)}))"
            return f"(({c_type(e.dtype)}){self.expr(e.value)})"
        if isinstance(e, E.Select):
            return f"({self.expr(e.cond)} ? {self.expr(e.t)} : {self.expr(e.f)})"
        if isinstance(e, E.Binary):
            a, b = self.expr(e.a), self.expr(e.b)
            dt = e.a.dtype
            if dt.is_int and e.op in _WRAPPING and self.data_dependent(e):
                return f"(({c_type(dt)}){_WRAPPING[e.op]}({a}, {b}))"
            if e.op in _INFIX:
                return f"({a} {_INFIX[e.op]} {b})"
            if e.op in (Op.FLOORDIV, Op.FLOORMOD):
                if dt.is_float:
                    fn = "tc_floordiv" if e.op == Op.FLOORDIV else "tc_floormod"
                    return f"{fn}_f{dt.bits}({a}, {b})"
                fn = "tc_floordiv" if e.op == Op.FLOORDIV else "tc_floormod"
                return f"(({c_type(dt)}){fn}({a}, {b}))"
            if e.op in (Op.MIN, Op.MAX):
                if dt.is_float:
                    return f"tc_{e.op.value}_f{dt.bits}({a}, {b})"
                return f"({a} {'<' if e.op == Op.MIN else '>'} {b} ? {a} : {b})"
            if e.op == Op.POW:
                if dt.is_int:
                    return f"(({c_type(dt)})tc_pow({a}, {b}))"
                return f"{'powf' if dt.bits == 32 else 'pow'}({a}, {b})"
        if isinstance(e, E.Unary):
            a = self.expr(e.a)
            dt = e.dtype
            if e.op == Op.NEG:
                if dt.is_int and self.data_dependent(e):
                    return f"(({c_type(dt)})tc_neg({a}))"
                return f"(-{a})"
            if e.op == Op.NOT:
                return f"(!{a})"
            if e.op == Op.SIGMOID:
                ex = "expf" if dt.bits == 32 else "exp"
                one = "1.0f" if dt.bits == 32 else "1.0"
                return f"({one} / ({one} + {ex}(-{a})))"
            if e.op == Op.ABS and dt.is_int:  # abs(MIN) == MIN
                return f"({a} < 0 ? (({c_type(dt)})tc_neg({a})) : {a})"
            fn = _F32_UNARY[e.op]
            return f"{fn if dt.bits == 32 else fn.rstrip('f')}({a})"
        raise CompileError(f"CUDA C printer can't print {type(e).__name__}: {e!r}")

    # ---------------------------------------------------------------- statements
    def emit(self, line: str, depth: int) -> None:
        self.lines.append("  " * depth + line)

    def stmt(self, s: S.Stmt, d: int) -> None:
        if isinstance(s, S.Seq):
            for c in s.stmts:
                self.stmt(c, d)
        elif isinstance(s, S.For):
            if s.kind == S.ForKind.VECTORIZED and self.vector_store(s, d):
                return
            v = self.name(s.var, s.var.name)
            self.index_vars.add(s.var)
            if s.kind in (S.ForKind.UNROLLED, S.ForKind.VECTORIZED):
                self.emit("#pragma unroll", d)
            lo = self.expr(s.min)
            self.emit(f"for ({c_type(s.var.dtype)} {v} = {lo}; {v} < {lo} + "
                      f"{self.expr(s.extent)}; ++{v}) {{", d)
            self.stmt(s.body, d + 1)
            self.emit("}", d)
        elif isinstance(s, S.If):
            self.emit(f"if ({self.expr(s.cond)}) {{", d)
            self.stmt(s.then, d + 1)
            if s.orelse is not None:
                self.emit("} else {", d)
                self.stmt(s.orelse, d + 1)
            self.emit("}", d)
        elif isinstance(s, S.LetStmt):
            self.multiples[s.var] = known_multiple(s.value, self.multiples)
            if not self.data_dependent(s.value):
                self.index_vars.add(s.var)
            self.emit(f"const {c_type(s.var.dtype)} {self.name(s.var, s.var.name)} = "
                      f"{self.expr(s.value)};", d)
            self.stmt(s.body, d)
        elif isinstance(s, S.Store):
            (i,) = s.indices
            self.emit(f"{self.name(s.buffer, s.buffer.name)}[{self.expr(i)}] = "
                      f"{self.expr(s.value)};", d)
        elif isinstance(s, S.Allocate):
            b = s.buffer
            size = 1
            for dim in b.shape:
                if not isinstance(dim, E.Const):
                    raise CompileError(f"buffer '{b.name}' has symbolic size in a GPU kernel")
                size *= int(dim.value)
            q = f"__shared__ __align__({BASE_ALIGN}) " if b.scope == "shared" else \
                f"__align__({BASE_ALIGN}) "
            self.emit(f"{q}{c_type(b.dtype)} {self.name(b, b.name)}[{max(size, 1)}];", d)
            self.stmt(s.body, d)
        elif isinstance(s, S.Barrier):
            self.emit("__syncthreads();", d)
        elif isinstance(s, S.Evaluate):
            pass
        else:
            raise CompileError(f"CUDA C printer can't print {type(s).__name__}")

    def _aligned(self, idx: E.Expr, v: E.Var, start: E.Expr, lanes: int) -> E.Expr | None:
        """Index of lane 0 when ``idx`` steps by 1 with ``v`` and is a multiple of ``lanes``."""
        step = simplify(substitute(idx, {v: v + E.const(1, v.dtype)}) - idx)
        base = simplify(substitute(idx, {v: start}))
        ok = E.is_const(step, 1) and known_multiple(base, self.multiples) % lanes == 0
        return base if ok else None

    def vector_store(self, loop: S.For, d: int) -> bool:
        """Print ``loop`` as vector loads and one vector store; False when it doesn't fit."""
        st, n, v = loop.body, E.const_value(loop.extent), loop.var
        if not isinstance(st, S.Store) or (str(st.buffer.dtype), n) not in _VECTOR_TYPES:
            return False
        base = self._aligned(st.indices[0], v, loop.min, n)
        if base is None or any(isinstance(x, E.Load) and x.buffer is st.buffer and
                               x.indices != st.indices for x in walk(st.value)):
            return False
        lanes: dict[E.Load, list[E.Var]] = {}
        # Loads under a select may be out of bounds in the lanes that don't take them.
        guarded = {x for sel in walk(st.value) if isinstance(sel, E.Select)
                   for x in (*walk(sel.t), *walk(sel.f))}
        for ld in walk(st.value):
            vt = _VECTOR_TYPES.get((str(ld.dtype), n)) if isinstance(ld, E.Load) else None
            if vt is None or ld in lanes or ld in guarded or not uses_var(ld, v):
                continue
            b = self._aligned(ld.indices[0], v, loop.min, n)
            if b is not None:
                tmp = self.name(E.Var("v"), ld.buffer.name + "_v")
                self.emit(f"const {vt} {tmp} = *reinterpret_cast<const {vt}*>("
                          f"&{self.name(ld.buffer, ld.buffer.name)}[{self.expr(b)}]);", d)
                lanes[ld] = [E.Var(f"{tmp}.{c}", ld.dtype) for c in _LANE[:n]]
                self.names.update({x.uid: x.name for x in lanes[ld]})
        vals = []
        for i in range(n):
            lane = _Replace({ld: vs[i] for ld, vs in lanes.items()}).visit(st.value)
            vals.append(self.expr(simplify(substitute(lane, {v: loop.min + i}))))
        vt = _VECTOR_TYPES[str(st.buffer.dtype), n]
        self.emit(f"*reinterpret_cast<{vt}*>(&{self.name(st.buffer, st.buffer.name)}"
                  f"[{self.expr(base)}]) = make_{vt}({', '.join(vals)});", d)
        return True

    def kernel(self) -> str:
        f = self.func
        params = [f"{c_type(b.dtype)}* __restrict__ {self.name(b, b.name)}" for b in f.params]
        params += [f"int64_t {self.name(v, v.name)}" for v in f.dim_vars]
        la = f.attrs["launch"]
        grid = ", ".join(repr(g) for g in la["grid"])
        nthreads = la["block"][0] * la["block"][1] * la["block"][2]
        self.lines = [f"// grid ({grid}), block {tuple(la['block'])}, "
                      f"{la['shared_bytes']} bytes of shared memory",
                      f"extern \"C\" __global__ void __launch_bounds__({nthreads}) "
                      f"{kernel_symbol(f.name)}({', '.join(params)}) {{"]
        self.stmt(f.body, 1)
        self.lines.append("}")
        return "\n".join(self.lines)


def cuda_source(kernels: list[PrimFunc]) -> str:
    """CUDA C of flattened SPMD kernels (one translation unit)."""
    return _PRELUDE + "\n" + "\n\n".join(_Printer(k).kernel() for k in kernels) + "\n"


__all__ = ["c_type", "cuda_source"]
