"""The learned item selector: its candidate phrases, how it shares the work with the item rules, its numpy forward
pass against the torch network it was trained as, and the shipped selector in the default pipeline."""

from __future__ import annotations

from typing import Optional

import numpy as np
import pytest

from extract import pipeline
from extract.normalise.item_head import (FEATURES, Candidate, ItemExample, LoadedSelector, candidates_of, choose,
                                         examples_of, quantity_tokens, target_of)
from extract.records import DocumentRecord, Quantity
from extract.segment import segment

SENTENCE = "The agency terminated fewer than six grants midstream in the 13 years to 2025."


def _example(text: str, span: str, rule_item: Optional[str], states: Optional[np.ndarray] = None) -> ItemExample:
    seg = segment(text)
    start = text.index(span)
    quantity = Quantity(id="q1", start=start, end=start + len(span), text=span, value=6.0, op="<", item=rule_item)
    record = DocumentRecord(doc_id="d", source="d.txt", sha256="", published=None, title=None, quantities=[quantity])
    if states is None:
        states = np.random.default_rng(0).normal(size=(len(seg.tokens), 8)).astype(np.float32)
    [example] = examples_of(seg, record, states)
    return example


def test_candidates_are_phrases_beside_the_quantity_without_stop_words_or_punctuation() -> None:
    seg = segment(SENTENCE)
    tokens = seg.sentence_tokens(seg.sentences[0])
    quantity = Quantity(id="q1", start=SENTENCE.index("fewer"), end=SENTENCE.index(" grants"), text="fewer than six",
                        value=6.0)
    first, last = quantity_tokens(tokens, quantity)
    assert [t.text for t in tokens[first:last]] == ["fewer", "than", "six"]
    texts = {c.text for c in candidates_of(SENTENCE, tokens, first, last)}
    assert {"grants", "grants midstream", "agency", "agency terminated"} <= texts
    assert not any(t.lower().startswith(("the ", "in ")) or t.endswith(" in") or "six" in t for t in texts)
    assert "years to" not in texts and not any("." in t for t in texts)



def test_no_candidate_ends_on_an_adverb() -> None:
    text = "Its holdings, currently valued at $176 billion, were recently sold."
    seg = segment(text)
    tokens = seg.sentence_tokens(seg.sentences[0])
    quantity = Quantity(id="q1", start=text.index("$"), end=text.index(", were"), text="$176 billion", value=176e9)
    first, last = quantity_tokens(tokens, quantity)
    texts = {c.text for c in candidates_of(text, tokens, first, last)}
    assert "holdings" in texts and "currently valued" in texts
    assert not {"currently", "recently"} & texts


def test_the_target_is_the_nearest_candidate_with_the_gold_text_or_no_item() -> None:
    example = _example(SENTENCE, "fewer than six", "grants midstream")
    assert example.candidates[target_of(example, "Grants")].text == "grants"
    assert target_of(example, None) == len(example.candidates)
    assert target_of(example, "grant terminations") is None  # not written in the sentence
    assert example.features.shape == (len(example.candidates), FEATURES)


def _probabilities(example: ItemExample, best: Optional[str], p: float) -> np.ndarray:
    """Probabilities putting `p` on the candidate `best` (None: on no item) and the rest spread evenly."""
    n = len(example.candidates) + 1
    at = n - 1 if best is None else next(k for k, c in enumerate(example.candidates) if c.text == best)
    probs = np.full(n, (1 - p) / (n - 1), dtype=np.float32)
    probs[at] = p
    return probs


def test_the_rules_item_stands_unless_missing_or_confidently_shortened() -> None:
    example = _example(SENTENCE, "fewer than six", "grants midstream")
    assert choose(example, _probabilities(example, "agency", 0.99), 0.7) == "grants midstream"  # not a prefix
    assert choose(example, _probabilities(example, "grants", 0.8), 0.7) == "grants"
    assert choose(example, _probabilities(example, "grants", 0.6), 0.7) == "grants midstream"
    assert choose(example, _probabilities(example, "grants", 0.99), None) == "grants midstream"  # never shortens
    gap = _example(SENTENCE, "fewer than six", None)
    assert choose(gap, _probabilities(gap, "grants", 0.3), 0.7) == "grants"  # a gap takes the best, however unsure
    assert choose(gap, _probabilities(gap, None, 0.9), 0.7) is None


def test_the_numpy_selector_computes_the_torch_networks_probabilities() -> None:
    torch = pytest.importorskip("torch")
    from models.train_items import build_selector

    torch.manual_seed(0)
    network = build_selector(hidden_size=8, width=6, dropout=0.2).eval()
    loaded = LoadedSelector({k: v.numpy() for k, v in network.state_dict().items()})
    text = f"{SENTENCE} Officials then moved 380 inmates out of the prison, and 12 more."
    seg = segment(text)
    states = np.random.default_rng(1).normal(size=(len(seg.tokens), 8)).astype(np.float32)
    quantities = [Quantity(id=f"q{k}", start=text.index(span), end=text.index(span) + len(span), text=span,
                           value=1.0, item=item)
                  for k, (span, item) in enumerate([("fewer than six", "grants midstream"), ("380", None),
                                                    ("12", "more")])]
    record = DocumentRecord(doc_id="d", source="d.txt", sha256="", published=None, title=None, quantities=quantities)
    examples = examples_of(seg, record, states)
    assert len({e.sentence_start for e in examples}) == 2
    together = loaded.probabilities(examples)  # one document's quantities in one pass
    for example, probabilities in zip(examples, together):
        with torch.inference_mode():
            expected = torch.softmax(network(example), 0).numpy()
        np.testing.assert_allclose(probabilities, expected, rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(loaded.probabilities([example])[0], probabilities, rtol=1e-6)  # alone, the same
    lonely = ItemExample(Quantity(id="q1", start=0, end=2, text="12", value=12.0), np.zeros((1, 8), np.float32), 0, 0,
                         1, [], np.zeros((0, FEATURES), np.float32), None)
    assert [p.tolist() for p in loaded.probabilities([lonely])] == [[1.0]]  # no candidate: no item


@pytest.fixture(scope="module")
def default_pipeline() -> pipeline.Pipeline:
    return pipeline.load("default")


def test_the_shipped_selector_fills_an_item_the_rules_leave_empty(default_pipeline: pipeline.Pipeline) -> None:
    text = "Out of $40 billion awarded last year, 30%, or $12 billion, went to overhead costs."
    rules = pipeline.Pipeline(pipeline.PipelineConfig(name="rules-items", entities=default_pipeline.config.entities))
    by_rules = {q.text: q.item for q in rules(text).quantities}
    chosen = {q.text: q.item for q in default_pipeline(text).quantities}
    assert by_rules["30%"] is None and chosen["30%"] == "overhead costs"
    assert all(item is None or item in text for item in chosen.values())


def test_a_candidate_keeps_the_text_as_written() -> None:
    text = "They  counted 12 Light  Armored vehicles."
    seg = segment(text)
    tokens = seg.sentence_tokens(seg.sentences[0])
    quantity = Quantity(id="q1", start=text.index("12"), end=text.index("12") + 2, text="12", value=12.0)
    first, last = quantity_tokens(tokens, quantity)
    assert Candidate(first + 1, first + 3, "Light  Armored vehicles") in candidates_of(text, tokens, first, last)


def test_the_recipe_pairs_predictions_with_gold_as_the_scorer_does_and_scores_items() -> None:
    from types import SimpleNamespace

    from models.train_items import accuracy, labelled_examples

    text = "Officials moved 380 inmates out of the prison. The agency spent $5 million."
    seg = segment(text)
    states = np.zeros((len(seg.tokens), 8), np.float32)

    def quantity(span: str, item: Optional[str]) -> Quantity:
        return Quantity(id="q", start=text.index(span), end=text.index(span) + len(span), text=span, value=1.0,
                        item=item)

    record = DocumentRecord(doc_id="d", source="d.txt", sha256="", published=None, title=None,
                            quantities=[quantity("380", "inmates out"), quantity("$5 million", None)])
    gold = DocumentRecord(doc_id="d", source="d.txt", sha256="", published=None, title=None,
                          quantities=[quantity("$5", "funding"), quantity("380", "inmates")])
    [inmates, money] = labelled_examples([SimpleNamespace(doc_id="d", seg=seg, record=record, states=states)],
                                         {"d": gold})
    assert (inmates.gold_item, inmates.example.candidates[inmates.target].text) == ("inmates", "inmates")
    assert (money.gold_item, money.target) == ("funding", None)  # `funding` is not written in its sentence
    sure = [(inmates, _probabilities(inmates.example, "inmates", 0.9)), (money, _probabilities(money.example, None, 1))]
    assert accuracy(sure, None, use_selector=False) == 0.0  # the rules: `inmates out`, and no item
    assert accuracy(sure, 0.7) == 0.5  # the selector shortens `inmates out`; nothing says `funding`
