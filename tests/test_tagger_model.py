"""The transformer tagger: the training recipe runs end to end on a tiny sample, and the committed model
loads offline and tags a brief (slow: both load the MiniLM backbone)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.errors import BriefxError
from extract.segment import segment
from extract.tagger import TAGS, TransformerEntities

pytestmark = pytest.mark.slow


def test_recipe_runs_a_few_steps_and_the_result_loads(repo: Path, tmp_path: Path, one_brief_corpus: Path) -> None:
    out = tmp_path / "tagger"
    subprocess.run([sys.executable, "-m", "models.train_tagger", "--out", str(out), "--corpus", str(one_brief_corpus),
                    "--max-steps", "2", "--batch-size", "8", "--gold-weight", "1", "--layers", "2"], check=True,
                   cwd=repo, capture_output=True)
    meta = json.loads((out / "tagger.json").read_text(encoding="utf-8"))
    assert meta["tags"] == TAGS and meta["steps"] == 2 and meta["layers"] == 2
    text = "Ukrainian President Volodymyr Zelenskyy claimed on April 9 that 155 Chinese nationals were fighting."
    tagger = TransformerEntities(model_dir=out, runtime="torch")
    [found] = tagger.predict([segment(text)])
    mentions = found.mentions
    assert len(tagger._model.encoder.encoder.layer) == 2  # the recipe's layer count is what loads
    assert all(0 <= m.start < m.end <= len(text) and m.label in {t[2:] for t in TAGS[1:]} for m in mentions)


def test_committed_model_finds_the_seed_entities(repo: Path, seed_text: str) -> None:
    tagger = TransformerEntities(model_dir=repo / "models" / "entity-tagger")
    [output] = tagger([segment(seed_text)])
    mentions = output.mentions
    found = {(seed_text[m.start:m.end], m.label) for m in mentions}
    assert {("Volodymyr Zelenskyy", "PERSON"), ("Lin Jian", "PERSON"), ("April 9", "DATE"),
            ("155", "QUANTITY")} <= found
    assert all(0.0 <= m.score <= 1.0 for m in mentions)


def test_onnx_runtime_matches_torch_and_reuses_its_export(repo: Path, seed_text: str, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFX_CACHE", str(tmp_path))
    model_dir = repo / "models" / "entity-tagger"
    torch_seg, onnx_seg = segment(seed_text), segment(seed_text)
    [by_torch] = TransformerEntities(model_dir=model_dir, runtime="torch").predict([torch_seg])
    [by_onnx] = TransformerEntities(model_dir=model_dir, runtime="onnx").predict([onnx_seg])
    assert [(m.start, m.end, m.label) for m in by_onnx.mentions] == \
        [(m.start, m.end, m.label) for m in by_torch.mentions]
    assert by_onnx.encoder_states.shape == (len(onnx_seg.tokens), 384)
    assert abs(by_onnx.encoder_states - by_torch.encoder_states).max() < 1e-3
    [export] = list(tmp_path.glob("tagger-*.onnx"))
    stamp = export.stat().st_mtime_ns
    TransformerEntities(model_dir=model_dir, runtime="onnx").load()
    assert export.stat().st_mtime_ns == stamp


def test_unknown_runtime_is_refused(repo: Path) -> None:
    with pytest.raises(BriefxError, match="E404"):
        TransformerEntities(model_dir=repo / "models" / "entity-tagger", runtime="tensorrt")


def test_int8_runtime_is_made_once_and_still_finds_the_seed_entities(repo: Path, seed_text: str, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFX_CACHE", str(tmp_path))
    tagger = TransformerEntities(model_dir=repo / "models" / "entity-tagger", runtime="onnx", quantize=True)
    [output] = tagger([segment(seed_text)])
    mentions = output.mentions
    found = {(seed_text[m.start:m.end], m.label) for m in mentions}
    assert {("Volodymyr Zelenskyy", "PERSON"), ("Lin Jian", "PERSON"), ("155", "QUANTITY")} <= found
    assert len(list(tmp_path.glob("tagger-*-int8-7bit.onnx"))) == 1


def test_the_default_pipeline_runs_without_importing_torch_or_transformers(repo: Path) -> None:
    script = ("import sys\nfrom extract.pipeline import load\n"
              "record = load('default')('The Department of State said that 155 people were sanctioned.')\n"
              "assert record.actors and record.quantities and record.claims\n"
              "print(sorted(m for m in ('torch', 'transformers', 'peft') if m in sys.modules))")
    subprocess.run([sys.executable, "-c", script], check=True, cwd=repo, capture_output=True)  # makes the export
    done = subprocess.run([sys.executable, "-c", script], check=True, cwd=repo, capture_output=True, text=True)
    assert done.stdout.strip() == "[]"


def test_onnx_runs_give_the_same_numbers_on_one_thread_and_on_all(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from extract import threads

    monkeypatch.setattr(threads, "_chosen", 2)
    tagger = TransformerEntities(model_dir=repo / "models" / "entity-tagger", quantize=True, runtime="onnx")
    tagger.load()
    assert sorted(tagger._sessions) == [1, 2]
    rng = np.random.default_rng(0)
    for rows, width in ((1, 12), (4, 60), (32, 128)):
        feed = {"ids": rng.integers(1000, 20000, (rows, width)), "shapes": rng.integers(0, 5, (rows, width))}
        feed["mask"] = np.ones_like(feed["ids"])
        one, both = (tagger._sessions[n].run(None, feed) for n in (1, 2))
        assert all(np.array_equal(a, b) for a, b in zip(one, both))
