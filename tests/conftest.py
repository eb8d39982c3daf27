"""Shared fixtures: repository paths, and no network for any model code."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
# The tagger's ONNX export is cached; tests keep theirs apart from the user's cache.
os.environ.setdefault("BRIEFX_CACHE", str(Path(__file__).resolve().parent.parent / ".pytest_cache" / "briefx"))

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_BRIEF = SEEDS / "000_6bb1bf22cb1f2666.txt"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_BRIEF.read_text(encoding="utf-8")
