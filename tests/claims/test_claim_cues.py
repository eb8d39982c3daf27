"""Cue rules on hand-made sentences: reporting, denial and recommending cues and the clause each governs."""

from __future__ import annotations

from claim_support import claims_of


def test_reported_speech_with_that() -> None:
    text = "During a press conference, Ukrainian President Volodymyr Zelenskyy claimed that more than 150 Chinese nationals were fighting in Ukraine."
    [claim] = claims_of(text, [("Ukrainian", "NORP", "Ukraine"), ("Volodymyr Zelenskyy", "PERSON", "Volodymyr Zelenskyy")])
    assert claim.text == "more than 150 Chinese nationals were fighting in Ukraine"
    assert (claim.kind, claim.source, claim.cue.text, claim.stance, claim.hedged) == \
        ("claim", "Volodymyr Zelenskyy", "claimed", "asserts", False)


def test_denial() -> None:
    text = "The ministry denied that Chinese citizens were fighting for Russia."
    [claim] = claims_of(text, [("Chinese", "NORP", "China"), ("Russia", "GPE", "Russia")])
    assert (claim.kind, claim.stance, claim.cue.text) == ("denial", "denies", "denied")


def test_plain_narrative_is_not_a_claim() -> None:
    assert claims_of("Reuters published a story in September 2024.", [("Reuters", "ORG", "Reuters")]) == []


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


def test_relative_that_and_in_that_are_no_content_clause() -> None:
    text = ("FEMA said in the notice that was published that funds return. The law comports with the ruling in "
            "Foster in that votes are cast by Election Day.")
    assert claims_of(text, [("FEMA", "ORG", "FEMA")]) == []


def test_headline_claim_without_that() -> None:
    text = "Kyiv Claims That More Than 150 Chinese Nationals Are Fighting for Russia"
    [claim] = claims_of(text, [("Kyiv", "GPE", "Ukraine"), ("Russia", "GPE", "Russia")])
    assert (claim.text, claim.source, claim.cue.text) == (
        "More Than 150 Chinese Nationals Are Fighting for Russia", "Ukraine", "Claims")


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


def test_claiming_a_tax_credit_is_not_a_claim() -> None:
    text = "Approximately 752,000 taxpayers claimed the credit for solar panel installations."
    assert claims_of(text, []) == []
    [claim] = claims_of("Supporters claim the programs keep U.S. products competitive overseas.", [])
    assert claim.text.startswith("the programs keep")


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


def test_a_semicolon_inside_brackets_does_not_end_the_content() -> None:
    text = "Grantee data indicate that clients' needs were met (90% of families; 91% of professionals) and that services helped."
    first, second = claims_of(text, [])
    assert first.text == "clients' needs were met (90% of families; 91% of professionals)"
    assert second.text == "services helped"


def test_a_bare_clause_opened_by_a_noun_phrase_needs_an_auxiliary_and_participles_as_adjectives_are_no_cues() -> None:
    claims = claims_of("Some argue armored vehicles are obsolete; others contend new technologies are needed.", [])
    assert [(c.text, c.cue.text) for c in claims] == [("armored vehicles are obsolete", "argue"),
                                                      ("new technologies are needed", "contend")]
    assert claims_of("The alleged violations are that the Committee met without an application.", []) == []
    assert claims_of("The ITA's stated mission is to strengthen U.S. industry.", [("ITA", "ORG", "ITA")]) == []
    assert claims_of("The group claimed responsibility for attacks that were carried out in May.", []) == []


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


def test_directives_and_calls_recommend_what_they_ask_for() -> None:
    text = ("The senator called for an investigation into the sales. Lawmakers pressed the Pentagon to release the "
            "report. The panel recommended that the agency update its workforce plan. Allies encouraged Kyiv to "
            "hold elections.")
    actors = [("Pentagon", "ORG", "U.S. Department of Defense"), ("Kyiv", "GPE", "Ukraine")]
    claims = claims_of(text, actors)
    assert [(c.kind, c.text, c.cue.text) for c in claims] == [
        ("recommendation", "an investigation into the sales", "called for"),
        ("recommendation", "the Pentagon to release the report", "pressed"),
        ("recommendation", "the agency update its workforce plan", "recommended"),
        ("recommendation", "Kyiv to hold elections", "encouraged")]


def test_a_request_as_a_noun_asks_for_nothing() -> None:
    text = "About $14 billion of this request would be directed to the State Department and to USAID."
    claims = claims_of(text, [("State Department", "ORG", "U.S. Department of State"), ("USAID", "ORG", "USAID")])
    assert [c.kind for c in claims if c.cue and c.cue.text == "request"] == []


def test_a_fronted_reporting_clause_or_view_reports_the_main_clause() -> None:
    text = ("As GAO has reported, USPS will need to act. As my colleagues and I argued in a report, deterrence is "
            "eroding. In our view, the administration has underestimated the risk. As part of the initiative "
            "announced in May, the Army plans to buy more tanks.")
    claims = claims_of(text, [("GAO", "ORG", "Government Accountability Office"), ("USPS", "ORG", "USPS"),
                              ("Army", "ORG", "U.S. Army")])
    assert [(c.text, c.source, c.cue.text) for c in claims if c.cue.text != "plans"] == [
        ("USPS will need to act", "Government Accountability Office", "need to"),  # a reported demand
        ("deterrence is eroding", "AUTHOR", "argued"),
        ("the administration has underestimated the risk", "AUTHOR", "In our view")]


def test_commitments_and_threats_claim_what_follows_to() -> None:
    text = ("NATO allies have pledged to spend 5 percent of GDP on defense. We are firmly committed to supporting open "
            "models. The governor threatened to halt the project. The remaining funds could be pledged to support "
            "the facility. Funds committed to the project rose.")
    claims = claims_of(text, [("NATO", "ORG", "North Atlantic Treaty Organization")])
    assert [(c.text, c.source, c.cue.text) for c in claims if c.cue.text != "could"] == [
        ("spend 5 percent of GDP on defense", "North Atlantic Treaty Organization", "pledged"),
        ("supporting open models", "AUTHOR", "committed"),
        ("halt the project", "UNKNOWN", "threatened")]


def test_an_order_s_directive_recommends_but_a_law_s_does_not() -> None:
    text = ("The Order directs the Secretary of Commerce to initiate an investigation. Congress directed the Army to "
            "deploy four batteries. The statute directs the Committee to grant the exemption. These pose serious and "
            "direct threats to the facilities.")
    claims = claims_of(text, [("Congress", "ORG", "Congress"), ("Army", "ORG", "U.S. Army")])
    assert [(c.kind, c.text) for c in claims] == [
        ("recommendation", "the Secretary of Commerce to initiate an investigation")]


def test_a_progressive_cue_is_a_verb_not_an_adjective() -> None:
    text = "President Trump is demanding accountability for the leaks. Critics are arguing the plan fails."
    claims = claims_of(text, [("Trump", "PERSON", "Donald Trump")])
    assert [(c.kind, c.text, c.source) for c in claims] == [
        ("recommendation", "accountability for the leaks", "Donald Trump"), ("claim", "the plan fails", "UNKNOWN")]


def test_nouns_and_purposes_spelt_like_cues_are_no_cues() -> None:
    text = ("The Marines issued a request for information to industry to conduct market research. Advocates of such a "
            "regime also hoped to win. The bill is intended to shorten permitting timelines. The act directs that the "
            "Committee shall grant an exemption.")
    claims = claims_of(text, [("Marines", "ORG", "U.S. Marine Corps")])
    assert [c.cue.text for c in claims if c.kind == "recommendation" or c.cue.text == "intended"] == []


def test_a_bill_s_number_enacts_but_the_u_s_army_does_not() -> None:
    from extract.claims.cues import ENACTED_BY_RE

    assert ENACTED_BY_RE.search("H.R. 7273, as ordered reported, ") and ENACTED_BY_RE.search("P.L. 117-167 ")
    assert not ENACTED_BY_RE.search("In May, the U.S. Army ")


def test_a_commitment_s_content_starts_after_to_whatever_space_follows_it() -> None:
    text = "NATO allies pledged to\u00a0spend 5 percent of GDP on defense."
    [claim] = claims_of(text, [("NATO", "ORG", "North Atlantic Treaty Organization")])
    assert (claim.text, claim.cue.text) == ("spend 5 percent of GDP on defense", "pledged")


def test_a_postposed_unnamed_speaker_or_an_apposition_after_the_speaker() -> None:
    text = ("\"The threat is growing,\" said a senior official. \"We are ready,\" said Jane Doe, a Republican from "
            "Maine.")
    claims = claims_of(text, [("Jane Doe", "PERSON", "Jane Doe"), ("Republican", "NORP", "Republican"),
                              ("Maine", "GPE", "Maine")])
    assert [(c.text, c.source, c.cue.text) for c in claims] == [
        ("The threat is growing", "UNKNOWN", "said"), ("We are ready", "Jane Doe", "said")]


def test_forecast_verbs_and_made_clear_report_their_clause() -> None:
    text = ("The Committee expects inflation to rise gradually. Analysts anticipate that rates will stay high. "
            "The minister has made clear the talks will continue.")
    claims = claims_of(text, [("Committee", "ORG", "Committee")])
    assert [(c.text, c.cue.text, c.hedged) for c in claims] == [
        ("inflation to rise gradually", "expects", True), ("rates will stay high", "anticipate", True),
        ("the talks will continue", "made clear", False)]


def test_a_directive_verb_reaches_a_long_or_coordinated_addressee_but_not_a_destination() -> None:
    text = ("I urge the President and the Congress to act now. I call on my colleagues and the leadership on the "
            "other side of the aisle to support this motion. Approximately $14 billion would be directed to the "
            "State Department and to USAID.")
    claims = claims_of(text, [])
    assert [(c.kind, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "urge", "the President and the Congress to act now"),
        ("recommendation", "call on", "my colleagues and the leadership on the other side of the aisle to support "
                                      "this motion"),
        ("claim", "would", "Approximately $14 billion would be directed to the State Department and to USAID")]


def test_a_quotation_after_a_comma_or_colon_is_what_the_verb_reports_sentence_by_sentence() -> None:
    text = ('Robert Bradley, an energy historian, added, "Alarmists want action on the problem. No job is too big '
            'for government because they welcome bigger government." Officials said: "We will not leave." The stated '
            '"aim" of the plan is growth.')
    claims = claims_of(text, [("Robert Bradley", "PERSON", "Robert Bradley")])
    assert [(c.text, c.cue.text, c.source) for c in claims] == [
        ("Alarmists want action on the problem", "added", "Robert Bradley"),
        ("No job is too big for government because they welcome bigger government", "added", "Robert Bradley"),
        ("We will not leave", "said", "UNKNOWN")]


def test_making_it_clear_and_having_been_clear_report_what_follows() -> None:
    text = ("The Secretary made it very clear that there will be no intervention on the ground. The minister has "
            "been clear that sanctions stay.")
    claims = claims_of(text, [("Secretary", "PERSON", "Antony Blinken"), ("minister", "PERSON", "minister")])
    assert [(c.source, c.cue.text, c.text) for c in claims] == [
        ("Antony Blinken", "made it very clear", "there will be no intervention on the ground"),
        ("minister", "been clear", "sanctions stay")]


def test_a_reported_demand_is_the_speaker_s_recommendation_but_a_holding_is_a_claim() -> None:
    text = ("Rother says that price indexing has to be linked to private accounts. The agency has stated it is "
            "\"vital to ensure that funds go to research.\" The court held that agencies must publish the rule.")
    claims = claims_of(text, [("Rother", "PERSON", "John Rother"), ("agency", "ORG", "NIH"),
                              ("court", "ORG", "Supreme Court")])
    assert [(c.kind, c.source, c.cue.text) for c in claims] == [
        ("recommendation", "John Rother", "has to"), ("recommendation", "NIH", "it is \"vital"),
        ("claim", "Supreme Court", "held")]


def test_know_think_understand_that_report_their_clause_but_bare_ones_do_not() -> None:
    text = ("We know that corruption is a global phenomenon. I know this country well. I think that the deal is "
            "fair. I think so too.")
    claims = claims_of(text, [])
    assert [(c.cue.text, c.text) for c in claims] == [("know", "corruption is a global phenomenon"),
                                                       ("think", "the deal is fair")]


def test_a_court_holding_that_reports_its_holding() -> None:
    text = "The court rejected the proposal, holding that the ADA requires concrete modification proposals."
    claims = claims_of(text, [("court", "ORG", "U.S. District Court")])
    assert [(c.source, c.cue.text, c.text) for c in claims] == [
        ("U.S. District Court", "holding", "the ADA requires concrete modification proposals")]


def test_a_negated_reporting_verb_reports_nothing() -> None:
    text = "The minister did not say that talks would resume. The envoy said that talks will resume."
    claims = claims_of(text, [("minister", "PERSON", "minister"), ("envoy", "PERSON", "envoy")])
    assert [(c.source, c.text) for c in claims] == [("envoy", "talks will resume")]


def test_pressing_for_and_advising_demand_but_a_question_about_a_demand_does_not() -> None:
    text = ("We continue to press for fair treatment of all detainees. The email advises the Secretary to release the "
            "numbers. Is the State Department pushing for more measures to stop this activity?")
    claims = claims_of(text, [("State Department", "ORG", "U.S. Department of State")])
    assert [(c.kind, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "press for", "fair treatment of all detainees"),
        ("recommendation", "advises", "the Secretary to release the numbers")]


def test_recommendations_named_as_such_give_one_recommendation_per_listed_action() -> None:
    text = ("GAO is making three recommendations to IRS to implement a plan, update its workforce plan, and establish "
            "a team. The recommendations to which I referred were ignored.")
    claims = claims_of(text, [("GAO", "ORG", "Government Accountability Office"), ("IRS", "ORG", "Internal Revenue Service")])
    assert [(c.kind, c.source, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "Government Accountability Office", "recommendations", text)
        for text in ("implement a plan", "update its workforce plan", "establish a team")]


def test_a_negated_directive_demands_nothing() -> None:
    text = "They did not ask us to run the war. They asked us to help them do their job."
    assert [c.text for c in claims_of(text, [])] == ["us to help them do their job"]


def test_a_directive_to_a_list_of_addressees_is_one_recommendation() -> None:
    text = "He has directed the Director of National Intelligence, Department of Justice, FBI, and CIA to investigate."
    [claim] = claims_of(text, [])
    assert (claim.kind, claim.cue.text, claim.text) == (
        "recommendation", "directed", "the Director of National Intelligence, Department of Justice, FBI, and CIA to "
                                      "investigate")


def test_a_negated_belief_denies_its_clause_but_a_negated_report_says_nothing() -> None:
    text = ("I don't think anything is inevitable. I don't believe that consumers will see higher prices. "
            "We did not say that talks would resume.")
    assert [(c.kind, c.cue.text, c.text) for c in claims_of(text, [])] == [
        ("denial", "think", "anything is inevitable"), ("denial", "believe", "consumers will see higher prices")]


def test_judging_conceding_pointing_out_and_reaffirming_report_what_follows() -> None:
    text = ("The Committee judges that the labor market has strengthened. The director concedes that costs are "
            "high. She pointed out that the rule was new. The ministers emphasised that talks would go on. "
            "Japan reaffirmed its commitment to the alliance.")
    claims = claims_of(text, [("Committee", "ORG", "Committee"), ("Japan", "GPE", "Japan")])
    assert [(c.text, c.cue.text) for c in claims] == [
        ("the labor market has strengthened", "judges"), ("costs are high", "concedes"),
        ("the rule was new", "pointed out"), ("talks would go on", "emphasised"),
        ("its commitment to the alliance", "reaffirmed")]


def test_a_directive_under_a_modal_is_the_text_s_advice_not_a_report() -> None:
    text = "Washington should urge Beijing to release the detainees. Japan urged Beijing to release them."
    claims = claims_of(text, [("Washington", "GPE", "United States"), ("Japan", "GPE", "Japan")])
    assert [(c.source, c.cue.text, c.text) for c in claims] == [
        ("AUTHOR", "should", "Washington should urge Beijing to release the detainees"),
        ("Japan", "urged", "Beijing to release them")]


def test_warn_against_recommends_its_object_a_list_included() -> None:
    text = ("The ministers warned against any use of chemical, biological or nuclear weapons. The company announced "
            "the award of five contracts, leading to protests.")
    claims = claims_of(text, [])
    assert [(c.kind, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "warned against", "any use of chemical, biological or nuclear weapons"),
        ("claim", "announced", "the award of five contracts")]


def test_news_reporting_clauses_after_what_they_report() -> None:
    text = "Moscow could seize Kyiv within weeks, U.S. officials estimated. The talks collapsed on Monday, Reuters reported."
    claims = claims_of(text, [("U.S.", "GPE", "United States"), ("Reuters", "ORG", "Reuters")])
    assert [(c.source, c.cue.text, c.text) for c in claims] == [
        ("United States", "estimated", "Moscow could seize Kyiv within weeks"),
        ("Reuters", "reported", "The talks collapsed on Monday")]


def test_a_cue_word_inside_a_name_or_an_open_condition_is_no_cue() -> None:
    text = ("For the United States to continue to lead, we need a workforce that understands AI. The agency may "
            "waive the rule if it determines that the risk is minimal. Putin Says Russia Will Win.")
    claims = claims_of(text, [("United States", "GPE", "United States"), ("Putin", "PERSON", "Vladimir Putin")])
    assert [(c.kind, c.cue.text) for c in claims] == [("recommendation", "need"), ("claim", "may"),
                                                      ("claim", "Says")]


def test_denying_any_role_and_leading_without_or_despite_phrases() -> None:
    text = ("Moscow has repeatedly denied any role in the sabotage. Without sustained support, Ukraine is likely to "
            "lose more territory.")
    claims = claims_of(text, [("Moscow", "GPE", "Russia")])
    assert [(c.kind, c.cue.text, c.text) for c in claims] == [
        ("denial", "denied", "any role in the sabotage"),
        ("claim", "likely", "Ukraine is likely to lose more territory")]


def test_an_adverb_before_that_and_not_to_suggest() -> None:
    text = ("Others have argued more generally that the aims are modest. This is not to suggest that the results "
            "are final.")
    assert [(c.cue.text, c.text) for c in claims_of(text, [])] == [("argued", "the aims are modest")]


def test_a_postposed_speaker_with_a_title_apposition_and_a_long_occasion_reports_the_quote() -> None:
    text = ("“We must use all the tools at our disposal,” said Emily Kilcrease, Senior Fellow at the Center for a New "
            "American Security, during a webinar hosted by the Center for American Progress on Monday.")
    [claim] = claims_of(text, [("Emily Kilcrease", "PERSON", "Emily Kilcrease")])
    assert (claim.kind, claim.source, claim.text) == ("recommendation", "Emily Kilcrease",
                                                      "We must use all the tools at our disposal")


def test_a_bare_clause_whose_verb_is_need_to_is_reported_not_the_author_s() -> None:
    text = "Jane Doe said future candidates need to address the opposition to export controls."
    [claim] = claims_of(text, [("Jane Doe", "PERSON", "Jane Doe")])
    assert (claim.kind, claim.source, claim.text) == (
        "recommendation", "Jane Doe", "future candidates need to address the opposition to export controls")


def test_a_postposed_reporting_clause_after_a_quote_opened_by_a_colon_reports_the_quote_only() -> None:
    text = ("John Smith urged the Secretary to release the numbers: “I would distribute a short memo on the cost,” "
            "he said.")
    claims = claims_of(text, [("John Smith", "PERSON", "John Smith")])
    assert [(c.kind, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "urged", "the Secretary to release the numbers"),
        ("claim", "said", "I would distribute a short memo on the cost")]


def test_a_second_that_clause_after_but_is_reported_too_and_its_modal_is_the_speaker_s() -> None:
    text = ("Jane Doe argues that the fight is noble, but that Europe must take the lead. "
            "Tom Roe said it works, but that’s old.")
    claims = claims_of(text, [("Jane Doe", "PERSON", "Jane Doe"), ("Tom Roe", "PERSON", "Tom Roe")])
    assert [(c.kind, c.source, c.text) for c in claims][:2] == [
        ("claim", "Jane Doe", "the fight is noble"), ("recommendation", "Jane Doe", "Europe must take the lead")]


def test_adding_highlighting_fearing_countering_declaring_recognising_and_hoping_report_their_clause() -> None:
    text = ("Fried and O'Toole add that the act showed resolve. The authors highlight that the program was never "
            "audited. Critics fear that the tariffs will raise prices. Some worry that donors could use the funds. "
            "Supporters counter that the law has reduced crime. The minister declared that the war was over. "
            "The President recognizes that the supply is at risk. Smith has written that the reforms have failed. "
            "I hope that Congress will act.")
    assert [(c.text, c.cue.text) for c in claims_of(text, [])] == [
        ("the act showed resolve", "add"), ("the program was never audited", "highlight"),
        ("the tariffs will raise prices", "fear"), ("donors could use the funds", "worry"),
        ("the law has reduced crime", "counter"), ("the war was over", "declared"),
        ("the supply is at risk", "recognizes"), ("the reforms have failed", "written"),
        ("Congress will act", "hope")]
    # without `that` they report nothing
    assert claims_of("The figures highlight the gap. We recognize the effort and hope for the best.", []) == []


def test_present_tense_reporting_clauses_after_or_inside_what_unnamed_groups_report() -> None:
    text = ("The sanctions have failed, critics argue. The talks, officials say, will resume. We tried to change "
            "the world, isolationists claim, and failed. Tariffs raise prices, some economists contend.")
    assert [(c.text, c.cue.text, c.source) for c in claims_of(text, [])] == [
        ("The sanctions have failed", "argue", "UNKNOWN"),
        ("The talks, officials say, will resume", "say", "UNKNOWN"),
        ("We tried to change the world, isolationists claim, and failed", "claim", "UNKNOWN"),
        ("Tariffs raise prices", "contend", "UNKNOWN")]


def test_a_that_with_a_verb_and_its_object_after_it_is_a_relative_pronoun() -> None:
    text = ("The fund backs cable projects that connect the islands to trusted networks. Officials said that all "
            "the troops had left. He noted that ending the war would help. She said that in May the talks failed.")
    assert [(c.text, c.cue.text) for c in claims_of(text, [])] == [
        ("all the troops had left", "said"), ("ending the war would help", "noted"),
        ("in May the talks failed", "said")]


def test_a_concern_nobody_is_named_for_and_make_clear_report_their_clause() -> None:
    text = ("There is growing concern that Beijing will exploit the gap. The data make clear that the policy failed. "
            "There is broad support for the bill. There are concerns about the cost.")
    assert [(c.text, c.cue.text, c.source) for c in claims_of(text, [])] == [
        ("Beijing will exploit the gap", "There is growing concern", "UNKNOWN"),
        ("the policy failed", "make clear", "UNKNOWN")]
