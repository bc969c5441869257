import { z } from "zod";
import {
  EmailSchema,
  IdSchema,
  IsoDateSchema,
  LanguageTagSchema,
  LongTextSchema,
  PhoneSchema,
  PostcodeSchema,
  ShortTextSchema,
} from "../_lib/fields.ts";
import { EqualityMonitoringSchema } from "../equality/EqualityMonitoringSchema.ts";
import { AGE_BANDS } from "./ageBands.ts";

/**
 * A person's name as they write it, and what they like to be called.
 *
 * @example
 * PersonNameSchema.parse({ full: "Alex Example", preferred: "Al" });
 */
export const PersonNameSchema = z.strictObject({
  /** The whole name as the person writes it; no split into given and family names is assumed. */
  full: ShortTextSchema,
  /** What they like to be called. */
  preferred: ShortTextSchema.optional(),
});

/**
 * A format someone needs information in, after the NHS Accessible Information Standard
 * (DCB1605): large print, easy read, braille, audio, British Sign Language, email rather than
 * letters, or documents that work with a screen reader.
 *
 * @example
 * AccessibleFormatSchema.options.includes("easy_read"); //=> true
 */
export const AccessibleFormatSchema = z.enum([
  "large_print",
  "easy_read",
  "braille",
  "audio",
  "british_sign_language",
  "email_instead_of_letter",
  "screen_reader_friendly",
]);

/**
 * A format from {@link AccessibleFormatSchema}.
 *
 * @example
 * const format: AccessibleFormat = "large_print";
 */
export type AccessibleFormat = z.infer<typeof AccessibleFormatSchema>;

/**
 * How to talk with someone: languages (BCP 47 tags), whether they need an interpreter and in
 * what language (`"bfi"` is British Sign Language), and accessible formats.
 *
 * @example
 * CommunicationSchema.parse({ languages: ["pl", "en"], interpreterNeeded: true, interpreterLanguage: "pl" });
 */
export const CommunicationSchema = z.strictObject({
  languages: z.array(LanguageTagSchema).max(10).optional(),
  preferredLanguage: LanguageTagSchema.optional(),
  interpreterNeeded: z.boolean().optional(),
  interpreterLanguage: LanguageTagSchema.optional(),
  accessibleFormats: z.array(AccessibleFormatSchema).max(7).optional(),
  /** Anything else that helps, e.g. "hard of hearing: face me when speaking". */
  otherNeeds: ShortTextSchema.optional(),
});

/**
 * Contact details and how the carer wants to be contacted. `okToLeaveMessage` matters: the
 * cared-for person may share the phone or read the post.
 *
 * @example
 * ContactSchema.parse({ phone: "01632 960000", preferredMethod: "text", okToLeaveMessage: false });
 */
export const ContactSchema = z.strictObject({
  phone: PhoneSchema.optional(),
  email: EmailSchema.optional(),
  addressLines: z.array(ShortTextSchema).max(6).optional(),
  preferredMethod: z.enum(["phone", "text", "email", "letter", "in_person", "video"]).optional(),
  bestTimeToContact: ShortTextSchema.optional(),
  okToLeaveMessage: z.boolean().optional(),
});

/**
 * An age band, for when a date of birth is not known or not to be kept. 18–24 and 65+ line up
 * with the default young adult and older carer thresholds of {@link classifyCarer}.
 *
 * @example
 * AgeBandSchema.parse("65_74"); //=> "65_74"
 */
export const AgeBandSchema = z.enum(AGE_BANDS);

/**
 * A band from {@link AgeBandSchema}.
 *
 * @example
 * const band: AgeBand = "18_24";
 */
export type AgeBand = z.infer<typeof AgeBandSchema>;

/**
 * Work and study, more than one at once allowed (a carer may work part time and study).
 *
 * @example
 * EmploymentStatusSchema.parse("employed_part_time");
 */
export const EmploymentStatusSchema = z.enum([
  "employed_full_time",
  "employed_part_time",
  "self_employed",
  "unemployed",
  "retired",
  "in_education",
  "unable_to_work",
  "other",
  "prefer_not_to_say",
]);

/**
 * Who or what first identified the person as a carer, for reach and referral reporting.
 *
 * @example
 * IdentificationSourceSchema.parse("hospital_ward");
 */
export const IdentificationSourceSchema = z.enum([
  "self_referral",
  "hospital_ward",
  "gp",
  "school",
  "social_worker",
  "carer_coordinator",
  "community_nurse",
  "hospice",
  "pharmacy",
  "voluntary_organisation",
  "family_or_friend",
  "other",
]);

/**
 * Where the carer is in their caring life. A carer whose cared-for person dies becomes
 * `bereaved`; one who stops caring for another reason becomes `former`. Neither is deleted:
 * services keep supporting them and count them.
 *
 * @example
 * CarerStatusSchema.options; //=> ["active", "former", "bereaved"]
 */
export const CarerStatusSchema = z.enum(["active", "former", "bereaved"]);

/**
 * A status from {@link CarerStatusSchema}.
 *
 * @example
 * const status: CarerStatus = "bereaved";
 */
export type CarerStatus = z.infer<typeof CarerStatusSchema>;

/**
 * An unpaid carer: someone who looks after a family member, partner or friend who needs help
 * because of illness, frailty, disability, a mental health problem or an addiction.
 * Unknown keys are rejected rather than dropped, so a misspelt field is reported, not lost.
 *
 * @example
 * const carer = CarerSchema.parse({
 *   id: "carer-1",
 *   name: { full: "Sam Sample" },
 *   dateOfBirth: "1961-04-09",
 *   postcode: "zz99 9zz",
 *   identifiedBy: "hospital_ward",
 *   identifiedOn: "2026-03-02",
 *   status: "active",
 * });
 * carer.postcode; //=> "ZZ99 9ZZ"
 */
export const CarerSchema = z.strictObject({
  id: IdSchema,
  name: PersonNameSchema,
  dateOfBirth: IsoDateSchema.optional(),
  /** When no date of birth is held. */
  ageBand: AgeBandSchema.optional(),
  contact: ContactSchema.optional(),
  postcode: PostcodeSchema.optional(),
  communication: CommunicationSchema.optional(),
  employment: z.array(EmploymentStatusSchema).max(9).optional(),
  ownHealth: z
    .strictObject({
      hasLongTermCondition: z.boolean().optional(),
      hasDisability: z.boolean().optional(),
      notes: LongTextSchema.optional(),
    })
    .optional(),
  /** Caring the carer does besides the relationships recorded, such as bringing up children. */
  otherCaring: z
    .strictObject({
      childrenUnder18: z.int().min(0).max(30).optional(),
      caresForOthers: z.boolean().optional(),
      notes: LongTextSchema.optional(),
    })
    .optional(),
  identifiedBy: IdentificationSourceSchema,
  identifiedOn: IsoDateSchema,
  status: CarerStatusSchema,
  statusChangedOn: IsoDateSchema.optional(),
  notes: LongTextSchema.optional(),
  /** Optional equality-monitoring answers (special-category data); see {@link EqualityMonitoringSchema}. */
  equality: EqualityMonitoringSchema.optional(),
});

/**
 * A parsed, valid carer; inferred from {@link CarerSchema}.
 *
 * @example
 * function greet(carer: Carer): string {
 *   return `Hello ${carer.name.preferred ?? carer.name.full}`;
 * }
 */
export type Carer = z.output<typeof CarerSchema>;

/**
 * What {@link parseCarer} accepts before normalisation (the postcode may be in any case).
 *
 * @example
 * const draft: CarerInput = { id: "c-1", name: { full: "Sam Sample" }, identifiedBy: "gp", identifiedOn: "2026-01-05", status: "active" };
 */
export type CarerInput = z.input<typeof CarerSchema>;
