"""Error hierarchy and the user source-location helper (layer 0).

Every user-facing error derives from ``TcompError`` and from the matching builtin, so
``except ValueError`` keeps working for users who don't know tcomp's classes.
"""

from __future__ import annotations

import os
import sys

_PKG_DIR = os.path.dirname(os.path.abspath(__file__))


class TcompError(Exception):
    """Root of every error tcomp raises on purpose."""


class DSLTypeError(TcompError, TypeError):
    """A tensor expression mixes dtypes or uses a value of the wrong kind."""


class DSLShapeError(TcompError, ValueError):
    """A tensor expression indexes with the wrong arity or an incompatible shape."""


class ScheduleError(TcompError, ValueError):
    """A schedule primitive was used in a way that can't be lowered correctly."""


class LoweringError(TcompError, ValueError):
    """The schedule is legal per primitive, but the whole can't be lowered."""


class AxisError(DSLShapeError, IndexError):
    """An axis/dim argument is outside ``[-ndim, ndim)`` or lists an axis twice.

    An ``IndexError`` as in PyTorch (and numpy's ``AxisError``), and a ``ValueError`` through
    ``DSLShapeError``, so code catching either keeps working.
    """


class TensorIndexError(DSLShapeError, IndexError):
    """An index value (``x[i]``, a gather index, an embedding row, a class id) is outside the
    axis it indexes, or there are more indices than axes (``IndexError`` as in numpy)."""


class TcompRuntimeError(TcompError, RuntimeError):
    """A run-time failure: a kernel called with unusable arguments, no device to run on,
    autograd state that doesn't allow the call. Argument errors use the subclasses below."""


class ArgumentTypeError(TcompRuntimeError, TypeError):
    """An argument of a kernel, program or evaluator call has the wrong type or dtype, or the
    call has the wrong number of arguments (``TypeError`` as in numpy and PyTorch)."""


class ArgumentValueError(TcompRuntimeError, ValueError):
    """An argument has the right type and dtype but can't be used as given: not contiguous,
    misaligned, a read-only output, overlapping another argument, a bad ``dim_values``."""


class ArgumentShapeError(ArgumentValueError):
    """An argument has the wrong rank or size, or shapes disagree on a symbolic dim
    (``ValueError`` as in numpy and PyTorch)."""


class OutOfBoundsError(TcompRuntimeError, IndexError):
    """A tensor was read or written outside its shape: raised by the reference evaluator and
    by kernels built with bounds checks; the message names the tensor, the index and the shape."""


class OutOfMemoryError(TcompRuntimeError, MemoryError):
    """A kernel could not allocate a temporary buffer (its size overflowed or the allocation
    failed); the message names the kernel, the buffer and the bytes it wanted."""


class GPUScheduleError(TcompError, ValueError):
    """A schedule a GPU can't run: unbound loops, bad nesting of bindings, too many threads
    per block, too much shared memory. The message names the loop and says how to fix it."""


class ProvablyOutOfBoundsError(LoweringError, IndexError):
    """A build found a read that is out of its tensor's bounds for some iteration of the
    compute that makes it (proved from the index expression and the domain)."""


class CompileError(TcompError, RuntimeError):
    """A backend (LLVM, ptxas, the CUDA driver) rejected generated code; carries its log."""

    def __init__(self, message: str, log: str = "") -> None:
        super().__init__(message + (f"\n--- backend log ---\n{log}" if log else ""))
        self.log = log


class ExportError(TcompError, ValueError):
    """``export_library`` was given kernels, names or a path it can't make a library of, or
    ``tcomp.nn.export`` a model whose forward it can't follow."""


class IRVerifyError(TcompError, AssertionError):
    """An internal invariant of the IR does not hold (a tcomp bug, not a user error)."""


def user_location() -> str:
    """Return ``file:line`` of the innermost stack frame outside the tcomp package.

    Called when a tensor or schedule directive is created, so later errors can point at
    the line of user code that caused them.
    """
    frame = sys._getframe(1)
    while frame is not None:
        fname = os.path.abspath(frame.f_code.co_filename)
        # frozen stdlib frames (`<frozen runpy>` under `python -m`) are nobody's line
        if not fname.startswith(_PKG_DIR + os.sep) \
                and not frame.f_code.co_filename.startswith("<frozen "):
            return f"{frame.f_code.co_filename}:{frame.f_lineno}"
        frame = frame.f_back
    return "<unknown>"
