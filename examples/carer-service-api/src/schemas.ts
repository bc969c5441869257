// Request bodies. Entities are core's own schemas; the envelopes around them are small zod
// objects. The same schemas feed the OpenAPI document.
import { BUILT_IN_INSTRUMENTS, CarerEligibilityAnswersSchema } from "@carerkit/assessment";
import {
  CaredForPersonSchema,
  CareCircleSchema,
  CarerSchema,
  CaringRelationshipSchema,
  ConsentSchema,
  EmergencyPlanSchema,
  BreakSchema,
  FeedbackSchema,
  OutreachEventSchema,
  ReferralSchema,
  ReferralTransitionSchema,
  InformationCategorySchema,
  SafeguardingCategorySchema,
  SafeguardingConcernSchema,
  SupportNeedDomainSchema,
  textField,
} from "@carerkit/core";
import { UK_BANK_HOLIDAY_DIVISIONS, type UkBankHolidayDivision } from "@carerkit/scheduling";
import { z } from "zod";

// Strings are built with core's textField, so a NUL or a lone surrogate is a 422 naming the
// field, not a 500 from the database.
const Id = textField({ min: 1, max: 128 });
const IsoDate = z.iso.date();

/** POST /carers: a carer, the person they care for and the caring between them, together. */
export const RegistrationSchema = z.strictObject({
  carer: CarerSchema,
  caredFor: CaredForPersonSchema,
  relationship: CaringRelationshipSchema,
});

/** POST /consents. */
export const ConsentBodySchema = ConsentSchema;

/** POST /consents/{consentId}/withdrawal. */
export const WithdrawalSchema = z.strictObject({ withdrawnAt: z.iso.datetime({ offset: true }) });

/** PUT /cared-for/{caredForId}/circle. */
export const CircleBodySchema = CareCircleSchema;

/** The `categories` query parameter of the shared view. */
export const CategoriesSchema = z.array(InformationCategorySchema).min(1).max(9);

const instrumentIds = BUILT_IN_INSTRUMENTS.map((i) => i.id) as [string, ...string[]];

/** POST /assessments. */
export const AssessmentBodySchema = z.strictObject({
  id: Id,
  carerId: Id,
  instrumentId: z.enum(instrumentIds),
  assessedOn: IsoDate,
  answers: z.record(textField({ min: 1, max: 64 }), z.number().nullable()),
  /** Care Act 2014 eligibility answers (`CarerEligibilityAnswers`), all optional. */
  eligibility: CarerEligibilityAnswersSchema.optional(),
});

/** What POST /assessments checks with zod; the eligibility answers are checked by the SDK. */
export const AssessmentEnvelopeSchema = AssessmentBodySchema.extend({
  eligibility: z.unknown().optional(),
});

/** POST /service-matches: what the carer needs and where they are. */
export const MatchBodySchema = z.strictObject({
  needs: z.array(SupportNeedDomainSchema).min(1).max(20),
  /** A full postcode or an outward code such as "NR2". */
  postcode: textField({ min: 2, max: 10 }).optional(),
  maxDistanceKm: z.number().positive().max(1000).optional(),
  /** Adds the carer's age (from their date of birth) to the query. */
  carerId: Id.optional(),
  delivery: z
    .array(z.enum(["in_person", "phone", "online", "home_visit"]))
    .min(1)
    .optional(),
  cost: z.union([z.literal("free"), z.strictObject({ maxAmount: z.number().min(0) })]).optional(),
  limit: z.int().min(1).max(50).optional(),
});

const divisions = UK_BANK_HOLIDAY_DIVISIONS as readonly UkBankHolidayDivision[] as [
  UkBankHolidayDivision,
  ...UkBankHolidayDivision[],
];

/** POST /programmes: a run of the Better Together programme. */
export const ProgrammeBodySchema = z.strictObject({
  id: textField().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    error: "expected lower-case letters, digits and hyphens (at most 64)",
  }),
  startDate: IsoDate,
  startTime: textField().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "expected HH:MM" }),
  zone: textField({ min: 1, max: 64 }),
  venue: textField({ min: 1, max: 200 }).optional(),
  capacity: z.int().min(1).max(100),
  holidays: z.enum(divisions).optional(),
});

/** POST /programmes/{programmeId}/enrolments. */
export const EnrolmentBodySchema = z.strictObject({ carerId: Id });

/** PUT /programmes/{programmeId}/sessions/{sessionId}/attendance. */
export const AttendanceBodySchema = z.strictObject({
  marks: z.record(Id, z.enum(["attended", "apologies", "no_show"])),
});

/** POST /carers/{id}/safeguarding-concerns: a draft or raised concern, as core defines it. */
export const SafeguardingConcernBodySchema = SafeguardingConcernSchema;

const LongText = textField({ min: 1, max: 4000 });

/** POST …/safeguarding-concerns/{id}/transitions: the next step (the screener is the caller). */
export const SafeguardingMoveBodySchema = z.discriminatedUnion("to", [
  z.strictObject({
    to: z.literal("raised"),
    on: IsoDate,
    categories: z.array(SafeguardingCategorySchema).max(10).optional(),
    immediateRisk: z.boolean().optional(),
    actionTaken: LongText.optional(),
  }),
  z.strictObject({ to: z.literal("screened"), on: IsoDate }),
  z.strictObject({
    to: z.literal("referred"),
    on: IsoDate,
    localAuthority: Id,
    reference: Id,
  }),
  z.strictObject({ to: z.literal("no_further_action"), on: IsoDate, reason: LongText }),
]);

/** POST /carers/{id}/referrals: a referral as received (core's `Referral`, empty history). */
export const ReferralBodySchema = ReferralSchema;

/** POST /referrals/{id}/transitions: the next step; who recorded it is the caller. */
export const ReferralMoveBodySchema = ReferralTransitionSchema.omit({ by: true });

/** PUT /carers/{id}/emergency-plan: core's `EmergencyPlan`, replaced as a whole. */
export const EmergencyPlanBodySchema = EmergencyPlanSchema;

/** POST /carers/{id}/breaks: core's `CaringBreak`. */
export const BreakBodySchema = BreakSchema;

/** POST /outreach-events: core's `OutreachEvent` (counts only, no names). */
export const OutreachEventBodySchema = OutreachEventSchema;

/** POST /carers/{id}/feedback: core's `Feedback` as received (a complaint's later steps are transitions). */
export const FeedbackBodySchema = FeedbackSchema;

/** A complaint's response, as long as core's `Feedback.response` (line breaks allowed). */
const ResponseText = textField({ min: 1, max: 5000, multiline: true });

/** POST /complaints/{id}/transitions: core's `ComplaintMove`; who recorded it is the caller. */
export const ComplaintMoveBodySchema = z.discriminatedUnion("to", [
  z.strictObject({ to: z.literal("acknowledged"), on: IsoDate, responseDueOn: IsoDate.optional() }),
  z.strictObject({ to: z.literal("responded"), on: IsoDate, response: ResponseText }),
  z.strictObject({ to: z.literal("closed"), on: IsoDate }),
  z.strictObject({ to: z.literal("withdrawn"), on: IsoDate }),
]);

/** The `period` query parameter of GET /feedback/themes. */
export const ThemePeriodSchema = z.enum(["month", "quarter"]);
