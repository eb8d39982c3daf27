"""The claim head: its rule prior, gold matching and features without a model; then the training recipe on
a tiny sample and the committed head on the seed brief (slow: those load the MiniLM backbone)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from extract.claims.candidates import propose
from extract.claims.head import (EXTRA_FEATURES, OUTPUTS, ClaimHead, Decision, LoadedHead, apply_decision, build_head,
                                 candidate_features, decide, match_gold)
from extract.errors import BriefxError
from extract.records import Claim, DocumentRecord
from extract.segment import segment
from extract.pipeline import load

TEXT = ("Officials said that the plan may fail. China condemned the deployment as fueling an arms race. "
        "Congress should fund the program.")


def _proposed(text: str = TEXT):  # type: ignore[no-untyped-def]
    seg = segment(text)
    record = DocumentRecord(doc_id="t", source="t", sha256="", published=None, title=None)
    return seg, propose(seg, record, lenient=True)


def test_with_no_learned_correction_the_head_repeats_the_rules() -> None:
    seg, candidates = _proposed()
    vectors = np.random.default_rng(0).standard_normal((len(seg.tokens), 4), dtype=np.float32)
    starts = [t.start for t in seg.tokens]
    features = np.stack([candidate_features(seg, vectors, c, starts) for c in candidates])
    assert features.shape == (len(candidates), 3 * 4 + EXTRA_FEATURES)
    head = build_head(4, width=8, prior=3.0).eval()
    torch.nn.init.zeros_(head.correction[-1].weight)
    torch.nn.init.zeros_(head.correction[-1].bias)
    with torch.inference_mode():
        logits = head(torch.from_numpy(features)).numpy()
    decisions = decide(logits)
    assert [d.keep > 0.5 for d in decisions] == [c.strict for c in candidates]
    kept = [apply_decision(c, d) for c, d in zip(candidates, decisions) if d.keep > 0.5]
    assert [(c.text, c.stance, c.hedged, c.source) for c in kept] == [
        ("the plan may fail", "asserts", True, "UNKNOWN"), ("Congress should fund the program", "recommends", False, "AUTHOR")]
    assert logits.shape == (len(candidates), OUTPUTS)
    weights = {name: tensor.detach().numpy() for name, tensor in head.state_dict().items()}
    assert np.allclose(LoadedHead(4, 3.0, weights)(features), logits, atol=1e-5)  # numpy at run time, same logits


def test_features_need_the_encoder_states() -> None:
    seg, candidates = _proposed()
    with pytest.raises(BriefxError, match="E305"):
        candidate_features(seg, None, candidates[0], [t.start for t in seg.tokens])


def test_gold_matching_is_one_to_one_and_needs_half_the_shorter_span() -> None:
    _, candidates = _proposed()
    plan = next(c for c in candidates if c.claim.text == "the plan may fail")
    start = plan.claim.start

    def gold(offset: int, length: int) -> Claim:
        return Claim(id="g", start=start + offset, end=start + offset + length, text="", kind="claim",
                     source="UNKNOWN", cue=None, stance="asserts", hedged=False)

    near, far = gold(0, 17), gold(12, 30)  # far shares 5 characters of the 17-character candidate
    matches = match_gold(candidates, [far, near])
    assert matches[candidates.index(plan)] is near
    assert sum(m is near for m in matches) == 1 and all(m is not far for m in matches)


slow = pytest.mark.slow


@slow
def test_recipe_runs_on_a_tiny_sample_and_the_head_loads(repo: Path, tmp_path: Path, seed_text: str,
                                                        one_brief_corpus: Path) -> None:
    out = tmp_path / "claim-head"
    subprocess.run([sys.executable, "-m", "models.train_claims", "--out", str(out), "--corpus", str(one_brief_corpus),
                    "--max-silver-docs", "1", "--max-gold-docs", "2", "--epochs", "3"], check=True, cwd=repo,
                   capture_output=True)
    meta = json.loads((out / "claims.json").read_text(encoding="utf-8"))
    assert meta["epochs"] == 3 and meta["hidden_size"] == 384
    pipeline = load("default")
    pipeline.claims = ClaimHead(model_dir=out)
    record = pipeline(seed_text)
    assert record.claims and all(0.0 <= c.score <= 1.0 for c in record.claims)
    assert all(seed_text[c.start:c.end] == c.text for c in record.claims)


@slow
def test_committed_head_on_the_seed_brief(seed_text: str) -> None:
    record = load("default")(seed_text)
    by_text = {c.text: c for c in record.claims}
    zelenskyy = by_text["more than 150 Chinese nationals were fighting in Ukraine on behalf of Russia"]
    assert (zelenskyy.source, zelenskyy.stance, zelenskyy.hedged) == ("Volodymyr Zelenskyy", "asserts", False)
    assert any(c.stance == "denies" for c in record.claims)
    assert any(c.stance == "recommends" and c.source == "AUTHOR" for c in record.claims)
    assert len({c.score for c in record.claims}) > 1  # scores are the head's probabilities, not a constant


def test_a_head_deciding_keep_only_leaves_hedging_and_source_to_the_rules() -> None:
    _, candidates = _proposed()
    plan = next(c for c in candidates if c.claim.text == "the plan may fail")
    rules_view = (plan.claim.hedged, plan.claim.source)
    claim = apply_decision(plan, Decision(0.9, not plan.claim.hedged, "AUTHOR"), "keep")
    assert (claim.hedged, claim.source, claim.score) == (*rules_view, 0.9)
    claim = apply_decision(plan, Decision(0.8, not plan.claim.hedged, "AUTHOR"), "all")
    assert (claim.hedged, claim.source) == (not rules_view[0], "AUTHOR")


def test_the_recipe_lets_the_head_decide_hedging_and_source_only_where_dev_cv_says_it_is_better() -> None:
    from models.train_claims import choose_decides

    def cv(source: float, hedged: float) -> dict[str, float]:
        return {"claims.source_acc": source, "claims.hedged_acc": hedged}
    assert choose_decides({"head": cv(0.79, 0.93), "head_keep_only": cv(0.80, 0.96)}) == "keep"
    assert choose_decides({"head": cv(0.85, 0.96), "head_keep_only": cv(0.80, 0.96)}) == "all"
