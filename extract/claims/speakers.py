"""Who speaks in a document that is not the brief's own prose: the speaker of each turn of a transcript
(`SECRETARY BLINKEN: ...`), the named issuer of a statement (`G7 Foreign Ministers' Statement on ...`) and the
member giving a floor speech (`Mr. HOLT. Madam Speaker, ...`).

SCHEMA.md's `AUTHOR` is the brief itself; where the text is a speaker's turn or a named body's statement, its own
voice is that speaker's or issuer's (seeds/README.md), so an `AUTHOR` claim there takes their canonical name.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Optional

from extract.normalise.actors import capitals_to_title, world_table
from extract.claims.lexicon import words_for
from extract.records import Actor, Claim, DocumentRecord
from extract.rules.actors import PERSONAL_TITLES

# A speaker tag opening a line: an optional title, then a name in capitals, then a colon (`MS PORTER:`).
_TAG_RE = re.compile(r"^(?P<tag>(?:[A-Z][A-Z.'’-]*\s){0,3}[A-Z][A-Z'’-]+):\s", re.MULTILINE)
# Tags that name no speaker: the questioner, the moderator, stage directions.
_ANONYMOUS_TAGS = {"QUESTION", "Q", "MODERATOR", "OPERATOR", "PARTICIPANT", "AUDIENCE", "NOTE", "EDITOR", "TEXT",
                   "BEGIN TEXT", "END TEXT", "UPDATE"}
_QUESTIONERS = {"QUESTION", "Q"}
# A person named by a personal title and a surname in a title (`Director Kratsios`): person_words.tsv's titles,
# with `Vice`, `Prime` or `Deputy` before them.
_TITLED_NAME_RE = re.compile(rf"(?:(?:Vice|Prime|Deputy)\s+)?(?:{PERSONAL_TITLES})\s+"
                             r"(?P<name>[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){0,2}?)"
                             r"(?=\s(?:at|on|to|before|in|for|about|with)\b|$)")
# A statement's title: the issuer's name right before `statement` (`FOMC statement`, `G7 Foreign Ministers'
# Statement`), or the speaker's after `Statement by/from`, `Remarks by` and the like.
_ISSUER_BEFORE_RE = re.compile(r"(?:Joint |Press |Leaders[’'] |Foreign Ministers[’'] |Ministers[’'] )?[Ss]tatement\b")
_ISSUER_AFTER_RE = re.compile(r"\b(?:[Ss]tatement|[Rr]emarks|[Aa]ddress|[Ss]peech|[Tt]estimony|[Ll]etter)"
                              r" (?:by|from|of) ")


# The Congressional Record's opening of a member's speech: an honorific, the name in capitals, the state, a full
# stop (`Mr. TIM MURPHY of Pennsylvania. Mr. Speaker, ...`, `Ms. WOOLSEY. Madam Speaker, ...`).
_FLOOR_TAG_RE = re.compile(r"^(?:Mr|Ms|Mrs|Dr)\.\s+"
                           r"(?P<name>[A-Z][a-z]?[A-Z][A-Z’'-]*(?:\s+[A-Z][a-z]?[A-Z][A-Z’'-]*){0,2})"
                           r"(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?\.\s", re.MULTILINE)

# The cue words of a forecast nobody is named for (`is expected to`), which in a named issuer's statement are its own.
FORECAST_CUES = frozenset(word.lower() for word in words_for("cue_verbs", "uses", "forecast"))
LINE_RE = re.compile(r"^[^\n]+$", re.MULTILINE)
_SENTENCE_END_RE = re.compile(r"[.?!](?=\s|$)")


@dataclass(frozen=True)
class Turn:
    """A transcript turn: characters [start, end) spoken by the actor named `speaker` (None: an unnamed one);
    `questioner` for the turns of an unnamed interviewer (`QUESTION:`)."""

    start: int
    end: int
    speaker: Optional[str]
    questioner: bool = False


def speaker_turns(text: str, actors: list[Actor]) -> list[Turn]:
    """The turns of a transcript: from each speaker tag to the next; none unless two or more tags name
    speakers (a lone `NOTE:` line is no transcript)."""
    tags = list(_TAG_RE.finditer(text))
    named = [m for m in tags if m.group("tag") not in _ANONYMOUS_TAGS]
    if len(named) < 2:
        return []
    ends = [m.start() for m in tags[1:]] + [len(text)]
    return [Turn(m.start(), end, None if m.group("tag") in _ANONYMOUS_TAGS else _person(m.group("tag"), actors),
                 m.group("tag") in _QUESTIONERS) for m, end in zip(tags, ends)]


def _person(tag: str, actors: list[Actor]) -> Optional[str]:
    """The canonical name of the PERSON a tag's or title's surname names (`SECRETARY BLINKEN` -> `Antony Blinken`)."""
    surname = tag.split()[-1].title()
    people = {a.canonical for a in actors if a.label == "PERSON" and a.canonical.split()[-1] == surname}
    return people.pop() if len(people) == 1 else None


def _title_offset(text: str, title: Optional[str]) -> int:
    """Where the record's title stands in the text (-1: no title, or not found)."""
    return text.find(title) if title else -1


def statement_issuers(text: str, record: DocumentRecord) -> list[str]:
    """The canonical names of who a title says the text is by: the one speaker or body after `Statement from`,
    `Remarks by` and the like (a person before a body), or right before `statement` (`FOMC statement`); every
    signatory of a joint statement (`United States-India Joint Statement`, `Joint Statement from the United States
    and the European Union`); none for a title naming no one."""
    title = record.title or ""
    offset = _title_offset(text, title)
    before, after = _ISSUER_BEFORE_RE.search(title), _ISSUER_AFTER_RE.search(title)
    if offset < 0 or not (before or after):
        return []
    named = [a for a in record.actors if offset <= a.start and a.end <= offset + len(title)
             and a.label in ("ORG", "GPE", "PERSON")]
    if after:
        issuers = [a for a in named if a.start >= offset + after.end()]
        people = [a for a in issuers if a.label == "PERSON"]  # `Statement from Deputy Director ... Daleep Singh`
        if issuers:
            joint = "Joint" in title[: after.start()] and not people
            return _signatories(text, issuers, issuers[0]) if joint else [(people or issuers)[0].canonical]
        titled = _TITLED_NAME_RE.match(title, after.end())  # `Remarks by Director Kratsios`, untagged
        return [_person(titled.group("name"), record.actors) or titled.group("name")] if titled else []
    listed = _listed_signatories(title[: before.start()]) if "Joint" in title[before.start() :] else []
    if listed:
        return listed
    last = [a for a in named if 0 <= offset + before.start() - a.end <= 3]
    return _signatories(text, list(reversed(named)), last[0], backwards=True) if len(last) == 1 else []


# What joins a joint statement's signatories in its title (`United States-India`, `X and the European Union`).
_JOINER = r"(?:-|–|,|\band\b|&)"


def _listed_signatories(names: str) -> list[str]:
    """The world table's names for a joint statement's title words before it (`United States-India`), when every
    part is a country or body it knows; else none, and the tagged actors decide."""
    parts = [re.sub(r"^the\s+", "", part) for part in re.split(rf"\s*{_JOINER}\s*", names.strip()) if part]
    found = [world_table().get(part) for part in parts]
    if len(parts) < 2 or not all(entry and entry[1] in ("GPE", "ORG") for entry in found):
        return []
    return list(dict.fromkeys(entry[0] for entry in found if entry))


def _signatories(text: str, named: list[Actor], first: Actor, backwards: bool = False) -> list[str]:
    """`first` and the actors joined to it by `-`, `and` or `&` in `named` (title order, or reversed with
    `backwards`), as distinct canonical names in title order."""
    chain = [first]
    for actor in named[named.index(first) + 1 :]:
        left, right = (actor, chain[-1]) if backwards else (chain[-1], actor)
        if not re.fullmatch(rf"\s*{_JOINER}\s*(?:the\s+)?", text[left.end : right.start]):
            break
        chain.append(actor)
    ordered = sorted(chain, key=lambda a: a.start)
    return list(dict.fromkeys(a.canonical for a in ordered))


def floor_speaker(text: str, record: DocumentRecord) -> Optional[str]:
    """The canonical name of the member whose floor speech the text is: the one speaker the Record's tags name
    (`Mr. HOLT. Madam Speaker, ...`); None without such a tag, or with tags of several members."""
    tags = list(_FLOOR_TAG_RE.finditer(text))
    if len({m.group("name") for m in tags}) != 1:
        return None
    tag = tags[0]
    person = next((a for a in record.actors if a.label == "PERSON" and tag.start("name") <= a.start < tag.end("name")),
                  None)
    return person.canonical if person is not None else capitals_to_title(tag.group("name"))


def _third_person_heading(text: str, title_end: int, issuer: str) -> int:
    """Where the issuer's own voice ends: at a heading after the title (a short line with no closing full stop)
    that names the issuer in the third person (`President Biden Issues Executive Order ...` after his statement),
    else the end."""
    surname = issuer.split()[-1]
    for line in LINE_RE.finditer(text, title_end):
        words = line.group().split()
        if len(words) <= 25 and not line.group().rstrip().endswith((".", ":", "?", "!")) and surname in words:
            return line.start()
    return len(text)


def _asked(text: str, end: int) -> bool:
    """Whether the sentence a span ends in is a question."""
    stop = _SENTENCE_END_RE.search(text, end)
    return stop is not None and stop.group() == "?"


def attribute_own_voice(text: str, record: DocumentRecord, claims: list[Claim]) -> list[Claim]:
    """The claims with `AUTHOR` given to the speaker of their transcript turn, or to the statement's issuer (one
    claim per signatory of a joint one), and a statement's unattributed forecasts (`is expected to`) to its issuer;
    in a transcript, without what the questioner asks (a question is no claim; what they state may be) and with no
    speaker tag inside a claim's span."""
    turns = speaker_turns(text, record.actors)
    signatories = [] if turns else statement_issuers(text, record)
    floor = floor_speaker(text, record) if not turns and not signatories else None
    issuers = signatories or ([floor] if floor else [])
    title_end = max(0, _title_offset(text, record.title) + len(record.title or ""))
    voice_ends = _third_person_heading(text, title_end, issuers[0]) if len(issuers) == 1 else len(text)
    kept = []
    for claim in claims:
        turn = next((t for t in turns if t.start <= claim.start < t.end), None)
        if turn is not None and turn.questioner and _asked(text, claim.end):
            continue
        tag = _TAG_RE.match(claim.text) if turns else None
        if tag and tag.end() < len(claim.text):
            claim.start, claim.text = claim.start + tag.end(), claim.text[tag.end() :]
        speakers = [turn.speaker] if turn is not None else issuers if claim.start < voice_ends else []
        forecast = bool(signatories) and turn is None and claim.source == "UNKNOWN" and claim.cue is not None and \
            claim.cue.text.lower() in FORECAST_CUES  # a statement's `inflation is expected to rise` is its issuer's
        if (claim.source == "AUTHOR" or forecast) and speakers and None not in speakers:
            # a joint statement's own voice is each signatory's: one claim per signatory (seeds/README.md)
            kept.extend(dataclasses.replace(claim, source=speaker) for speaker in speakers)
            continue
        kept.append(claim)
    return kept
