"""Pass vectorize: ForKind.VECTORIZED loops -> vector expressions over Ramp/Broadcast (layer 4).

Pre:  indices are flat (run after flatten_buffers; multi-index accesses are still handled);
      the body of a vectorized loop holds no vectors yet.
Post: no VECTORIZED loop remains. A loop of constant extent n (2 <= n <= max_lanes) becomes
      its body with the loop variable replaced by ``ramp(min, 1, n)``: values that depend on
      it are n-lane vectors (Ramp arithmetic kept in closed form, so ``i*1024 + ramp(j0, 1,
      16)`` is ``ramp(i*1024 + j0, 1, 16)``), values that don't stay scalar and are broadcast
      only where they meet a vector. Extent 1 substitutes ``min``, extent 0 vanishes.
      With ``vector_bits`` (the target's vector register width, given by the build), a
      wider loop, or one whose extent is symbolic, is split into the target's vectors: a
      serial loop over chunks of ``vector_bits / element bits`` lanes, then the remainder
      (a narrower vector for a constant extent, a serial loop for a symbolic one).
      A loop that can't be vectorized (see ``_Cannot`` reasons) stays as a SERIAL loop, and
      the reason is logged at debug level on the ``tcomp`` logger.
"""

from __future__ import annotations

import logging
from typing import Any, NoReturn

from ..ir import expr as E
from ..ir import stmt as S
from ..ir.buffer import Buffer
from ..ir.func import PrimFunc
from ..ir.visitor import Mutator, substitute, walk
from .unroll import fresh_copy

log = logging.getLogger("tcomp")

Op = E.Op


class _Cannot(Exception):
    """Raised inside the vectorizer when a loop must fall back to serial; carries the reason."""


def _cannot(reason: str) -> NoReturn:
    raise _Cannot(reason)


def _lanes(e: E.Expr) -> int:
    return e.dtype.lanes


def _fold(op: Op, a: E.Expr, b: E.Expr) -> E.Expr:
    """Scalar ``a op b`` for Ramp bases and strides, folding constants and identities."""
    if isinstance(a, E.Const) and isinstance(b, E.Const) and a.dtype.is_int and b.dtype.is_int:
        val = {Op.ADD: a.value + b.value, Op.SUB: a.value - b.value, Op.MUL: a.value * b.value}
        return E.const(val[op], E.binary(op, a, b).dtype)
    if op == Op.ADD and E.is_const(a, 0):
        return b
    if op in (Op.ADD, Op.SUB) and E.is_const(b, 0):
        return a
    if op == Op.MUL and (E.is_const(a, 0) or E.is_const(b, 0)):
        return E.const(0, E.binary(op, a, b).dtype)
    if op == Op.MUL and E.is_const(a, 1):
        return b
    if op == Op.MUL and E.is_const(b, 1):
        return a
    return E.binary(op, a, b)


def _same(new: tuple[Any, ...], old: tuple[Any, ...]) -> bool:
    return all(a is b for a, b in zip(new, old, strict=True))


def _scalar_of(e: E.Expr) -> E.Expr | None:
    """The scalar a lane-uniform value stands for (itself, or a Broadcast's value)."""
    if _lanes(e) == 1:
        return e
    if isinstance(e, E.Broadcast):
        return e.value
    return None


def _lanes_fit(r: E.Ramp) -> bool:
    """Every lane of the integer ramp ``r`` (constant base and stride) is in its type's range:
    ``base + k * stride`` did not wrap."""
    if not (isinstance(r.base, E.Const) and isinstance(r.stride, E.Const)):
        return False
    bits = r.dtype.bits
    lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    ends = (int(r.base.value), int(r.base.value) + (r.lanes - 1) * int(r.stride.value))
    return lo <= min(ends) and max(ends) <= hi


def _ramp_binary(op: Op, a: E.Expr, b: E.Expr) -> E.Expr | None:
    """Closed-form Ramp arithmetic for integer +, -, *; None when no rule applies."""
    if not (a.dtype.is_int and b.dtype.is_int) or op not in (Op.ADD, Op.SUB, Op.MUL):
        return None
    sa, sb = _scalar_of(a), _scalar_of(b)
    if a.dtype.scalar != b.dtype.scalar:
        return None
    if isinstance(a, E.Ramp) and isinstance(b, E.Ramp) and op != Op.MUL:
        return E.ramp(_fold(op, a.base, b.base), _fold(op, a.stride, b.stride), a.lanes)
    if isinstance(a, E.Ramp) and sb is not None:
        if op == Op.MUL:
            return E.ramp(_fold(op, a.base, sb), _fold(op, a.stride, sb), a.lanes)
        return E.ramp(_fold(op, a.base, sb), a.stride, a.lanes)
    if isinstance(b, E.Ramp) and sa is not None:
        if op == Op.MUL:
            return E.ramp(_fold(op, sa, b.base), _fold(op, sa, b.stride), b.lanes)
        if op == Op.ADD:
            return E.ramp(_fold(op, sa, b.base), b.stride, b.lanes)
        zero = E.const(0, b.stride.dtype)
        return E.ramp(_fold(op, sa, b.base), _fold(Op.SUB, zero, b.stride), b.lanes)
    return None


class _Vectorizer(Mutator):
    """Rewrites the body of one loop with ``var -> ramp(min, 1, lanes)``.

    Expressions that don't depend on the loop variable are returned unchanged (scalar).
    """

    def __init__(self, var: E.Var, base: E.Expr, lanes: int) -> None:
        super().__init__()
        self.lanes = lanes
        one = E.const(1, var.dtype)
        self.vmap: dict[E.Var, E.Expr] = {var: E.ramp(E.cast(var.dtype, base), one, lanes)}
        # buffer -> vector indices stored to it; checked against loads at the end.
        self.stored: dict[Buffer, set[tuple[E.Expr, ...]]] = {}
        self.loaded: dict[Buffer, set[tuple[E.Expr, ...]]] = {}

    # ------------------------------------------------------------------ expressions
    def visit_Var(self, node: E.Var) -> E.Expr:
        return self.vmap.get(node, node)

    def visit_Ramp(self, node: E.Ramp) -> NoReturn:
        _cannot("the body already holds vectors (an inner loop was vectorized)")

    visit_Broadcast = visit_Ramp

    def visit_Reduce(self, node: E.Reduce) -> NoReturn:
        _cannot("a Reduce node survived lowering")

    def visit_ProducerLoad(self, node: E.ProducerLoad) -> NoReturn:
        _cannot("a ProducerLoad node survived lowering")

    def visit_Binary(self, node: E.Binary) -> E.Expr:
        a, b = self.visit(node.a), self.visit(node.b)
        if a is node.a and b is node.b:
            return node
        if _lanes(a) == 1 and _lanes(b) == 1:
            return E.Binary(node.op, a, b, node.dtype)
        rule = _ramp_binary(node.op, a, b)
        if rule is not None:
            return rule
        sa, sb = _scalar_of(a), _scalar_of(b)
        if sa is not None and sb is not None:  # two broadcasts: compute once, broadcast after
            return E.broadcast(E.Binary(node.op, sa, sb, node.dtype), self.lanes)
        return E.binary(node.op, a, b)

    def visit_Unary(self, node: E.Unary) -> E.Expr:
        a = self.visit(node.a)
        if a is node.a:
            return node
        if isinstance(a, E.Ramp) and node.op == Op.NEG and a.dtype.is_int:
            zero = E.const(0, a.base.dtype)
            return E.ramp(_fold(Op.SUB, zero, a.base), _fold(Op.SUB, zero, a.stride), a.lanes)
        return E.Unary(node.op, a, node.dtype.with_lanes(_lanes(a)))

    def visit_Cast(self, node: E.Cast) -> E.Expr:
        v = self.visit(node.value)
        if v is node.value:
            return node
        if isinstance(v, E.Ramp) and node.dtype.is_int and (
                node.dtype.bits <= v.dtype.bits or _lanes_fit(v)):
            # Narrowing keeps a ramp (truncation commutes with wrapping + and *). Widening does
            # only where no lane wrapped in the narrow type: int64(int32(i) + 2147483647) is
            # -2147483648 at i = 1, but the widened ramp said 2147483648 (fuzz case
            # 2033013411); otherwise the narrow lanes are computed, then extended.
            return E.ramp(E.cast(node.dtype.scalar, v.base), E.cast(node.dtype.scalar, v.stride),
                          v.lanes)
        return E.cast(node.dtype.scalar, v)

    def visit_Select(self, node: E.Select) -> E.Expr:
        c, t, f = self.visit(node.cond), self.visit(node.t), self.visit(node.f)
        if c is node.cond and t is node.t and f is node.f:
            return node
        if _lanes(c) == 1 and _lanes(t) == 1 and _lanes(f) == 1:
            return E.Select(c, t, f, node.dtype)
        return E.select(c, t, f)

    def _indices(self, indices: tuple[E.Expr, ...]) -> tuple[tuple[E.Expr, ...], bool]:
        idx = tuple(self.visit(i) for i in indices)
        vector = any(_lanes(i) > 1 for i in idx)
        if vector and len(idx) > 1:  # unflattened access: every index gets the lanes
            idx = tuple(E.broadcast(i, self.lanes) if _lanes(i) == 1 else i for i in idx)
        return idx, vector

    def visit_Load(self, node: E.Load) -> E.Expr:
        idx, vector = self._indices(node.indices)
        self.loaded.setdefault(node.buffer, set()).add(idx)
        if not vector:
            return node if _same(idx, node.indices) else E.Load(node.buffer, idx, node.dtype)
        return E.Load(node.buffer, idx, node.dtype.with_lanes(self.lanes))

    # ------------------------------------------------------------------ statements
    def visit_Store(self, node: S.Store) -> S.Stmt:
        idx, vector = self._indices(node.indices)
        value = self.visit(node.value)
        name = node.buffer.name
        if not vector:
            if _lanes(value) > 1:
                _cannot(f"the store to '{name}' has the same index in every lane but a value "
                        "that varies (a reduction into one location)")
            if any(isinstance(n, E.Load) and n.buffer is node.buffer for n in walk(value)):
                _cannot(f"the store to '{name}' has the same index in every lane and reads "
                        f"'{name}' (executing it once is not the same as n times)")
        else:
            value = E.broadcast(value, self.lanes) if _lanes(value) == 1 else value
        self.stored.setdefault(node.buffer, set()).add(idx)
        if _same(idx, node.indices) and value is node.value:
            return node
        return S.Store(node.buffer, idx, value, node.stream)

    def visit_Prefetch(self, node: S.Prefetch) -> S.Stmt:
        idx, _ = self._indices(node.indices)  # a hint: no lane reads anything
        return node if _same(idx, node.indices) else S.Prefetch(node.buffer, idx, node.write)

    def visit_For(self, node: S.For) -> S.Stmt:
        mn, ext = self.visit(node.min), self.visit(node.extent)
        if _lanes(mn) > 1 or _lanes(ext) > 1:
            _cannot(f"the bounds of the inner loop '{node.var.name}' depend on the vectorized "
                    "variable")
        body = self.visit(node.body)
        if mn is node.min and ext is node.extent and body is node.body:
            return node
        return S.For(node.var, mn, ext, node.kind, body, node.thread_tag)

    def visit_If(self, node: S.If) -> S.Stmt:
        cond = self.visit(node.cond)
        if _lanes(cond) > 1:
            _cannot(f"the condition {node.cond!r} varies per lane")
        then = self.visit(node.then)
        orelse = None if node.orelse is None else self.visit(node.orelse)
        if cond is node.cond and then is node.then and orelse is node.orelse:
            return node
        return S.If(cond, then, orelse)

    def visit_LetStmt(self, node: S.LetStmt) -> S.Stmt:
        value = self.visit(node.value)
        if _lanes(value) == 1:
            body = self.visit(node.body)
            if value is node.value and body is node.body:
                return node
            return S.LetStmt(node.var, value, body)
        if isinstance(value, (E.Ramp, E.Broadcast)):
            # Inline: a named ramp would hide that the accesses using it are contiguous.
            self.vmap[node.var] = value
            return self.visit(node.body)
        var = E.Var(node.var.name, value.dtype)
        self.vmap[node.var] = var
        return S.LetStmt(var, value, self.visit(node.body))

    def visit_Allocate(self, node: S.Allocate) -> NoReturn:
        _cannot(f"it allocates '{node.buffer.name}' inside the loop")

    def visit_Barrier(self, node: S.Barrier) -> NoReturn:
        _cannot("it holds a barrier")

    def check_lane_independence(self) -> None:
        """Fall back when one lane may read or overwrite what another lane writes.

        Vectorizing runs each statement for all lanes before the next statement, which only
        matches the serial order when every buffer written in the loop is written at one index
        and read only at that index, and, if it is read back, that index differs per lane.
        """
        for buf, stores in self.stored.items():
            loads = self.loaded.get(buf, set())
            if len(stores) > 1 or any(ld not in stores for ld in loads):
                _cannot(f"'{buf.name}' is read or written at different indices in the loop, so "
                        "lanes may depend on each other")
            (idx,) = stores
            if loads and any(_lanes(i) > 1 for i in idx) and not _distinct_lanes(idx):
                _cannot(f"'{buf.name}' is updated at an index {list(idx)} that may repeat across "
                        "lanes (a reduction)")


def _nonzero(e: E.Expr) -> bool:
    """True when ``e`` is provably nonzero wherever it is used: a nonzero constant, a symbolic
    dimension (a zero-size dimension leaves nothing to index) or a product of those."""
    if isinstance(e, E.Const):
        return e.value != 0
    if isinstance(e, E.SizeVar):
        return True
    if isinstance(e, E.Binary) and e.op == Op.MUL:
        return _nonzero(e.a) and _nonzero(e.b)
    return False


def _distinct_lanes(idx: tuple[E.Expr, ...]) -> bool:
    """True when the lanes of a (possibly multi-dim) vector index address distinct elements."""
    return any(isinstance(i, E.Ramp) and _nonzero(i.stride) for i in idx)


def _native_lanes(body: S.Stmt, vector_bits: int, max_lanes: int) -> int:
    """Lanes of one target vector for the widest element the loop loads or stores."""
    bits = [n.buffer.dtype.itemsize * 8 for n in walk(body) if isinstance(n, (E.Load, S.Store))]
    return max(2, min(max_lanes, vector_bits // max(bits, default=32)))


def _vector_body(loop: S.For, base: E.Expr, lanes: int, copy: bool) -> S.Stmt:
    """``loop``'s body run as ``lanes`` lanes starting at ``base`` (a fresh copy if asked,
    so that a body emitted twice binds its inner loops and lets once each)."""
    var, body = loop.var, loop.body
    if copy:
        var = E.Var(loop.var.name, loop.var.dtype)
        body = fresh_copy(body, {loop.var: var})
    if lanes == 1:
        return substitute(body, {var: E.cast(var.dtype, base)})
    vec = _Vectorizer(var, base, lanes)
    out = vec.visit(body)
    vec.check_lane_independence()
    return out


def _split_into_vectors(loop: S.For, ext: E.Expr, lanes: int) -> S.Stmt:
    """``for v in min..min+ext`` -> chunks of ``lanes`` lanes, then the remainder."""
    i64 = loop.var.dtype
    chunk = E.Var(f"{loop.var.name}.vec", i64)
    width = E.const(lanes, i64)
    rem = E.const_value(ext)
    n_chunks = (E.const(rem // lanes, i64) if isinstance(rem, int)
                else E.binary(Op.FLOORDIV, ext, width))
    base = _fold(Op.ADD, E.cast(i64, loop.min), _fold(Op.MUL, chunk, width))
    main = S.For(chunk, E.const(0, i64), n_chunks, S.ForKind.SERIAL,
                 _vector_body(loop, base, lanes, copy=False))
    tail_min = _fold(Op.ADD, E.cast(i64, loop.min), _fold(Op.MUL, n_chunks, width))
    if isinstance(rem, int):
        rem %= lanes
        if rem == 0:
            return main
        return S.seq(main, _vector_body(loop, tail_min, rem, copy=True))
    var = E.Var(loop.var.name, i64)
    tail = S.For(var, tail_min, E.binary(Op.FLOORMOD, ext, width), S.ForKind.SERIAL,
                 fresh_copy(loop.body, {loop.var: var}))
    return S.seq(main, tail)


def _power_of_two_vectors(loop: S.For, ext: int) -> S.Stmt:
    """``loop`` (constant extent ``ext``) as one vector, or as vectors of decreasing powers
    of two when ``ext`` is above 4 and not one (17 -> 16 + 1, 12 -> 8 + 4): what LLVM would
    legalize them into anyway, and LLVM 22's x86 backend looped forever on some odd widths
    (fuzz case 2040008152: an int64 compare of two select chains on <17 x i64>)."""
    if ext <= 4 or ext & (ext - 1) == 0:
        return _vector_body(loop, loop.min, ext, copy=False)
    parts, off = [], 0
    while off < ext:
        w = 1 << ((ext - off).bit_length() - 1)
        base = _fold(Op.ADD, E.cast(loop.var.dtype, loop.min), E.const(off, loop.var.dtype))
        parts.append(_vector_body(loop, base, w, copy=bool(parts)))
        off += w
    return S.seq(*parts)


def _vectorize_loop(loop: S.For, max_lanes: int, vector_bits: int | None) -> S.Stmt:
    """Vectorize one VECTORIZED loop whose body is already processed; serial on failure."""
    ext = E.const_value(loop.extent)
    try:
        if isinstance(ext, int) and ext <= 0:
            return S.Evaluate(E.const(0))
        if ext == 1:
            return substitute(loop.body, {loop.var: loop.min})
        if isinstance(ext, int) and ext <= max_lanes:
            return _power_of_two_vectors(loop, ext)
        if vector_bits is None:
            if not isinstance(ext, int):
                _cannot(f"its extent {loop.extent!r} is not a constant")
            _cannot(f"its extent {ext} exceeds {max_lanes} lanes; split the axis first")
        lanes = _native_lanes(loop.body, vector_bits, max_lanes)
        return _split_into_vectors(loop, loop.extent, lanes)
    except _Cannot as why:
        log.debug("vectorize: loop '%s' kept serial: %s", loop.var.name, why)
        return S.For(loop.var, loop.min, loop.extent, S.ForKind.SERIAL, loop.body,
                     loop.thread_tag)


class _VectorizePass(Mutator):
    def __init__(self, max_lanes: int, vector_bits: int | None) -> None:
        super().__init__()
        self.max_lanes = max_lanes
        self.vector_bits = vector_bits

    def visit_For(self, node: S.For) -> Any:
        node = self.generic_visit(node)  # innermost vectorized loops first
        if node.kind != S.ForKind.VECTORIZED:
            return node
        return _vectorize_loop(node, self.max_lanes, self.vector_bits)


def vectorize(func: PrimFunc, *, max_lanes: int = 64, vector_bits: int | None = None
              ) -> PrimFunc:
    """Turn every ``vectorized`` loop into vector operations, or a serial loop if it can't be.

    ``max_lanes`` caps one vector; ``vector_bits`` is the target's vector register width
    (``Target.vector_bits``): with it, a loop wider than ``max_lanes`` or of symbolic extent
    is split into target-sized vectors instead of staying serial.

    Example (flattened, ``j`` vectorized with extent 16)::

        for j in 0..16:  # vectorized           C[ramp(i * 16, 1, 16)] =
          C[i * 16 + j] = A[i * 16 + j] + B[j]     A[ramp(i * 16, 1, 16)] + B[ramp(0, 1, 16)]
    """
    body = _VectorizePass(max_lanes, vector_bits).visit(func.body)
    return func if body is func.body else func.with_body(body)


__all__ = ["vectorize"]
