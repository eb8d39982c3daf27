"""Quotes under a speaker heading: a line naming one person (`Vice President JD Vance on Meet the Press`), then
bullets quoting them (`- On the strikes: “We’re not at war with Iran … That’s an incredible thing.”`). Each
quoted sentence is that speaker's claim, cue null (seeds/README.md), as press offices' roundups print them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from extract.claims.clauses import quote_opens_before, shared_chars
from extract.claims.speakers import LINE_RE
from extract.records import Actor, Claim, named_source

# A heading names its speaker in a few words and ends no sentence.
_HEADING_WORDS = 12
_BULLET_RE = re.compile(r"[-\u2022*]\s")
# The quotation a bullet holds, after an optional topic (`On diplomacy: `).
_QUOTE_RE = re.compile(r"[“\"](?P<quote>[^”\"\n]{8,})")
# Where one quoted sentence ends: a full stop, question or exclamation mark, or an ellipsis before a capital.
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.?!])\s+|\s+…\s+(?=[A-Z\[])")


# A quotation a person's name introduces with a colon on the same line (`Secretary James Roche: "No, Sir, save it
# ..."`): the person's words, so the claims inside it are theirs; unlike a roundup's bullets, not each a claim.
_INLINE_QUOTE_RE = re.compile(r"[ \t]*:[ \t]*[“\"](?P<quote>[^”\"\n]{8,})")


@dataclass(frozen=True)
class HeadedQuote:
    """One quoted sentence, characters [start, end), and the canonical name of the person its heading names."""

    start: int
    end: int
    speaker: str
    inline: bool = False  # introduced by the name and a colon: it gives its claims a speaker, adds none


def headed_quotes(text: str, actors: list[Actor]) -> list[HeadedQuote]:
    """The quoted sentences of every bullet under a heading line that names exactly one person, and of every
    quotation a person's name introduces with a colon."""
    quotes: list[HeadedQuote] = []
    heading: Optional[re.Match[str]] = None  # the last line that is no bullet
    speakers: dict[int, Optional[str]] = {}  # by heading start, read only where a quoting bullet follows
    for line in LINE_RE.finditer(text):
        if not _BULLET_RE.match(line.group()):
            heading = line
            continue
        if heading is None:
            continue
        quote = _QUOTE_RE.search(line.group())
        if quote is None:
            continue
        if heading.start() not in speakers:
            speakers[heading.start()] = _speaker_named(heading, actors)
        speaker = speakers[heading.start()]
        if speaker is None:
            continue
        quotes += _sentences(text, line.start() + quote.start("quote"), line.start() + quote.end("quote"), speaker)
    for actor in actors:
        inline = _INLINE_QUOTE_RE.match(text, actor.end) if actor.label == "PERSON" else None
        if inline is not None:
            quotes += _sentences(text, inline.start("quote"), inline.end("quote"), actor.canonical, inline=True)
    return sorted(quotes, key=lambda q: q.start)


def _sentences(text: str, start: int, end: int, speaker: str, inline: bool = False) -> list[HeadedQuote]:
    """Each quoted sentence of `text[start:end]` as the speaker's, questions left out."""
    body = text[start:end]
    bounds = [0] + [m.end() for m in _SENTENCE_BREAK_RE.finditer(body)] + [len(body)]
    quotes = []
    for part_start, part_end in zip(bounds, bounds[1:]):
        sentence = body[part_start:part_end].rstrip(" .…,;")
        if sentence and not sentence.endswith("?"):
            quotes.append(HeadedQuote(start + part_start, start + part_start + len(sentence), speaker, inline))
    return quotes


def _speaker_named(line: re.Match[str], actors: list[Actor]) -> Optional[str]:
    """The canonical name of the one person a heading line names, if it is a heading: a few words, no sentence."""
    if len(line.group().split()) > _HEADING_WORDS or re.search(r"[.?!:”\"]\s*$", line.group()):
        return None
    people = {a.canonical for a in actors if a.label == "PERSON" and line.start() <= a.start < line.end()}
    return next(iter(people)) if len(people) == 1 else None


def with_headed_quotes(text: str, actors: list[Actor], claims: list[Claim]) -> list[Claim]:
    """The claims with each one inside a headed quote given to its speaker (unless it names its own source) and
    a claim of the speaker, cue null, for each quoted sentence under a heading no claim covers; in text order."""
    quotes = headed_quotes(text, actors)
    for claim in claims:
        quote = next((q for q in quotes if q.start < claim.end and claim.start < q.end), None)
        if quote is not None and not named_source(claim.source):
            claim.source = quote.speaker
    added = [Claim("", q.start, q.end, text[q.start : q.end], "claim", q.speaker, None, "asserts", False)
             for q in quotes if not q.inline and not any(shared_chars((q.start, q.end), (c.start, c.end))
                                                         for c in claims)]
    return sorted(claims + added, key=lambda c: (c.start, c.end))


def with_continued_quotes(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims with each one inside a quotation that opens the next sentence after a named speaker's quote, in the
    same paragraph (`"We sent them $40 billion," said Angus King. "We must do more."`), given to that speaker where
    it names nobody (`AUTHOR`, `UNKNOWN`): consecutive quotations are one speaker's until another is named."""
    speaker: Optional[Claim] = None
    for claim in claims:
        if speaker is not None and not named_source(claim.source) and _continues(text, speaker, claim):
            claim.source = speaker.source
        elif named_source(claim.source) and quote_opens_before(text, claim.start):
            speaker = claim
    return claims


def _continues(text: str, quoted: Claim, claim: Claim) -> bool:
    """Whether `claim` lies in a quotation opened after `quoted`'s closed, in the same paragraph, with one sentence
    end between them (the reporting clause's)."""
    gap = text[quoted.end : claim.start]
    return "\n" not in gap and re.fullmatch(r"[,.!?]?[”\"][^“\"”\n]{0,160}?[.!?]\s+[“\"][^“\"”\n]*", gap) is not None
