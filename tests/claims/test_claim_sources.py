"""Claim sources on hand-made sentences: subjects, role nouns, pronouns, `according to X`, coordinated speakers."""

from __future__ import annotations

from claim_support import claims_of


def test_pronoun_source_and_hedge() -> None:
    text = "Zelenskyy spoke on Monday.\nHe suggested that Beijing was aware of the recruitment."
    [claim] = claims_of(text, [("Zelenskyy", "PERSON", "Volodymyr Zelenskyy")])
    assert claim.source == "Volodymyr Zelenskyy" and claim.hedged and claim.cue.text == "suggested"


def test_according_to_puts_the_source_after_the_cue() -> None:
    text = "According to CDC, 11 people were sickened in California."
    [claim] = claims_of(text, [("CDC", "ORG", "Centers for Disease Control and Prevention"), ("California", "GPE", "California")])
    assert claim.source == "Centers for Disease Control and Prevention"
    assert claim.text == "11 people were sickened in California"


def test_two_coordinated_sources_make_one_claim_each() -> None:
    text = "The ridesharing companies Uber and Lyft have argued that these provisions do not cover them."
    claims = claims_of(text, [("Uber", "ORG", "Uber Technologies"), ("Lyft", "ORG", "Lyft")])
    assert [(c.text, c.source, c.cue.text) for c in claims] == [
        ("these provisions do not cover them", "Lyft", "argued"),
        ("these provisions do not cover them", "Uber Technologies", "argued")]
    text = "A report by Uber for Lyft argued that the provisions do not cover them."  # no pair: the report's writer
    assert [c.source for c in claims_of(text, [("Uber", "ORG", "Uber"), ("Lyft", "ORG", "Lyft")])] == ["Uber"]


def test_an_actor_after_a_preposition_is_not_the_source_when_another_is_near() -> None:
    text = "FEMA's testimony before the House Appropriations Committee stated that funds were available."
    [claim] = claims_of(text, [("FEMA", "ORG", "Federal Emergency Management Agency"),
                               ("House Appropriations Committee", "ORG", "House Appropriations Committee")])
    assert claim.source == "Federal Emergency Management Agency"


def test_role_noun_source_is_the_person_introduced_with_that_title() -> None:
    text = ("On February 19, Secretary of Transportation Sean Duffy terminated the agreement. "
            "In a letter to the governor of New York, the Secretary of Transportation concluded that FHWA lacked "
            "authority to approve the program.")
    [claim] = claims_of(text, [("Sean Duffy", "PERSON", "Sean Duffy"), ("New York", "GPE", "New York"),
                               ("FHWA", "ORG", "Federal Highway Administration")])
    assert claim.source == "Sean Duffy" and claim.text.startswith("FHWA lacked authority")


def test_pronoun_subject_with_an_adverb_and_hedging_of_projections() -> None:
    text = ("The Supreme Court heard the case. It also concluded that the Secretary could not rely on the letter. "
            "The Army originally projected that the tank would enter service in 2030.")
    first, second = claims_of(text, [("Supreme Court", "ORG", "Supreme Court"), ("Army", "ORG", "Army")])
    assert (first.source, first.hedged) == ("Supreme Court", False)
    assert (second.source, second.hedged) == ("Army", True)


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


def test_we_or_i_outside_a_quotation_is_the_text_s_own_voice() -> None:
    text = ("We urge Russia to withdraw its forces from Ukraine. The envoy said: “We urge Moscow to withdraw its "
            "forces.”")
    actors = [("Russia", "GPE", "Russia"), ("Ukraine", "GPE", "Ukraine"), ("Moscow", "GPE", "Russia")]
    claims = claims_of(text, actors)
    assert [(c.text[:12], c.source) for c in claims][0] == ("Russia to wi", "AUTHOR")
    assert all(c.source != "AUTHOR" for c in claims[1:])


def test_according_to_a_survey_by_x_is_x() -> None:
    text = "According to a recent survey by the Pew Research Center, 60 percent of Americans view China unfavorably."
    claims = claims_of(text, [("Pew Research Center", "ORG", "Pew Research Center"), ("China", "GPE", "China")])
    assert [c.source for c in claims] == ["Pew Research Center"]


def test_the_company_is_the_last_organisation_not_the_last_person() -> None:
    text = "Acme Corp. was questioned by Senator Jane Doe on Monday. The company denied any wrongdoing."
    [claim] = claims_of(text, [("Jane Doe", "PERSON", "Jane Doe"), ("Acme Corp.", "ORG", "Acme Corp")])
    assert (claim.kind, claim.source) == ("denial", "Acme Corp")


def test_a_quotation_running_on_past_its_sentence_stays_with_its_speaker() -> None:
    text = ('Frank Ruggiero has said that "Kandahar is a political problem. The campaign will be led by governance. '
            'We must help." Things may change.')
    claims = claims_of(text, [("Frank Ruggiero", "PERSON", "Frank Ruggiero")])
    assert [(c.kind, c.source, c.text) for c in claims] == [
        ("claim", "Frank Ruggiero", "Kandahar is a political problem"),
        ("claim", "Frank Ruggiero", "The campaign will be led by governance"),
        ("recommendation", "Frank Ruggiero", "We must help"), ("claim", "AUTHOR", "Things may change")]


def test_a_role_noun_with_an_adverb_before_the_cue_names_its_body() -> None:
    text = ("Information received since the Federal Open Market Committee met suggests growth. The Committee "
            "currently anticipates that rates will stay low.")
    claims = claims_of(text, [("Federal Open Market Committee", "ORG", "Federal Open Market Committee")])
    assert [(c.source, c.cue.text) for c in claims if c.cue.text == "anticipates"] == [
        ("Federal Open Market Committee", "anticipates")]


def test_i_or_we_before_a_modal_and_a_cue_is_the_text_s_own_voice() -> None:
    text = "I can confirm that their employers will keep these rights. We must say that the talks failed."
    claims = claims_of(text, [])
    assert [(c.source, c.cue.text) for c in claims if c.kind == "claim"] == [("AUTHOR", "confirm"), ("AUTHOR", "say")]


def test_first_person_past_an_oblique_place_or_a_want_to_is_the_text_s_own_voice() -> None:
    text = ("On troop levels in Afghanistan, I believe that the President has reached the wrong conclusion. "
            "I want to acknowledge that Chairman Davis did more oversight than anyone. I particularly want to call on "
            "my friends to listen to their constituents.")
    claims = claims_of(text, [("Afghanistan", "GPE", "Afghanistan"), ("Davis", "PERSON", "Tom Davis")])
    assert [(c.cue.text, c.source) for c in claims] == [("believe", "AUTHOR"), ("acknowledge", "AUTHOR"),
                                                        ("call on", "AUTHOR")]


def test_we_before_continue_to_long_or_a_contracted_will_is_the_text_s_own_voice() -> None:
    text = ("We will continue to urge Russia to release the detainees. We have long called for their release. "
            "We’ll continue to press for fair treatment. Kyiv continues to call for talks on a ceasefire.")
    claims = claims_of(text, [("Russia", "GPE", "Russia"), ("Kyiv", "GPE", "Ukraine")])
    assert [(c.source, c.cue.text) for c in claims] == [("AUTHOR", "urge"), ("AUTHOR", "called for"),
                                                       ("AUTHOR", "press for"), ("Ukraine", "call for")]


def test_our_before_a_cue_noun_makes_the_claim_the_text_s_own() -> None:
    text = "We reiterate our demand that Russia withdraws its forces. Their demand that Russia withdraws was ignored."
    claims = claims_of(text, [("Russia", "GPE", "Russia")])
    assert [(c.kind, c.source) for c in claims if c.cue.text == "demand"][0] == ("recommendation", "AUTHOR")


def test_according_to_an_unnamed_source_after_the_content_is_nobody_named_not_an_actor_inside_it() -> None:
    text = ("The measures may cut Iran’s oil exports by half, according to analysts. "
            "According to Reuters, Iran’s exports fell.")
    claims = claims_of(text, [("Iran", "GPE", "Iran"), ("Reuters", "ORG", "Reuters")])
    assert [(c.source, c.text) for c in claims] == [("UNKNOWN", "The measures may cut Iran’s oil exports by half"),
                                                    ("Reuters", "Iran’s exports fell")]


def test_experts_or_analysts_at_an_institution_speak_for_it() -> None:
    text = ("Experts with the American Enterprise Institute said candidates should back export controls. "
            "Analysts at the Brookings Institution said the sanctions are working.")
    claims = claims_of(text, [("American Enterprise Institute", "ORG", "American Enterprise Institute"),
                              ("Brookings Institution", "ORG", "Brookings Institution")])
    assert [(c.kind, c.source) for c in claims] == [("recommendation", "American Enterprise Institute"),
                                                    ("claim", "Brookings Institution")]


def test_the_brief_naming_its_own_kind_capitalised_is_the_author() -> None:
    text = "The Brief argues that analytical work may be needed. The report argues that funding may fall."
    assert [c.source for c in claims_of(text, [])] == ["AUTHOR", "UNKNOWN"]


def test_a_pronoun_reporting_after_its_content_takes_no_antecedent_from_that_content() -> None:
    text = "The researchers studied the case. China will not back down, they wrote."
    [claim] = claims_of(text, [("China", "GPE", "China")])
    assert (claim.text, claim.source) == ("China will not back down", "UNKNOWN")
    text = "Ukraine has the capacity to resist, they wrote, but a long resistance would require support."
    [claim] = claims_of(text, [("Ukraine", "GPE", "Ukraine")])
    assert claim.cue.text == "wrote" and claim.source == "UNKNOWN"
    text = "The agency said that drivers refused riders. Uber, it said, knew of it."
    claims = claims_of(text, [("agency", "ORG", "U.S. Department of Justice"), ("Uber", "ORG", "Uber")])
    assert [c.source for c in claims] == ["U.S. Department of Justice"] * 2


def test_according_to_our_estimates_is_the_text_s_own_voice() -> None:
    text = "The tariffs will cost the average household $1,300 a year, according to our estimates."
    [claim] = claims_of(text, [])
    assert (claim.source, claim.cue.text) == ("AUTHOR", "according to")
