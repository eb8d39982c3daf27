"""The learned cue classifier: training targets from gold cues, claims from marked cue tokens (content after or
before the cue, never over a kept claim), loading, and the leave-one-publisher-out threshold choice."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from extract.claims.learned import CUE_CLASSES, CueClassifier, _content, _thing_claimed, learned_claims
from extract.records import Actor, Claim, DocumentRecord, Span
from extract.segment import segment
from models.train_cues import choose_threshold, token_targets

TEXT = "Officials signalled the talks would resume next week. The talks will resume soon, the envoy hinted."


def _record() -> DocumentRecord:
    return DocumentRecord(doc_id="t", source="t", sha256="", published=None, title=None)


def _marking(words: dict[str, str], text: str = TEXT) -> tuple[object, np.ndarray, CueClassifier]:
    """The text's segmentation, states whose one feature per class fires on the given words, and a classifier
    that reads them."""
    seg = segment(text)
    states = np.zeros((len(seg.tokens), len(CUE_CLASSES)), dtype=np.float32)
    states[:, 0] = 1.0
    for index, token in enumerate(seg.tokens):
        if token.text in words:
            states[index] = 0.0
            states[index, CUE_CLASSES.index(words[token.text])] = 1.0
    classifier = CueClassifier(10 * np.eye(len(CUE_CLASSES), dtype=np.float32),
                               np.zeros(len(CUE_CLASSES), dtype=np.float32), 0.9)
    return seg, states, classifier


def test_a_marked_cue_claims_the_clause_after_it_or_before_it() -> None:
    seg, states, classifier = _marking({"signalled": "claim", "hinted": "claim"})
    claims = learned_claims(seg, _record(), states, classifier, [])
    assert [(c.text, c.cue.text if c.cue else None, c.kind) for c in claims] == [
        ("the talks would resume next week", "signalled", "claim"),
        ("The talks will resume soon", "hinted", "claim")]
    assert all(0.9 <= (c.score or 0) <= 1 for c in claims)


def test_the_brief_s_own_judgement_has_the_author_as_source() -> None:
    seg, states, classifier = _marking({"signalled": "author"})
    [claim] = learned_claims(seg, _record(), states, classifier, [])
    assert claim.kind == "claim" and claim.source == "AUTHOR"


def test_a_marked_recommendation_cue_that_is_no_directive_verb_is_the_text_s_own_advice() -> None:
    seg, states, classifier = _marking({"signalled": "recommendation"})
    record = _record()
    record.actors.append(Actor("a1", 0, 9, "Officials", "ORG", "Officials"))
    [claim] = learned_claims(seg, record, states, classifier, [])
    assert (claim.kind, claim.source) == ("recommendation", "AUTHOR")


def test_a_marked_modal_claims_its_whole_clause() -> None:
    seg, states, classifier = _marking({"should": "recommendation"}, "In short, Congress should consider three steps.")
    [claim] = learned_claims(seg, _record(), states, classifier, [])
    assert (claim.text, claim.source) == ("Congress should consider three steps", "AUTHOR")


def test_no_learned_claim_repeats_words_a_kept_claim_covers() -> None:
    seg, states, classifier = _marking({"signalled": "claim", "hinted": "claim"})
    start = TEXT.index("the talks would")
    kept = Claim(id="", start=start, end=start + 20, text=TEXT[start:start + 20], kind="claim", source="UNKNOWN",
                 cue=None, stance="asserts", hedged=False)
    assert [c.cue.text for c in learned_claims(seg, _record(), states, classifier, [kept]) if c.cue] == ["hinted"]


def test_a_marked_word_of_a_kept_claim_s_cue_adds_nothing() -> None:
    seg, states, classifier = _marking({"hinted": "claim"})
    cue_at = TEXT.index("hinted")
    kept = Claim(id="", start=0, end=10, text=TEXT[:10], kind="claim", source="UNKNOWN",
                 cue=Span(cue_at - 10, cue_at + 6, TEXT[cue_at - 10:cue_at + 6]), stance="asserts", hedged=False)
    assert learned_claims(seg, _record(), states, classifier, [kept]) == []


def test_below_the_threshold_nothing_is_marked() -> None:
    seg, states, classifier = _marking({"signalled": "claim"})
    classifier.threshold = 1.01
    assert learned_claims(seg, _record(), states, classifier, []) == []


def test_targets_mark_the_gold_cue_tokens_with_their_class() -> None:
    seg = segment(TEXT)
    start = TEXT.index("signalled")
    gold = _record()
    gold.claims = [Claim(id="c1", start=start + 10, end=start + 42, text=TEXT[start + 10:start + 42], kind="claim",
                         source="AUTHOR", cue=Span(start, start + 9, "signalled"), stance="asserts", hedged=False)]
    targets = token_targets(seg, gold)
    marked = [seg.tokens[i].text for i in np.flatnonzero(targets)]
    assert marked == ["signalled"] and targets[np.flatnonzero(targets)[0]] == CUE_CLASSES.index("author")


def test_a_head_without_a_cue_file_has_no_classifier(tmp_path: Path) -> None:
    assert CueClassifier.load(tmp_path) is None


def test_the_threshold_is_the_best_by_pooled_folds_or_off() -> None:
    gold = {"a": _record(), "b": _record()}
    claim = Claim(id="c1", start=0, end=20, text=TEXT[:20], kind="claim", source="AUTHOR", cue=None,
                  stance="asserts", hedged=False)
    gold["a"].claims, gold["b"].claims = [claim], [claim]
    seg = segment(TEXT)
    states = np.zeros((len(seg.tokens), 4), dtype=np.float32)
    targets = np.zeros(len(seg.tokens), dtype=np.int64)

    def finds_claims_from(at_least: float):  # type: ignore[no-untyped-def]
        def records_with(items: list[str], cues: CueClassifier | None) -> dict[str, DocumentRecord]:
            found = cues is not None and cues.threshold >= at_least
            return {i: (gold[i] if found else _record()) for i in items}
        return records_with

    threshold, figures = choose_threshold([["a"], ["b"]], lambda _: states, lambda _: targets, finds_claims_from(0.8),
                                          gold, seed=0)
    assert threshold == 0.95 and figures["off"] == 0.0 and figures["0.8"] == 1.0
    threshold, _ = choose_threshold([["a"], ["b"]], lambda _: states, lambda _: targets, finds_claims_from(2.0),
                                    gold, seed=0)
    assert threshold == 1.01


@pytest.mark.slow
def test_the_committed_head_adds_learned_claims_only_in_the_gaps(repo: Path) -> None:
    from extract.pipeline import load

    pipeline = load("default")
    path = repo / "seeds" / "crs_LSB11417v1.txt"
    with_cues = pipeline(path)
    classifier = pipeline.claims._cues  # type: ignore[union-attr]
    assert classifier is not None and classifier.threshold <= 1
    pipeline.claims._cues = None  # type: ignore[union-attr]
    try:
        without = pipeline(path)
    finally:
        pipeline.claims._cues = classifier  # type: ignore[union-attr]
    before = {(c.start, c.end) for c in without.claims}
    added = [c for c in with_cues.claims if (c.start, c.end) not in before]
    assert added and before <= {(c.start, c.end) for c in with_cues.claims}
    assert all((c.score or 0) >= classifier.threshold and c.cue is not None for c in added)
    assert [c.id for c in with_cues.claims] == [f"c{i}" for i in range(1, len(with_cues.claims) + 1)]


def test_the_cue_oracle_finds_the_gold_claims_from_their_cues_alone() -> None:
    from eval.cue_oracle import GoldCues

    seg = segment(TEXT)
    hinted = TEXT.index("hinted")
    gold = _record()
    gold.claims = [Claim(id="c1", start=TEXT.index("The talks will"), end=TEXT.index(", the envoy"),
                         text="The talks will resume soon", kind="claim", source="UNKNOWN",
                         cue=Span(hinted, hinted + len("hinted"), "hinted"), stance="asserts", hedged=False)]
    oracle = GoldCues(token_targets(seg, gold))
    assert oracle.probabilities(None).sum(axis=1).tolist() == [1.0] * len(seg.tokens)
    claims = learned_claims(seg, _record(), None, oracle, [])
    assert [(c.text, c.cue.text if c.cue else None) for c in claims] == [("The talks will resume soon", "hinted")]


def test_a_marked_cue_pointing_to_the_brief_s_own_figure_claims_nothing() -> None:
    text = "Yet, as shown in Figure 2, the agency spent more on awards. The envoy hinted that talks would resume."
    seg, states, classifier = _marking({"shown": "claim", "hinted": "claim"}, text)
    claims = learned_claims(seg, _record(), states, classifier, [])
    assert [c.cue.text for c in claims if c.cue] == ["hinted"]


def test_a_thing_claimed_is_no_claim_but_a_framing_is() -> None:
    text = "Taxpayers claimed only the RCEC for solar panels. The Committee sees the risks to the outlook as balanced."
    assert _thing_claimed(text, text.index(" only"))
    assert not _thing_claimed(text, text.index(" the risks"))


def test_a_cue_near_the_sentence_end_governs_the_clause_a_comma_ends_before_it_or_nothing() -> None:
    text = "The talks failed, the envoy hinted. The authors also draw a line."
    hinted, draw = text.index("hinted"), text.index("draw")
    assert _content(text, 0, 35, hinted, hinted + 6) == (0, text.index(","))
    assert _content(text, 36, len(text), draw, draw + 4) == (draw, draw)


def test_a_marked_modal_inside_an_embedded_question_advises_nothing() -> None:
    text = "That is the opposite of what Congress should be doing. Congress should act."
    seg, states, classifier = _marking({"should": "recommendation"}, text)
    [claim] = learned_claims(seg, _record(), states, classifier, [])
    assert (claim.text, claim.kind) == ("Congress should act", "recommendation")
