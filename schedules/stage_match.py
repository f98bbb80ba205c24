"""What each schedule template can schedule: the stage-matching checks (layer 7).

A template's precondition (``Template.precondition``, one ``*_check`` function here per op
family) looks at the computation's stages (how many outputs, their rank, their reduction
axes, the stages they read, what they load) and says in words why the template can't schedule
it, or None. The lookups a template's schedule needs after the check passed (the operands of a
matmul, the four stages of a softmax) live beside the checks that accept them.
"""

from __future__ import annotations

from typing import Any

import tcomp as tc


def computes(t: tc.Tensor) -> list[tc.Tensor]:
    """The computed stages (not placeholders) that ``t`` reads."""
    return [x for x in t.op.input_tensors if hasattr(x.op, "body")]


# ----------------------------------------------------------------------------- stage matching
def _const(e: Any) -> bool:
    return isinstance(e, tc.ir.expr.Const)


def stage_mismatch(t: tc.Tensor, ndim: int, reduce_axes: int | None, role: str) -> str | None:
    """Why ``t`` is not a single-output compute stage of ``ndim`` constant dims with
    ``reduce_axes`` constant reduction axes (None: not a reduction; -1: any number >= 1)."""
    op = t.op
    if not hasattr(op, "body"):
        return f"{role} '{t.name}' is a placeholder, not a computed stage"
    if op.num_outputs != 1:
        return f"{role} '{t.name}' is one of {op.num_outputs} outputs of one stage"
    if t.ndim != ndim:
        return f"{role} '{t.name}' is {t.ndim}-D (shape {list(t.shape)}), not {ndim}-D"
    if not all(_const(d) for d in t.shape):
        return f"{role} '{t.name}' has a symbolic shape {list(t.shape)}; the template needs " \
               "constant sizes"
    red = op.reduce_axis
    if reduce_axes is None and red:
        return f"{role} '{t.name}' is a reduction (over {[r.var.name for r in red]}); the " \
               "template expects an elementwise stage there"
    if reduce_axes == -1 and not red:
        return f"{role} '{t.name}' is not a reduction"
    if reduce_axes is not None and reduce_axes > 0 and not red:
        return f"{role} '{t.name}' is elementwise; the template needs a reduction over " \
               f"{reduce_axes} axis(es) there"
    if reduce_axes is not None and reduce_axes >= 0 and len(red) != reduce_axes:
        return f"{role} '{t.name}' reduces over {len(red)} axes " \
               f"{[r.var.name for r in red]}, not {reduce_axes}"
    if not all(_const(r.dom.extent) for r in red):
        return f"{role} '{t.name}' has a reduction axis of symbolic extent"
    return None


def one_output(outs: list[tc.Tensor], ndim: int, reduce_axes: int | None) -> str | None:
    """Why ``outs`` is not one output stage as ``stage_mismatch`` checks it (None: it is)."""
    if len(outs) != 1:
        return f"it has {len(outs)} outputs ({', '.join(t.name for t in outs)}), not one"
    return stage_mismatch(outs[0], ndim, reduce_axes, "output")


def _loads(t: tc.Tensor) -> list[Any]:
    E = tc.ir.expr
    return [n for b in t.op.body for n in tc.ir.visitor.walk(b) if isinstance(n, E.ProducerLoad)]


def _indexed_by(load: Any, ivs: tuple[Any, ...]) -> bool:
    return len(load.indices) == len(ivs) and all(
        ix is iv.var for ix, iv in zip(load.indices, ivs, strict=True))


def matmul_operands(C: tc.Tensor) -> tuple[tc.Tensor, tc.Tensor] | str:
    """``(A, B)`` of ``C[i, j] = sum_k A[i, k] * B[k, j]``, else why ``C`` isn't that."""
    i, j = C.op.axis
    (k,) = C.op.reduce_axis
    loads = _loads(C)
    a = [ld for ld in loads if _indexed_by(ld, (i, k))]
    b = [ld for ld in loads if _indexed_by(ld, (k, j))]
    if len(loads) != 2 or len(a) != 1 or len(b) != 1:
        got = ", ".join(f"{ld.tensor.name}[{', '.join(map(str, ld.indices))}]" for ld in loads)
        return f"output '{C.name}' reads {got or 'nothing'}; the template needs exactly " \
               f"A[{i.var.name}, {k.var.name}] and B[{k.var.name}, {j.var.name}]"
    return a[0].tensor, b[0].tensor


def softmax_stages(y: tc.Tensor) -> tuple[tc.Tensor, tc.Tensor, tc.Tensor] | str:
    """``(mx, e, sm)`` of ``y = e / sm`` with ``e = exp(X - mx)``, else why not."""
    comps = computes(y)
    e = [t for t in comps if t.ndim == 2]
    sm = [t for t in comps if t.ndim == 1]
    if len(comps) != 2 or len(e) != 1 or len(sm) != 1:
        return f"output '{y.name}' reads {[t.name for t in comps]}; the template needs one " \
               "2-D stage (the exponentials) and one 1-D reduction (their row sums)"
    why = (stage_mismatch(e[0], 2, None, "exponential stage")
           or stage_mismatch(sm[0], 1, 1, "row-sum stage"))
    if why is not None:
        return why
    mx = [t for t in computes(e[0]) if t.ndim == 1]
    if len(mx) != 1 or len(computes(e[0])) != 1:
        return f"stage '{e[0].name}' reads {[t.name for t in computes(e[0])]}; the template " \
               "needs one 1-D reduction (the row maximum)"
    why = stage_mismatch(mx[0], 1, 1, "row-max stage")
    return why if why is not None else (mx[0], e[0], sm[0])


# ----------------------------------------------------------------------------- preconditions
def matmul_check(outs: list[tc.Tensor], args: list[tc.Tensor]) -> str | None:
    why = one_output(outs, 2, 1)
    if why is None:
        got = matmul_operands(outs[0])
        why = got if isinstance(got, str) else None
    return why


def bmm_check(outs: list[tc.Tensor], args: list[tc.Tensor]) -> str | None:
    return one_output(outs, 3, 1)


def conv_check(outs: list[tc.Tensor], args: list[tc.Tensor]) -> str | None:
    why = one_output(outs, 4, 3)
    if why is not None:
        return why
    pads = computes(outs[0])
    if len(pads) > 1:
        return f"output '{outs[0].name}' reads {len(pads)} computed stages " \
               f"({', '.join(t.name for t in pads)}); the template handles one (the padding)"
    return stage_mismatch(pads[0], 4, None, "padding stage") if pads else None


def window_check(outs: list[tc.Tensor], args: list[tc.Tensor]) -> str | None:
    reducing = bool(len(outs) == 1 and getattr(outs[0].op, "reduce_axis", ()))
    why = one_output(outs, 4, -1 if reducing else None)
    if why is not None:
        return why
    Y = R = outs[0]
    if not reducing:  # average pooling: Y scales the window sum R
        comps = computes(Y)
        if len(comps) != 1:
            return f"output '{Y.name}' is not a reduction and reads {len(comps)} computed " \
                   "stages; the template needs a window reduction, or one elementwise stage " \
                   "over one"
        R = comps[0]
        why = stage_mismatch(R, 4, -1, "window reduction")
        if why is not None:
            return why
    for p in computes(R):
        why = stage_mismatch(p, p.ndim, None, "stage read by the window reduction")
        if why is not None:
            return why
    return None


def softmax_check(outs: list[tc.Tensor], args: list[tc.Tensor]) -> str | None:
    why = one_output(outs, 2, None)
    if why is None:
        got = softmax_stages(outs[0])
        why = got if isinstance(got, str) else None
    if why is None and not args:
        why = "no arguments given"
    return why


def reduce_check(outs: list[tc.Tensor], args: list[tc.Tensor]) -> str | None:
    return one_output(outs, 1, 1)


__all__ = ["bmm_check", "computes", "conv_check", "matmul_check", "matmul_operands",
           "one_output", "reduce_check", "softmax_check", "softmax_stages", "stage_mismatch",
           "window_check"]
