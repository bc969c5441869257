export type {
  AssessmentError,
  AssessmentErrorCode,
  AssessmentIssue,
  AssessmentIssueCode,
} from "./errors.ts";
export type { InstrumentLicence, LicenceStatus } from "./instrument/types/licence.ts";
export type {
  InstrumentItem,
  InstrumentResponses,
  NumericRange,
  ResponseOption,
} from "./instrument/types/item.ts";
export type { Band, BandResult, Banding } from "./instrument/types/banding.ts";
export type {
  ConversionTable,
  FlagRule,
  MinimalImportantChange,
  MissingDataRule,
  Subscale,
} from "./instrument/types/rules.ts";
export type { Instrument } from "./instrument/types/instrument.ts";
export type {
  ConvertedScore,
  InstrumentScore,
  RaisedFlag,
  ScoringError,
  SubscaleScore,
} from "./instrument/types/score.ts";
export { checkInstrument } from "./instrument/checkInstrument.ts";
export { safeParseInstrument } from "./instrument/safeParseInstrument.ts";
export { defineInstrument } from "./instrument/defineInstrument.ts";
export { scoreInstrument } from "./instrument/scoreInstrument.ts";
export { applyTextPack } from "./instrument/applyTextPack.ts";
export { compareScores } from "./instrument/compareScores.ts";
export type { ScoreComparison } from "./instrument/compareScores.ts";
export type { TextPack } from "./instrument/applyTextPack.ts";
export { PHQ9 } from "./instruments/phq9.ts";
export { GAD7 } from "./instruments/gad7.ts";
export { PHQ4 } from "./instruments/phq4.ts";
export { PHQ2 } from "./instruments/phq2.ts";
export { GAD2 } from "./instruments/gad2.ts";
export { WEMWBS } from "./instruments/wemwbs.ts";
export { SWEMWBS } from "./instruments/swemwbs.ts";
export { ZBI22, ZBI12, ZBI4 } from "./instruments/zarit.ts";
export { CSI, MCSI } from "./instruments/csi.ts";
export { K10, K6 } from "./instruments/kessler.ts";
export { ASCOF_CARER_QOL } from "./instruments/ascofCarerQol.ts";
export { UCLA3 } from "./instruments/ucla3.ts";
export { BRCS } from "./instruments/brcs.ts";
export { CARER_CONFIDENCE_KNOWLEDGE } from "./instruments/carerConfidenceKnowledge.ts";
export { BUILT_IN_INSTRUMENTS } from "./instruments/builtInInstruments.ts";
export { CARER_OUTCOMES, UNABLE_MEANINGS, WELLBEING_AREAS } from "./eligibility/careAct.ts";
export type { CarerOutcome, UnableMeaning, WellbeingArea } from "./eligibility/careAct.ts";
export { determineCarerEligibility } from "./eligibility/determineCarerEligibility.ts";
export { CarerEligibilityAnswersSchema } from "./eligibility/CarerEligibilityAnswersSchema.ts";
export { safeParseCarerEligibilityAnswers } from "./eligibility/safeParseCarerEligibilityAnswers.ts";
export type {
  CarerEligibilityAnswers,
  CarerEligibilityDetermination,
  CarerOutcomeAnswer,
  ConditionFinding,
  MissingAnswer,
  OpenAnswer,
  UnachievedOutcome,
} from "./eligibility/types.ts";
export { SCOTTISH_ELIGIBILITY_INDICATORS, SCOTTISH_IMPACT_LEVELS } from "./eligibility/scotland.ts";
export type { ScottishEligibilityIndicator, ScottishImpactLevel } from "./eligibility/scotland.ts";
export { determineScottishCarerEligibility } from "./eligibility/determineScottishCarerEligibility.ts";
export type {
  ScottishEligibilityDetermination,
  ScottishLocalCriteria,
} from "./eligibility/determineScottishCarerEligibility.ts";
export { toFhirQuestionnaire } from "./fhir/toFhirQuestionnaire.ts";
export type { FhirOptions } from "./fhir/toFhirQuestionnaire.ts";
export { toFhirQuestionnaireResponse } from "./fhir/toFhirQuestionnaireResponse.ts";
export type { QuestionnaireResponseOptions } from "./fhir/toFhirQuestionnaireResponse.ts";
export { fromFhirQuestionnaireResponse } from "./fhir/fromFhirQuestionnaireResponse.ts";
export { toFhirObservation } from "./fhir/toFhirObservation.ts";
export type { ObservationOptions } from "./fhir/toFhirObservation.ts";
export type {
  FhirAnswer,
  FhirCodeableConcept,
  FhirCoding,
  FhirExtension,
  FhirObservation,
  FhirObservationComponent,
  FhirQuantity,
  FhirQuestionnaire,
  FhirQuestionnaireItem,
  FhirQuestionnaireResponse,
  FhirQuestionnaireResponseItem,
  FhirReference,
} from "./fhir/types.ts";
export type {
  Checklist,
  ChecklistDomain,
  CompletedChecklist,
  DomainAnswer,
  PrioritisedNeed,
  SupportLevel,
} from "./checklist/types.ts";
export { CORE_SUPPORT_NEEDS_CHECKLIST } from "./checklist/coreSupportNeedsChecklist.ts";
export { safeParseChecklist } from "./checklist/safeParseChecklist.ts";
export { prioritiseNeeds } from "./checklist/prioritiseNeeds.ts";
export { toSupportNeedDomains } from "./checklist/toSupportNeedDomains.ts";
export { createActionPlan } from "./checklist/createActionPlan.ts";
export type { ActionPlan, AgreedAction } from "./checklist/createActionPlan.ts";
export { compareChecklists } from "./checklist/compareChecklists.ts";
export type { ChecklistReview, DomainChange } from "./checklist/compareChecklists.ts";
