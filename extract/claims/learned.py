"""Claims beyond the cue rules' word lists: a linear classifier over the tagger's encoder states marks cue words
(reporting, denying, recommending or judging, however spelt), and each marked cue's clause becomes a claim where no
claim the head kept covers it. Trained on the dev gold by `models/train_cues.py`; numpy to run."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from extract.claims.candidates import cue_candidate
from extract.claims.clauses import (Cue, clause_end, in_embedded_question, leading_adverbials_end,
                                    noun_phrase_object, shared_chars, strip_content)
from extract.claims.cues import RECOMMEND_RE, negated_before
from extract.claims.voice import CAN_TELL_RE, DEONTIC_MODALS
from extract.records import Claim, DocumentRecord
from extract.rules.actors import DOCUMENT_PARTS
from extract.segment import Segmented

# What a token can be: no cue, or the cue of a claim, a denial, a recommendation, or of the brief's own judgement
# (a claim whose source is AUTHOR).
CUE_CLASSES = ("none", "claim", "denial", "recommendation", "author")
# Words a cue needs after it for its content to be what follows (`X said the talks failed`); with fewer, the content
# is the clause before it (`the talks failed, X said.`).
CONTENT_AFTER_WORDS = 4


def cue_class(claim: Claim) -> str:
    """The class a gold claim's cue words are taught as."""
    return "author" if claim.kind == "claim" and claim.source == "AUTHOR" else claim.kind


@dataclass
class CueClassifier:
    """Per-token cue-class logits, `states @ weight.T + bias`, and the probability a cue must reach."""

    weight: Any  # [classes, hidden]
    bias: Any  # [classes]
    threshold: float

    @classmethod
    def load(cls, model_dir: Path) -> Optional["CueClassifier"]:
        """The classifier saved beside a claim head, or None where the recipe found it did not help (no file)."""
        from safetensors.numpy import load_file

        path = model_dir / "cues.safetensors"
        if not path.is_file():
            return None
        meta = json.loads((model_dir / "claims.json").read_text(encoding="utf-8"))
        tensors = load_file(str(path))
        return cls(tensors["weight"], tensors["bias"], float(meta["cue_threshold"]))

    def probabilities(self, states: Any) -> Any:
        """[tokens, classes] probabilities from [tokens, hidden] encoder states."""
        import numpy as np

        logits = states @ self.weight.T + self.bias
        exp = np.exp(logits - logits.max(axis=1, keepdims=True))
        return exp / exp.sum(axis=1, keepdims=True)


def _content(text: str, sentence_start: int, sentence_end: int, cue_start: int, cue_end: int) -> tuple[int, int]:
    """The clause a cue governs: a modal's whole clause (`Congress should consider three steps`), else what follows
    the cue (past a `that`) when enough words do, else the clause a comma ends before it (`the talks failed, X
    said`); none where no comma does."""
    if text[cue_start:cue_end].lower() in DEONTIC_MODALS:
        opening = leading_adverbials_end(text[sentence_start:sentence_end], cue_start - sentence_start)
        return strip_content(text, sentence_start + opening, clause_end(text, cue_start, sentence_end))
    after = text[cue_end:sentence_end]
    if len(after.split()) >= CONTENT_AFTER_WORDS:
        opening = re.match(r"\s+(?:that\s+)?", after)
        start = cue_end + (opening.end() if opening else 0)
        return strip_content(text, start, clause_end(text, start, sentence_end))
    comma = text.rfind(",", sentence_start, cue_start)
    if comma <= sentence_start:
        return cue_start, cue_start  # the words before are the cue's subject (`The authors also draw ...`): none
    return strip_content(text, sentence_start, comma)


# A cue pointing to the brief's own figure or table (`as shown in Figure 2, ...`): the text presents its own data.
_POINTS_TO_THE_TEXT_RE = re.compile(rf"\s+(?:in|by|on)\s+(?:the\s+)?(?:{DOCUMENT_PARTS})\b|\s+(?:below|above)\b")


def _thing_claimed(text: str, cue_end: int) -> bool:
    """True where a noun phrase with no verb follows the cue (`taxpayers claimed only the credit for ...`): a
    thing claimed or cited, not a claim; not a framing (`sees the risks to the outlook as balanced`)."""
    after = text[cue_end : cue_end + 120]
    return noun_phrase_object(re.sub(r"^\s+(?:only|both|also|either)\b", "", after)) and \
        re.search(r"\sas\s", re.split(r"[,;.]", after)[0]) is None


def learned_claims(seg: Segmented, record: DocumentRecord, states: Any, classifier: CueClassifier,
                   kept: list[Claim]) -> list[Claim]:
    """Claims of the cues the classifier marks, in text order: adjacent marked tokens of one class form one cue;
    a claim is added only where its content shares less than half its words with every claim (`kept`, or one
    added before it) and its cue is no word of a kept claim's cue (`according` of `according to X`)."""
    probabilities = classifier.probabilities(states)
    best = probabilities[:, 1:].argmax(axis=1) + 1
    text = seg.text
    taken = [(c.start, c.end) for c in kept]
    cues = [(c.cue.start, c.cue.end) for c in kept if c.cue]
    out: list[Claim] = []
    for sentence in seg.sentences:
        runs: list[list[int]] = []
        for index in range(sentence.first_token, sentence.last_token):
            if probabilities[index, best[index]] < classifier.threshold:
                continue
            if runs and runs[-1][-1] == index - 1 and best[runs[-1][0]] == best[index]:
                runs[-1].append(index)
            else:
                runs.append([index])
        for run in runs:
            kind = CUE_CLASSES[best[run[0]]]
            cue_start, cue_end = seg.tokens[run[0]].start, seg.tokens[run[-1]].end
            if any(start < cue_end and cue_start < end for start, end in cues):
                continue
            content = _content(text, sentence.start, sentence.end, cue_start, cue_end)
            if content[1] - content[0] < 8 or any(shared_chars(content, span) for span in taken) or \
                    _POINTS_TO_THE_TEXT_RE.match(text, cue_end) or CAN_TELL_RE.match(text, cue_start) or \
                    kind == "claim" and (negated_before(text, cue_start) or _thing_claimed(text, cue_end)) or \
                    kind == "recommendation" and text[cue_start:cue_end].lower() in DEONTIC_MODALS and \
                    in_embedded_question(text[sentence.start : cue_start]):
                continue  # `as shown in Figure 2`, a speaker's `I can't tell you`, `claimed the credit`, `the
                # opposite of what we should do`: no claim
            # a recommendation cue that is no directive verb of someone named (`it is important`, `time has come`)
            # is the text's own advice, as the rules' necessity frames are
            own = kind == "recommendation" and RECOMMEND_RE.fullmatch(text[cue_start:cue_end]) is None
            cue = Cue(kind, cue_start, cue_end, *content, strict=False, own_voice=own)
            claim = cue_candidate(text, record, sentence.start, cue).claim
            claim.score = round(float(max(probabilities[i, best[i]] for i in run)), 4)
            taken.append(content)
            out.append(claim)
    return out
