"""Alignment of vector accesses in GPU kernels (layer 5).

A ``float4`` load or store (``ld.global.v4.f32``) needs a 16-byte aligned address. Every
buffer a kernel touches starts 16-byte aligned: kernel arguments are whole ``cudaMalloc``
allocations (256-byte aligned; ``DeviceArray`` has no views), shared arrays and local arrays
are declared with 16-byte alignment. So an access ``buf[ramp(base, 1, lanes)]`` is aligned to
``itemsize * m`` bytes when ``base`` is provably a multiple of ``m`` (``known_multiple``), and
the emitters widen the access only as far as that proof goes; otherwise they keep it scalar.
"""

from __future__ import annotations

from collections.abc import Mapping

from ...ir import expr as E
from ..lanes import known_multiple

BASE_ALIGN = 16  # bytes every kernel buffer is aligned to; also the widest GPU access


def vector_alignment(base: E.Expr, itemsize: int, lanes: int,
                     lets: Mapping[E.Var, int] | None = None) -> int:
    """Bytes of alignment provable for ``lanes`` contiguous elements from index ``base``:
    a power of two, at most the access size and ``BASE_ALIGN``, at least ``itemsize``."""
    nbytes = known_multiple(base, lets) * itemsize
    align = min(nbytes & -nbytes, BASE_ALIGN)
    while align > itemsize * lanes:
        align //= 2
    return max(align, itemsize)


__all__ = ["BASE_ALIGN", "known_multiple", "vector_alignment"]
