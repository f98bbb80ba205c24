"""Bounds checks of the CPU emitter: an access that ``checks.py`` selects runs only where its
index is in range, and the first one out of range is reported in the kernel's global
``@tcomp_<name>_oob`` (code, index, size) (layer 5).

``BoundsChecks`` is a mixin of ``Emitter`` (emit.py): it uses the emitter's ``module``, ``b``,
``symbol``, ``checks``, ``buf_ids``, ``expr`` and ``cast_value``.
"""

from __future__ import annotations

from typing import Any

from llvmlite import ir

from ... import dtypes
from ...ir import expr as E
from ...ir.buffer import Buffer
from . import builder_utils as bu
from .builder_utils import I1, I32, I64, VOID
from .checks import OOB_SUFFIX


class BoundsChecks:
    """The error code and size of a checked access, and the range tests that report."""

    def _check_of(self, node: Any, buf: Buffer, store: bool
                  ) -> tuple[ir.Value, ir.Value] | None:
        """``(error code, buffer size)`` when ``node`` is checked, else None."""
        if id(node) not in self.checks:
            return None
        size: ir.Value | None = None
        n = 1
        for d in buf.shape:
            if isinstance(d, E.Const):
                n *= int(d.value)
            else:
                v = self.cast_value(self.expr(d), d.dtype, dtypes.int64)
                size = v if size is None else self.b.mul(size, v)
        size = ir.Constant(I64, n) if size is None else (
            size if n == 1 else self.b.mul(size, ir.Constant(I64, n)))
        return ir.Constant(I64, 2 * self.buf_ids[buf] + 1 + int(store)), size

    def _report_fn(self) -> ir.Function:
        """``void report(i64 code, i64 index, i64 size)``: record the first error."""
        if self._report is None:
            arr = ir.ArrayType(I64, 3)
            g = ir.GlobalVariable(self.module, arr, self.symbol + OOB_SUFFIX)
            g.initializer = ir.Constant(arr, None)
            g.align = 8
            fn = ir.Function(self.module, ir.FunctionType(VOID, [I64, I64, I64]),
                             self.symbol + ".oob_report")
            fn.linkage = "internal"
            for a in ("cold", "noinline", "nounwind"):
                fn.attributes.add(a)
            b = ir.IRBuilder(fn.append_basic_block("entry"))
            code, index, size = fn.args

            def slot(i: int) -> ir.Value:
                return b.gep(g, [ir.Constant(I32, 0), ir.Constant(I32, i)], inbounds=True)
            old = b.cmpxchg(slot(0), ir.Constant(I64, 0), code, "seq_cst", "seq_cst")
            with b.if_then(b.extract_value(old, 1)):  # the first error wins
                b.store(index, slot(1))
                b.store(size, slot(2))
            b.ret_void()
            self._report = fn
        return self._report

    def _report_if(self, bad: ir.Value, code: ir.Value, index: ir.Value,
                   size: ir.Value) -> None:
        with self.b.if_then(bad, likely=False):
            self.b.call(self._report_fn(), [code, index, size])

    def _scalar_ok(self, index: ir.Value, code: ir.Value, size: ir.Value) -> ir.Value:
        """``0 <= index < size`` (one unsigned compare); reports the error when not."""
        ok = self.b.icmp_unsigned("<", index, size)
        self._report_if(self.b.not_(ok), code, index, size)
        return ok

    def _span_ok(self, base: ir.Value, lanes: int, code: ir.Value, size: ir.Value
                 ) -> ir.Value:
        """Whether ``base .. base + lanes - 1`` is in range (first and last lane checked
        once per vector); reports the first lane out of range when not (``size`` itself
        when the vector starts inside)."""
        last = self.b.add(base, ir.Constant(I64, lanes - 1))
        first_ok = self.b.icmp_unsigned("<", base, size)
        ok = self.b.and_(first_ok, self.b.icmp_unsigned("<", last, size))
        self._report_if(self.b.not_(ok), code, self.b.select(first_ok, size, base), size)
        return ok

    def _lanes_ok(self, index: ir.Value, active: ir.Value, code: ir.Value, size: ir.Value
                  ) -> ir.Value:
        """The lanes of ``active`` whose ``index`` is in range; reports the first active
        lane out of range."""
        n = index.type.count
        inb = self.b.icmp_unsigned("<", index, bu.splat(self.b, size, n))
        bad = self.b.and_(active, self.b.not_(inb))
        with self.b.if_then(bu.vector_any(self.b, bad), likely=False):
            bits = self.b.bitcast(bad, ir.IntType(n))
            lane = bu.intrinsic(self.b, "cttz", bits.type, [bits, ir.Constant(I1, 1)])
            lane = self.b.zext(lane, I32) if n < 32 else self.b.trunc(lane, I32) \
                if n > 32 else lane
            self.b.call(self._report_fn(), [code, self.b.extract_element(index, lane), size])
        return self.b.and_(active, inb)
