"""Actor names made whole: ORG names the tagger split joined back, heads and tails it stopped short of taken in,
a company's legal form added, and the uses of an organisation's abbreviation it missed added."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Optional

from extract.normalise.actors import first_words, state_named, world_table
from extract.resources.first_names import first_names
from extract.rules.actors import (INSTITUTION_WORDS, NAME_SUFFIXES, NON_ACTOR_HEADS, ORG_HEADS, ORG_WORDS,
                                  PERSONAL_TITLES)
from extract.spans.actor_filters import CONNECTORS, LEGAL_FORM
from extract.spans.mention import ACTOR_LABELS, Mention, inside, trim

def _edges(text: str, m: Mention) -> tuple[bool, bool, bool]:
    """Whether the span starts with a connector word, ends with one, and is one connector alone (`and`)."""
    words = text[m.start : m.end].split()
    return words[0] in CONNECTORS, words[-1] in CONNECTORS, len(words) == 1 and words[0] in CONNECTORS


def _joins(text: str, a: Mention, b: Mention) -> bool:
    """True when two actor mentions are pieces of one name split by the tagger: two person mentions one space
    apart, or pieces of an ORG name: at a connector it tagged
    as part of the name (`U.S. Court of Appeals for` + `the Federal Circuit`, `Health` + `and` + `Human
    Services`), a body named after the possessive in front of it (`China's` + `Ministry of Foreign Affairs`), or
    after the place written right before it (`U.S. District Court`)."""
    gap = text[a.end : b.start]
    if b.start < a.end or "\n" in gap:
        return False
    if a.label == b.label == "PERSON":
        # one name the tagger began twice (`Marvin` + `Sambur`); not a lone initial (`Thomas` + `R.`)
        return gap == " " and re.match(r"[A-Z][a-z]", text[b.start : b.end]) is not None
    if a.label in ("ORG", "GPE") and b.label == "ORG" and re.fullmatch(r"[’']s\s", gap):
        return any(word in INSTITUTION_WORDS for word in text[b.start : b.end].split())
    if a.label == "GPE" and b.label == "ORG" and gap == " ":
        # A place's own body, named with the place (`U.S.` + `District Court`, `New York State` + `DOT`); not a
        # thing the tagger took for an ORG (`U.S.` + `GHG emissions`).
        name = text[b.start : b.end]
        return name.split()[-1] in ORG_HEADS or world_table().get(name, ("", ""))[1] == "ORG"
    a_starts, a_ends, a_alone = _edges(text, a)
    b_starts, b_ends, b_alone = _edges(text, b)
    if not ((a.label == "ORG" or a_alone) and (b.label == "ORG" or b_alone)):
        return False
    if not (re.fullmatch(r"\s+(?:(?:of|for|on|and|the|&)\s+)*", gap) and (a_ends or b_starts)):
        return False
    return _may_join_at_and(text[a.start : a.end], text[b.start : b.end], gap)


def _may_join_at_and(left: str, right: str, gap: str = " ") -> bool:
    """Whether two name pieces joined at an `and` make one name: not when the left piece is already whole
    (ends in a head like `Agency`), and only when the right one ends in a head (`Health and Human Services`),
    so `Farm Service Agency and Natural Resources ...` and `Live Nation and Ticketmaster` stay apart."""
    left_words, right_words = left.split(), right.split()
    names_left = [w for w in left_words if w not in CONNECTORS]
    names_right = [w for w in right_words if w not in CONNECTORS]
    junction = left_words[len(left_words) - _trailing_connectors(left_words) :] + gap.split() + \
        right_words[: _trailing_connectors(right_words[::-1])]
    if not ({"and", "&"} & set(junction) and names_left and names_right):
        return True  # no `and` here, or one piece is a lone connector: the next join decides
    return names_left[-1] not in ORG_HEADS and names_right[-1] in ORG_HEADS


def _trailing_connectors(words: list[str]) -> int:
    """How many connector words end `words`."""
    count = 0
    while count < len(words) and words[len(words) - 1 - count] in CONNECTORS:
        count += 1
    return count


_WORD_BEFORE = re.compile(r"(?:[A-Z][\w.’'-]*|of|the|and)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w.’'-]*|of|the|and)")


def join_world_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """Grow an actor span over up to three words either side where that spells a name the world table knows
    (`Russian` + `Federation`, `Federal Reserve` from `Reserve`), taking the table's label; actor spans inside
    the grown one are dropped."""
    table = world_table()
    grown: list[Mention] = []
    for m in mentions:
        if m.label not in ACTOR_LABELS:
            continue
        starts, ends = [m.start], [m.end]
        for _ in range(3):
            before = _WORD_BEFORE.search(text, max(0, starts[-1] - 40), starts[-1])
            after = _WORD_AFTER.match(text, ends[-1])
            starts += [before.start()] if before else []
            ends += [after.end()] if after else []
        names = [(start, end) for start in starts for end in ends if (start, end) != (m.start, m.end) and
                 table.get(text[start:end], ("", ""))[1] in ACTOR_LABELS]
        if names:
            start, end = max(names, key=lambda span: span[1] - span[0])
            grown.append(Mention(start, end, table[text[start:end]][1], m.score))
    if not grown:
        return mentions
    kept = [m for m in mentions if not (m.label in ACTOR_LABELS and any(g.start <= m.start and m.end <= g.end
                                                                        for g in grown))]
    return sorted(kept + list({(g.start, g.end): g for g in grown}.values()), key=lambda m: (m.start, -m.end))


def join_name_fragments(text: str, mentions: list[Mention]) -> list[Mention]:
    """Rejoin names the tagger split (see `_joins`): a person's is a PERSON, any other an ORG, with the lower
    score."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.label in ACTOR_LABELS and out[-1].label in ACTOR_LABELS and _joins(text, out[-1], m):
            prev = out.pop()
            label = "PERSON" if prev.label == m.label == "PERSON" else "ORG"
            m = Mention(prev.start, max(prev.end, m.end), label, min(prev.score, m.score))
        out.append(m)
    return out


# Capitalised words, possibly joined by `of`/`for`/`on`/`the` (never `and`, which may start another name).
_CAPITALISED_RUN = r"[A-Z][\w.’'-]*(?: (?:(?:of|for|on|the) )*[A-Z][\w.’'-]*){0,5}"


def _extend_head_left(text: str, m: Mention) -> Mention:
    """Take the capitalised words just before an ORG span that starts with `of`/`for` into it: the tagger
    missed the head of the name (`Department` + `of War`)."""
    if m.label != "ORG" or not re.match(r"(?:of|for)\s", text[m.start : m.end]):
        return m
    before = text[max(0, m.start - 60) : m.start]
    head = re.search(r"(?:(?<![A-Za-z])(?!The\b)[A-Z][\w.’'&-]*[ \t]+){1,4}$", before)
    return Mention(m.start - len(head.group()), m.end, m.label, m.score) if head else m


_HYPHEN_AFTER_RE = re.compile(r"[-\u2010\u2011](?P<part>[A-Z][\w’']*)")
_HYPHEN_BEFORE_RE = re.compile(r"(?<![\w.’'-])(?P<part>[A-Z][\w’']*)[-\u2010\u2011]$")


def _extend_hyphenated(text: str, m: Mention) -> Mention:
    """Take the rest of a hyphenated name the tagger cut at its hyphen (`Almaz` + `-Antey`, `Indo-` + `Pacific`),
    unless that part names an actor of its own (`U.S.-China`, `Russia-Ukraine`)."""
    start, end = m.start, m.end
    after = _HYPHEN_AFTER_RE.match(text, end)
    if after and after.group("part") not in world_table():
        end = after.end()
    before = _HYPHEN_BEFORE_RE.search(text, max(0, start - 40), start)
    if before and before.group("part") not in world_table():
        start = before.start()
    return Mention(start, end, m.label, m.score) if (start, end) != (m.start, m.end) else m


def _extend_tail_right(text: str, m: Mention, person_at: Optional[int]) -> Mention:
    """Take the capitalised words just after an ORG span that ends with a connector into it: the tagger
    stopped inside the name (`Senate Select Committee on` + `Intelligence`); not into a person's name the tagger
    found next (`Assistant Secretary of the Air Force for Acquisition Marvin Sambur`)."""
    if m.label != "ORG" or not re.search(r"\s(?:of|for|on|and|the|&)$", text[m.start : m.end]):
        return m
    tail = re.match(rf" (?:the )?{_CAPITALISED_RUN}", text[m.end : m.end + 120])
    if not tail or not _may_join_at_and(text[m.start : m.end], tail.group()) or \
            person_at is not None and person_at < m.end + tail.end():
        return m
    sentence_end = re.search(r"(?<=[a-z]{2})\.(?=\s)", tail.group())  # `... District of Texas. The plaintiffs`
    return Mention(m.start, m.end + (sentence_end.start() if sentence_end else tail.end()), m.label, m.score)


def _trim_connectors(text: str, m: Mention) -> Mention:
    """Drop connector words left at either edge of an actor span once fragments are joined (`Church of`)."""
    start, end = m.start, m.end
    while True:
        edge = re.match(r"(?:of|for|on|and|the|&)\s+", text[start:end])
        tail = re.search(r"\s+(?:of|for|on|and|the|&)$", text[start:end])
        if edge and edge.end() < end - start:
            start += edge.end()
        elif tail and tail.start() > 0:
            end -= len(tail.group())
        else:
            return Mention(start, end, m.label, m.score)


# Titles the tagger took into a person's span (`Crown Prince Mohammed bin Salman`): SCHEMA.md's span is the name.
_LEADING_TITLE_RE = re.compile(rf"(?:(?:{PERSONAL_TITLES})\s+)+(?=[A-Z])")


def _strip_titles(text: str, m: Mention) -> Mention:
    """A PERSON span without the titles in front of its name."""
    lead = _LEADING_TITLE_RE.match(text, m.start, m.end) if m.label == "PERSON" else None
    return Mention(lead.end(), m.end, m.label, m.score) if lead and lead.end() < m.end else m


# A lower-case word hyphenated to the end of a name (`U.S.-led`, `U.S.-origin`): a compound adjective, not the name.
_HYPHENATED_TAIL_RE = re.compile(r"[-\u2010\u2011][a-z]+$")


def _strip_hyphenated_tail(text: str, m: Mention) -> Mention:
    """An actor span without a lower-case word hyphenated to its end."""
    tail = _HYPHENATED_TAIL_RE.search(text, m.start, m.end)
    return Mention(m.start, tail.start(), m.label, m.score) if tail and tail.start() > m.start else m


def shape_actor(text: str, m: Mention, person_at: Optional[int] = None) -> Mention:
    """An actor span completed where the tagger stopped inside a name, then trimmed again to SCHEMA.md's span;
    `person_at` is where the next mention starts if the tagger found a person there."""
    m = _trim_connectors(text, _extend_tail_right(text, _extend_head_left(text, _extend_hyphenated(text, m)),
                                                  person_at))
    m = _strip_hyphenated_tail(text, _strip_titles(text, trim(text, m))) if m.end > m.start else m
    if state_named(text[m.start : m.end]):
        return Mention(m.start, m.end, "GPE", m.score)  # `State of Mississippi` is the state, a place
    m = _governed_place(text, _world_label(text, m))
    return _extend_legal_form(text, m) if m.label == "ORG" else m


_GOVERNMENT_OF = re.compile(r"\bGovernment\s+of\s+(?:the\s+)?$")


def _governed_place(text: str, m: Mention) -> Mention:
    """A place after `Government of` is inside that government's name, an organisation (`Government of the Russian
    Federation`), where the tagger took only the place."""
    head = _GOVERNMENT_OF.search(text, max(0, m.start - 30), m.start) if m.label == "GPE" else None
    return Mention(head.start(), m.end, "ORG", m.score) if head else m


def _world_label(text: str, m: Mention) -> Mention:
    """The label the world table gives a name it knows as an organisation, a place or a nationality, over the
    tagger's guess among the three (`EU` is an organisation, `Russian Federation` a place, `South American` a
    nationality); people keep theirs."""
    known = world_table().get(text[m.start : m.end], ("", ""))[1]
    if known in ("ORG", "GPE", "NORP") and m.label in ("ORG", "GPE", "NORP") and known != m.label:
        return Mention(m.start, m.end, known, m.score)
    return m


def _extend_legal_form(text: str, m: Mention) -> Mention:
    """Take a company's legal form written after its name into the ORG span (`Oshkosh Defense, LLC`)."""
    form = LEGAL_FORM.match(text[m.end : m.end + 12])
    return Mention(m.start, m.end + form.end(), m.label, m.score) if form else m


def abbreviation_uses(text: str, kept: list[Mention], abbreviations: dict[str, str], common: set[str],
                      titles: list[tuple[int, int]]) -> list[Mention]:
    """Add the uses of an organisation's abbreviation the back end missed: one the brief defines for a name it
    tags as an ORG whose name has an organisation's head word (`Government Accountability Office (GAO)`; not
    `Small Area Income and Poverty Estimates (SAIPE)`), or one the world table knows that it tags
    elsewhere (`CRS`); a name reads the same all through a brief. Uses inside a cited title or a programme's or
    law's name (`NASA Authorization Act`) are left out."""
    tagged: dict[str, Mention] = {}
    for m in kept:
        if m.label == "ORG":
            tagged.setdefault(text[m.start : m.end], m)
    sources = {short: tagged.get(long_form) for short, long_form in abbreviations.items()
               if short not in common and set(long_form.split()) & ORG_WORDS}
    sources.update({name: m for name, m in tagged.items()
                    if world_table().get(name, ("", ""))[1] == "ORG" and sources.get(name) is None})
    # A company's short name is its full name's first words (`Uber Technologies, Inc. (Uber)`): an ORG by its legal form.
    companies = {short for short, long_form in abbreviations.items() if first_words(long_form, short)}
    sources.update({short: Mention(0, 0, "ORG", 1.0) for short in companies if sources.get(short) is None})
    uses = (Mention(match.start(), match.end(), source.label, source.score)
            for short, source in sources.items()
            if source is not None and (re.fullmatch(r"[A-Z][A-Z&]*[A-Z]", short) or short in companies)
            for match in re.finditer(rf"(?<![\w.&]){re.escape(short)}(?![\w&])", text))
    return _with_uses(kept, (use for use in uses if not inside(use, titles) and not _in_a_things_name(text, use)))


def _with_uses(kept: list[Mention], uses: Iterable[Mention]) -> list[Mention]:
    """`kept` and, in their order, the proposed uses that overlap neither a kept mention nor a use added before
    them; sorted by position."""
    occupied = [(m.start, m.end) for m in kept]
    added: list[Mention] = []
    for use in uses:
        if not any(use.start < end and start < use.end for start, end in occupied):
            added.append(use)
            occupied.append((use.start, use.end))
    return sorted(kept + added, key=lambda m: (m.start, m.end))


# Before a later use of a person's first or last name: a personal title, in any case (`Secretary Blinken`,
# `MS PORTER:` of a transcript), or no capitalised word (which would make it part of another name).
_TITLE_END_RE = re.compile(rf"\b(?:{PERSONAL_TITLES})\s+$", re.IGNORECASE)
PERSONAL_TITLE_RE = re.compile(PERSONAL_TITLES, re.IGNORECASE)
_CAPITALISED_BEFORE_RE = re.compile(r"[A-Z][\w.’'-]*\s+$")


# A name in capitals after an honorific: a speaker tag of a transcript or of the Congressional Record (`MS PORTER:`,
# `Mr. TIM MURPHY of Pennsylvania.`).
_HONORIFIC_CAPITALS_RE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|MR|MS|MRS|DR)\.?\s+"
                                    r"(?P<name>[A-Z][a-z]?[A-Z][A-Z’'-]*(?:\s+[A-Z][a-z]?[A-Z][A-Z’'-]*){0,2})\b"
                                    r"(?![a-z])")


# A surname after a legislator's title, or two after a plural one (`Congressman Wamp`, `Senators Levin and McCain`).
_LEGISLATOR_RE = re.compile(r"\b(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman)\s+"
                            r"(?P<name>[A-Z][a-z][\w’'-]+)\b(?!\s+[A-Z])|"
                            r"\b(?:Senators|Representatives|Congressmen)\s+(?P<first>[A-Z][a-z][\w’'-]+)\s+and\s+"
                            r"(?P<second>[A-Z][a-z][\w’'-]+)\b")
# A line all in capitals (a title or heading, `CHINA ACTING MORE LIKE AN ENEMY`), and a word of it.
_CAPITALS_LINE_RE = re.compile(r"^[^a-z\n]*[A-Z]{3}[^a-z\n]*$", re.MULTILINE)
_CAPITALS_WORD_RE = re.compile(r"\b[A-Z][A-Z’'-]{2,}\b")


def titled_names(text: str, kept: list[Mention]) -> list[Mention]:
    """Add as PERSON, where the back end tagged nothing, a name in capitals after `Mr.`, `Ms.` and the like (a speaker
    tag) and a surname after a legislator's title; and the world table's places and nationalities written in a
    line of capitals (`IRAQ`, `AZERBAIJAN`), which a tagger trained on mixed case misses."""
    found = [(m.start("name"), m.end("name"), "PERSON") for m in _HONORIFIC_CAPITALS_RE.finditer(text)]
    for m in _LEGISLATOR_RE.finditer(text):
        found += [(m.start(g), m.end(g), "PERSON") for g in ("name", "first", "second") if m.group(g)]
    table = world_table()
    for line in _CAPITALS_LINE_RE.finditer(text):
        for word in _CAPITALS_WORD_RE.finditer(line.group()):
            entry = None if word.group() in table else table.get(word.group().title())  # not an abbreviation
            if entry and entry[1] in ("GPE", "NORP"):
                found.append((line.start() + word.start(), line.start() + word.end(), entry[1]))
    return _with_uses(kept, (Mention(start, end, label, 1.0) for start, end, label in found))


# A known first name and a capitalised surname (an initial may stand between), ending a run of capitalised words
# (not `Jackson Women's Health Organization`).
_FIRST_LAST_RE = re.compile(r"(?<![\w.’'-])(?P<first>[A-Z][a-z]+) +(?:[A-Z]\. +)?"
                            r"(?P<last>(?:Mc|Mac|O[’'])?[A-Z][a-z][\w-]*)(?![\w-])(?!(?:[’']s)? +[A-Z])")


def first_name_persons(text: str, kept: list[Mention]) -> list[Mention]:
    """Add as PERSON, where the back end tagged nothing, a known first name and a surname (`Angel Gurría has said`,
    `- Marina Mordashova`): names a tagger has not seen, common in transcripts and sanctions lists. A surname the
    back end tagged alone (`Gurría`) gives way to the whole name."""
    table = world_table()
    lower_words = set(re.findall(r"\b[a-z][\w’'-]*", text))
    ends = {m.end for m in kept}
    found = [Mention(m.start(), m.end(), "PERSON", 1.0) for m in _FIRST_LAST_RE.finditer(text)
             if _name_words(m.group("first"), m.group("last"), table, lower_words) and
             _starts_a_name(text, m.start(), ends) and not _untagged_name(text, m.group(), kept)]
    inner = {id(k) for k in kept for f in found if k.label == "PERSON" and f.start <= k.start and k.end <= f.end}
    return _with_uses([k for k in kept if id(k) not in inner], found)


# Last words that make a first name part of a place's or building's name (`Jane Street`, `Grant Park`).
_PLACE_WORDS = {"Street", "Avenue", "Road", "Square", "Lane", "Boulevard", "Drive", "Park", "Bridge", "River", "Lake",
                "Island", "Bay", "Valley", "Hall", "House", "Building", "Hospital", "Airport", "Center", "Centre"}


def _name_words(first: str, last: str, table: dict[str, tuple[str, str]], lower_words: set[str]) -> bool:
    """Whether `first` is a known first name and neither word is a place, a title, an organisation's head word or a
    word the text also writes in lower case (`Mahi Mahi`, one word twice, is no name either)."""
    return first in first_names() and first != last and last not in _PLACE_WORDS and \
        not PERSONAL_TITLE_RE.fullmatch(first) and \
        not any(w in table or w.lower() in lower_words or w.lower() in ORG_HEADS or w.lower() in NON_ACTOR_HEADS
                for w in (first, last))


def _starts_a_name(text: str, start: int, ends: set[int]) -> bool:
    """Whether a name may start at `start`: no capitalised word right before it, unless a title or a tagged name
    (`the OECD Angel Gurría`)."""
    return not _part_of_another_name(text[max(0, start - 30) : start]) or start - 1 in ends


def _untagged_name(text: str, name: str, kept: list[Mention]) -> bool:
    """Whether the text writes `name` three times or more and the back end tagged it as a person none of them:
    something named after a person (`Walter Reed`, a hospital)."""
    uses = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    return len(uses) >= 3 and not any(k.label == "PERSON" and k.start <= at < k.end for k in kept for at in uses)


def name_part_uses(text: str, kept: list[Mention]) -> list[Mention]:
    """Add the later uses of a person's surname or first name the back end missed, as PERSON: a news text or a
    transcript names a person in full once, then by one name (`Doe said`, `SECRETARY BLINKEN:`, `Thanks, Jalina`).
    A part that the text also writes in lower case, or that the world table knows as something else, is left out."""
    parts: set[str] = set()
    for m in kept:
        words = [w for w in text[m.start : m.end].split() if not re.fullmatch(r"[A-Z]\.?", w) and
                 w.rstrip(".,") not in NAME_SUFFIXES]
        titled = _TITLE_END_RE.search(text[max(0, m.start - 30) : m.start])  # `Secretary Blinken`
        if m.label == "PERSON" and (len(words) >= 2 or titled and words):
            parts.update(w for w in (words[0], words[-1]) if re.fullmatch(r"[A-Z][a-z][\w’'-]+", w))
    table = world_table()
    parts = {p for p in parts if table.get(p, ("", "PERSON"))[1] == "PERSON" and
             re.search(rf"\b{re.escape(p.lower())}\b", text) is None}
    written = (rf"(?<![\w.’'-])(?:{re.escape(part)}|{re.escape(part.upper())})(?![\w’'-]|\s+[A-Z][a-z])"
               for part in sorted(parts))
    uses = (Mention(match.start(), match.end(), "PERSON", 1.0) for pattern in written
            for match in re.finditer(pattern, text))
    return _with_uses(kept, (use for use in uses
                             if not _part_of_another_name(text[max(0, use.start - 30) : use.start])))


def _part_of_another_name(before: str) -> bool:
    """Whether the words before a name's part make it part of another name: a capitalised word that is no title."""
    return _CAPITALISED_BEFORE_RE.search(before) is not None and not _TITLE_END_RE.search(before)


def _in_a_things_name(text: str, m: Mention) -> bool:
    """True when the capitalised words after the mention end a programme's, law's or document's name
    (`NASA Authorization Act`, `HHS Policy for ...`)."""
    run = re.match(r"(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z][\w’'-]*)+", text[m.end :])
    return run is not None and run.group().split()[-1].lower() in NON_ACTOR_HEADS

