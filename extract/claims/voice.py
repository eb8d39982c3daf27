"""The brief's own voice (SCHEMA.md revision 2) and what it relays unnamed: its advice (`should`, imperatives,
necessity frames), judgements (hedges, `it is likely that`, predictions) and `reportedly`; not options or law."""

from __future__ import annotations

import re
from functools import lru_cache

from extract.claims.clauses import (AUXILIARIES, CONJOINED_RE, PREPOSITIONS, Cue, clause_contents,
                                    clause_end, coordinated, in_embedded_question, leading_adverbials_end,
                                    own_clause_start, strip_content)
from extract.claims.evaluations import AUTHOR_EVALUATION_RE, EVALUATION_CUE_RE, SUGGESTING_RE
from extract.claims.expectations import SHOULD_EFFECT_RE, epistemic_should
from extract.claims.lexicon import alternation, words_for
from extract.normalise.actors import world_table

# A prediction or possibility with `will`, `would`, `can` in a main clause is the author's claim, not hedged; what a
# bill or law would do is a description, not a judgement; `would like to` is a wish.
PREDICTIVE_RE = re.compile(r"\b(?:will|would|can|won[’']t|wouldn[’']t|cannot|can[’']t|(?<=\b[Ww]e|ey|it|It|he|He)[’']ll|"
                           r"(?:(?<=(?:is|re|am|’s|'s) )|(?<=\bnot ))going\s+to"
                           r"(?=\s+(?!(?:the|a|an|this|that|its|his|her|their|our|my|your)\b)))"
                           r"\s+(?!(?:also\s+|really\s+)?(?:like|love)\b)(?:not\s+|also\s+|never\s+|"
                           r"likely\s+|only\s+|continue\s+to\s+)?(?!be\s+(?:used|required)\b)[a-z]+", re.IGNORECASE)
DESCRIBED_LAW_RE = re.compile(rf"\b{alternation(words_for('own_voice', 'use', 'law'))}\b[^,;]*$")
# Necessity frames (`it is essential that`, `X will be key to`, `underscores the need for`): the author's advice.
_NECESSARY = alternation(words_for("own_voice", "use", "necessary"))
_KEY = alternation(words_for("own_voice", "use", "key"))
NECESSITY_RE = re.compile(
    rf"\b(?P<cue>(?:it\s+is|it[’']s|it\s+will\s+be|it\s+would\s+be|it\s+remains)\s+(?:\w+\s+){{0,2}}{_NECESSARY}\s+(?:that|to|for)|"
    rf"(?:is|are|[’']re|will\s+be|remains?)\s+(?:also\s+)?{_KEY}\s+(?:to|for)|"
    r"(?:requires?|will\s+require)\s+(?:all\s+of\s+)?us\s+to|"
    r"\b(?:we|I)\s+(?:are|am)\s+(?:\w+\s+)?(?:duty[- ]bound|obliged|obligated)\s+to|"
    r"\b(?:we|I)\s+(?:would\s+|therefore\s+|also\s+)?propose\s+that|(?:underscores?|highlights?|shows?|"
    r"emphasi[sz]e[sd]?|emphasi[sz]ing|stress(?:es|ed|ing)?)\s+the\s+"
    r"(?:urgent\s+)?need\s+(?:for|to)|there\s+is\s+an?\s+(?:urgent\s+)?need\s+(?:for|to)|"
    r"(?:the|a)\s+(?:best|wisest|right|better|wiser|only|surest|most\s+effective)\s+"
    r"(?:course|option|approach|path|policy|response|step|way|answer|solution|remedy)\s+"
    r"(?:(?:for|to)\s+[^,;.]{1,60}?\s+)?(?:is|would\s+be|remains)\s+(?:to|if|through|by)\b|"
    r"(?:is|are|remains?)\s+the\s+(?:only|best|surest|right)\s+way\s+(?:to|for|forward)|"
    r"(?:it|now)\s+is\s+(?:\w+\s+){0,2}time\s+(?:for\s+[^,;.]{1,60}?\s+)?to|"
    r"it\s+(?:makes|would\s+make)\s+(?:good\s+|more\s+)?sense\s+(?:for\s+[^,;.]{1,60}?\s+)?to|"
    r"(?-i:\b(?:[Tt]he|[Oo]ur))\s+(?:key|answer|solution)\s+(?:now\s+)?(?:is|must\s+be|should\s+be)\s+to|"
    r"(?:is|would\s+be)\s+the\s+right\s+thing\s+to\s+do|(?:it\s+is|it[’']s)\s+up\s+to\s+[^,;.]{1,40}?\s+to|"
    r"(?:is|remains)\s+an?\s+(?:[\w-]+\s+){0,4}imperative\b|"
    r"(?-i:\b[Oo]ur)\s+(?:\w+\s+)?(?:goal|challenge|task|job|aim|priority|mission)\s+(?:is|must\s+be|should\s+be)\s+to|"
    r"(?-i:\b[Oo]ur)\s+(?:\w+\s+)?(?:recommendation|proposal|advice)\s+(?:is|would\s+be)\s+(?:to|that)|"
    r"(?:the\s+)?time\s+has\s+(?:now\s+)?come\s+(?:for|to)|"
    r"(?:it\s+is|it[’']s)\s+(?:\w+\s+){0,2}(?:duty|responsibility|obligation)\s+(?:of\s+[^,;.]{1,40}?\s+)?to|"
    r"(?:have|has)\s+(?:an?|the|our|a\s+\w+)\s+(?:\w+\s+)?(?:duty|responsibility|obligation)\s+to|"
    r"(?:it\s+is\s+)?incumbent\s+(?:up)?on\s+\w+\s+to|owe\s+it\s+to\s+[^,;.]{1,60}?\s+to|"
    r"(?-i:Let\s+us|[Ll]et[’']s|(?:(?<=[,;:]\s)|(?<=\b[Ss]o\s)|(?<=\b[Aa]nd\s)|(?<=\b[Bb]ut\s)|(?<=\b[Nn]ow\s))let\s+us)"
    r"(?=\s+(?!see\b|say\b|go\s+(?:to|over|back|ahead)\b|turn\s+to\b|know\b)[a-z]+)|"
    r"(?:is|are|remains?)\s+(?:\w+ly\s+|also\s+|still\s+)?needed|(?-i:Needed)\s+(?:to|for))\b",
    re.IGNORECASE)
# `the need for ...`, `the necessity of ...` as what someone stresses, confirms or talks about: a necessity the
# speaker states, from `the` to the clause's end (`We confirm the need for increased international assistance`).
NEED_FOR_RE = re.compile(r"(?<!\bno )(?<!\bany )\bthe\s+(?:(?:urgent|continued|pressing|clear|critical|growing)\s+)?"
                         r"(?P<cue>need|necessity)\s+(?:for|to|of)\s+", re.IGNORECASE)
# `cannot afford (to)` said of those briefs advise (`Washington cannot afford to ignore ...`, `The United States
# cannot afford another decade of neglect`): a necessity frame; of anyone else a fact (`many families cannot afford
# to pay rent`).
_CANNOT_AFFORD_RE = re.compile(r"(?:simply\s+)?(?P<cue>(?:cannot|can[’']t|can\s+ill|could\s+ill)\s+afford"
                               r"(?:\s+to\b|(?=\s+(?:another|more|a|an|any|the)\b)))")
# An imperative opening a sentence or bullet, addressed to the reader or to policymakers (`Secure critical minerals
# for U.S. industries`): a directive verb in its base form followed by what it acts on, not a preposition.
IMPERATIVE_VERBS = set(words_for("own_voice", "use", "imperative"))
IMPERATIVE_RE = re.compile(r"^\s*(?:[-\u2022*]\s+|\d+[.)]\s+)?(?:(?:So|But|And)\s+(?=[Dd]o))?"
                           r"(?:(?:First|Second|Third|Fourth|Fifth|Next|Finally|Lastly|Last|Also|Additionally|"
                           r"Moreover|Instead|In addition|Above all|To that end|At the same time|Most importantly),\s+)?"
                           r"(?P<cue>[Dd]on[’']t(?=\s+(?:just\s+|ever\s+)?[A-Za-z][a-z]+\s)|Do\s+not|[A-Z][a-z]+|"
                           r"(?<=,\s)[a-z]+)\s+(?P<next>[\w.’'-]+)")
# `Don't`, `Do not` opening a sentence (`Don't just place this burden on our military`): a negative imperative.
_NEGATIVE_IMPERATIVE_RE = re.compile(r"[Dd]o(?:n[’']t|\s+not)")
# `please` and a verb, anywhere in a sentence (`For more analysis, please subscribe here.`): advice to the reader.
PLEASE_RE = re.compile(r"\b[Pp]lease\s+(?P<cue>[a-z]+)\b")
# Words after which an opening verb is a noun (`Work on ...`), not an imperative.
_NOT_AFTER_IMPERATIVE = PREPOSITIONS | AUXILIARIES | {"and", "or"}
# Deontic modals: the brief's advice, when said to those it advises (see `_advice`); the cue is the first one
# written in lower case from there.
DEONTIC_MODALS = set(words_for("own_voice", "use", "modal"))
MODAL_RE = re.compile(rf"\b{alternation(DEONTIC_MODALS)}\b", re.IGNORECASE)
_MODAL_CUE_RE = re.compile(rf"\b{alternation(DEONTIC_MODALS)}\b")
# `we cannot`, `we can't`, `we can never` + a verb: what we must not do, said as advice (`We cannot throw away more
# American lives`, `we cannot take our lead for granted`); not a verb of knowing or telling (`we can't confirm`).
_KNOWING = alternation(words_for("own_voice", "use", "knowing"))
WE_CANNOT_RE = re.compile(r"\b[Ww]e\s+(?:simply\s+|just\s+|also\s+|still\s+)?"
                          r"(?P<cue>cannot|can[’']t|can\s+never|can\s+not)\s+(?:\w+ly\s+)?"
                          rf"(?!{_KNOWING}\b)[a-z]")
# `can`, `can't` with a verb of knowing or telling, or `hear` (`I can't tell you how long`, `I can hear you`): a
# speaker's aside about what they know or say, no prediction.
CAN_TELL_RE = re.compile(r"(?:can|cannot|can[’']t)\s+(?:not\s+|never\s+|only\s+)?"
                          rf"(?:{_KNOWING}|hear)\b", re.IGNORECASE)
# Who `must` act, for `must` said as advice (`the United States must ...`, `Taiwan must ...`: advised.tsv and the
# world table's places); with any other subject, or passive, it states a requirement (`research protocols must be
# reviewed`, `FHWA must report`), which is not a recommendation.
_COUNTRIES = [alias for alias, (_, label) in world_table().items() if label == "GPE" and alias[:1].isupper()]
ADVICE_SUBJECT_RE = re.compile(rf"\b{alternation(words_for('advised', 'use', 'advised') + _COUNTRIES)}"
                               r"\s+(?:also\s+|now\s+|therefore\s+|still\s+|instead\s+|all\s+)?$")
# `X needs Y` said of those briefs advise (`The alliance needs a layered defense`, `we need this adopted`, `we’ll need
# some additional resources`; not of any country: `Russia needs drones` states a fact), and `X requires Y` whose
# subject is a course of action, not a law (`This requires sustained effort`, `Ending the blockade will require
# pressure`, `The ultimate success of this strategy will require ...`): necessity frames.
NEED_RE = re.compile(rf"\b{alternation(words_for('advised', 'use', 'advised'))}(?:[’']ll|\s+will)?\s+"
                     r"(?:also\s+|still\s+|now\s+|urgently\s+|badly\s+|clearly\s+)?"
                     r"(?P<cue>(?i:needs?))\s+(?!to\b|not\b)[\w$]")  # `Europe Needs a Plan B` in a title too
REQUIRE_RE = re.compile(r"(?:^\W*|[;:]\s+|,\s+)(?:(?:This|That|These|Those|Such)\b[^,;]{0,40}?|"
                        r"(?:The|Its|Our|Their|Any)\s+(?:[\w–-]+\s+){0,3}(?:success|implementation|strategy|approach|"
                        r"effort|solution|progress|recovery|deterrence|victory)s?\b[^,;]{0,40}?|"
                        r"(?!During|Including|Regarding|According|Following|Beginning|Pending|Concerning|Excluding)"
                        r"[A-Z][a-z]+ing\b[^,;]{0,80}?)\s+(?:also\s+|therefore\s+|ultimately\s+)*"
                        r"(?:will\s+(?:also\s+)?)?"
                        r"(?P<cue>requires?)\b")
# Words before a necessity frame that make it a description or a hedge (`This means the legislation does not
# require`, `Staking usually requires`, `Such projects would require`), not advice.
_NOT_ADVICE_RE = re.compile(r"\b(?:whether|not|does|do|did|may|might|could|would|can|usually|often|generally|"
                            r"typically|normally)\b", re.IGNORECASE)
# CRS's neutral options: `Congress may consider ...`, `Policymakers may ...`, `Congress also might evaluate ...`,
# and `it`/`they` where the sentence names Congress before it (`As Congress oversees ..., it may ...`) or the verb is
# one of weighing options (`They may evaluate whether ...`).
OPTION_RE = re.compile(rf"\b(?P<subject>{alternation(words_for('advised', 'use', 'options'))}|"
                       r"[Cc]ongressional\s+\w+|it|[Tt]hey)"
                       r"\s+(?:also\s+)?(?:may|might|could)\s+(?:also\s+|either\s+|or may not\s+)?"
                       r"(?:wish to\s+|want to\s+)?(?P<verb>[a-z]+)")
OPTION_VERBS = set(words_for("own_voice", "use", "weighing"))
# An author's epistemic modal (`may`, `might`, `could`), `appears to` / `seems to`, `likely to` (not a comparison
# of rates: `more likely to claim`), or a likelihood adverb (`arguably`, `probably`, `apparently`, SCHEMA.md's list).
EPISTEMIC_RE = re.compile(r"\b(?:may|might|could)\s+(?:also\s+|not\s+|potentially\s+|well\s+)?(?!be\s+used\b)[a-z]+|"
                          r"\b(?:appears?|appeared|seems?|seemed)\s+(?:to\s+[a-z]+|(?:[a-z]+ly\s+)?"
                          r"(?:[a-z]+(?:ed|al|ble|ive|ent|ant|ful|ous|ic|ly|ar|ate)|likely|unlikely)\b)|"
                          r"(?<!more )(?<!less )(?<!most )(?<!least )(?<!equally )(?<!disproportionately )"
                          r"\b(?:un)?likely\s*(?:,[^,;]{1,30},\s*)?to\s+[a-z]+|"
                          r"\b(?:arguably|probably|apparently|presumably|perhaps|possibly|seemingly|conceivably|maybe)\b"
                          r"(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twice|half|a\s+few|a\s+dozen|"
                          r"dozens|hundreds|thousands|millions)\b)|"  # `one, two, maybe three jobs`: a count's range
                          r"\bpoised\s+to\s+[a-z]+|"
                          r"(?<!\bthe )(?<!\ba )(?<!\bmore )(?<!\bmost )(?<!\bless )"
                          r"\blikely\s+(?!to\b)(?:[a-z]+ed|[a-z]+s|will|would|be)\b",
                          re.IGNORECASE)
# Modals that permit, forbid or state a limit rather than judge (`could not exceed $600`, `may not be used`), and a
# sentence that states the law (`Pursuant to 33 U.S.C. 408, the Secretary may grant ...`, `Where a study is ...`).
NON_EPISTEMIC_RE = re.compile(r"\bcould not\b|\bmay not (?:be \w+ed|(?:\w+ly\s+)?apply)\b", re.IGNORECASE)
LEGAL_RE = re.compile(r"U\.S\.C\.|C\.F\.R\.|§|\b[Pp]ursuant to\b|^\W*Where\b")
# `reportedly`, `allegedly`: a claim the brief relays with nobody named.
REPORTEDLY_RE = re.compile(rf"\b{alternation(words_for('hedge_words', 'use', 'reported'))}\b", re.IGNORECASE)
# `X is expected to ...`, `costs are projected to rise`: a forecast nobody is named for (seeds/README.md).
EXPECTED_RE = re.compile(r"\b(?:is|are|was|were|be|remains?|currently|also|now|still)\s+(?:currently\s+|also\s+|now\s+|"
                         r"still\s+|widely\s+|generally\s+)?"
                         rf"(?P<cue>{alternation(words_for('cue_verbs', 'uses', 'forecast'))})\s+(?:to|in|by)\b",
                         re.IGNORECASE)

# `X is widely considered to have ...`, `X was thought to be ...`, `X is said to have ...`: a belief nobody is named
# for, relayed like `reportedly` (hedged); only before `to be` or `to have`, not `was considered in the House`.
BELIEVED_RE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:(?:widely|generally|commonly|also|often|still|long)\s+)?"
                         r"(?P<cue>considered|believed|thought|alleged|suspected|rumou?red|said)\s+to\s+(?:be|have)\b",
                         re.IGNORECASE)


def own_voice_cues(text: str, start: int, end: int, found: list[Cue]) -> list[Cue]:
    """The cues the brief's own voice adds to those `found` in the sentence `text[start:end]`: a deontic modal said
    as advice unless a recommendation was found; where nothing was, an imperative or necessity frame, an author's
    evaluation or inference, else `reportedly`, `is expected to`, a hedge or a prediction in the main clause. A
    neutral option (`Congress may consider ...`) is neither claim nor advice."""
    sentence = text[start:end]
    cues: list[Cue] = []
    option = _option(sentence)
    # a modal in a question (`Should we expand our aerial strikes?`) advises nothing
    question = sentence.rstrip().rstrip("\"”’'").endswith("?")
    # advice inside what someone is reported to say is theirs (`analysts argued that the US must ...`); inside the
    # text's own view or evaluation (`In our view, X should ...`, `It is clear that X must ...`) it is the text's
    reported = [(c.content_start - start, c.content_end - start) for c in found if c.kind != "author"]
    if not any(c.kind == "recommendation" for c in found) and not option and not question:
        argued = argued_text(text)
        modal = next((m for m in MODAL_RE.finditer(sentence) if _advice(sentence, m, argued) and
                      not any(s <= m.start() < e for s, e in reported)), None)
        forbidding = WE_CANNOT_RE.search(sentence) if modal is None else None
        if forbidding and not _embedded(sentence, forbidding):
            clause_start = leading_adverbials_end(sentence, forbidding.start("cue"))
            cues.append(Cue("recommendation", start + forbidding.start("cue"), start + forbidding.end("cue"),
                            *strip_content(text, start + clause_start,
                                           clause_end(text, start + forbidding.start(), end)), own_voice=True))
        if modal:
            advice_clauses = _coordinated_advice(sentence, modal, argued)
            for advice_modal, content in clause_contents(text, start, end, advice_clauses):
                cue_match = _MODAL_CUE_RE.search(sentence[advice_modal.start():])
                cue_start = start + advice_modal.start() + (cue_match.start() if cue_match else 0)
                cue_end = cue_start + (len(cue_match.group()) if cue_match else advice_modal.end() - advice_modal.start())
                cues.append(Cue("recommendation", cue_start, cue_end, *content))
    if not any(c.kind == "recommendation" for c in found) and not cues and not option:
        advice = own_advice(sentence)
        # right after a reported clause, a frame of its own (`We know that X, so it's essential that we act`)
        after = max((e for _, e in reported), default=0)
        if advice and (not reported or advice.start("cue") >= after and
                       re.fullmatch(r"[\s,;]*(?:so|and|but)?\s*", sentence[after : advice.start()], re.IGNORECASE)):
            # `We stress the need for X`: the need is the content; other frames keep their clause, from the last
            # semicolon or reported clause before them (`...; let us never forget that`)
            clause_start = advice.start() if advice.re is NEED_FOR_RE else _clause_start(sentence, advice, after)
            cues.append(Cue("recommendation", start + advice.start("cue"), start + advice.end("cue"),
                            *strip_content(text, start + clause_start, clause_end(text, start + advice.start(), end)),
                            own_voice=True))
    if cues and cues[-1].kind == "recommendation":
        cues.extend(_listed_advice(text, cues[-1], end))
    if not found and not cues:
        evaluation = AUTHOR_EVALUATION_RE.search(sentence) or SUGGESTING_RE.search(sentence)
        if evaluation:
            cue = EVALUATION_CUE_RE.search(evaluation.group())
            cue_start = start + evaluation.start() + (cue.start() if cue else 0)
            cue_end = cue_start + (len(cue.group()) if cue else 0)
            content_end = clause_end(text, start + evaluation.end(), end)
            cues.append(Cue("author", cue_start, cue_end, *strip_content(text, start + evaluation.end(), content_end)))
    if not found and not cues and not sentence.rstrip().endswith("?"):
        # each clause a semicolon sets apart may carry its own judgement (`X may slow; Y is likely to remain low`)
        bounds = [0] + [m.end() for m in re.finditer(r";\s+", sentence)] + [len(sentence)]
        for part_start, part_end in zip(bounds, bounds[1:]):
            cues.extend(_judgements(text, start + part_start, start + part_end, option is not None))
    return cues


# A clause after a semicolon that opens with a directive verb in its base form (`; create coalitions; listen to
# allies`; not `; help is on the way`): one more item of the advice before it.
_LISTED_ADVICE_RE = re.compile(rf";\s+(?:and\s+)?(?={alternation(IMPERATIVE_VERBS)}\s+(?!{alternation(AUXILIARIES)}\b))")


def _listed_advice(text: str, advice: Cue, sentence_end: int) -> list[Cue]:
    """Each further item of a list of advice set apart by semicolons (`The time has come to use robust diplomacy;
    create coalitions; listen to allies`): a recommendation of the same cue whose content is the item."""
    items: list[Cue] = []
    position = advice.content_end
    while (match := _LISTED_ADVICE_RE.match(text, position, sentence_end)) is not None:
        content = strip_content(text, match.end(), clause_end(text, match.end(), sentence_end))
        items.append(Cue("recommendation", advice.start, advice.end, *content, own_voice=advice.own_voice))
        position = content[1]
    return items


# A frame that opens with its own subject, so a `that` before it is a complementiser (`convinced that now is the time
# to`), not a relative pronoun (`challenges that require us to`).
_SUBJECT_OPENING_RE = re.compile(r"(?:it|now|there|we|I|let|the|our|this|a)\b", re.IGNORECASE)


def _clause_start(sentence: str, frame: re.Match[str], after: int = 0) -> int:
    """Where the clause of a frame of advice starts: at the frame after a `that`, else past the last semicolon before
    it (or `after`, the end of a reported clause before it, and its comma) and the clause's leading adverbials or
    conjunction (`So let us ...`, `In short, it is time to ...`)."""
    semicolon = sentence.rfind("; ", 0, frame.start())
    opening = max(semicolon + 2 if semicolon >= 0 else 0, after)
    if re.search(r"\bthat\s+$", sentence[opening : frame.start()]) and _SUBJECT_OPENING_RE.match(frame.group()):
        return frame.start()  # the clause a `that` opens (`We are convinced that now is the time to ...`)
    opening += len(sentence[opening:]) - len(sentence[opening:].lstrip(", "))
    return opening + leading_adverbials_end(sentence[opening:], frame.end("cue") - opening)


def _judgements(text: str, start: int, end: int, option: bool) -> list[Cue]:
    """The cue of a clause's relayed report (`reportedly`, `is expected to`) or the text's own hedge or prediction
    in its main clause (none in a sentence of neutral options), with the clause it governs; a hedge or prediction
    coordinated with it under a subject of its own (`It will help individuals, and it will help our society`,
    `There may be some warming and some of it may be bad`) is one more."""
    sentence = text[start:end]
    reported = REPORTEDLY_RE.search(sentence)
    expected = EXPECTED_RE.search(sentence) or BELIEVED_RE.search(sentence) if not reported else None
    legal = LEGAL_RE.search(sentence) or option
    hedges = sorted([m for m in EPISTEMIC_RE.finditer(sentence) if _main_clause_modal(sentence, m.start())] +
                    [m for m in SHOULD_EFFECT_RE.finditer(sentence) if epistemic_should(sentence, m.start())],
                    key=lambda m: m.start()) if not legal else []
    judging = (PREDICTIVE_RE, _RETROSPECTIVE_RE, CERTAINTY_RE)
    predictions = sorted((m for regex in judging for m in regex.finditer(sentence)
                          if _main_clause_modal(sentence, m.start()) and not _describes_a_law(sentence, m)),
                         key=lambda m: m.start()) if not legal and not hedges else []
    if predictions and CAN_TELL_RE.match(predictions[0].group()):
        predictions = []  # `I can't tell you how long this will go on`: the aside governs what follows
    judged = hedges or predictions
    marker = reported or expected or (judged[0] if judged else None)
    if not marker:
        return []
    clause_start = leading_adverbials_end(sentence, len(sentence)) if reported else \
        own_clause_start(sentence, marker.start())
    if marker is reported or marker is expected:
        cue = "cue" if marker is expected else 0
        return [Cue("reported", start + marker.start(cue), start + marker.end(cue),
                    *strip_content(text, start + clause_start, clause_end(text, start + marker.start(), end)))]
    clauses = coordinated(sentence, [(clause_start, marker, 0)],
                           [m for m in judged[1:] if not CAN_TELL_RE.match(m.group())], CONJOINED_RE)
    return [Cue("author", start + modal.start(), start + modal.start() + re.match(r"[\w’'-]+", modal.group()).end(),
                *content)
            for modal, content in clause_contents(text, start, end, clauses)]


# A law's own fate rather than what it does (`legislation will be introduced`, `the bill will pass`): a prediction.
_LAW_FATE_RE = re.compile(r"will\s+(?:not\s+)?(?:be\s+[a-z]+(?:ed|en|wn)\b|pass\b|fail\b|become\s+law\b)")


def _describes_a_law(sentence: str, modal: re.Match[str]) -> bool:
    """True for what a bill or law would or will do (`The bill would require ...`): a description, not a judgement;
    not for its own fate (`New legislation will be introduced`)."""
    return DESCRIBED_LAW_RE.search(sentence[: modal.start()]) is not None and \
        _LAW_FATE_RE.match(sentence, modal.start()) is None


def opening_imperative(text: str) -> re.Match[str] | None:
    """A directive verb or `Don't` opening `text` (IMPERATIVE_RE) whose next word is not a preposition, auxiliary or
    conjunction (`Work on ...` is a noun, `Help is on the way` a subject)."""
    imperative = IMPERATIVE_RE.match(text)
    if imperative and (imperative.group("cue").lower() in IMPERATIVE_VERBS or
                       _NEGATIVE_IMPERATIVE_RE.fullmatch(imperative.group("cue"))) and \
            imperative.group("next").lower() not in _NOT_AFTER_IMPERATIVE:
        return imperative
    return None


def own_advice(sentence: str) -> re.Match[str] | None:
    """A necessity frame anywhere in the sentence, an imperative opening it (IMPERATIVE_RE) whose next word is
    not a preposition, auxiliary or conjunction (`Work on ...` is a noun), or `please` and a verb; not a
    question."""
    if sentence.rstrip().endswith("?"):
        return None
    imperative = opening_imperative(sentence)
    if imperative and len(sentence.split()) > 2:
        return imperative  # not a two-word marker line (`End Text`)
    please = PLEASE_RE.search(sentence)
    if please and please.group("cue") not in _NOT_AFTER_IMPERATIVE:
        return please
    afford = _CANNOT_AFFORD_RE.search(sentence)
    frame = NECESSITY_RE.search(sentence) or NEED_RE.search(sentence) or REQUIRE_RE.search(sentence) or \
        NEED_FOR_RE.search(sentence) or \
        (afford if afford and ADVICE_SUBJECT_RE.search(sentence[: afford.start()]) else None)
    if frame is None:
        return None
    lead = sentence[: frame.start("cue")]
    if re.search(r"\bwhether\b[^,;]*$", lead, re.IGNORECASE) or DESCRIBED_LAW_RE.search(lead) or \
            (frame.re is not NECESSITY_RE and _qualified(sentence[frame.start() : frame.start("cue")])):
        return None  # an embedded question (`whether more staff are needed`) or what a law requires advises nothing
    return frame


def _qualified(lead: str) -> bool:
    """Whether the two words before a frame's verb make it a description or a hedge (`does not`, `would`,
    `usually`) or put it in a relative clause (`a loan that requires`); the subject's own words do not (`Ensuring
    we can deliver on this agenda will require`)."""
    verb_group = " ".join(lead.split()[-2:])
    return bool(_NOT_ADVICE_RE.search(verb_group) or re.search(r"\b(?:that|which|who)$", verb_group))


def _main_clause_modal(sentence: str, at: int) -> bool:
    """False for a modal inside a relative clause, an embedded question (`whether ...`, `varies in how support might
    ...`) or a bill's conditional (`a provision would create ... that could damage`), and for one that permits,
    forbids or limits: those describe, they do not judge."""
    return not re.search(r"\b(?:that|which|who|whom|where),?\s+(?:(?:\S+\s+){0,2}|(?:[A-Z][\w.’'-]*\s+){3,5})$|"
                         r"\bwhether\b[^,;]*$|\b(?:in|on|of|about|and)\s+how\b[^,;]*$", sentence[:at]) and \
        not re.search(r"\bwould\b", sentence[:at]) and not NON_EPISTEMIC_RE.match(sentence, at)


# `should` opening a condition inside a sentence, its subject after it (`..., should Jihadists be perceived to have
# failed, ...`), not a verb (`..., should be required to`).
_INVERTED_CONDITIONAL_RE = re.compile(r"should\s+(?:the|a|an|this|these|those|it|he|she|they|we|you|I|"
                                      r"(?!(?:be|have|not|also|never|now|still|continue|consider)\b)[A-Za-z][\w’'-]*s|"
                                      r"[A-Z][\w’'-]*)\b[^,;?]{1,120},")


# A certainty adverb marks the text's own judgement, unhedged (`The risk of escalation is certainly real`); not one
# that describes how something is done (`clearly defined`).
CERTAINTY_RE = re.compile(r"\b(?:certainly|clearly|obviously|undoubtedly|surely|evidently|unquestionably)\b"
                          r"(?!\s+[a-z]+ed\b)", re.IGNORECASE)


# `should have` or `ought to have` and a participle: a judgement of what was done, not advice (an author claim).
_RETROSPECTIVE_RE = re.compile(r"(?:should|ought\s+to)(?:\s+not|n[’']t)?\s+have\s+(?:been|had|done|made|known|seen|"
                               r"taken|given|gone|said|told|thought|[a-z]+ed)\b", re.IGNORECASE)


# The first person of a text that argues (a speech, a statement, an op-ed), against a report's third person.
_FIRST_PERSON_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us|I)\b")
# A sentence opening with the terms it applies (`Under the ADA, ...`, `Under GL 36, ...`, `To comply with ...`);
# `Pursuant to` is LEGAL_RE's.
_UNDER_TERMS_RE = re.compile(r"\W*(?:Under|To comply with)\b")


@lru_cache(maxsize=8)
def argued_text(text: str) -> bool:
    """Whether a text argues in its own first person (at least 5 `we`/`our`/`us`/`I` per 1,000 words: speeches and
    statements, not reports), so that its `must` advises whoever its subject is."""
    return len(_FIRST_PERSON_RE.findall(text)) * 1000 >= 5 * max(1, len(text.split()))


def _advice(sentence: str, modal: re.Match[str], argued: bool) -> bool:
    """True unless the modal sits in an embedded question (`Topics include whether the United States should ...`),
    opens an inverted conditional (`Should disaster strike, ...`), is a polite `should like to`, or is a `must` or
    `has to` that states a requirement: passive, or with a subject other than those briefs advise
    (ADVICE_SUBJECT_RE; `Applicants have to submit a form`), except a `must` of an argued text (`These risks must
    be recognized`), outside a law's terms (LEGAL_RE, `Under the ADA, ...`)."""
    if in_embedded_question(sentence[: modal.start()]):
        return False  # an embedded question, or one that is the subject (`How schools should treat X has ...`)
    before = sentence[: modal.start()]
    if not before.strip(" \"“‘'-•*") and re.match(r"Should\s[^,;?]{3,120},", sentence[modal.start():]) or \
            re.search(r"(?:,|\bthat)\s*$", before) and _INVERTED_CONDITIONAL_RE.match(sentence, modal.start()):
        return False  # an inverted conditional: `Should disaster strike here at home, we will be left defenseless`
    if re.match(r"should\s+(?:like|love|think)\b", sentence[modal.start():], re.IGNORECASE):
        return False  # a polite wish or opinion, not advice: `I should like to make a statement`
    if _RETROSPECTIVE_RE.match(sentence, modal.start()):
        return False  # what should have been done judges the past: `The agency should have acted sooner`
    if epistemic_should(sentence, modal.start()):
        return False  # an expectation: `This policy ... should help maintain accommodative financial conditions`
    if modal.group().lower() not in ("must", "have to", "has to") and not modal.group().endswith("got to"):
        return True
    if argued and modal.group().lower() == "must" and not LEGAL_RE.search(sentence) and \
            not _UNDER_TERMS_RE.match(sentence):
        return True
    passive = re.match(r"(?:must|ha(?:ve|s)\s+to|\S*got\s+to)\s+(?:also\s+)?(?:be|have)\b", sentence[modal.start():],
                       re.IGNORECASE)
    subject = sentence[: modal.start()] + (" " if modal.group()[0] in "'’" else "")  # `We've got to`
    return not passive and ADVICE_SUBJECT_RE.search(subject) is not None


def _coordinated_advice(sentence: str, first: re.Match[str], argued: bool) -> list[tuple[int, re.Match[str], int]]:
    """The clauses of advice in the sentence: (where the clause starts, its modal, where the clause before it
    ends), the first from its leading adverbials, each later modal's where a coordination gives it a subject of
    its own (`We need to give this effort a chance, and we need to ...`); a modal sharing its subject is one."""
    later = [m for m in MODAL_RE.finditer(sentence, first.end()) if _advice(sentence, m, argued)]
    return coordinated(sentence, [(own_clause_start(sentence, first.start()), first, 0)], later)


def _embedded(sentence: str, found: re.Match[str]) -> bool:
    """True when the sentence's `we cannot` (`found`) sits in a condition or a subordinate clause (`if we cannot
    agree`, `because we can't`), which states a circumstance, not advice."""
    return re.search(r"\b(?:if|unless|because|since|when|whether|that|so|until|where)\s+(?:\S+\s+){0,2}$",
                     sentence[: found.start()], re.IGNORECASE) is not None


_OPTION_HOLDER_RE = re.compile(rf"\b(?:{alternation(words_for('advised', 'use', 'options'))})\b")


def _option(sentence: str) -> re.Match[str] | None:
    """The first neutral option of the sentence (OPTION_RE); `it`/`they` only after `Congress`, `Members` or
    another holder of options in the sentence (`if Members support the ESF, they could increase ...`) or before a
    verb of weighing options."""
    return next((m for m in OPTION_RE.finditer(sentence) if m.group("subject").lower() not in ("it", "they") or
                 _OPTION_HOLDER_RE.search(sentence, 0, m.start()) or m.group("verb") in OPTION_VERBS), None)
