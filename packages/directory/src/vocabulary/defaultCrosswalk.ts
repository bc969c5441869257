import type { ConditionCategory, SupportNeedDomain } from "@carerkit/core";

/**
 * How one support-need domain is recognised in a service: taxonomy terms (matched on the term's
 * name, code or URI) and keywords (matched as whole words in the service's name, description
 * and term names, ignoring case and apostrophes).
 *
 * @example
 * const respite: NeedMapping = { terms: ["Relief for Caregivers"], keywords: ["respite", "short breaks"] };
 */
export interface NeedMapping {
  /** Taxonomy term names, codes or URIs. */
  readonly terms: readonly string[];
  /** Whole-word phrases. */
  readonly keywords: readonly string[];
}

/**
 * The vocabulary a directory matches with: support-need domains → terms and keywords, condition
 * categories → keywords, and synonym groups for free-text search.
 *
 * @example
 * const crosswalk: Crosswalk = DEFAULT_CROSSWALK;
 */
export interface Crosswalk {
  /** Every support-need domain from `@carerkit/core`. */
  readonly needs: Readonly<Record<SupportNeedDomain, NeedMapping>>;
  /** Keywords that mark a service as focused on a condition (read from names and terms only). */
  readonly conditions: Readonly<Record<ConditionCategory, readonly string[]>>;
  /** Groups of interchangeable words or phrases for free-text queries. */
  readonly synonyms: readonly (readonly string[])[];
}

/**
 * CarerKit's default crosswalk for UK carers' services. Term names and codes come from the
 * vocabularies UK directories use: LGA esd service types (`esdServiceType:298` "Carers support
 * groups", `esdServiceType:1755` "Carers assessment"), Open Eligibility (1286 "Relief for
 * Caregivers", 1288 "Bereavement", 1290 "Hospice", 1314 bereavement support groups) and plain
 * words that carers and providers use ("respite", "short breaks", "replacement care",
 * "Carer's Allowance"). Extend it per directory with {@link extendCrosswalk}.
 *
 * @example
 * DEFAULT_CROSSWALK.needs.breaks_from_caring.keywords.includes("respite"); //=> true
 */
export const DEFAULT_CROSSWALK: Crosswalk = {
  needs: {
    understanding_the_condition: {
      terms: ["Health Education", "Condition information"],
      keywords: [
        "understanding the condition",
        "understanding dementia",
        "condition information",
        "carer training",
        "carers training",
        "training for carers",
        "course for carers",
        "courses for carers",
        "information sessions",
        "learn about",
      ],
    },
    symptoms_and_medicines: {
      terms: ["Medication management"],
      keywords: [
        "medicines",
        "medication",
        "symptom management",
        "managing symptoms",
        "pain management",
        "admiral nurse",
        "admiral nurses",
        "specialist nurse",
      ],
    },
    personal_care: {
      terms: ["Care at home", "esdServiceType:242", "Personal care"],
      keywords: [
        "personal care",
        "home care",
        "care at home",
        "domiciliary care",
        "moving and handling",
      ],
    },
    practical_help_at_home: {
      terms: ["Home help"],
      keywords: [
        "practical help",
        "practical support",
        "shopping",
        "meals",
        "transport",
        "cleaning",
        "handyperson",
        "home help",
        "gardening",
      ],
    },
    equipment_and_adaptations: {
      terms: ["Equipment", "Adaptations"],
      keywords: [
        "equipment",
        "adaptations",
        "mobility aids",
        "telecare",
        "occupational therapy",
        "disabled facilities grant",
        "assistive technology",
      ],
    },
    information_and_contacts: {
      terms: ["Information", "Information and advice", "Carers centre"],
      keywords: [
        "information and advice",
        "advice and information",
        "signposting",
        "carers centre",
        "carer support service",
        "carers support service",
        "carers hub",
        "information hub",
        "helpline",
        "advice line",
        "carers assessment",
        "one stop shop",
      ],
    },
    planning_ahead: {
      terms: ["Hospice", "1290", "End of life care", "Advance care planning"],
      keywords: [
        "advance care planning",
        "planning ahead",
        "end of life",
        "end of life care",
        "lasting power of attorney",
        "wills",
        "future planning",
      ],
    },
    crisis_planning: {
      terms: ["Emergency planning"],
      keywords: [
        "emergency plan",
        "emergency planning",
        "carer emergency card",
        "carers emergency card",
        "emergency card",
        "contingency plan",
        "crisis",
        "what if plan",
      ],
    },
    breaks_from_caring: {
      terms: ["Relief for Caregivers", "1286", "Respite care", "Short breaks"],
      keywords: [
        "respite",
        "respite care",
        "short break",
        "short breaks",
        "replacement care",
        "sitting service",
        "sitter service",
        "night sitting",
        "day care",
        "day centre",
        "day service",
        "shared lives",
        "time for yourself",
        "break from caring",
        "breaks for carers",
      ],
    },
    feelings_and_worries: {
      terms: ["Counseling", "Counselling", "Emotional support"],
      keywords: [
        "counselling",
        "counseling",
        "emotional support",
        "listening service",
        "talking therapy",
        "talking therapies",
        "stress",
        "anxiety",
        "low mood",
        "someone to talk to",
        "wellbeing support",
      ],
    },
    own_health: {
      terms: ["Health and wellbeing"],
      keywords: [
        "carers health",
        "own health",
        "health check",
        "health checks",
        "wellbeing",
        "exercise",
        "mindfulness",
        "yoga",
        "sleep",
        "relaxation",
      ],
    },
    money_and_benefits: {
      terms: ["Government Benefits", "Benefits advice", "Welfare rights"],
      keywords: [
        "benefits advice",
        "benefit advice",
        "benefits check",
        "welfare benefits",
        "carers allowance",
        "attendance allowance",
        "personal independence payment",
        "welfare rights",
        "money advice",
        "debt advice",
        "grants",
        "carers grant",
        "financial advice",
      ],
    },
    work_and_education: {
      terms: ["Employment", "Education"],
      keywords: [
        "working carers",
        "employment support",
        "work and caring",
        "back to work",
        "return to work",
        "employment advice",
        "education",
        "training and employment",
        "careers advice",
      ],
    },
    legal_matters: {
      terms: ["Carers assessment", "esdServiceType:1755", "Legal services"],
      keywords: [
        "legal advice",
        "power of attorney",
        "lasting power of attorney",
        "mental capacity",
        "carers rights",
        "deputyship",
        "carers assessment",
        "carer assessment",
        "care act",
      ],
    },
    relationships: {
      terms: ["Family support"],
      keywords: [
        "relationships",
        "relationship support",
        "family support",
        "couples",
        "family mediation",
        "family carers",
      ],
    },
    grief_and_loss: {
      terms: ["Bereavement", "1288", "1314", "Bereavement support"],
      keywords: [
        "bereavement",
        "bereaved",
        "grief",
        "grieving",
        "grief and loss",
        "anticipatory grief",
        "after caring",
        "former carers",
        "life after caring",
      ],
    },
    peer_support: {
      terms: ["Carers support groups", "esdServiceType:298", "Peer Support", "Support Groups"],
      keywords: [
        "peer support",
        "support group",
        "support groups",
        "carers group",
        "carers groups",
        "carers cafe",
        "dementia cafe",
        "memory cafe",
        "coffee morning",
        "meet other carers",
        "drop in group",
        "carers forum",
        "buddy",
      ],
    },
  },
  conditions: {
    illness: ["illness", "cancer", "serious illness"],
    long_term_condition: [
      "long term condition",
      "long term conditions",
      "stroke",
      "parkinsons",
      "multiple sclerosis",
      "heart failure",
      "copd",
      "motor neurone disease",
      "mnd",
    ],
    disability: [
      "disability",
      "disabilities",
      "learning disability",
      "learning disabilities",
      "autism",
      "autistic",
    ],
    frailty: ["frailty", "frail", "older people"],
    dementia: ["dementia", "alzheimers", "memory loss", "memory cafe"],
    mental_health: ["mental health", "mental illness", "psychosis", "bipolar", "schizophrenia"],
    substance_misuse: ["substance misuse", "alcohol", "drug", "drugs", "addiction"],
    palliative: ["end of life", "palliative", "terminal illness", "hospice"],
  },
  synonyms: [
    ["respite", "short break", "short breaks", "replacement care", "sitting service"],
    ["counselling", "counseling", "talking therapy", "emotional support"],
    ["bereavement", "grief", "bereaved"],
    ["peer support", "support group", "carers group", "carers cafe"],
    ["benefits", "carers allowance", "welfare rights", "money advice"],
    ["dementia", "alzheimers", "memory"],
    ["hospice", "end of life", "palliative"],
  ],
};
