"""The SCHEMA.md span rules every entity back end's output goes through, in order: pattern dates, pattern shares
and multipliers, trimming, coordinated dates and a change between two quantities split, ORG fragments joined, each
label's spans shaped and filtered, abbreviations spread, lone names dropped.
"""

from __future__ import annotations

from extract.normalise.actors import abbreviations_defined, common_noun_abbreviations, kinds_of_body
from extract.spans.actor_filters import cited_titles, drop_lone_names, keep_actor
from extract.spans.actor_names import (abbreviation_uses, first_name_persons, join_name_fragments, join_world_names,
                                       name_part_uses, shape_actor, titled_names)
from extract.spans.institution_names import institution_names
from extract.spans.dates import keep_date, pattern_dates, split_coordinated_date
from extract.spans.mention import ACTOR_LABELS, Mention, inside, trim
from extract.spans.quantities import extend_quantity, keep_quantity, pattern_quantities, split_quantity


def apply_span_rules(text: str, mentions: list[Mention]) -> list[Mention]:
    """Trim and filter raw mentions to SCHEMA.md's span rules; the result is sorted and non-overlapping.

    Pattern dates are added first and win over any mention they overlap; pattern shares and multipliers are added
    where they overlap nothing but the quantities they contain.
    """
    abbreviations = abbreviations_defined(text)
    common = common_noun_abbreviations(text) | kinds_of_body(abbreviations)
    titles = cited_titles(text)
    patterns = pattern_dates(text)
    mentions = patterns + [m for m in mentions if not any(m.start < p.end and p.start < m.end for p in patterns)]
    mentions = _with_pattern_quantities(mentions, pattern_quantities(text))
    trimmed = [trim(text, part) for raw in sorted(mentions, key=lambda m: (m.start, -m.end))
               for date_part in split_coordinated_date(text, raw) for part in split_quantity(text, date_part)]
    kept: list[Mention] = []
    joined = join_name_fragments(text, join_world_names(text, [m for m in trimmed if m.end > m.start]))
    for mention, following in zip(joined, joined[1:] + [None]):
        if mention.label == "QUANTITY":
            mention = extend_quantity(text, mention)
        if mention.label in ACTOR_LABELS:
            person_at = following.start if following is not None and following.label == "PERSON" else None
            mention = shape_actor(text, mention, person_at)
        if mention.end <= mention.start:
            continue
        if mention.label in ACTOR_LABELS and (not keep_actor(text, mention, abbreviations, common) or
                                              inside(mention, titles)):
            continue
        if mention.label == "QUANTITY" and not keep_quantity(text, mention):
            continue
        if mention.label == "DATE" and not keep_date(text, mention):
            continue
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    named = first_name_persons(text, titled_names(text, abbreviation_uses(text, institution_names(text, kept),
                                                                          abbreviations, common, titles)))
    return drop_lone_names(text, name_part_uses(text, named))


def _with_pattern_quantities(mentions: list[Mention], patterns: list[Mention]) -> list[Mention]:
    """The mentions with each pattern quantity added where it overlaps nothing but quantities, which it joins (`1 in
    5` over the tagger's `1` and `5`; `a quarter of a million` with the tagger's `Nearly a quarter`)."""
    for pattern in patterns:
        overlapping = [m for m in mentions if m.start < pattern.end and pattern.start < m.end]
        if all(m.label == "QUANTITY" for m in overlapping):
            joined = [pattern, *overlapping]
            mentions = [m for m in mentions if m not in overlapping] + \
                [Mention(min(m.start for m in joined), max(m.end for m in joined), "QUANTITY")]
    return mentions
