"""Dataset and DataLoader over numpy arrays: batching, seeded shuffling, drop_last and batches
assembled ahead by a thread pool (layer 9)."""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import numpy as np

from ..errors import ArgumentShapeError, ArgumentValueError
from ..runtime.memory import aligned
from .tensor import Tensor


class Dataset:
    """Anything with ``__len__`` and ``__getitem__`` returning a tuple of arrays."""

    def __len__(self) -> int:
        raise NotImplementedError

    def __getitem__(self, idx: Any) -> tuple[np.ndarray, ...]:
        raise NotImplementedError


class TensorDataset(Dataset):
    """Rows of equally long arrays; indexing with an index array gives a batch."""

    def __init__(self, *arrays: Any):
        self.arrays = [np.asarray(a.data if isinstance(a, Tensor) else a) for a in arrays]
        n = {len(a) for a in self.arrays}
        if len(n) != 1:
            raise ArgumentShapeError(f"TensorDataset: arrays have different lengths "
                                     f"{[len(a) for a in self.arrays]}; give every array "
                                     "one row per example")

    def __len__(self) -> int:
        return len(self.arrays[0])

    def __getitem__(self, idx: Any) -> tuple[np.ndarray, ...]:
        return tuple(a[idx] for a in self.arrays)


class DataLoader:
    """Iterate over ``dataset`` in batches of Tensors; reshuffles each epoch from ``seed``.

    ``num_workers > 0``: that many threads assemble the numpy batches (the dataset's
    ``__getitem__``, stacking, aligning), keeping up to ``num_workers * prefetch_factor``
    batches ahead of the loop, so they overlap the model's kernels (which run without the
    GIL). Batches come in the same order with the same contents as with ``num_workers=0``; an
    exception in a worker is raised in the loop; the threads end with the epoch, or when the
    loop stops early. The dataset's ``__getitem__`` must be safe to call from threads.
    """

    def __init__(self, dataset: Dataset, batch_size: int = 32, shuffle: bool = False,
                 drop_last: bool = False, seed: int = 0, num_workers: int = 0,
                 prefetch_factor: int | None = None):
        if batch_size <= 0:
            raise ArgumentValueError(f"DataLoader: batch_size must be positive, got "
                                     f"{batch_size}")
        for name, v in (("num_workers", num_workers), ("prefetch_factor", prefetch_factor)):
            if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0
                                  or (v == 0 and name == "prefetch_factor")):
                raise ArgumentValueError(f"DataLoader: {name} must be an int >= "
                                         f"{int(name == 'prefetch_factor')}, got {v!r}")
        if prefetch_factor is not None and not num_workers:
            raise ArgumentValueError("DataLoader: prefetch_factor needs num_workers > 0 (with "
                                     "num_workers=0 the loop assembles each batch itself)")
        self.dataset, self.batch_size = dataset, batch_size
        self.shuffle, self.drop_last = shuffle, drop_last
        self.num_workers, self.prefetch_factor = num_workers, prefetch_factor or 2
        self.rng = np.random.default_rng(seed)

    def __len__(self) -> int:
        n = len(self.dataset)
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)

    def _batch(self, idx: np.ndarray) -> tuple[np.ndarray, ...]:
        """The numpy arrays of the batch of rows ``idx`` (a worker's job)."""
        if isinstance(self.dataset, TensorDataset):
            items = self.dataset[idx]
        else:
            rows = [self.dataset[int(i)] for i in idx]
            items = tuple(np.stack(col) for col in zip(*rows, strict=True))
        return tuple(aligned(a) for a in items)

    def __iter__(self) -> Iterator[tuple[Tensor, ...]]:
        n, size = len(self.dataset), self.batch_size
        order = self.rng.permutation(n) if self.shuffle else np.arange(n)
        batches = (order[s:s + size] for s in range(0, n, size)
                   if not (self.drop_last and n - s < size))
        if not self.num_workers:
            for items in map(self._batch, batches):
                yield tuple(Tensor(a, dtype=a.dtype) for a in items)
            return
        ahead = self._prefetched(batches)
        try:
            for items in ahead:
                yield tuple(Tensor(a, dtype=a.dtype) for a in items)
        finally:
            ahead.close()  # the loop broke off: the workers stop now, not at collection

    def _prefetched(self, batches: Iterable[np.ndarray]) -> Iterator[tuple[np.ndarray, ...]]:
        """``_batch`` of each of ``batches`` in order, computed ahead by the worker threads;
        closing this generator (the loop ended or broke off) cancels the batches not started
        and joins the threads."""
        pool = ThreadPoolExecutor(self.num_workers, thread_name_prefix="tcomp-DataLoader")
        ahead: deque[Future[tuple[np.ndarray, ...]]] = deque()
        it = iter(batches)
        try:
            for idx in itertools.islice(it, self.num_workers * self.prefetch_factor):
                ahead.append(pool.submit(self._batch, idx))
            while ahead:
                items = ahead.popleft().result()  # a worker's exception is raised here
                for idx in itertools.islice(it, 1):
                    ahead.append(pool.submit(self._batch, idx))
                yield items
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


__all__ = ["DataLoader", "Dataset", "TensorDataset"]
