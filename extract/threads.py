"""How many threads the encoder uses: one setting for ONNX Runtime and torch alike, so a worker process can
ask for its share of the CPUs without importing torch."""

from __future__ import annotations

import os
import sys
from typing import Optional

_chosen: Optional[int] = None


def set_threads(count: int) -> None:
    """Use `count` threads from now on (e.g. one worker process's share of the CPUs)."""
    global _chosen
    _chosen = count
    if "torch" in sys.modules:
        sys.modules["torch"].set_num_threads(count)


def chosen_threads() -> Optional[int]:
    """The count `set_threads` chose, or None when nothing chose one."""
    return _chosen


def threads() -> int:
    """Threads to use: as chosen, else one per CPU this process may run on."""
    return _chosen or len(os.sched_getaffinity(0))
