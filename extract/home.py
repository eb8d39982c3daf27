"""Where briefx finds its `pipelines/` and `models/`: `$BRIEFX_HOME`; else the source checkout this code runs
from; else the copy a non-editable `pip install .` puts under `<prefix>/share/briefx`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from extract.errors import BriefxError

CHECKOUT = Path(__file__).resolve().parent.parent


def home() -> Path:
    """The folder holding `pipelines/` and `models/`, as chosen above; an error when none holds them."""
    chosen = os.environ.get("BRIEFX_HOME")
    if chosen:
        if not (Path(chosen) / "pipelines").is_dir():
            raise BriefxError("E306", f"BRIEFX_HOME={chosen}: no pipelines/ folder there")
        return Path(chosen)
    for candidate in (CHECKOUT, Path(sys.prefix) / "share" / "briefx"):
        if (candidate / "pipelines").is_dir():
            return candidate
    raise BriefxError("E306", "no pipelines/ folder found: set BRIEFX_HOME to a briefx checkout or install")
