/**
 * The eight outcomes of the Care and Support (Eligibility Criteria) Regulations 2015, reg. 3(2)(b)
 * (SI 2015/313), in the regulation's order and wording (Crown copyright, Open Government Licence v3.0).
 *
 * @example
 * CARER_OUTCOMES.find((o) => o.id === "recreational_activities")?.reference; //=> "reg. 3(2)(b)(viii)"
 */
export const CARER_OUTCOMES = [
  {
    id: "caring_for_a_child",
    reference: "reg. 3(2)(b)(i)",
    label: "carrying out any caring responsibilities the carer has for a child",
  },
  {
    id: "caring_for_others",
    reference: "reg. 3(2)(b)(ii)",
    label: "providing care to other persons for whom the carer provides care",
  },
  {
    id: "habitable_home",
    reference: "reg. 3(2)(b)(iii)",
    label:
      "maintaining a habitable home environment in the carer's home (whether or not this is also the home of the adult needing care)",
  },
  {
    id: "nutrition",
    reference: "reg. 3(2)(b)(iv)",
    label: "managing and maintaining nutrition",
  },
  {
    id: "relationships",
    reference: "reg. 3(2)(b)(v)",
    label: "developing and maintaining family or other personal relationships",
  },
  {
    id: "work_training_education_volunteering",
    reference: "reg. 3(2)(b)(vi)",
    label: "engaging in work, training, education or volunteering",
  },
  {
    id: "community_facilities_and_services",
    reference: "reg. 3(2)(b)(vii)",
    label:
      "making use of necessary facilities or services in the local community, including recreational facilities or services",
  },
  {
    id: "recreational_activities",
    reference: "reg. 3(2)(b)(viii)",
    label: "engaging in recreational activities",
  },
] as const;

/**
 * The id of one reg. 3(2)(b) outcome, e.g. `"nutrition"`.
 *
 * @example
 * const outcome: CarerOutcome = "habitable_home";
 */
export type CarerOutcome = (typeof CARER_OUTCOMES)[number]["id"];

/**
 * The three meanings of "unable to achieve" an outcome, reg. 3(3). The carer regulation has no
 * "takes significantly longer" limb; that is only in the adult regulation 2(3).
 *
 * @example
 * UNABLE_MEANINGS.map((m) => m.reference); //=> ["reg. 3(3)(a)", "reg. 3(3)(b)", "reg. 3(3)(c)"]
 */
export const UNABLE_MEANINGS = [
  {
    id: "needs_assistance",
    reference: "reg. 3(3)(a)",
    label: "is unable to achieve it without assistance",
  },
  {
    id: "significant_pain_distress_or_anxiety",
    reference: "reg. 3(3)(b)",
    label:
      "is able to achieve it without assistance but doing so causes the carer significant pain, distress or anxiety",
  },
  {
    id: "endangers_health_or_safety",
    reference: "reg. 3(3)(c)",
    label:
      "is able to achieve it without assistance but doing so endangers or is likely to endanger the health or safety of the carer, or of others",
  },
] as const;

/**
 * One meaning of "unable to achieve", reg. 3(3).
 *
 * @example
 * const meaning: UnableMeaning = "needs_assistance";
 */
export type UnableMeaning = (typeof UNABLE_MEANINGS)[number]["id"];

/**
 * The well-being areas of the Care Act 2014, section 1(2), against which a significant impact is
 * judged. There is no hierarchy: all are equally important.
 *
 * @example
 * WELLBEING_AREAS.length; //=> 9
 */
export const WELLBEING_AREAS = [
  {
    id: "personal_dignity",
    reference: "s.1(2)(a)",
    label: "personal dignity (including treatment of the individual with respect)",
  },
  {
    id: "health_and_emotional_wellbeing",
    reference: "s.1(2)(b)",
    label: "physical and mental health and emotional well-being",
  },
  {
    id: "protection_from_abuse_and_neglect",
    reference: "s.1(2)(c)",
    label: "protection from abuse and neglect",
  },
  {
    id: "control_over_day_to_day_life",
    reference: "s.1(2)(d)",
    label:
      "control by the individual over day-to-day life (including over care and support, or support, provided to the individual and the way in which it is provided)",
  },
  {
    id: "work_education_training_recreation",
    reference: "s.1(2)(e)",
    label: "participation in work, education, training or recreation",
  },
  {
    id: "social_and_economic_wellbeing",
    reference: "s.1(2)(f)",
    label: "social and economic well-being",
  },
  {
    id: "relationships",
    reference: "s.1(2)(g)",
    label: "domestic, family and personal relationships",
  },
  {
    id: "suitability_of_accommodation",
    reference: "s.1(2)(h)",
    label: "suitability of living accommodation",
  },
  {
    id: "contribution_to_society",
    reference: "s.1(2)(i)",
    label: "the individual's contribution to society",
  },
] as const;

/**
 * The id of one well-being area of s.1(2).
 *
 * @example
 * const area: WellbeingArea = "relationships";
 */
export type WellbeingArea = (typeof WELLBEING_AREAS)[number]["id"];
