"""Who makes a claim: the actor, role noun or pronoun that is the subject of its cue, as an actor's canonical.

Role nouns (`the Secretary`, `the court`) resolve to the actor they name in the brief; a pronoun to the source of
the previous sentence's claim when its kind agrees, else to the last actor before; a second reporting verb of a
sentence (`..., but contended that`) to the sentence's subject.
"""

from __future__ import annotations

import re
from typing import Optional

from extract.claims.lexicon import alternation, words_for
from extract.normalise.actors import us_states, world_table
from extract.records import Actor, DocumentRecord, named_source

# An actor right after a preposition is an oblique (`testimony before the House Appropriations Committee`), not
# the subject who speaks; another actor nearby is preferred as the source.
_OBLIQUE_RE = re.compile(r"\b(?:before|in|of|by|for|with|to|from|at|on|under|against|within|among)\s+(?:the\s+)?$",
                         re.IGNORECASE)
PRONOUN_PERSON = {"he", "she", "his", "her"}
PRONOUN_ANY = {"they", "it", "its", "their"}
# `We urge ...`, `I believe ...`, `we're committed to ...` outside a quotation: the text's own voice speaks.
FIRST_PERSON = {"we", "i", "we're", "we’re", "we've", "we’ve", "we'll", "we’ll", "i'm", "i’m", "i've", "i’ve",
                "i'll", "i’ll"}
# Words between a subject and its verb (`We are firmly committed`, `I want to acknowledge`, `we will continue to
# press for`, `We have long called for`); `-ly` adverbs too.
_SUBJECT_AUXILIARIES = {"am", "are", "is", "was", "were", "have", "has", "had", "will", "would", "do", "did", "not",
                        "also", "all", "now", "still", "can", "could", "should", "must", "may", "might", "shall",
                        "just", "always", "never", "to", "want", "wish", "like", "need", "going", "continue",
                        "long", "again", "once", "already", "too"}
# Role nouns (role_nouns.tsv): a person's title, an organisation, and a document a source issued (`the complaint`,
# `the letter`, `the concurrence`), which speaks for the source last named.
PERSON_ROLES = set(words_for("role_nouns", "role", "person"))
ORG_ROLES = set(words_for("role_nouns", "role", "body"))
DOCUMENT_ROLES = set(words_for("role_nouns", "role", "document"))
# A role noun as the subject right before a cue (`the Secretary of Transportation concluded`, `the court held`, `The
# Court, applying strict scrutiny, has concluded`), or as the object of `according to` (`According to the
# Secretary, ...`): it names an actor of the brief.
ROLE_SUBJECT_RE = re.compile(r"\bthe\s+(?:federal\s+|[A-Z][\w-]*\s+)?"
                             rf"(?P<role>{alternation(PERSON_ROLES | ORG_ROLES | DOCUMENT_ROLES)})"
                             r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.]*)*)?"
                             r"(?:\s*,[^,]{1,60},)?(?:\s+(?:also|further|then|later|previously|similarly|again|thus|"
                             r"therefore|ultimately|subsequently|has|have|had|did|does|do|[a-z]+ly))*\s*,?\s*$",
                             re.IGNORECASE)
# A second reporting verb of the same subject (`The Secretary acknowledged that ..., but contended that`).
COORDINATED_RE = re.compile(r"(?:,\s*|\s)(?:but|and)\s+(?:also\s+|further\s+|then\s+)?$")
ROLE_AT_START_RE = re.compile(r"(?:[^,]{0,60},\s*)?[Tt]he\s+(?:[A-Z][\w-]*\s+)?"
                              rf"(?P<role>{alternation(PERSON_ROLES | ORG_ROLES)})\b", re.IGNORECASE)


def claim_source(text: str, record: DocumentRecord, sentence_start: int, cue_start: int, cue_end: int,
                 previous: str = "UNKNOWN", antecedents_end: Optional[int] = None) -> str:
    """The actor making the claim: the sentence's subject for a second verb of it (`..., but contended that`); a
    role noun right before the cue (or after `according to`) resolved to the actor it names; else the nearest
    actor before the cue in its sentence, else after it (`according to X`), else a pronoun resolved to the
    `previous` sentence's source or the last actor before `antecedents_end` (default `sentence_start`; a reporting
    clause after its content passes the sentence's own start, so the content names no antecedent), `we` or `I`
    outside a quotation AUTHOR; else UNKNOWN."""
    before = [a for a in record.actors if sentence_start <= a.start and a.end <= cue_start]
    earlier = [a for a in record.actors if a.end <= cue_start]
    if COORDINATED_RE.search(text[sentence_start : cue_start]):
        subject = _sentence_subject(text, before, earlier, sentence_start)
        if subject is not None:
            return subject.canonical
    if text[cue_start:cue_end].lower() == "according to":
        phrase_end = re.search(r"[,:\n]|(?<![A-Z])\.(?:\s|$)|$", text[cue_end : cue_end + 120])
        limit = cue_end + (phrase_end.start() if phrase_end else 120)
        named = following_source(text, record, cue_end, limit)
        if named != "UNKNOWN":
            return named
        if re.match(r"\s*(?:our|my)\s", text[cue_end:limit], re.IGNORECASE) and not _quoted(text, cue_start):
            return "AUTHOR"  # `according to our estimates`: the text's own figures
        role = ROLE_SUBJECT_RE.search(text[cue_end:limit])
    else:
        limit = cue_end
        role = ROLE_SUBJECT_RE.search(text[sentence_start : cue_start])
    if role is not None:
        referent = _role_source(text, earlier, role, previous)
        if referent is not None:
            return referent
    if text[cue_start:cue_end].lower() == "according to" and cue_start > sentence_start and \
            text[limit : limit + 1] not in (",", ":"):
        return "UNKNOWN"  # `X ..., according to analysts.`: the actors before it are in what it reports
    near = [a for a in before if cue_start - a.end < 120]
    subjects = [a for a in near if not _oblique(text, sentence_start, a)]
    if subjects:
        return _preferred(subjects[-3:]).canonical
    head = text[sentence_start : cue_start].strip().lower()
    before_sentence = [a for a in record.actors
                       if a.end <= (sentence_start if antecedents_end is None else antecedents_end)]
    words = [w for w in head.split() if w not in ("also", "further", "then", "later", "previously", "again")]
    last_word = words[-1] if words else ""
    if (_first_person(words) or _SELF_REFERENCE_RE.search(text[sentence_start:cue_start].strip())) and \
            not _quoted(text, cue_start):
        return "AUTHOR"  # the brief's own voice, or its speaker's or issuer's (speakers.attribute_own_voice)
    if last_word in PRONOUN_PERSON | PRONOUN_ANY:
        previous_labels = {a.label for a in record.actors if a.canonical == previous}
        if previous_labels and ("PERSON" in previous_labels) == (last_word in PRONOUN_PERSON):
            return previous
    if last_word in PRONOUN_PERSON:
        people = [a for a in before_sentence if a.label == "PERSON"]
        return people[-1].canonical if people else "UNKNOWN"
    if last_word in PRONOUN_ANY:
        orgs = [a for a in before_sentence if a.label in ("ORG", "PERSON", "GPE")]
        return orgs[-1].canonical if orgs else "UNKNOWN"
    return "UNKNOWN"


# Words that end the speaker's own noun phrase after a following cue: what comes after them is an oblique or a
# second conjunct (`CRS analysis of data on HHS grants`, `a study based on data from NIH-funded institutions`),
# unless a title or a speaker's role comes before them (`Secretary of State Marco Rubio`, `members of the Caucus`).
_PHRASE_BREAK_RE = re.compile(r"(?P<before>[\w.-]*)\s+(?:of|on|from|by|in|for|with|at|about|among|based|and|or|who|"
                              r"which|that)\b", re.IGNORECASE)
# Who told the writer: `CRS discussions with the Army`, `discussions between CRS and the Army` report what the
# Army said.
_TOLD_RE = re.compile(rf"\b{alternation(words_for('role_nouns', 'role', 'told'))}\s+(?:with|between\s+CRS\s+and)\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)
# Who speaks for a body: a person's title, `Members`, `officials`.
_SPEAKER_ROLE_RE = re.compile(alternation(PERSON_ROLES | set(words_for("role_nouns", "role", "speaker"))),
                              re.IGNORECASE)


# The brief naming itself as the one who says (`This brief argues that ...`, `Our analysis suggests ...`, `The author
# contends that ...`, `the Brief cautions that ...`: its own kind capitalised).
_SELF_REFERENCE_RE = re.compile(r"\b(?:(?:this|our|the\s+present)\s+(?:policy\s+|issue\s+)?(?:brief|report|paper|memo|"
                                r"analysis|commentary|article|study|essay|piece|chapter|assessment|research|findings|"
                                r"insight)|the\s+authors?|the\s+(?-i:Brief|Paper|Memo|Commentary|Essay))"
                                r"(?:\s+(?:also|further|therefore|thus|[a-z]+ly))*$", re.IGNORECASE)


def _first_person(words: list[str]) -> bool:
    """Whether the words before a cue end in `we` or `I`, past auxiliaries and adverbs (`We are firmly committed`, `I
    particularly want to call on`), or in `our` or `my` owning a cue noun (`We reiterate our demand that`)."""
    if words and words[-1] in ("our", "my"):
        return True
    while words and (words[-1] in _SUBJECT_AUXILIARIES or words[-1].endswith("ly")):
        words = words[:-1]
    return bool(words) and words[-1] in FIRST_PERSON


def _quoted(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation opened earlier in its paragraph (curly quotes, or an odd number of
    straight ones)."""
    paragraph = text[text.rfind("\n", 0, at) + 1 : at]
    return paragraph.count("\u201c") > paragraph.count("\u201d") or paragraph.count('"') % 2 == 1


def _speaker_role(word: str) -> bool:
    """True for a word naming who speaks for a body (`spokesperson`, `Members`, `officials`)."""
    return _SPEAKER_ROLE_RE.fullmatch(word) is not None


def _ends_phrase(gap: str) -> bool:
    """True when `gap`, the words between a following cue (or an actor) and the next actor, leaves the speaker's
    noun phrase (see `_PHRASE_BREAK_RE`)."""
    for found in _PHRASE_BREAK_RE.finditer(" " + gap):
        word = found.group("before")
        if found.group().split()[-1].lower() in ("and", "or") or \
                not (word[:1].isupper() or _speaker_role(word) or _STATEMENT_RE.fullmatch(word)):
            return True  # but `a survey by the Pew Research Center` names who speaks
    return False


def following_source(text: str, record: DocumentRecord, cue_end: int, limit: int) -> str:
    """The source named after its cue (`..., said Foreign Minister Abbas Araghchi`, `according to X`): the
    speaker-like one of the actors in the noun phrase right after the cue, before any preposition or `and`;
    UNKNOWN when there is none, or when a place or nationality only describes an unnamed speaker (`a Philippine
    government official`)."""
    head: list[Actor] = []
    position = cue_end
    for actor in (a for a in record.actors if cue_end <= a.start < limit):
        if _TOLD_RE.search(text[cue_end : actor.start]):  # `according to CRS discussions with the Army`
            head = [actor]
            break
        if _ends_phrase(text[position : actor.start]):
            break
        head.append(actor)
        position = actor.end
    if not head:
        return "UNKNOWN"
    chosen = _preferred(head[:3])
    indefinite = re.match(r"\s*(?:an?|one|some)\s", text[cue_end : head[0].start], re.IGNORECASE)
    modifier = chosen.label in ("NORP", "GPE") and re.match(r"\s+[a-z]", text[chosen.end : chosen.end + 3])
    return "UNKNOWN" if indefinite and modifier else chosen.canonical


def _sentence_subject(text: str, before: list[Actor], earlier: list[Actor], sentence_start: int) -> Optional[Actor]:
    """The subject at the start of a sentence (after an opening phrase): a role noun resolved to its actor, or
    the first actor there that is not the object of a preposition."""
    opening = text[sentence_start : sentence_start + 100]
    role = ROLE_AT_START_RE.match(opening)
    if role is not None:
        return _role_referent(text, earlier, role.group("role"))
    lead = opening.find(", ") + 2 if 0 <= opening.find(", ") < 60 else 0  # after an opening phrase
    first = [a for a in before if a.start - sentence_start <= lead + 20 and not _oblique(text, sentence_start, a)]
    return first[0] if first else None


# What a speaker writes: `the declaration of David Richardson stated`, `a report by GAO found` name who speaks.
_STATEMENT_RE = re.compile(alternation(words_for("role_nouns", "role", "statement")), re.IGNORECASE)


def _oblique(text: str, sentence_start: int, actor: Actor) -> bool:
    """True when the actor is the object of a preposition, unless a speaker's role governs it (`Members of the
    Congressional Food Safety Caucus`, `a spokesperson for the ministry`) or it wrote a statement (`the
    declaration of David Richardson`): then it names who speaks."""
    window = text[max(sentence_start, actor.start - 40) : actor.start]
    found = _OBLIQUE_RE.search(window)
    if found is None:
        return False
    role = re.search(r"([\w-]+)\s*$", window[: found.start()])
    if role is None:
        return True
    by_writer = found.group().split()[0].lower() in ("of", "by") and _STATEMENT_RE.fullmatch(role.group(1))
    return not (_speaker_role(role.group(1)) or by_writer)


def _role_source(text: str, earlier: list[Actor], role: re.Match[str], previous: str) -> Optional[str]:
    """The source a role noun right before a cue names: a government its country (`the Chinese government` ->
    China; `the federal government`, or `the government` in a brief that names no other country, -> United
    States), a document its issuer (the `previous` named source), else the actor `_role_referent` finds."""
    word = role.group("role").lower()
    if word == "government":
        modifier = re.search(r"\bthe\s+([A-Z][\w.-]*)\s+government", role.group(), re.IGNORECASE)
        place = world_table().get(modifier.group(1), ("", "")) if modifier else ("", "")
        if place[1] in ("GPE", "NORP"):
            return place[0]
        countries = {a.canonical for a in earlier if a.label in ("GPE", "NORP") and a.canonical not in us_states()
                     and world_table().get(a.canonical, ("", ""))[1] == "GPE"}
        if "federal" in role.group().lower() or countries <= {"United States"}:
            return "United States"
        return None
    if word in DOCUMENT_ROLES:
        return previous if named_source(previous) else None
    referent = _role_referent(text, earlier, role.group("role"))
    return referent.canonical if referent is not None else None


def _role_referent(text: str, earlier: list[Actor], written: str) -> Optional[Actor]:
    """The actor a role noun, as `written`, names: for a person's role, the last PERSON introduced with that title
    (`Secretary of Transportation Sean Duffy`); `the Court` capitalised, as legal writing uses it, the Supreme Court
    once the brief names it; `the State`, the US state last named; for a body, the last ORG whose name holds the
    word (`the court` -> `U.S. District Court ...`), else the last ORG, PERSON or GPE before it."""
    role = written.lower()
    supreme = [a for a in earlier if a.canonical in ("Supreme Court", "U.S. Supreme Court")]
    if written == "Court" and supreme:
        return supreme[-1]
    if role == "state":  # `the State maintains`: the US state the brief last named
        states = [a for a in earlier if a.canonical in us_states()]
        return states[-1] if states else None
    if role in PERSON_ROLES:
        titled = [a for a in earlier if a.label == "PERSON" and role in text[max(0, a.start - 60) : a.start].lower()]
        return titled[-1] if titled else None
    named = [a for a in earlier if a.label == "ORG" and role in a.canonical.lower()]
    if named:
        return named[-1]
    # `the company` or `the firm` is an organisation, never the person or place named last
    labels = ("ORG",) if role in _ORGANISATION_ROLES else ("ORG", "PERSON", "GPE")
    bodies = [a for a in earlier if a.label in labels]
    return bodies[-1] if bodies else None


# Body role nouns that can only name an organisation (not `the administration` or `officials`, which may stand for a
# government or a person's team).
_ORGANISATION_ROLES = {"agency", "agencies", "bureau", "commission", "committee", "company", "council", "firm",
                       "institute", "ministry", "office"}


def _preferred(actors: list[Actor]) -> Actor:
    """Among nearby actors, a PERSON or ORG (the speaker) over a GPE or NORP modifier; the last one wins."""
    for label in ("PERSON", "ORG", "GPE"):
        chosen = [a for a in actors if a.label == label]
        if chosen:
            return chosen[-1]
    return actors[-1]


# Between a coordinated source and its cue (`Uber and Lyft have also argued`), and between the two sources.
_SUBJECT_TO_CUE_RE = re.compile(r"(?:[’']s?)?(?:\s+(?:have|has|had|also|both|each|jointly|separately|further))*\s*,?\s*$")
_AND_RE = re.compile(r"\s*,?\s+(?:and|&)\s+(?:the\s+)?$")


def coordinated_partner(text: str, record: DocumentRecord, sentence_start: int, cue_start: int,
                        source: str) -> Optional[str]:
    """The other actor of a coordinated subject (`Uber and Lyft argued`, `CDC and FDA identified`) when `source`
    is its second member: the statement is both of theirs, one claim each (seeds/README.md)."""
    before = [a for a in record.actors if sentence_start <= a.start and a.end <= cue_start]
    if len(before) < 2 or before[-1].canonical != source or not _SUBJECT_TO_CUE_RE.fullmatch(text[before[-1].end : cue_start]):
        return None
    first, second = before[-2], before[-1]
    if not _AND_RE.fullmatch(text[first.end : second.start]) or first.canonical == second.canonical or \
            first.label != second.label:
        return None
    return first.canonical

