"""briefx: grounded extraction of actors, quantities, dates and claims from policy briefs.

The thin public face: `load()` builds a pipeline from pipelines/NAME.toml, `to_frames()` turns records into
pandas tables. Heavy back ends (torch, spaCy models) load on first use, so `import extract` stays fast.
"""

from __future__ import annotations

import os
from typing import Any, Iterable

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def load(pipeline: str = "default") -> Any:
    """The pipeline named in pipelines/ (or a .toml path); call it on a text or path, or `.run(paths)`."""
    from extract.pipeline import load as load_pipeline

    return load_pipeline(pipeline)


def to_frames(records: Iterable[Any]) -> dict[str, Any]:
    """DataFrames `documents`, `actors`, `quantities`, `dates`, `claims` with doc_id and offsets as columns."""
    from extract.frames import to_frames as frames

    return frames(records)


__all__ = ["load", "to_frames"]
