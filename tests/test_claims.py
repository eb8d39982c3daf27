"""Claim cue rules on hand-made sentences: cues, content spans, sources, stance and hedging."""

from __future__ import annotations

from extract.claims import ClaimRules
from extract.records import Actor, DocumentRecord
from extract.segment import segment


def claims_of(text: str, actors: list[tuple[str, str, str]]):  # type: ignore[no-untyped-def]
    record = DocumentRecord(doc_id="t", source="t", sha256="", published="2025-04-11", title=None)
    for number, (name, label, canonical) in enumerate(actors, start=1):
        start = text.index(name)
        record.actors.append(Actor(f"a{number}", start, start + len(name), name, label, canonical))
    record.actors.sort(key=lambda a: a.start)
    return ClaimRules()(segment(text), record)


def test_reported_speech_with_that() -> None:
    text = "During a press conference, Ukrainian President Volodymyr Zelenskyy claimed that more than 150 Chinese nationals were fighting in Ukraine."
    [claim] = claims_of(text, [("Ukrainian", "NORP", "Ukraine"), ("Volodymyr Zelenskyy", "PERSON", "Volodymyr Zelenskyy")])
    assert claim.text == "more than 150 Chinese nationals were fighting in Ukraine"
    assert (claim.kind, claim.source, claim.cue.text, claim.stance, claim.hedged) == \
        ("claim", "Volodymyr Zelenskyy", "claimed", "asserts", False)


def test_pronoun_source_and_hedge() -> None:
    text = "Zelenskyy spoke on Monday.\nHe suggested that Beijing was aware of the recruitment."
    [claim] = claims_of(text, [("Zelenskyy", "PERSON", "Volodymyr Zelenskyy")])
    assert claim.source == "Volodymyr Zelenskyy" and claim.hedged and claim.cue.text == "suggested"


def test_recommendation_by_the_author_keeps_its_modal() -> None:
    text = "In response, the United States should place pressure on Moscow to abandon its war."
    [claim] = claims_of(text, [("United States", "GPE", "United States"), ("Moscow", "GPE", "Russia")])
    assert claim.text == "the United States should place pressure on Moscow to abandon its war"
    assert (claim.kind, claim.source, claim.stance, claim.cue.text) == ("recommendation", "AUTHOR", "recommends", "should")
    assert claim.actors == ["a1", "a2"]


def test_author_evaluation_is_a_hedged_claim() -> None:
    text = "While it is unlikely that China directly authorized its citizens to fight, the ties are growing."
    [claim] = claims_of(text, [("China", "GPE", "China")])
    assert claim.source == "AUTHOR" and claim.hedged and claim.text.startswith("China directly authorized")


def test_according_to_puts_the_source_after_the_cue() -> None:
    text = "According to CDC, 11 people were sickened in California."
    [claim] = claims_of(text, [("CDC", "ORG", "Centers for Disease Control and Prevention"), ("California", "GPE", "California")])
    assert claim.source == "Centers for Disease Control and Prevention"
    assert claim.text == "11 people were sickened in California"


def test_denial() -> None:
    text = "The ministry denied that Chinese citizens were fighting for Russia."
    [claim] = claims_of(text, [("Chinese", "NORP", "China"), ("Russia", "GPE", "Russia")])
    assert (claim.kind, claim.stance, claim.cue.text) == ("denial", "denies", "denied")


def test_plain_narrative_is_not_a_claim() -> None:
    assert claims_of("Reuters published a story in September 2024.", [("Reuters", "ORG", "Reuters")]) == []


def test_a_cue_ending_its_line_introduces_a_block_quote() -> None:
    text = ("Intro line.\nAccording to Defense News\n\nPrototypes will take 18 months. The Army will move into testing.\n"
            "Next paragraph is narrative.\n")
    claims = claims_of(text, [("Defense News", "ORG", "Defense News"), ("Army", "ORG", "U.S. Army")])
    assert [c.text for c in claims] == ["Prototypes will take 18 months", "The Army will move into testing"]
    assert {c.source for c in claims} == {"Defense News"} and {c.cue.text for c in claims} == {"According to"}


def test_a_reporting_verb_ending_its_line_quotes_the_next_paragraph_or_bullet_run() -> None:
    text = ("The Navy's budget request notes that\n\nReductions are due to spending caps. The program was fully funded.\n\n"
            "Marine Corps leadership reportedly remarked that\n\n- Vehicles are clear to operate in surf.\n"
            "- The Corps is working with BAE Systems on readiness.\n\nThe vehicle entered service in 2020.\n")
    claims = claims_of(text, [("Navy", "ORG", "Navy"), ("Marine Corps", "ORG", "Marine Corps"),
                              ("BAE Systems", "ORG", "BAE Systems")])
    assert [(c.text, c.source, c.cue.text, c.hedged) for c in claims] == [
        ("Reductions are due to spending caps", "Navy", "notes", False),
        ("The program was fully funded", "Navy", "notes", False),
        ("Vehicles are clear to operate in surf", "Marine Corps", "remarked", True),
        ("The Corps is working with BAE Systems on readiness", "Marine Corps", "remarked", True)]


def test_a_heading_noun_ending_its_line_quotes_nothing() -> None:
    text = "Notes:\n\nThe data cover 2020 to 2024.\n\nRelated CRS Reports:\n\nCRS Report R48552, The Nutrition Title\n"
    assert claims_of(text, [("CRS", "ORG", "Congressional Research Service")]) == []


def test_two_coordinated_sources_make_one_claim_each() -> None:
    text = "The ridesharing companies Uber and Lyft have argued that these provisions do not cover them."
    claims = claims_of(text, [("Uber", "ORG", "Uber Technologies"), ("Lyft", "ORG", "Lyft")])
    assert [(c.text, c.source, c.cue.text) for c in claims] == [
        ("these provisions do not cover them", "Lyft", "argued"),
        ("these provisions do not cover them", "Uber Technologies", "argued")]
    text = "A report by Uber for Lyft argued that the provisions do not cover them."  # no pair: the report's writer
    assert [c.source for c in claims_of(text, [("Uber", "ORG", "Uber"), ("Lyft", "ORG", "Lyft")])] == ["Uber"]


def test_a_reporting_clause_set_off_by_commas_reports_its_clause() -> None:
    text = ("As a result, the court explained, the amendments impose costs on all filers. This justification failed, "
            "the court determined, because most deals prompt no review. The court agreed with the plaintiffs that "
            "the rule was unlawful. CBD argued, among other things, that the exemption was void.")
    claims = claims_of(text, [("CBD", "ORG", "Center for Biological Diversity")])
    assert [(c.text, c.cue.text) for c in claims] == [
        ("the amendments impose costs on all filers", "explained"),
        ("This justification failed, the court determined, because most deals prompt no review", "determined"),
        ("the rule was unlawful", "agreed"), ("the exemption was void", "argued")]
    assert claims[-1].source == "Center for Biological Diversity"


def test_allegedly_in_a_paragraph_of_allegations_is_the_alleger_s() -> None:
    text = ("The DOJ alleged that Uber charged unlawful fees. Some drivers also allegedly refuse to serve riders.\n\n"
            "Some drivers allegedly refuse to stop.")
    claims = claims_of(text, [("DOJ", "ORG", "Department of Justice")])
    assert [(c.source, c.hedged) for c in claims] == [
        ("Department of Justice", False), ("Department of Justice", True), ("UNKNOWN", True)]


def test_news_style_reporting_clauses_adjuncts_hearers_and_postposed_speakers() -> None:
    text = ("“We will respond decisively to any aggression,” said Iranian Foreign Minister Abbas Araghchi on Sunday. "
            "He told reporters that Tehran had no intention of closing the strait. The Pentagon said in a "
            "statement on Monday that two destroyers had been sent. Beijing has called for restraint, a Chinese "
            "spokesperson said. Participation data are from USDA, unless otherwise noted. In its 2024 report on the "
            "program, the agency said.")
    actors = [("Iranian", "NORP", "Iran"), ("Abbas Araghchi", "PERSON", "Abbas Araghchi"),
              ("Pentagon", "ORG", "Department of Defense"), ("Beijing", "GPE", "China"), ("Chinese", "NORP", "China"),
              ("USDA", "ORG", "USDA")]
    claims = claims_of(text, actors)
    assert [(c.text, c.source, c.cue.text) for c in claims] == [
        ("We will respond decisively to any aggression", "Abbas Araghchi", "said"),
        ("Tehran had no intention of closing the strait", "Abbas Araghchi", "told"),
        ("two destroyers had been sent", "Department of Defense", "said"),
        ("Beijing has called for restraint", "China", "said")]


def test_adding_that_starts_a_second_claim_and_names_before_past_tense_verbs_open_a_clause() -> None:
    text = ("The ministry said the drones were Iranian-made, adding that more attacks would follow. U.S. officials "
            "believe Russia supplied the missiles. Hamas has denied any involvement in the attack.")
    assert [(c.kind, c.text, c.cue.text) for c in claims_of(text, [])] == [
        ("claim", "the drones were Iranian-made", "said"), ("claim", "more attacks would follow", "adding"),
        ("claim", "Russia supplied the missiles", "believe"), ("denial", "any involvement in the attack", "denied")]


def test_estimate_is_a_hedged_cue_and_an_unclear_judgement_is_hedged() -> None:
    text = "Experts estimate that Iran has enough uranium for six bombs. It remains unclear whether Beijing approved it."
    assert [(c.text, c.cue.text, c.source, c.hedged) for c in claims_of(text, [])] == [
        ("Iran has enough uranium for six bombs", "estimate", "UNKNOWN", True),
        ("Beijing approved it", "unclear", "AUTHOR", True)]


def test_relative_that_and_in_that_are_no_content_clause() -> None:
    text = ("FEMA said in the notice that was published that funds return. The law comports with the ruling in "
            "Foster in that votes are cast by Election Day.")
    assert claims_of(text, [("FEMA", "ORG", "FEMA")]) == []


def test_headline_claim_without_that() -> None:
    text = "Kyiv Claims That More Than 150 Chinese Nationals Are Fighting for Russia"
    [claim] = claims_of(text, [("Kyiv", "GPE", "Ukraine"), ("Russia", "GPE", "Russia")])
    assert (claim.text, claim.source, claim.cue.text) == (
        "More Than 150 Chinese Nationals Are Fighting for Russia", "Ukraine", "Claims")


def test_lenient_proposals_add_wider_cues_marked_not_strict() -> None:
    text = ("Officials said that the plan may fail. China condemned the deployment as fueling an arms race. "
            "Applications rose, which may also partially explain the lower success rates.")
    record = DocumentRecord(doc_id="t", source="t", sha256="", published=None, title=None)
    rules = ClaimRules()
    strict = rules(segment(text), record)
    proposed = rules.propose(segment(text), record, lenient=True)
    assert [c.text for c in strict] == ["the plan may fail"]
    wide = {c.claim.text: c.cue_kind for c in proposed if not c.strict}
    assert wide["the deployment as fueling an arms race"] == "claim"
    assert wide["which may also partially explain the lower success rates"] == "author"
    assert [c.claim.text for c in proposed if c.strict] == ["the plan may fail"]
    assert "May 2025" not in {c.claim.cue.text for c in proposed if c.claim.cue}


def test_two_that_clauses_of_one_cue_are_two_claims() -> None:
    text = "FEMA said that the NOFO was cancelled and that FEMA will cancel all of the projects."
    claims = claims_of(text, [("FEMA", "ORG", "Federal Emergency Management Agency")])
    assert [c.text for c in claims] == ["the NOFO was cancelled", "FEMA will cancel all of the projects"]
    assert {(c.cue.text, c.source) for c in claims} == {("said", "Federal Emergency Management Agency")}


def test_base_form_and_participle_cues_and_a_ruling() -> None:
    text = "Some reports suggest that prototypes are to feature a new engine. The judge issued a ruling that the " \
           "agency had unlawfully ended the program. The states filed a motion asking the court to enforce its order."
    claims = claims_of(text, [])
    assert [(c.cue.text, c.kind, c.source) for c in claims] == [
        ("suggest", "claim", "UNKNOWN"), ("ruling", "claim", "UNKNOWN"), ("asking", "recommendation", "UNKNOWN")]
    assert claims[0].hedged and claims[2].text.startswith("the court to enforce")


def test_an_actor_after_a_preposition_is_not_the_source_when_another_is_near() -> None:
    text = "FEMA's testimony before the House Appropriations Committee stated that funds were available."
    [claim] = claims_of(text, [("FEMA", "ORG", "Federal Emergency Management Agency"),
                               ("House Appropriations Committee", "ORG", "House Appropriations Committee")])
    assert claim.source == "Federal Emergency Management Agency"


def test_neutral_options_are_neither_claims_nor_recommendations() -> None:
    text = ("Congress also could legislate on the agency's review processes. "
            "As Congress oversees the program, it may consider issues such as the schedule.")
    assert claims_of(text, [("Congress", "ORG", "Congress")]) == []  # SCHEMA.md revision 2


def test_the_brief_own_voice_predictions_imperatives_and_necessity_frames() -> None:
    text = ("The sanctions will drain revenue from the Kremlin. Secure critical minerals for U.S. industries. "
            "It is essential that allies coordinate export controls. The bill would require annual reports. "
            "Work on this contract continues.")
    claims = claims_of(text, [])
    assert [(c.kind, c.source, c.cue.text, c.hedged) for c in claims] == [
        ("claim", "AUTHOR", "will", False),
        ("recommendation", "AUTHOR", "Secure", False),
        ("recommendation", "AUTHOR", "It is essential that", False)]


def test_must_as_a_requirement_is_not_a_recommendation_but_as_advice_it_is() -> None:
    assert claims_of("Every two years, FHWA must report to Congress on the programs.", [("FHWA", "ORG", "FHWA")]) == []
    assert claims_of("Research protocols must be reviewed and approved by a board.", []) == []
    [claim] = claims_of("The United States must raise the cost of this war for Moscow.",
                        [("United States", "GPE", "United States"), ("Moscow", "GPE", "Russia")])
    assert (claim.kind, claim.cue.text, claim.source) == ("recommendation", "must", "AUTHOR")


def test_modals_in_embedded_questions_limits_and_statutes_are_not_claims() -> None:
    assert claims_of("Topics of debate include whether the United States should pursue a sustained presence.",
                     [("United States", "GPE", "United States")]) == []
    assert claims_of("The credit for installing exterior doors could not exceed $250 per door.", []) == []
    assert claims_of("Pursuant to 33 U.S.C. 408, the Secretary may grant permission to alter a levee.", []) == []


def test_claiming_a_tax_credit_is_not_a_claim() -> None:
    text = "Approximately 752,000 taxpayers claimed the credit for solar panel installations."
    assert claims_of(text, []) == []
    [claim] = claims_of("Supporters claim the programs keep U.S. products competitive overseas.", [])
    assert claim.text.startswith("the programs keep")


def test_role_noun_source_is_the_person_introduced_with_that_title() -> None:
    text = ("On February 19, Secretary of Transportation Sean Duffy terminated the agreement. "
            "In a letter to the governor of New York, the Secretary of Transportation concluded that FHWA lacked "
            "authority to approve the program.")
    [claim] = claims_of(text, [("Sean Duffy", "PERSON", "Sean Duffy"), ("New York", "GPE", "New York"),
                               ("FHWA", "ORG", "Federal Highway Administration")])
    assert claim.source == "Sean Duffy" and claim.text.startswith("FHWA lacked authority")


def test_announced_takes_a_that_clause_after_a_comma_or_a_noun_phrase_but_not_as_an_adjective() -> None:
    text = "In February 2026, the NASA Administrator announced that, after Artemis II, NASA will use one version."
    [claim] = claims_of(text, [("NASA", "ORG", "National Aeronautics and Space Administration")])
    assert claim.text == "after Artemis II, NASA will use one version"
    text = "On February 19, 2025, Sean Duffy announced the termination of the agreement, leading to litigation."
    [claim] = claims_of(text, [("Sean Duffy", "PERSON", "Sean Duffy")])
    assert (claim.text, claim.source, claim.cue.text) == ("the termination of the agreement", "Sean Duffy", "announced")
    assert claims_of("This In Focus reviews the announced coins for the anniversary.", []) == []


def test_raised_concerns_gives_one_claim_per_clause() -> None:
    text = ("Others have raised concerns about the rule's publication without public comment, and that the rule "
            "alters comment opportunities.")
    claims = claims_of(text, [])
    assert [(c.text, c.cue.text, c.source) for c in claims] == [
        ("the rule's publication without public comment", "raised concerns", "UNKNOWN"),
        ("the rule alters comment opportunities", "raised concerns", "UNKNOWN")]


def test_pronoun_subject_with_an_adverb_and_hedging_of_projections() -> None:
    text = ("The Supreme Court heard the case. It also concluded that the Secretary could not rely on the letter. "
            "The Army originally projected that the tank would enter service in 2030.")
    first, second = claims_of(text, [("Supreme Court", "ORG", "Supreme Court"), ("Army", "ORG", "Army")])
    assert (first.source, first.hedged) == ("Supreme Court", False)
    assert (second.source, second.hedged) == ("Army", True)


def test_likely_to_is_an_author_hedge_but_a_comparison_of_rates_is_not() -> None:
    [claim] = claims_of("Both the number of recipients and the cost are likely to increase once late filings arrive.", [])
    assert (claim.source, claim.hedged, claim.cue.text) == ("AUTHOR", True, "likely")
    assert claims_of("High-income taxpayers were more likely to claim the credit than others.", []) == []


def test_a_semicolon_inside_brackets_does_not_end_the_content() -> None:
    text = "Grantee data indicate that clients' needs were met (90% of families; 91% of professionals) and that services helped."
    first, second = claims_of(text, [])
    assert first.text == "clients' needs were met (90% of families; 91% of professionals)"
    assert second.text == "services helped"


def test_a_second_verb_of_the_subject_and_a_pronoun_take_the_source_already_found() -> None:
    text = ("Secretary of Transportation Sean Duffy wrote to FHWA. The Secretary acknowledged that the program "
            "generates revenue, but contended that revenue targets made it ineligible.")
    claims = claims_of(text, [("Sean Duffy", "PERSON", "Sean Duffy"), ("FHWA", "ORG", "Federal Highway Administration")])
    assert [c.source for c in claims] == ["Sean Duffy", "Sean Duffy"]
    text = ("The U.S. District Court ruled in March. The court held that the termination by FHWA violated the law. "
            "It also concluded that the Secretary could not rely on the letter.")
    claims = claims_of(text, [("U.S. District Court", "ORG", "U.S. District Court"),
                              ("FHWA", "ORG", "Federal Highway Administration")])
    assert [c.source for c in claims] == ["U.S. District Court", "U.S. District Court"]


def test_a_bare_clause_opened_by_a_noun_phrase_needs_an_auxiliary_and_participles_as_adjectives_are_no_cues() -> None:
    claims = claims_of("Some argue armored vehicles are obsolete; others contend new technologies are needed.", [])
    assert [(c.text, c.cue.text) for c in claims] == [("armored vehicles are obsolete", "argue"),
                                                      ("new technologies are needed", "contend")]
    assert claims_of("The alleged violations are that the Committee met without an application.", []) == []
    assert claims_of("The ITA's stated mission is to strengthen U.S. industry.", [("ITA", "ORG", "ITA")]) == []
    assert claims_of("The group claimed responsibility for attacks that were carried out in May.", []) == []


def test_according_to_takes_the_head_of_its_noun_phrase() -> None:
    text = "According to CRS analysis of data on HHS grants, HHS had terminated 1,392 awards."
    [claim] = claims_of(text, [("CRS", "ORG", "Congressional Research Service"), ("HHS", "ORG", "HHS")])
    assert claim.source == "Congressional Research Service"
    text = "According to a 2025 study based on data from 354 NIH-funded institutions, rates averaged 58%."
    assert [c.source for c in claims_of(text, [("NIH", "ORG", "NIH")])] == ["UNKNOWN"]
    text = "According to a Philippine government official, the redeployment would help."
    assert [c.source for c in claims_of(text, [("Philippine", "NORP", "Philippines")])] == ["UNKNOWN"]
    text = "According to February 2026 discussions between CRS and the Army, plans remain on track."
    claims = claims_of(text, [("CRS", "ORG", "Congressional Research Service"), ("Army", "ORG", "U.S. Army")])
    assert [c.source for c in claims] == ["U.S. Army"]


def test_the_court_capitalised_is_the_supreme_court_and_the_state_the_state_last_named() -> None:
    text = ("The Supreme Court heard the appeal from the Ninth Circuit. The Court, applying strict scrutiny, has "
            "concluded that the policy failed. In Louisiana, the State maintains that the map is unlawful.")
    claims = claims_of(text, [("Supreme Court", "ORG", "Supreme Court"),
                              ("Ninth Circuit", "ORG", "U.S. Court of Appeals for the Ninth Circuit"),
                              ("Louisiana", "GPE", "Louisiana")])
    assert [(c.text, c.source) for c in claims] == [("the policy failed", "Supreme Court"),
                                                    ("the map is unlawful", "Louisiana")]


def test_members_of_a_body_and_the_writer_of_a_statement_are_sources() -> None:
    text = "Some House Members of the Congressional Food Safety Caucus urged FDA to remove the products."
    claims = claims_of(text, [("House", "ORG", "House of Representatives"),
                              ("Congressional Food Safety Caucus", "ORG", "Congressional Food Safety Caucus"),
                              ("FDA", "ORG", "Food and Drug Administration")])
    assert [c.source for c in claims] == ["Congressional Food Safety Caucus"]
    text = "The July 25 declaration of David Richardson (then Administrator of FEMA) stated that FEMA had not ended BRIC."
    claims = claims_of(text, [("David Richardson", "PERSON", "David Richardson"), ("FEMA", "ORG", "FEMA")])
    assert [c.source for c in claims] == ["David Richardson"]


def test_a_government_speaks_for_its_country_and_a_document_for_its_issuer() -> None:
    text = "Beijing protested. The Chinese government denied that it supplied drones."
    assert [c.source for c in claims_of(text, [("Beijing", "GPE", "China")])] == ["China"]
    text = "In Louisiana, the federal government maintains that the limits are unconstitutional."
    assert [c.source for c in claims_of(text, [("Louisiana", "GPE", "Louisiana")])] == ["United States"]
    text = "The DOJ alleged that Uber mistreats riders. According to the complaint, Uber charges fees to riders."
    claims = claims_of(text, [("DOJ", "ORG", "Department of Justice"), ("Uber", "ORG", "Uber")])
    assert [c.source for c in claims] == ["Department of Justice", "Department of Justice"]


def test_an_expected_event_is_a_hedged_claim_of_nobody_named() -> None:
    text = "Work on this contract is expected to be completed by November 30, 2029."
    [claim] = claims_of(text, [])
    assert (claim.text, claim.source, claim.cue.text, claim.hedged) == (
        "Work on this contract is expected to be completed by November 30, 2029", "UNKNOWN", "expected", True)
    assert claims_of("The program saw a projected increase in costs.", []) == []


def test_a_denied_gerund_an_appearance_and_the_brief_inferring_from_this() -> None:
    text = "Beijing has repeatedly denied providing lethal aid to Russia."
    [claim] = claims_of(text, [("Beijing", "GPE", "China"), ("Russia", "GPE", "Russia")])
    assert (claim.kind, claim.source, claim.text) == ("denial", "China", "providing lethal aid to Russia")
    [claim] = claims_of("Iran appears to have resumed enrichment at Fordow.", [("Iran", "GPE", "Iran")])
    assert (claim.source, claim.hedged, claim.text) == ("AUTHOR", True, "Iran appears to have resumed enrichment at Fordow")
    [claim] = claims_of("This suggests that Beijing is hedging its bets.", [("Beijing", "GPE", "China")])
    assert (claim.source, claim.text) == ("AUTHOR", "Beijing is hedging its bets")
    [claim] = claims_of("Expanded estimates suggest that enrollment fell.", [])
    assert claim.source == "UNKNOWN"


def test_a_quote_before_a_titled_speaker_who_told_reporters_and_an_assessment() -> None:
    text = ('"China has never provided lethal weapons to any party," foreign ministry spokesperson Mao Ning told '
            "reporters on Monday. Analysts at the Institute for the Study of War assess that Russia will escalate.")
    claims = claims_of(text, [("China", "GPE", "China"), ("Mao Ning", "PERSON", "Mao Ning"),
                              ("Institute for the Study of War", "ORG", "Institute for the Study of War")])
    assert [(c.source, c.cue.text, c.text) for c in claims] == [
        ("Mao Ning", "told", "China has never provided lethal weapons to any party"),
        ("Institute for the Study of War", "assess", "Russia will escalate")]
    evaluating = claims_of("Congress may assess the Administration's changes to this architecture.", [])
    assert all(c.cue.text != "assess" for c in evaluating)  # `assess` reports a judgement only with `that`


def test_a_reporting_participle_after_a_closing_quote_starts_a_claim_of_its_own() -> None:
    text = ('Spokesperson Esmaeil Baghaei dismissed the reports as "baseless propaganda," insisting that Tehran has '
            "not supplied any weapons.")
    claims = claims_of(text, [("Esmaeil Baghaei", "PERSON", "Esmaeil Baghaei"), ("Tehran", "GPE", "Iran")])
    assert [(c.kind, c.cue.text, c.text) for c in claims][1:] == [
        ("claim", "insisting", "Tehran has not supplied any weapons")]
    assert claims[0].kind == "denial" and "insisting" not in claims[0].text
