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


class TcompRuntimeError(TcompError, RuntimeError):
    """A compiled kernel was called with arguments that don't match its signature."""


class OutOfBoundsError(TcompRuntimeError, IndexError):
    """A tensor was read or written outside its shape: raised by the reference evaluator and
    by kernels built with bounds checks; the message names the tensor, the index and the shape."""


class ProvablyOutOfBoundsError(LoweringError, IndexError):
    """A build found a read that is out of its tensor's bounds for some iteration of the
    compute that makes it (proved from the index expression and the domain)."""


class CompileError(TcompError, RuntimeError):
    """A backend (LLVM, ptxas, the CUDA driver) rejected generated code; carries its log."""

    def __init__(self, message: str, log: str = "") -> None:
        super().__init__(message + (f"\n--- backend log ---\n{log}" if log else ""))
        self.log = log


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
        if not fname.startswith(_PKG_DIR + os.sep):
            return f"{frame.f_code.co_filename}:{frame.f_lineno}"
        frame = frame.f_back
    return "<unknown>"
