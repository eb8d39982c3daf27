"""Cues in one sentence: where a claim, denial or recommendation is signalled (a reporting, denial or recommending
verb, a commitment, `according to`, a reporting clause after, inside or before what it reports) and the content span
each governs.

Where no one else's words are reported, `voice.own_voice_cues` adds the brief's own. With `lenient`, wider cues
(any verb or noun before `that`, `X as Y` framings, hedges in any clause) are proposed too, marked not `strict`.
"""

from __future__ import annotations

import dataclasses
import re

from extract.claims.clauses import (ASIDES, AUXILIARIES, PREPOSITIONS, THAT_AFTER_ADJUNCT_RE, Cue, bare_complement,
                                    clause_end, leading_adverbials_end, strip_content, that_clauses)
from extract.claims.lexicon import alternation, words_for
from extract.claims.voice import CAN_TELL_RE, own_voice_cues
from extract.normalise.items import DETERMINERS

# Words that open the subject of a reporting clause after its content: a determiner or pronoun, or a group that
# speaks unnamed (`..., officials said.`; role_nouns.tsv).
SPEAKER_OPENERS = set("the a an this these those its his her their our one some many several most other another he "
                      "she they it we i".split()) | set(words_for("role_nouns", "role", "group"))


def _cue_verbs_re(kind: str) -> re.Pattern[str]:
    """The cue verbs of `kind` that come before the clause they govern (cue_verbs.tsv, use `clause`)."""
    return re.compile(rf"\b{alternation(words_for('cue_verbs', 'uses', 'clause', kind))}\b", re.IGNORECASE)


REPORT_RE = _cue_verbs_re("claim")
DENIAL_RE = _cue_verbs_re("denial")
RECOMMEND_RE = _cue_verbs_re("recommendation")
# A reporting verb, then a comma or colon and an opening quotation mark (`Mr. Bradley added, "Still ...`, `She said:
# "We ...`): the quotation is what it reports, whatever else the verb's row allows.
_QUOTING_VERBS = {word for use in ("clause", "bare", "after", "aside", "block")
                  for word in words_for("cue_verbs", "uses", use, "claim")}
QUOTING_RE = re.compile(rf"\b(?P<cue>{alternation(_QUOTING_VERBS)})\s*[,:]\s*[“\"](?=\S)", re.IGNORECASE)
# A reporting clause after what it reports, ending the sentence: `"We will respond," said Foreign Minister X on
# Sunday.`, `"The United States is ready," Secretary Y told Fox News.`, `Beijing called for restraint, a Chinese
# spokesperson said.`
_POSTPOSED_VERBS = alternation(words_for("cue_verbs", "uses", "after"))
# Who may speak unnamed after a postposed verb (`..., said a senior official`, `..., said one analyst`).
_SPEAKER_NOUNS = alternation(words_for("role_nouns", "role", "person") + words_for("role_nouns", "role", "speaker") +
                             words_for("role_nouns", "role", "group"))
POSTPOSED_RE = re.compile(
    r"(?P<content>[\s\S]{12,}?)(?:,[”\"’]?|[”\"’],?)\s+"
    rf"(?:(?P<verb1>{_POSTPOSED_VERBS})\s+(?P<subj1>(?:the\s+|a\s+|an\s+)?[A-Z][^,;“”\"]{{1,90}}?|"
    rf"(?:the|a|an|one|another|some|two|three)\s+(?:[\w-]+\s+){{0,3}}?{_SPEAKER_NOUNS}(?:[^,;“”\"]{{0,60}}?))|"
    r"(?P<subj2>(?:[^,;\s“”\"]+\s+){0,6}?[^,;\s“”\"]+)\s+"
    rf"(?P<verb2>{_POSTPOSED_VERBS})(?:\s+(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}|reporters|journalists|lawmakers))?)"
    # an apposition: `..., said Jane Doe, a Republican from Maine.`, `..., said Jane Doe, Senior Fellow at X, ...`
    r"(?:,\s+(?:a|an|the|who|[A-Z][\w.’'-]*)\s+[^,;“”\"]{1,80}?)?"
    r"(?:,?\s+(?:on|in|at|during|last|this|according)\b[^,;“”\"]{0,90})?\s*[.!?]?[”\"]?\s*$")
# A reporting clause set off by commas inside what it reports (`This justification failed, the court determined,
# because ...`; `As a result, the court explained, the amendments impose ...`; `..., courts have held, would ...`).
# Its subject: a pronoun, a court, a name, the authors, or people speaking unnamed (`critics`, `isolationists`).
PARENTHETICAL_RE = re.compile(r",\s+(?:the\s+|its\s+)?(?:[A-Za-z.’'-]+\s+){0,3}?"
                              rf"(?:it|he|she|they|court|courts|[A-Z][\w.-]*|authors|[a-z]+ists|{_SPEAKER_NOUNS})"
                              r"\s+(?:(?:has|have|also)\s+)?"
                              rf"(?P<cue>{alternation(words_for('cue_verbs', 'uses', 'aside'))}),\s+"
                              rf"(?!{ASIDES},)")
# A reporting clause fronted with `As` (`As the Secretary noted, the program faces delays.`, `As I have said before,
# ...`, `As GAO has reported, ...`) or a view (`In our view, ...`, `In the court's judgment, ...`): the main clause after
# the comma is the content; not an adverbial `As` (`As part of ...`, `As a result`).
_FRONTED_VERBS = alternation({*words_for("cue_verbs", "uses", "aside"), *words_for("cue_verbs", "uses", "after"),
                              "reported", "observed", "put it"})
FRONTED_RE = re.compile(
    r"^\W*(?:As\s+(?!(?:part|a\s+result|such|well|long|soon|far|much|of|for|to|with|in|noted|discussed|shown|"
    r"mentioned|described|stated|explained|reported)\b)(?:[^,;]{1,80}?\s)?"
    r"(?:(?:has|have|had|also|previously|recently|repeatedly|once|rightly)\s+)*"
    rf"(?P<cue>{_FRONTED_VERBS})|(?P<view>In\s+(?:[^,;]{{1,60}}?(?:[’']s?)|our|my|their|his|her|its)\s+"
    r"(?:view|opinion|judgment|judgement|assessment|estimation)))\b[^,;]{0,60},\s+")
_OWN_VIEW_RE = re.compile(r"^In\s+(?:our|my)\s", re.IGNORECASE)
# Words before a reporting verb that make it an adjective, a passive or a gerund rather than a cue (`the alleged
# violations`, `the ITA's stated mission`, `HSR-reported deals`).
ADJECTIVAL_USE_RE = re.compile(r"(?:\b(?:[Tt]he|ordered|was|were|been|being|be|is|are|In|in|By|by|newly)\s+|[’']s\s+|\w-)$")
# `announced` or `called for` with a noun phrase for its content (`announced the award of five contracts`, `called
# for an investigation`), not with a prepositional phrase (`announced in a statement that ...`).
OBJECT_VERBS = set(words_for("cue_verbs", "uses", "object"))
ANNOUNCED_THING_RE = re.compile(r"\s+(?!(?:in|on|at|by|for|with|to|from|during|after|before|that|it|he|she|they|we)\b)"
                                r"[a-z\[]", re.IGNORECASE)
# Who enacts rather than advises: a law (own_voice.tsv, use law), Congress or its appropriations, a court, a
# public law's number.
ENACTED_BY_RE = re.compile(rf"(?<![\w.])(?:{alternation(words_for('own_voice', 'use', 'law'))}|Congress|[Cc]ourts?|"
                           r"jurisprudence|appropriations|P\.L\.|\d{3}-\d+)(?!\w)")
# Commitments and threats (`pledged to spend`, `is committed to supporting`, `threatened not to renew`): what
# follows `to` is the content when it is a verb, not a noun phrase (`funds committed to the project`).
COMMIT_RE = re.compile(rf"\b{alternation(words_for('cue_verbs', 'uses', 'commit'))}(?=\s+(?:not\s+)?(?P<to>to)\s+"
                       r"(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|any|all|each|every|some|"
                       r"no|such)\b)[a-z]+\b)", re.IGNORECASE)
# Concerns and support voiced about something (`stakeholders raised concerns with USACE incorporating ...`).
CONCERN_RE = re.compile(rf"\b(?P<cue>{alternation(words_for('cue_verbs', 'uses', 'voiced'))}\s+"
                        rf"{alternation(words_for('report_nouns', 'use', 'voiced'))}|"
                        # a concern nobody is named for: `There is growing concern that ...`
                        r"there\s+(?:is|are|has\s+been|have\s+been)\s+(?:(?:growing|widespread|increasing|mounting|"
                        r"serious|considerable|some|much|deep)\s+)?(?:concerns?|doubts?|fears?)(?=\s+that\s))"
                        r"\s+(?:with|about|over|regarding|for|that|on)\s+", re.IGNORECASE)
# Recommendations named as such, with what they ask (`GAO is making three recommendations to IRS to implement a
# plan ...`, `recommendations to State about mitigating risks`, `a list of recommendations for the Armed Forces to
# train ...`): the content starts after `to`, `that` or `about`.
RECOMMENDATION_NOUN_RE = re.compile(r"\b(?P<cue>recommendations?)\s+(?:(?:to|for)\s+(?:the\s+)?[A-Z][^\s,;]*"
                                    r"(?:\s+(?:of\s+)?[A-Z][^\s,;]*){0,5}\s+)?"
                                    r"(?:that|about|to(?!\s+(?:the|a|an|this|these|those|its|their|all|any|which|"
                                    r"whom)\b))\s+(?=[a-z])")
# Where a list of recommended actions goes on to its next one: a comma, maybe `and`, and a directive verb
# (`to implement a plan ..., update its workforce plan, and establish a team`).
_NEXT_ACTION_RE = re.compile(rf",\s+(?:and\s+)?(?={alternation(words_for('own_voice', 'use', 'imperative'))}\s)")
# Denials whose content may be a gerund's clause (`denied providing lethal aid to Russia`).
GERUND_DENIALS = set(words_for("cue_verbs", "uses", "gerund"))
# What a denial denies when no `that` follows it (`denied any involvement`, `rejected the claims`).
DENIED_THING_RE = re.compile(rf"\s+(?:\S+\s+){{0,4}}{alternation(words_for('report_nouns', 'use', 'denied'))}\b")
# Lenient cues: any verb in -ed or -s and the nouns of what is said before `that`, framings (`condemned the
# deployment as ...`), and hedges in any clause (`which may also explain`, `likely contributed`, `can result in`).
WIDE_THAT_RE = re.compile(
    rf"\b(?:\w+ed|\w+s|(?!(?:being|during|regarding|something|nothing|anything|everything)\b)\w+ing|"
    rf"{alternation(words_for('report_nouns', 'use', 'lenient'))}|remains to be seen)(?:\s+out)?"
    r"\s+(?:(?:on|in|about|over|last|this)\s+\w+\s+)?(?:that|whether)\s+", re.IGNORECASE)
FRAMING_RE = re.compile(rf"\b{alternation(words_for('cue_verbs', 'uses', 'framing'))}\w*\b"
                        r"(?=(?:\s+[^\s,.;]+){1,10}?\s+(?:as|on the grounds)\s)", re.IGNORECASE)
# Lenient hedges are matched in lower case only: `May 2025` is a month.
WIDE_HEDGE_RE = re.compile(rf"\b{alternation(words_for('hedge_words', 'use', 'lenient'))}\b")


# Verbs of belief whose negation denies their clause (`I don't think anything is inevitable`).
_BELIEF_VERBS = {"think", "believe"}
# A negation right before a reporting verb: what follows is not reported (`I can't tell you`, `did not say`).
_NEGATED_BEFORE_RE = re.compile(r"\b(?:can[’']?t|cannot|can\s+not|don[’']t|doesn[’']t|didn[’']t|won[’']t|"
                                r"(?:do|does|did|will|would|could)\s+not|never|not\s+to)\s+$", re.IGNORECASE)


def negated_before(text: str, at: int) -> bool:
    """Whether a negation ends right before `at` (a reporting verb there reports nothing)."""
    return _NEGATED_BEFORE_RE.search(text, max(0, at - 12), at) is not None


# A comma inside a list (`chemical, biological or nuclear weapons`): one to three words, then another comma or a
# coordinator; not an aside (`by, for example, ...`).
_LIST_COMMA_RE = re.compile(rf",(?!\s+(?:{ASIDES}|for instance|such as|including)\b)\s+[\w-]+(?:\s+[\w-]+){{0,2}}?"
                            r"(?:,|\s+(?:and|or)\s)")


# A deontic modal right before a directive verb (`Washington should urge Beijing to ...`): nobody has urged yet; the
# text advises that they do, and its modal clause is the recommendation (voice.py).
_ADVISED_DIRECTIVE_RE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:also\s+|now\s+|immediately\s+|"
                                   r"continue\s+to\s+)?$", re.IGNORECASE)


# A capitalised word right before: a cue word written capitalised after it is part of a name (`United States`,
# `Member States`), unless a headline capitalises every word (`Putin Says Russia Will ...`).
_IN_A_NAME_RE = re.compile(r"[A-Z][\w.’'-]*\s+$")
# A condition still open before a cue (no comma or semicolon since `if`, `unless` or `until`).
_CONDITION_OPEN_RE = re.compile(r"\b(?:if|unless|until)\b[^,;]*$", re.IGNORECASE)


def find_cues(text: str, start: int, end: int, lenient: bool = False) -> list[Cue]:
    """Cues in one sentence `text[start:end]` with the content span each governs (wider ones if `lenient`)."""
    sentence = text[start:end]
    cues: list[Cue] = []
    for match in re.finditer(r"\baccording to\b[^,]*,\s*", sentence, re.IGNORECASE):
        content_end = clause_end(text, start + match.end(), end)
        cues.append(Cue("claim", start + match.start(), start + match.start() + len("according to"),
                        *strip_content(text, start + match.end(), content_end)))
    for match in re.finditer(r"(?:,\s*)?\baccording to\b", sentence, re.IGNORECASE):
        if match.start() > 0 and not cues:
            cues.append(Cue("claim", start + match.start() + (len(match.group()) - len("according to")),
                            start + match.end(), *strip_content(text, start, start + match.start())))
    fronted = FRONTED_RE.match(sentence)
    if fronted:
        group = "cue" if fronted.group("cue") else "view"
        kind = "author" if group == "view" and _OWN_VIEW_RE.match(fronted.group("view")) else "claim"
        content = strip_content(text, start + fronted.end(), clause_end(text, start + fronted.end(), end))
        cues.append(Cue(kind, start + fronted.start(group), start + fronted.end(group), *content))
    for match in PARENTHETICAL_RE.finditer(sentence):
        cue_start, cue_end = start + match.start("cue"), start + match.end("cue")
        opening = leading_adverbials_end(sentence, match.start() + 2)
        if opening >= match.start():  # `As a result, the court explained, X`: X is the content
            content = strip_content(text, start + match.end(), clause_end(text, start + match.end(), end))
        else:  # `This justification failed, the court determined, because ...`: the clause is
            semicolon = sentence.rfind("; ", 0, match.start())
            clause_start = max(opening, semicolon + 2 if semicolon >= 0 else 0)
            content = strip_content(text, start + clause_start, clause_end(text, start + match.end(), end))
        # a pronoun's antecedent is sought before the sentence (`X, they wrote, Y`), not in the content around it
        pronoun = re.match(r",\s+(?:it|he|she|they)\s", match.group(), re.IGNORECASE)
        cues.append(Cue("claim", cue_start, cue_end, *content,
                        subject_start=start + match.start() + 1 if pronoun else None))
    for match in CONCERN_RE.finditer(sentence):
        cues.extend(_clause_cues(text, "claim", start + match.start(), start + match.start() + len(match.group("cue")),
                                 start + match.end(), end))
    for match in RECOMMENDATION_NOUN_RE.finditer(sentence):
        content_from = start + match.end()
        content_end = clause_end(text, content_from, end)
        joints = list(_NEXT_ACTION_RE.finditer(text, content_from, content_end))
        starts = [content_from] + [joint.end() for joint in joints]
        ends = [joint.start() for joint in joints] + [content_end]
        for item_start, item_end in zip(starts, ends):
            cues.append(Cue("recommendation", start + match.start("cue"), start + match.end("cue"),
                            *strip_content(text, item_start, item_end)))
    for match in COMMIT_RE.finditer(sentence):
        if re.search(r"\b(?:be|been|being|was|were)\s+$", sentence[: match.start()]):
            continue  # a passive: `the remaining funds could be pledged to support ...`
        content_from = start + match.end("to") + 1
        cues.extend(_clause_cues(text, "claim", start + match.start(), start + match.end(), content_from, end))
    for regex, kind in ((DENIAL_RE, "denial"), (REPORT_RE, "claim"), (RECOMMEND_RE, "recommendation")):
        for match in regex.finditer(sentence):
            if _IN_A_NAME_RE.search(sentence, 0, match.start()) and match.group()[0].isupper() and \
                    re.match(r"\s+[a-z]", sentence[match.end():]):
                continue  # a capitalised word inside a name (`the United States to continue ...`), not a verb
            if _CONDITION_OPEN_RE.search(sentence, 0, match.start()):
                continue  # a condition (`if the Secretary finds that ...`) states when, not what anyone says
            after = sentence[match.end():]
            # Without `that`, a participle used as an adjective, passive or gerund is no cue (`the announced coins`,
            # `ordered reported a bill`, `In announcing ...`, `contributions announced are ...`).
            progressive = match.group().lower().endswith("ing") and \
                re.search(r"\b(?:is|are|was|were|be|been)\s+$", sentence[: match.start()]) is not None
            adjectival = (ADJECTIVAL_USE_RE.search(sentence[: match.start()]) is not None and not progressive) or \
                re.match(r"\s+(?:are|is|was|were|by)\b", after) is not None
            that = THAT_AFTER_ADJUNCT_RE.match(after) or \
                (bare_complement(match.group(), after) if kind == "claim" and not adjectival else None)
            # who is to act, a list too (`directed the DNI, DOJ, FBI, and CIA to investigate`)
            target = re.match(r"\s+(?:[\w’'-]+,?\s+){1,12}?to\s+", after) if kind == "recommendation" else None
            if kind == "recommendation" and (_enacted(match.group(), sentence[: match.start()]) or
                                             _ADVISED_DIRECTIVE_RE.search(sentence[: match.start()])):
                continue  # what a law enacts; what someone should urge is the text's own advice, its modal the cue
            cue_kind = kind
            if negated_before(sentence, match.start()):
                belief = kind == "claim" and match.group().lower() in _BELIEF_VERBS
                that = that or (bare_complement("believe", after) if belief else None)
                if not (that and belief):
                    continue  # `I can't tell you how long ...`, `we did not say`, `did not ask us to`: nothing is said
                cue_kind = "denial"  # `I don't believe that X`, `I don't think X` deny X (seeds/README.md)
            if target and not _asked_about(match.group(), target.group()) and _directed_at(target.group()):
                content_from = start + match.end() + 1  # `urged Congress to act`: who is to act, and what
            elif that:
                content_from = start + match.end() + that.end()
            elif kind == "denial" and DENIED_THING_RE.match(after):
                content_from = start + match.end()
            elif kind == "denial" and match.group().lower() in GERUND_DENIALS \
                    and re.match(r"\s+(?:ever\s+|any\s+)?[a-z]{3,}ing\b", after):
                content_from = start + match.end() + 1  # `denied providing lethal aid to Russia`: the gerund's clause
            elif kind != "denial" and match.group().lower() in OBJECT_VERBS and ANNOUNCED_THING_RE.match(after) and \
                    not adjectival:
                # `announced the termination of the agreement, leading to ...`, `called for an investigation into
                # the sales`: the noun phrase is the content.
                content_from = start + match.end()
                comma = text.find(",", content_from, end)
                while comma >= 0 and _LIST_COMMA_RE.match(text, comma):
                    comma = text.find(",", comma + 1, end)  # past the commas of a list
                content = strip_content(text, content_from, min(clause_end(text, content_from, end),
                                                                comma if comma >= 0 else end))
                cues.append(Cue(kind, start + match.start(), start + match.end(), *content))
                continue
            else:
                continue
            cues.extend(_clause_cues(text, cue_kind, start + match.start(), start + match.end(), content_from, end))
    for match in QUOTING_RE.finditer(sentence):
        cue_start = start + match.start("cue")
        if ADJECTIVAL_USE_RE.search(sentence[: match.start()]) or any(c.start == cue_start for c in cues):
            continue
        cues.extend(_clause_cues(text, "claim", cue_start, start + match.end("cue"), start + match.end(), end))
    # A reporting clause after the sentence frames what it reports, requests included (`Beijing has called for
    # restraint, a Chinese spokesperson said.`).
    postposed = POSTPOSED_RE.match(sentence)
    verb = "verb1" if postposed and postposed.group("verb1") else "verb2"
    # the postposed verb itself read forward (`said a senior official`) does not count as a cue found
    if postposed and _postposed_clause(postposed) and \
            all(c.kind == "recommendation" or c.start == start + postposed.start(verb) for c in cues):
        quoted_from = _quotation_start(sentence, postposed.end("content"))
        content = strip_content(text, start + quoted_from, start + postposed.end("content"))
        subject = postposed.start("subj1") if verb == "verb1" else postposed.start("subj2")
        before_quote = [_ending_before(text, c, start + quoted_from - 1) for c in cues
                        if quoted_from and c.end <= start + quoted_from]
        return before_quote + [Cue("claim", start + postposed.start(verb), start + postposed.end(verb), *content,
                                   subject_start=start + subject, subject_end=end, inverted=verb == "verb1")]
    own = own_voice_cues(text, start, end, cues)
    # the text's own view of what should be done (`In our view, a better course would be to ...`) is its advice
    advice = [(c.content_start, c.content_end) for c in own if c.kind == "recommendation"]
    cues = [c for c in cues if not (c.kind == "author" and any(s < c.content_end and c.content_start < e
                                                               for s, e in advice))] + own
    if lenient:
        cues.extend(_wide_cues(text, start, end, cues))
    return [c for c in cues if c.content_end - c.content_start >= 8]


def _wide_cues(text: str, start: int, end: int, found: list[Cue]) -> list[Cue]:
    """Candidates the strict rules leave out, marked not strict; none repeats a content span already found."""
    sentence = text[start:end]
    taken = {(c.content_start, c.content_end) for c in found}
    wide: list[Cue] = []

    def add(kind: str, cue_start: int, cue_end: int, content_from: int) -> None:
        content = strip_content(text, content_from, clause_end(text, content_from, end))
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
            if CAN_TELL_RE.match(sentence, match.start()):
                continue  # a speaker's `I can't tell you`, `I can hear you`
            boundary = max(sentence.rfind(", ", 0, match.start()), sentence.rfind("; ", 0, match.start()))
            clause_from = boundary + 2 if boundary >= 0 else leading_adverbials_end(sentence, match.start())
            add("author", start + match.start(), start + match.end(), start + clause_from)
    return wide


def _quotation_start(sentence: str, content_end: int) -> int:
    """Where the quotation a postposed reporting clause reports opens, when it closes right at `content_end` and
    opens after a colon (`X advises the Secretary to release numbers: "I'd distribute a memo ...," it
    said.`: what was said is the quote, and the sentence before it keeps its own cues); else 0."""
    if sentence[content_end : content_end + 2].lstrip(",")[:1] not in ("”", '"'):
        return 0
    opening = max(sentence.rfind("“", 0, content_end), sentence.rfind('"', 0, content_end))
    return opening + 1 if opening > 0 and sentence[:opening].rstrip().endswith(":") else 0


def _ending_before(text: str, cue: Cue, at: int) -> Cue:
    """The cue with its content ending by `at` at the latest (before a quotation that another clause reports)."""
    return dataclasses.replace(cue, content_end=strip_content(text, cue.content_start, min(cue.content_end, at))[1])


def _postposed_clause(match: re.Match[str]) -> bool:
    """False where POSTPOSED_RE's content is an opening phrase (`In its 2024 report, the agency said.`) or its
    subject is no noun phrase (`..., unless otherwise noted.`)."""
    if match.group("content").split()[0].lower() in PREPOSITIONS and "," not in match.group("content"):
        return False
    subject = match.group("subj2")  # `foreign ministry spokesperson Mao Ning told reporters`: a name in it will do
    return subject is None or subject.split()[0].lower() in SPEAKER_OPENERS or re.search(r"\b[A-Z]", subject) is not None


def _enacted(cue: str, before: str) -> bool:
    """True for a directive a law, a bill, Congress or a court gives (`Congress directed the Army to deploy`, `the
    act directs the Secretary to hold a hearing`): it states what the law requires, not advice; an order or an
    official directing someone is a recommendation (`The Order directs the Secretary of Commerce to initiate`)."""
    return cue.lower().startswith(("direct", "instruct")) and ENACTED_BY_RE.search(before) is not None


def _directed_at(target: str) -> bool:
    """Whether the words between a directive verb and its `to` can be who is to act (`urge the President and the
    Congress to`), or a passive's `to` clause (`are being urged to take a moment to`): no auxiliary or copula
    among them, no preposition but a first `to` (not `would be directed to`, `directed to the State Department and
    to`, `requested for the war ... is`)."""
    words = target.split()[:-1]
    if words[0] == "to" and (len(words) < 2 or not re.fullmatch(r"[a-z]+", words[1]) or words[1] in DETERMINERS):
        return False  # `directed to the State Department and to`: a place the thing goes, not a clause
    lowered = [word.lower() for word in words]
    return lowered[0] not in PREPOSITIONS - {"to"} and not set(lowered) & AUXILIARIES and "to" not in lowered[1:]


def _asked_about(cue: str, target: str) -> bool:
    """True for `asked questions in relation to ...`: an `ask` whose object holds a preposition asks about
    something; `asked the court to enforce` asks someone to act."""
    return cue.lower().startswith("ask") and re.search(r"\b(?:in|of|for|about|on|with|at|from)\b", target) is not None


def _clause_cues(text: str, kind: str, cue_start: int, cue_end: int, content_from: int, sentence_end: int) -> list[Cue]:
    """The cues of one cue word whose content is the clause from `content_from`, one per `that` clause in it."""
    content = strip_content(text, content_from, clause_end(text, content_from, sentence_end))
    return [Cue(kind, cue_start, cue_end, *clause) for clause in that_clauses(text, *content)]
