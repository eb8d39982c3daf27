"""Expectations said with `should`: a measure's expected effect (`This policy ... should help maintain ...`) is a
hedged judgement, not advice (the test gold's FOMC statements label it so); `should` said to someone who can act
stays a recommendation."""

from __future__ import annotations

import re

from extract.claims.clauses import leading_adverbials_end

# `should` before a verb of effect, and a subject that is a measure or `this`, not someone to advise: an
# expectation, which hedges (`This policy ... should help maintain ...`, `The new rules should ease congestion`).
SHOULD_EFFECT_RE = re.compile(r"\bshould\s+(?:also\s+)?(?:help|allow|enable|ease|reduce|lower|raise|boost|improve|"
                              r"increase|lead|result|make|keep|bring|strengthen|support)\b")
_MEASURE_SUBJECT_RE = re.compile(r"(?:This|That|These|Those|Such|It|(?:The|Its|Their|Our)\s+(?:new\s+|proposed\s+)?"
                                 r"(?:policy|policies|measure|measures|change|changes|rule|rules|approach|step|steps|"
                                 r"law|plan|deal|agreement|reform|reforms|decision|move|cuts?|increase|investment|"
                                 r"funding|program|programme|sanctions|tariffs))\b")


def epistemic_should(sentence: str, at: int) -> bool:
    """Whether the `should` at `at` expects rather than advises: a verb of effect after it and, opening its
    sentence, a measure or `this` for subject."""
    return SHOULD_EFFECT_RE.match(sentence, at) is not None and \
        _MEASURE_SUBJECT_RE.match(sentence, leading_adverbials_end(sentence, at)) is not None
