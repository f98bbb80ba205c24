"""Automatic differentiation of DSL compute definitions, reverse and forward mode (layer 6).

``gradient(y, xs, head)`` returns the DSL computes of the vector-Jacobian products
``head^T dy/dx`` for each ``x``; ``jvp(ys, xs, tangents)`` returns those of the
Jacobian-vector products ``sum_x dy/dx . t_x``; ``hvp(loss, xs, vs)`` is forward over reverse,
the jvp of the gradient graph. All are new tensor expressions that build through
``tc.build`` like any op. Scalar rules come from one table keyed by ``ir.expr.Op``, shared by
both modes through ``tangent`` (forward derivative of a scalar expression with a seed per
read); reduction rules (sum, max/min at the arg-max, prod) are shared through
``reduce_parts``. In reverse mode, reads ``X[f(i, k)]`` are inverted by solving the affine
indices for loop variables, and what can't be solved becomes a reduction over the consumer's
iteration space guarded by index equality (scatter-add); forward mode needs no inversion:
the tangent reads ``dX[f(i, k)]`` where the compute reads ``X[f(i, k)]``.

Modules: ``rules`` (scalar rules, gradient/jvp registries), ``scatter`` (index inversion),
``reverse`` (``gradient``), ``forward`` (``jvp``, ``hvp``).
"""

from .forward import hvp, jvp
from .reverse import gradient
from .rules import (
    BINARY_RULES,
    STOP_GRADIENT,
    UNARY_RULES,
    diff,
    register_gradient,
    register_jvp,
    tangent,
)
from .scatter import scatter

__all__ = ["BINARY_RULES", "STOP_GRADIENT", "UNARY_RULES", "diff", "gradient", "hvp", "jvp",
           "register_gradient", "register_jvp", "scatter", "tangent"]
