"""briefx: grounded extraction of actors, quantities, dates and claims from policy briefs.

The thin public face: `load()` builds a pipeline from pipelines/NAME.toml, `to_frames()` turns records into
pandas tables, `view()` shows them as HTML, `to_spacy()` as spaCy Docs. Heavy back ends (torch, spaCy models) load on first use, so `import extract` stays fast.
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


def view(records: Any, root: Any = None) -> Any:
    """The review page of a record or a list of records; a notebook shows it (`_repr_html_`)."""
    from extract.view import Review

    return Review(records if isinstance(records, (list, tuple)) else [records], root)


def to_spacy(record: Any, nlp: Any = None) -> Any:
    """A record as a spaCy Doc: actors as `ents`, span groups `quantities`, `dates`, `claims` (see displaCy)."""
    from extract.spacy_interop import to_spacy as convert

    return convert(record, nlp)


__all__ = ["load", "to_frames", "to_spacy", "view"]
