"""The claim stage: claims, denials and recommendations with their source, cue, stance and hedging.

A sentence's cues are found (`cues`: others' words; `voice`: the brief's own), each with the clause it governs
(`clauses`); `candidates` makes them claims with a source (`sources`), strict or lenient. `rules.ClaimRules`
keeps the strict ones; `head.ClaimHead` lets the learned head choose among all; `speakers` gives the brief's own
voice to a transcript's speaker or a statement's issuer. The words the rules know (cue
verbs, hedges, nouns of what is said, role nouns, the brief's own advice) are tables in `extract/rules/`, which
`lexicon` reads; a new word is a new row there, a new construction a change here.
"""
