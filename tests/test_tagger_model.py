"""The transformer tagger: the training recipe runs end to end on a tiny sample, and the committed model
loads offline and tags a brief (slow: both load the MiniLM backbone)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extract.segment import segment
from extract.tagger import TAGS, TransformerEntities

pytestmark = pytest.mark.slow


def test_recipe_runs_a_few_steps_and_the_result_loads(repo: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(repo / "seeds" / "crs_IN12681v2.txt", corpus / "one.txt")
    out = tmp_path / "tagger"
    subprocess.run([sys.executable, "-m", "models.train_tagger", "--out", str(out), "--corpus", str(corpus),
                    "--max-steps", "2", "--batch-size", "8", "--gold-weight", "1"], check=True, cwd=repo,
                   capture_output=True)
    meta = json.loads((out / "tagger.json").read_text(encoding="utf-8"))
    assert meta["tags"] == TAGS and meta["steps"] == 2
    text = "Ukrainian President Volodymyr Zelenskyy claimed on April 9 that 155 Chinese nationals were fighting."
    [mentions] = TransformerEntities(model_dir=out).predict([segment(text)])
    assert all(0 <= m.start < m.end <= len(text) and m.label in {t[2:] for t in TAGS[1:]} for m in mentions)


def test_committed_model_finds_the_seed_entities(repo: Path, seed_text: str) -> None:
    tagger = TransformerEntities(model_dir=repo / "models" / "entity-tagger")
    [mentions] = tagger([segment(seed_text)])
    found = {(seed_text[m.start:m.end], m.label) for m in mentions}
    assert {("Volodymyr Zelenskyy", "PERSON"), ("Lin Jian", "PERSON"), ("April 9", "DATE"),
            ("155", "QUANTITY")} <= found
    assert all(0.0 <= m.score <= 1.0 for m in mentions)
