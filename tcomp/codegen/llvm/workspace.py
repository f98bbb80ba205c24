"""Heap temporaries of the CPU emitter: a buffer too large (or too symbolic) for the stack lives
in a workspace block that the kernel keeps from one call to the next (layer 5).

Each heap ``Allocate`` has a cell, ``k``-th of the array that the global ``@<symbol>_ws``
points to (``@<symbol>_ws_n`` cells), holding the block its last call gave back (NULL at first).
A call takes the block out with an atomic exchange and keeps it when it holds enough bytes,
else frees it and allocates one; at the end it puts its block back, freeing whatever another
thread put there meanwhile. Calls in a row so reuse one block: no allocator call and no page
faults of fresh memory, whatever state the process's allocator is in (a capsule routing's 30 MB
of temporaries per call ran 1.5x slower in a process whose allocator had given its heap back to
the system than in a fresh one). Calls from several threads at once stay correct: each holds
its own block.

A block is ``WS_HEADER`` bytes of header (its capacity, an i64) and then the data. The size is
computed with overflow checks; a size above ``MAX_BYTES`` or a failed allocation skips the
Allocate's body and is reported in the kernel's error record (``bounds.py``) as the code
``-(1 + the buffer's id)`` with the bytes wanted (-1 when the product overflowed): a call raises
OutOfMemoryError, a C caller of an exported library gets ENOMEM.

The cells are a static array of the module; ``jit.LoadedModule`` points ``@<symbol>_ws`` at an
array it owns instead (``Cells``) and frees the blocks when it is collected, whatever becomes
of the engine. ``@<symbol>_ws_release()`` frees them on request, safely beside calls:
``CompiledKernel.release_workspace()``, ``tc.release_workspaces()`` and an exported library's
``<p>_release_workspace()`` call it.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from llvmlite import ir

from ... import dtypes
from ...ir import expr as E
from ...ir.buffer import Buffer
from ...ir.op import Op
from . import builder_utils as bu
from .builder_utils import I1, I64, PTR, VOID

HEAP_ALIGN = 64
WS_HEADER = HEAP_ALIGN  # the block's capacity in bytes, then padding to keep the data aligned
WS_SUFFIX = "_ws"  # @<symbol>_ws points at the kernel's cells, @<symbol>_ws_n counts them
WS_RELEASE = WS_SUFFIX + "_release"  # void @<symbol>_ws_release(): frees the blocks they hold
MAX_BYTES = 1 << 62
_CHECKED = {Op.ADD: "sadd", Op.SUB: "ssub", Op.MUL: "smul"}


class Workspace:
    """The emitter's heap temporaries: ``heap_acquire`` before an Allocate's body, then
    ``heap_release`` after it (a mixin of ``Emitter``: it uses ``module``, ``b``, ``symbol``,
    ``buf_ids``, ``expr``, ``cast_value`` and the report function of ``bounds.py``)."""

    n_slots = 0

    def heap_acquire(self, buf: Buffer) -> tuple[ir.Value, ir.Value, ir.Value]:
        """``(slot, block, ok)``: the block is NULL (and the failure reported) where ``ok`` is
        false; the data starts ``WS_HEADER`` bytes into the block."""
        b = self.b
        # rounded up to the alignment (aligned_alloc wants a multiple of it), at least one line
        if all(isinstance(d, E.Const) for d in buf.shape):
            size = buf.dtype.itemsize
            for d in buf.shape:
                size *= max(0, int(d.value))
            size = (size + HEAP_ALIGN) & -HEAP_ALIGN
            n = ir.Constant(I64, size if size <= MAX_BYTES else -1)
        else:
            n, over = ir.Constant(I64, buf.dtype.itemsize), ir.Constant(I1, 0)
            for d in buf.shape:
                e, bad = self._checked(d)
                e = b.select(b.icmp_signed("<", e, ir.Constant(I64, 0)), ir.Constant(I64, 0), e)
                n, bad2 = self._checked_op("smul", n, e)
                over = b.or_(over, b.or_(bad, bad2))
            over = b.or_(over, b.icmp_unsigned(">", n, ir.Constant(I64, MAX_BYTES)))
            n = b.and_(b.add(n, ir.Constant(I64, HEAP_ALIGN)), ir.Constant(I64, -HEAP_ALIGN))
            n = b.select(over, ir.Constant(I64, -1), n)
        slot = b.gep(self._ws_cells(), [ir.Constant(I64, self.n_slots)], inbounds=True,
                     source_etype=PTR)
        self.n_slots += 1
        block = b.call(self._ws_take(), [slot, n], name=buf.name + ".block")
        ok = b.icmp_unsigned("!=", block, ir.Constant(PTR, None))
        code = ir.Constant(I64, -1 - self.buf_ids[buf])
        with b.if_then(b.not_(ok), likely=False):
            b.call(self._report_fn(), [code, n, ir.Constant(I64, 0)])
        return slot, block, ok

    def _checked(self, e: E.Expr) -> tuple[ir.Value, ir.Value]:
        """An extent as i64 and whether its + - * overflowed (a flattened shape is a product
        of the dims, which must not wrap to a small size)."""
        if isinstance(e, E.Binary) and e.op in _CHECKED:
            a, oa = self._checked(e.a)
            c, oc = self._checked(e.b)
            v, ov = self._checked_op(_CHECKED[e.op], a, c)
            return v, self.b.or_(ov, self.b.or_(oa, oc))
        return self.cast_value(self.expr(e), e.dtype, dtypes.int64), ir.Constant(I1, 0)

    def _checked_op(self, op: str, a: ir.Value, c: ir.Value) -> tuple[ir.Value, ir.Value]:
        ty = ir.LiteralStructType([I64, I1])
        r = bu.intrinsic(self.b, f"{op}.with.overflow", ty, [a, c], overload=[I64])
        return self.b.extract_value(r, 0), self.b.extract_value(r, 1)

    def _ws_cells(self) -> ir.Value:
        """The cells' address, loaded where the function starts."""
        g = self.module.globals.get(self.symbol + WS_SUFFIX)
        if g is None:
            g = ir.GlobalVariable(self.module, PTR, self.symbol + WS_SUFFIX)
            g.align = 8
        if self.fn.ws_cells is None:
            entry = self.b.function.entry_basic_block
            with self.b.goto_block(entry):
                if entry.instructions:
                    self.b.position_before(entry.instructions[0])
                self.fn.ws_cells = self.b.load(g, typ=PTR, name="ws.cells")
        return self.fn.ws_cells

    def finish_workspace(self) -> None:
        """Define the cells (when the kernel has heap temporaries): the static array, its
        length ``@<symbol>_ws_n`` and ``@<symbol>_ws`` pointing at it."""
        g = self.module.globals.get(self.symbol + WS_SUFFIX)
        if g is None:
            return
        ty = ir.ArrayType(PTR, self.n_slots)
        cells = ir.GlobalVariable(self.module, ty, self.symbol + ".ws_cells")
        cells.initializer, cells.linkage, cells.align = ir.Constant(ty, None), "internal", 8
        g.initializer = cells.bitcast(PTR)
        n = ir.GlobalVariable(self.module, I64, self.symbol + WS_SUFFIX + "_n")
        n.initializer, n.global_constant, n.align = ir.Constant(I64, self.n_slots), True, 8
        # void <symbol>_ws_release(void): frees the blocks the cells hold, each taken out with
        # an atomic exchange (a call in progress keeps its block and puts it back at its end)
        fn = ir.Function(self.module, ir.FunctionType(VOID, []), self.symbol + WS_RELEASE)
        fn.attributes.add("nounwind")
        b = ir.IRBuilder(fn.append_basic_block("entry"))
        free, at = bu.get_function(self.module, "free", VOID, [PTR]), b.load(g, typ=PTR)
        for k in range(self.n_slots):
            slot = b.gep(at, [ir.Constant(I64, k)], inbounds=True, source_etype=PTR)
            b.call(free, [b.atomic_rmw("xchg", slot, ir.Constant(PTR, None), "acq_rel")])
        b.ret_void()

    def heap_data(self, block: ir.Value) -> ir.Value:
        return self.b.gep(block, [ir.Constant(I64, WS_HEADER)], inbounds=True,
                          source_etype=ir.IntType(8))

    def heap_release(self, slot: ir.Value, block: ir.Value) -> None:
        b = self.b
        old = b.atomic_rmw("xchg", slot, block, "acq_rel")
        b.call(bu.get_function(self.module, "free", VOID, [PTR]), [old])

    def _ws_take(self) -> ir.Function:
        """``ptr take(ptr slot, i64 bytes)``: the slot's block if it holds ``bytes``, else a new
        one (NULL for ``bytes`` above MAX_BYTES or when the allocation fails)."""
        name = self.symbol + ".ws_take"
        fn = self.module.globals.get(name)
        if fn is not None:
            return fn
        fn = ir.Function(self.module, ir.FunctionType(PTR, [PTR, I64]), name)
        fn.linkage = "internal"
        # like malloc's: no other pointer of the caller's reaches the block (the slot was
        # emptied), so LLVM keeps temporaries apart from each other; kept out of line so that
        # it knows
        fn.return_value.add_attribute("noalias")
        for a in ("nounwind", "noinline"):
            fn.attributes.add(a)
        slot, n = fn.args
        blocks = {k: fn.append_basic_block(k) for k in
                  ("entry", "take", "check", "reuse", "alloc", "fail", "store")}
        b = ir.IRBuilder(blocks["entry"])
        null = ir.Constant(PTR, None)
        b.cbranch(b.icmp_unsigned(">", n, ir.Constant(I64, MAX_BYTES)), blocks["fail"],
                  blocks["take"])
        b.position_at_end(blocks["take"])
        old = b.atomic_rmw("xchg", slot, null, "acq_rel")
        b.cbranch(b.icmp_unsigned("==", old, null), blocks["alloc"], blocks["check"])
        b.position_at_end(blocks["check"])
        fits = b.icmp_unsigned(">=", b.load(old, typ=I64), n)
        b.cbranch(fits, blocks["reuse"], blocks["alloc"])
        b.position_at_end(blocks["reuse"])
        b.ret(old)
        b.position_at_end(blocks["alloc"])
        b.call(bu.get_function(self.module, "free", VOID, [PTR]), [old])  # free(NULL) is fine
        alloc = bu.get_function(self.module, "aligned_alloc", PTR, [I64, I64])
        new = b.call(alloc, [ir.Constant(I64, HEAP_ALIGN), b.add(n, ir.Constant(I64, WS_HEADER))])
        b.cbranch(b.icmp_unsigned("==", new, null), blocks["fail"], blocks["store"])
        b.position_at_end(blocks["store"])
        b.store(n, new)
        b.ret(new)
        b.position_at_end(blocks["fail"])
        b.ret(null)
        return fn


class Cells:
    """The cells of a loaded kernel, owned by this process: made, they replace the module's
    static array (``@<symbol>_ws`` points at them); ``free`` frees the blocks they hold."""

    def __init__(self, address_of: Callable[[str], int], symbol: str) -> None:
        n_addr = address_of(symbol + WS_SUFFIX + "_n")
        n = ctypes.c_int64.from_address(n_addr).value if n_addr else 0
        self.array = (ctypes.c_void_p * n)()
        if n:
            ctypes.c_void_p.from_address(address_of(symbol + WS_SUFFIX)).value = (
                ctypes.addressof(self.array))

    def free(self) -> None:
        blocks = [k for k, block in enumerate(self.array) if block]
        if blocks:  # a kernel collected after calls (libc's free looked up only then)
            free = ctypes.CDLL(None).free
            free.argtypes = [ctypes.c_void_p]
            for k in blocks:
                free(self.array[k])
                self.array[k] = None


__all__ = ["HEAP_ALIGN", "MAX_BYTES", "WS_HEADER", "WS_RELEASE", "WS_SUFFIX", "Cells",
           "Workspace"]
