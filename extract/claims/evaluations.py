"""The text's own evaluation and inference frames: `it is unlikely that X`, `there is a real risk that X`, `...,
suggesting that X`, `This suggests that X` mark X as the brief's judgement (SCHEMA.md), and which of them hedge it."""

from __future__ import annotations

import re

from extract.claims.lexicon import alternation, words_for

# The brief's evaluation (`it is unlikely that ...`), or its inference after a comma (`..., suggesting that ...`).
_EVALUATIONS = words_for("own_voice", "use", "evaluation")
_INFERRING = words_for("own_voice", "use", "inferring")
# `there is a real risk that`, `there is every chance that`, `there is good reason to believe that`: a judgement too.
_PROSPECTS = ("risk", "danger", "chance", "possibility", "likelihood", "probability", "prospect")
AUTHOR_EVALUATION_RE = re.compile(
    r"\b(?:(?:it is|it was|it remains|it appears)\s+(?:(?:highly|very|more|less|not|also|far\s+from|by\s+no\s+means|"
    r"not\s+yet|still|now|increasingly|quite|entirely)\s+){0,2}"
    rf"{alternation(_EVALUATIONS)}(?:\s+(?:from|in)\s+[^,;]{{1,80}}?)?|there\s+is\s+(?:little|no)\s+(?:doubt|question)|"
    r"there\s+is\s+(?:(?:a|an|some|every|good|real|serious|growing|strong|high|significant|distinct|clear)\s+){1,3}"
    rf"(?:{alternation(_PROSPECTS)}|reason\s+to\s+(?:believe|think|expect|suspect|fear)))"
    r"\s+(?:that|whether|if)\s+",
    re.IGNORECASE)
# Evaluation cues that mark a possibility, so the judgement is hedged (`it is possible that`, `there is a risk that`).
POSSIBILITY_CUES = {"possible", "probable", "doubtful", "plausible", "conceivable", *_PROSPECTS}
SUGGESTING_RE = re.compile(rf",\s*{alternation(_INFERRING)}\s+that\s+", re.IGNORECASE)
# The word of an evaluation's frame that is its cue (`unlikely`, `suggesting`, `risk`).
EVALUATION_CUE_RE = re.compile(alternation(_EVALUATIONS + _INFERRING + ["doubt", "question", *_PROSPECTS, "reason"]),
                               re.IGNORECASE)
# The brief's own inference from what it has just said (`This suggests that ...`, `These figures indicate that`):
# the author's judgement, as SCHEMA.md's `..., suggesting that Beijing is well aware`.
INFERENCE_SUBJECT_RE = re.compile(r"(?:^|[;:]\s+|,\s+)(?:This|That|These|Those|Such)(?:\s+[a-z]+){0,2}\s+(?:also\s+|further\s+)?$")
INFERENCE_VERBS = set(words_for("own_voice", "use", "inference"))
