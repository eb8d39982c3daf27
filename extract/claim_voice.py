"""The brief's own voice as SCHEMA.md revision 2 defines it: predictions with `will`/`would`/`can` in a main
clause (claims, not hedged), and imperatives and necessity frames (recommendations). `find_cues` uses these."""

from __future__ import annotations

import re

# A prediction or possibility with `will`, `would`, `can` in a main
# clause is the author's claim, not hedged; what a bill or law would do is a description, not a judgement.
PREDICTIVE_RE = re.compile(r"\b(?:will|would|can|won[’']t|wouldn[’']t|cannot|can[’']t)\s+(?:not\s+|also\s+|never\s+|"
                           r"likely\s+|only\s+|continue\s+to\s+)?(?!be\s+(?:used|required)\b)[a-z]+", re.IGNORECASE)
DESCRIBED_LAW_RE = re.compile(r"\b(?:bill|bills|act|law|laws|legislation|provisions?|regulations?|statutes?|sections?|"
                              r"amendments?|rule|H\.R\.|S\.)\b[^,;]*$")
# Necessity frames (`it is essential that`, `X will be key to`, `underscores the need for`): the author's advice.
NECESSITY_RE = re.compile(
    r"\b(?P<cue>(?:it\s+is|it's|it\s+will\s+be|it\s+remains)\s+(?:\w+\s+)?(?:essential|critical|vital|imperative|"
    r"crucial|necessary|important|key|urgent)\s+(?:that|to|for)|(?:is|are|will\s+be|remains?)\s+(?:also\s+)?"
    r"(?:key|essential|critical|vital|crucial|imperative)\s+(?:to|for)|(?:underscores?|highlights?|shows?)\s+the\s+"
    r"(?:urgent\s+)?need\s+(?:for|to)|there\s+is\s+an?\s+(?:urgent\s+)?need\s+(?:for|to))\b", re.IGNORECASE)
# An imperative opening a sentence or bullet, addressed to the reader or to policymakers (`Secure critical minerals
# for U.S. industries`): a directive verb in its base form followed by what it acts on, not a preposition.
IMPERATIVE_VERBS = set("""secure ensure establish expand strengthen create require direct prioritize prioritise invest
develop build support impose provide increase reduce limit restore deploy adopt designate sanction coordinate make use
take end stop prevent protect maintain improve encourage promote pass fund authorize authorise enact launch leverage
press reject deny counter deter confront engage bolster boost accelerate reform repeal revise clarify require align
streamline codify condition tie hold demand insist consider avoid resist refuse close open reinstate resume extend
implement enforce expose publish share help work partner invite commit keep treat recognize recognise reaffirm""".split())
IMPERATIVE_RE = re.compile(r"^\s*(?:[-\u2022*]\s+|\d+[.)]\s+)?(?P<cue>[A-Z][a-z]+)\s+(?P<next>[\w.’'-]+)")


def own_advice(sentence: str, function_words: set[str]) -> re.Match[str] | None:
    """A necessity frame anywhere in the sentence, or an imperative opening it (IMPERATIVE_RE) whose next word is
    not one of `function_words` (a preposition or an auxiliary: `Work on ...` is a noun), not a question."""
    if sentence.rstrip().endswith("?"):
        return None
    imperative = IMPERATIVE_RE.match(sentence)
    if imperative and imperative.group("cue").lower() in IMPERATIVE_VERBS and \
            imperative.group("next").lower() not in function_words:
        return imperative
    return NECESSITY_RE.search(sentence)
