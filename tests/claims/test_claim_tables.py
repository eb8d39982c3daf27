"""The claim tables (extract/rules/*.tsv) as the claim rules read them: values checked against each column's
choices, uses and kinds kept apart, and words matched whole, the longest first."""

from __future__ import annotations

import re

import pytest

from extract.claims import lexicon
from extract.claims.cues import DENIAL_RE, RECOMMEND_RE, REPORT_RE
from extract.errors import BriefxError
from extract.rules import table


def test_every_claim_table_holds_only_the_values_its_columns_allow() -> None:
    for name, columns in lexicon.CHOICES.items():
        rows = lexicon.rows(name)
        assert rows and all(set(row[c].split()) <= allowed for row in rows for c, allowed in columns.items())


def test_a_value_outside_its_column_s_choices_names_the_file_and_the_row(monkeypatch: pytest.MonkeyPatch) -> None:
    misspelt = ({"word": "rebuffed", "kind": "denial", "hedged": "no", "uses": "clause gerunds"},)
    monkeypatch.setattr(lexicon, "table", lambda name: misspelt)
    with pytest.raises(BriefxError, match=r"E312.*cue_verbs.tsv: 'rebuffed' has uses 'gerunds'"):
        lexicon.words_for("cue_verbs", "uses", "clause")


def test_a_cue_verb_is_a_cue_of_its_own_kind_only() -> None:
    for row in table("cue_verbs"):
        if "clause" in row["uses"].split():
            kinds = [kind for kind, regex in (("claim", REPORT_RE), ("denial", DENIAL_RE),
                                              ("recommendation", RECOMMEND_RE)) if regex.fullmatch(row["word"])]
            assert kinds == [row["kind"]], row


def test_an_alternation_matches_whole_words_the_longest_first() -> None:
    words = re.compile(rf"\b{lexicon.alternation(['call', 'call on'])}\b")
    assert [m.group() for m in words.finditer("They call on us, and call. Calling on")] == ["call on", "call"]
    with pytest.raises(ValueError, match="no uses 'quoted'"):
        lexicon.words_for("cue_verbs", "uses", "quoted")
