"""The silver-corpus builder's converters (models/silver_corpus.py) on built pages: front matter, links, wrapped
lines and the Record's quotes become briefx's plain text; untitled pages are skipped."""

from __future__ import annotations

from models.silver_corpus import MAX_CHARS, congress_text, first_paragraphs, whitehouse_text

WHITE_HOUSE_PAGE = """---
date: '2022-05-18'
source_url: https://example.gov/briefing
tags: press-briefings
title: "Press Briefing by Press\\_Secretary Jen Psaki | May 18,\\_2022"
---
 
MS. PSAKI:  Good morning.  The [President](https://example.gov/p) signed
the **order** today.  
  
Q    Thank you.  Two questions.
"""

CONGRESS_PAGE = """---
---

# REMEMBERING A COLLEAGUE
## `06d530b553958b76d032c935aa4673f9`
`Mr. AL GREEN of Texas \u2014 10 March 2010`

---


Mr. AL GREEN of Texas. Mr. Speaker, I did not know him, 
but his friends called him ``a remarkable person.''

He marched to the beat of a different drummer.
"""


def test_a_white_house_page_keeps_title_date_and_one_paragraph_a_line() -> None:
    text = whitehouse_text("press-briefings/2022-05/2022-05-18-press-briefing.md", WHITE_HOUSE_PAGE)
    assert text is not None
    assert (text.title, text.date, text.source_url) == (
        "Press Briefing by Press Secretary Jen Psaki | May 18, 2022", "2022-05-18", "https://example.gov/briefing")
    assert text.body == ["MS. PSAKI: Good morning. The President signed the order today.", "Q Thank you. Two questions."]
    assert text.file == "wh_2022-05-18-press-briefing.txt"


def test_a_floor_speech_joins_wrapped_lines_and_writes_the_record_s_quotes() -> None:
    text = congress_text("docs/06d530b553958b76d032c935aa4673f9.md", CONGRESS_PAGE)
    assert text is not None
    assert (text.title, text.date) == ("REMEMBERING A COLLEAGUE", "2010-03-10")
    assert text.body == ["Mr. AL GREEN of Texas. Mr. Speaker, I did not know him, but his friends called him "
                         "\u201ca remarkable person.\u201d", "He marched to the beat of a different drummer."]
    assert congress_text("docs/x.md", CONGRESS_PAGE.replace("REMEMBERING A COLLEAGUE", "None")) is None


def test_a_long_transcript_is_cut_at_a_paragraph_boundary() -> None:
    paragraphs = ["word " * 500] * 10
    kept = first_paragraphs(paragraphs)
    assert 1 <= len(kept) < len(paragraphs) and sum(len(p) + 1 for p in kept) <= MAX_CHARS + 1
