import { z } from "zod";
import {
  IdSchema,
  IsoDateSchema,
  NhsNumberSchema,
  PostcodeSchema,
  ShortTextSchema,
  SnomedCodeSchema,
  TextListSchema,
} from "../_lib/fields.ts";
import { CommunicationSchema, PersonNameSchema } from "../carer/CarerSchema.ts";
import { ConditionCategorySchema } from "../vocabulary/conditionCategories.ts";

/**
 * One condition of the cared-for person: a broad category, and where known a SNOMED CT concept
 * id (checked for its Verhoeff check digit) and the words the family uses for it.
 *
 * @example
 * ConditionSchema.parse({ category: "dementia", snomedCode: "52448006", description: "Dementia" });
 */
export const ConditionSchema = z.strictObject({
  category: ConditionCategorySchema,
  snomedCode: SnomedCodeSchema.optional(),
  description: ShortTextSchema.optional(),
});

/**
 * "About me": what anyone helping should know, in the person's own words, after documents such
 * as the Alzheimer's Society's "This is me". Each part is a short list.
 *
 * @example
 * AboutMeSchema.parse({ dislikesAndTriggers: ["Dislikes loud noises"], routines: ["Tea at 4pm"] });
 */
export const AboutMeSchema = z.strictObject({
  whatMattersToMe: TextListSchema.optional(),
  preferences: TextListSchema.optional(),
  routines: TextListSchema.optional(),
  dislikesAndTriggers: TextListSchema.optional(),
  howICommunicate: TextListSchema.optional(),
});

/**
 * The person the carer looks after, who stays at the centre of their care circle.
 *
 * @example
 * const person = CaredForPersonSchema.parse({
 *   id: "person-1",
 *   name: { full: "Pat Placeholder" },
 *   nhsNumber: "943 476 5919",
 *   conditions: [{ category: "dementia", snomedCode: "52448006" }],
 *   aboutMe: { dislikesAndTriggers: ["Dislikes loud noises"] },
 * });
 * person.nhsNumber; //=> "9434765919"
 */
export const CaredForPersonSchema = z.strictObject({
  id: IdSchema,
  name: PersonNameSchema,
  dateOfBirth: IsoDateSchema.optional(),
  nhsNumber: NhsNumberSchema.optional(),
  postcode: PostcodeSchema.optional(),
  conditions: z.array(ConditionSchema).max(30),
  aboutMe: AboutMeSchema.optional(),
  communication: CommunicationSchema.optional(),
  /** Set when the person has died; their carer becomes bereaved (see {@link endCaringRelationship}). */
  diedOn: IsoDateSchema.optional(),
});

/**
 * A parsed, valid cared-for person; inferred from {@link CaredForPersonSchema}.
 *
 * @example
 * const hasDementia = (p: CaredForPerson) => p.conditions.some((c) => c.category === "dementia");
 */
export type CaredForPerson = z.output<typeof CaredForPersonSchema>;
