"""Cue rules over one sentence: where a claim, denial or recommendation is signalled and which clause it governs.

A cue (reporting verb or noun, denial verb, deontic modal, `according to`, an author hedge) anchors each
candidate; `find_cues` gives the cue and its content span, `extract/claims.py` turns them into claims with their
sources. With `lenient`, wider cues (more verbs, `X as Y` framings, modals and hedges in any clause) are proposed
too, marked not `strict`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from extract.claim_voice import DESCRIBED_LAW_RE, PREDICTIVE_RE, own_advice

# Verbs whose complement clause may follow without `that` (`Critics claim the programs ...`).
BARE_COMPLEMENT_VERBS = set("claim claims contend contends argue argues said says say suggest suggests believe believes "
                            "alleges alleged claimed insist insists warn warns claiming arguing argued contended "
                            "insisted believed reported announced noted stated found determined concluded indicated "
                            "remarked observed".split())
CLAUSE_OPENERS = set("the a an its their his her this these those it they he she we there some many no".split())
PRONOUN_OPENERS = set("it they he she we there".split())
# Words that open the subject of a reporting clause after its content (`..., officials said.`).
SPEAKER_OPENERS = set("the a an this these those its his her their our one some many several most other another he "
                      "she they it we i officials analysts experts critics observers sources researchers supporters "
                      "opponents authorities lawmakers".split())
PREPOSITIONS = set("for of in on at to from with by about under over between among into per than as".split())
OBJECT_BOUNDARIES = PREPOSITIONS | {"that", "which", "who", "and", "or"}
AUXILIARIES = set("is are was were will would can could has have had should may might must do does did".split())
REPORT_VERBS = (
    "said say says saying claimed claim claims claiming alleged alleges allege announced announces announce "
    "reported reports report stated states state suggested suggests warned warns warn argued argues argue "
    "asserted asserts contended contends maintained maintains insisted insists acknowledged acknowledges "
    "noted notes found concluded concludes testified indicated indicates predicted predicts projected "
    "projects confirmed confirms revealed reveals wrote told estimated estimates believes believe believed "
    "determined determines observed observes emphasized emphasizes stressed stresses explained explains "
    "alleging announcing reporting stating warning arguing held reasoned averred elaborated signaled signalled "
    "cited shows show indicate indicating stating saying contend reiterating reiterated reiterates "
    "suggest assert insist acknowledge conclude predict confirm reveal observe emphasize stress explain testify "
    "noting asserting contending acknowledging concluding emphasizing explaining confirming ruled ruling "
    "remarked remarks remarking posits posited posit demonstrate demonstrates demonstrated agreed agrees adding estimate "
    "assess assesses assessed assessing insisting stressing"
).split()
DENIAL_VERBS = "denied denies deny denying dismissed dismisses dismissing rejected rejects rejecting refuted refutes disputed disputes".split()
# CRS's neutral options: `Congress may consider ...`, `Policymakers may ...`, `Congress also might evaluate ...`,
# and `it`/`they` where the sentence names Congress before it (`As Congress oversees ..., it may ...`) or the verb is
# one of weighing options (`They may evaluate whether ...`).
OPTION_RE = re.compile(r"\b(?P<subject>Congress|[Ll]awmakers|[Pp]olicymakers|[Ll]egislators|Members|[Cc]ongressional\s+\w+|it|[Tt]hey)"
                       r"\s+(?:also\s+)?(?:may|might|could)\s+(?:also\s+|either\s+|or may not\s+)?"
                       r"(?:wish to\s+|want to\s+)?(?P<verb>[a-z]+)")
OPTION_VERBS = set("consider evaluate examine assess review weigh explore".split())
# An author's epistemic modal (`may`, `might`, `could`), `appears to` / `seems to`, `likely to` (not a comparison
# of rates: `more likely to claim`), or `arguably`.
EPISTEMIC_RE = re.compile(r"\b(?:may|might|could)\s+(?:also\s+|not\s+|potentially\s+|well\s+)?(?!be\s+used\b)[a-z]+|"
                          r"\b(?:appears?|appeared|seems?|seemed)\s+to\s+[a-z]+|"
                          r"(?<!more )(?<!less )(?<!most )(?<!least )(?<!equally )(?<!disproportionately )"
                          r"\b(?:un)?likely\s+to\s+[a-z]+|\barguably\b", re.IGNORECASE)
# A cue that ends its line and introduces a block quote on the next line (`According to Defense News`,
# `an Army spokesman stated the following:`, `the budget request notes that`, `Reportedly,`): each sentence of
# that next line (or of that run of bullet lines) is a claim. The last cue of the line is the one that introduces.
DANGLING_RE = re.compile(r"^.*\b(?:(?P<phrase>according to|reportedly)\b[^;:]{0,160}?[:,]?|"
                         r"(?P<verb>stated|states|said|says|noted|notes|announced|announces|reported|reports|explained|"
                         r"explains|wrote|writes|elaborated|remarked|added|adds|observed|argued|argues|testified|"
                         r"concluded|concludes|described|describes)(?:\s+the\s+following)?(?:\s+that(?:\s+[\w’']+){0,3})?\s*[:,]?)\s*$",
                         re.IGNORECASE | re.DOTALL)
BULLET_RE = re.compile(r"\s*(?:[-\u2022*]|\d+[.)])\s")
REPORTEDLY_RE = re.compile(r"\b(?:reportedly|allegedly|purportedly)\b", re.IGNORECASE)
# `X is expected to ...`, `costs are projected to rise`: a forecast nobody is named for (seeds/README.md).
EXPECTED_RE = re.compile(r"\b(?:is|are|was|were|be|remains?|currently|also|now|still)\s+(?:currently\s+|also\s+|now\s+|"
                         r"still\s+|widely\s+|generally\s+)?(?P<cue>expected|projected|anticipated)\s+(?:to|in|by)\b",
                         re.IGNORECASE)
HEDGE_RE = re.compile(r"\b(?:likely|unlikely|may|might|could(?!\s+not\b)|projected|reportedly|apparently|appears? to|appeared to|"
                      r"seems? to|seemed to|suggest(?:s|ed|ing)?|"
                      r"unconfirmed|estimated|possibly|perhaps|potentially|allegedly)\b", re.IGNORECASE)
AUTHOR_EVALUATION_RE = re.compile(
    r"\b(?:it is|it was|it remains|it appears)\s+(?:(?:highly|very|more|less|not|also)\s+)?"
    r"(?:likely|unlikely|unclear|possible|probable|doubtful|clear|evident)\s+(?:that|whether|if)\s+", re.IGNORECASE)
# The brief's own inference from what it has just said (`This suggests that ...`, `These figures indicate that`):
# the author's judgement, as SCHEMA.md's `..., suggesting that Beijing is well aware`.
INFERENCE_SUBJECT_RE = re.compile(r"(?:^|[;:]\s+|,\s+)(?:This|That|These|Those|Such)(?:\s+[a-z]+){0,2}\s+(?:also\s+|further\s+)?$")
INFERENCE_VERBS = set("suggests suggest suggested indicates indicate implies imply shows show demonstrates means".split())
SUGGESTING_RE = re.compile(r",\s*(?:suggesting|indicating|signaling|signalling|showing)\s+that\s+", re.IGNORECASE)
@dataclass
class Cue:
    """One cue: its kind, where it is, and the content span it governs."""

    kind: str
    start: int
    end: int
    content_start: int
    content_end: int
    strict: bool = True
    # A reporting clause after its content (`..., a Chinese spokesperson said.`): where its subject starts and the
    # clause ends, so the source is sought there and not in the content; `inverted` when the subject follows the
    # verb (`said X`).
    subject_start: Optional[int] = None
    subject_end: Optional[int] = None
    inverted: bool = False
    own_voice: bool = False  # the brief's own advice (an imperative, a necessity frame): source AUTHOR


def _word_re(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


REPORT_RE = _word_re(REPORT_VERBS)
# `that` after what may stand between a reporting verb and its clause: a prepositional phrase (`said in a statement
# on Monday that`, `wrote on X that`, `agreed with the plaintiffs that`), a day (`said Tuesday that`), the hearer of
# `told` (`told reporters that`, `told Fox News that`), or an aside (`argued, among other things, that`).
_PREPOSITIONAL = r"(?:in|on|at|during|before|after|via|over|through|with|to)(?:\s+(?!that\b)[\w’'.-]+,?){1,7}?"
# Asides set off by commas after a reporting verb; one starts its content clause, not a parenthetical cue's.
_ASIDES = r"(?:among other things|in part|in particular|for example|however)"
THAT_AFTER_ADJUNCT_RE = re.compile(
    rf"(?:\s+{_PREPOSITIONAL}(?:\s+{_PREPOSITIONAL})*|"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)|"
    r"\s+(?:reporters|journalists|lawmakers|legislators|Congress|the\s+press|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    r"(?=\s+(?:(?:in|on)\s+\w+\s+)?that\b)|"
    rf",\s+{_ASIDES},)?(?<!\bin)\s+that,?\s+"
    r"(?!(?:was|were|is|are|has|have|had)\b)")  # not `in that`, nor a relative `that` (`in the notice that was ...`)
# A reporting clause after what it reports, ending the sentence: `"We will respond," said Foreign Minister X on
# Sunday.`, `"The United States is ready," Secretary Y told Fox News.`, `Beijing called for restraint, a Chinese
# spokesperson said.`
_POSTPOSED_VERBS = (r"said|says|added|adds|stated|states|wrote|writes|warned|warns|insisted|insists|argued|argues|noted|"
                    r"notes|explained|explains|claimed|claims|asserted|asserts|acknowledged|conceded|told|tells")
POSTPOSED_RE = re.compile(
    r"(?P<content>[\s\S]{12,}?)(?:,[”\"’]?|[”\"’],?)\s+"
    rf"(?:(?P<verb1>{_POSTPOSED_VERBS})\s+(?P<subj1>(?:the\s+|a\s+|an\s+)?[A-Z][^,;“”\"]{{1,90}}?)|"
    r"(?P<subj2>(?:[^,;\s“”\"]+\s+){0,6}?[^,;\s“”\"]+)\s+"
    rf"(?P<verb2>{_POSTPOSED_VERBS})(?:\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}|reporters|journalists|lawmakers))?)"
    r"(?:,?\s+(?:on|in|at|during|last|this|according)\b[^,;“”\"]{0,60})?\s*[.!?]?[”\"]?\s*$")
# A reporting clause set off by commas inside what it reports (`This justification failed, the court determined,
# because ...`; `As a result, the court explained, the amendments impose ...`; `..., courts have held, would ...`).
PARENTHETICAL_RE = re.compile(r",\s+(?:the\s+|its\s+)?(?:[A-Za-z.’'-]+\s+){0,3}?(?:it|he|she|they|court|courts|[A-Z][\w.-]*)"
                              r"\s+(?:(?:has|have|also)\s+)?(?P<cue>said|says|held|holds|found|finds|determined|"
                              r"explained|explains|concluded|argued|argues|contended|alleged|alleges|noted|notes|"
                              r"reasoned|observed|stated|added|wrote|insisted|maintained|claimed),\s+"
                              rf"(?!{_ASIDES},)")
DENIAL_RE = _word_re(DENIAL_VERBS + ["denial"])
RECOMMEND_RE = re.compile(r"\b(?:urged|urges|urge|urging|recommended|recommends|recommend|recommending|called on|"
                          r"calls on|call on|calling on|asked|asks|asking)\b", re.IGNORECASE)
# Words before a reporting verb that make it an adjective, a passive or a gerund rather than a cue (`the alleged
# violations`, `the ITA's stated mission`, `HSR-reported deals`).
ADJECTIVAL_USE_RE = re.compile(r"(?:\b(?:[Tt]he|ordered|was|were|been|being|be|is|are|In|in|By|by|newly)\s+|[’']s\s+|\w-)$")
# `announced` with a noun phrase for its content (`announced the award of five contracts`, `announced efforts to
# develop a rule`), not with a prepositional phrase (`announced in a statement that ...`).
ANNOUNCE_VERBS = {"announced", "announces", "announce", "announcing"}
ANNOUNCED_THING_RE = re.compile(r"\s+(?!(?:in|on|at|by|for|with|to|from|during|after|before|that|it|he|she|they|we)\b)"
                                r"[a-z\[]", re.IGNORECASE)
# Concerns and support voiced about something (`stakeholders raised concerns with USACE incorporating ...`).
CONCERN_RE = re.compile(r"\b(?P<cue>(?:raised|raise|raises|raising|expressed|expresses|voiced|voices)\s+"
                        r"(?:concerns?|support|opposition|doubts?|reservations))\s+(?:with|about|over|regarding|for|"
                        r"that|on)\s+", re.IGNORECASE)
MODAL_RE = re.compile(r"\b(?:should|must|ought to|needs? to)\b", re.IGNORECASE)
# Who `must` act, for `must` said as advice (`the United States must ...`); with any other subject, or passive, it
# states a requirement (`research protocols must be reviewed`, `FHWA must report`), which is not a recommendation.
ADVICE_SUBJECT_RE = re.compile(r"\b(?:United States|U\.S\.|America|Washington|Congress|[Ll]awmakers|[Pp]olicymakers|"
                               r"[Ll]egislators|[Ww]e|[Aa]llies|the West|[Aa]dministration|NATO|Europe|EU)"
                               r"\s+(?:also\s+|now\s+|therefore\s+|still\s+|instead\s+)?$")
# Modals that permit, forbid or state a limit rather than judge (`could not exceed $600`, `may not be used`), and a
# sentence that states the law (`Pursuant to 33 U.S.C. 408, the Secretary may grant ...`, `Where a study is ...`).
NON_EPISTEMIC_RE = re.compile(r"\bcould not\b|\bmay not (?:be \w+ed|(?:\w+ly\s+)?apply)\b", re.IGNORECASE)
LEGAL_RE = re.compile(r"U\.S\.C\.|C\.F\.R\.|§|\b[Pp]ursuant to\b|^\W*Where\b")
# Lenient cues: more reporting verbs and nouns before `that`, framings (`condemned the deployment as ...`),
# and hedges in any clause (`which may also explain`, `likely contributed`, `can result in`).
WIDE_THAT_RE = re.compile(
    r"\b(?:\w+ed|\w+s|expressed|concerns?|claims?|views?|arguments?|assessments?|beliefs?|allegations?|"
    r"speculation|indications?|evidence|fears?|hopes?|assertions?|statements?|grounds|remains to be seen)"
    r"\s+(?:(?:on|in|about|over)\s+\w+\s+)?(?:that|whether)\s+", re.IGNORECASE)
FRAMING_RE = re.compile(r"\b(?:describ|characteri[sz]|fram|condemn|criticiz|criticis|portray|view|identifi|"
                        r"regard|label|cast|justif)\w*\b(?=(?:\s+[^\s,.;]+){1,10}?\s+(?:as|on the grounds)\s)",
                        re.IGNORECASE)
WIDE_HEDGE_RE = re.compile(r"\b(?:may|might|could|can|likely|probably|possibly|potentially|appears? to|"
                           r"seems? to)\b")  # lower case only: `May 2025` is a month


def strip_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a content span: leading `that`/punctuation/space, trailing period, quotes and spaces."""
    while start < end and (text[start] in " ,:;\u2014-\"\u201c" or text[start:start + 5].lower() == "that "):
        start += 5 if text[start:start + 5].lower() == "that " else 1
    while end > start and text[end - 1] in " .,;:\"\u201d\u2019'[(":
        end -= 1
    return start, end


def _asked_about(cue: str, target: str) -> bool:
    """True for `asked questions in relation to ...`: an `ask` whose object holds a preposition asks about
    something; `asked the court to enforce` asks someone to act."""
    return cue.lower().startswith("ask") and re.search(r"\b(?:in|of|for|about|on|with|at|from)\b", target) is not None


def _that_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A content span `X and that Y` (or `X, that Y`) as its two claims (`the NOFO was cancelled and that FEMA will
    cancel ...`)."""
    clauses, position = [], start
    for match in re.finditer(r",?\s+and\s+that\s+|,\s+that\s+", text[start:end]):
        clauses.append(strip_content(text, position, start + match.start()))
        position = start + match.end()
    clauses.append(strip_content(text, position, end))
    return clauses


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    """Where the clause beginning at `start` ends: a dash, a semicolon, a contrastive conjunction, a second
    reporting participle (`, adding that`), outside brackets (`(90% of families; 91% of professionals)` stays
    in), or the sentence end."""
    span = text[start:sentence_end]
    for match in re.finditer(r"\s[\u2014\u2013]\s|;\s|\s--\s|,?\s(?:while|whereas)\s|,\s(?:but|though|although)\s|"
                             r",[”\"’]?\s(?:adding|noting|arguing|warning|insisting|stressing)\s+that\s", span):
        if span.count("(", 0, match.start()) <= span.count(")", 0, match.start()):  # not inside brackets
            return start + match.start()
    return sentence_end


def _clause_cues(text: str, kind: str, cue_start: int, cue_end: int, content_from: int, sentence_end: int) -> list[Cue]:
    """The cues of one cue word whose content is the clause from `content_from`, one per `that` clause in it."""
    content = strip_content(text, content_from, _clause_end(text, content_from, sentence_end))
    return [Cue(kind, cue_start, cue_end, *clause) for clause in _that_clauses(text, *content)]


def find_cues(text: str, start: int, end: int, lenient: bool = False) -> list[Cue]:
    """Cues in one sentence `text[start:end]` with the content span each governs (wider ones if `lenient`)."""
    sentence = text[start:end]
    cues: list[Cue] = []
    for match in re.finditer(r"\baccording to\b[^,]*,\s*", sentence, re.IGNORECASE):
        content_end = _clause_end(text, start + match.end(), end)
        cues.append(Cue("claim", start + match.start(), start + match.start() + len("according to"),
                         *strip_content(text, start + match.end(), content_end)))
    for match in re.finditer(r"(?:,\s*)?\baccording to\b", sentence, re.IGNORECASE):
        if match.start() > 0 and not cues:
            cues.append(Cue("claim", start + match.start() + (len(match.group()) - len("according to")),
                             start + match.end(), *strip_content(text, start, start + match.start())))
    for match in PARENTHETICAL_RE.finditer(sentence):
        cue_start, cue_end = start + match.start("cue"), start + match.end("cue")
        opening = _leading_adverbials_end(sentence, match.start() + 2)
        if opening >= match.start():  # `As a result, the court explained, X`: X is the content
            content = strip_content(text, start + match.end(), _clause_end(text, start + match.end(), end))
        else:  # `This justification failed, the court determined, because ...`: the clause is
            semicolon = sentence.rfind("; ", 0, match.start())
            clause_start = max(opening, semicolon + 2 if semicolon >= 0 else 0)
            content = strip_content(text, start + clause_start, _clause_end(text, start + match.end(), end))
        cues.append(Cue("claim", cue_start, cue_end, *content))
    for match in CONCERN_RE.finditer(sentence):
        cues.extend(_clause_cues(text, "claim", start + match.start(), start + match.start() + len(match.group("cue")),
                                 start + match.end(), end))
    for regex, kind in ((DENIAL_RE, "denial"), (REPORT_RE, "claim"), (RECOMMEND_RE, "recommendation")):
        for match in regex.finditer(sentence):
            after = sentence[match.end():]
            # Without `that`, a participle used as an adjective, passive or gerund is no cue (`the announced coins`,
            # `ordered reported a bill`, `In announcing ...`, `contributions announced are ...`).
            adjectival = ADJECTIVAL_USE_RE.search(sentence[: match.start()]) is not None or \
                re.match(r"\s+(?:are|is|was|were|by)\b", after) is not None
            that = THAT_AFTER_ADJUNCT_RE.match(after) or \
                (_bare_complement(match.group(), after) if kind == "claim" and not adjectival else None)
            if kind == "recommendation":
                target = re.match(r"\s+(?:\w+\s+){1,4}?to\s+", after)
                if not target or _asked_about(match.group(), target.group()):
                    continue
                content_from = start + match.end() + 1
            elif that:
                content_from = start + match.end() + that.end()
            elif kind == "denial" and re.match(r"\s+(?:\S+\s+){0,4}(?:claims?|reports?|allegations?|accusations?|"
                                               r"assertions?|charges|suggestions?|notion|idea|characteri[sz]ation|"
                                               r"involvement|wrongdoing|responsibility)\b", after):
                content_from = start + match.end()
            elif kind == "denial" and match.group().lower() not in ("denial", "dismissed", "dismisses", "dismissing") \
                    and re.match(r"\s+(?:ever\s+|any\s+)?[a-z]{3,}ing\b", after):
                content_from = start + match.end() + 1  # `denied providing lethal aid to Russia`: the gerund's clause
            elif kind == "claim" and match.group().lower() in ANNOUNCE_VERBS and ANNOUNCED_THING_RE.match(after) and \
                    not adjectival:
                # `announced the termination of the agreement, leading to ...`: the noun phrase is the content.
                content_from = start + match.end()
                comma = text.find(",", content_from, end)
                content = strip_content(text, content_from, min(_clause_end(text, content_from, end),
                                                                 comma if comma >= 0 else end))
                cues.append(Cue(kind, start + match.start(), start + match.end(), *content))
                continue
            else:
                continue
            cues.extend(_clause_cues(text, kind, start + match.start(), start + match.end(), content_from, end))
    postposed = POSTPOSED_RE.match(sentence) if not cues else None
    if postposed and _postposed_clause(postposed):
        verb = "verb1" if postposed.group("verb1") else "verb2"
        content = strip_content(text, start, start + postposed.end("content"))
        subject = postposed.start("subj1") if verb == "verb1" else postposed.start("subj2")
        return [Cue("claim", start + postposed.start(verb), start + postposed.end(verb), *content,
                     subject_start=start + subject, subject_end=end, inverted=verb == "verb1")]
    option = _option(sentence)  # a neutral option (`Congress may consider ...`) is neither claim nor advice
    if not any(c.kind == "recommendation" for c in cues) and not option:
        modal = next((m for m in MODAL_RE.finditer(sentence) if _advice(sentence, m)), None)
        if modal:
            clause_start = _leading_adverbials_end(sentence, modal.start())
            cue_match = re.search(r"\b(?:should|must|ought to|needs? to)\b", sentence[modal.start():])
            cue_start = start + modal.start() + (cue_match.start() if cue_match else 0)
            cue_end = cue_start + (len(cue_match.group()) if cue_match else modal.end() - modal.start())
            cues.append(Cue("recommendation", cue_start, cue_end,
                             *strip_content(text, start + clause_start, _clause_end(text, start + modal.start(), end))))
    if not cues and not option:
        advice = own_advice(sentence, PREPOSITIONS | AUXILIARIES | {"and", "or"})
        if advice:
            clause_start = _leading_adverbials_end(sentence, advice.start())
            cues.append(Cue("recommendation", start + advice.start("cue"), start + advice.end("cue"),
                             *strip_content(text, start + clause_start, _clause_end(text, start + advice.start(), end)),
                             own_voice=True))
    if not cues:
        evaluation = AUTHOR_EVALUATION_RE.search(sentence) or SUGGESTING_RE.search(sentence)
        if evaluation:
            cue = re.search(r"(?:un)?likely|unclear|possible|probable|doubtful|clear|evident|suggesting|indicating|"
                            r"signall?ing|showing", evaluation.group(), re.IGNORECASE)
            cue_start = start + evaluation.start() + (cue.start() if cue else 0)
            cue_end = cue_start + (len(cue.group()) if cue else 0)
            content_end = _clause_end(text, start + evaluation.end(), end)
            cues.append(Cue("author", cue_start, cue_end, *strip_content(text, start + evaluation.end(), content_end)))
    if not cues and not sentence.rstrip().endswith("?"):
        reported = REPORTEDLY_RE.search(sentence)
        expected = EXPECTED_RE.search(sentence) if not reported else None
        hedge = next((m for m in EPISTEMIC_RE.finditer(sentence) if _main_clause_modal(sentence, m.start())), None) \
            if not LEGAL_RE.search(sentence) and not option else None
        prediction = next((m for m in PREDICTIVE_RE.finditer(sentence) if _main_clause_modal(sentence, m.start()) and
                           not DESCRIBED_LAW_RE.search(sentence[: m.start()])), None) \
            if not LEGAL_RE.search(sentence) and not option and not hedge else None
        hedge = hedge or prediction
        marker = reported or expected or hedge
        if marker:
            clause_start = _leading_adverbials_end(sentence, len(sentence) if reported else marker.start())
            cue_start = marker.start("cue") if marker is expected else marker.start()
            cue_end = marker.end("cue") if marker is expected else marker.start() + len(marker.group().split()[0])
            cues.append(Cue("author" if marker is hedge else "reported", start + cue_start, start + cue_end,
                             *strip_content(text, start + clause_start, _clause_end(text, start + marker.start(), end))))
    if lenient:
        cues.extend(_wide_cues(text, start, end, cues))
    return [c for c in cues if c.content_end - c.content_start >= 8]


def _wide_cues(text: str, start: int, end: int, found: list[Cue]) -> list[Cue]:
    """Candidates the strict rules leave out, marked not strict; none repeats a content span already found."""
    sentence = text[start:end]
    taken = {(c.content_start, c.content_end) for c in found}
    wide: list[Cue] = []

    def add(kind: str, cue_start: int, cue_end: int, content_from: int) -> None:
        content = strip_content(text, content_from, _clause_end(text, content_from, end))
        if content not in taken:
            taken.add(content)
            wide.append(Cue(kind, cue_start, cue_end, *content, strict=False))

    for match in WIDE_THAT_RE.finditer(sentence):
        cue_end = start + match.start() + len(match.group().split()[0])
        add("claim", start + match.start(), cue_end, start + match.end())
    for match in FRAMING_RE.finditer(sentence):
        add("claim", start + match.start(), start + match.end(), start + match.end())
    if not sentence.rstrip().endswith("?"):
        for match in WIDE_HEDGE_RE.finditer(sentence):
            boundary = max(sentence.rfind(", ", 0, match.start()), sentence.rfind("; ", 0, match.start()))
            clause_from = boundary + 2 if boundary >= 0 else _leading_adverbials_end(sentence, match.start())
            add("author", start + match.start(), start + match.end(), start + clause_from)
    return wide


def dangling_lead(sentence: str) -> re.Match[str] | None:
    """DANGLING_RE's match, unless its verb is a noun: capitalised (`Notes:`, `Related CRS Reports:`) or after a
    preposition or determiner (`two grant programs for states:`)."""
    lead = DANGLING_RE.search(sentence)
    if lead is None or lead.group("verb") is None:
        return lead
    before = sentence[: lead.start("verb")].split()
    noun = lead.group("verb")[0].isupper() or not before or \
        before[-1].lower() in PREPOSITIONS | (CLAUSE_OPENERS - PRONOUN_OPENERS)
    return None if noun else lead


def _postposed_clause(match: re.Match[str]) -> bool:
    """False where POSTPOSED_RE's content is an opening phrase (`In its 2024 report, the agency said.`) or its
    subject is no noun phrase (`..., unless otherwise noted.`)."""
    if match.group("content").split()[0].lower() in PREPOSITIONS and "," not in match.group("content"):
        return False
    subject = match.group("subj2")  # `foreign ministry spokesperson Mao Ning told reporters`: a name in it will do
    return subject is None or subject.split()[0].lower() in SPEAKER_OPENERS or re.search(r"\b[A-Z]", subject) is not None


def _main_clause_modal(sentence: str, at: int) -> bool:
    """False for a modal inside a relative clause or a bill's conditional (`a provision would create ... that
    could damage`), and for one that permits, forbids or limits: those describe, they do not judge."""
    return not re.search(r"\b(?:that|which|who|whom|where),?\s+(?:\S+\s+){0,2}$|\bwhether\b[^,;]*$", sentence[:at]) and \
        not re.search(r"\bwould\b", sentence[:at]) and not NON_EPISTEMIC_RE.match(sentence, at)


def _advice(sentence: str, modal: re.Match[str]) -> bool:
    """True unless the modal sits in an embedded question (`Topics include whether the United States should ...`)
    or is a `must` that states a requirement: passive, or with a subject other than the governments and
    legislators briefs advise (see ADVICE_SUBJECT_RE)."""
    if re.search(r"\bwhether\b[^,;]*$", sentence[: modal.start()], re.IGNORECASE):
        return False
    if modal.group().lower() != "must":
        return True
    passive = re.match(r"must\s+(?:also\s+)?(?:be|have)\b", sentence[modal.start():], re.IGNORECASE)
    return not passive and ADVICE_SUBJECT_RE.search(sentence[: modal.start()]) is not None


def _option(sentence: str) -> re.Match[str] | None:
    """The first neutral option of the sentence (OPTION_RE); `it`/`they` only after `Congress` in the sentence or
    before a verb of weighing options."""
    return next((m for m in OPTION_RE.finditer(sentence) if m.group("subject").lower() not in ("it", "they") or
                 "Congress" in sentence[: m.start()] or m.group("verb") in OPTION_VERBS), None)


def _bare_complement(verb: str, after: str) -> re.Match[str] | None:
    """The start of a complement clause without `that`: a determiner or pronoun, a quotation, or (in a
    headline, where the verb is capitalised) a capitalised word."""
    if verb.lower() not in BARE_COMPLEMENT_VERBS:
        return None
    match = re.match(r"\s+(?=([\w’']+|[‘“\"]))", after)
    if not match:
        return None
    word = match.group(1)
    if word.lower() in CLAUSE_OPENERS and _noun_phrase_object(after[match.end():]):
        return None
    if word.lower() in CLAUSE_OPENERS or word in "‘“\"" or (verb[0].isupper() and word[0].isupper()):
        return match
    if word[0].isupper() and re.match(r"[\w’'.-]+\s+[a-z]+ed\b", after[match.end():]):
        return match  # a name and a past-tense verb (`believe Russia supplied the missiles`)
    return match if _bare_subject_then_auxiliary(after[match.end():]) else None


def _bare_subject_then_auxiliary(after: str) -> bool:
    """True for a clause opened by a bare noun phrase whose verb is an auxiliary within four words (`others
    contend new technologies are needed`, `claiming trade deficits are not ...`); a preposition or relative word
    first means an object (`claimed responsibility for attacks that were ...`)."""
    words = re.findall(r"[\w’'-]+|[^\w\s]", after[:80])
    if not words or words[0].lower() in PREPOSITIONS:
        return False
    for word in words[1:5]:
        if word.lower() in AUXILIARIES:
            return True
        if not re.fullmatch(r"[\w’'-]+", word) or word.lower() in OBJECT_BOUNDARIES:
            return False
    return False


def _noun_phrase_object(after: str) -> bool:
    """True when the words after a determiner make a noun phrase with no verb before a preposition, comma or the
    end (`taxpayers claimed the credit for ...`: a tax credit claimed, not a claim); `the programs provide ...`
    is a clause."""
    words = re.findall(r"[\w’'.%-]+|[,;:()]", after[:120])
    if not words or words[0].lower() not in CLAUSE_OPENERS - PRONOUN_OPENERS:
        return False
    for position, word in enumerate(words[1:5], start=1):
        if word in ",;:()" or word.lower() in PREPOSITIONS:
            return True
        if position >= 2 and word.islower():
            return False
    return len(words) <= 3


def _leading_adverbials_end(sentence: str, limit: int) -> int:
    """Where the main clause starts: after `Reportedly,`, `In June 2025,`, `As X evolve,`-style openers."""
    position = 0
    while True:
        match = re.match(r"(?:Reportedly|Allegedly|However|Thus|Therefore|Instead|Meanwhile|Moreover|Further|"
                         r"(?:In|On|By|From|During|As|While|When|If|Once|After|Before|Since|Although|Because|"
                         r"Given|Until|Unless|For|Under|With|To|Accordingly|Additionally|Finally|Ultimately|"
                         r"In addition|In response|As such|To that end)\b[^,]{0,120}),\s*", sentence[position:limit])
        if not match:
            return position
        position += match.end()
