"""The brief's own voice on hand-made sentences: advice, judgements, predictions and `reportedly`; options and
statements of the law are no claims."""

from __future__ import annotations

from claim_support import claims_of

from extract.claims.rules import finalise_claims
from extract.records import Claim, DocumentRecord, Span


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


def test_likely_to_is_an_author_hedge_but_a_comparison_of_rates_is_not() -> None:
    [claim] = claims_of("Both the number of recipients and the cost are likely to increase once late filings arrive.", [])
    assert (claim.source, claim.hedged, claim.cue.text) == ("AUTHOR", True, "likely")
    assert claims_of("High-income taxpayers were more likely to claim the credit than others.", []) == []


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


def test_advice_phrased_as_wisdom_is_a_recommendation() -> None:
    text = "Washington would be wise to accelerate deliveries. Allies would do well to prepare for a blockade."
    claims = claims_of(text, [("Washington", "GPE", "United States")])
    assert [(c.kind, c.source, c.cue.text) for c in claims] == [
        ("recommendation", "AUTHOR", "would be wise to"), ("recommendation", "AUTHOR", "would do well to")]


def test_calls_to_the_reader_are_the_brief_s_advice() -> None:
    text = "For more analysis from FDD, please subscribe here. Follow FDD on Twitter. Sign up for our newsletter."
    claims = claims_of(text, [("FDD", "ORG", "Foundation for Defense of Democracies")])
    assert [(c.kind, c.source, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "AUTHOR", "subscribe", "please subscribe here"),
        ("recommendation", "AUTHOR", "Follow", "Follow FDD on Twitter"),
        ("recommendation", "AUTHOR", "Sign", "Sign up for our newsletter")]


def test_no_doubt_is_a_judgement_and_the_best_course_is_advice() -> None:
    text = "There is little doubt that Beijing will respond. The best course is to harden U.S. bases in Japan."
    claims = claims_of(text, [("Beijing", "GPE", "China"), ("U.S.", "GPE", "United States"), ("Japan", "GPE", "Japan")])
    assert [(c.kind, c.source, c.text) for c in claims] == [
        ("claim", "AUTHOR", "Beijing will respond"),
        ("recommendation", "AUTHOR", "The best course is to harden U.S. bases in Japan")]


def test_must_said_to_a_country_is_advice() -> None:
    [claim] = claims_of("Taiwan must invest in mobile anti-ship missiles.", [("Taiwan", "GPE", "Taiwan")])
    assert (claim.kind, claim.cue.text, claim.source) == ("recommendation", "must", "AUTHOR")


def test_needs_and_requires_said_of_a_course_of_action_are_advice_but_not_of_a_law() -> None:
    text = ("The alliance needs a layered defense. Ending the blockade will require sustained pressure on Tehran. "
            "More interceptors are urgently needed. The ADA requires covered entities to modify their policies. "
            "Staking usually requires a large outlay. Russia needs Chinese components. Analysts asked whether more "
            "staff are needed.")
    claims = claims_of(text, [("Tehran", "GPE", "Iran"), ("ADA", "ORG", "ADA"), ("Russia", "GPE", "Russia")])
    assert [(c.kind, c.source, c.cue.text) for c in claims] == [
        ("recommendation", "AUTHOR", "needs"), ("recommendation", "AUTHOR", "require"),
        ("recommendation", "AUTHOR", "are urgently needed")]
    assert claims[1].text == "Ending the blockade will require sustained pressure on Tehran"


def test_it_is_time_to_and_a_better_approach_are_advice() -> None:
    text = ("It is time for Europe to pay for its own defense. A better approach is to tie aid to reforms. "
            "The time has come to restore our credibility.")
    claims = claims_of(text, [("Europe", "GPE", "Europe")])
    assert [(c.kind, c.source) for c in claims] == [("recommendation", "AUTHOR")] * 3
    assert claims[1].text == "A better approach is to tie aid to reforms"


def test_a_modal_in_a_question_advises_nothing() -> None:
    text = "Should we expand our aerial strikes? What should Congress do next? Congress should act now."
    claims = claims_of(text, [("Congress", "ORG", "Congress")])
    assert [(c.kind, c.text) for c in claims] == [("recommendation", "Congress should act now")]


def test_an_inverted_conditional_should_is_no_advice_and_supposedly_is_reported() -> None:
    text = "Should disaster strike at home, we will be left defenseless. We supposedly drove them out in May."
    claims = claims_of(text, [])
    assert [(c.kind, c.source, c.cue.text, c.hedged) for c in claims] == [
        ("claim", "AUTHOR", "will", False), ("claim", "UNKNOWN", "supposedly", True)]


def test_obligation_frames_going_to_and_let_us_in_argued_text() -> None:
    text = ("We have to defeat the terrorists. Applicants have to submit a form. We've got to keep people honest. "
            "Applicants have got to submit a form. It is our duty to care for them. "
            "We have a moral obligation to serve them. It is far past time to redeploy. Let us congratulate Baku. "
            "Their populations are going to double. I am going to the store.")
    claims = claims_of(text, [("Baku", "GPE", "Azerbaijan")])
    assert [(c.kind, c.cue.text) for c in claims] == [
        ("recommendation", "have to"), ("recommendation", "'ve got to"), ("recommendation", "It is our duty to"),
        ("recommendation", "have a moral obligation to"), ("recommendation", "It is far past time to"),
        ("recommendation", "Let us"), ("claim", "going")]


def test_it_remains_to_be_seen_whether_is_the_brief_s_hedged_judgement() -> None:
    text = "The Army bought drones. It remains to be seen whether industry will deliver at that scale."
    [claim] = claims_of(text, [("Army", "ORG", "U.S. Army")])
    assert (claim.source, claim.hedged, claim.text) == ("AUTHOR", True, "industry will deliver at that scale")


def test_a_moderator_s_let_s_go_to_and_a_polite_should_like_to_advise_nothing() -> None:
    text = ("Let’s go to the line of Matt Lee. Let's go over to Shannon Crawford. I should like to make a statement "
            "about the prison. Let’s go forward and pass this bill.")
    claims = claims_of(text, [])
    assert [(c.kind, c.cue.text) for c in claims] == [("recommendation", "Let’s")]


def test_we_cannot_is_advice_unless_it_tells_or_sits_in_a_condition() -> None:
    text = ("We cannot throw away more American lives. We can’t confirm those reports. If we cannot agree, the "
            "talks fail. But we can never mistake defense for offense.")
    claims = [c for c in claims_of(text, []) if c.kind == "recommendation"]
    assert [(c.kind, c.source, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "AUTHOR", "cannot", "We cannot throw away more American lives"),
        ("recommendation", "AUTHOR", "can never", "we can never mistake defense for offense")]


def test_a_contracted_will_of_we_or_they_is_a_prediction_but_a_moderator_s_i_ll_is_not() -> None:
    text = "We’ll always look for opportunities for diplomacy. I’ll take one more question."
    claims = claims_of(text, [])
    assert [(c.kind, c.cue.text, c.hedged) for c in claims] == [("claim", "’ll", False)]


def test_coordinated_clauses_of_advice_are_one_recommendation_each() -> None:
    text = ("We need to give this effort a chance to succeed, and we need to give our troops the resources. "
            "We must fund and must equip them.")
    claims = claims_of(text, [])
    assert [(c.kind, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "need to", "We need to give this effort a chance to succeed"),
        ("recommendation", "need to", "we need to give our troops the resources"),
        ("recommendation", "must", "We must fund and must equip them")]


def test_a_question_asserts_nothing() -> None:
    text = "Do you believe that the war will end soon? The minister said that talks will resume in May."
    claims = claims_of(text, [("minister", "PERSON", "minister")])
    assert [c.text for c in claims] == ["talks will resume in May"]


def test_a_speaker_s_can_hear_or_cannot_tell_is_no_prediction() -> None:
    text = "I can hear you, thank you. I can’t tell you how long this will go on. Prices will rise in May."
    claims = claims_of(text, [])
    assert [(c.cue.text, c.text) for c in claims] == [("will", "Prices will rise in May")]


def test_the_need_for_something_said_by_the_speaker_is_advice_from_the_need_on() -> None:
    text = "We stress the necessity of further increasing the pressure on Russia. There is no need for panic."
    claims = claims_of(text, [("Russia", "GPE", "Russia")])
    assert [(c.kind, c.source, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "AUTHOR", "necessity", "the necessity of further increasing the pressure on Russia")]


def test_each_clause_a_semicolon_sets_apart_carries_its_own_judgement() -> None:
    text = "An escalation will do nothing for our security; on the contrary, it will undermine it."
    claims = claims_of(text, [])
    assert [(c.cue.text, c.text) for c in claims] == [
        ("will", "An escalation will do nothing for our security"), ("will", "it will undermine it")]


def test_they_after_members_is_a_neutral_option() -> None:
    text = "If Members support the fund as a crisis tool, they could increase its resources."
    assert claims_of(text, []) == []


def test_a_two_word_marker_line_is_no_imperative() -> None:
    text = "End Text\nSecure critical minerals for U.S. industries."
    claims = claims_of(text, [])
    assert [(c.kind, c.cue.text) for c in claims] == [("recommendation", "Secure")]


def test_let_us_after_so_or_a_semicolon_is_advice_from_let_but_letting_someone_is_not() -> None:
    text = ("So let us get back to the bill. Many died in a war based on a lie; let us never forget that. "
            "They would not let us see the files. If you have questions, let us know.")
    claims = claims_of(text, [])
    assert [(c.kind, c.cue.text, c.text) for c in claims if c.kind == "recommendation"] == [
        ("recommendation", "let us", "let us get back to the bill"), ("recommendation", "let us", "let us never forget that")]


def test_each_item_of_advice_a_semicolon_sets_apart_is_a_recommendation() -> None:
    text = "The time has come to use diplomacy; create coalitions; listen to allies. We must act; costs will rise."
    claims = claims_of(text, [])
    assert [(c.cue.text, c.text) for c in claims if c.kind == "recommendation"] == [
        ("The time has come to", "The time has come to use diplomacy"), ("The time has come to", "create coalitions"),
        ("The time has come to", "listen to allies"), ("must", "We must act")]


def test_predictions_a_conjunction_gives_their_own_subject_are_one_claim_each() -> None:
    text = ("It will help individuals, and it will help our society. We will see what they need and how we can get "
            "it to them. New legislation will be introduced to tackle corruption. The bill would require a report.")
    claims = claims_of(text, [])
    assert [(c.cue.text, c.text) for c in claims] == [
        ("will", "It will help individuals"), ("will", "it will help our society"),
        ("will", "We will see what they need and how we can get it to them"),
        ("will", "New legislation will be introduced to tackle corruption")]



def test_advice_asked_as_a_question_is_none_but_a_request_to_the_hearer_is() -> None:
    text = "Should we send troops there? Secretary, could you pull the mike closer? Give us a date?"
    proposed = [Claim("", start, end, text[start:end], "recommendation", "AUTHOR", Span(cue, cue + 3, text[cue:cue + 3]),
                      "recommends", False)
                for start, end, cue in ((0, 28, 0), (40, 71, 40), (72, 87, 72))]
    record = DocumentRecord(doc_id="t", source="t", sha256="", published="2025-04-11", title=None)
    assert [c.text for c in finalise_claims(proposed, record, text)] == [
        "could you pull the mike closer?", "Give us a date?"]


def test_a_condition_with_should_inside_a_sentence_and_a_question_as_subject_advise_nothing() -> None:
    text = ("Fewer fighters, should Jihadists be perceived to have failed, will be inspired. How public schools should "
            "treat students has generated debate. Should disaster strike, we will be left defenseless. "
            "We should fund the program.")
    claims = claims_of(text, [])
    assert [(c.kind, c.cue.text) for c in claims] == [("claim", "will"), ("claim", "will"), ("recommendation", "should")]


def test_a_wish_with_would_like_and_a_speaker_s_can_remember_predict_nothing() -> None:
    text = "I would also like to discuss the strain on the force. I can remember a delegation to Iraq. It will rain."
    assert [(c.cue.text, c.text) for c in claims_of(text, [])] == [("will", "It will rain")]


def test_hedges_a_conjunction_gives_their_own_subject_are_one_claim_each() -> None:
    text = "There may be some global warming and some of it may be bad."
    assert [(c.cue.text, c.hedged, c.text) for c in claims_of(text, [])] == [
        ("may", True, "There may be some global warming"), ("may", True, "some of it may be bad")]


def test_negative_imperatives_the_right_thing_to_do_and_up_to_someone_advise() -> None:
    text = ("Don't just place this burden on our military. But don't take our word for it. Does the bill fund it. "
            "This is the right thing to do. It is up to the Congress to put an end to this madness.")
    assert [(c.kind, c.cue.text) for c in claims_of(text, [])] == [
        ("recommendation", "Don't"), ("recommendation", "don't"), ("recommendation", "is the right thing to do"),
        ("recommendation", "It is up to the Congress to")]


def test_an_imperative_named_as_such_and_our_task_is_to_are_advice_but_a_program_s_goal_is_not() -> None:
    text = ("Building AI infrastructure here is a national security imperative. Our challenge is to confront the "
            "changes. The goal of the program is to provide grants.")
    assert [(c.kind, c.text) for c in claims_of(text, [])] == [
        ("recommendation", "Building AI infrastructure here is a national security imperative"),
        ("recommendation", "Our challenge is to confront the changes")]


def test_what_should_have_been_done_judges_the_past_and_advises_nothing() -> None:
    text = "The agency should have acted sooner. Congress should have a plan."
    claims = claims_of(text, [("Congress", "ORG", "United States Congress")])
    assert [(c.kind, c.source, c.cue.text, c.text) for c in claims] == [
        ("claim", "AUTHOR", "should", "The agency should have acted sooner"),
        ("recommendation", "AUTHOR", "should", "Congress should have a plan")]


def test_a_certainty_adverb_judges_unhedged_and_almost_certainly_hedges() -> None:
    text = ("The risk of escalation is certainly real. The rules are clearly defined in the statute. "
            "Moscow almost certainly sees the offensive as a success.")
    assert [(c.cue.text, c.hedged, c.text) for c in claims_of(text, [])] == [
        ("certainly", False, "The risk of escalation is certainly real"),
        ("certainly", True, "Moscow almost certainly sees the offensive as a success")]


def test_an_imperative_after_an_ordinal_advises_from_its_verb() -> None:
    text = "First, expand intelligence sharing with Taiwan. Second, the agency reviewed the plan."
    assert [(c.kind, c.cue.text, c.text) for c in claims_of(text, [])] == [
        ("recommendation", "expand", "expand intelligence sharing with Taiwan")]


def test_it_would_be_wise_advises_and_the_brief_naming_itself_is_the_author() -> None:
    text = ("It would be wise for Congress to reconsider. This brief argues that sanctions have worked. "
            "A report by the agency argues that costs rose. The author contends that balancing is best. "
            "The author of the book claims that it sold well.")
    assert [(c.kind, c.source, c.cue.text) for c in claims_of(text, [])] == [
        ("recommendation", "AUTHOR", "It would be wise for"), ("claim", "AUTHOR", "argues"),
        ("claim", "UNKNOWN", "argues"), ("claim", "AUTHOR", "contends"), ("claim", "UNKNOWN", "claims")]


def test_a_modal_inside_a_reported_clause_is_the_reported_speaker_s_advice_not_the_text_s() -> None:
    text = "Some analysts have argued that the US must swap its policy for one of clarity."
    assert [(c.kind, c.source, c.cue.text) for c in claims_of(text, [("US", "GPE", "United States")])] == [
        ("recommendation", "UNKNOWN", "must")]


def test_discourse_adverbs_and_especially_phrases_are_not_the_content() -> None:
    text = ("Nonetheless, implementing such sanctions is critical for raising the costs. While aid remains vital, "
            "especially in the short term, economic pressure is key to isolating Putin.")
    assert [c.text for c in claims_of(text, [])] == [
        "implementing such sanctions is critical for raising the costs",
        "economic pressure is key to isolating Putin"]


def test_bullets_under_advice_ending_in_a_colon_are_advice_too() -> None:
    text = ("Specifically, the administration should establish a task force to:\n"
            "- Work with agencies to set aside recovery resources.\n- Empower the Office of Evaluation Services.\n"
            "The task force met twice.\n- Its members served two years.")
    claims = claims_of(text, [])
    assert [(c.kind, c.source, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "AUTHOR", "should", "the administration should establish a task force to"),
        ("recommendation", "AUTHOR", "Work", "Work with agencies to set aside recovery resources"),
        ("recommendation", "AUTHOR", "Empower", "Empower the Office of Evaluation Services")]


def test_likely_before_a_verb_hedges_and_it_is_clear_from_x_that_judges() -> None:
    text = ("The policy likely contributed to the decline. The likely outcomes include delays. It is clear from the "
            "survey results that there is little expectation of change.")
    assert [(c.cue.text, c.hedged, c.text) for c in claims_of(text, [])] == [
        ("likely", True, "The policy likely contributed to the decline"),
        ("clear", False, "there is little expectation of change")]


def test_a_modal_in_a_relative_clause_with_a_titled_name_for_subject_judges_nothing() -> None:
    text = "The allies set out the costs that Russian President Vladimir Putin would face. Putin would lose."
    assert [(c.cue.text, c.text) for c in claims_of(text, [])] == [("would", "Putin would lose")]


def test_a_belief_nobody_is_named_for_is_relayed_hedged_but_a_bill_considered_is_not() -> None:
    text = "The M-2 Bradley is widely considered to have reached its limits. The bill was considered in the House."
    assert [(c.source, c.cue.text, c.hedged) for c in claims_of(text, [])] == [("UNKNOWN", "considered", True)]


def test_necessity_frames_read_a_typographic_apostrophe() -> None:
    text = "It’s vital that allies coordinate export controls. It’s up to Congress to act."
    assert [(c.kind, c.cue.text) for c in claims_of(text, [])] == [
        ("recommendation", "It’s vital that"), ("recommendation", "It’s up to Congress to")]


def test_a_need_laid_on_us_a_duty_we_are_bound_by_and_a_contracted_key_frame_advise() -> None:
    text = ("We have challenges that require us to develop new capabilities. We are duty bound to take this seriously. "
            "We propose that the United States rejoin the pact. The senator proposed that the agency be abolished. "
            "These reforms are worthwhile; they’re essential to delivering for the public. "
            "Firms are obliged to report it.")
    assert [(c.kind, c.source, c.cue.text) for c in claims_of(text, [])] == [
        ("recommendation", "AUTHOR", "require us to"), ("recommendation", "AUTHOR", "We are duty bound to"),
        ("recommendation", "AUTHOR", "We propose that"),
        ("recommendation", "AUTHOR", "’re essential to")]


def test_a_must_of_an_argued_text_advises_whatever_its_subject_but_a_report_s_states_a_requirement() -> None:
    argued = ("We will not wait. Our allies stand with us, and I am proud of them. These risks must be recognized. "
              "Under the ADA, carriers must follow the rules.")
    assert [(c.kind, c.source, c.cue.text) for c in claims_of(argued, [])] == [
        ("claim", "AUTHOR", "will"), ("recommendation", "AUTHOR", "must")]
    report = "These risks must be recognized. Applicants must submit a form."
    assert claims_of(report, []) == []


def test_appearing_and_seeming_before_an_adjective_hedge_and_a_negated_going_to_predicts() -> None:
    text = ("Near-term risks to the outlook appear roughly balanced. The name appears in the list. "
            "The issues are not going to be solved in weeks.")
    assert [(c.cue.text, c.hedged) for c in claims_of(text, [])] == [("appear", True), ("going", False)]


def test_an_own_voice_content_starts_at_its_own_clause_after_a_joint_or_a_discourse_word() -> None:
    text = ("Our military is stretched thin, and we must rebuild it. Well, the plan will fail. "
            "Mr. Speaker, we should act. Now we must go, and soon.")
    assert [c.text for c in claims_of(text, [])] == [
        "we must rebuild it", "the plan will fail", "we should act", "Now we must go, and soon"]


def test_a_need_we_will_have_is_a_necessity_frame() -> None:
    text = "If we want to expand our missions, we’ll need some additional resources. Russia will need drones."
    assert [(c.kind, c.cue.text) for c in claims_of(text, [])] == [("recommendation", "need"), ("claim", "will")]


def test_cannot_afford_to_said_of_those_advised_advises_and_going_forward_leads_the_clause() -> None:
    text = ("Washington cannot afford to ignore the threat. Going forward, the Pentagon should buy munitions. "
            "Many families cannot afford to pay rent.")
    assert [(c.kind, c.cue.text, c.text) for c in claims_of(text, [])] == [
        ("recommendation", "cannot afford to", "Washington cannot afford to ignore the threat"),
        ("recommendation", "should", "the Pentagon should buy munitions"),
        ("claim", "cannot", "Many families cannot afford to pay rent")]


def test_a_course_of_action_that_will_require_advises_its_bullets_and_likely_takes_an_aside() -> None:
    text = ("This dynamic is likely, on balance, to produce a hostile relationship. "
            "The ultimate success of this strategy will require efforts to:\n"
            "• End the harsh rhetoric on both sides.\n• Reduce the reliance on military signaling.\n")
    assert [(c.kind, c.cue.text, c.hedged, c.text) for c in claims_of(text, [])] == [
        ("claim", "likely", True, "This dynamic is likely, on balance, to produce a hostile relationship"),
        ("recommendation", "require", False, "The ultimate success of this strategy will require efforts to"),
        ("recommendation", "End", False, "End the harsh rhetoric on both sides"),
        ("recommendation", "Reduce", False, "Reduce the reliance on military signaling")]


def test_a_modal_inside_an_embedded_how_question_judges_nothing() -> None:
    text = ("Figure 1 shows how costs are calculated and how a change in the rate would affect the grant. "
            "Each example varies in how support might impact implementation. The rate would rise.")
    assert [(c.cue.text, c.text) for c in claims_of(text, [])] == [("would", "The rate would rise")]


def test_a_best_course_for_someone_our_recommendation_making_sense_and_the_key_advise() -> None:
    text = ("The best course for Washington is to keep sanctions in place. Our recommendation is that the Treasury "
            "expand the list. It makes sense for Berlin to raise defense spending. The key is to build coalitions. "
            "The key was the timing of the vote.")
    claims = claims_of(text, [("Washington", "GPE", "United States"), ("Treasury", "ORG", "U.S. Department of the "
                                                                        "Treasury"), ("Berlin", "GPE", "Germany")])
    assert [(c.kind, c.source, c.text) for c in claims] == [
        ("recommendation", "AUTHOR", "The best course for Washington is to keep sanctions in place"),
        ("recommendation", "AUTHOR", "Our recommendation is that the Treasury expand the list"),
        ("recommendation", "AUTHOR", "It makes sense for Berlin to raise defense spending"),
        ("recommendation", "AUTHOR", "The key is to build coalitions")]


def test_a_frame_of_advice_drawn_as_a_consequence_of_a_reported_clause_is_a_recommendation_of_its_own() -> None:
    text = ("We know that corruption is a global problem, so it’s essential that we share information. "
            "Jane Doe said the talks failed, so it is unclear what comes next. "
            "John Smith said costs rose, so we must cut the program.")
    claims = claims_of(text, [("Jane Doe", "PERSON", "Jane Doe"), ("John Smith", "PERSON", "John Smith")])
    assert [(c.kind, c.source, c.text) for c in claims][:2] == [
        ("claim", "AUTHOR", "corruption is a global problem"),
        ("recommendation", "AUTHOR", "it’s essential that we share information")]
    assert ("claim", "Jane Doe", "the talks failed, so it is unclear what comes next") in \
        [(c.kind, c.source, c.text) for c in claims]
    assert (claims[-1].kind, claims[-1].text) == ("recommendation", "we must cut the program")


def test_a_gerund_subject_s_own_can_does_not_hedge_its_requirement_but_a_relative_clause_does_not_advise() -> None:
    text = ("Ensuring we can deliver on this agenda will require sustained funding. "
            "Tolling can help projects become eligible for a loan that requires a dedicated revenue stream.")
    claims = claims_of(text, [])
    assert [(c.kind, c.cue.text) for c in claims][0] == ("recommendation", "require")
    assert all(c.kind != "recommendation" for c in claims[1:])


def test_a_sentence_s_subject_that_before_its_modal_stays_in_the_content() -> None:
    text = "Sanctions cut exports. That will dent the budget. That is, revenue may fall."
    assert [c.text for c in claims_of(text, [])] == ["That will dent the budget", "revenue may fall"]


def test_now_is_the_time_advises_from_now_and_after_a_that_from_the_frame() -> None:
    text = ("Now is the time to craft those sanctions. We are convinced that now is the time to act. "
            "We face challenges that require us to develop new capabilities.")
    claims = claims_of(text, [])
    assert [(c.kind, c.text) for c in claims] == [
        ("recommendation", "Now is the time to craft those sanctions"),
        ("recommendation", "now is the time to act"),
        ("recommendation", "We face challenges that require us to develop new capabilities")]


def test_should_of_a_measure_s_effect_is_a_hedged_expectation_but_said_to_someone_it_advises() -> None:
    text = ("This policy, by keeping holdings at sizable levels, should help maintain accommodative conditions. "
            "The new rules should ease congestion. Congress should help small businesses.")
    claims = claims_of(text, [("Congress", "ORG", "U.S. Congress")])
    assert [(c.kind, c.hedged, c.cue.text) for c in claims] == [
        ("claim", True, "should"), ("claim", True, "should"), ("recommendation", False, "should")]


def test_cannot_afford_a_thing_said_of_those_advised_advises_too() -> None:
    text = "The United States cannot afford another decade of neglect. Many families cannot afford the rent."
    assert [(c.kind, c.cue.text) for c in claims_of(text, [])] == [("recommendation", "cannot afford"),
                                                                   ("claim", "cannot")]


def test_a_lead_line_ending_in_its_modal_before_a_list_is_no_claim_but_its_bullets_are() -> None:
    text = ("To counter Beijing's influence, the United States should:\n"
            "- Expand security assistance to Pacific Island states.\n- Fund undersea cable protection.\n")
    claims = claims_of(text, [])
    assert [(c.kind, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "Expand", "Expand security assistance to Pacific Island states"),
        ("recommendation", "Fund", "Fund undersea cable protection")]


def test_the_only_or_best_way_to_a_goal_advises_what_it_names() -> None:
    text = ("The only way to achieve lasting peace in the region is to slow its militarization. The best way to "
            "deter Beijing is by arming Taiwan. This is the only way to win. The way to the station was long.")
    claims = claims_of(text, [("Beijing", "GPE", "China"), ("Taiwan", "GPE", "Taiwan")])
    assert [(c.kind, c.source, c.text) for c in claims] == [
        ("recommendation", "AUTHOR", "The only way to achieve lasting peace in the region is to slow its militarization"),
        ("recommendation", "AUTHOR", "The best way to deter Beijing is by arming Taiwan"),
        ("recommendation", "AUTHOR", "This is the only way to win")]


def test_a_modal_in_an_embedded_question_advises_nothing_until_a_coordinator_ends_the_question() -> None:
    text = ("No consensus has formed about what should replace them. Analysts disagree about which policy the "
            "administration should adopt. That is the opposite of what Congress should be doing. Few know the "
            "extent to which the agency must pay. We know how hard it is but we need to act now.")
    claims = claims_of(text, [("Congress", "ORG", "U.S. Congress")])
    assert [(c.kind, c.cue.text, c.text) for c in claims] == [
        ("recommendation", "need to", "We know how hard it is but we need to act now")]


def test_a_risk_a_possibility_or_a_doubt_the_text_states_is_its_hedged_judgement() -> None:
    text = ("There is a real risk that the ceasefire collapses. It is possible that Beijing will test the new "
            "administration. It is far from clear that the treaty will survive. In all likelihood, the deal will "
            "collapse. It is clear that the coalition will hold.")
    assert [(c.text, c.source, c.hedged) for c in claims_of(text, [])] == [
        ("the ceasefire collapses", "AUTHOR", True), ("Beijing will test the new administration", "AUTHOR", True),
        ("the treaty will survive", "AUTHOR", True), ("the deal will collapse", "AUTHOR", True),
        ("the coalition will hold", "AUTHOR", False)]


def test_a_reporting_verb_in_an_impersonal_infinitive_is_the_text_s_own_voice() -> None:
    text = "It is hard to argue that the program has succeeded. There is good reason to believe that it failed."
    assert [(c.text, c.source) for c in claims_of(text, [])] == [
        ("the program has succeeded", "AUTHOR"), ("it failed", "AUTHOR")]


def test_numbered_items_under_a_recommendations_heading_are_the_text_s_advice() -> None:
    text = ("Policy Recommendations\n\n1. Establish a coordinating office for Pacific policy.\n\n"
            "2. Greater coordination with allies on development finance.\n\n3. Reopen embassies in Tonga and Kiribati.\n\n"
            "The islands lie far apart.")
    assert [(c.kind, c.source, c.cue.text, c.text) for c in claims_of(text, [])] == [
        ("recommendation", "AUTHOR", "Establish", "Establish a coordinating office for Pacific policy"),
        ("recommendation", "AUTHOR", "Greater", "Greater coordination with allies on development finance"),
        ("recommendation", "AUTHOR", "Reopen", "Reopen embassies in Tonga and Kiribati")]


def test_bullets_finishing_a_lead_that_is_no_advice_advise_nothing() -> None:
    text = ("To speed development, agencies will leverage their authorities to:\n"
            "- Prioritize permitting of AI infrastructure on federal sites.\n- Ensure low electricity prices.\n"
            "Congress should fund the grid.")
    assert [(c.kind, c.text) for c in claims_of(text, [])] == [
        ("claim", "agencies will leverage their authorities to"),
        ("recommendation", "Congress should fund the grid")]


def test_a_title_s_why_should_needs_and_don_t_in_title_case_advise() -> None:
    text = ("Why the U.S. Should Rethink Its Iran Strategy\n\nEurope Needs a Plan B for Ukraine\n\n"
            "Don't Abandon the Iran Deal\n\nHow schools should treat these students has been debated.")
    claims = claims_of(text, [("U.S.", "GPE", "United States"), ("Europe", "GPE", "Europe")])
    assert [(c.kind, c.cue.text) for c in claims] == [
        ("recommendation", "Should"), ("recommendation", "Needs"), ("recommendation", "Don't")]


def test_advice_inside_the_text_s_own_view_or_evaluation_is_its_recommendation() -> None:
    text = ("In our view, a better course would be to negotiate with allies. In our view, Congress should act now. "
            "In our view, the policy failed. It is clear that Congress must act.")
    claims = claims_of(text, [("Congress", "ORG", "U.S. Congress")])
    assert [(c.kind, c.source, c.text) for c in claims] == [
        ("recommendation", "AUTHOR", "a better course would be to negotiate with allies"),
        ("recommendation", "AUTHOR", "Congress should act now"),
        ("claim", "AUTHOR", "the policy failed"),
        ("recommendation", "AUTHOR", "It is clear that Congress must act")]


def test_perhaps_possibly_seemingly_maybe_and_poised_mark_a_hedged_judgement_but_not_a_count_s_range() -> None:
    text = ("Perhaps most importantly, the bill helps students. The case is possibly the most consequential yet. "
            "AI is poised to transform the economy. The conflict seemingly has no end. Maybe that is not the right "
            "word. They work one, two, maybe three jobs.")
    assert [(c.cue.text, c.source, c.hedged) for c in claims_of(text, [])] == [
        ("Perhaps", "AUTHOR", True), ("possibly", "AUTHOR", True), ("poised", "AUTHOR", True),
        ("seemingly", "AUTHOR", True), ("Maybe", "AUTHOR", True)]
