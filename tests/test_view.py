"""The review page and the spaCy interop: every mention marked at its offsets, the claims table complete, a hostile
brief shown as text, a missing source explained, and a Doc that displaCy can render."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from extract.cli import main
from extract.records import Actor, Claim, DocumentRecord, Quantity, Span
from extract.spacy_interop import to_spacy
from extract.view import render_html

HOSTILE = 'Evil <script>alert(1)</script> said "x" onmouseover=alert(2) </style> that Russia paid $5 million.'


def hostile_record() -> DocumentRecord:
    text = HOSTILE
    at = text.index("Russia")
    money = text.index("$5 million")
    content = text.index("Russia paid")
    return DocumentRecord(
        doc_id="evil", source="nowhere.txt", sha256="0" * 64, published="2025-04-11", title='<b onclick="x">T</b>',
        actors=[Actor("a1", at, at + 6, "Russia", "GPE", 'Russia" onmouseover="alert(3)')],
        quantities=[Quantity("q1", money, money + 10, "$5 million", 5000000, None, None, "=", "USD", None)],
        dates=[],
        claims=[Claim("c1", content, len(text) - 1, text[content:-1], "claim", "<img src=x onerror=alert(4)>",
                      Span(text.index("said"), text.index("said") + 4, "said"), "asserts", False, actors=["a1"])],
        text=text)


class Collector(HTMLParser):
    """Tags and attributes of a page, and the text inside each marked span."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.stack: list[str] = []
        self.marked: list[tuple[str, str]] = []
        self.rows = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.tags.append((tag, values))
        self.stack.append(values.get("class", ""))
        self.rows += tag == "tr" and "data-source" in values

    def handle_endtag(self, tag: str) -> None:
        if self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        for classes in self.stack:
            if classes.startswith("m "):
                self.marked.append((classes, data))


def test_a_hostile_brief_is_shown_as_text_and_runs_nothing() -> None:
    page = render_html([hostile_record()])
    parsed = Collector()
    parsed.feed(page)
    assert [t for t, _ in parsed.tags].count("script") == 1  # ours, in the head
    assert not any(k.startswith("on") and t not in ("input", "select") for t, attrs in parsed.tags for k in attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;/style&gt;" in page
    assert "<img" not in page and 'onmouseover="alert(3)' not in page


def test_every_mention_is_marked_at_its_offsets_and_every_claim_is_in_the_table() -> None:
    record = hostile_record()
    parsed = Collector()
    parsed.feed(render_html([record]))
    assert ("m actor GPE", "Russia") in parsed.marked and ("m QUANTITY", "$5 million") in parsed.marked
    assert parsed.rows == len(record.claims)


def test_a_record_whose_source_moved_gets_a_note_not_a_crash(tmp_path: Path) -> None:
    record = hostile_record()
    record.text = None
    page = render_html([record])
    assert "was not found" in page and "nowhere.txt" in page


def test_the_view_command_and_a_notebook_render_real_records(repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["run", str(repo / "seeds" / "crs_IN12681v2.txt"), "-o", str(out), "--pipeline", "rules"]) == 0
    page = tmp_path / "review.html"
    assert main(["view", str(out), "-o", str(page), "--root", str(repo)]) == 0
    parsed = Collector()
    parsed.feed(page.read_text(encoding="utf-8"))
    from extract.store import read_jsonl

    [record] = list(read_jsonl(out))
    marked = [text for _, text in parsed.marked]
    assert len(marked) >= len(record.actors) + len(record.quantities) + len(record.dates)
    assert "m actor" in record._repr_html_()


def test_to_spacy_gives_ents_span_groups_and_attributes() -> None:
    pytest.importorskip("spacy")
    from spacy import displacy

    doc = to_spacy(hostile_record())
    assert [(e.text, e.label_, e._.canonical) for e in doc.ents] == [("Russia", "GPE", 'Russia" onmouseover="alert(3)')]
    assert [(s.text, s._.unit, s._.value) for s in doc.spans["quantities"]] == [("$5 million", "USD", 5000000)]
    assert [s._.source for s in doc.spans["claims"]] == ["<img src=x onerror=alert(4)>"]
    assert "Russia" in displacy.render(doc, style="ent")


def test_eval_html_marks_a_missed_mention_on_the_gold_side(repo: Path, tmp_path: Path) -> None:
    from extract.store import read_jsonl, write_jsonl

    [gold] = list(read_jsonl(repo / "seeds" / "gold" / "crs_IN12681v2.jsonl"))
    missed = gold.actors.pop(0)
    pred = tmp_path / "pred.jsonl"
    write_jsonl(pred, [gold])
    folder = tmp_path / "html"
    assert main(["eval", "--gold", str(repo / "seeds"), "--split", "all", "--pred", str(pred), "--html",
                 str(folder)]) == 0
    page = (folder / "crs_IN12681v2.html").read_text(encoding="utf-8")
    assert f'class="m actor {missed.label} fn"' in page and f'data-at="{missed.start}-' in page
    assert "crs_IN12681v2.html" in (folder / "index.html").read_text(encoding="utf-8")
