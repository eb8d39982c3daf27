"""The spaCy stage's offsets, the tagger's windowing and BIO decoding, and the span rules."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extract.spans.mention import Mention
from extract.spans.rules import apply_span_rules
from extract.segment import SHAPES, segment, token_shape
from extract.tagger import MAX_PIECES, WordPieces, backbone_path, decode_bio, encode_sentences, plan_windows


def test_lines_are_sentences_and_offsets_index_the_text(seed_text: str) -> None:
    seg = segment(seed_text)
    assert seg.sentences[0].start == 0 and seed_text[seg.sentences[0].start:seg.sentences[0].end] == \
        "April 11, 2025 | Policy Brief"
    assert seed_text[seg.sentences[1].start:seg.sentences[1].end].startswith("Countering Beijing")
    for token in seg.tokens:
        assert seed_text[token.start:token.end] == token.text
    for sentence in seg.sentences:
        assert "\n" not in seed_text[sentence.start:sentence.end]


def test_sentence_of_finds_the_containing_sentence(seed_text: str) -> None:
    seg = segment(seed_text)
    offset = seed_text.index("Zelenskyy claimed")
    sentence = seg.sentence_of(offset)
    assert sentence.start <= offset < sentence.end


def test_shapes_give_back_the_casing() -> None:
    assert [SHAPES[token_shape(t)] for t in ("Kyiv", "EU", "claimed", "155", "G7", "—", "iPhone")] == \
        ["title", "upper", "lower", "digit", "has_digit", "punct", "mixed"]


@given(st.lists(st.integers(min_value=1, max_value=40), min_size=1, max_size=300))
def test_windows_cover_every_word_within_the_budget(counts: list[int]) -> None:
    windows = plan_windows(counts, max_pieces=126, overlap=16)
    covered = set()
    for start, end in windows:
        assert end > start
        assert sum(counts[start:end]) <= 126 or end - start == 1
        covered.update(range(start, end))
    assert covered == set(range(len(counts)))


def test_long_sentences_are_windowed_never_truncated() -> None:
    tokenizer = WordPieces(backbone_path())
    long = ("Ukrainian President Volodymyr Zelenskyy claimed that Chinese nationals were fighting ," * 20).split()
    windows = encode_sentences(tokenizer, [long, ["Kyiv", "said", "so"]], [[2] * len(long), [2, 1, 1]])
    assert {w.sentence for w in windows} == {0, 1} and len([w for w in windows if w.sentence == 0]) > 1
    seen = set()
    for window in windows:
        assert len(window.input_ids) <= MAX_PIECES
        assert window.input_ids[0] == tokenizer.cls_token_id and window.input_ids[-1] == tokenizer.sep_token_id
        for offset, piece in enumerate(window.first_piece):
            if window.sentence == 0 and piece >= 0:
                word = long[window.first_word + offset]
                [(word_ids, _)] = tokenizer.encode([[word]])
                assert window.input_ids[piece] == word_ids[0]
                seen.add(window.first_word + offset)
    assert seen == set(range(len(long)))


def test_word_pieces_match_the_transformers_tokenizer_of_the_same_backbone() -> None:
    from transformers import AutoTokenizer

    words = [["Zelenskyy", "said", "155", "Chinese", "nationals", "—", "résumé", "U.S.", "$", "4.6bn"], ["Kyiv"]]
    reference = AutoTokenizer.from_pretrained(backbone_path())(words, is_split_into_words=True, add_special_tokens=False)
    ours = WordPieces(backbone_path()).encode(words)
    assert [ids for ids, _ in ours] == reference["input_ids"]
    assert [word_ids for _, word_ids in ours] == [reference.word_ids(s) for s in range(len(words))]


def test_decode_bio_repairs_stray_inside_tags() -> None:
    offsets = [(0, 5), (6, 11), (12, 15), (16, 20), (21, 25)]
    tags = ["B-PERSON", "I-PERSON", "O", "I-GPE", "I-ORG"]
    mentions = decode_bio(tags, [0.9, 0.7, 0.99, 0.8, 0.6], offsets)
    assert [(m.start, m.end, m.label) for m in mentions] == [(0, 11, "PERSON"), (16, 20, "GPE"), (21, 25, "ORG")]
    assert abs(mentions[0].score - 0.8) < 1e-9


def test_span_rules_trim_and_drop() -> None:
    text = "The EU’s plan: in 2024 two years later the United States paid $5 million under Section 232."
    spans = {
        "EU’s": "ORG", "2024": "QUANTITY", "two years": "DATE", "the United States": "GPE",
        "$5 million": "QUANTITY", "232": "QUANTITY",
    }
    raw = [Mention(text.index(s), text.index(s) + len(s), label) for s, label in spans.items()]
    kept = [(text[m.start:m.end], m.label) for m in apply_span_rules(text, raw)]
    assert kept == [("EU", "ORG"), ("United States", "GPE"), ("$5 million", "QUANTITY")]


def test_a_closing_bracket_or_quote_before_a_dash_is_its_own_token() -> None:
    text = "the Department of Health and Human Services (HHS)—the agency said \"more\u201d\u2014and 2020\u20132025"
    tokens = [t.text for t in segment(text).tokens]
    assert tokens[7:12] == ["(", "HHS", ")", "\u2014", "the"]
    assert "\u201d" in tokens and "2020\u20132025" in tokens
