"""Python truth values in tensor code: which user code is tracing now, and bools refused (layer 1).

``tc.compute`` and the reducers run user code inside ``tracing(what)``. There, Python's
``and``/``or``/``not``/``if`` on an expression comparison is a mistake (the comparison has no
truth value per element), and ``EqualOp.__bool__`` asks ``traced_user_code`` whether to refuse
it. Outside a trace, and in tcomp's own code, ``bool(a == b)`` is structural equality. The
other side of the same mistake, a Python bool where a tensor condition is meant, is refused
by ``check_not_bool``. Of tcomp, it imports only the error classes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

from ..errors import DSLTypeError

_TRACE = threading.local()
ACTIVE = [0]  # how many traces are open, over all threads (a cheap first check)
_active_lock = threading.Lock()
_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# tcomp's own packages: bool() of a comparison in their code is structural equality.
_OWN_DIRS = tuple(os.path.join(_ROOT, p) + os.sep for p in ("tcomp", "schedules", "autotune"))
_own_code: dict[Any, bool] = {}


@contextmanager
def tracing(what: str) -> Iterator[None]:
    """While user code (``what``: a compute body, a reducer) builds expressions, Python's
    ``and``/``or``/``not``/``if`` on an ``==``/``!=`` comparison in that code is an error."""
    prev = getattr(_TRACE, "what", None)
    _TRACE.what = what
    with _active_lock:
        ACTIVE[0] += 1
    try:
        yield
    finally:
        with _active_lock:
            ACTIVE[0] -= 1
        _TRACE.what = prev


def traced_user_code(frame: Any) -> str | None:
    """What this thread is tracing (the ``what`` of ``tracing``) when ``frame`` runs user
    code, not tcomp's own; else None."""
    what = getattr(_TRACE, "what", None)
    if not what:
        return None
    code = frame.f_code
    own = _own_code.get(code)
    if own is None:
        own = _own_code[code] = os.path.abspath(code.co_filename).startswith(_OWN_DIRS)
    return None if own else what


def check_not_bool(value: Any, place: str) -> None:
    """Refuse a Python (or numpy) bool where a tensor expression is meant: it is almost always
    a Python comparison (``is``, ``in``, of plain numbers) that was meant as a tensor one."""
    if isinstance(value, (bool, np.bool_)):
        raise DSLTypeError(
            f"{place} is the Python bool {bool(value)}, not a tensor expression; a Python "
            "comparison (of plain numbers, or with 'is'/'in') was probably meant as a tensor "
            "condition. Build it from tensor expressions (==, <, &, |, ~, tc.all, tc.any), or "
            f"write tc.const({bool(value)}) for a constant condition")
