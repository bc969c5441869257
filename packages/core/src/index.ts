export { ok, err } from "./result/result.ts";
export type { Result, CarerKitIssue } from "./result/result.ts";
export { CarerKitError } from "./errors/CarerKitError.ts";
export type { CarerKitErrorCode, CarerKitErrorOptions } from "./errors/CarerKitError.ts";
export { isCarerKitError } from "./errors/isCarerKitError.ts";
export { checkArgument } from "./errors/checkArgument.ts";
export type { ArgumentKind } from "./errors/checkArgument.ts";
export { capIssues, MAX_ISSUES } from "./errors/capIssues.ts";
export { invalidArgument } from "./errors/invalidArgument.ts";
export type { ArgumentIssue } from "./_lib/argumentIssue.ts";
export { SUPPORT_NEED_DOMAINS } from "./vocabulary/supportNeedDomains.ts";
export { SupportNeedDomainSchema } from "./vocabulary/SupportNeedDomainSchema.ts";
export type { SupportNeedDomain } from "./vocabulary/SupportNeedDomainSchema.ts";
export { CONDITION_CATEGORIES, ConditionCategorySchema } from "./vocabulary/conditionCategories.ts";
export type { ConditionCategory } from "./vocabulary/conditionCategories.ts";
export { RELATIONSHIP_TYPES, RelationshipTypeSchema } from "./vocabulary/relationshipTypes.ts";
export type { RelationshipType } from "./vocabulary/relationshipTypes.ts";
export { HOURS_OF_CARE_BANDS, HoursOfCareBandSchema } from "./vocabulary/hoursOfCareBands.ts";
export type { HoursOfCareBand } from "./vocabulary/hoursOfCareBands.ts";
export type { CoreIssueCode } from "./errors/CoreIssueCode.ts";
export { normalisePostcode } from "./identifiers/normalisePostcode.ts";
export { validateNhsNumber } from "./identifiers/validateNhsNumber.ts";
export { isValidNhsNumber } from "./identifiers/isValidNhsNumber.ts";
export type { NhsNumberOptions } from "./identifiers/NhsNumberOptions.ts";
export { calculateAge } from "./age/calculateAge.ts";
export { classifyCarer } from "./age/classifyCarer.ts";
export type { CarerAgeGroup, ClassifyCarerOptions } from "./age/classifyCarer.ts";
export { bandHoursOfCare } from "./care/bandHoursOfCare.ts";
export type { ParseResult } from "./result/ParseResult.ts";
export type { ParseOptions } from "./result/ParseOptions.ts";
export { checkDatesNotAfter } from "./dates/checkDatesNotAfter.ts";
export { textField } from "./text/textField.ts";
export type { TextFieldOptions } from "./text/textField.ts";
export {
  CarerSchema,
  PersonNameSchema,
  ContactSchema,
  CommunicationSchema,
  AccessibleFormatSchema,
  AgeBandSchema,
  EmploymentStatusSchema,
  IdentificationSourceSchema,
  CarerStatusSchema,
} from "./carer/CarerSchema.ts";
export type {
  Carer,
  CarerInput,
  AccessibleFormat,
  AgeBand,
  CarerStatus,
} from "./carer/CarerSchema.ts";
export { parseCarer } from "./carer/parseCarer.ts";
export { safeParseCarer } from "./carer/safeParseCarer.ts";
export { InformationCategorySchema } from "./vocabulary/informationCategories.ts";
export type { InformationCategory } from "./vocabulary/informationCategories.ts";
export {
  CaredForPersonSchema,
  ConditionSchema,
  AboutMeSchema,
} from "./caredFor/CaredForPersonSchema.ts";
export type { CaredForPerson } from "./caredFor/CaredForPersonSchema.ts";
export { parseCaredForPerson } from "./caredFor/parseCaredForPerson.ts";
export { safeParseCaredForPerson } from "./caredFor/safeParseCaredForPerson.ts";
export {
  CaringRelationshipSchema,
  CaringTaskSchema,
  CaringEndReasonSchema,
} from "./relationship/CaringRelationshipSchema.ts";
export type {
  CaringRelationship,
  CaringEndReason,
} from "./relationship/CaringRelationshipSchema.ts";
export { parseCaringRelationship } from "./relationship/parseCaringRelationship.ts";
export { safeParseCaringRelationship } from "./relationship/safeParseCaringRelationship.ts";
export { checkRelationshipDates } from "./relationship/checkRelationshipDates.ts";
export type { RelationshipPeople } from "./relationship/checkRelationshipDates.ts";
export { endCaringRelationship } from "./relationship/endCaringRelationship.ts";
export type { CaringEnd, CaringEnded } from "./relationship/endCaringRelationship.ts";
export {
  CareCircleSchema,
  CareCircleMemberSchema,
  ProfessionalRoleSchema,
  CommunityRoleSchema,
} from "./circle/CareCircleSchema.ts";
export type { CareCircle, CareCircleMember } from "./circle/CareCircleSchema.ts";
export { parseCareCircle } from "./circle/parseCareCircle.ts";
export { safeParseCareCircle } from "./circle/safeParseCareCircle.ts";
export { ConsentSchema, ConsentPurposeSchema } from "./consent/ConsentSchema.ts";
export type { Consent, ConsentPurpose } from "./consent/ConsentSchema.ts";
export { parseConsent } from "./consent/parseConsent.ts";
export { safeParseConsent } from "./consent/safeParseConsent.ts";
export { canShare } from "./consent/canShare.ts";
export type { ShareRequest, ShareDecision, ShareDecisionReason } from "./consent/canShare.ts";
export { GoalSchema, GoalStatusSchema } from "./goal/GoalSchema.ts";
export type { Goal } from "./goal/GoalSchema.ts";
export { parseGoal } from "./goal/parseGoal.ts";
export { safeParseGoal } from "./goal/safeParseGoal.ts";
export { CheckInSchema, HowAreYouSchema, SmallWinSchema } from "./checkIn/CheckInSchema.ts";
export type { CheckIn } from "./checkIn/CheckInSchema.ts";
export { parseCheckIn } from "./checkIn/parseCheckIn.ts";
export { safeParseCheckIn } from "./checkIn/safeParseCheckIn.ts";
export { FeedbackSchema, ComplaintStatusSchema } from "./feedback/FeedbackSchema.ts";
export type { Feedback, ComplaintStatus } from "./feedback/FeedbackSchema.ts";
export { parseFeedback } from "./feedback/parseFeedback.ts";
export { safeParseFeedback } from "./feedback/safeParseFeedback.ts";
export { TimelineEventSchema, TimelineEventKindSchema } from "./timeline/TimelineEventSchema.ts";
export type { TimelineEvent } from "./timeline/TimelineEventSchema.ts";
export { parseTimelineEvent } from "./timeline/parseTimelineEvent.ts";
export { safeParseTimelineEvent } from "./timeline/safeParseTimelineEvent.ts";
export { pseudonymise } from "./privacy/pseudonymise.ts";
export type { PseudonymKey } from "./privacy/pseudonymise.ts";
export { redactCarer } from "./privacy/redactCarer.ts";
export type { RedactedCarer, RedactCarerOptions } from "./privacy/redactCarer.ts";
export { ENTITY_SCHEMAS, SCHEMA_VERSION } from "./serialisation/entities.ts";
export type { EntityKind, EntityOf } from "./serialisation/entities.ts";
export { serialise } from "./serialisation/serialise.ts";
export { deserialise } from "./serialisation/deserialise.ts";
export type { SerialisedDocument, DeserialiseOptions } from "./serialisation/deserialise.ts";
export { addWorkingDays } from "./calendar/addWorkingDays.ts";
export { countWorkingDays } from "./calendar/countWorkingDays.ts";
export type { WorkingDayOptions } from "./calendar/WorkingDayOptions.ts";
// Casework, outreach, safeguarding, carer voice and equality monitoring.
export {
  SupportContactSchema,
  SupportContactModeSchema,
  SupportKindSchema,
} from "./casework/SupportContactSchema.ts";
export type { SupportContact, SupportKind } from "./casework/SupportContactSchema.ts";
export { parseSupportContact } from "./casework/parseSupportContact.ts";
export { safeParseSupportContact } from "./casework/safeParseSupportContact.ts";
export { OnwardReferralSchema, ReferralOutcomeSchema } from "./casework/OnwardReferralSchema.ts";
export type { OnwardReferral } from "./casework/OnwardReferralSchema.ts";
export { parseOnwardReferral } from "./casework/parseOnwardReferral.ts";
export { safeParseOnwardReferral } from "./casework/safeParseOnwardReferral.ts";
export { KeyWorkerAssignmentSchema } from "./casework/KeyWorkerAssignmentSchema.ts";
export type { KeyWorkerAssignment } from "./casework/KeyWorkerAssignmentSchema.ts";
export { listCaseload } from "./casework/listCaseload.ts";
export { assignKeyWorker } from "./casework/assignKeyWorker.ts";
export { scheduleReferralFollowUp } from "./casework/scheduleReferralFollowUp.ts";
export type { ReferralFollowUpOptions } from "./casework/scheduleReferralFollowUp.ts";
export { OutreachEventSchema, OutreachKindSchema } from "./outreach/OutreachEventSchema.ts";
export type { OutreachEvent } from "./outreach/OutreachEventSchema.ts";
export { parseOutreachEvent } from "./outreach/parseOutreachEvent.ts";
export { safeParseOutreachEvent } from "./outreach/safeParseOutreachEvent.ts";
export {
  SAFEGUARDING_CATEGORIES,
  SafeguardingCategorySchema,
} from "./safeguarding/safeguardingCategories.ts";
export type { SafeguardingCategory } from "./safeguarding/safeguardingCategories.ts";
export {
  SafeguardingConcernSchema,
  SafeguardingStatusSchema,
  SafeguardingEvidenceSchema,
} from "./safeguarding/SafeguardingConcernSchema.ts";
export type {
  SafeguardingConcern,
  SafeguardingStatus,
} from "./safeguarding/SafeguardingConcernSchema.ts";
export { parseSafeguardingConcern } from "./safeguarding/parseSafeguardingConcern.ts";
export { safeParseSafeguardingConcern } from "./safeguarding/safeParseSafeguardingConcern.ts";
export { moveSafeguardingConcern } from "./safeguarding/moveSafeguardingConcern.ts";
export type { SafeguardingMove } from "./safeguarding/moveSafeguardingConcern.ts";
export { draftSafeguardingConcern } from "./safeguarding/draftSafeguardingConcern.ts";
export type {
  DraftConcernContext,
  InstrumentFlag,
} from "./safeguarding/draftSafeguardingConcern.ts";
export { canReadSafeguardingConcern } from "./safeguarding/canReadSafeguardingConcern.ts";
export type {
  SafeguardingReadDecision,
  SafeguardingReader,
  StaffRole,
} from "./safeguarding/canReadSafeguardingConcern.ts";
export { moveComplaint } from "./voice/moveComplaint.ts";
export type { ComplaintMove } from "./voice/moveComplaint.ts";
export { computeComplaintDeadlines } from "./voice/computeComplaintDeadlines.ts";
export type {
  ComplaintDeadlineOptions,
  ComplaintDeadlines,
  DeadlineState,
} from "./voice/computeComplaintDeadlines.ts";
export { DEFAULT_FEEDBACK_CODEBOOK } from "./voice/ThemeCodebook.ts";
export type { ThemeCodebook } from "./voice/ThemeCodebook.ts";
export { codeFeedbackThemes } from "./voice/codeFeedbackThemes.ts";
export {
  EqualityMonitoringSchema,
  EthnicitySchema,
  ETHNIC_GROUP_OF,
} from "./equality/EqualityMonitoringSchema.ts";
export type {
  EqualityField,
  EqualityMonitoring,
  Ethnicity,
} from "./equality/EqualityMonitoringSchema.ts";
// The carer's pathway: referrals and their lifecycle, emergency plans, breaks from caring.
export { ReferralSchema, ReferralSourceSchema } from "./referral/ReferralSchema.ts";
export type { Referral, ReferralSource } from "./referral/ReferralSchema.ts";
export { ReferralStatusSchema, ReferralTransitionSchema } from "./referral/ReferralStatusSchema.ts";
export type { ReferralStatus, ReferralTransition } from "./referral/ReferralStatusSchema.ts";
export {
  REFERRAL_TRANSITIONS,
  REFERRAL_STATUSES_NEEDING_REASON,
} from "./referral/referralTransitions.ts";
export type { NextReferralStatus } from "./referral/referralTransitions.ts";
export { parseReferral } from "./referral/parseReferral.ts";
export { safeParseReferral } from "./referral/safeParseReferral.ts";
export { getReferralStatus } from "./referral/getReferralStatus.ts";
export { transitionReferral } from "./referral/transitionReferral.ts";
export type { ReferralTransitionIssue } from "./referral/transitionReferral.ts";
export { DEFAULT_PATHWAY_TIME_ZONE } from "./referral/PathwayClockOptions.ts";
export { toLocalDate } from "./referral/toLocalDate.ts";
export type { PathwayClockOptions } from "./referral/PathwayClockOptions.ts";
export { measureReferralTimeInStates } from "./referral/measureReferralTimeInStates.ts";
export type { ReferralStay, ReferralTimeInStates } from "./referral/measureReferralTimeInStates.ts";
export { checkReferralStandards } from "./referral/checkReferralStandards.ts";
export type {
  ReferralStandard,
  ReferralStandardOutcome,
  ReferralStandardResult,
  ReferralStandardsReport,
} from "./referral/checkReferralStandards.ts";
export {
  EmergencyPlanSchema,
  StepInPersonSchema,
  EmergencyMedicationSchema,
  ProfessionalToTellSchema,
  EmergencyPlanNoneSchema,
} from "./emergencyPlan/EmergencyPlanSchema.ts";
export type { EmergencyPlan } from "./emergencyPlan/EmergencyPlanSchema.ts";
export { parseEmergencyPlan } from "./emergencyPlan/parseEmergencyPlan.ts";
export { safeParseEmergencyPlan } from "./emergencyPlan/safeParseEmergencyPlan.ts";
export {
  checkEmergencyPlanCompleteness,
  EMERGENCY_PLAN_SECTIONS,
} from "./emergencyPlan/checkEmergencyPlanCompleteness.ts";
export type {
  EmergencyPlanCompleteness,
  EmergencyPlanGap,
  EmergencyPlanSection,
} from "./emergencyPlan/checkEmergencyPlanCompleteness.ts";
export { shareEmergencyPlan } from "./emergencyPlan/shareEmergencyPlan.ts";
export type {
  EmergencyPlanShareRefusal,
  EmergencyPlanShareRequest,
} from "./emergencyPlan/shareEmergencyPlan.ts";
export { renderEmergencyPlanHtml } from "./emergencyPlan/renderEmergencyPlanHtml.ts";
export type { EmergencyPlanHtmlOptions } from "./emergencyPlan/renderEmergencyPlanHtml.ts";
export { renderEmergencyCard } from "./emergencyPlan/renderEmergencyCard.ts";
export type { EmergencyCardOptions } from "./emergencyPlan/renderEmergencyCard.ts";
export { listOverdueEmergencyPlans } from "./emergencyPlan/listOverdueEmergencyPlans.ts";
export type { OverdueEmergencyPlan } from "./emergencyPlan/listOverdueEmergencyPlans.ts";
export { BreakSchema, BreakTypeSchema, BreakFundingSchema } from "./breaks/BreakSchema.ts";
export type { BreakFunding, BreakType, CaringBreak } from "./breaks/BreakSchema.ts";
export { parseBreak } from "./breaks/parseBreak.ts";
export { safeParseBreak } from "./breaks/safeParseBreak.ts";
export { summariseBreaks } from "./breaks/summariseBreaks.ts";
export type {
  BreakSummary,
  BreakSummaryOptions,
  CarerBreakSummary,
} from "./breaks/summariseBreaks.ts";
