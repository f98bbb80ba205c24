"""Loads of the CPU emitter: scalar, contiguous vector, shuffled window and gathered reads,
under a lane mask and with bounds checks where ``checks.py`` asks for them (layer 5).

``MemoryAccess`` is a mixin of ``Emitter`` (emit.py): it uses the emitter's ``fn``, ``b``,
``mask``, ``expr``, ``cast_value``, ``_if_value`` and the checks of ``BoundsChecks``.
"""

from __future__ import annotations

from llvmlite import ir

from ... import dtypes
from ...errors import CompileError
from ...ir import expr as E
from ...ir.buffer import Buffer
from ..lanes import lane_offsets
from . import builder_utils as bu
from .builder_utils import I1, I32, I64


class MemoryAccess:
    """Buffer addresses and the emission of ``Load``."""

    def address(self, buf: Buffer, indices: tuple[E.Expr, ...]) -> tuple[ir.Value, ir.Value]:
        if len(indices) != 1:
            raise CompileError(f"access to {buf.name} has {len(indices)} indices; codegen "
                               "needs flattened (1-D) accesses")
        ptr = self.fn.bufs.get(buf)
        if ptr is None:
            raise CompileError(f"buffer {buf.name} is neither a parameter nor allocated here")
        idx = indices[0]
        return ptr, self.cast_value(self.expr(idx), idx.dtype, dtypes.int64.with_lanes(
            idx.dtype.lanes))

    def _contiguous_base(self, index: E.Expr) -> ir.Value | None:
        """Scalar start of a stride-1 Ramp index (a plain vector access), else None."""
        if isinstance(index, E.Ramp) and E.is_const(index.stride, 1):
            return self.cast_value(self.expr(index.base), index.base.dtype, dtypes.int64)
        return None

    def expr_Load(self, e: E.Load) -> ir.Value:
        buf = e.buffer
        elem = bu.scalar_type(buf.dtype, memory=True)
        align = buf.dtype.itemsize
        lanes = e.dtype.lanes
        chk = self._check_of(e, buf, store=False)
        if lanes == 1:
            ptr, index = self.address(buf, e.indices)
            val = self._guarded_scalar_load(ptr, index, elem, align, chk)
        else:
            ptr = self.fn.bufs.get(buf)
            base = self._contiguous_base(e.indices[0]) if len(e.indices) == 1 else None
            vty = ir.VectorType(elem, lanes)
            if base is not None and ptr is not None:
                if chk is not None and self.mask is None:
                    ok = self._span_ok(base, lanes, *chk)
                    val = self._if_value(ok, lambda: self.b.load(
                        self.b.gep(ptr, [base], inbounds=True, source_etype=elem), typ=vty,
                        align=align), vty)
                else:
                    addr = self.b.gep(ptr, [base], inbounds=True, source_etype=elem)
                    if self.mask is None:
                        val = self.b.load(addr, typ=vty, align=align)
                    else:
                        mask = self.mask
                        if chk is not None:
                            mask = self._lanes_ok(self.address(buf, e.indices)[1], mask, *chk)
                        val = bu.masked_load(self.b, addr, mask, vty, align)
            else:
                val = None
                if chk is None and ptr is not None and len(e.indices) == 1:
                    val = self._window_load(ptr, elem, e.indices[0], lanes, align)
                if val is None:
                    ptr, index = self.address(buf, e.indices)
                    ptrs = bu.vector_gep(self.b, ptr, index, elem)
                    mask = self.mask if self.mask is not None else bu.all_true(lanes)
                    if chk is not None:
                        mask = self._lanes_ok(index, mask, *chk)
                    val = bu.masked_gather(self.b, ptrs, mask, vty, align)
        if buf.dtype.is_bool:
            val = self.b.icmp_unsigned("!=", val, ir.Constant(val.type, None))
        return val

    def _window_load(self, ptr: ir.Value, elem: ir.Type, index: E.Expr, lanes: int,
                     align: int) -> ir.Value | None:
        """A vector read whose lanes are a scalar plus constant offsets spanning at most two
        vectors (a stride-2 read, the repeats of ``i // 2``, a broadcast) as one or two
        contiguous loads of that span and a shuffle, instead of a gather (the max-pool
        backward 64x16x16x16 on Zen 2: 0.72 -> 0.43 ms). Only elements between two that
        some lane reads are loaded, so nothing outside the buffer is touched; under a lane
        mask (a select's branch) the loads are masked to the elements an active lane reads,
        and inactive lanes give zero as a masked gather's do. Offsets spread wider than two
        vectors: a load per lane (``_lane_loads``), unmasked only. None where the index has
        no such form."""
        form = lane_offsets(index)
        if form is None:
            return None
        base, offs = form
        lo = min(offs)
        width = max(offs) - lo + 1
        if width > 2 * lanes:
            return self._lane_loads(ptr, elem, base, offs, lanes, align) \
                if self.mask is None and self._scalar_gathers() else None
        start = self.cast_value(self.expr(base), base.dtype, dtypes.int64)
        if lo:
            start = self.b.add(start, ir.Constant(I64, lo))
        rel = [o - lo for o in offs]
        # the span's first and last vectors (they overlap where lanes < width < 2 * lanes)
        chunks = [(0, width)] if width <= lanes else [(0, lanes), (width - lanes, lanes)]
        parts = []
        for first, n in chunks:
            at = start if not first else self.b.add(start, ir.Constant(I64, first))
            addr = self.b.gep(ptr, [at], inbounds=True, source_etype=elem)
            vty = ir.VectorType(elem, n)
            if self.mask is None:
                parts.append(self.b.load(addr, typ=vty, align=align))
            else:
                parts.append(bu.masked_load(self.b, addr, self._span_mask(rel, first, n), vty,
                                            align))
        if len(parts) == 1:
            a, b = parts[0], ir.Constant(parts[0].type, ir.Undefined)
        else:
            a, b = parts
            shift = width - lanes
            rel = [o if o < lanes else lanes + o - shift for o in rel]
        val = self.b.shuffle_vector(a, b, ir.Constant(ir.VectorType(I32, lanes), rel))
        if self.mask is not None:
            val = self.b.select(self.mask, val, ir.Constant(val.type, None))
        return val

    def _scalar_gathers(self) -> bool:
        """Whether the CPU has no vector gather worth emitting (no AVX-512: AVX2 gathers are
        scalarized by LLVM on AMD's cores, microcoded on Intel's). AVX-512 targets keep the
        gather; the lane loads were measured on AVX2 only (Zen 2)."""
        return "avx512f" not in self.features and not self.module.triple.startswith("nvptx")

    def _lane_loads(self, ptr: ir.Value, elem: ir.Type, base: E.Expr, offs: list[int],
                    lanes: int, align: int) -> ir.Value:
        """A vector whose lanes are a scalar plus constant offsets too far apart for one
        span (a column of a row-major matrix: packing ``W[j, k]`` along ``j``) as one scalar
        load per lane at a constant offset, inserted: LLVM scalarizes a gather on targets
        where gathers are slow by extracting every lane's address from a vector of pointers
        (about 4 instructions per lane; the pack of a 256 x 784 weight cost as much as half
        of a 32-row GEMM on it), and these loads fold their offsets into the address."""
        start = self.cast_value(self.expr(base), base.dtype, dtypes.int64)
        val = ir.Constant(ir.VectorType(elem, lanes), ir.Undefined)
        for lane, off in enumerate(offs):
            at = self.b.add(start, ir.Constant(I64, off)) if off else start
            x = self.b.load(self.b.gep(ptr, [at], inbounds=True, source_etype=elem), typ=elem,
                            align=align)
            val = self.b.insert_element(val, x, ir.Constant(I32, lane))
        return val

    def _span_mask(self, rel: list[int], first: int, n: int) -> ir.Value:
        """Lane j of ``n`` span elements from ``first`` is set when an active lane of
        ``self.mask`` reads element ``first + j`` (lane k reads ``rel[k]``)."""
        lanes = len(rel)
        readers: list[list[int]] = [[k for k in range(lanes) if rel[k] == first + j]
                                    for j in range(n)]
        off = ir.Constant(ir.VectorType(I1, lanes), [ir.Constant(I1, 0)] * lanes)
        out = None
        for t in range(max(len(r) for r in readers)):
            pick = [r[t] if t < len(r) else lanes for r in readers]  # lanes: a false lane
            m = self.b.shuffle_vector(self.mask, off, ir.Constant(ir.VectorType(I32, n), pick))
            out = m if out is None else self.b.or_(out, m)
        return out

    def _guarded_scalar_load(self, ptr: ir.Value, index: ir.Value, elem: ir.Type,
                             align: int, chk: tuple[ir.Value, ir.Value] | None = None
                             ) -> ir.Value:
        """A scalar load; inside a masked vector branch only when some lane is active; with
        a check ``chk`` only when the index is in range (else reported, and zero)."""
        guard = None if self.mask is None else bu.vector_any(self.b, self.mask)
        if chk is not None:
            ok = self.b.icmp_unsigned("<", index, chk[1])
            self._report_if(self.b.not_(ok) if guard is None else
                            self.b.and_(guard, self.b.not_(ok)), chk[0], index, chk[1])
            guard = ok if guard is None else self.b.and_(guard, ok)
        if guard is None:
            addr = self.b.gep(ptr, [index], inbounds=True, source_etype=elem)
            return self.b.load(addr, typ=elem, align=align)
        return self._if_value(guard, lambda: self.b.load(
            self.b.gep(ptr, [index], inbounds=True, source_etype=elem), typ=elem,
            align=align), elem)
