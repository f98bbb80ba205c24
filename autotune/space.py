"""Search spaces: template knobs, or an automatic space derived from any graph (layer 8).

A config is a dict knob -> value (JSON). ``space.apply(cfg)`` gives a Schedule; the tuner
stores its trace, so a record replays with ``tc.replay`` and no space at all.

This module holds the template space (``TemplateSpace``: the knobs of a ``schedules.templates``
template) and ``make_space``, which picks the space a tuning run searches. The interface every
space implements is ``autotune.space_base.SearchSpace``; the automatic CPU space is
``autotune.space_auto.AutoSpace`` (importable from here too), the GPU one
``autotune.space_gpu.GPUAutoSpace``.
"""

from __future__ import annotations

from typing import Any

import tcomp as tc
from schedules import templates as T
from schedules.cpu import target_of

from .space_auto import AutoSpace
from .space_base import AUTO_DEFAULT, Config, SearchSpace


class TemplateSpace(SearchSpace):
    """The knobs of a ``schedules.templates`` template."""

    def __init__(self, template: T.Template | str, outputs: list[tc.Tensor],
                 args: list[tc.Tensor], target: Any = None) -> None:
        super().__init__(outputs, args)
        self.template = T.get(template) if isinstance(template, str) else template
        self.name = f"template:{self.template.name}"
        self.target = target_of(target)
        self.knobs = self.template.knobs(self.outputs, self.args, self.target)

    def valid(self, cfg: Config) -> bool:
        if cfg.get(AUTO_DEFAULT):
            return True
        return self.template.valid(cfg) and self.template.fits(cfg, self.outputs, self.target)

    def apply(self, cfg: Config) -> tc.Schedule:
        if cfg.get(AUTO_DEFAULT):
            return self._apply_auto()
        return self.template.apply(cfg, self.outputs, self.args)


def make_space(space: Any, outputs: list[tc.Tensor], args: list[tc.Tensor],
               target: Any = None) -> SearchSpace:
    """``"auto"`` (for a cuda ``target``, the GPU space of ``autotune.space_gpu``), a template
    name, a Template, or a SearchSpace (returned as is)."""
    if isinstance(space, SearchSpace):
        return space
    if space in (None, "auto"):
        if target is not None and str(target).split()[0] in ("cuda", "gpu", "nvptx"):
            from .space_gpu import GPUAutoSpace
            return GPUAutoSpace(outputs, args, target)
        return AutoSpace(outputs, args, target)
    if isinstance(space, (str, T.Template)):
        return TemplateSpace(space, outputs, args, target)
    raise TypeError(f"space must be 'auto', a template name ({', '.join(sorted(T.TEMPLATES))}), "
                    f"a Template or a SearchSpace; got {type(space).__name__}")


__all__ = ["AUTO_DEFAULT", "AutoSpace", "SearchSpace", "TemplateSpace", "make_space"]
