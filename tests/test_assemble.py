"""Assembling a record: the year a law is named by does not become the year the text is about; a sentence about
the future sends a date without a year forward."""

from __future__ import annotations

from extract.assemble import assemble
from extract.ingest import document_from_text
from extract.segment import segment
from extract.spans.mention import Mention


def _dates(text: str, spans: list[str]) -> list[str | None]:
    doc = document_from_text(text)
    mentions = [Mention(text.index(s), text.index(s) + len(s), "DATE") for s in spans]
    return [d.value for d in assemble(doc, segment(doc.text), mentions).dates]


def test_a_year_in_a_laws_name_sets_no_context_year() -> None:
    text = "March 3, 2025 | Brief\nThe Voting Rights Act of 1965 was cited. In early February the court ruled.\n"
    assert _dates(text, ["1965", "early February"]) == ["1965", "2025-02"]


def test_a_year_written_as_a_date_does_set_it() -> None:
    text = "March 3, 2025 | Brief\nIn 2019 the law passed. In early February the court ruled.\n"
    assert _dates(text, ["2019", "early February"]) == ["2019", "2019-02"]


def test_a_sentence_about_the_future_takes_the_next_month_but_a_past_clause_after_it_does_not() -> None:
    text = ("May 12, 2016 | Remarks\nIn 2013 the talks began. We will meet the IOC in February. "
            "It will be on the statement that was made on April 29.\n")
    assert _dates(text, ["2013", "February", "April 29"]) == ["2013", "2017-02", "2013-04-29"]
