"""Assembling a record: the year a law is named by does not become the year the text is about; a sentence about
the future sends a date without a year forward; a count whose noun is elided takes an earlier quantity's item."""

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


def _items(text: str, spans: list[str]) -> list[tuple[str | None, str | None]]:
    doc = document_from_text(text)
    mentions = [Mention(text.index(s), text.index(s) + len(s), "QUANTITY") for s in spans]
    return [(q.item, q.unit) for q in assemble(doc, segment(doc.text), mentions).quantities]


def test_a_count_standing_for_its_noun_takes_the_item_of_an_earlier_count_in_its_sentence() -> None:
    text = ("Brief\nToday 5 countries have agreed to create public registers and 6 more will explore them. "
            "While 752,000 taxpayers claimed the credit for panels, 139,000 claimed the credit for heaters. "
            "It has brought in 50 billion euros in extra tax revenue and may bring in 200 billion more.\n")
    assert _items(text, ["5", "6", "752,000", "139,000", "50 billion euros", "200 billion"]) == [
        ("countries", None), ("countries", None), ("taxpayers", None), ("taxpayers", None),
        ("extra tax revenue", "EUR"), ("extra tax revenue", "EUR")]


def test_an_elided_noun_is_read_only_within_the_sentence_and_not_for_a_measure_s_value() -> None:
    text = ("Brief\nSome 40 agencies replied. Over 4.2 million crossed the border. The rules cover a population "
            "of 200,000 or more based on the census.\n")
    assert _items(text, ["40", "Over 4.2 million", "200,000 or more"]) == [
        ("agencies", None), (None, None), ("population", None)]
    text = "Brief\nThe treaty runs to over 1,500 pages, 800 of which are reservations.\n"
    assert _items(text, ["over 1,500", "800"]) == [("pages", None), ("pages", None)]
