"""Dataset and DataLoader over numpy arrays: batching, seeded shuffling, drop_last (layer 9)."""

from __future__ import annotations

from collections.abc import Iterator
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
    """Iterate over ``dataset`` in batches of Tensors; reshuffles each epoch from ``seed``."""

    def __init__(self, dataset: Dataset, batch_size: int = 32, shuffle: bool = False,
                 drop_last: bool = False, seed: int = 0):
        if batch_size <= 0:
            raise ArgumentValueError(f"DataLoader: batch_size must be positive, got "
                                     f"{batch_size}")
        self.dataset, self.batch_size = dataset, batch_size
        self.shuffle, self.drop_last = shuffle, drop_last
        self.rng = np.random.default_rng(seed)

    def __len__(self) -> int:
        n = len(self.dataset)
        return n // self.batch_size if self.drop_last else -(-n // self.batch_size)

    def __iter__(self) -> Iterator[tuple[Tensor, ...]]:
        n = len(self.dataset)
        order = self.rng.permutation(n) if self.shuffle else np.arange(n)
        for start in range(0, n, self.batch_size):
            idx = order[start:start + self.batch_size]
            if self.drop_last and len(idx) < self.batch_size:
                return
            if isinstance(self.dataset, TensorDataset):
                items = self.dataset[idx]
            else:
                rows = [self.dataset[int(i)] for i in idx]
                items = tuple(np.stack(col) for col in zip(*rows))
            yield tuple(Tensor(aligned(a), dtype=a.dtype) for a in items)


__all__ = ["DataLoader", "Dataset", "TensorDataset"]
