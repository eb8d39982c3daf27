"""Actor span rules (extract/spans/, their word lists in extract/rules/) and canonical names
(extract/normalise/actors.py) on built inputs; the quantity and date span tests wait here for their own files.

Each test writes a short text, places raw tagger-like mentions on it by their surface string, and checks what
SCHEMA.md's span rules and its conventions (seeds/README.md) keep.
"""

from __future__ import annotations

import pytest

from extract.spans.actor_filters import cited_titles
from extract.spans.mention import Mention
from extract.spans.rules import apply_span_rules
from extract.normalise.actors import Canonicaliser, abbreviations_defined, common_noun_abbreviations
from extract.normalise.items import counted_item


def place(text: str, *spans: tuple[str, str], nth: int = 0) -> list[Mention]:
    """Raw mentions at the first occurrence (after `nth` skipped ones) of each surface string."""
    out = []
    for surface, label in spans:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        out.append(Mention(start, start + len(surface), label))
    return out


def kept(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    """The surviving spans as (text, label)."""
    return [(text[m.start : m.end], m.label) for m in apply_span_rules(text, mentions)]


# --- spans that are not names ------------------------------------------------------------------------------

def test_function_words_and_lowercase_spans_are_not_actors() -> None:
    text = "Funding for space and force protection went to Congress."
    raw = place(text, ("space", "ORG"), ("and", "ORG"), ("force", "ORG"), ("Congress", "ORG"))
    assert kept(text, raw) == [("Congress", "ORG")]


def test_capitalised_function_word_alone_is_dropped_but_an_acronym_is_not() -> None:
    text = "The report. US officials and WHO staff met."
    raw = place(text, ("The", "ORG"), ("US", "GPE"), ("WHO", "ORG"))
    assert kept(text, raw) == [("US", "GPE"), ("WHO", "ORG")]


def test_lone_title_case_word_written_in_lowercase_elsewhere_is_generic() -> None:
    text = "Indirect Research Costs\nNIH pays indirect costs of research. Reuters reported it."
    raw = place(text, ("Indirect", "ORG"), ("Research", "ORG"), ("Reuters", "ORG"))
    assert kept(text, raw) == [("Reuters", "ORG")]


def test_generic_word_rule_keeps_world_table_names_and_other_labels() -> None:
    text = "Congress and the Senate met; congress of ideas. Western officials saw western Ukraine."
    raw = place(text, ("Congress", "ORG"), ("Senate", "ORG"), ("Western", "NORP"))
    assert kept(text, raw) == [("Congress", "ORG"), ("Senate", "ORG"), ("Western", "NORP")]


@pytest.mark.parametrize("noun", ["Administration", "Committee", "Court", "Company"])
def test_bare_role_nouns_are_not_actors(noun: str) -> None:
    text = f"The {noun} said so. The Trump Administration agreed."
    raw = place(text, (noun, "ORG"), ("Trump Administration", "ORG"))
    assert kept(text, raw) == [("Trump Administration", "ORG")]


def test_facilities_are_not_actors_even_when_the_head_is_outside_the_span() -> None:
    text = "SSC, based at Los Angeles Air Force Base in California, handles acquisition."
    raw = place(text, ("SSC", "ORG"), ("Los Angeles Air Force", "ORG"), ("California", "GPE"))
    assert kept(text, raw) == [("SSC", "ORG"), ("California", "GPE")]


def test_document_parts_and_citations_are_not_actors() -> None:
    text = "See P.L. 119-75, Division A, and Division C of P.L. 118-42, and 40 C.F.R. 1090."
    raw = place(text, ("Division A", "ORG"), ("C of P.L.", "ORG"), ("C.F.R.", "ORG"))
    assert kept(text, raw) == []


def test_names_inside_a_cited_title_are_not_actors_but_the_issuer_is() -> None:
    text = "See CRS In Focus IF12094, The Army's XM-30 Vehicle, by Andrew Feickert. The Army agreed."
    raw = place(text, ("CRS", "ORG"), ("Army", "ORG"), ("Andrew Feickert", "PERSON"))
    raw += place(text, ("Army", "ORG"), nth=1)
    assert kept(text, raw) == [("CRS", "ORG"), ("Andrew Feickert", "PERSON"), ("Army", "ORG")]
    assert [text[a:b] for a, b in cited_titles(text)] == ["The Army's XM-30 Vehicle"]


def test_abbreviation_of_a_common_noun_phrase_is_not_an_actor() -> None:
    text = "It requested $5.7 billion for operations and maintenance (O&M). O&M rose. FEMA paid."
    raw = place(text, ("O&M", "ORG"), ("FEMA", "ORG")) + place(text, ("O&M", "ORG"), nth=1)
    assert kept(text, raw) == [("FEMA", "ORG")]


def test_programme_abbreviation_with_common_nouns_is_not_an_actor() -> None:
    text = "The Mid-Range Capability (MRC) has two units. MRC Units deployed with the Army."
    raw = place(text, ("MRC Units", "ORG"), ("Army", "ORG"))
    assert kept(text, raw) == [("Army", "ORG")]


def test_company_named_after_its_products_is_kept_with_its_legal_form() -> None:
    text = ("The award went to American Rheinmetall Vehicles, LLC (Sterling Heights, MI). Later, American "
            "Rheinmetall Vehicles and BAE Systems bid; the Optionally Manned Fighting Vehicle was delayed.")
    raw = place(text, ("American Rheinmetall Vehicles", "ORG"), ("BAE Systems", "ORG"),
                ("Optionally Manned Fighting Vehicle", "ORG"))
    raw += place(text, ("American Rheinmetall Vehicles", "ORG"), nth=1)
    assert kept(text, raw) == [("American Rheinmetall Vehicles, LLC", "ORG"),
                               ("American Rheinmetall Vehicles", "ORG"), ("BAE Systems", "ORG")]


# --- names the tagger split ----------------------------------------------------------------------------------

def test_fragments_split_at_a_tagged_connector_are_joined() -> None:
    text = "The government appealed to the U.S. Court of Appeals for the Federal Circuit, and lost."
    raw = place(text, ("U.S. Court of Appeals for", "ORG"), ("Federal Circuit", "ORG"))
    assert kept(text, raw) == [("U.S. Court of Appeals for the Federal Circuit", "ORG")]


def test_dangling_connector_is_trimmed_when_nothing_follows() -> None:
    text = "the shooting at the Church of the Annunciation in Minnesota"
    raw = place(text, ("Church of", "ORG"), ("Minnesota", "GPE"))
    assert kept(text, raw)[-1] == ("Minnesota", "GPE")
    joined = place(text, ("Church of", "ORG"), ("Annunciation", "ORG"), ("Minnesota", "GPE"))
    assert kept(text, joined) == [("Church of the Annunciation", "ORG"), ("Minnesota", "GPE")]


def test_a_person_begun_twice_is_one_name_and_an_org_tail_stops_before_a_person() -> None:
    text = "He talks to Assistant Secretary of the Air Force for Acquisition Marvin Sambur about Boeing."
    raw = place(text, ("Air Force for", "ORG"), ("Marvin", "PERSON"), ("Sambur", "PERSON"), ("Boeing", "ORG"))
    assert kept(text, raw) == [("Air Force", "ORG"), ("Marvin Sambur", "PERSON"), ("Boeing", "ORG")]


def test_titles_in_front_of_a_person_are_no_part_of_the_name() -> None:
    text = "He met Crown Prince Mohammed bin Salman and Prince Philip."
    raw = place(text, ("Crown Prince Mohammed bin Salman", "PERSON"), ("Prince Philip", "PERSON"))
    assert kept(text, raw) == [("Mohammed bin Salman", "PERSON"), ("Philip", "PERSON")]


def test_a_lower_case_word_hyphenated_to_a_name_is_no_part_of_it() -> None:
    text = "U.S.-led forces used U.S.-origin parts against al-Shabaab."
    raw = place(text, ("U.S.-led", "GPE"), ("U.S.-origin", "GPE"), ("al-Shabaab", "ORG"))
    assert kept(text, raw) == [("U.S.", "GPE"), ("U.S.", "GPE"), ("al-Shabaab", "ORG")]


def test_untagged_connector_between_two_orgs_does_not_join_them() -> None:
    text = "a report by GAO for Congress on the matter"
    raw = place(text, ("GAO", "ORG"), ("Congress", "ORG"))
    assert kept(text, raw) == [("GAO", "ORG"), ("Congress", "ORG")]


def test_and_joins_only_inside_one_name() -> None:
    text = "the Department of Health and Human Services, and the Farm Service Agency and Natural Resources " \
           "Conservation Service"
    raw = place(text, ("Department of Health", "ORG"), ("and", "ORG"), ("Human Services", "ORG"),
                ("Farm Service Agency and", "ORG"), ("Natural Resources Conservation Service", "ORG"))
    assert kept(text, raw) == [("Department of Health and Human Services", "ORG"), ("Farm Service Agency", "ORG"),
                               ("Natural Resources Conservation Service", "ORG")]


def test_a_body_named_after_a_possessive_is_one_org() -> None:
    text = "a denial issued by China’s Ministry of Foreign Affairs; China’s Huawei denied it."
    raw = place(text, ("China", "GPE"), ("Ministry of Foreign Affairs", "ORG"), ("Huawei", "ORG"))
    raw.append(place(text, ("China", "GPE"), nth=1)[0])
    assert kept(text, raw) == [("China’s Ministry of Foreign Affairs", "ORG"), ("China", "GPE"), ("Huawei", "ORG")]


def test_missing_head_before_of_and_missing_tail_after_on_are_taken_in() -> None:
    text = "under a secondary Department of War designation, the Senate Select Committee on Intelligence said"
    raw = place(text, ("of War", "ORG"), ("Senate Select Committee on", "ORG"))
    assert kept(text, raw) == [("Department of War", "ORG"), ("Senate Select Committee on Intelligence", "ORG")]
    text = "They sued in the U.S. District Court for the Eastern District of Texas. The plaintiffs argued."
    assert kept(text, place(text, ("U.S. District Court for the", "ORG"))) == [
        ("U.S. District Court for the Eastern District of Texas", "ORG")]  # the tail stops at the sentence end


# --- canonical names -----------------------------------------------------------------------------------------

def test_abbreviation_definitions_in_brackets_semicolons_possessives_and_laws() -> None:
    text = ("at the National Training Center [NTC] at Fort Irwin; the National Renewable Energy Laboratory (NREL; "
            "renamed later); The Office of the U.S. Trade Representative's (USTR's) report; the Disaster Recovery "
            "Reform Act of 2018 (DRRA).")
    assert abbreviations_defined(text) == {
        "NTC": "National Training Center", "NREL": "National Renewable Energy Laboratory",
        "USTR": "Office of the U.S. Trade Representative", "DRRA": "Disaster Recovery Reform Act"}


def test_common_noun_abbreviations_need_a_lowercase_definition_only() -> None:
    text = ("operations and maintenance (O&M); a discharge review board (DRB) and the Discharge Review Board (DRB); "
            "artificial intelligence (AI)")
    assert common_noun_abbreviations(text) == {"O&M", "AI"}


def test_short_form_takes_the_us_name_written_anywhere_in_the_brief() -> None:
    text = "The Army's plan. The Army said. Later the U.S. Army approved it; U.S. Congress acted."
    canon = Canonicaliser.for_document(text, ["Army", "Army", "U.S. Army", "U.S. Congress"])
    assert canon.canonical("Army", "ORG") == "U.S. Army"
    assert canon.canonical("Congress", "ORG") == "Congress"
    assert Canonicaliser.for_document(text).canonical("Army", "ORG") == "Army"


def test_short_form_after_of_takes_the_full_court_name() -> None:
    canon = Canonicaliser.for_document("")
    assert canon.canonical("U.S. Court of Appeals for the Federal Circuit", "ORG") == \
        "U.S. Court of Appeals for the Federal Circuit"
    assert canon.canonical("Federal Circuit", "ORG") == "U.S. Court of Appeals for the Federal Circuit"
    assert canon.canonical("Appeals", "ORG") == "Appeals"


def test_defined_abbreviation_inside_a_name_is_spelt_out() -> None:
    canon = Canonicaliser.for_document("The Chief of Space Operations (CSO) leads. The Office of the CSO is here.")
    assert canon.canonical("Office of the CSO", "ORG") == "Office of the Chief of Space Operations"


def test_world_table_gives_surnames_demonyms_and_department_aliases() -> None:
    canon = Canonicaliser.for_document("President Trump met Argentine officials at the Justice Department.")
    assert canon.canonical("Trump", "PERSON") == "Donald Trump"
    assert canon.canonical("Argentine", "NORP") == "Argentina"
    assert canon.canonical("Justice Department", "ORG") == "U.S. Department of Justice"  # the official name
    assert Canonicaliser.for_document("DOJ sued.").canonical("DOJ", "ORG") == "U.S. Department of Justice"
    introduced = Canonicaliser.for_document("")
    assert introduced.canonical("Eric Trump", "PERSON") == "Eric Trump"
    assert introduced.canonical("Trump", "PERSON") == "Eric Trump"


# --- quantity and date spans ----------------------------------------------------------------------------------

def test_citation_volumes_enumerators_and_one_of_the_are_not_quantities() -> None:
    text = "Under 42 U.S.C. 7545 and 40 C.F.R. 80, EPA must (1) publish and (2) act; one of the largest programs " \
           "got 12 grants, one of the two bases closed."
    raw = place(text, ("42", "QUANTITY"), ("40", "QUANTITY"), ("1", "QUANTITY"), ("2", "QUANTITY"),
                ("one", "QUANTITY"), ("12", "QUANTITY"))
    raw += place(text, ("one", "QUANTITY"), nth=1)
    assert kept(text, raw) == [("12", "QUANTITY"), ("one", "QUANTITY")]
    assert apply_span_rules(text, raw)[-1].start == text.index("one of the two")


def test_numbers_in_names_calibres_and_congresses_by_number_are_not_quantities() -> None:
    text = ("IFPC Increment 2 has a 30mm medium-caliber cannon; the 118 and 119 Congresses acted in 11 of the "
            "16 Congresses.")
    raw = place(text, ("2", "QUANTITY"), ("30", "QUANTITY"), ("118", "QUANTITY"), ("119", "QUANTITY"),
                ("11", "QUANTITY"), ("16", "QUANTITY"))
    assert kept(text, raw) == [("11", "QUANTITY"), ("16", "QUANTITY")]


def test_coordinated_years_are_two_dates_but_between_makes_one_range() -> None:
    text = "For FY2024 and FY2025, funds rose between 2022 and 2025 under the Act for Fiscal Year 2020."
    raw = place(text, ("FY2024 and FY2025", "DATE"), ("between 2022 and 2025", "DATE"), ("Fiscal Year 2020", "DATE"))
    assert kept(text, raw) == [("FY2024", "DATE"), ("FY2025", "DATE"), ("2022 and 2025", "DATE"),
                               ("Fiscal Year 2020", "DATE")]


def test_date_span_takes_its_closing_bracket_and_drops_a_glued_sentence() -> None:
    text = "Training runs through March [2027]. Exports from 2016 to 2025.The chart shows them."
    raw = place(text, ("March [2027", "DATE"), ("2016 to 2025.The", "DATE"))
    assert kept(text, raw) == [("March [2027]", "DATE"), ("2016 to 2025", "DATE")]


def test_abbreviation_long_form_starts_after_a_sentence_end_or_a_possessive_owner() -> None:
    text = ("They describe the Tolling Program. New York City's Metropolitan Transportation Authority (MTA) runs it. "
            "NOAA's National Marine Fisheries Service (NMFS) agreed.")
    assert abbreviations_defined(text) == {"MTA": "Metropolitan Transportation Authority",
                                           "NMFS": "National Marine Fisheries Service"}


def test_abbreviations_with_a_comma_a_spelt_out_owner_and_a_companys_short_name() -> None:
    text = ("The People's Republic of China (PRC, or China) launched it. The Center for Tech and Civic Life (CTCL, "
            "$350 million) paid. California's Department of Education (CDE) agreed. DOJ sued Uber Technologies, "
            "Inc. (Uber) and Lyft, Inc. (Lyft).")
    assert abbreviations_defined(text) == {
        "PRC": "People's Republic of China", "CTCL": "Center for Tech and Civic Life",
        "CDE": "California's Department of Education", "Uber": "Uber Technologies", "Lyft": "Lyft"}
    canon = Canonicaliser.for_document(text)
    assert (canon.canonical("PRC", "GPE"), canon.canonical("Uber", "ORG")) == ("China", "Uber Technologies")


def test_a_companys_short_name_is_an_actor_at_every_use_and_its_first_words_name_it() -> None:
    text = "The DOJ sued Uber Technologies, Inc. (Uber) in 2025. Uber denied it; Uber Eats is a service."
    raw = place(text, ("Uber Technologies, Inc.", "ORG"))
    assert kept(text, raw)[:3] == [("Uber Technologies, Inc.", "ORG"), ("Uber", "ORG"), ("Uber", "ORG")]
    canon = Canonicaliser.for_document("")
    assert [canon.canonical(name, "ORG") for name in ("General Dynamics Land Systems", "General Dynamics",
                                                      "Marines", "USMC")] == \
        ["General Dynamics Land Systems", "General Dynamics Land Systems", "Marine Corps", "Marine Corps"]


def test_a_lone_initial_is_not_a_person_and_plural_programme_heads_are_not_actors() -> None:
    text = "Thomas R. Carr wrote about the Urban Partnership Agreements."
    raw = place(text, ("Thomas", "PERSON"), ("R.", "PERSON"), ("Urban Partnership Agreements", "ORG"))
    assert kept(text, raw) == [("Thomas R. Carr", "PERSON")]  # the known first name takes in the whole name


def test_a_treaty_named_as_a_convention_protocol_or_accord_is_not_an_actor() -> None:
    text = "Russia breached the Chemical Weapons Convention and the Minsk Protocol, the OPCW said."
    raw = place(text, ("Russia", "GPE"), ("Chemical Weapons Convention", "ORG"), ("Minsk Protocol", "ORG"),
                ("OPCW", "ORG"))
    assert kept(text, raw) == [("Russia", "GPE"), ("OPCW", "ORG")]


def test_every_use_of_an_organisations_defined_abbreviation_is_an_actor_but_not_inside_a_laws_name() -> None:
    text = ("The Government Accountability Office (GAO) estimated costs. GAO further noted delays. "
            "The Small Area Income and Poverty Estimates (SAIPE) program helps. SAIPE data differ. "
            "The GAO Authorization Act passed.")
    raw = place(text, ("Government Accountability Office", "ORG"), ("Small Area Income and Poverty Estimates", "ORG"))
    assert kept(text, raw) == [("Government Accountability Office", "ORG"), ("GAO", "ORG"), ("GAO", "ORG"),
                               ("Small Area Income and Poverty Estimates", "ORG")]


def test_a_place_and_its_own_body_are_one_org_but_not_a_place_and_a_thing() -> None:
    text = "A U.S. District Court enjoined it, citing total U.S. GHG emissions."
    raw = place(text, ("U.S.", "GPE"), ("District Court", "ORG")) + place(text, ("U.S.", "GPE"), nth=1) + \
        place(text, ("GHG", "ORG"))
    assert kept(text, raw) == [("U.S. District Court", "ORG"), ("U.S.", "GPE"), ("GHG", "ORG")]


def test_a_lone_word_tagged_person_is_dropped_unless_the_brief_or_the_world_table_names_that_person() -> None:
    text = "Jack Burnham wrote that Burnham and Putin met near the Moon."
    raw = place(text, ("Jack Burnham", "PERSON"), ("Burnham", "PERSON"), ("Putin", "PERSON"), ("Moon", "PERSON"))
    raw[1] = place(text, ("Burnham", "PERSON"), nth=1)[0]
    assert kept(text, raw) == [("Jack Burnham", "PERSON"), ("Burnham", "PERSON"), ("Putin", "PERSON")]


def test_kinds_of_body_tax_credits_and_lowercase_defined_abbreviations_are_not_actors() -> None:
    text = ("Research is overseen by Institutional Review Boards (IRBs); each IRB reviews it. Families of children "
            "and youth with special health care needs (CYSHCN) use the Energy Efficient Home Improvement Credit "
            "and wheelchair accessible vehicles (WAVs); WAVs are rare.")
    raw = place(text, ("Institutional Review Boards", "ORG"), ("IRB", "ORG"), ("CYSHCN", "ORG"),
                ("Energy Efficient Home Improvement Credit", "ORG")) + place(text, ("WAVs", "ORG"), nth=1)
    raw[1] = place(text, ("IRB", "ORG"), nth=1)[0]
    assert kept(text, raw) == []


def test_quantity_takes_a_currency_sign_left_out_a_rate_per_anything_and_an_open_bound() -> None:
    text = "The credit was limited to $1,200 per taxpayer; filers with incomes of $100,000 or more got $600."
    raw = place(text, ("1,200", "QUANTITY"), ("100,000", "QUANTITY"), ("600", "QUANTITY"))
    assert kept(text, raw) == [("$1,200 per taxpayer", "QUANTITY"), ("$100,000 or more", "QUANTITY"),
                               ("$600", "QUANTITY")]


def test_case_captions_and_italic_names_hold_no_actors_but_a_titled_surname_is_a_person() -> None:
    text = ("In Louisiana v. Callais, the Court cited _Dobbs_ and Pierce v. Society of Sisters. Justice Kagan "
            "dissented; Louisiana objected. _Research Assistant Joe Angert provided support._")
    raw = place(text, ("Louisiana", "GPE"), ("Callais", "ORG"), ("Dobbs", "ORG"), ("Pierce", "ORG"),
                ("Society of Sisters", "ORG"), ("Kagan", "PERSON"), ("Joe Angert", "PERSON"))
    raw.append(place(text, ("Louisiana", "GPE"), nth=1)[0])
    assert kept(text, raw) == [("Kagan", "PERSON"), ("Louisiana", "GPE"), ("Joe Angert", "PERSON")]


def test_a_possessive_tagged_at_the_head_of_a_body_joins_the_place_before_it() -> None:
    text = "California's Department of Education (CDE) issued guidance."
    raw = [Mention(0, 10, "GPE"), Mention(10, text.index(" ("), "ORG")]  # the tagger's `'s Department of Education`
    assert kept(text, raw) == [("California's Department of Education", "ORG"), ("CDE", "ORG")]


def test_a_company_short_name_of_several_words_is_the_company_at_every_use() -> None:
    text = "The FDA traced it to RAW FARM, LLC (Raw Farm). Raw Farm disputed that."
    raw = place(text, ("RAW FARM, LLC", "ORG"))
    assert kept(text, raw) == [("RAW FARM, LLC", "ORG"), ("Raw Farm", "ORG"), ("Raw Farm", "ORG")]
    canon = Canonicaliser.for_document(text)
    assert canon.canonical("Raw Farm", "ORG") == "RAW FARM"


def test_an_organisation_has_one_official_name_whatever_the_brief_calls_it() -> None:
    text = "the Treasury Department agreed; Treasury reported. The Justice Department and the Department of Justice"
    canon = Canonicaliser.for_document(text)
    for name in ("Treasury", "Treasury Department", "U.S. Treasury", "Department of the Treasury"):
        assert canon.canonical(name, "ORG") == "U.S. Department of the Treasury"
    assert canon.canonical("Justice Department", "ORG") == "U.S. Department of Justice"
    assert canon.canonical("Pentagon", "ORG") == "U.S. Department of Defense"


def test_the_state_of_a_us_state_is_that_place() -> None:
    text = "The RNC sued the State of Mississippi in federal court."
    assert kept(text, place(text, ("State of Mississippi", "ORG"))) == [("State of Mississippi", "GPE")]
    assert Canonicaliser.for_document(text).canonical("State of Mississippi", "GPE") == "Mississippi"


def test_relative_weeks_are_dates_and_end_a_counted_item() -> None:
    text = "Treasury sanctioned six Iranian entities last week."
    assert ("last week", "DATE") in kept(text, place(text, ("six", "QUANTITY")))
    assert counted_item(" Iranian entities last week.", None) == "Iranian entities"


def test_a_lone_surname_that_speaks_is_kept_one_that_does_not_is_dropped() -> None:
    text = "Okonjo said the fund would grow. The probe Artemis flew on."
    assert kept(text, place(text, ("Okonjo", "PERSON"), ("Artemis", "PERSON"))) == [("Okonjo", "PERSON")]


def test_a_surname_after_a_director_or_administrator_title_is_kept() -> None:
    text = "Director Kratsios and Administrator Zeldin spoke; Merle attended."
    raw = place(text, ("Kratsios", "PERSON"), ("Zeldin", "PERSON"), ("Merle", "PERSON"))
    assert kept(text, raw) == [("Kratsios", "PERSON"), ("Zeldin", "PERSON")]


def test_a_person_named_in_full_once_is_then_named_by_one_name_or_a_transcript_label() -> None:
    text = ("Jane Doe chairs the panel. \"It is late,\" Doe said. Thanks, Jane. SECRETARY BLINKEN: Yes. "
            "Secretary Blinken spoke. The Doe Foundation and Jane Street replied.")
    raw = place(text, ("Jane Doe", "PERSON"), ("Blinken", "PERSON"), nth=0)
    raw[1] = place(text, ("Secretary Blinken", "PERSON"))[0]
    raw[1] = Mention(raw[1].start + len("Secretary "), raw[1].end, "PERSON")
    assert kept(text, raw) == [("Jane Doe", "PERSON"), ("Doe", "PERSON"), ("Jane", "PERSON"), ("BLINKEN", "PERSON"),
                               ("Blinken", "PERSON")]
    canonicaliser = Canonicaliser.for_document(text)
    assert [canonicaliser.canonical(name, "PERSON") for name in ("Antony Blinken", "BLINKEN")] == ["Antony Blinken"] * 2


def test_a_name_in_capitals_after_an_honorific_is_a_person_in_title_case() -> None:
    text = "Jalina Porter briefed.\nMS PORTER: Good afternoon.\nMr. HOLT. Madam Speaker, I rise today."
    assert kept(text, place(text, ("Jalina Porter", "PERSON"))) == [
        ("Jalina Porter", "PERSON"), ("PORTER", "PERSON"), ("HOLT", "PERSON")]
    canonicaliser = Canonicaliser.for_document(text)
    assert [canonicaliser.canonical(name, "PERSON") for name in ("Jalina Porter", "PORTER", "TIM MURPHY", "HOLT")] == [
        "Jalina Porter", "Jalina Porter", "Tim Murphy", "Holt"]
    text = "Mr. DeFAZIO. Mr. Speaker, I yield. Mr. WU. Mr. AL GREEN of Texas."
    assert kept(text, []) == [("DeFAZIO", "PERSON"), ("WU", "PERSON"), ("AL GREEN", "PERSON")]
    assert [canonicaliser.canonical(name, "PERSON") for name in ("DeFAZIO", "McCARTHY", "JACKSON-LEE")] == [
        "DeFazio", "McCarthy", "Jackson-Lee"]


def test_legislators_by_surname_and_places_in_a_line_of_capitals() -> None:
    text = "TURKEY AND IRAQ\nCongressman Wamp spoke, and Senators Levin and McCain replied. Senator Jane Doe agreed."
    assert kept(text, place(text, ("Jane Doe", "PERSON"))) == [
        ("TURKEY", "GPE"), ("IRAQ", "GPE"), ("Wamp", "PERSON"), ("Levin", "PERSON"), ("McCain", "PERSON"),
        ("Jane Doe", "PERSON")]


def test_named_administrations_republics_and_spellings_of_al_qaeda_have_one_canonical() -> None:
    canonicaliser = Canonicaliser.for_document("")
    assert [canonicaliser.canonical(name, label) for name, label in (
        ("Bush administration", "ORG"), ("Republic of Azerbaijan", "GPE"), ("REPUBLIC OF AZERBAIJAN", "GPE"),
        ("al Qaeda", "ORG"), ("al-Qaida", "ORG"), ("IRAQ", "GPE"))] == [
        "Bush Administration", "Azerbaijan", "Azerbaijan", "Al-Qaeda", "Al-Qaeda", "Iraq"]


def test_a_name_cut_at_its_hyphen_is_made_whole_unless_the_part_is_an_actor() -> None:
    text = "The manufacturer Almaz-Antey builds radars for the Indo-Pacific theater amid U.S.-China tension."
    mentions = place(text, ("Almaz", "ORG"), ("Pacific", "LOC"), ("U.S.", "GPE"), ("China", "GPE"))
    mentions[1] = Mention(mentions[1].start, mentions[1].end, "GPE")
    assert kept(text, mentions) == [("Almaz-Antey", "ORG"), ("Indo-Pacific", "GPE"), ("U.S.", "GPE"), ("China", "GPE")]


def test_the_world_table_s_label_wins_between_organisation_and_place() -> None:
    text = "The EU and the Russian Federation met NATO in Paris."
    mentions = place(text, ("EU", "GPE"), ("Russian Federation", "ORG"), ("NATO", "NORP"), ("Paris", "GPE"))
    assert kept(text, mentions) == [("EU", "ORG"), ("Russian Federation", "GPE"), ("NATO", "ORG"), ("Paris", "GPE")]


def test_a_name_the_tagger_split_is_joined_where_the_world_table_knows_it() -> None:
    text = "Sanctions on the Russian Federation. The Federal Reserve met."
    mentions = place(text, ("Russian", "NORP"), ("Federation", "ORG"), ("Reserve", "ORG"))
    assert kept(text, mentions) == [("Russian Federation", "GPE"), ("Federal Reserve", "ORG")]


def test_a_place_after_government_of_is_inside_that_government_s_name() -> None:
    text = "An official of the Government of the Russian Federation and the government of Iran spoke."
    mentions = place(text, ("Russian Federation", "GPE"), ("Iran", "GPE"))
    assert kept(text, mentions) == [("Government of the Russian Federation", "ORG"), ("Iran", "GPE")]


def test_a_regional_demonym_is_a_nationality_whatever_the_tagger_called_it() -> None:
    text = "The South American leaders met Philippine and African delegates."
    raw = place(text, ("South", "GPE"), ("American", "ORG"), ("Philippine", "GPE"), ("African", "ORG"))
    assert kept(text, raw) == [("South American", "NORP"), ("Philippine", "NORP"), ("African", "NORP")]
    assert Canonicaliser.for_document(text).canonical("South American", "NORP") == "South America"


def test_a_name_the_brief_gives_a_weapon_or_system_is_no_actor() -> None:
    text = "The Army fielded the Typhon system in 2024. Typhon has four launchers; Raytheon builds the missiles."
    raw = place(text, ("Army", "ORG"), ("Typhon", "ORG"), ("Raytheon", "ORG"))
    raw += place(text, ("Typhon", "ORG"), nth=1)
    assert kept(text, raw) == [("Army", "ORG"), ("Raytheon", "ORG")]


def test_a_known_first_name_and_a_surname_the_tagger_missed_are_a_person() -> None:
    text = ("The Head of the OECD Angel Gurría has said so. Sanctioned:\n- Marina Mordashova\n"
            "A dolphinfish (Mahi Mahi) costs more per diem in Grant Park, as Dobbs v. Jackson Women's Health "
            "Organization held. Walter Reed is old; Walter Reed is busy; Walter Reed is full.")
    raw = place(text, ("OECD", "ORG"), ("Gurría", "PERSON"))
    assert kept(text, raw) == [("OECD", "ORG"), ("Angel Gurría", "PERSON"), ("Marina Mordashova", "PERSON")]
