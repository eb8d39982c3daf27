"""Institutions named `Head for|on|of X` made whole where the tagger saw only part of the name: think tanks and
bodies whose names hold a nationality or an ordinary word (`Center for American Progress`, `Center for a New
American Security`), which the tagger cuts into a NORP and a stray ORG."""

from __future__ import annotations

import re

from extract.normalise.actors import world_table
from extract.rules import alternation
from extract.rules.actors import ORG_HEADS, ROLE_NOUNS
from extract.spans.mention import ACTOR_LABELS, Mention

# An institution's head noun and the capitalised words its name goes on with after `for`/`on`/`of` (an article
# may come first: `for a New American Security`), joined by `of (the)`, `and` or `&` (not `and the`, which starts
# another name, nor `on`, which may start a date: `on Monday`), within a line; not after a capitalised function
# word (`While American Association of ...`).
_FUNCTION_WORDS = ("(?:The|A|An|This|That|These|Those|While|When|If|As|After|Before|Since|Although|Though|Because|In|"
                   "On|At|For|By|With|From|Under|During|Both|And|But|Or|Of|To|Its|Their|His|Her|Our|Whether|Once|"
                   "Until|Unless|Where|How|What|Which|Who)")
_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][A-Za-z0-9&]+(?:[’'](?!s\b)[A-Za-z]+)*(?:-[A-Za-z0-9]+)*)(?![’']?\w)"
# A word that goes on a name: not a function word or a participle of a title (`... on Appropriations Regarding`).
_NAME_WORD = rf"(?!{_FUNCTION_WORDS}\b|[A-Z]\w*ing\b){_WORD}"
_INSTITUTION_RE = re.compile(
    rf"(?<![\w.’'-])(?:{_NAME_WORD}[ \t]+){{0,3}}"
    rf"(?P<head>{alternation(ROLE_NOUNS)})[ \t]+(?:for|on|of)[ \t]+(?:(?:a|an|the)[ \t]+)?"
    rf"{_NAME_WORD}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|(?:and|&)[ \t]+(?!the\b))?{_NAME_WORD}){{0,5}}")
# An `and` (or `&`) inside such a run that starts a second name: what follows it ends in an organisation's head
# (`Council on Foreign Relations and Atlantic Council`), unlike `Center for Strategic and International Studies`.
_SECOND_NAME_RE = re.compile(rf"[ \t]+(?:and|&)[ \t]+(?:{_WORD}[ \t]+){{0,4}}(?:{alternation(ORG_HEADS)})\b")


def institution_names(text: str, kept: list[Mention]) -> list[Mention]:
    """Each institution's name as one ORG in place of the fragments the tagger found inside it (`_fragments`); left
    alone where a mention crosses its edge or an `and` joins two names inside it."""
    out = list(kept)
    for match in _INSTITUTION_RE.finditer(text):
        second = _SECOND_NAME_RE.search(match.group())
        start, end = match.start(), match.start() + (second.start() if second else len(match.group()))
        inner = sorted((m for m in out if m.start < end and start < m.end), key=lambda m: m.start)
        if any(m.start < start or m.end > end or m.label not in ACTOR_LABELS for m in inner) or \
                any(re.search(r"\s(?:and|&)\s", text[a.end : b.start]) for a, b in zip(inner, inner[1:])) or \
                not _fragments(text, inner, match.end("head")):
            continue
        out = [m for m in out if m not in inner]
        out.append(Mention(start, end, "ORG", min(m.score for m in inner)))
    return sorted(out, key=lambda m: (m.start, m.end))


def _fragments(text: str, inner: list[Mention], head_end: int) -> bool:
    """Whether the tagger cut the name: a mention inside lies wholly after its head (`Center for a New` +
    `Security`), is a nationality or place (`American` of `Center for American Progress`), or ends in one
    (`Center for American`). A whole name the tagger found (`Department of Agriculture`) is not extended into a
    title that follows it (`... Reorganization Plan`)."""
    table = world_table()
    return any(m.start >= head_end or m.label in ("NORP", "GPE") or
               table.get(text[m.start : m.end].split()[-1], ("", ""))[1] in ("NORP", "GPE") for m in inner)
