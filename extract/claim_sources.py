"""Who makes a claim: the actor, role noun or pronoun that is the subject of its cue, as an actor's canonical.

Role nouns (`the Secretary`, `the court`) resolve to the actor they name in the brief; a pronoun to the source of
the previous sentence's claim when its kind agrees, else to the last actor before; a second reporting verb of a
sentence (`..., but contended that`) to the sentence's subject.
"""

from __future__ import annotations

import re
from typing import Optional

from extract.records import Actor, DocumentRecord

# An actor right after a preposition is an oblique (`testimony before the House Appropriations Committee`), not
# the subject who speaks; another actor nearby is preferred as the source.
_OBLIQUE_RE = re.compile(r"\b(?:before|in|of|by|for|with|to|from|at|on|under|against|within|among)\s+(?:the\s+)?$",
                         re.IGNORECASE)
PRONOUN_PERSON = {"he", "she", "his", "her"}
PRONOUN_ANY = {"they", "it", "its", "their"}
PERSON_ROLES = ("spokesperson|spokesman|spokeswoman|secretary|president|minister|official|administrator|director|"
                "governor|chair|chairman|chairwoman|commissioner|ambassador|judge|senator|general|chancellor")
ORG_ROLES = ("ministry|agency|agencies|department|court|administration|company|firm|government|officials|commission|"
             "committee|office|bureau|service|army|navy|institute|council")
# A role noun as the subject right before a cue (`the Secretary of Transportation concluded`, `the court held`), or
# as the object of `according to` (`According to the Secretary, ...`): it names an actor of the brief.
ROLE_SUBJECT_RE = re.compile(rf"\bthe\s+(?:[A-Z][\w-]*\s+)?(?P<role>{PERSON_ROLES}|{ORG_ROLES})"
                             r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w.]*)*)?"
                             r"(?:\s+(?:also|further|then|later|previously))?\s*,?\s*$", re.IGNORECASE)
# A second reporting verb of the same subject (`The Secretary acknowledged that ..., but contended that`).
COORDINATED_RE = re.compile(r"(?:,\s*|\s)(?:but|and)\s+(?:also\s+|further\s+|then\s+)?$")
ROLE_AT_START_RE = re.compile(rf"(?:[^,]{{0,60}},\s*)?[Tt]he\s+(?:[A-Z][\w-]*\s+)?(?P<role>{PERSON_ROLES}|{ORG_ROLES})\b",
                              re.IGNORECASE)


def claim_source(text: str, record: DocumentRecord, sentence_start: int, cue_start: int, cue_end: int,
                 previous: str = "UNKNOWN") -> str:
    """The actor making the claim: the sentence's subject for a second verb of it (`..., but contended that`); a
    role noun right before the cue (or after `according to`) resolved to the actor it names; else the nearest
    actor before the cue in its sentence, else after it (`according to X`), else a pronoun resolved to the
    `previous` sentence's source or the last actor before; else UNKNOWN."""
    before = [a for a in record.actors if sentence_start <= a.start and a.end <= cue_start]
    earlier = [a for a in record.actors if a.end <= cue_start]
    if COORDINATED_RE.search(text[sentence_start : cue_start]):
        subject = _sentence_subject(text, before, earlier, sentence_start)
        if subject is not None:
            return subject.canonical
    if text[cue_start:cue_end].lower() == "according to":
        phrase_end = re.search(r"[,:\n]|$", text[cue_end : cue_end + 120])
        limit = cue_end + (phrase_end.start() if phrase_end else 120)
        named = following_source(record, cue_end, limit)
        if named != "UNKNOWN":
            return named
        role = ROLE_SUBJECT_RE.search(text[cue_end:limit])
    else:
        role = ROLE_SUBJECT_RE.search(text[sentence_start : cue_start])
    if role is not None:
        referent = _role_referent(text, earlier, role.group("role").lower())
        if referent is not None:
            return referent.canonical
    if before:
        near = [a for a in before if cue_start - a.end < 120]
        subjects = [a for a in near if not _OBLIQUE_RE.search(text[max(sentence_start, a.start - 20) : a.start])]
        if near:
            return _preferred((subjects or near)[-3:]).canonical
    head = text[sentence_start : cue_start].strip().lower()
    before_sentence = [a for a in record.actors if a.end <= sentence_start]
    words = [w for w in head.split() if w not in ("also", "further", "then", "later", "previously", "again")]
    last_word = words[-1] if words else ""
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


def following_source(record: DocumentRecord, cue_end: int, limit: int) -> str:
    """The source named after its cue (`..., said Foreign Minister Abbas Araghchi`, `according to X`): the
    speaker-like one of the first actors starting between the cue and `limit`, else UNKNOWN."""
    after = [a for a in record.actors if cue_end <= a.start < limit]
    return _preferred(after[:3]).canonical if after else "UNKNOWN"


def _sentence_subject(text: str, before: list[Actor], earlier: list[Actor], sentence_start: int) -> Optional[Actor]:
    """The subject at the start of a sentence (after an opening phrase): a role noun resolved to its actor, or
    the first actor there that is not the object of a preposition."""
    opening = text[sentence_start : sentence_start + 100]
    role = ROLE_AT_START_RE.match(opening)
    if role is not None:
        return _role_referent(text, earlier, role.group("role").lower())
    lead = opening.find(", ") + 2 if 0 <= opening.find(", ") < 60 else 0  # after an opening phrase
    first = [a for a in before if a.start - sentence_start <= lead + 20 and
             not _OBLIQUE_RE.search(text[max(sentence_start, a.start - 20) : a.start])]
    return first[0] if first else None


def _role_referent(text: str, earlier: list[Actor], role: str) -> Optional[Actor]:
    """The actor a role noun names: for a person's role, the last PERSON introduced with that title (`Secretary
    of Transportation Sean Duffy`); for a body, the last ORG whose name holds the word (`the court` -> `U.S.
    District Court ...`), else the last ORG, PERSON or GPE before it."""
    if re.fullmatch(PERSON_ROLES, role):
        titled = [a for a in earlier if a.label == "PERSON" and role in text[max(0, a.start - 60) : a.start].lower()]
        return titled[-1] if titled else None
    named = [a for a in earlier if a.label == "ORG" and role in a.canonical.lower()]
    if named:
        return named[-1]
    bodies = [a for a in earlier if a.label in ("ORG", "PERSON", "GPE")]
    return bodies[-1] if bodies else None


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

