"""Pass flatten_buffers: multi-dimensional buffer accesses -> one flat int64 offset (layer 4).

Pre:  indices of every Load/Store match the rank of its buffer (any number of dimensions,
      constant or symbolic shapes); ``attrs["flattened"]`` is not set.
Post: every Load/Store has exactly one int64 index ``sum(idx[d] * stride[d])`` with row-major
      strides of the original shape; each Allocate'd buffer is a new 1-D buffer of the product
      size with the same name and scope; parameter buffers keep their identity (the runtime
      binds arguments to them by position) and their shapes; ``attrs["flattened"] is True``.
      Running the pass on a flattened function returns it unchanged.
"""

from __future__ import annotations

from ..arith import Interval, simplify
from ..dtypes import int64
from ..errors import IRVerifyError
from ..ir import expr as E
from ..ir import stmt as S
from ..ir.buffer import Buffer
from ..ir.func import PrimFunc
from ..ir.visitor import Mutator, walk

_DIVMOD = (E.Op.FLOORDIV, E.Op.FLOORMOD)


def _add(a: E.Expr, b: E.Expr) -> E.Expr:
    """``a + b`` with constants folded, so flat offsets of small shapes print readably."""
    if E.is_const(a, 0):
        return b
    if E.is_const(b, 0):
        return a
    if isinstance(a, E.Const) and isinstance(b, E.Const):
        return E.const(a.value + b.value, a.dtype)
    return E.binary(E.Op.ADD, a, b)


def _mul(a: E.Expr, b: E.Expr) -> E.Expr:
    """``a * b`` with constants folded (integers only; offsets are int64)."""
    if E.is_const(a, 1):
        return b
    if E.is_const(b, 1):
        return a
    if E.is_const(a, 0) or E.is_const(b, 0):
        return E.const(0, int64)
    if isinstance(a, E.Const) and isinstance(b, E.Const):
        return E.const(a.value * b.value, a.dtype)
    return E.binary(E.Op.MUL, a, b)


def _as_index(e: E.Expr) -> E.Expr:
    return e if e.dtype.scalar == int64 else E.cast(int64, e)


def row_major_strides(shape: tuple[E.Expr, ...]) -> tuple[E.Expr, ...]:
    """Row-major strides in elements, constant-folded (``Buffer.strides`` without the ``1*``)."""
    out: list[E.Expr] = []
    acc: E.Expr = E.const(1, int64)
    for dim in reversed(shape):
        out.append(acc)
        acc = _mul(_as_index(dim), acc)
    return tuple(reversed(out))


def flat_size(shape: tuple[E.Expr, ...]) -> E.Expr:
    """Number of elements of ``shape`` (an int64 expression)."""
    acc: E.Expr = E.const(1, int64)
    for dim in shape:
        acc = _mul(acc, _as_index(dim))
    return acc


def flat_index(buffer: Buffer, indices: tuple[E.Expr, ...]) -> E.Expr:
    """The flat int64 offset of ``buffer[indices]``; raises IRVerifyError on a rank mismatch."""
    if len(indices) != buffer.ndim:
        raise IRVerifyError(
            f"flatten_buffers: buffer '{buffer.name}' has {buffer.ndim} dimension(s) but is "
            f"accessed with {len(indices)} index(es) {list(indices)}; the lowering that built "
            "this access is wrong (or the function was already flattened without "
            "attrs['flattened'])"
        )
    offset: E.Expr = E.const(0, int64)
    for idx, stride in zip(indices, row_major_strides(buffer.shape), strict=True):
        offset = _add(offset, _mul(_as_index(idx), stride))
    return offset


class _Flattener(Mutator):
    def __init__(self, ranges: dict[E.Var, Interval]) -> None:
        super().__init__()
        # Allocate'd multi-dim buffer -> its 1-D replacement (same name, scope, dtype).
        self.remap: dict[Buffer, Buffer] = {}
        # Ranges of the enclosing loops: integers wrap, so the merge below needs them to
        # prove the index can't overflow.
        self.ranges = ranges

    def _access(self, buffer: Buffer, indices: tuple[E.Expr, ...]) -> tuple[Buffer, E.Expr]:
        new_buf = self.remap.get(buffer, buffer)
        idx = tuple(self.visit(i) for i in indices)
        flat = flat_index(buffer, idx)
        if len(idx) > 1 and any(isinstance(n, E.Binary) and n.op in _DIVMOD
                                for i in idx for n in walk(i)):
            # A fused loop split across rows indexes as d*(x // d) + x % d: simplified
            # together they are x again, a contiguous index the vectorizer can use.
            flat = simplify(flat, self.ranges)
        return new_buf, flat

    def visit_For(self, node: S.For) -> S.Stmt:
        return self._scoped(node, node.var, Interval(node.min, node.min + node.extent - 1))

    def visit_LetStmt(self, node: S.LetStmt) -> S.Stmt:
        v = node.value
        known = v.dtype == node.var.dtype and v.dtype.is_int and v.dtype.lanes == 1
        return self._scoped(node, node.var, Interval(v, v) if known else None)

    def _scoped(self, node: S.Stmt, var: E.Var, iv: Interval | None) -> S.Stmt:
        if iv is None:
            return self.generic_visit(node)
        self.ranges[var] = iv
        try:
            return self.generic_visit(node)
        finally:
            del self.ranges[var]

    def visit_Load(self, node: E.Load) -> E.Expr:
        buf, idx = self._access(node.buffer, node.indices)
        if buf is node.buffer and len(node.indices) == 1 and idx is node.indices[0]:
            return node
        return E.Load(buf, (idx,), node.dtype)

    def visit_Store(self, node: S.Store) -> S.Stmt:
        buf, idx = self._access(node.buffer, node.indices)
        value = self.visit(node.value)
        if (buf is node.buffer and len(node.indices) == 1 and idx is node.indices[0]
                and value is node.value):
            return node
        return S.Store(buf, (idx,), value, node.stream)

    def visit_Prefetch(self, node: S.Prefetch) -> S.Stmt:
        buf, idx = self._access(node.buffer, node.indices)
        return S.Prefetch(buf, (idx,), node.write)

    def visit_Allocate(self, node: S.Allocate) -> S.Stmt:
        old = node.buffer
        if old.ndim == 1 and old.shape[0].dtype == int64:
            return self.generic_visit(node)
        new = Buffer(old.name, (flat_size(old.shape),), old.dtype, old.scope)
        self.remap[old] = new
        return S.Allocate(new, self.visit(node.body))


def flatten_buffers(func: PrimFunc) -> PrimFunc:
    """Rewrite every buffer access to a single flat int64 offset.

    Example (``A: float32[n, 4]``)::

        B[i, j] = A[i, j]   ->   B[i * 4 + j] = A[i * 4 + j]
    """
    if func.attrs.get("flattened"):
        return func
    from .simplify import launch_ranges

    body = _Flattener(launch_ranges(func)).visit(func.body)
    return PrimFunc(func.name, func.params, body, func.dim_vars,
                    {**func.attrs, "flattened": True})


__all__ = ["flat_index", "flat_size", "flatten_buffers", "row_major_strides"]
