"""The learned claim head: a small network over the tagger's encoder states that decides which candidates are
claims (and, where it `decides` all, their hedging and source kind); torch to train it, numpy to run it.

The source kind is a named actor, the brief itself (AUTHOR) or nobody named (UNKNOWN); dev cross-validation
chooses whether the head decides it. Stance stays with the cue kind (a denial verb denies, a modal recommends): on
dev and test gold the cue kind is never wrong, and a learned stance only lost denials. The head reads the encoder
states the transformer entity stage gives with its mentions (`EntityOutput`), so the encoder runs once per
sentence for both heads.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from extract.claims.candidates import ClaimCandidate, propose
from extract.claims.clauses import shared_chars
from extract.claims.learned import CueClassifier, learned_claims
from extract.claims.rules import finalise_claims
from extract.errors import BriefxError
from extract.records import Claim, DocumentRecord, named_source
from extract.segment import Segmented

CUE_KINDS = ("claim", "denial", "recommendation", "author", "reported")
SOURCE_KINDS = ("actor", "AUTHOR", "UNKNOWN")
# Output layout of the head: keep, hedged, three source-kind logits.
OUTPUTS = 1 + 1 + len(SOURCE_KINDS)
EXTRA_FEATURES = len(CUE_KINDS) + 1 + 1 + len(SOURCE_KINDS) + 2


def source_kind(source: str) -> str:
    """AUTHOR, UNKNOWN, or `actor` for any named source."""
    return "actor" if named_source(source) else source


def _token_range(seg: Segmented, starts: list[int], start: int, end: int) -> tuple[int, int]:
    """[first, last) indices of the tokens overlapping characters [start, end); `starts` are the token starts."""
    first = max(0, bisect.bisect_right(starts, start) - 1)
    if first < len(seg.tokens) and seg.tokens[first].end <= start:
        first += 1
    last = bisect.bisect_left(starts, end)
    return first, max(last, first + 1)


def candidate_features(seg: Segmented, vectors: Any, candidate: ClaimCandidate, starts: list[int]) -> Any:
    """One feature vector: mean encoder state over the cue, the content and the sentence, then the rules' view
    (cue kind, strict, hedged, source kind) and the content's length and quoting."""
    import numpy as np

    if vectors is None:
        raise BriefxError("E305", "the claim head needs encoder states: use the transformer entity back end")
    claim = candidate.claim
    none = np.zeros(vectors.shape[1], dtype=np.float32)

    def mean(start: int, end: int) -> Any:
        first, last = _token_range(seg, starts, start, end)
        chunk = vectors[first:min(last, len(vectors))]
        return chunk.mean(axis=0) if len(chunk) else none

    sentence = seg.sentence_of(claim.start)
    cue = mean(claim.cue.start, claim.cue.end) if claim.cue else none
    extra = [float(candidate.cue_kind == k) for k in CUE_KINDS] + [float(candidate.strict), float(claim.hedged)]
    extra += [float(source_kind(claim.source) == k) for k in SOURCE_KINDS]
    quoted = seg.text[max(0, claim.start - 1) : claim.start] in "\"\u201c" and claim.start > 0
    extra += [min(1.0, (claim.end - claim.start) / 400), float(quoted)]
    return np.concatenate([cue, mean(claim.start, claim.end), mean(sentence.start, sentence.end),
                           np.asarray(extra, dtype=np.float32)])


def features_of(seg: Segmented, vectors: Any, candidates: list[ClaimCandidate]) -> Any:
    """The [len(candidates), features] float32 array the head reads (see `candidate_features`)."""
    import numpy as np

    starts = [t.start for t in seg.tokens]
    return np.stack([candidate_features(seg, vectors, c, starts) for c in candidates])


def rule_columns(hidden_size: int) -> tuple[int, int, int]:
    """Where the rules' strict verdict, hedging and source kind sit in a feature vector."""
    base = 3 * hidden_size + len(CUE_KINDS)
    return base, base + 1, base + 2


def build_head(hidden_size: int, width: int = 64, dropout: float = 0.2, prior: float = 2.0) -> Any:
    """The claim head to train (torch): the rules' verdicts as prior logits (`prior` strong) plus a
    one-hidden-layer correction learned over the candidate features, so with little gold it departs from the
    rules only where it learned to. `LoadedHead` computes the same logits with numpy at run time."""
    import torch
    from torch import nn

    strict_at, hedged_at, source_at = rule_columns(hidden_size)

    class ClaimHeadNet(nn.Module):
        """Prior from the rules' view plus a learned correction; outputs OUTPUTS logits per candidate."""

        def __init__(self) -> None:
            super().__init__()
            self.prior = prior
            self.correction = nn.Sequential(nn.Dropout(dropout), nn.Linear(3 * hidden_size + EXTRA_FEATURES, width),
                                            nn.ReLU(), nn.Dropout(dropout), nn.Linear(width, OUTPUTS))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            sign = lambda column: 2 * column - 1  # noqa: E731 - 0/1 flag to -1/+1
            rules = torch.cat([sign(x[:, strict_at : strict_at + 1]), sign(x[:, hedged_at : hedged_at + 1]),
                               sign(x[:, source_at : source_at + len(SOURCE_KINDS)])], dim=1)
            return self.prior * rules + self.correction(x)

    return ClaimHeadNet()


@dataclass
class LoadedHead:
    """The trained head's weights (`head.safetensors`) as numpy arrays: its logits without torch."""

    hidden_size: int
    prior: float
    weights: dict[str, Any]

    def __call__(self, x: Any) -> Any:
        """[n, OUTPUTS] logits for [n, features] candidate features, as `build_head`'s network computes them."""
        import numpy as np

        strict_at, hedged_at, source_at = rule_columns(self.hidden_size)
        rules = 2 * np.concatenate([x[:, strict_at : strict_at + 1], x[:, hedged_at : hedged_at + 1],
                                    x[:, source_at : source_at + len(SOURCE_KINDS)]], axis=1) - 1
        w = self.weights
        hidden = np.maximum(x @ w["correction.1.weight"].T + w["correction.1.bias"], 0)
        return self.prior * rules + (hidden @ w["correction.4.weight"].T + w["correction.4.bias"])


@dataclass
class Decision:
    """What the head says of one candidate."""

    keep: float
    hedged: bool
    source_kind: str


def decide(logits: Any) -> list[Decision]:
    """Head logits ([n, OUTPUTS] numpy) to decisions."""
    import numpy as np

    keep = 1 / (1 + np.exp(-logits[:, 0]))
    hedged = logits[:, 1] > 0
    source = logits[:, 2:5].argmax(axis=1)
    return [Decision(float(keep[i]), bool(hedged[i]), SOURCE_KINDS[int(source[i])]) for i in range(len(logits))]


# What the head decides: `keep` (which candidates are claims; hedging and source stay the rules') or `all` (also
# hedging and source kind). The recipe picks by dev cross-validation (`models/train_claims.py`).
DECIDES = ("keep", "all")


def apply_decision(candidate: ClaimCandidate, decision: Decision, decides: str = "all") -> Claim:
    """The candidate's claim with the head's score and, when it `decides` all, its hedging and source."""
    claim = candidate.claim
    claim.score = round(decision.keep, 4)
    if decides == "keep":
        return claim
    claim.hedged = decision.hedged
    if decision.source_kind != "actor":
        claim.source = decision.source_kind
    elif source_kind(claim.source) != "actor" and candidate.actor_source != "UNKNOWN":
        claim.source = candidate.actor_source
    return claim


class ClaimHead:
    """Claim stage backed by the trained head in `model_dir` (head.safetensors, claims.json)."""

    def __init__(self, *, model_dir: Path) -> None:
        self.model_dir = Path(model_dir)
        self._head: Any = None
        self.threshold = 0.5
        self.decides = "all"
        self._cues: Optional[CueClassifier] = None

    def load(self) -> None:
        """Read the head's weights and settings."""
        from safetensors.numpy import load_file

        meta_path = self.model_dir / "claims.json"
        if not meta_path.is_file():
            raise BriefxError("E405", f"{self.model_dir}: no trained claim head here (run `make train`)")
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        self._head = LoadedHead(meta["hidden_size"], float(meta["prior"]),
                                load_file(str(self.model_dir / "head.safetensors")))
        self.threshold = float(meta["threshold"])
        self.decides = meta.get("decides", "all")
        self._cues = CueClassifier.load(self.model_dir)

    def __call__(self, seg: Segmented, record: DocumentRecord, encoder_states: Any) -> list[Claim]:
        """Claims the head keeps of the rules' lenient candidates, from the document's encoder states, and those
        of the cues the learned classifier marks where the kept ones leave a gap."""
        if self._head is None:
            self.load()
        candidates = propose(seg, record, lenient=True)
        logits = self._head(features_of(seg, encoder_states, candidates)) if candidates else None
        return head_claims(logits, candidates, self.threshold, record, seg, self.decides, (encoder_states, self._cues))


def head_claims(logits: Any, candidates: list[ClaimCandidate], threshold: float, record: DocumentRecord,
                seg: Segmented, decides: str = "all", cues: tuple[Any, Optional[CueClassifier]] = (None, None)
                ) -> list[Claim]:
    """The record's claims as the head's `logits` decide them over `candidates` (whose claims it updates), plus,
    given `cues` (the encoder states and a cue classifier), the claims of the cues it marks."""
    kept = select(candidates, decide(logits), threshold, decides) if candidates else []
    states, classifier = cues
    if classifier is not None:
        kept = sorted(kept + learned_claims(seg, record, states, classifier, kept), key=lambda c: (c.start, c.end))
    return finalise_claims(kept, record, seg.text)


def _shared_chars(a: Claim, b: Claim) -> int:
    """Characters two claims share if that is at least half the shorter span, else 0 (`shared_chars`)."""
    return shared_chars((a.start, a.end), (b.start, b.end))


def select(candidates: list[ClaimCandidate], decisions: list[Decision], threshold: float,
           decides: str = "all") -> list[Claim]:
    """Claims of the candidates the head keeps; a lenient one only where no kept strict one covers the same
    words, so a wider cue fills a gap in the rules rather than repeating a claim they found."""
    kept = [(c, d) for c, d in zip(candidates, decisions) if d.keep >= threshold]
    strict = [c.claim for c, _ in kept if c.strict]
    return [apply_decision(c, d, decides) for c, d in kept
            if c.strict or not any(_shared_chars(c.claim, other) for other in strict)]


def match_gold(candidates: list[ClaimCandidate], gold: list[Claim]) -> list[Optional[Claim]]:
    """For each candidate, the gold claim it matches under the scorer's partial rule (overlap of at least half
    the shorter span, one to one), or None; greedy by overlap, then by the closer length, so the candidate that
    fits a gold claim best is the one taught to keep it."""
    pairs = []
    for ci, candidate in enumerate(candidates):
        for gi, claim in enumerate(gold):
            overlap = _shared_chars(claim, candidate.claim)
            if overlap:
                misfit = abs((claim.end - claim.start) - (candidate.claim.end - candidate.claim.start))
                pairs.append((-overlap, misfit, claim.start, candidate.claim.start, ci, gi))
    matched: list[Optional[Claim]] = [None] * len(candidates)
    used: set[int] = set()
    for *_, ci, gi in sorted(pairs):
        if matched[ci] is None and gi not in used:
            matched[ci] = gold[gi]
            used.add(gi)
    return matched
