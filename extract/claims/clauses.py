"""A cue and the clause it governs: the `Cue` record, and where its content span starts (after `that`, an adjunct,
a bare complement, a joint giving it a subject of its own) and ends (a dash, a semicolon, a contrast, a second
reporting participle), trimmed; coordinated clauses each with their own content."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from extract.claims.lexicon import alternation, words_for

# Verbs whose complement clause may follow without `that` (`Critics claim the programs ...`).
BARE_COMPLEMENT_VERBS = set(words_for("cue_verbs", "uses", "bare"))
INFINITIVE_VERBS = set(words_for("cue_verbs", "uses", "infinitive"))
# An object and a to-infinitive (`expects inflation to rise`), or a to-infinitive alone, whose verb starts the
# content (`expect to send more`).
_INFINITIVE_RE = re.compile(r"\s+to\s+(?=[a-z])|\s+(?=(?:[\w’'.-]+\s+){1,5}?to\s+[a-z])")
# A reporting participle after a comma ends one content clause and starts the next (`..., adding that ...`).
_NEXT_CLAIM = alternation(words_for("cue_verbs", "uses", "next"))
CLAUSE_OPENERS = set("the a an its their his her this these those it they he she we there some many no".split())
PRONOUN_OPENERS = set("it they he she we there".split())
PREPOSITIONS = set("for of in on at to from with by about under over between among into per than as".split())
OBJECT_BOUNDARIES = PREPOSITIONS | {"that", "which", "who", "and", "or"}
AUXILIARIES = set("is are was were will would can could has have had should may might must do does did".split())


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


# `that` after what may stand between a reporting verb and its clause: a prepositional phrase (`said in a statement
# on Monday that`, `wrote on X that`, `agreed with the plaintiffs that`), a day (`said Tuesday that`), the hearer of
# `told` (`told reporters that`, `told Fox News that`), an adverb (`argued more generally that`), or an aside
# (`argued, among other things, that`).
_PREPOSITIONAL = r"(?:in|on|at|during|before|after|via|over|through|with|to)(?:\s+(?!that\b)[\w’'.-]+,?){1,7}?"
# Asides set off by commas after a reporting verb; one starts its content clause, not a parenthetical cue's.
ASIDES = r"(?:among other things|in part|in particular|for example|however)"
# A verb and its object right after `that` (`cable projects that connect the islands`): a relative clause, whose
# `that` has no subject after it; not a preposition, conjunction, quantifier or gerund opening a content clause
# (`said that in the past ...`, `said that all the ...`, `argued that ending the war ...`).
_NOT_VERBS = ("during|after|before|since|despite|amid|among|within|without|across|against|through|toward|towards|"
              "around|upon|beyond|all|both|half|only|even|just|once|because|when|while|if|although|though|unless|"
              "until|whereas|whether|and|but|or|nor|so|yet|then|now|also|not|never|perhaps|where|what|how|why|who|"
              "which|many|most|some|much|none|each|every|one|two|three|such|more|less|there|here|" +
              "|".join(sorted(PREPOSITIONS)))
_RELATIVE_VERB = (rf"(?!(?:{_NOT_VERBS})\b)[a-z]+(?<!ing)(?<!ly)\s+"
                  r"(?:the|a|an|its|their|our|his|her|these|those)\s")
THAT_AFTER_ADJUNCT_RE = re.compile(
    rf"(?:\s+{_PREPOSITIONAL}(?:\s+{_PREPOSITIONAL})*|"
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)|"
    r"(?:\s+(?:more\s+|most\s+)?[a-z]{3,}ly){1,2}(?=\s+that\b)|"
    r"\s+(?:reporters|journalists|lawmakers|legislators|Congress|the\s+press|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    r"(?=\s+(?:(?:in|on)\s+\w+\s+)?that\b)|"
    rf",\s+{ASIDES},)?(?<!\bin)\s+that,?\s+"
    r"(?!(?:was|were|is|are|has|have|had)\b)"  # not `in that`, nor a relative `that` (`in the notice that was ...`,
    rf"(?!{_RELATIVE_VERB})")  # `projects that connect the islands`)


def shared_chars(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share if that is at least half the shorter one (the scorer would match either to one
    gold claim), else 0."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap if overlap > 0 and 2 * overlap >= min(a[1] - a[0], b[1] - b[0]) else 0


# What a frame of advice calls a course of action (`it is vital that`, `it's essential to`).
VITAL = r"[\"“]?(?:vital|essential|critical|imperative|crucial|necessary|important)\b"
# A quotation mark opening right before a position, spaces aside (`said: “Stop the shelling`).
_QUOTE_OPENS_RE = re.compile(r"[\"“]\s*$")
# A sentence's opening conjunction, which a content starts after (`“But it’s vital to ...”`: seeds/README.md), not
# one that opens a phrase (`So far`, `And that`).
_CONJUNCTION = r"(?:But|And|Yet|Or|So)\s+(?!far\b|much\b|many\b|long\b|that\b)"
_OPENING_CONJUNCTION = re.compile(_CONJUNCTION + r"(?=[a-z]|I\b)")


def strip_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a content span: leading `that` (not the subject `That will ...`)/punctuation/bullet/space and a sentence's
    opening conjunction, trailing period, quotes and spaces."""
    while start < end:
        if _complementiser(text, start):
            start += 5
        elif text[start] in " ,:;\u2014-\u2022\"\u201c":
            start += 1
        else:
            break
    opening = _OPENING_CONJUNCTION.match(text, start, end)
    start = opening.end() if opening else start
    while end > start and text[end - 1] in " .,;:\"\u201d\u2019'[(":
        end -= 1
    return start, end


def quote_opens_before(text: str, at: int) -> bool:
    """Whether a quotation mark opens right before `at`, spaces aside: a content or claim that starts a quotation."""
    return _QUOTE_OPENS_RE.search(text, max(0, at - 40), at) is not None


def _complementiser(text: str, at: int) -> bool:
    """Whether a `that` opens the content at `at` as a complementiser, not as a sentence's subject before its
    auxiliary (`That will dent ...`; `That is,` is a discourse marker)."""
    if text[at : at + 5].lower() != "that ":
        return False
    subject = re.match(r"That (\w+)\b(?!,)", text[at : at + 20])
    return not (subject and subject.group(1) in AUXILIARIES)


def that_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A content span `X and that Y` (or `X, that Y`, `X, but that Y`) as its two claims (`the NOFO was cancelled and
    that FEMA will cancel ...`)."""
    clauses, position = [], start
    for match in re.finditer(r",?\s+(?:and|but)\s+that\s+|,\s+that\s+", text[start:end]):
        clauses.append(strip_content(text, position, start + match.start()))
        position = start + match.end()
    clauses.append(strip_content(text, position, end))
    return clauses


def clause_end(text: str, start: int, sentence_end: int) -> int:
    """Where the clause beginning at `start` ends: a dash, a semicolon, a contrastive conjunction, a consequence the
    speaker draws as advice (`, so it's essential that ...`, `, so we must ...`), a second reporting participle
    (`, adding that`), outside brackets (`(90% of families; 91% of professionals)` stays in), or the sentence end."""
    span = text[start:sentence_end]
    for match in re.finditer(r"\s[\u2014\u2013]\s|;\s|\s--\s|,?\s(?:while|whereas)\s|"
                             r",\s(?:but(?!\sthat\s)|though|although)\s|"  # `, but that` goes on reporting
                             rf",\sso\s(?=(?:it\s+is\s+|it[’']s\s+)(?:\w+\s+)?{VITAL}|"
                             r"(?:we\s+(?:must|need|should|have\s+to)|let\s+us|let[’']s)\b)|"
                             rf",[”\"’]?\s{_NEXT_CLAIM}\s+that\s", span):
        if span.count("(", 0, match.start()) <= span.count(")", 0, match.start()):  # not inside brackets
            return start + match.start()
    return sentence_end


def leading_adverbials_end(sentence: str, limit: int) -> int:
    """Where the main clause starts: after `Reportedly,`, `In June 2025,`, `As X evolve,`-style openers, a
    discourse word or a vocative set off by its comma (`Well,`, `In fact,`, `Mr. Speaker,`) and a sentence's opening
    conjunction (`But we must ...`: seeds/README.md, the content starts at its subject)."""
    position = 0
    while True:
        match = re.match(_CONJUNCTION + r"(?=[a-z]|I\b|[A-Z][a-z]+\s)|"
                         r"(?:In\s+fact|That\s+is|Well|Now|Yes|Secondly|Thirdly|Lastly|Frankly|Unfortunately|"
                         r"Fortunately|Sadly|"
                         r"Going\s+forward|Moving\s+forward|Looking\s+ahead|In\s+the\s+meantime|At\s+the\s+same\s+time|"
                         r"In\s+the\s+long\s+run|Over\s+time|"
                         r"Again|(?:Mr\.?|Madam|Madame)\s+(?:Speaker|President|Chairman|Chair)),\s*|"
                         r"(?:Reportedly|Allegedly|However|Thus|Therefore|Instead|Meanwhile|Moreover|Further|"
                         r"Nonetheless|Nevertheless|Still|Indeed|Importantly|Crucially|Notably|Similarly|Specifically|"
                         r"Likewise|Consequently|Hence|Currently|Today|Of course|In short|"
                         r"In sum|In particular|"
                         r"(?:In|On|By|From|During|As|While|When|If|Once|After|Before|Since|Although|Because|"
                         r"Given|Until|Unless|For|Under|With|To|Accordingly|Additionally|Finally|Ultimately|"
                         r"First|Second|Third|Especially|Particularly|Without|Despite|Absent|Amid|Following|"
                         r"In addition|In response|As such|To that end|"
                         r"On the contrary)\b"
                         r"[^,]{0,120}),\s*", sentence[position:limit],
                         re.IGNORECASE)
        if not match:
            return position
        position += match.end()


def bare_complement(verb: str, after: str) -> re.Match[str] | None:
    """The start of a complement clause without `that`: a determiner or pronoun, a quotation, (in a headline,
    where the verb is capitalised) a capitalised word, or for a forecast verb a to-infinitive's subject or verb."""
    if verb.lower() in INFINITIVE_VERBS and _INFINITIVE_RE.match(after):
        return _INFINITIVE_RE.match(after)
    if verb.lower() not in BARE_COMPLEMENT_VERBS:
        return None
    match = re.match(r"\s+(?=([\w’']+|[‘“\"]))", after)
    if not match:
        return None
    word = re.sub(r"[’'](?:s|re|ll|d|ve|m)$", "", match.group(1))  # `it’s`, `we’ll`: the pronoun opens the clause
    if word.lower() in CLAUSE_OPENERS and noun_phrase_object(after[match.end():]):
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
    for position, word in enumerate(words[1:5], start=1):
        following = words[position + 1].lower() if position + 1 < len(words) else ""
        if word.lower() in AUXILIARIES or word.lower() in ("need", "needs", "ought") and following == "to":
            return True  # `candidates need to address ...` too
        if not re.fullmatch(r"[\w’'-]+", word) or word.lower() in OBJECT_BOUNDARIES:
            return False
    return False


def noun_phrase_object(after: str) -> bool:
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


# Where a second clause of advice is joined to the first: a comma or semicolon and a conjunction, or a bare
# conjunction, then its subject of at most four words (`..., and we need to ...`, `..., Congress, too, must act`).
COORDINATION_RE = re.compile(r"(?:[,;]\s+(?:and\s+|but\s+|so\s+|or\s+)?|\s(?:and|but|or)\s+)")


# Words in a coordinated clause's subject that make its modal a relative or embedded clause's.
EMBEDDING_RE = re.compile(r"\b(?:that|which|who|if|when|because|whether|how|what|where|why|all|everything|"
                          r"anything|nothing|whatever|as)\b", re.IGNORECASE)
# A prediction joins the one before it with a conjunction (`..., and it will help ...`), not a bare comma.
CONJOINED_RE = re.compile(r"(?:[,;]\s+|\s)(?:and|but|or|so)\s+")


# A clause joined to the one before it with its own subject: after a semicolon, or a comma and a conjunction.
CLAUSE_JOINT_RE = re.compile(r";\s+|,\s+(?:and|but|so|yet)\s+")


def last_subject_joint(span: str, joints: re.Pattern[str], clause_words: int = 0) -> Optional[re.Match[str]]:
    """The last of `joints` in `span` after which a subject of its own runs to the span's end: one to four words,
    no relative or embedding word; with `clause_words`, only after a clause of at least that many words since the
    last comma or semicolon (not a list's `states, territories, and DC`)."""
    return next((j for j in reversed(list(joints.finditer(span)))
                 if 1 <= len(span[j.end():].split()) <= 4 and not EMBEDDING_RE.search(span[j.end():]) and
                 len(re.split(r"[,;]", span[: j.start()])[-1].split()) >= clause_words), None)


def own_clause_start(sentence: str, at: int) -> int:
    """Where the clause of the modal or hedge at `at` starts: after the sentence's leading adverbials, or after the
    last joint before it that gives it a subject of its own of at most four words after a clause of at least four
    (`Our military is stretched, and we must ...` -> `we must ...`; not a list's `states, territories, and DC`), as
    seeds/README.md's contents start at their clause's subject."""
    start = leading_adverbials_end(sentence, at)
    joint = last_subject_joint(sentence[start:at], CLAUSE_JOINT_RE, clause_words=4)
    return start + joint.end() if joint else start


def coordinated(sentence: str, clauses: list[tuple[int, re.Match[str], int]], later: list[re.Match[str]],
                joints: re.Pattern[str] = COORDINATION_RE) -> list[tuple[int, re.Match[str], int]]:
    """`clauses` followed by each of the `later` modals that a coordination (`joints`) gives a subject of its own of
    at most four words (`..., and we need to ...`, `..., Congress, too, must act`, `..., and it will help ...`); not
    a relative or embedded clause (`and do everything we can`, `and how we can get it`)."""
    for modal in later:
        joint = last_subject_joint(sentence[clauses[-1][1].end() : modal.start()], joints)
        if joint is not None:
            offset = clauses[-1][1].end()
            clauses.append((offset + joint.end(), modal, offset + joint.start()))
    return clauses


def clause_contents(text: str, start: int, end: int, clauses: list[tuple[int, re.Match[str], int]]
                    ) -> list[tuple[re.Match[str], tuple[int, int]]]:
    """Each coordinated clause's modal and content span (`coordinated`'s clauses of the sentence `text[start:end]`):
    from where the clause starts to its end, or to where the next clause's joint begins."""
    contents = []
    for index, (clause_start, modal, _) in enumerate(clauses):
        content_end = clause_end(text, start + modal.start(), end)
        if index + 1 < len(clauses):
            content_end = min(content_end, start + clauses[index + 1][2])
        contents.append((modal, strip_content(text, start + clause_start, content_end)))
    return contents


# An embedded question a word is in (`whether the United States should ...`, `disagree about what Congress should
# do`, `the opposite of what we should be doing`, `the extent to which USPS should be ...`): it asks, not advises.
_EMBEDDED_QUESTION_RE = re.compile(
    r"(?:\bwhether|\b(?:about|of|on|over|as\s+to|to|decide[sd]?|determine[sd]?|consider|debate[sd]?|discuss(?:es|ed)?|"
    r"know|ask(?:s|ed)?|unclear|uncertain|understand|explain|examine|assess)\s+(?:what|which|how|who|whom|where|when)|"
    r"\b(?:extent|degree)\s+to\s+which)\b(?:(?!\bbut\b)[^,;])*$", re.IGNORECASE)


def in_embedded_question(before: str) -> bool:
    """Whether a word after `before`, the sentence up to it, sits in an embedded question (`_EMBEDDED_QUESTION_RE`)
    or in one that is the sentence's subject (`How schools should treat X has ...`); not a title's `Why` (`Why the
    U.S. Should Rethink Its Iran Strategy` argues what it asks)."""
    return _EMBEDDED_QUESTION_RE.search(before) is not None or \
        re.match(r"\W*(?:How|What|When|Where|Whether)\b[^,;]*$", before) is not None
