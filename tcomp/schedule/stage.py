"""Stage: how one operation is computed, and the primitives on its loops (layer 3).

Loop structure (split, fuse, reorder, tile), annotations (vectorize, unroll, parallel, bind,
prefetch) and placement (compute_at, compute_inline, compute_root). Each primitive checks its
arguments at the call and raises ScheduleError naming the stage, the axis, the user's
``file:line`` and, when there is one, the legal alternative; ``@recorded`` appends the call to
the schedule's trace.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..dsl.tensor import ComputeOp, Operation, Tensor
from ..errors import ScheduleError, user_location
from ..ir import expr as E
from ..ir.stmt import BIND_TAGS, THREAD_TAGS, VTHREAD_TAG
from .primitives import Fuse, Relation, Split, recorded
from .relations import fused_extent, split_extents

if TYPE_CHECKING:
    from .schedule import Schedule


class IterAttr(enum.Enum):
    VECTORIZE = "vectorize"
    UNROLL = "unroll"
    PARALLEL = "parallel"
    BIND = "bind"




class ThreadAxis:
    """A GPU thread index to ``bind`` a loop to, e.g. ``tc.thread_axis("threadIdx.x")``."""

    def __init__(self, tag: str) -> None:
        if tag not in BIND_TAGS:
            raise ScheduleError(f"{user_location()}: unknown thread tag {tag!r}; expected one "
                                f"of {', '.join(BIND_TAGS)}")
        self.tag = tag

    def __repr__(self) -> str:
        return f"thread_axis({self.tag!r})"


def thread_axis(tag: str) -> ThreadAxis:
    """The GPU thread index ``tag`` (``"blockIdx.x"``, ``"threadIdx.y"``, ...)."""
    return ThreadAxis(tag)


def _iv(name: str, extent: Any, kind: E.IterKind) -> E.IterVar:
    return E.IterVar(E.Var(name), E.Range(E.const(0), E.as_expr(extent)), kind, user_location())


class Stage:
    """How one operation is computed: its loops (``leaf_iter_vars``), their annotations and
    where the computation is placed (root, inlined, or inside a loop of another stage)."""

    def __init__(self, sch: Schedule, op: Operation) -> None:
        self.sch = sch
        self.op = op
        self.origin_op = op
        self.relations: list[Relation] = []
        self.iter_attrs: dict[E.IterVar, IterAttr] = {}
        self.bindings: dict[E.IterVar, str] = {}  # loop -> GPU thread tag
        self.prefetches: list[tuple[Tensor, E.IterVar, int]] = []  # (tensor, loop, offset)
        self.streamed = False  # stream(): the output's stores bypass the caches
        self.attach: str = "root"  # "root" | "inline" | "at"
        self.attach_stage: Stage | None = None
        self.attach_ivar: E.IterVar | None = None
        self.attach_location = ""
        self.scope = "global"
        self.layout: Callable[..., Any] | None = None  # packed cache_read layout
        self.is_output = False
        self._reset_leaves()

    def _reset_leaves(self) -> None:
        if isinstance(self.op, ComputeOp):
            self.leaf_iter_vars = [*self.op.axis, *self.op.reduce_axis]
        else:
            self.leaf_iter_vars = []
        self.all_iter_vars = list(self.leaf_iter_vars)

    @property
    def name(self) -> str:
        return self.op.name

    def __repr__(self) -> str:
        return f"stage({self.name})"

    # ------------------------------------------------------------------ helpers
    def _err(self, msg: str, fix: str = "") -> ScheduleError:
        loops = ", ".join(iv.var.name for iv in self.leaf_iter_vars)
        text = f"{user_location()}: stage '{self.name}': {msg}"
        if loops:
            text += f" (its loops, outer to inner: [{loops}])"
        if fix:
            text += f"; {fix}"
        return ScheduleError(text)

    def _need_compute(self, prim: str) -> ComputeOp:
        if not isinstance(self.op, ComputeOp):
            raise self._err(f"{prim}() needs a computed stage; '{self.name}' is a placeholder "
                            "(an input)", "use s.cache_read to stage an input")
        return self.op

    def _leaf(self, ax: Any, prim: str) -> E.IterVar:
        if isinstance(ax, str):
            for iv in self.leaf_iter_vars:
                if iv.var.name == ax:
                    return iv
            raise self._err(f"{prim}(): no loop named '{ax}'")
        if not isinstance(ax, E.IterVar):
            raise self._err(f"{prim}(): expected an axis (IterVar), got {type(ax).__name__} {ax!r}")
        if ax not in self.leaf_iter_vars:
            if ax in self.all_iter_vars:
                raise self._err(f"{prim}(): axis '{ax.var.name}' was already split or fused "
                                "and is no longer a loop", "use the axes that call returned")
            raise self._err(f"{prim}(): axis '{ax.var.name}' is not a loop of this stage",
                            "use s[T].op.axis / s[T].op.reduce_axis of this stage's tensor")
        return ax

    def _unique_name(self, base: str) -> str:
        names = {iv.var.name for iv in self.all_iter_vars}
        if base not in names:
            return base
        n = 1
        while f"{base}{n}" in names:
            n += 1
        return f"{base}{n}"

    def _new_iv(self, name: str, extent: Any, kind: E.IterKind) -> E.IterVar:
        iv = _iv(self._unique_name(name), extent, kind)
        self.all_iter_vars.append(iv)
        return iv

    def reads(self) -> list[Tensor]:
        """The tensors this stage loads: its inputs, with an inlined input replaced by what
        that one reads."""
        out: dict[Tensor, None] = {}
        todo = list(self.op.input_tensors)
        while todo:
            t = todo.pop(0)
            st = self.sch[t]
            if st.attach == "inline":
                todo.extend(x for x in st.op.input_tensors if x not in out)
            else:
                out.setdefault(t, None)
        return list(out)

    def _check_not_inlined(self, prim: str) -> None:
        if self.attach == "inline":
            raise self._err(f"{prim}() on an inlined stage has no effect",
                            "call compute_root() first or drop compute_inline()")

    def _attached_here(self, loops: Sequence[E.IterVar] | None = None) -> list[Stage]:
        """Stages computed (compute_at) inside this stage's loops (``loops`` only, if given)."""
        return [st for st in self.sch.stages if st.attach == "at" and st.attach_stage is self
                and (loops is None or st.attach_ivar in loops)]

    def _check_not_annotated(self, loops: Sequence[E.IterVar], prim: str) -> None:
        for iv in loops:
            attr = self.iter_attrs.get(iv)
            pf = [t.name for t, v, _ in self.prefetches if v is iv]
            if attr is not None or pf:
                what = f"bound to {self.bindings[iv]}" if attr == IterAttr.BIND else \
                    f"marked {attr.value}" if attr is not None else \
                    f"prefetching '{pf[0]}'"
                raise self._err(f"{prim}(): loop '{iv.var.name}' is {what}, and the loops "
                                f"{prim}() makes would silently lose that",
                                f"{prim} first, then annotate the loop(s) it returns")

    def _check_nothing_attached(self, loops: Sequence[E.IterVar], prim: str,
                                fix: str = "") -> None:
        for st in self._attached_here(loops):
            assert st.attach_ivar is not None
            raise self._err(
                f"{prim}(): stage '{st.name}' is computed at loop '{st.attach_ivar.var.name}' "
                f"({st.attach_location}), which {prim}() would remove",
                fix or f"{prim} the loop first and then compute_at one of the loops it becomes")

    # ------------------------------------------------------------------ loop structure
    @recorded
    def split(self, parent: Any, factor: int | None = None, nparts: int | None = None
              ) -> tuple[E.IterVar, E.IterVar]:
        """Split a loop in two: ``parent = outer * factor + inner``.

        Sizes that ``factor`` doesn't divide stay correct: the last outer iteration is peeled
        off so the hot inner loop has no bounds check::

            for i in 0..10:             split(i, factor=4)     for i.outer in 0..2:
              C[i] = ...                   ------------->        for i.inner in 0..4:
                                                                   C[i.outer * 4 + i.inner] = ...
                                                               for i.inner in 0..2:
                                                                 C[8 + i.inner] = ...

        ``nparts`` fixes the inner extent at ``ceildiv(extent, nparts)``; the outer loop then
        runs as many iterations as cover the extent, which can be fewer than ``nparts``
        (9 in 4 parts: inner loops of 3, and 3 of them). The new loops' extents are the ones
        lowering emits (``relations.split_extents``).
        """
        self._need_compute("split")
        self._check_not_inlined("split")
        parent = self._leaf(parent, "split")
        self._check_nothing_attached([parent], "split")
        self._check_not_annotated([parent], "split")
        if (factor is None) == (nparts is None):
            raise self._err("split() takes exactly one of factor= or nparts=")
        val = factor if factor is not None else nparts
        if isinstance(val, bool) or not isinstance(val, int) or val <= 0:
            which = "factor" if factor is not None else "nparts"
            raise self._err(f"split('{parent.var.name}'): {which} must be a positive int, "
                            f"got {val!r}")
        outer_ext, inner_ext = split_extents(parent.dom.extent, factor, nparts)
        base = parent.var.name
        outer = self._new_iv(f"{base}.outer", outer_ext, parent.kind)
        inner = self._new_iv(f"{base}.inner", inner_ext, parent.kind)
        self.relations.append(Split(parent, outer, inner, factor, nparts))
        pos = self.leaf_iter_vars.index(parent)
        self.leaf_iter_vars[pos:pos + 1] = [outer, inner]
        return outer, inner

    @recorded
    def fuse(self, *axes: Any) -> E.IterVar:
        """Fuse consecutive loops (outer first) into one::

            for i in 0..4:              fuse(i, j)            for i.j.fused in 0..12:
              for j in 0..3:         ------------->           C[i.j.fused // 3, i.j.fused % 3] = ...
                C[i, j] = ...
        """
        self._need_compute("fuse")
        self._check_not_inlined("fuse")
        if len(axes) == 1 and isinstance(axes[0], (list, tuple)):
            axes = tuple(axes[0])
        if len(axes) < 2:
            raise self._err("fuse() needs at least two axes")
        ivs = [self._leaf(a, "fuse") for a in axes]
        self._check_nothing_attached(ivs, "fuse")
        self._check_not_annotated(ivs, "fuse")
        pos = [self.leaf_iter_vars.index(iv) for iv in ivs]
        if pos != list(range(pos[0], pos[0] + len(pos))):
            names = ", ".join(iv.var.name for iv in ivs)
            raise self._err(f"fuse({names}): the loops must be adjacent and given outer to "
                            "inner", "reorder() them first")
        kinds = {iv.kind for iv in ivs}
        if len(kinds) > 1:
            raise self._err("fuse() of a spatial and a reduction loop is not allowed; "
                            "they are computed differently")
        fused = ivs[0]
        for inner in ivs[1:]:
            new = self._new_iv(f"{fused.var.name}.{inner.var.name}.fused",
                               fused_extent(fused.dom.extent, inner.dom.extent), fused.kind)
            self.relations.append(Fuse(fused, inner, new))
            fused = new
        self.leaf_iter_vars[pos[0]:pos[-1] + 1] = [fused]
        return fused

    @recorded
    def reorder(self, *axes: Any) -> None:
        """Put the given loops in this order, in the positions they occupy together::

            for i: for j: for k          reorder(k, i)        for k: for j: for i
        """
        self._need_compute("reorder")
        self._check_not_inlined("reorder")
        if len(axes) == 1 and isinstance(axes[0], (list, tuple)):
            axes = tuple(axes[0])
        ivs = [self._leaf(a, "reorder") for a in axes]
        if len(set(ivs)) != len(ivs):
            raise self._err("reorder() lists an axis twice")
        positions = sorted(self.leaf_iter_vars.index(iv) for iv in ivs)
        for p, iv in zip(positions, ivs, strict=False):
            self.leaf_iter_vars[p] = iv

    def tile(self, x: Any, y: Any, x_factor: int, y_factor: int
             ) -> tuple[E.IterVar, E.IterVar, E.IterVar, E.IterVar]:
        """Split ``x`` and ``y`` and order the loops ``x.outer, y.outer, x.inner, y.inner``."""
        xo, xi = self.split(x, factor=x_factor)
        yo, yi = self.split(y, factor=y_factor)
        self.reorder(xo, yo, xi, yi)
        return xo, yo, xi, yi

    # ------------------------------------------------------------------ annotations
    def _annotate(self, ax: Any, attr: IterAttr) -> None:
        self._need_compute(attr.value)
        self._check_not_inlined(attr.value)
        iv = self._leaf(ax, attr.value)
        if iv.kind == E.IterKind.REDUCE and attr in (IterAttr.VECTORIZE, IterAttr.PARALLEL):
            raise self._err(
                f"can't {attr.value} reduction axis '{iv.var.name}': its iterations update the "
                "same output element",
                "vectorize/parallelize a spatial axis, or use s.rfactor() to turn part of the "
                "reduction into a spatial axis",
            )
        old = self.iter_attrs.get(iv)
        if old is not None and old != attr:
            raise self._err(f"axis '{iv.var.name}' is already marked {old.value}; a loop gets "
                            "one of vectorize/unroll/parallel", "split it first to use two")
        # No extent check here: compute_at may still shrink the loop (a 1024-wide axis of a
        # cache stage becomes a 32-wide tile), and lowering splits a loop wider than the
        # target's vectors (or of symbolic extent) into vectors itself.
        self.iter_attrs[iv] = attr

    @recorded
    def bind(self, ax: Any, thread: str | ThreadAxis) -> None:
        """Run the loop's iterations on GPU blocks or threads (CUDA targets)::

            for i in 0..n:          bind(i.outer, "blockIdx.x")      blockIdx.x  <- i.outer
              ...                   bind(i.inner, "threadIdx.x")     threadIdx.x <- i.inner

        A reduction axis may be bound to a threadIdx tag: a cooperative reduction, whose
        per-thread partial results the block combines in shared memory. ``"vthread"`` runs
        the loop serially (unrolled) inside each GPU thread.
        """
        tag = thread.tag if isinstance(thread, ThreadAxis) else ThreadAxis(thread).tag
        self._need_compute("bind")
        self._check_not_inlined("bind")
        iv = self._leaf(ax, "bind")
        if iv.kind == E.IterKind.REDUCE and tag not in THREAD_TAGS:
            raise self._err(f"can't bind reduction axis '{iv.var.name}' to {tag}: its "
                            "iterations would race on the same output",
                            "bind it to threadIdx.* (a cooperative reduction of the block), or "
                            "rfactor the reduction first")
        old = self.iter_attrs.get(iv)
        if old is not None:
            raise self._err(f"axis '{iv.var.name}' is already marked {old.value}")
        for other, t in self.bindings.items():
            if t == tag and tag != VTHREAD_TAG:
                raise self._err(f"{tag} is already bound to axis '{other.var.name}'",
                                "split or fuse loops so each thread index binds one loop")
        self.iter_attrs[iv] = IterAttr.BIND
        self.bindings[iv] = tag

    @recorded
    def vectorize(self, ax: Any) -> None:
        """Execute the loop as vector operations: one vector for a constant extent up to 64
        lanes; a wider loop, or one of symbolic extent, runs as a loop over the target's
        vectors (``Target.vector_bits`` wide) plus the remainder::

            for j in 0..1024:  # vectorized       for j.vec in 0..64:      (16 float32 lanes)
              C[j] = A[j] + 1.0        ------>      C[ramp(j.vec*16, 1, 16)] = A[...] + x16(1.0)
        """
        self._annotate(ax, IterAttr.VECTORIZE)

    @recorded
    def unroll(self, ax: Any) -> None:
        """Replace the loop by copies of its body (constant extent)."""
        self._annotate(ax, IterAttr.UNROLL)

    @recorded
    def parallel(self, ax: Any) -> None:
        """Run the iterations of the loop on the thread pool."""
        self._annotate(ax, IterAttr.PARALLEL)

    @recorded
    def prefetch(self, tensor: Tensor, ax: Any, offset: int) -> None:
        """In each iteration of loop ``ax``, ask the CPU to bring into its caches what the
        reads of ``tensor`` inside that loop will read ``offset`` iterations later, one hint
        per cache line (LLVM's ``llvm.prefetch``; a GPU build drops it). ``tensor`` is one
        this stage reads (through inlined stages too) or the stage's own output, whose
        lines are then fetched for writing (their read-for-ownership starts early). The
        hint never faults and changes no result: past the last iteration it names addresses
        beyond the loop's range, which the hardware ignores. Softmax rows, for instance,
        fetch the next row while this one is computed::

            for k.outer in 0..32:                 for k.outer in 0..32:
              for k.inner in 0..32:                 for k.inner in 0..32:
                m = max(m, X[i, k.outer*32  --->      prefetch X[i, (k.outer + 32)*32 + k.inner]
                            + k.inner])               m = max(m, X[i, k.outer*32 + k.inner])
        """
        self._need_compute("prefetch")
        self._check_not_inlined("prefetch")
        iv = self._leaf(ax, "prefetch")
        reads = self.reads()
        if not isinstance(tensor, Tensor) or (tensor not in reads and tensor.op is not self.op):
            names = ", ".join(f"'{t.name}'" for t in reads) or "none"
            got = f"'{tensor.name}'" if isinstance(tensor, Tensor) else \
                f"{type(tensor).__name__} {tensor!r}"
            raise self._err(f"prefetch(): {got} is neither a tensor this stage reads (it reads "
                            f"{names}) nor its output '{self.op.output(0).name}'")
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 1:
            raise self._err(f"prefetch(): offset must be a positive int (iterations ahead), "
                            f"got {offset!r}")
        if any(t is tensor and v is iv for t, v, _ in self.prefetches):
            raise self._err(f"prefetch(): '{tensor.name}' is already prefetched at loop "
                            f"'{iv.var.name}'")
        self.prefetches.append((tensor, iv, offset))

    @recorded
    def stream(self, enable: bool = True) -> None:
        """Write this output with non-temporal ("streaming") stores: each whole vector the CPU
        backend stores to an address aligned to its size (or to 16 bytes: then in 16-byte
        pieces) goes to memory past the caches, without the read-for-ownership that an
        ordinary store of a line not in cache first makes. For an output far larger than the
        caches and read by nothing soon this saves a third of a copy's memory traffic; for
        one that fits in the caches or is read again soon it costs time. A hint that changes
        no result: unaligned, scalar and tail stores are ordinary ones, and the kernel
        fences its streamed stores before it returns. The GPU pipeline drops it.
        ``enable=False`` turns it off again.
        """
        op = self._need_compute("stream")
        if not isinstance(enable, bool):
            raise self._err(f"stream(): enable must be a bool, got {type(enable).__name__} "
                            f"{enable!r}")
        if enable and not self.is_output:
            readers = [st.name for st in self.sch.stages
                       if isinstance(st.op, ComputeOp) and self.op in
                       {t.op for t in st.op.input_tensors}]
            raise self._err(f"stream(): '{self.name}' is not an output of the schedule (read by "
                            f"{', '.join(repr(r) for r in readers) or 'other stages'}); a value "
                            "read again would come back from memory",
                            "stream the schedule's outputs only")
        if enable and op.is_reduction:
            raise self._err("stream(): a reduction reads back, at every step, the value it "
                            "stored; streaming it would send each step to memory",
                            f"s.cache_write({self.name}, 'local') first: the output stage is "
                            "then a copy of the result, which can stream")
        self.streamed = enable

    # ------------------------------------------------------------------ placement
    @recorded
    def compute_inline(self) -> None:
        """Substitute this stage's expression into its consumers; it gets no loops or buffer."""
        op = self._need_compute("compute_inline")
        if op.is_reduction:
            raise self._err("a reduction can't be inlined (its value needs a loop)",
                            "use compute_at to place it inside a consumer loop instead")
        if self.is_output:
            raise self._err("an output of the schedule can't be inlined: it must be stored")
        if op.num_outputs > 1:
            raise self._err("a multi-output compute can't be inlined")
        if self.relations or self.iter_attrs or self.prefetches:
            raise self._err("compute_inline() after split/fuse/annotations would discard them",
                            "inline before scheduling the stage's loops, or don't inline")
        for st in self._attached_here():
            raise self._err(f"compute_inline(): stage '{st.name}' is computed inside this "
                            f"stage's loops ({st.attach_location}); an inlined stage has none",
                            f"compute '{st.name}' at a loop of a stage that stays, or don't "
                            "inline")
        self.attach, self.attach_stage, self.attach_ivar = "inline", None, None

    @recorded
    def compute_root(self) -> None:
        """Compute the whole stage at the top level, before its consumers (the default)."""
        self._need_compute("compute_root")
        self.attach, self.attach_stage, self.attach_ivar = "root", None, None

    @recorded
    def compute_at(self, parent: Stage, ax: Any) -> None:
        """Compute the part of this stage that ``parent`` needs, inside loop ``ax`` of
        ``parent``::

            for i: T[i, 0..n] = ...      s[T].compute_at(s[C], i)    for i:
            for i: for j: C[i, j] = T[i, j]   -------------->           T'[0..n] = ...
                                                                       for j: C[i, j] = T'[j]
        """
        self._need_compute("compute_at")
        if not isinstance(parent, Stage):
            raise self._err(f"compute_at(): the first argument must be a stage (s[T]), got "
                            f"{type(parent).__name__}")
        if parent is self:
            raise self._err("compute_at() onto itself")
        if self.is_output:
            raise self._err("an output of the schedule can't be computed inside another stage")
        if parent.layout is not None:
            raise self._err(f"compute_at() into packed-layout stage '{parent.name}'")
        if parent.attach == "inline":
            raise self._err(f"compute_at({parent.name}): '{parent.name}' is inlined and has no "
                            "loops", f"attach to a stage that is not inlined, or call "
                            f"s[{parent.name}].compute_root() first")
        iv = parent._leaf_for_attach(ax)
        if not self.sch._reaches(self, parent):
            raise self._err(
                f"compute_at({parent.name}, {iv.var.name}): '{parent.name}' does not use "
                f"'{self.name}' (directly or through other stages), so '{iv.var.name}' is "
                "not a loop around any use of it",
                "attach it to a stage that consumes it",
            )
        p = parent
        while p is not None:
            if p is self:
                raise self._err(f"compute_at({parent.name}): cycle in compute_at placement")
            p = p.attach_stage
        if self.layout is not None:
            raise self._err("a cache_read with layout= must stay at root (compute_root)")
        self.attach, self.attach_stage, self.attach_ivar = "at", parent, iv
        self.attach_location = user_location()

    def _leaf_for_attach(self, ax: Any) -> E.IterVar:
        if isinstance(ax, E.IterVar) and ax not in self.leaf_iter_vars:
            owner = self.sch._owner_of(ax)
            where = f" (it is a loop of stage '{owner.name}')" if owner else ""
            raise ScheduleError(
                f"{user_location()}: compute_at: axis '{ax.var.name}' is not a loop of stage "
                f"'{self.name}'{where}; compute_at needs a loop of the consumer stage you "
                f"attach to; its loops are [{', '.join(v.var.name for v in self.leaf_iter_vars)}]"
            )
        return self._leaf(ax, "compute_at")

    # ------------------------------------------------------------------ printing
    def __str__(self) -> str:
        return f"stage {self.name}: loops [{', '.join(iv.var.name for iv in self.leaf_iter_vars)}]"
