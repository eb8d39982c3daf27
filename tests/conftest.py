"""Shared fixtures: repository paths, and no network for any model code."""

from __future__ import annotations

import os
import shutil
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


@pytest.fixture
def one_brief_corpus(tmp_path: Path) -> Path:
    """A corpus folder holding one seed brief: enough for a training recipe to run end to end."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEEDS / "crs_IN12681v2.txt", corpus / "one.txt")
    return corpus
